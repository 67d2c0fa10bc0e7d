/* chaingraph explorer: where the graph view looks: fitting what the filters keep, the opening
   view, an opened group. `chaingraphCamera(app)` is called once by explorer.js after the network
   exists; app.changed() is told after every move (edge labels, group sizes, decluttering). */
(function () {
  "use strict";

  var OPEN_SCALE = 0.62;  // the opening zoom of the graph: node labels at 13 px
  var MAX_FIT_SCALE = 1.5;  // a fit never blows one node up to fill the window

  window.chaingraphCamera = function (app) {
    var network = app.network;
    var visNodes = app.visNodes;

    function visibleNodeIds() {
      return visNodes.get({ filter: function (n) { return !n.hidden; }, fields: ["id"] })
        .map(function (n) { return n.id; });
    }
    // Show these nodes (by default every node the filters keep), never closer than MAX_FIT_SCALE.
    function fitNodes(ids) {
      if (!ids.length) { return; }
      network.fit({ nodes: ids, animation: false });
      if (network.getScale() > MAX_FIT_SCALE) { network.moveTo({ scale: MAX_FIT_SCALE, animation: false }); }
      app.changed();
    }
    function fitVisible() { fitNodes(visibleNodeIds()); }
    // The opening view: everything, unless that makes labels too small to read; then the centre
    // zone at the smallest zoom that keeps labels readable. (Groups grow as the view zooms out.)
    function home() {
      fitVisible();
      var anchor = app.DATA.centre ? app.shownAs(app.DATA.centre) : null;
      var drawn = anchor ? visNodes.get(anchor) : null;
      if (!app.aggregatedMode && drawn && !drawn.hidden && network.getScale() < OPEN_SCALE) {
        network.moveTo({ position: network.getPosition(anchor), scale: OPEN_SCALE, animation: false });
      }
      app.changed();
    }
    // An opened group: its members at a zoom where their labels read, centred on the group.
    function showGroup(i) {
      fitNodes(app.groupMembers[i]);
      if (network.getScale() < OPEN_SCALE) {
        var a = app.GRAPH.aggregates[i];
        network.moveTo({ position: { x: a.x, y: a.y }, scale: OPEN_SCALE, animation: false });
        app.changed();
      }
    }

    return { visibleNodeIds: visibleNodeIds, fitVisible: fitVisible, home: home, showGroup: showGroup };
  };
})();
