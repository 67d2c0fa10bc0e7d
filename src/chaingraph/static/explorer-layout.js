/* chaingraph explorer: the groups of a large region and where the graph view draws them, made
   by the page from its facts (views/explorer/groups.py says the rules; the build sends only
   DATA.graph.groupKinds, the classes that head a group of their own, from the ontology).
   `chaingraphLayout(DATA, edges)` fills DATA.graph.aggregates, memberOf and positions; it is
   called by explorer-groups.js once the edges are derived, and does nothing for a small region,
   whose positions come from the build.

   Deterministic, n log n: each group's members in a grid of label-sized cells around its centre;
   the parks of a zone around the zone; zones in rows (the centre zone first), then the chain
   segments upstream to downstream, then the groups by class. Groups never overlap, so any mix of
   expanded and collapsed groups reads without anything moving. */
(function () {
  "use strict";

  var PLACEMENT = ["locatedIn", "partOf"];  // relations that put an entity in a park or zone
  // How an entity without a place of its own joins a group: [direction, relation], in order of preference.
  var FOLLOW = [["in", "hasCapacity"], ["in", "hasIndicator"], ["out", "operatedBy"], ["out", "partner"],
                ["out", "position"], ["out", "governs"], ["out", "subOrganizationOf"], ["in", "operatedBy"]];
  var KIND_ORDER = ["zone", "park", "segment", "class"];
  // A member's cell holds a label of three lines (wrapped at the page's 190 px).
  var CELL_WIDTH = 230;
  var CELL_HEIGHT = 120;
  var WINDOW_ASPECT = 1.4;  // rows of groups laid out for a window wider than tall
  var GROUP_GAP = 120;  // pixels between neighbouring groups

  function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function smallest(list) { return list.reduce(function (m, x) { return m === null || x < m ? x : m; }, null); }

  // The groups' keys ([kind, entity or class]) and each group's members, in node order.
  function grouping(DATA, edges) {
    var kindOfClass = DATA.graph.groupKinds;
    var kinds = new Map();
    DATA.nodes.forEach(function (n) { if (kindOfClass[n.cls]) { kinds.set(n.id, kindOfClass[n.cls]); } });
    var outgoing = new Map();
    var incoming = new Map();
    DATA.nodes.forEach(function (n) { outgoing.set(n.id, []); incoming.set(n.id, []); });
    var parent = new Map();
    edges.forEach(function (e) {
      outgoing.get(e.from).push([e.p, e.to]);
      incoming.get(e.to).push([e.p, e.from]);
      if (e.p === "subSegmentOf" && kinds.get(e.to) === "segment" &&
          (!parent.has(e.from) || e.to < parent.get(e.from))) { parent.set(e.from, e.to); }
    });
    function topSegment(segment) {  // a cycle stops the climb where it closes
      var seen = new Set([segment]);
      while (parent.has(segment) && !seen.has(parent.get(segment))) { segment = parent.get(segment); seen.add(segment); }
      return segment;
    }
    var group = new Map();
    kinds.forEach(function (kind, id) { group.set(id, [kind, kind === "segment" ? topSegment(id) : id]); });
    function firstLinked(links, props, accept) {
      return smallest(links.filter(function (l) { return props.indexOf(l[0]) >= 0 && accept(l[1]); })
        .map(function (l) { return l[1]; }));
    }
    DATA.nodes.forEach(function (n) {
      if (group.has(n.id)) { return; }
      var wanted = [["park", PLACEMENT], ["zone", PLACEMENT], ["segment", ["inSegment"]]];
      for (var w = 0; w < wanted.length; w++) {
        var kind = wanted[w][0];
        var found = firstLinked(outgoing.get(n.id), wanted[w][1], function (t) { return kinds.get(t) === kind; });
        if (found !== null) { group.set(n.id, group.get(found)); return; }
      }
    });
    // A chain of followers (capacity -> project -> operator) resolves in a few rounds.
    for (var round = 0; round < FOLLOW.length; round++) {
      var changed = false;
      DATA.nodes.forEach(function (n) {
        if (group.has(n.id)) { return; }
        for (var f = 0; f < FOLLOW.length; f++) {
          var links = (FOLLOW[f][0] === "out" ? outgoing : incoming).get(n.id);
          var found = firstLinked(links, [FOLLOW[f][1]], function (t) { return group.has(t); });
          if (found !== null) { group.set(n.id, group.get(found)); changed = true; return; }
        }
      });
      if (!changed) { break; }
    }
    DATA.nodes.forEach(function (n) { if (!group.has(n.id)) { group.set(n.id, ["class", n.cls]); } });

    var classOrder = DATA.classes.map(function (c) { return c.key; });
    var keys = new Map();
    group.forEach(function (key) { keys.set(key[0] + "\u0000" + key[1], key); });
    var sorted = Array.from(keys.values()).sort(function (a, b) {
      return KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]) ||
        (a[0] === "class" ? classOrder.indexOf(a[1]) - classOrder.indexOf(b[1]) : 0) || compare(a[1], b[1]);
    });
    var number = new Map(sorted.map(function (key, i) { return [key[0] + "\u0000" + key[1], i]; }));
    var members = sorted.map(function () { return []; });
    var memberOf = DATA.nodes.map(function (n) {
      var key = group.get(n.id);
      var i = number.get(key[0] + "\u0000" + key[1]);
      members[i].push(n.id);
      return i;
    });
    return { keys: sorted, members: members, memberOf: memberOf, outgoing: outgoing, incoming: incoming };
  }

  // Members in depth-first order over the links between them, from the group's own place or
  // segment: a company, its project and the project's capacity come out next to each other.
  function memberOrder(members, first, outgoing, incoming) {
    var inside = new Set(members);
    var order = [];
    var seen = new Set();
    function neighbours(m) {
      var found = new Set();
      outgoing.get(m).concat(incoming.get(m)).forEach(function (l) {
        if (inside.has(l[1]) && l[1] !== m) { found.add(l[1]); }
      });
      return Array.from(found).sort(compare);
    }
    var starts = (first !== null && inside.has(first) ? [first] : []).concat(members.slice().sort(compare));
    starts.forEach(function (start) {
      var stack = [start];
      while (stack.length) {
        var current = stack.pop();
        if (seen.has(current)) { continue; }
        seen.add(current);
        order.push(current);
        var next = neighbours(current).filter(function (n) { return !seen.has(n); });
        for (var i = next.length - 1; i >= 0; i--) { stack.push(next[i]); }
      }
    });
    return order;
  }

  function groups(DATA, made) {
    var byId = new Map(DATA.nodes.map(function (n) { return [n.id, n]; }));
    var classLabels = new Map(DATA.classes.map(function (c) { return [c.key, c.labels]; }));
    var found = made.keys.map(function (key, i) {
      var kind = key[0];
      var entity = kind === "class" ? null : key[1];
      made.members[i] = memberOrder(made.members[i], entity, made.outgoing, made.incoming);
      return { id: "@group/" + i, kind: kind, entity: entity, cls: entity ? byId.get(entity).cls : key[1],
               labels: entity ? byId.get(entity).labels : classLabels.get(key[1]), count: made.members[i].length };
    });
    // The number a group's label shows: its own members and, for a zone, the members of the parks
    // inside it (a zone's own group holds little more than its bureaus).
    var zoneOf = new Map();
    found.forEach(function (g, i) { if (g.kind === "zone") { zoneOf.set(g.entity, i); } g.total = g.count; });
    found.forEach(function (g) {
      if (g.kind !== "park") { return; }
      var zone = smallest(made.outgoing.get(g.entity).filter(function (l) {
        return PLACEMENT.indexOf(l[0]) >= 0 && zoneOf.has(l[1]);
      }).map(function (l) { return l[1]; }));
      if (zone !== null) { found[zoneOf.get(zone)].total += g.count; }
    });
    return found;
  }

  // Columns and rows (both odd, so that one cell is the centre) of a grid about as wide as tall.
  function gridShape(count) {
    var cols = Math.max(1, Math.ceil(Math.sqrt(count * CELL_HEIGHT / CELL_WIDTH)));
    cols += 1 - cols % 2;
    var rows = Math.max(1, Math.ceil(count / cols));
    rows += 1 - rows % 2;
    return [cols, rows];
  }
  // Offsets of `count` members from their group's centre, nearest the centre first, so that the
  // first member (the park or zone itself) takes the centre.
  function gridOffsets(count) {
    var shape = gridShape(count);
    var cells = [];
    for (var r = 0; r < shape[1]; r++) {
      for (var c = 0; c < shape[0]; c++) {
        var x = (c - (shape[0] - 1) / 2) * CELL_WIDTH;
        var y = (r - (shape[1] - 1) / 2) * CELL_HEIGHT;
        cells.push([x, y, Math.round(Math.hypot(x, y * CELL_WIDTH / CELL_HEIGHT)), Math.atan2(y, x)]);
      }
    }
    cells.sort(function (a, b) { return a[2] - b[2] || a[3] - b[3]; });
    return cells.slice(0, count);
  }
  // Radius of the disk around the grid of `count` members, with room for the outer labels.
  function diskRadius(count) {
    var shape = gridShape(count);
    return Math.hypot(shape[0] * CELL_WIDTH, shape[1] * CELL_HEIGHT) / 2 + CELL_HEIGHT / 2;
  }

  // Place [radius, Map(group -> offset)] items left to right in rows `width` wide from `top`;
  // returns the bottom of the last row.
  function shelf(items, top, width, centres) {
    var x = 0;
    var rowHeight = 0;
    items.forEach(function (item) {
      var extent = item[0];
      if (x > 0 && x + 2 * extent > width) { top += rowHeight + GROUP_GAP; x = 0; rowHeight = 0; }
      item[1].forEach(function (offset, g) { centres[g] = [x + extent + offset[0], top + extent + offset[1]]; });
      x += 2 * extent + GROUP_GAP;
      rowHeight = Math.max(rowHeight, 2 * extent);
    });
    return top + rowHeight;
  }

  function layout(DATA, found, members, edges) {
    var radius = found.map(function (g) { return diskRadius(g.count); });
    var zoneGroup = new Map();
    found.forEach(function (g, i) { if (g.kind === "zone") { zoneGroup.set(g.entity, i); } });
    var partOf = new Map();
    edges.forEach(function (e) {
      if (PLACEMENT.indexOf(e.p) >= 0 && zoneGroup.has(e.to)) {
        if (!partOf.has(e.from)) { partOf.set(e.from, []); }
        partOf.get(e.from).push(e.to);
      }
    });
    var satellites = new Map();
    var loose = [];
    found.forEach(function (g, i) {
      if (g.kind === "park" && partOf.has(g.entity)) {
        var hub = zoneGroup.get(smallest(partOf.get(g.entity)));
        if (!satellites.has(hub)) { satellites.set(hub, []); }
        satellites.get(hub).push(i);
      } else if (g.kind === "zone" || g.kind === "park") {
        loose.push(i);
      }
    });
    loose.sort(function (a, b) {
      return (found[a].entity !== DATA.centre) - (found[b].entity !== DATA.centre) ||
        (found[a].kind !== "zone") - (found[b].kind !== "zone") || a - b;
    });
    var clusters = loose.map(function (hub) {
      var around = satellites.get(hub) || [];
      var offsets = new Map([[hub, [0, 0]]]);
      var extent = radius[hub];
      if (around.length) {
        var widest = Math.max.apply(null, around.map(function (s) { return radius[s]; }));
        var circumference = around.reduce(function (sum, s) { return sum + 2 * radius[s] + GROUP_GAP; }, 0);
        var distance = Math.max(radius[hub] + widest + GROUP_GAP, circumference / (2 * Math.PI));
        var walked = 0;
        around.forEach(function (s) {
          var angle = -Math.PI / 2 + 2 * Math.PI * (walked + radius[s] + GROUP_GAP / 2) / circumference;
          walked += 2 * radius[s] + GROUP_GAP;
          offsets.set(s, [distance * Math.cos(angle), distance * Math.sin(angle)]);
        });
        extent = distance + widest;
      }
      return [extent, offsets];
    });
    var rank = DATA.chain.ranks || {};
    var single = function (i) { return [radius[i], new Map([[i, [0, 0]]])]; };
    var segments = [];
    var classes = [];
    found.forEach(function (g, i) { if (g.kind === "segment") { segments.push(i); } else if (g.kind === "class") { classes.push(i); } });
    segments.sort(function (a, b) {
      return (rank[found[a].entity] || 0) - (rank[found[b].entity] || 0) || compare(found[a].entity, found[b].entity);
    });
    var rows = [clusters, segments.map(single), classes.map(single)];
    // rows about WINDOW_ASPECT times as wide as the whole is tall, so that a fit fills a screen
    var squares = 0;
    var widest = 0;
    rows.forEach(function (row) {
      row.forEach(function (item) { squares += Math.pow(2 * item[0] + GROUP_GAP, 2); widest = Math.max(widest, 2 * item[0]); });
    });
    var width = Math.max(WINDOW_ASPECT * Math.sqrt(squares), widest);
    var centres = {};
    var top = 0;
    rows.forEach(function (row) { top = shelf(row, top, width, centres) + GROUP_GAP; });
    var positions = {};
    var offsetsByCount = new Map();
    found.forEach(function (g, i) {
      var cx = centres[i][0];
      var cy = centres[i][1];
      g.x = Math.round(cx);
      g.y = Math.round(cy);
      if (!offsetsByCount.has(members[i].length)) { offsetsByCount.set(members[i].length, gridOffsets(members[i].length)); }
      var offsets = offsetsByCount.get(members[i].length);
      members[i].forEach(function (member, k) {
        positions[member] = [Math.round(cx + offsets[k][0]), Math.round(cy + offsets[k][1])];
      });
    });
    return positions;
  }

  window.chaingraphLayout = function (DATA, edges) {
    var GRAPH = DATA.graph;
    if (!GRAPH.groupKinds) { return; }  // a small region: the build laid it out
    var made = grouping(DATA, edges);
    var found = groups(DATA, made);
    GRAPH.aggregates = found;
    GRAPH.memberOf = made.memberOf;
    GRAPH.positions = layout(DATA, found, made.members, edges);
  };
})();
