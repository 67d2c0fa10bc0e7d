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
      chainCaption: "从左到右：上游 → 下游。方框下方依次为该环节的产品及其企业、项目与产能。",
      layout: "正在布局……", nodesShown: "显示 {n} / {t} 个节点", facts: "事实与出处",
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
      chainCaption: "Left to right: upstream → downstream. Under each segment: its products, then their companies, projects and capacities.",
      layout: "laying out…", nodesShown: "{n} of {t} nodes shown", facts: "Facts and sources",
      linkedFrom: "Linked from", aliases: "Also: ", reference: "reference knowledge", status: "Status: ",
      date: "Date: ", basis: "basis", sentence: "sentence", visited: "visited", issued: "published",
      position: "position", hiddenByFilter: " (filters changed to show this node)", lang: "中文",
      published: "Articles published", unknownSource: "unknown source"
    }
  };

  var state = {
    lang: "zh", view: "graph", selected: null, stable: false, hiddenClasses: new Set(),
    segment: "", neighbourhood: false, chainReady: false
  };
  var nodesById = new Map(DATA.nodes.map(function (n) { return [n.id, n]; }));
  var classesByKey = new Map(DATA.classes.map(function (c) { return [c.key, c]; }));
  var graphSpec = new Map(DATA.graph.nodes.map(function (n) { return [n.id, n]; }));
  var incoming = buildIncoming();
  var members = new Map(Object.keys(DATA.chain.members).map(function (k) {
    return [k, new Set(DATA.chain.members[k])];
  }));

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

  var graphEl = document.getElementById("graph");
  var visNodes = new vis.DataSet(DATA.graph.nodes.map(function (spec) {
    var copy = Object.assign({}, spec);
    copy.label = label(spec.id);
    return copy;
  }));
  var visEdges = new vis.DataSet(DATA.graph.edges.map(function (spec, i) {
    var copy = Object.assign({}, spec);
    copy.label = edgeLabel(DATA.edges[i]);
    return copy;
  }));
  function edgeLabel(edge) { return edge.role ? pick(edge.role) : propLabel(edge.p); }

  var baseFont = { face: DATA.font, size: 21, color: "#1d2733", strokeWidth: 3, strokeColor: "#ffffff" };
  var network = new vis.Network(graphEl, { nodes: visNodes, edges: visEdges }, {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: true },
    nodes: {
      font: baseFont, borderWidth: 1,
      scaling: { min: 11, max: 40, label: { enabled: false } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      color: { color: "#a9b4c0", highlight: "#33475b", hover: "#33475b" },
      font: { face: DATA.font, size: 13, color: "#7a8794", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      smooth: { enabled: true, type: "continuous", roundness: 0.3 },
      width: 1, selectionWidth: 2
    },
    physics: {
      enabled: DATA.graph.settle > 0,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, centralGravity: 0.008, springLength: 110,
                          springConstant: 0.06, avoidOverlap: 0.4 },
      stabilization: { enabled: true, iterations: DATA.graph.settle, updateInterval: 25, fit: true }
    },
    interaction: { hover: true, tooltipDelay: 300, multiselect: false, keyboard: false }
  });
  setStatus(t("layout"));
  // The layout comes from the build (positions in the data); when the data asks for it, a short
  // simulation refines it, then stops so that the picture stays still.
  function settled() {
    network.setOptions({ physics: false });
    network.fit({ animation: false });
    // Open readable: when the whole graph would be too small, start at the centre zone.
    if (DATA.centre && network.getScale() < 0.5) {
      network.moveTo({ position: network.getPosition(DATA.centre), scale: 0.5, animation: false });
    }
    state.stable = true;
    updateStatus();
  }
  if (DATA.graph.settle > 0) {
    network.once("stabilizationIterationsDone", settled);
  } else {
    network.once("afterDrawing", settled);
  }
  network.on("click", function (params) {
    if (params.nodes.length) { select(params.nodes[0], false); } else if (!params.edges.length) { deselect(); }
  });

  function setStatus(text) { document.getElementById("status").textContent = text; }
  function updateStatus() {
    if (!state.stable) { return; }
    setStatus(t("nodesShown").replace("{n}", network.body.nodeIndices.length).replace("{t}", DATA.nodes.length));
  }

  function applyVisibility() {
    var updates = DATA.nodes.map(function (node) {
      var hidden = state.hiddenClasses.has(node.cls) ||
        (state.segment !== "" && !members.get(state.segment).has(node.id));
      return { id: node.id, hidden: hidden };
    });
    visNodes.update(updates);
    applyFade();
    updateStatus();
  }

  function applyFade() {
    var keep = null;
    if (state.neighbourhood && state.selected && graphSpec.has(state.selected)) {
      keep = new Set(network.getConnectedNodes(state.selected));
      keep.add(state.selected);
    }
    visNodes.update(DATA.graph.nodes.map(function (spec) {
      var faded = keep !== null && !keep.has(spec.id);
      var font = Object.assign({}, baseFont, spec.font || {});
      if (faded) { font.color = "#d5dae0"; }
      return { id: spec.id, color: faded ? { background: "#eef0f3", border: "#e1e5ea" } : spec.color, font: font };
    }));
    visEdges.update(DATA.graph.edges.map(function (spec, i) {
      var edge = DATA.edges[i];
      var faded = keep !== null && !(keep.has(edge.from) && keep.has(edge.to));
      return {
        id: spec.id,
        color: faded ? { color: "#eef0f3" } : (spec.color || { color: "#a9b4c0", highlight: "#33475b" }),
        font: { color: faded ? "rgba(0,0,0,0)" : "#7a8794" }
      };
    }));
  }

  function revealInGraph(id) {
    var node = nodesById.get(id);
    var changed = false;
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
    if (state.view === "chain" && chainNetwork) { selectInChain(id, focus); }
    applyFade();
    renderPanel(revealed);
  }

  function deselect() {
    state.selected = null;
    network.unselectAll();
    if (chainNetwork) { chainNetwork.unselectAll(); }
    document.getElementById("panel").hidden = true;
    applyFade();
  }

  function renderPanel(revealed) {
    var panel = document.getElementById("panel");
    var body = document.getElementById("panel-body");
    body.replaceChildren();
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

  // ------------------------------------------------------------------ chain view

  var chainNetwork = null;
  var chainNodes = null;
  var CHAIN_STYLE = {
    segment: { color: { background: "#ece7f8", border: "#8d7cc3" }, bold: true },
    subsegment: { color: { background: "#f4f1fb", border: "#b3a7da" }, bold: false },
    product: { color: { background: "#f7f7dc", border: "#a6a62c" }, bold: false },
    attachment: { color: { background: "#ffffff", border: "#c8d0d9" }, bold: false },
    heading: { color: { background: "#fbfcfd", border: "#fbfcfd" }, bold: true }
  };

  function chainLabel(box) {
    var text = pick(box.labels);
    if (box.quantity) { text += "\n" + capacitySummary(box.quantity).replace(/^（|）$/g, ""); }
    return text;
  }

  function buildChain() {
    if (state.chainReady) { return; }
    state.chainReady = true;
    document.getElementById("chain-empty").hidden = DATA.chain.segments.length > 0;
    if (!DATA.chain.nodes.length) { return; }
    chainNodes = new vis.DataSet(DATA.chain.nodes.map(function (box) {
      var style = CHAIN_STYLE[box.kind] || CHAIN_STYLE.attachment;
      var used = box.kind === "segment" || box.kind === "subsegment" ?
        (DATA.chain.members[box.entity] || []).length > 1 : true;
      return {
        id: box.id, x: box.x, y: box.y, label: chainLabel(box), shape: "box",
        color: used ? style.color : { background: "#f4f5f7", border: "#d5d9df" },
        font: { face: DATA.font, size: 14, color: used ? "#1d2733" : "#8a96a3", multi: false,
                bold: style.bold },
        widthConstraint: { minimum: box.width, maximum: box.width },
        borderWidth: box.kind === "segment" ? 2 : 1,
        shapeProperties: { borderRadius: 3 },
        fixed: { x: true, y: true }
      };
    }));
    var chainEdges = new vis.DataSet(DATA.chain.edges.map(function (e) {
      return { id: e.id, from: e.from, to: e.to, arrows: { to: { enabled: true, scaleFactor: 0.5 } } };
    }));
    chainNetwork = new vis.Network(document.getElementById("chain-canvas"), { nodes: chainNodes, edges: chainEdges }, {
      physics: false,
      layout: { hierarchical: false },
      edges: { color: { color: "#9d8bd0", highlight: "#5b46a8" }, smooth: { type: "cubicBezier", forceDirection: "horizontal", roundness: 0.5 }, width: 1.2 },
      interaction: { dragNodes: false, hover: true, keyboard: false }
    });
    chainNetwork.on("click", function (params) {
      if (!params.nodes.length) { return; }
      var box = DATA.chain.nodes.find(function (b) { return b.id === params.nodes[0]; });
      if (box && box.entity) { select(box.entity, false); }
    });
    chainHome();
  }

  // Start readable: at least 90% scale, anchored at the upstream (left) top corner of the chain.
  function chainHome() {
    chainNetwork.fit({ animation: false });
    var scale = chainNetwork.getScale();
    if (scale >= 0.9) { return; }
    scale = 0.9;
    var canvas = document.getElementById("chain-canvas").getBoundingClientRect();
    var minX = Math.min.apply(null, DATA.chain.nodes.map(function (b) { return b.x - b.width / 2; }));
    var minY = Math.min.apply(null, DATA.chain.nodes.map(function (b) { return b.y; }));
    chainNetwork.moveTo({
      position: { x: minX - 20 + canvas.width / 2 / scale, y: minY - 40 + canvas.height / 2 / scale },
      scale: scale, animation: false
    });
  }

  function selectInChain(id, focus) {
    var boxes = DATA.chain.nodes.filter(function (b) { return b.entity === id; }).map(function (b) { return b.id; });
    chainNetwork.selectNodes(boxes);
    if (focus && boxes.length) { chainNetwork.focus(boxes[0], { scale: 1, animation: false }); }
  }

  function relabelChain() {
    if (!chainNodes) { return; }
    chainNodes.update(DATA.chain.nodes.map(function (box) { return { id: box.id, label: chainLabel(box) }; }));
  }

  function showView(view) {
    state.view = view;
    document.getElementById("graph").hidden = view !== "graph";
    document.getElementById("chain").hidden = view !== "chain";
    document.getElementById("view-graph").setAttribute("aria-pressed", view === "graph" ? "true" : "false");
    document.getElementById("view-chain").setAttribute("aria-pressed", view === "chain" ? "true" : "false");
    segmentSelect.disabled = view !== "graph" || DATA.chain.segments.length === 0;
    neighbourBox.disabled = view !== "graph";
    document.getElementById("status").hidden = view !== "graph";
    document.getElementById("legend").classList.toggle("inactive", view !== "graph");
    if (view === "chain") {
      buildChain();
      if (chainNetwork) {
        chainNetwork.redraw();
        if (state.selected) { selectInChain(state.selected, false); }
      }
    } else {
      network.redraw();
    }
  }
  document.getElementById("view-graph").addEventListener("click", function () { showView("graph"); });
  document.getElementById("view-chain").addEventListener("click", function () { showView("chain"); });

  // ------------------------------------------------------------------ language

  function applyLanguage() {
    document.documentElement.lang = state.lang === "zh" ? "zh-Hans" : "en";
    document.title = pick(DATA.title);
    document.getElementById("page-title").textContent = pick(DATA.title);
    document.querySelectorAll("[data-i18n]").forEach(function (node) { node.textContent = t(node.dataset.i18n); });
    document.getElementById("lang-switch").textContent = t("lang");
    document.getElementById("chain-caption").textContent = t("chainCaption");
    searchInput.placeholder = t("search");
    classFilter.querySelectorAll(".class-name").forEach(function (span, i) {
      span.textContent = pick(DATA.classes[i].labels);
    });
    visNodes.update(DATA.graph.nodes.map(function (spec) { return { id: spec.id, label: label(spec.id) }; }));
    visEdges.update(DATA.graph.edges.map(function (spec, i) { return { id: spec.id, label: edgeLabel(DATA.edges[i]) }; }));
    fillSegments();
    relabelChain();
    updateStatus();
    if (state.selected) { renderPanel(false); }
    if (!resultsEl.hidden) { showResults(); }
  }
  document.getElementById("lang-switch").addEventListener("click", function () {
    state.lang = state.lang === "zh" ? "en" : "zh";
    applyLanguage();
  });
  document.getElementById("panel-close").addEventListener("click", deselect);

  applyLanguage();
  showView("graph");

  // ------------------------------------------------------------------ hook for scripts and tests

  window.chaingraphExplorer = {
    get stable() { return state.stable; },
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
    },
    chainSegmentX: function () {
      if (!chainNetwork) { return null; }
      var out = {};
      var positions = chainNetwork.getPositions();
      DATA.chain.nodes.forEach(function (box) {
        if ((box.kind === "segment" || box.kind === "subsegment") && !(box.entity in out)) {
          out[box.entity] = positions[box.id].x;
        }
      });
      return out;
    },
    chainEntities: function () {
      return DATA.chain.nodes.filter(function (b) { return b.entity; }).map(function (b) { return b.entity; });
    }
  };
})();
