/* chaingraph explorer, chain view: one chain at a time (the main chain first, each supporting
   chain on its own tab), segments in columns from upstream to downstream, coloured by the
   coverage the report computes (DATA.chains, from chaingraph.analysis.chain), each with its
   counts and capacity totals; never one box per entity, so it reads the same at any scale.
   A click on a segment opens its table (local companies, projects, capacities, each with its
   sources; for a gap, leads), sortable and exportable. Every value reaches the DOM as text. */
(window.chaingraphExtensions = window.chaingraphExtensions || []).push(function (page) {
  "use strict";

  var DATA = page.DATA;
  var CHAINS = DATA.chains || [];
  Object.assign(page.UI.zh, {
    stateCovered: "已覆盖", stateGap: "缺口", stateOpen: "细分未点名",
    legendCovered: "已覆盖：本地有企业、项目、产能或平台", legendGap: "缺口：本地没有",
    legendOpen: "细分未点名：上级环节已覆盖，但来源没有说到这一细分环节", flow: "从左到右：上游 → 下游",
    summary: "{zone} · {chain}：共 {n} 个环节，覆盖 {c} / 缺口 {g}",
    summaryNote: "覆盖与缺口按全部来源计算，与报告一致；点击环节查看明细。",
    countCompanies: "企业 {n}", countProjects: "项目 {n}", countOthers: "其他主体 {n}", countCapacities: "产能 {n}",
    countLeads: "线索 {n}", kindCompany: "企业", kindProject: "项目", kindOther: "其他主体", kindCapacity: "产能",
    kindSigning: "签约合作", colKind: "类型", colName: "名称", colCapacity: "产能", colRelation: "关系",
    colObject: "对象", nothingLocal: "本地没有该环节的企业、项目、产能或平台。", dependents: "依赖它的已覆盖环节：",
    leadsTitle: "线索", whyOutside: "区外生产", whyRelated: "本地相关领域", noLeads: "图中没有可作线索的主体。",
    closeDetail: "关闭", tableFiltered: "表格只列所选来源的事实；覆盖仍按全部来源计算。"
  });
  Object.assign(page.UI.en, {
    stateCovered: "covered", stateGap: "gap", stateOpen: "narrower, not named",
    legendCovered: "covered: a local company, project, capacity or platform", legendGap: "gap: nothing local",
    legendOpen: "narrower segment not named: its broader segment is covered, the sources do not name this one",
    flow: "left to right: upstream → downstream",
    summary: "{zone} · {chain}: {n} segments, covered {c} / gaps {g}",
    summaryNote: "Coverage and gaps count every source, as in the report; click a segment for its table.",
    countCompanies: "companies {n}", countProjects: "projects {n}", countOthers: "others {n}",
    countCapacities: "capacities {n}", countLeads: "leads {n}", kindCompany: "company", kindProject: "project",
    kindOther: "other", kindCapacity: "capacity", kindSigning: "signing", colKind: "kind", colName: "name",
    colCapacity: "capacity", colRelation: "relation", colObject: "object",
    nothingLocal: "No local company, project, capacity or platform in this segment.",
    dependents: "Covered segments that depend on it: ", leadsTitle: "Leads", whyOutside: "makes it outside the zone",
    whyRelated: "related local work", noLeads: "Nothing in the graph to follow up.", closeDetail: "close",
    tableFiltered: "The table lists the chosen source's facts only; coverage still counts every source."
  });

  var view = document.getElementById("chain");
  var state = { tab: 0, segment: null, drawn: false };
  var STATE_WORD = { covered: "stateCovered", gap: "stateGap", open: "stateOpen" };
  var KIND_WORD = { company: "kindCompany", project: "kindProject", other: "kindOther", capacity: "kindCapacity",
                    signing: "kindSigning" };

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }
  function kindWord(kind) { return page.t(KIND_WORD[kind] || "kindOther"); }
  function relationWord(p) { return page.pick(DATA.properties[p]) || p; }

  // ------------------------------------------------------------------ the chain

  function draw() {
    state.drawn = true;
    var empty = document.getElementById("chain-empty");
    view.replaceChildren(empty);
    empty.hidden = CHAINS.length > 0;
    if (!CHAINS.length) { return; }
    var chain = CHAINS[state.tab];
    var head = page.el("div", "chain-head");
    var tabs = page.el("div", "chain-tabs");
    tabs.setAttribute("role", "tablist");
    CHAINS.forEach(function (other, i) {
      var tab = page.el("button", "chain-tab", page.pick(other.labels) + " " + other.summary.covered + "/" +
                        other.summary.segments);
      tab.type = "button";
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-selected", i === state.tab ? "true" : "false");
      tab.dataset.industry = other.industry;
      tab.addEventListener("click", function () { state.tab = i; state.segment = null; draw(); });
      tabs.appendChild(tab);
    });
    head.appendChild(tabs);
    var line = page.el("div", "chain-line");
    line.appendChild(page.el("p", "chain-summary", fill(page.t("summary"), {
      zone: page.pick(chain.zoneLabels), chain: page.pick(chain.labels), n: chain.summary.segments,
      c: chain.summary.covered, g: chain.summary.gaps })));
    line.appendChild(legend());
    head.appendChild(line);
    head.appendChild(page.el("p", "chain-note", page.t("summaryNote")));
    view.appendChild(head);

    var body = page.el("div", "chain-body");
    var grid = page.el("div", "chain-grid");
    // A column with many segments (the cell's materials, say) is twice as wide and sets its
    // segments in two balanced columns, so that the whole chain fits the window's height.
    var wide = chain.columns.map(function (column) {
      var children = column.reduce(function (n, id) { return n + chain.segments[id].children.length; }, 0);
      return column.length + children / 2 > 5;
    });
    grid.style.gridTemplateColumns = wide.map(function (w) { return "minmax(0, " + (w ? 2 : 1) + "fr)"; }).join(" ");
    chain.columns.forEach(function (column, i) {
      var col = page.el("div", "chain-column" + (wide[i] ? " wide" : ""));
      col.dataset.column = i;
      column.forEach(function (id) { col.appendChild(card(chain, id)); });
      grid.appendChild(col);
    });
    body.appendChild(grid);
    if (state.segment && chain.segments[state.segment]) { body.appendChild(detail(chain, state.segment)); }
    view.appendChild(body);
  }

  function legend() {
    var list = page.el("ul", "chain-legend");
    [["covered", "legendCovered"], ["gap", "legendGap"], ["open", "legendOpen"]].forEach(function (entry) {
      var li = page.el("li", "legend-" + entry[0]);
      li.appendChild(page.el("span", "state-swatch state-" + entry[0]));
      li.appendChild(page.el("span", null, page.t(entry[1])));
      list.appendChild(li);
    });
    list.appendChild(page.el("li", "legend-flow", page.t("flow")));
    return list;
  }

  function counts(segment) {
    var c = segment.counts;
    var parts = [];
    if (c.companies) { parts.push(fill(page.t("countCompanies"), { n: c.companies })); }
    if (c.projects) { parts.push(fill(page.t("countProjects"), { n: c.projects })); }
    if (c.others) { parts.push(fill(page.t("countOthers"), { n: c.others })); }
    if (c.capacities) { parts.push(fill(page.t("countCapacities"), { n: c.capacities })); }
    if (segment.leads && segment.leads.length) { parts.push(fill(page.t("countLeads"), { n: segment.leads.length })); }
    return parts.join(" · ");
  }

  function card(chain, id) {
    var segment = chain.segments[id];
    var box = page.el("div", "segment state-" + segment.state);
    box.dataset.segment = id;
    box.dataset.state = segment.state;
    box.setAttribute("role", "button");
    box.tabIndex = 0;
    box.setAttribute("aria-pressed", state.segment === id ? "true" : "false");
    var title = page.el("div", "segment-title");
    title.appendChild(page.el("span", "segment-name", page.pick(segment.labels)));
    title.appendChild(page.el("span", "segment-state", page.t(STATE_WORD[segment.state])));
    box.appendChild(title);
    var line = counts(segment);
    if (line) { box.appendChild(page.el("div", "segment-counts", line)); }
    if (segment.totals.length) {
      var totals = page.el("ul", "segment-totals");
      segment.totals.forEach(function (total) {
        var li = page.el("li");
        li.appendChild(page.el("span", "total-status", page.cells.statusWord(total.status)));
        li.appendChild(page.el("span", "total-amount", page.pick(total.amount)));
        totals.appendChild(li);
      });
      box.appendChild(totals);
    }
    if (segment.children.length) {
      var children = page.el("ul", "segment-children");
      segment.children.forEach(function (childId) {
        var child = chain.segments[childId];
        var li = page.el("li", "subsegment state-" + child.state);
        li.dataset.segment = childId;
        li.dataset.state = child.state;
        li.setAttribute("role", "button");
        li.setAttribute("aria-pressed", state.segment === childId ? "true" : "false");
        li.tabIndex = 0;
        li.title = page.t(STATE_WORD[child.state]);
        li.appendChild(page.el("span", "state-swatch state-" + child.state));
        li.appendChild(page.el("span", "subsegment-name", page.pick(child.labels)));
        children.appendChild(li);
      });
      box.appendChild(children);
    }
    return box;
  }

  function open(id) {
    state.segment = state.segment === id ? null : id;
    draw();
    var opened = view.querySelector(".segment-detail");
    if (opened) { opened.scrollIntoView({ block: "nearest" }); }
  }
  view.addEventListener("click", function (event) {
    var target = event.target.closest(".segment, .subsegment");
    if (target && view.contains(target)) { open(target.dataset.segment); }
  });
  view.addEventListener("keydown", function (event) {
    var target = event.target.closest(".segment, .subsegment");
    if (target && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); open(target.dataset.segment); }
  });

  // ------------------------------------------------------------------ a segment's table

  function detail(chain, id) {
    var segment = chain.segments[id];
    var section = page.el("section", "segment-detail state-" + segment.state);
    section.dataset.detail = id;
    var head = page.el("div", "detail-head");
    head.appendChild(page.el("h3", null, page.pick(segment.labels) + " · " + page.t(STATE_WORD[segment.state])));
    head.appendChild(page.sources.select());
    var close = page.el("button", "detail-close", page.t("closeDetail"));
    close.type = "button";
    close.addEventListener("click", function (event) { event.stopPropagation(); state.segment = null; draw(); });
    head.appendChild(close);
    section.appendChild(head);
    if (page.sources.current) { section.appendChild(page.el("p", "view-note", page.t("tableFiltered"))); }
    var name = (page.pick(chain.labels) + "-" + page.pick(segment.labels)).replace(/[\\/:*?"<>|\s]+/g, "_");
    var rows = segment.rows.filter(function (r) { return page.sources.fromSource(r.ev); });
    if (segment.rows.length) {
      section.appendChild(page.table({ columns: rowColumns(), rows: rows, name: name, sortBy: "kind" }));
    } else {
      section.appendChild(page.el("p", "nothing-local", page.t("nothingLocal")));
    }
    if (segment.dependents && segment.dependents.length) {
      section.appendChild(page.el("p", "dependents", page.t("dependents") + segment.dependents.map(function (d) {
        return page.pick(chain.segments[d] ? chain.segments[d].labels : null) || page.label(d);
      }).join(page.t("listSep"))));
    }
    if (segment.leads) {
      section.appendChild(page.el("h4", null, page.t("leadsTitle")));
      var leads = segment.leads.filter(function (r) { return page.sources.fromSource(r.ev); });
      if (segment.leads.length) {
        section.appendChild(page.table({ columns: leadColumns(), rows: leads, name: name + "-leads", sortBy: "why" }));
      } else {
        section.appendChild(page.el("p", "view-note", page.t("noLeads")));
      }
    }
    return section;
  }

  function link(id) { return page.cells.entityLinks(id ? [id] : []); }

  function rowColumns() {
    return [
      { key: "kind", label: page.t("colKind"), text: function (r) { return kindWord(r.kind); } },
      { key: "name", label: page.t("colName"), text: function (r) { return page.label(r.entity); },
        cell: function (r) { return link(r.entity); } },
      { key: "product", label: page.t("colProduct"), text: function (r) { return r.product ? page.label(r.product) : ""; },
        cell: function (r) { return link(r.product); } },
      { key: "capacity", label: page.t("colCapacity"), sort: function (r) { return r.value === undefined ? null : r.value; },
        text: function (r) { return r.amount ? page.pick(r.amount) : ""; },
        cell: function (r) {
          if (!r.capacity) { return page.el("span"); }
          var button = page.el("button", "link", page.pick(r.amount));
          button.type = "button";
          button.dataset.entity = r.capacity;
          button.addEventListener("click", function () { page.select(r.capacity, false); });
          return button;
        } },
      { key: "status", label: page.t("colStatus"), text: function (r) { return page.cells.statusWord(r.status); } },
      { key: "date", label: page.t("colDate"), text: function (r) { return r.date || ""; } },
      { key: "source", label: page.t("colSource"), text: function (r) { return page.cells.sourcesText(r.ev); },
        cell: function (r) { return page.cells.sourcesCell(r.ev); } }
    ];
  }

  function leadColumns() {
    return [
      { key: "why", label: page.t("leadsTitle"),
        text: function (r) { return page.t(r.why === "outside" ? "whyOutside" : "whyRelated"); } },
      { key: "kind", label: page.t("colKind"), text: function (r) { return kindWord(r.kind); } },
      { key: "name", label: page.t("colName"), text: function (r) { return page.label(r.entity); },
        cell: function (r) { return link(r.entity); } },
      { key: "relation", label: page.t("colRelation"), text: function (r) { return relationWord(r.p); } },
      { key: "object", label: page.t("colObject"), text: function (r) { return page.label(r.object); },
        cell: function (r) { return link(r.object); } },
      { key: "source", label: page.t("colSource"), text: function (r) { return page.cells.sourcesText(r.ev); },
        cell: function (r) { return page.cells.sourcesCell(r.ev); } }
    ];
  }

  page.ext.views.chain = function () { if (!state.drawn) { draw(); } };
  function redraw() { if (state.drawn) { draw(); } }
  page.ext.language.push(redraw);
  page.sources.onChange(redraw);
});
