/* chaingraph explorer. Every piece of data reaches the DOM as text (textContent, text nodes,
   Option labels) or as a vis-network canvas label: never as HTML. No network access. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("chaingraph-data").textContent);

  var UI = {
    zh: {
      viewGraph: "关系图", viewChain: "产业链", segment: "环节", allSegments: "全部环节",
      neighbourhood: "只看邻居", classes: "类别（点击筛选）", all: "全选", none: "全不选",
      referenceNote: "虚线：参考知识（非文章所述）", search: "搜索：中文、英文、别名或拼音",
      noMatch: "没有匹配项", chainEmpty: "数据中没有产业链环节（cg:ChainSegment）。",
      layout: "正在布局……", nodesShown: "显示 {n} / {t} 个节点",
      groupsShown: "{g} 个分组（点击分组展开，双击成员收起）", collapseGroup: "收起分组：", facts: "事实与出处",
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
      layout: "laying out…", nodesShown: "{n} of {t} nodes shown",
      groupsShown: "{g} groups (click a group to expand, double-click a member to collapse)",
      collapseGroup: "Collapse group: ", facts: "Facts and sources",
      linkedFrom: "Linked from", aliases: "Also: ", reference: "reference knowledge", status: "Status: ",
      date: "Date: ", basis: "basis", sentence: "sentence", visited: "visited", issued: "published",
      position: "position", hiddenByFilter: " (filters changed to show this node)", lang: "中文",
      published: "Articles published", unknownSource: "unknown source"
    }
  };

  var state = {
    lang: "zh", view: "graph", selected: null, stable: false, hiddenClasses: new Set(),
    segment: "", neighbourhood: false
  };
  var nodesById = new Map(DATA.nodes.map(function (n) { return [n.id, n]; }));
  var classesByKey = new Map(DATA.classes.map(function (c) { return [c.key, c]; }));
  var incoming = buildIncoming();
  var members = new Map(Object.keys(DATA.chain.members).map(function (k) {
    return [k, new Set(DATA.chain.members[k])];
  }));
  // HOOK(extensions): what static/explorer-*.js add, registered when they run (end of this file).
  var ext = { hidden: [], panelStart: [], language: [], views: {}, evidence: null };

  // ------------------------------------------------------------------ helpers

  function t(key) { return UI[state.lang][key]; }
  function pick(labels) {
    if (!labels) { return ""; }
    return labels[state.lang] || labels.zh || labels.en || "";
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function label(id) { var n = nodesById.get(id); return n ? pick(n.labels) || id : id; }
  function propLabel(p) { return pick(DATA.properties[p]) || p; }
  function termLabel(key) { return pick(DATA.terms[key]) || key; }
  function classLabel(key) { var c = classesByKey.get(key); return c ? pick(c.labels) : key; }
  function swatch(cls) {
    var c = classesByKey.get(cls) || { color: "#999", shape: "dot" };
    var s = el("span", "swatch shape-" + c.shape);
    s.style.setProperty("--c", c.color);
    return s;
  }
  function buildIncoming() {
    var map = new Map();
    DATA.nodes.forEach(function (node) {
      node.facts.forEach(function (fact) {
        var target = fact.o && fact.o.node;
        if (!target || fact.p === "type") { return; }
        if (!map.has(target)) { map.set(target, []); }
        map.get(target).push({ from: node.id, fact: fact });
      });
    });
    return map;
  }

  // ------------------------------------------------------------------ graph view

  // Large graphs open on groups (zones, parks, chain segments, classes) that expand on demand;
  // "#full" in the address draws every entity at once. Positions all come from the build.
  var GRAPH = DATA.graph;
  var aggregatedMode = GRAPH.aggregated && window.location.hash !== "#full";
  var MANY_EDGES = 3000;  // above this, edges are straight and unlabelled, and hide while panning
  var largeDrawing = !aggregatedMode && DATA.edges.length > MANY_EDGES;
  var nodeIndex = new Map(DATA.nodes.map(function (n, i) { return [n.id, i]; }));
  var degree = new Map();
  DATA.edges.forEach(function (e) {
    degree.set(e.from, (degree.get(e.from) || 0) + 1);
    degree.set(e.to, (degree.get(e.to) || 0) + 1);
  });
  var groupIndex = new Map(GRAPH.aggregates.map(function (a, i) { return [a.id, i]; }));
  var groupMembers = GRAPH.aggregates.map(function () { return []; });
  GRAPH.memberOf.forEach(function (g, i) { groupMembers[g].push(DATA.nodes[i].id); });
  var expanded = new Set();
  var bundles = new Map();  // drawn edge id -> {count, props} for edges that stand for several relations

  function groupOf(id) { return GRAPH.memberOf.length ? GRAPH.memberOf[nodeIndex.get(id)] : -1; }
  function shownAs(id) {
    if (!aggregatedMode) { return id; }
    var g = groupOf(id);
    return expanded.has(g) ? id : GRAPH.aggregates[g].id;
  }
  function isGroup(id) { return groupIndex.has(id); }
  function styleOf(cls) { return classesByKey.get(cls) || { color: "#999", shape: "dot" }; }

  function entityVisNode(id) {
    var node = nodesById.get(id);
    var style = styleOf(node.cls);
    var at = GRAPH.positions[id];
    var v = { id: id, label: label(id), shape: style.shape, color: style.color, value: 1 + (degree.get(id) || 0),
              widthConstraint: { maximum: 190 }, x: at[0], y: at[1] };
    if (id === DATA.centre) { v.fixed = { x: true, y: true }; v.font = { size: 30, strokeWidth: 5 }; }
    if (node.reference) { v.shapeProperties = { borderDashes: [4, 3] }; v.borderWidth = 2; }
    return v;
  }
  function groupLabel(a) { return pick(a.labels) + " · " + a.count; }
  function groupVisNode(i) {
    var a = GRAPH.aggregates[i];
    var style = styleOf(a.cls);
    return { id: a.id, label: groupLabel(a), shape: style.shape, color: style.color, x: a.x, y: a.y,
             size: Math.min(70, 14 + 3 * Math.sqrt(a.count)), borderWidth: 3,
             font: { size: 36, strokeWidth: 6 }, widthConstraint: { maximum: 420 } };
  }
  function edgeLabel(edge) { return edge.role ? pick(edge.role) : propLabel(edge.p); }
  function bundleLabel(bundle) {
    var top = null;
    bundle.props.forEach(function (n, p) { if (top === null || n > bundle.props.get(top)) { top = p; } });
    return propLabel(top) + (bundle.count > 1 ? " ×" + bundle.count : "");
  }
  function entityVisEdge(i) {
    var e = DATA.edges[i];
    var v = { id: i, from: e.from, to: e.to, arrows: "to" };
    if (e.reference) { v.dashes = true; v.color = { color: "#c2b5de", highlight: "#7b61c4" }; }
    if (!largeDrawing) { v.label = edgeLabel(e); }
    return v;
  }

  // What should be drawn now: every entity, or each group either collapsed or as its members.
  function wantedGraph() {
    var nodes = [];
    var edges = new Map();
    var links = new Map();
    if (!aggregatedMode) {
      DATA.nodes.forEach(function (n) { nodes.push(n.id); });
    } else {
      GRAPH.aggregates.forEach(function (a, i) {
        if (expanded.has(i)) { nodes.push.apply(nodes, groupMembers[i]); } else { nodes.push(a.id); }
      });
    }
    DATA.edges.forEach(function (e, i) {
      var from = shownAs(e.from);
      var to = shownAs(e.to);
      if (from === e.from && to === e.to) { edges.set(i, null); return; }
      if (from === to) { return; }
      var key = "@link/" + from + "\u2192" + to;
      var link = links.get(key);
      if (!link) { link = { from: from, to: to, count: 0, props: new Map() }; links.set(key, link); }
      link.count += 1;
      link.props.set(e.p, (link.props.get(e.p) || 0) + 1);
    });
    links.forEach(function (link, key) { edges.set(key, link); });
    return { nodes: nodes, edges: edges };
  }
  function visNodeFor(id) { return isGroup(id) ? groupVisNode(groupIndex.get(id)) : entityVisNode(id); }
  function visEdgeFor(id, link) {
    if (link === null) { return entityVisEdge(id); }
    bundles.set(id, link);
    return { id: id, from: link.from, to: link.to, arrows: "to", label: bundleLabel(link),
             width: 1 + Math.log2(link.count), color: { color: "#b7c2ce", highlight: "#33475b" } };
  }

  var graphEl = document.getElementById("graph");
  var initial = wantedGraph();
  var visNodes = new vis.DataSet(initial.nodes.map(visNodeFor));
  var initialEdges = [];
  initial.edges.forEach(function (link, id) { initialEdges.push(visEdgeFor(id, link)); });
  var visEdges = new vis.DataSet(initialEdges);

  // Draw the difference between what is drawn and what should be: nothing already drawn moves.
  function refreshGraph() {
    var want = wantedGraph();
    var wantNodes = new Set(want.nodes);
    var staleEdges = visEdges.getIds().filter(function (id) { return !want.edges.has(id); });
    visEdges.remove(staleEdges);
    staleEdges.forEach(function (id) { bundles.delete(id); });
    visNodes.remove(visNodes.getIds().filter(function (id) { return !wantNodes.has(id); }));
    visNodes.add(want.nodes.filter(function (id) { return !visNodes.get(id); }).map(visNodeFor));
    var newEdges = [];
    want.edges.forEach(function (link, id) { if (!visEdges.get(id)) { newEdges.push(visEdgeFor(id, link)); } });
    visEdges.add(newEdges);
    applyVisibility();
  }

  function expand(i) {
    if (!aggregatedMode || expanded.has(i)) { return; }
    expanded.add(i);
    refreshGraph();
  }
  function collapse(i) {
    if (!aggregatedMode || !expanded.has(i)) { return; }
    expanded.delete(i);
    if (state.selected && groupOf(state.selected) === i) { network.unselectAll(); }
    refreshGraph();
    if (state.selected) { renderPanel(false); }
  }

  var baseFont = { face: DATA.font, size: 21, color: "#1d2733", strokeWidth: 3, strokeColor: "#ffffff" };
  var network = new vis.Network(graphEl, { nodes: visNodes, edges: visEdges }, {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: DATA.nodes.length <= 100 },
    nodes: {
      font: baseFont, borderWidth: 1,
      scaling: { min: 11, max: 40, label: { enabled: false } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      color: { color: "#a9b4c0", highlight: "#33475b", hover: "#33475b" },
      font: { face: DATA.font, size: 13, color: "#7a8794", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      smooth: largeDrawing ? false : { enabled: true, type: "continuous", roundness: 0.3 },
      width: 1, selectionWidth: 2
    },
    physics: {
      enabled: GRAPH.settle > 0,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, centralGravity: 0.008, springLength: 110,
                          springConstant: 0.06, avoidOverlap: 0.4 },
      stabilization: { enabled: true, iterations: GRAPH.settle, updateInterval: 25, fit: true }
    },
    interaction: { hover: !largeDrawing, tooltipDelay: 300, multiselect: false, keyboard: false,
                   hideEdgesOnDrag: largeDrawing, hideEdgesOnZoom: largeDrawing }
  });
  setStatus(t("layout"));
  // The layout comes from the build (positions in the data); when the data asks for it, a short
  // simulation refines it, then stops so that the picture stays still.
  function settled() {
    network.setOptions({ physics: false });
    network.fit({ animation: false });
    // Open readable: when the whole graph would be too small, start at the centre zone.
    if (!aggregatedMode && DATA.centre && network.getScale() < 0.5) {
      network.moveTo({ position: network.getPosition(DATA.centre), scale: 0.5, animation: false });
    }
    state.readyAt = performance.now();
    state.stable = true;
    updateStatus();
  }
  if (GRAPH.settle > 0) {
    network.once("stabilizationIterationsDone", settled);
  } else {
    network.once("afterDrawing", settled);
  }
  network.on("click", function (params) {
    if (params.nodes.length && isGroup(params.nodes[0])) {
      expand(groupIndex.get(params.nodes[0]));
    } else if (params.nodes.length) {
      select(params.nodes[0], false);
    } else if (!params.edges.length) {
      deselect();
    }
  });
  network.on("doubleClick", function (params) {
    if (aggregatedMode && params.nodes.length && !isGroup(params.nodes[0])) { collapse(groupOf(params.nodes[0])); }
  });

  function setStatus(text) { document.getElementById("status").textContent = text; }
  function drawnEntityCount() {
    return network.body.nodeIndices.filter(function (id) { return !isGroup(id); }).length;
  }
  function updateStatus() {
    if (!state.stable) { return; }
    var text = t("nodesShown").replace("{n}", drawnEntityCount()).replace("{t}", DATA.nodes.length);
    if (aggregatedMode) {
      text = t("groupsShown").replace("{g}", GRAPH.aggregates.length - expanded.size) + " · " + text;
    }
    setStatus(text);
  }

  function entityHidden(node) {
    return state.hiddenClasses.has(node.cls) || (state.segment !== "" && !members.get(state.segment).has(node.id)) ||
      ext.hidden.some(function (hidden) { return hidden(node); });  // HOOK(extensions): the source filter
  }
  function applyVisibility() {
    var updates = visNodes.getIds().map(function (id) {
      if (isGroup(id)) {
        var a = GRAPH.aggregates[groupIndex.get(id)];
        return { id: id, hidden: a.kind === "class" && state.hiddenClasses.has(a.cls) };
      }
      return { id: id, hidden: entityHidden(nodesById.get(id)) };
    });
    visNodes.update(updates);
    applyFade();
    updateStatus();
  }

  var fadedNow = false;
  function applyFade() {
    var keep = null;
    if (state.neighbourhood && state.selected && visNodes.get(state.selected)) {
      keep = new Set(network.getConnectedNodes(state.selected));
      keep.add(state.selected);
    }
    if (keep === null && !fadedNow) { return; }  // nothing faded before or now: leave large graphs alone
    fadedNow = keep !== null;
    visNodes.update(visNodes.getIds().map(function (id) {
      var faded = keep !== null && !keep.has(id);
      var spec = visNodeFor(id);
      var font = Object.assign({}, baseFont, spec.font || {});
      if (faded) { font.color = "#d5dae0"; }
      return { id: id, color: faded ? { background: "#eef0f3", border: "#e1e5ea" } : spec.color, font: font };
    }));
    visEdges.update(visEdges.get().map(function (edge) {
      var faded = keep !== null && !(keep.has(edge.from) && keep.has(edge.to));
      var spec = typeof edge.id === "number" ? entityVisEdge(edge.id) : null;
      var colour = spec ? (spec.color || { color: "#a9b4c0", highlight: "#33475b" })
        : { color: "#b7c2ce", highlight: "#33475b" };
      return { id: edge.id, color: faded ? { color: "#eef0f3" } : colour,
               font: { color: faded ? "rgba(0,0,0,0)" : "#7a8794" } };
    }));
  }

  function relabelGraph() {
    visNodes.update(visNodes.getIds().map(function (id) {
      return { id: id, label: isGroup(id) ? groupLabel(GRAPH.aggregates[groupIndex.get(id)]) : label(id) };
    }));
    if (largeDrawing) { return; }
    visEdges.update(visEdges.getIds().map(function (id) {
      return { id: id, label: typeof id === "number" ? edgeLabel(DATA.edges[id]) : bundleLabel(bundles.get(id)) };
    }));
  }

  function revealInGraph(id) {
    var node = nodesById.get(id);
    var changed = false;
    if (aggregatedMode && !expanded.has(groupOf(id))) {
      expanded.add(groupOf(id));
      refreshGraph();
    }
    if (state.hiddenClasses.has(node.cls)) {
      state.hiddenClasses.delete(node.cls);
      changed = true;
      syncClassCheckboxes();
    }
    if (state.segment !== "" && !members.get(state.segment).has(id)) {
      state.segment = "";
      document.getElementById("segment-filter").value = "";
      changed = true;
    }
    if (changed) { applyVisibility(); }
    return changed;
  }

  // ------------------------------------------------------------------ selection and panel

  function select(id, focus) {
    if (!nodesById.has(id)) { return; }
    state.selected = id;
    var revealed = revealInGraph(id);
    network.selectNodes([id]);
    if (focus && state.view === "graph") {
      network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
    }
    applyFade();
    renderPanel(revealed);
  }

  function deselect() {
    state.selected = null;
    network.unselectAll();
    document.getElementById("panel").hidden = true;
    applyFade();
  }

  function renderPanel(revealed) {
    var panel = document.getElementById("panel");
    var body = document.getElementById("panel-body");
    body.replaceChildren();
    ext.panelStart.forEach(function (start) { start(); });  // HOOK(extensions): each sentence once per panel
    var node = nodesById.get(state.selected);
    if (!node) { panel.hidden = true; return; }
    panel.hidden = false;

    body.appendChild(el("h2", "entity-label", pick(node.labels)));
    var other = state.lang === "zh" ? node.labels.en : node.labels.zh;
    if (other && other !== pick(node.labels)) { body.appendChild(el("p", "other-label", other)); }
    var badge = el("div", "badge");
    badge.appendChild(swatch(node.cls));
    badge.appendChild(el("span", "class-label", classLabel(node.cls)));
    if (node.reference) { badge.appendChild(el("span", "ref-badge", t("reference"))); }
    body.appendChild(badge);
    if (revealed) { body.appendChild(el("p", "other-label", t("hiddenByFilter"))); }
    var group = groupOf(node.id);
    if (aggregatedMode && expanded.has(group)) {
      var fold = el("button", "collapse-group", t("collapseGroup") + pick(GRAPH.aggregates[group].labels));
      fold.type = "button";
      fold.addEventListener("click", function () { collapse(group); });
      body.appendChild(fold);
    }

    var aliases = [].concat(node.aliases.zh || [], node.aliases.en || []);
    if (aliases.length) { body.appendChild(el("p", "aliases", t("aliases") + aliases.join("、"))); }
    var description = pick(node.description);
    if (description) { body.appendChild(el("p", "description", description)); }
    if (node.quantity) { body.appendChild(quantityBlock(node.quantity)); }

    body.appendChild(el("h3", null, t("facts")));
    var list = el("ul", "facts");
    node.facts.forEach(function (fact) { list.appendChild(factItem(fact)); });
    body.appendChild(list);

    var links = incoming.get(node.id) || [];
    if (links.length) {
      body.appendChild(el("h3", null, t("linkedFrom")));
      var linked = el("ul", "facts");
      links.forEach(function (link) {
        var li = el("li");
        li.appendChild(entityLink(link.from));
        li.appendChild(el("span", "prop", " " + (link.fact.role ? pick(link.fact.role) : propLabel(link.fact.p))));
        li.appendChild(evidenceList(link.fact.ev));
        linked.appendChild(li);
      });
      body.appendChild(linked);
    }
    var published = Object.keys(DATA.sources).filter(function (k) {
      var p = DATA.sources[k].publisher;
      return p && p.zh === node.labels.zh && p.en === node.labels.en;
    });
    if (published.length) {
      body.appendChild(el("h3", null, t("published")));
      published.forEach(function (k) { body.appendChild(el("p", null, "《" + pick(DATA.sources[k].title) + "》")); });
    }
  }

  function quantityBlock(q) {
    var box = el("div", "quantity");
    if (q.kind && pick(q.kind)) { box.appendChild(el("div", "kind", pick(q.kind))); }
    box.appendChild(el("div", "amount", pick(q.amount)));
    if (q.status) { box.appendChild(el("div", "status", t("status") + termLabel(q.status))); }
    if (q.date) { box.appendChild(el("div", "date", t("date") + q.date)); }
    return box;
  }

  function factItem(fact) {
    var li = el("li");
    li.appendChild(el("span", "prop", fact.p === "position" ? t("position") : propLabel(fact.p)));
    if (fact.p === "position") {
      li.appendChild(el("span", "value", pick(fact.role) + (fact.o ? " · " : "")));
    }
    var o = fact.o;
    if (o && o.node) {
      li.appendChild(entityLink(o.node));
      var target = nodesById.get(o.node);
      if (target && target.quantity) {
        li.appendChild(el("span", "capacity-note", capacitySummary(target.quantity)));
      }
    } else if (o && o.cls) {
      li.appendChild(el("span", "value", classLabel(o.cls) || o.cls));
    } else if (o && o.term) {
      li.appendChild(el("span", "value", termLabel(o.term)));
    } else if (o && o.texts) {
      li.appendChild(el("span", "value", pick(o.texts)));
    } else if (o && o.display) {
      li.appendChild(el("span", "value", pick(o.display)));
    } else if (o && o.text !== undefined) {
      li.appendChild(el("span", "value", o.text));
    } else if (o && o.iri) {
      li.appendChild(el("span", "value", o.iri));
    }
    li.appendChild(evidenceList(fact.ev));
    return li;
  }

  function capacitySummary(q) {
    var parts = [pick(q.amount)];
    if (q.status) { parts.push(termLabel(q.status)); }
    if (q.date) { parts.push(q.date); }
    return "（" + parts.join(" · ") + "）";
  }

  function entityLink(id) {
    var button = el("button", "link", label(id));
    button.type = "button";
    button.dataset.entity = id;
    button.addEventListener("click", function () { select(id, true); });
    return button;
  }

  function evidenceList(indices) {
    if (ext.evidence) { return ext.evidence(indices); }  // HOOK(extensions): static/explorer-evidence.js
    var list = el("ul", "evidence");
    (indices || []).forEach(function (i) {
      var record = DATA.evidence[i];
      var li = el("li");
      if (record.quote !== undefined) {
        li.appendChild(sentenceWithQuote(record));
        li.appendChild(el("span", "cite", citation(record)));
      } else {
        li.appendChild(el("span", "basis", t("basis") + "（" + record.reference + "）：" + record.basis));
      }
      list.appendChild(li);
    });
    return list;
  }

  function sentenceWithQuote(record) {
    var span = el("span", "sentence");
    var sentence = record.sentence ? DATA.sentences[record.sentence] : null;
    var at = sentence ? sentence.indexOf(record.quote) : -1;
    if (at < 0) {
      span.appendChild(el("mark", "quote", "“" + record.quote + "”"));
      return span;
    }
    span.appendChild(document.createTextNode(sentence.slice(0, at)));
    span.appendChild(el("mark", "quote", record.quote));
    span.appendChild(document.createTextNode(sentence.slice(at + record.quote.length)));
    return span;
  }

  function citation(record) {
    var source = DATA.sources[record.source];
    if (!source) { return t("unknownSource"); }
    var parts = ["《" + pick(source.title) + "》", pick(source.publisher)];
    if (source.issued) { parts.push(t("issued") + " " + source.issued); }
    if (source.visited) { parts.push(t("visited") + " " + source.visited); }
    if (record.sentence) { parts.push(t("sentence") + " " + record.sentence.split("#").pop()); }
    return parts.filter(Boolean).join(" · ");
  }

  // ------------------------------------------------------------------ search

  var searchInput = document.getElementById("search");
  var resultsEl = document.getElementById("search-results");
  var searchResults = [];
  var activeResult = 0;

  function searchNames(node) {
    var names = [node.labels.zh, node.labels.en].concat(node.aliases.zh || [], node.aliases.en || [], node.pinyin);
    return names.filter(Boolean);
  }

  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return []; }
    var compact = q.replace(/\s+/g, "");
    var scored = [];
    DATA.nodes.forEach(function (node) {
      var best = null;
      searchNames(node).forEach(function (name) {
        var n = name.toLowerCase();
        var score = n === q || n === compact ? 0 : (n.indexOf(q) === 0 || n.indexOf(compact) === 0) ? 1
          : (n.indexOf(q) >= 0 || n.indexOf(compact) >= 0) ? 2 : -1;
        if (score < 0) { return; }
        var key = [score, name.length];
        if (!best || key[0] < best.key[0] || (key[0] === best.key[0] && key[1] < best.key[1])) {
          best = { key: key, name: name };
        }
      });
      if (best) { scored.push({ id: node.id, key: best.key, matched: best.name }); }
    });
    scored.sort(function (a, b) {
      return a.key[0] - b.key[0] || a.key[1] - b.key[1] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    return scored.slice(0, 15);
  }

  function showResults() {
    searchResults = search(searchInput.value);
    activeResult = 0;
    resultsEl.replaceChildren();
    if (!searchInput.value.trim()) { resultsEl.hidden = true; return; }
    if (!searchResults.length) {
      resultsEl.appendChild(el("li", "empty", t("noMatch")));
    }
    searchResults.forEach(function (result, i) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.dataset.entity = result.id;
      li.setAttribute("aria-selected", i === activeResult ? "true" : "false");
      var node = nodesById.get(result.id);
      li.appendChild(swatch(node.cls));
      li.appendChild(document.createTextNode(" " + label(result.id)));
      var hint = classLabel(node.cls);
      if (result.matched !== label(result.id)) { hint += " · " + result.matched; }
      li.appendChild(el("span", "hint", hint));
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      resultsEl.appendChild(li);
    });
    resultsEl.hidden = false;
  }

  function choose(i) {
    var result = searchResults[i];
    if (!result) { return; }
    resultsEl.hidden = true;
    select(result.id, true);
  }

  searchInput.addEventListener("input", showResults);
  searchInput.addEventListener("focus", function () { if (searchInput.value.trim()) { showResults(); } });
  searchInput.addEventListener("blur", function () { resultsEl.hidden = true; });
  searchInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); choose(activeResult); }
    else if (event.key === "Escape") { resultsEl.hidden = true; }
    else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!searchResults.length) { return; }
      activeResult = (activeResult + (event.key === "ArrowDown" ? 1 : searchResults.length - 1)) % searchResults.length;
      Array.prototype.forEach.call(resultsEl.children, function (li, i) {
        li.setAttribute("aria-selected", i === activeResult ? "true" : "false");
      });
    }
  });

  // ------------------------------------------------------------------ filters and legend

  var classFilter = document.getElementById("class-filter");
  DATA.classes.forEach(function (c) {
    var li = el("li");
    var labelEl = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.cls = c.key;
    box.addEventListener("change", function () {
      if (box.checked) { state.hiddenClasses.delete(c.key); } else { state.hiddenClasses.add(c.key); }
      applyVisibility();
    });
    labelEl.appendChild(box);
    labelEl.appendChild(swatch(c.key));
    labelEl.appendChild(el("span", "class-name", pick(c.labels)));
    labelEl.appendChild(el("span", "count", c.count));
    li.appendChild(labelEl);
    classFilter.appendChild(li);
  });
  function syncClassCheckboxes() {
    classFilter.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      box.checked = !state.hiddenClasses.has(box.dataset.cls);
    });
  }
  document.getElementById("classes-all").addEventListener("click", function () {
    state.hiddenClasses.clear(); syncClassCheckboxes(); applyVisibility();
  });
  document.getElementById("classes-none").addEventListener("click", function () {
    DATA.classes.forEach(function (c) { state.hiddenClasses.add(c.key); });
    syncClassCheckboxes(); applyVisibility();
  });

  var segmentSelect = document.getElementById("segment-filter");
  function fillSegments() {
    var current = state.segment;
    segmentSelect.replaceChildren(new Option(t("allSegments"), ""));
    DATA.chain.segments.forEach(function (id) {
      var depth = "";
      segmentSelect.appendChild(new Option(depth + label(id), id));
    });
    segmentSelect.value = current;
    segmentSelect.disabled = DATA.chain.segments.length === 0;
  }
  segmentSelect.addEventListener("change", function () { state.segment = segmentSelect.value; applyVisibility(); });

  var neighbourBox = document.getElementById("neighbourhood");
  neighbourBox.addEventListener("change", function () { state.neighbourhood = neighbourBox.checked; applyFade(); });

  // ------------------------------------------------------------------ views

  // HOOK(extensions): every view is a .view in #views with a [data-view] button; the chain view,
  // the capacities table and the timeline are drawn by static/explorer-*.js when first shown.
  function showView(view) {
    state.view = view;
    document.body.dataset.view = view;
    document.querySelectorAll("#views > .view").forEach(function (div) { div.hidden = div.id !== view; });
    document.querySelectorAll("[data-view]").forEach(function (button) {
      button.setAttribute("aria-pressed", button.dataset.view === view ? "true" : "false");
    });
    segmentSelect.disabled = view !== "graph" || DATA.chain.segments.length === 0;
    neighbourBox.disabled = view !== "graph";
    document.getElementById("status").hidden = view !== "graph";
    document.getElementById("legend").classList.toggle("inactive", view !== "graph");
    if (ext.views[view]) { ext.views[view](); } else { network.redraw(); }
  }
  document.querySelectorAll("[data-view]").forEach(function (button) {
    button.addEventListener("click", function () { showView(button.dataset.view); });
  });
  // ------------------------------------------------------------------ language

  function applyLanguage(first) {
    document.documentElement.lang = state.lang === "zh" ? "zh-Hans" : "en";
    document.title = pick(DATA.title);
    document.getElementById("page-title").textContent = pick(DATA.title);
    document.querySelectorAll("[data-i18n]").forEach(function (node) { node.textContent = t(node.dataset.i18n); });
    document.getElementById("lang-switch").textContent = t("lang");
    searchInput.placeholder = t("search");
    classFilter.querySelectorAll(".class-name").forEach(function (span, i) {
      span.textContent = pick(DATA.classes[i].labels);
    });
    if (!first) { relabelGraph(); }
    fillSegments();
    ext.language.forEach(function (relabel) { relabel(); });  // HOOK(extensions)
    updateStatus();
    if (state.selected) { renderPanel(false); }
    if (!resultsEl.hidden) { showResults(); }
  }
  document.getElementById("lang-switch").addEventListener("click", function () {
    state.lang = state.lang === "zh" ? "en" : "zh";
    applyLanguage();
  });
  document.getElementById("panel-close").addEventListener("click", deselect);

  // HOOK(extensions): static/explorer-*.js ran before this file and left their parts in
  // window.chaingraphExtensions; each gets the page's helpers and registers what it adds.
  var page = {
    DATA: DATA, UI: UI, ext: ext, t: t, pick: pick, el: el, label: label, swatch: swatch, classLabel: classLabel,
    nodesById: nodesById, incoming: incoming, select: select, showView: showView, applyVisibility: applyVisibility,
    renderPanel: function () { if (state.selected) { renderPanel(false); } },
    sentenceWithQuote: sentenceWithQuote, citation: citation,
    get lang() { return state.lang; }, get view() { return state.view; }
  };
  (window.chaingraphExtensions || []).forEach(function (extend) { extend(page); });

  applyLanguage(true);
  showView("graph");

  // ------------------------------------------------------------------ hook for scripts and tests

  window.chaingraphExplorer = {
    get stable() { return state.stable; },
    get ready() { return state.stable; },
    get readyAt() { return state.readyAt; },
    redraw: function () { network.redraw(); },
    get mode() { return aggregatedMode ? "aggregated" : "full"; },
    groups: function () {
      return GRAPH.aggregates.map(function (a, i) {
        return { id: a.id, kind: a.kind, entity: a.entity, cls: a.cls, count: a.count, label: groupLabel(a),
                 members: groupMembers[i].slice(), expanded: expanded.has(i) };
      });
    },
    groupOf: function (id) { var g = groupOf(id); return g < 0 ? null : GRAPH.aggregates[g].id; },
    expand: function (groupId) { expand(groupIndex.get(groupId)); },
    collapse: function (groupId) { collapse(groupIndex.get(groupId)); },
    drawnEdgeCount: function () { return network.body.edgeIndices.length; },
    get language() { return state.lang; },
    get view() { return state.view; },
    get selected() { return state.selected; },
    entityCount: DATA.nodes.length,
    drawnNodeIds: function () { return network.body.nodeIndices.slice(); },
    nodeLabel: function (id) { var n = visNodes.get(id); return n ? n.label : null; },
    nodePosition: function (id) {
      var p = network.canvasToDOM(network.getPosition(id));
      var r = graphEl.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    positions: function () { return network.getPositions(); },
    focus: function (id) { network.focus(id, { scale: 1.2, animation: false }); },
    fadedNodeIds: function () {
      return visNodes.get({ filter: function (n) { return n.font && n.font.color === "#d5dae0"; } })
        .map(function (n) { return n.id; });
    }
  };
})();
