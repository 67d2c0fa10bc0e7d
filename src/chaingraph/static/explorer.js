/* chaingraph explorer. Every piece of data reaches the DOM as text (textContent, text nodes,
   Option labels) or as a vis-network canvas label: never as HTML. No network access. */
(function () {
  "use strict";

  // Packed by the build (views/explorer/packing.py), unpacked by explorer-data.js.
  var DATA = window.chaingraphUnpack(JSON.parse(document.getElementById("chaingraph-data").textContent));

  var UI = window.chaingraphWords;  // explorer-words.js

  var state = {
    lang: "zh", view: "graph", selected: null, stable: false, homed: false, hiddenClasses: new Set(),
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
  // "#full" in the address draws every entity at once. Positions come from the build, or for a
  // large region from explorer-layout.js.
  var GRAPH = DATA.graph;
  var aggregatedMode = GRAPH.aggregated && window.location.hash !== "#full";
  var groups = window.chaingraphGroups(DATA, aggregatedMode);  // explorer-groups.js
  DATA.edges = groups.edges;
  var groupIndex = groups.index;
  var groupMembers = groups.members;
  var expanded = groups.expanded;
  var groupOf = groups.groupOf;
  var shownAs = groups.shownAs;
  var isGroup = groups.isGroup;
  var wantedGraph = groups.wanted;
  var MANY_EDGES = 3000;  // above this, edges are straight and unlabelled, and hide while panning
  // Sizes on screen are canvas sizes times the zoom: these keep every label drawn at 12 px or more.
  var NODE_FONT = 21;
  var GROUP_FONT = 44;
  var EDGE_FONT = 14;
  var GROUP_OPEN_SCALE = 0.3;  // the opening zoom of the grouped view: group labels at 13 px
  var EDGE_LABEL_SCALE = 12 / EDGE_FONT;  // edge labels appear from this zoom on, or for the selection
  // Zoomed out below GROUP_OPEN_SCALE, groups grow (label and shape) so that their labels stay at
  // 13 px on screen; the labels that would then cover a bigger group's are not drawn.
  var MAX_GROUP_GROWTH = 40;
  var groupGrowth = 1;
  var largeDrawing = !aggregatedMode && DATA.edges.length > MANY_EDGES;
  var degree = new Map();
  DATA.edges.forEach(function (e) {
    degree.set(e.from, (degree.get(e.from) || 0) + 1);
    degree.set(e.to, (degree.get(e.to) || 0) + 1);
  });
  var bundles = new Map();  // drawn edge id -> {count, props} for edges that stand for several relations

  function styleOf(cls) { return classesByKey.get(cls) || { color: "#999", shape: "dot" }; }

  function entityVisNode(id) {
    var node = nodesById.get(id);
    var style = styleOf(node.cls);
    var at = GRAPH.positions[id];
    var v = { id: id, label: label(id), shape: style.shape, color: style.color,
              widthConstraint: { maximum: 190 }, x: at[0], y: at[1] };
    // Members of an opened group sit in a grid of label-sized cells: one small size for all of them.
    if (aggregatedMode) { v.size = 12; } else { v.value = 1 + (degree.get(id) || 0); }
    if (id === DATA.centre) { v.fixed = { x: true, y: true }; v.font = { size: 30, strokeWidth: 5 }; }
    if (node.reference) { v.shapeProperties = { borderDashes: [4, 3] }; v.borderWidth = 2; }
    return v;
  }
  function groupLabel(a) { return pick(a.labels) + " · " + a.total; }
  function groupVisNode(i) {
    var a = GRAPH.aggregates[i];
    var style = styleOf(a.cls);
    return { id: a.id, label: groupLabel(a), shape: style.shape, color: style.color, x: a.x, y: a.y,
             size: Math.max(1, 0.35 * groupGrowth) * Math.min(90, 18 + 3 * Math.sqrt(a.total)), borderWidth: 3,
             font: { size: groupGrowth * GROUP_FONT, strokeWidth: 8 * groupGrowth },
             widthConstraint: { maximum: 520 * groupGrowth } };
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
    if (!largeDrawing) { v.label = edgeLabelShown(v) ? edgeLabel(e) : ""; }
    return v;
  }

  function visNodeFor(id) { return isGroup(id) ? groupVisNode(groupIndex.get(id)) : entityVisNode(id); }
  function visEdgeFor(id, link) {
    if (link === null) { return entityVisEdge(id); }
    bundles.set(id, link);
    return { id: id, from: link.from, to: link.to, arrows: "to", label: edgeLabelShown(link) ? bundleLabel(link) : "",
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

  var baseFont = { face: DATA.font, size: NODE_FONT, color: "#1d2733", strokeWidth: 3, strokeColor: "#ffffff" };
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
      font: { face: DATA.font, size: EDGE_FONT, color: "#66727f", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
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
  // explorer-camera.js: fitting, the opening view, an opened group.
  var camera = window.chaingraphCamera({
    DATA: DATA, GRAPH: GRAPH, network: network, visNodes: visNodes, aggregatedMode: aggregatedMode, shownAs: shownAs,
    groupMembers: groupMembers, changed: cameraChanged
  });
  var visibleNodeIds = camera.visibleNodeIds;
  var fitVisible = camera.fitVisible;
  var home = camera.home;
  setStatus(t("layout"));
  // The layout comes from the build (positions in the data); when the data asks for it, a short
  // simulation refines it, then stops so that the picture stays still.
  function settled() {
    if (state.stable) { return; }
    network.setOptions({ physics: false });
    if (state.view === "graph") { home(); state.homed = true; }  // else when the graph is first shown
    state.readyAt = performance.now();
    state.stable = true;
    updateStatus();
    var opening = views.fromHash();
    if (opening && opening.entity) { select(opening.entity, true); }
  }
  if (GRAPH.settle > 0) {
    network.once("stabilizationIterationsDone", settled);
  } else {
    network.once("afterDrawing", settled);
  }
  // ------------------------------------------------------------------ camera and labels

  // Edge labels only where they read: from EDGE_LABEL_SCALE on, or on the selected node's edges.
  var edgeLabelsZoomed = false;
  function edgeLabelShown(edge) {
    if (largeDrawing) { return false; }
    return edgeLabelsZoomed || (state.selected !== null && (edge.from === state.selected || edge.to === state.selected));
  }
  function edgeText(id) { return typeof id === "number" ? edgeLabel(DATA.edges[id]) : bundleLabel(bundles.get(id)); }
  function relabelEdges(all) {
    if (largeDrawing) { return; }
    var updates = [];
    visEdges.forEach(function (edge) {
      var text = edgeLabelShown(edge) ? edgeText(edge.id) : "";
      if (all || edge.label !== text) { updates.push({ id: edge.id, label: text }); }
    });
    if (updates.length) { visEdges.update(updates); }
  }
  function cameraChanged() {
    var scale = network.getScale();
    var zoomed = scale >= EDGE_LABEL_SCALE - 1e-9;
    if (zoomed !== edgeLabelsZoomed) { edgeLabelsZoomed = zoomed; relabelEdges(false); }
    var growth = Math.min(MAX_GROUP_GROWTH, Math.max(1, GROUP_OPEN_SCALE / scale));
    if (aggregatedMode && Math.abs(growth - groupGrowth) > 0.1 * groupGrowth) {
      groupGrowth = growth;
      visNodes.update(visNodes.getIds().filter(isGroup).map(function (id) {
        var spec = visNodeFor(id);
        return { id: id, size: spec.size, font: nodeFont(id), widthConstraint: spec.widthConstraint };
      }));
    }
    relabelNodes();
  }
  network.on("zoom", cameraChanged);
  network.on("dragEnd", function () { labelsDirty = true; network.redraw(); });
  function relabelNodes() { labelsDirty = true; network.redraw(); }

  // Node labels never overlap: after each change, labels are taken in order of importance (the
  // selection, the centre zone, groups by size, then nodes by links) and a label that would cover
  // one already taken, or another node's shape, is not drawn. Boxes are in canvas units, so the
  // outcome holds at every zoom (groups change size with the zoom: they are decluttered again).
  var DECLUTTER_LIMIT = 1500;  // beyond this many drawn nodes the labels are left as they are
  var labelsDirty = true;
  var hiddenLabels = new Set();
  var fadedIds = new Set();
  function labelBox(id) { return window.chaingraphLabels.box(network, id); }
  function labelPriority(id) {
    if (id === state.selected) { return [0, 0]; }
    if (id === DATA.centre || (DATA.centre && id === shownAs(DATA.centre))) { return [1, 0]; }
    if (isGroup(id)) {
      var a = GRAPH.aggregates[groupIndex.get(id)];
      return [a.kind === "zone" ? 2 : 3, -a.total];
    }
    return [4, -(degree.get(id) || 0)];
  }
  function declutter() {
    var ids = network.body.nodeIndices.slice();
    if (ids.length > DECLUTTER_LIMIT) { return; }
    var hide = window.chaingraphLabels.covered(network, ids, labelPriority);
    var changed = ids.filter(function (id) { return hide.has(id) !== hiddenLabels.has(id); });
    hiddenLabels = hide;
    if (changed.length) {
      visNodes.update(changed.map(function (id) { return { id: id, font: nodeFont(id) }; }));
    }
  }
  function nodeFont(id) {
    var font = Object.assign({}, baseFont, visNodeFor(id).font || {});
    if (fadedIds.has(id)) { font.color = "#d5dae0"; }
    if (hiddenLabels.has(id)) { font.color = "rgba(0,0,0,0)"; font.strokeColor = "rgba(0,0,0,0)"; }
    return font;
  }
  network.on("afterDrawing", function () {
    if (!labelsDirty || !state.stable) { return; }
    labelsDirty = false;
    declutter();
  });

  network.on("click", function (params) {
    if (params.nodes.length && isGroup(params.nodes[0])) {
      var opened = groupIndex.get(params.nodes[0]);
      expand(opened);
      camera.showGroup(opened);
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
  // The status line counts what is drawn: groups and entities the filters keep.
  function updateStatus() {
    if (!state.stable) { return; }
    var shown = visibleNodeIds();
    var groups = shown.filter(isGroup).length;
    var text = (aggregatedMode ? t("groupsShown").replace("{g}", groups) : t("nodesShown"))
      .replace("{n}", shown.length - groups).replace("{t}", DATA.nodes.length);
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
    relabelNodes();
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
    fadedIds = new Set(keep === null ? [] : visNodes.getIds().filter(function (id) { return !keep.has(id); }));
    visNodes.update(visNodes.getIds().map(function (id) {
      var spec = visNodeFor(id);
      return { id: id, color: fadedIds.has(id) ? { background: "#eef0f3", border: "#e1e5ea" } : spec.color,
               font: nodeFont(id) };
    }));
    visEdges.update(visEdges.get().map(function (edge) {
      var faded = keep !== null && !(keep.has(edge.from) && keep.has(edge.to));
      var spec = typeof edge.id === "number" ? entityVisEdge(edge.id) : null;
      var colour = spec ? (spec.color || { color: "#a9b4c0", highlight: "#33475b" })
        : { color: "#b7c2ce", highlight: "#33475b" };
      return { id: edge.id, color: faded ? { color: "#eef0f3" } : colour,
               font: { color: faded ? "rgba(0,0,0,0)" : "#66727f" } };
    }));
  }

  function relabelGraph() {
    visNodes.update(visNodes.getIds().map(function (id) {
      return { id: id, label: isGroup(id) ? groupLabel(GRAPH.aggregates[groupIndex.get(id)]) : label(id) };
    }));
    relabelEdges(true);
    relabelNodes();
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
      legend.sync();
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

  var panel = window.chaingraphPanel({
    DATA: DATA, state: state, ext: ext, nodesById: nodesById, incoming: incoming, t: t, pick: pick, el: el,
    label: label, propLabel: propLabel, termLabel: termLabel, classLabel: classLabel, swatch: swatch, select: select,
    collapse: collapse,
    openedGroup: function (id) {
      var g = groupOf(id);
      return aggregatedMode && expanded.has(g) ? { index: g, labels: GRAPH.aggregates[g].labels } : null;
    }
  });
  function renderPanel(revealed) { panel.render(revealed); }
  function capacitySummary(q) { return panel.capacitySummary(q); }

  function select(id, focus) {
    if (!nodesById.has(id)) { return; }
    state.selected = id;
    var revealed = revealInGraph(id);
    network.selectNodes([id]);
    if (focus && state.view === "graph") {
      network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
      cameraChanged();
    }
    relabelEdges(false);
    relabelNodes();
    applyFade();
    renderPanel(revealed);
  }

  function deselect() {
    state.selected = null;
    network.unselectAll();
    document.getElementById("panel").hidden = true;
    relabelEdges(false);
    relabelNodes();
    applyFade();
  }

  // ------------------------------------------------------------------ search

  var searchBox = window.chaingraphSearch.box({
    nodes: DATA.nodes, pinyin: DATA.pinyin, nodesById: nodesById, t: t, el: el, swatch: swatch, label: label, classLabel: classLabel,
    choose: function (id) { select(id, true); }
  });

  // ------------------------------------------------------------------ filters and legend

  // explorer-legend.js: the class legend, which is also the class filter.
  var legend = window.chaingraphLegend({
    DATA: DATA, state: state, el: el, swatch: swatch, pick: pick,
    changed: function () { applyVisibility(); fitVisible(); }
  });

  document.getElementById("panel-close").addEventListener("click", deselect);

  // ------------------------------------------------------------------ views, language, address

  // explorer-views.js: the toolbar's controls, the view buttons, the language switch and the #.
  var views = window.chaingraphViews({
    DATA: DATA, state: state, ext: ext, t: t, pick: pick, label: label, network: network, legend: legend,
    searchBox: searchBox, nodesById: nodesById, select: select, home: home, fitVisible: fitVisible,
    applyVisibility: applyVisibility, applyFade: applyFade, relabelGraph: relabelGraph, updateStatus: updateStatus,
    renderPanel: renderPanel
  });
  var showView = views.showView;

  // HOOK(extensions): static/explorer-*.js ran before this file and left their parts in
  // window.chaingraphExtensions; each gets the page's helpers and registers what it adds.
  var page = {
    DATA: DATA, UI: UI, ext: ext, t: t, pick: pick, el: el, label: label, swatch: swatch, classLabel: classLabel,
    nodesById: nodesById, incoming: incoming, select: select, showView: showView, applyVisibility: applyVisibility,
    renderPanel: function () { if (state.selected) { renderPanel(false); } },
    sentenceWithQuote: panel.sentenceWithQuote, citation: panel.citation,
    get lang() { return state.lang; }, get view() { return state.view; }
  };
  (window.chaingraphExtensions || []).forEach(function (extend) { extend(page); });

  views.open();
  // A hidden graph is never drawn: with the build's positions there is nothing to wait for.
  if (state.view !== "graph" && !(GRAPH.settle > 0)) { settled(); }

  // ------------------------------------------------------------------ hook for scripts and tests

  // explorer-hook.js: what the benchmarks and tests read of the page (window.chaingraphExplorer).
  window.chaingraphExplorer = window.chaingraphHook({
    DATA: DATA, GRAPH: GRAPH, state: state, network: network, graphEl: graphEl, visNodes: visNodes,
    visEdges: visEdges, groupMembers: groupMembers, expanded: expanded, groupIndex: groupIndex, groupOf: groupOf,
    groupLabel: groupLabel, expand: expand, collapse: collapse, visibleNodeIds: visibleNodeIds, labelBox: labelBox,
    get aggregatedMode() { return aggregatedMode; }, get hiddenLabels() { return hiddenLabels; },
    get labelsDirty() { return labelsDirty; }
  });
})();
