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

  // The edges by node, as positions (compressed rows): at 20,000 entities and 80,000 edges,
  // string-keyed maps of small arrays cost the page most of a second; typed arrays do not.
  function adjacency(DATA, edges) {
    var ids = DATA.nodes.map(function (n) { return n.id; });
    var index = new Map(ids.map(function (id, i) { return [id, i]; }));
    var m = edges.length;
    var from = new Int32Array(m);
    var to = new Int32Array(m);
    var prop = new Array(m);
    var outCount = new Int32Array(ids.length + 1);
    var inCount = new Int32Array(ids.length + 1);
    edges.forEach(function (e, k) {
      from[k] = index.get(e.from);
      to[k] = index.get(e.to);
      prop[k] = e.p;
      outCount[from[k] + 1] += 1;
      inCount[to[k] + 1] += 1;
    });
    for (var i = 0; i < ids.length; i++) { outCount[i + 1] += outCount[i]; inCount[i + 1] += inCount[i]; }
    var outEdges = new Int32Array(m);
    var inEdges = new Int32Array(m);
    var outFill = outCount.slice(0, ids.length);
    var inFill = inCount.slice(0, ids.length);
    for (var k = 0; k < m; k++) { outEdges[outFill[from[k]]++] = k; inEdges[inFill[to[k]]++] = k; }
    return { ids: ids, index: index, from: from, to: to, prop: prop, outStart: outCount, outEdges: outEdges,
             inStart: inCount, inEdges: inEdges };
  }

  // The node at the other end of the first edge (by id) of `node` in `direction` ("out" or "in")
  // whose relation is `p` or `q` and whose other end passes `accept`; -1 if none.
  function firstLinked(g, node, direction, p, q, accept) {
    var out = direction === "out";
    var start = out ? g.outStart : g.inStart;
    var list = out ? g.outEdges : g.inEdges;
    var best = -1;
    for (var k = start[node]; k < start[node + 1]; k++) {
      var e = list[k];
      if (g.prop[e] !== p && g.prop[e] !== q) { continue; }
      var other = out ? g.to[e] : g.from[e];
      if (accept(other) && (best < 0 || g.ids[other] < g.ids[best])) { best = other; }
    }
    return best;
  }

  // The groups' keys ([kind, entity or class]) and each group's members (node positions), in node order.
  function grouping(DATA, g) {
    var nodes = DATA.nodes;
    var n = nodes.length;
    var kind = nodes.map(function (node) { return DATA.graph.groupKinds[node.cls] || null; });
    var parent = new Int32Array(n).fill(-1);
    for (var e = 0; e < g.from.length; e++) {
      var a = g.from[e];
      var b = g.to[e];
      if (g.prop[e] === "subSegmentOf" && kind[b] === "segment" && (parent[a] < 0 || g.ids[b] < g.ids[parent[a]])) {
        parent[a] = b;
      }
    }
    function topSegment(segment) {  // a cycle stops the climb where it closes
      var seen = new Set([segment]);
      while (parent[segment] >= 0 && !seen.has(parent[segment])) { segment = parent[segment]; seen.add(segment); }
      return segment;
    }
    var keyNumber = new Map();
    var keys = [];
    function keyOf(k, name) {
      var text = k + "\u0000" + name;
      if (!keyNumber.has(text)) { keyNumber.set(text, keys.length); keys.push([k, name]); }
      return keyNumber.get(text);
    }
    var group = new Int32Array(n).fill(-1);
    var grouped = function (i) { return group[i] >= 0; };
    kind.forEach(function (k, i) {
      if (k) { group[i] = keyOf(k, g.ids[k === "segment" ? topSegment(i) : i]); }
    });
    var wanted = [["park", PLACEMENT], ["zone", PLACEMENT], ["segment", ["inSegment", "inSegment"]]];
    for (var i = 0; i < n; i++) {
      if (group[i] >= 0) { continue; }
      for (var w = 0; w < wanted.length; w++) {
        var want = wanted[w][0];
        var found = firstLinked(g, i, "out", wanted[w][1][0], wanted[w][1][1], function (t) { return kind[t] === want; });
        if (found >= 0) { group[i] = group[found]; break; }
      }
    }
    // A chain of followers (capacity -> project -> operator) resolves in a few rounds.
    for (var round = 0; round < FOLLOW.length; round++) {
      var changed = false;
      for (i = 0; i < n; i++) {
        if (group[i] >= 0) { continue; }
        for (var f = 0; f < FOLLOW.length; f++) {
          var follower = firstLinked(g, i, FOLLOW[f][0], FOLLOW[f][1], FOLLOW[f][1], grouped);
          if (follower >= 0) { group[i] = group[follower]; changed = true; break; }
        }
      }
      if (!changed) { break; }
    }
    for (i = 0; i < n; i++) { if (group[i] < 0) { group[i] = keyOf("class", nodes[i].cls); } }

    var classOrder = new Map(DATA.classes.map(function (c, k) { return [c.key, k]; }));
    var order = keys.map(function (_, k) { return k; }).sort(function (x, y) {
      var a = keys[x];
      var b = keys[y];
      return KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]) ||
        (a[0] === "class" ? classOrder.get(a[1]) - classOrder.get(b[1]) : 0) || compare(a[1], b[1]);
    });
    var number = new Int32Array(keys.length);
    order.forEach(function (k, at) { number[k] = at; });
    var members = order.map(function () { return []; });
    var memberOf = new Array(n);
    for (i = 0; i < n; i++) { memberOf[i] = number[group[i]]; members[memberOf[i]].push(i); }
    return { keys: order.map(function (k) { return keys[k]; }), members: members, memberOf: memberOf };
  }

  // Members in depth-first order over the links between them, from the group's own place or
  // segment: a company, its project and the project's capacity come out next to each other.
  function memberOrder(g, members, first, memberOf, number) {
    var byId = function (a, b) { return compare(g.ids[a], g.ids[b]); };
    var order = [];
    var seen = new Set();
    function neighbours(m) {
      var found = new Set();
      var k;
      for (k = g.outStart[m]; k < g.outStart[m + 1]; k++) {
        var t = g.to[g.outEdges[k]];
        if (memberOf[t] === number && t !== m) { found.add(t); }
      }
      for (k = g.inStart[m]; k < g.inStart[m + 1]; k++) {
        var s = g.from[g.inEdges[k]];
        if (memberOf[s] === number && s !== m) { found.add(s); }
      }
      return Array.from(found).sort(byId);
    }
    var starts = (first >= 0 && memberOf[first] === number ? [first] : []).concat(members.slice().sort(byId));
    starts.forEach(function (start) {
      var stack = [start];
      while (stack.length) {
        var current = stack.pop();
        if (seen.has(current)) { continue; }
        seen.add(current);
        order.push(current);
        var next = neighbours(current).filter(function (x) { return !seen.has(x); });
        for (var i = next.length - 1; i >= 0; i--) { stack.push(next[i]); }
      }
    });
    return order;
  }

  // For each group, the zone group its park lies in (`PLACEMENT`), or -1: a zone's label counts
  // its parks' members, and the layout places a zone's parks around it.
  function parkZones(g, keys) {
    var zoneGroup = new Map();
    keys.forEach(function (key, i) { if (key[0] === "zone") { zoneGroup.set(g.index.get(key[1]), i); } });
    return keys.map(function (key) {
      if (key[0] !== "park") { return -1; }
      var zone = firstLinked(g, g.index.get(key[1]), "out", PLACEMENT[0], PLACEMENT[1],
                             function (t) { return zoneGroup.has(t); });
      return zone >= 0 ? zoneGroup.get(zone) : -1;
    });
  }

  function groups(DATA, g, made, zones) {
    var index = g.index;
    var classLabels = new Map(DATA.classes.map(function (c) { return [c.key, c.labels]; }));
    var found = made.keys.map(function (key, i) {
      var kind = key[0];
      var entity = kind === "class" ? null : key[1];
      var at = entity === null ? -1 : index.get(entity);
      made.members[i] = memberOrder(g, made.members[i], at, made.memberOf, i);
      return { id: "@group/" + i, kind: kind, entity: entity, cls: entity ? DATA.nodes[at].cls : key[1],
               labels: entity ? DATA.nodes[at].labels : classLabels.get(key[1]), count: made.members[i].length };
    });
    // The number a group's label shows: its own members and, for a zone, the members of the parks
    // inside it (a zone's own group holds little more than its bureaus).
    found.forEach(function (a) { a.total = a.count; });
    zones.forEach(function (zone, i) { if (zone >= 0) { found[zone].total += found[i].count; } });
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

  function layout(DATA, g, found, members, zones) {
    var radius = found.map(function (a) { return diskRadius(a.count); });
    var satellites = new Map();
    var loose = [];
    found.forEach(function (a, i) {
      var hub = zones[i];
      if (hub >= 0) {
        if (!satellites.has(hub)) { satellites.set(hub, []); }
        satellites.get(hub).push(i);
      } else if (a.kind === "zone" || a.kind === "park") {
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
    found.forEach(function (a, i) {
      if (a.kind === "segment") { segments.push(i); } else if (a.kind === "class") { classes.push(i); }
    });
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
    found.forEach(function (a, i) {
      var cx = centres[i][0];
      var cy = centres[i][1];
      a.x = Math.round(cx);
      a.y = Math.round(cy);
      if (!offsetsByCount.has(members[i].length)) { offsetsByCount.set(members[i].length, gridOffsets(members[i].length)); }
      var offsets = offsetsByCount.get(members[i].length);
      members[i].forEach(function (member, k) {
        positions[g.ids[member]] = [Math.round(cx + offsets[k][0]), Math.round(cy + offsets[k][1])];
      });
    });
    return positions;
  }

  window.chaingraphLayout = function (DATA, edges) {
    var GRAPH = DATA.graph;
    if (!GRAPH.groupKinds) { return; }  // a small region: the build laid it out
    var g = adjacency(DATA, edges);
    var made = grouping(DATA, g);
    var zones = parkZones(g, made.keys);
    var found = groups(DATA, g, made, zones);
    GRAPH.aggregates = found;
    GRAPH.memberOf = made.memberOf;
    GRAPH.positions = layout(DATA, g, found, made.members, zones);
  };
})();
