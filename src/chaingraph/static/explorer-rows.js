/* chaingraph explorer: the capacities table's rows and the timeline's events, made by the page
   from the facts it carries (as explorer-layout.js makes the groups), so that no build spends
   the time and the page does not carry them twice. The build sends only what the facts do not
   say: each class's kind of row (DATA.rowKinds, from the ontology), the words of units and
   periods (DATA.units, from facts/wording.py) and each status term's notation (DATA.statusTerms).
   `chaingraphRows(data)` gives { capacities, timeline }; explorer-data.js calls it on the
   unpacked data.

   A capacity's row: value, its number in words, unit and period in words, status, the date it
   refers to (its cg:date, else cg:startDate, never the article's date), holders, products,
   the products' segments and the evidence of every fact about it and of its holders' hasCapacity.
   A timeline event: a project's, signing's or capacity's start (cg:startDate) or dated status
   (cg:date with its status), oldest first; the undated ones counted by kind. */
(function () {
  "use strict";

  var TIMELINE_KINDS = ["project", "signing", "capacity"];

  function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function byNumber(a, b) { return a - b; }

  // The facts of one node by property, and the evidence of a property's facts (of those pointing
  // at `target` when given), as a sorted list without repeats.
  function factsBy(node) {
    var by = {};
    node.facts.forEach(function (fact) { (by[fact.p] = by[fact.p] || []).push(fact); });
    return by;
  }
  function evidence(facts, target, into) {
    var found = into || new Set();
    (facts || []).forEach(function (fact) {
      if (target === undefined || (fact.o && fact.o.node === target)) { fact.ev.forEach(function (i) { found.add(i); }); }
    });
    return found;
  }
  function sorted(set) { return Array.from(set).sort(byNumber); }
  // A fact's value as text: a literal's lexical form, a term's or an IRI's local name.
  function text(facts) {
    var o = facts && facts.length ? facts[0].o : null;
    if (!o) { return null; }
    if (o.text !== undefined) { return o.text; }
    if (o.term !== undefined) { return o.term; }
    return o.iri !== undefined ? o.iri.split("#").pop() : null;
  }

  // Unit and period in words by language; a code the build's wording does not know stays as given.
  function unitWords(units, unit, period) {
    var names = units.units[unit || ""] || [null, null];
    var periods = units.periods[period || ""] || [null, null];
    return { unit: { zh: names[0] || unit || "", en: names[1] || unit || "" },
             period: { zh: (periods[0] || period || "").replace(/^\/+/, ""), en: (periods[1] || period || "").trim() } };
  }

  window.chaingraphRows = function (data) {
    var nodes = data.nodes;
    var kinds = data.rowKinds || {};
    var statusTerms = data.statusTerms || {};
    var position = new Map(nodes.map(function (n, i) { return [n.id, i]; }));
    var byPosition = function (a, b) { return position.get(a) - position.get(b); };
    var byNode = new Array(nodes.length);  // each node's facts by property, for the nodes read
    function factsOf(i) { return byNode[i] || (byNode[i] = factsBy(nodes[i])); }
    var holders = new Map();  // capacity -> its holders, in node (IRI) order
    nodes.forEach(function (node) {
      node.facts.forEach(function (fact) {
        var capacity = fact.p === "hasCapacity" && fact.o ? fact.o.node : null;
        if (capacity === undefined || capacity === null) { return; }
        if (!holders.has(capacity)) { holders.set(capacity, []); }
        if (holders.get(capacity).indexOf(node.id) < 0) { holders.get(capacity).push(node.id); }
      });
    });
    function targets(list) {
      var found = new Set();
      (list || []).forEach(function (fact) { if (fact.o && typeof fact.o.node === "string") { found.add(fact.o.node); } });
      return Array.from(found).sort(byPosition);
    }
    function status(f) {
      var term = text(f.status);
      return term === null ? null : (statusTerms[term] || term);
    }

    var capacities = [];
    var events = [];
    var undated = {};
    TIMELINE_KINDS.forEach(function (k) { undated[k] = 0; });
    nodes.forEach(function (node, i) {
      var kind = kinds[node.cls];
      if (TIMELINE_KINDS.indexOf(kind) < 0) { return; }
      var f = factsOf(i);
      var start = text(f.startDate);
      var date = text(f.date);
      if (kind === "capacity") {
        var value = f.value && f.value.length ? f.value[0].o : null;
        var products = targets(f.ofProduct);
        var segments = new Set();
        products.forEach(function (p) { targets(factsOf(position.get(p)).inSegment).forEach(function (s) { segments.add(s); }); });
        var own = new Set();
        node.facts.forEach(function (fact) { fact.ev.forEach(function (e) { own.add(e); }); });
        var held = holders.get(node.id) || [];
        held.forEach(function (h) { evidence(factsOf(position.get(h)).hasCapacity, node.id, own); });
        var words = unitWords(data.units, text(f.unitCode), text(f.perPeriod));
        capacities.push({ capacity: node.id, value: value ? Number(value.text) : null,
                          number: value ? (value.display || { zh: value.text, en: value.text }) : null,
                          qualifier: text(f.valueQualifier), unit: words.unit, period: words.period,
                          status: status(f), date: date || start || null, holders: held, products: products,
                          segments: Array.from(segments).sort(byPosition), ev: sorted(own) });
      }
      if (!start && !date) { undated[kind] += 1; }
      if (start) {
        events.push({ date: start, kind: kind, entity: node.id, event: "start", status: null,
                      ev: sorted(evidence(f.startDate)) });
      }
      if (date) {
        events.push({ date: date, kind: kind, entity: node.id, event: "status", status: status(f),
                      ev: sorted(evidence(f.status, undefined, evidence(f.date))) });
      }
    });
    events.sort(function (a, b) {
      return compare(a.date, b.date) || TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind) ||
        compare(a.entity, b.entity) || compare(a.event, b.event);
    });
    return { capacities: capacities, timeline: { events: events, undated: undated } };
  };
})();
