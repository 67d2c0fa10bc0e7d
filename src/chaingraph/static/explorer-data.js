/* chaingraph explorer: the embedded data unpacked. The build packs it (views/explorer/packing.py
   says how: nodes by column, facts and evidence as arrays pointing by position, rows as keys and
   values) and leaves out the segment filter's members, derived here from the facts, and the
   capacities table and the timeline (explorer-rows.js makes them);
   `chaingraphUnpack(packed)` gives back the shape `explorer_data` returns, which the rest of
   the page reads. explorer.js calls it first. */
(function () {
  "use strict";

  function rows(table) {
    return table.rows.map(function (values) {
      var row = {};
      table.keys.forEach(function (key, i) { row[key] = values[i]; });
      return row;
    });
  }

  function nodes(packed, classes) {
    var ids = packed.ids;
    return ids.map(function (id, i) {
      var labels = {};
      if (packed.zh[i] !== null) { labels.zh = packed.zh[i]; }
      if (packed.en[i] !== null) { labels.en = packed.en[i]; }
      if (packed.zh[i] === null && packed.en[i] === null) { labels.en = id; }
      var node = { id: id, cls: classes[packed.cls[i]].key, labels: labels };
      var extra = packed.extra[String(i)];
      if (extra) { Object.keys(extra).forEach(function (key) { node[key] = extra[key]; }); }
      node.facts = packed.facts[i].map(function (f) {
        var p = packed.properties[f[0]];
        var o = f[1];
        var fact = { p: p, o: null, ev: f.slice(2) };
        if (p === "position") {
          if (o.node !== undefined) { fact.o = { node: ids[o.node] }; }
          if (o.role) { fact.role = o.role; }
          if (o.holderless) { fact.holderless = true; }
        } else if (typeof o === "string") {
          fact.o = { cls: o };
        } else if (typeof o === "number") {
          fact.o = { node: ids[o] };
        } else {
          fact.o = o;
        }
        return fact;
      });
      return node;
    });
  }

  function evidence(records, sentences) {
    return records.map(function (record) {
      if (!Array.isArray(record)) { return record; }
      var key = sentences.keys[record[0]];
      var text = sentences.texts[record[0]];
      return { quote: text.substr(record[1], record[2]), sentence: key, source: key.slice(0, key.lastIndexOf("#")) };
    });
  }

  // The segment filter's members (the build does not carry them): a segment, its sub-segments,
  // their products, what produces them or is in them, and those makers' capacities.
  function segmentMembers(nodeList) {
    var byId = new Set(nodeList.map(function (n) { return n.id; }));
    var links = { subSegmentOf: [], inSegment: [], produces: [], ofProduct: [], hasCapacity: [] };
    nodeList.forEach(function (node) {
      node.facts.forEach(function (fact) {
        var target = fact.o && fact.o.node;
        if (target !== undefined && target !== null && links[fact.p]) { links[fact.p].push([node.id, target]); }
      });
    });
    var segments = nodeList.filter(function (n) { return n.cls === "ChainSegment"; })
      .map(function (n) { return n.id; });
    var isSegment = new Set(segments);
    var children = new Map();
    var parent = new Map();
    links.subSegmentOf.forEach(function (l) { if (byId.has(l[0]) && byId.has(l[1])) { parent.set(l[0], l[1]); } });
    parent.forEach(function (par, child) {
      if (!children.has(par)) { children.set(par, []); }
      children.get(par).push(child);
    });
    var segmentOf = new Map();
    links.inSegment.slice().sort(function (a, b) {
      return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
    }).forEach(function (l) { if (isSegment.has(l[1]) && !segmentOf.has(l[0])) { segmentOf.set(l[0], l[1]); } });
    var toItem = links.produces.concat(links.ofProduct, links.inSegment);
    var members = {};
    segments.forEach(function (segment) {
      var scope = new Set();
      var stack = [segment];
      while (stack.length) {
        var current = stack.pop();
        if (!scope.has(current)) { scope.add(current); stack.push.apply(stack, children.get(current) || []); }
      }
      var items = new Set(scope);
      segmentOf.forEach(function (s, item) { if (scope.has(s)) { items.add(item); } });
      var related = new Set();
      toItem.forEach(function (l) { if (items.has(l[1])) { related.add(l[0]); } });
      var holders = links.hasCapacity.filter(function (l) { return related.has(l[1]); });
      related.forEach(function (id) { items.add(id); });
      holders.forEach(function (l) { items.add(l[0]); });
      members[segment] = Array.from(items).sort();
    });
    return members;
  }

  window.chaingraphUnpack = function (packed) {
    var data = Object.assign({}, packed);
    data.nodes = nodes(packed.nodes, packed.classes);
    data.sentences = {};
    packed.sentences.keys.forEach(function (key, i) { data.sentences[key] = packed.sentences.texts[i]; });
    data.evidence = evidence(packed.evidence, packed.sentences);
    data.chain = Object.assign({ members: segmentMembers(data.nodes) }, packed.chain);
    // The capacities table and the timeline, made from the facts when a view first reads them
    // (a second or so of script at 20,000 entities, which the opening view does not need).
    var made = null;
    ["capacities", "timeline"].forEach(function (name) {
      Object.defineProperty(data, name, { enumerable: true, get: function () {
        made = made || window.chaingraphRows(data);
        return made[name];
      } });
    });
    data.chains = packed.chains.map(function (tab) {
      var segments = {};
      Object.keys(tab.segments).forEach(function (id) {
        var segment = Object.assign({}, tab.segments[id], { rows: rows(tab.segments[id].rows) });
        if (segment.leads) { segment.leads = rows(segment.leads); }
        segments[id] = segment;
      });
      return Object.assign({}, tab, { segments: segments });
    });
    return data;
  };
})();
