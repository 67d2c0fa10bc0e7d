/* chaingraph explorer: what the graph view draws. The edges, derived from the facts (the page
   does not carry them twice); and for large regions the groups (zones, parks, chain segments,
   classes) the page opens on, each drawn either as one node or, once expanded, as its members,
   with the relations between what is drawn bundled into one edge per pair of drawn nodes.
   `chaingraphGroups(DATA, aggregated)` is called once by explorer.js. */
(function () {
  "use strict";

  window.chaingraphGroups = function (DATA, aggregatedMode) {
    var GRAPH = DATA.graph;
    // One edge per relation between two nodes (and per role, for positions), in the order the build
    // sorts them: the page derives them from the facts rather than carrying them twice.
    function edgesFromFacts() {
      var referenceOnly = DATA.evidence.map(function (record) { return record.basis !== undefined; });
      var found = new Map();
      DATA.nodes.forEach(function (node) {
        node.facts.forEach(function (fact) {
          var target = fact.o && fact.o.node;
          if (!target) { return; }
          var key = JSON.stringify([node.id, target, fact.p, fact.role || null]);
          var edge = { from: node.id, to: target, p: fact.p,
                       reference: fact.ev.length > 0 && fact.ev.every(function (i) { return referenceOnly[i]; }) };
          if (fact.role) { edge.role = fact.role; }
          found.set(key, edge);
        });
      });
      return Array.from(found.keys()).sort().map(function (key) { return found.get(key); });
    }

    var edges = edgesFromFacts();
    DATA.edges = edges;
    window.chaingraphLayout(DATA, edges);  // explorer-layout.js: the groups and positions of a large region
    var nodeIndex = new Map(DATA.nodes.map(function (n, i) { return [n.id, i]; }));
    var groupIndex = new Map(GRAPH.aggregates.map(function (a, i) { return [a.id, i]; }));
    var groupMembers = GRAPH.aggregates.map(function () { return []; });
    GRAPH.memberOf.forEach(function (g, i) { groupMembers[g].push(DATA.nodes[i].id); });
    var expanded = new Set();  // indices of the groups drawn as their members

    function groupOf(id) { return GRAPH.memberOf.length ? GRAPH.memberOf[nodeIndex.get(id)] : -1; }
    // The id of what stands for an entity in the drawing: itself, or its collapsed group.
    function shownAs(id) {
      if (!aggregatedMode) { return id; }
      var g = groupOf(id);
      return expanded.has(g) ? id : GRAPH.aggregates[g].id;
    }
    function isGroup(id) { return groupIndex.has(id); }

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

    return { edges: edges, index: groupIndex, members: groupMembers, expanded: expanded, groupOf: groupOf,
             shownAs: shownAs, isGroup: isGroup, wanted: wantedGraph };
  };
})();
