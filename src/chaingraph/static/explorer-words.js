/* chaingraph explorer: the words of the page's own controls, in Chinese and English, by key.
   explorer.js reads them as UI; each extension (static/explorer-*.js) adds its own. */
(function () {
  "use strict";

  window.chaingraphWords = {
    zh: {
      viewGraph: "关系图", viewChain: "产业链", segment: "环节", allSegments: "全部环节",
      neighbourhood: "只看邻居", classes: "类别（点击筛选）", all: "全选", none: "全不选",
      referenceNote: "虚线：参考知识（非文章所述）", search: "搜索：中文、英文、别名或拼音",
      noMatch: "没有匹配项", chainEmpty: "数据中没有产业链环节（cg:ChainSegment）。",
      layout: "正在布局……", nodesShown: "显示 {n} / {t} 个实体",
      groupsShown: "显示 {g} 个分组、{n} 个实体（共 {t} 个实体；点击分组展开，双击成员收起）",
      fit: "全图", fitTitle: "显示当前筛选下的全部节点", collapseGroup: "收起分组：", facts: "事实与出处",
      linkedFrom: "被以下实体关联", aliases: "别名：", reference: "参考知识", status: "状态：",
      date: "日期：", basis: "参考依据", sentence: "句", visited: "访问于", issued: "发布于",
      position: "职务", hiddenByFilter: "（已调整筛选以显示此节点）", lang: "English",
      published: "发布的文章", unknownSource: "未知来源"
    },
    en: {
      viewGraph: "Graph", viewChain: "Chain", segment: "Segment", allSegments: "all segments",
      neighbourhood: "Neighbours only", classes: "Classes (click to filter)", all: "all", none: "none",
      referenceNote: "dashed: reference knowledge (not from an article)",
      search: "Search: Chinese, English, alias or pinyin", noMatch: "no match",
      chainEmpty: "The data has no chain segments (cg:ChainSegment).",
      layout: "laying out…", nodesShown: "{n} of {t} entities shown",
      groupsShown: "{g} groups and {n} entities shown, of {t} (click a group to expand, double-click a member to collapse)",
      fit: "Fit", fitTitle: "Show every node the filters keep",
      collapseGroup: "Collapse group: ", facts: "Facts and sources",
      linkedFrom: "Linked from", aliases: "Also: ", reference: "reference knowledge", status: "Status: ",
      date: "Date: ", basis: "basis", sentence: "sentence", visited: "visited", issued: "published",
      position: "position", hiddenByFilter: " (filters changed to show this node)", lang: "中文",
      published: "Articles published", unknownSource: "unknown source"
    }
  };
})();
