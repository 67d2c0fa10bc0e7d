/* chaingraph explorer, evidence and sources: the panel's evidence lists (every source of a fact
   with its date; a sentence quoted by several facts is printed once per panel and referred to
   after that) and the source filter that the graph, the panel, the tables and the timeline share.
   Registers itself in window.chaingraphExtensions; explorer.js calls it with the page's helpers.
   Every value reaches the DOM as text. */
(window.chaingraphExtensions = window.chaingraphExtensions || []).push(function (page) {
  "use strict";

  var DATA = page.DATA;
  Object.assign(page.UI.zh, {
    sources: "来源", allSources: "全部来源（{n} 篇）", sameSentence: "同一句见上", sourceDate: "日期",
    filteredOut: "（其余出处来自其他来源，已按来源筛选隐去）"
  });
  Object.assign(page.UI.en, {
    sources: "Sources", allSources: "all sources ({n})", sameSentence: "same sentence as above",
    sourceDate: "date", filteredOut: " (other sources hidden by the source filter)"
  });

  // ------------------------------------------------------------------ the source filter

  var sourceIds = Object.keys(DATA.sources).sort(function (a, b) {
    var x = sourceDate(a) + "\u0000" + a;
    var y = sourceDate(b) + "\u0000" + b;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  var current = "";
  var selects = [];
  var listeners = [];
  var mentioned = new Map();  // source id -> Set of entity ids a fact of that source is about

  function sourceDate(id) {
    var source = DATA.sources[id] || {};
    return source.issued || source.visited || "";
  }
  function sourceName(id) {
    var source = DATA.sources[id];
    if (!source) { return page.t("unknownSource"); }
    var date = sourceDate(id);
    return "《" + page.pick(source.title) + "》" + (date ? " " + date : "");
  }
  // The sources of a list of evidence indices, in the order of the filter, each once.
  function sourcesOf(indices) {
    var found = new Set();
    (indices || []).forEach(function (i) { if (DATA.evidence[i].source) { found.add(DATA.evidence[i].source); } });
    return sourceIds.filter(function (id) { return found.has(id); });
  }
  function fromSource(indices) {
    if (!current) { return true; }
    return (indices || []).some(function (i) { return DATA.evidence[i].source === current; });
  }
  function mentions(source) {
    if (!mentioned.has(source)) {
      var ids = new Set();
      DATA.nodes.forEach(function (node) {
        node.facts.forEach(function (fact) {
          if (!(fact.ev || []).some(function (i) { return DATA.evidence[i].source === source; })) { return; }
          ids.add(node.id);
          if (fact.o && fact.o.node) { ids.add(fact.o.node); }
        });
      });
      mentioned.set(source, ids);
    }
    return mentioned.get(source);
  }

  function fillSelect(select) {
    select.replaceChildren(new Option(page.t("allSources").replace("{n}", sourceIds.length), ""));
    sourceIds.forEach(function (id) { select.appendChild(new Option(sourceName(id), id)); });
    select.value = current;
  }
  // A source filter control; every one of them shows and sets the same filter.
  function sourceSelect() {
    var label = page.el("label", "source-choice");
    label.appendChild(page.el("span", "source-choice-label", page.t("sources")));
    var select = page.el("select", "source-filter");
    select.addEventListener("change", function () { setSource(select.value); });
    fillSelect(select);
    selects = selects.filter(function (other) { return other.isConnected; });  // views redraw theirs
    selects.push(select);
    label.appendChild(select);
    label.hidden = sourceIds.length < 2;
    return label;
  }
  function setSource(id) {
    current = id;
    selects.forEach(function (select) { select.value = current; });
    page.applyVisibility();
    page.renderPanel();
    listeners.forEach(function (listener) { listener(); });
  }

  page.ext.hidden.push(function (node) { return current !== "" && !mentions(current).has(node.id); });
  var legend = document.getElementById("legend");
  var block = page.el("div", "source-block");
  block.appendChild(sourceSelect());
  legend.insertBefore(block, legend.firstChild);

  page.sources = {
    ids: sourceIds, name: sourceName, of: sourcesOf, fromSource: fromSource, select: sourceSelect,
    onChange: function (listener) { listeners.push(listener); },
    get current() { return current; }
  };

  // ------------------------------------------------------------------ the panel's evidence

  var shown = new Set();  // sentences printed in full in the open panel
  page.ext.panelStart.push(function () { shown.clear(); });

  page.ext.evidence = function (indices) {
    var list = page.el("ul", "evidence");
    var groups = new Map();  // sentence (or lone quote) -> its records, in the fact's order
    var hidden = 0;
    (indices || []).forEach(function (i) {
      var record = DATA.evidence[i];
      if (record.quote === undefined) { list.appendChild(basisItem(record)); return; }
      if (current && record.source !== current) { hidden += 1; return; }
      var key = record.sentence || (record.source + "\u0000" + record.quote);
      if (!groups.has(key)) { groups.set(key, []); }
      groups.get(key).push(record);
    });
    groups.forEach(function (records, key) {
      var li = page.el("li");
      if (records[0].sentence && shown.has(key)) {
        records.forEach(function (record) { li.appendChild(page.el("mark", "quote", record.quote)); });
        li.appendChild(page.el("span", "sentence-ref", page.t("sameSentence") + " · " + page.t("sentence") + " " +
                               key.split("#").pop()));
      } else {
        li.appendChild(sentenceWithQuotes(records));
        if (records[0].sentence) { shown.add(key); }
      }
      li.appendChild(page.el("span", "cite", page.citation(records[0])));
      li.dataset.source = records[0].source || "";
      list.appendChild(li);
    });
    if (hidden) { list.appendChild(page.el("li", "filtered-out", page.t("filteredOut"))); }
    return list;
  };

  function basisItem(record) {
    var li = page.el("li");
    li.appendChild(page.el("span", "basis", page.t("basis") + "（" + record.reference + "）：" + record.basis));
    return li;
  }

  // The sentence once, with every quote of these records marked where it first stands.
  function sentenceWithQuotes(records) {
    var sentence = records[0].sentence ? DATA.sentences[records[0].sentence] : null;
    if (!sentence) { return page.sentenceWithQuote(records[0]); }
    var ranges = [];
    records.forEach(function (record) {
      var at = sentence.indexOf(record.quote);
      if (at >= 0 && record.quote) { ranges.push([at, at + record.quote.length]); }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var span = page.el("span", "sentence");
    var at = 0;
    ranges.forEach(function (range) {
      if (range[1] <= at) { return; }
      var start = Math.max(range[0], at);
      span.appendChild(document.createTextNode(sentence.slice(at, start)));
      span.appendChild(page.el("mark", "quote", sentence.slice(start, range[1])));
      at = range[1];
    });
    span.appendChild(document.createTextNode(sentence.slice(at)));
    return span;
  }

  page.ext.language.push(function () { selects.forEach(fillSelect); });
});
