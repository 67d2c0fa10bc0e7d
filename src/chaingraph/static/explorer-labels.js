/* chaingraph explorer: which node labels to draw so that none covers another. Labels are taken
   in order of importance and a label that would cover one already taken, or the shape of a node
   ranked before it, is left out. Boxes are vis-network's own, in canvas units, as last drawn. */
(function () {
  "use strict";

  // A drawn node's label box in canvas units, or null before it is first drawn or without a label.
  function box(network, id) {
    var node = network.body.nodes[id];
    var size = node && node.labelModule && node.labelModule.size;
    if (!size || !size.width || !node.options.label) { return null; }
    return { left: size.left, top: size.top, right: size.left + size.width, bottom: size.top + size.height };
  }

  function meets(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }

  // The ids (of `ids`) whose label is not to be drawn; `priority(id)` gives a sort key, smallest first.
  function covered(network, ids, priority) {
    var ranked = ids.map(function (id) { return { id: id, key: priority(id) }; });
    ranked.sort(function (a, b) {
      return a.key[0] - b.key[0] || a.key[1] - b.key[1] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    var taken = [];  // labels drawn, and the shapes of the nodes ranked so far
    var hide = new Set();
    ranked.forEach(function (r) {
      var node = network.body.nodes[r.id];
      var label = box(network, r.id);
      if (label) {
        if (taken.some(function (o) { return meets(label, o); })) { hide.add(r.id); } else { taken.push(label); }
      }
      var size = node.options.size || 0;
      taken.push({ left: node.x - size, right: node.x + size, top: node.y - size, bottom: node.y + size });
    });
    return hide;
  }

  window.chaingraphLabels = { box: box, covered: covered };
})();
