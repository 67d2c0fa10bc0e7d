/* chaingraph explorer: what scripts, benchmarks and tests read of the page, as
   window.chaingraphExplorer (ready, mode, groups, what is drawn, label boxes, the camera).
   `chaingraphHook(page)` is called by explorer.js with the graph view's parts. */
(function () {
  "use strict";

  window.chaingraphHook = function (page) {
    var state = page.state;
    var network = page.network;
    var GRAPH = page.GRAPH;
    var DATA = page.DATA;
    var visNodes = page.visNodes;
    var visEdges = page.visEdges;
    var graphEl = page.graphEl;
    var groupMembers = page.groupMembers;
    var expanded = page.expanded;
    var groupIndex = page.groupIndex;
    var groupOf = page.groupOf;
    var groupLabel = page.groupLabel;
    var expand = page.expand;
    var collapse = page.collapse;
    var visibleNodeIds = page.visibleNodeIds;
    var labelBox = page.labelBox;

    return {
      get stable() { return state.stable; },
      get ready() { return state.stable; },
      get readyAt() { return state.readyAt; },
      redraw: function () { network.redraw(); },
      get mode() { return page.aggregatedMode ? "aggregated" : "full"; },
      groups: function () {
        return GRAPH.aggregates.map(function (a, i) {
          return { id: a.id, kind: a.kind, entity: a.entity, cls: a.cls, count: a.count, total: a.total,
                   label: groupLabel(a),
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
      get scale() { return network.getScale(); },
      // Label boxes of the nodes whose label is drawn, in page pixels, for those inside the graph's area.
      labelBoxes: function () {
        var area = graphEl.getBoundingClientRect();
        var out = [];
        network.body.nodeIndices.forEach(function (id) {
          var box = labelBox(id);
          if (!box || page.hiddenLabels.has(id) || box.bottom - box.top <= 0) { return; }
          var a = network.canvasToDOM({ x: box.left, y: box.top });
          var b = network.canvasToDOM({ x: box.right, y: box.bottom });
          var r = { id: id, left: area.left + a.x, top: area.top + a.y, right: area.left + b.x, bottom: area.top + b.y };
          if (r.right > area.left && r.left < area.right && r.bottom > area.top && r.top < area.bottom) { out.push(r); }
        });
        return out;
      },
      nodesInView: function () {
        var area = graphEl.getBoundingClientRect();
        return visibleNodeIds().filter(function (id) {
          var p = network.canvasToDOM(network.getPosition(id));
          return p.x >= 0 && p.y >= 0 && p.x <= area.width && p.y <= area.height;
        });
      },
      edgeLabels: function () {
        return visEdges.get().filter(function (e) { return e.label; }).map(function (e) { return [e.from, e.to, e.label]; });
      },
      get labelsSettled() { return !page.labelsDirty; },
      // The size on screen, in pixels, of a drawn node's label text.
      labelPixels: function (id) {
        var node = network.body.nodes[id];
        return node ? node.labelModule.fontOptions.size * network.getScale() : null;
      },
      focus: function (id) { network.focus(id, { scale: 1.2, animation: false }); },
      fadedNodeIds: function () {
        return visNodes.get({ filter: function (n) { return n.font && n.font.color === "#d5dae0"; } })
          .map(function (n) { return n.id; });
      }
    };
  };
})();
