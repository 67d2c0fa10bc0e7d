/* chaingraph explorer: search ranking. A small pure function, kept apart from the page so that
   it reads (and is tested) on its own: exact labels and aliases first, then prefixes, then
   substrings; pinyin matches in the same three tiers, with or without spaces or tone marks, but a
   pinyin key is never what a result shows. */
(function () {
  "use strict";

  var EXACT = 0;
  var PREFIX = 1;
  var SUBSTRING = 2;

  // Lower case, no spaces, no tone marks (jiā nà → jiana); ü as v, the way the keys are written.
  function compact(text) {
    return text.normalize("NFD").replace(/\u0308/g, "v").replace(/[\u0300-\u036f\s]/g, "").toLowerCase()
      .replace(/u:/g, "v");
  }
  // Pinyin typed with tone numbers (jia1na4) matches too: digits are dropped before comparing with keys.
  function compactPinyin(text) { return compact(text).replace(/[1-5]/g, ""); }

  function tier(name, query) {
    if (!query) { return -1; }
    if (name === query) { return EXACT; }
    if (name.indexOf(query) === 0) { return PREFIX; }
    return name.indexOf(query) >= 0 ? SUBSTRING : -1;
  }

  /* entries: [{id, names: [label, alias, ...], pinyin: [key, ...]}]; names in the order a result
     should prefer to show them. Returns [{id, tier, shown}] best first: by tier, then shorter name,
     then id; `shown` is the label or alias that matched, or null when only pinyin matched. */
  function rank(query, entries, limit) {
    var spaced = query.trim().toLowerCase();
    var q = compact(query);
    var qPinyin = compactPinyin(query);
    if (!q) { return []; }
    var found = [];
    entries.forEach(function (entry) {
      var best = null;
      entry.names.forEach(function (name) {
        var lower = name.toLowerCase();
        var t = tier(lower, spaced);
        var tc = tier(compact(name), q);
        if (t < 0 || (tc >= 0 && tc < t)) { t = tc; }
        if (t >= 0 && (!best || t < best.tier || (t === best.tier && name.length < best.length))) {
          best = { tier: t, length: name.length, shown: name };
        }
      });
      (entry.pinyin || []).forEach(function (key) {
        var t = tier(key, qPinyin);
        if (t >= 0 && (!best || t < best.tier)) { best = { tier: t, length: key.length, shown: null }; }
      });
      if (best) { found.push({ id: entry.id, tier: best.tier, length: best.length, shown: best.shown }); }
    });
    found.sort(function (a, b) {
      return a.tier - b.tier || a.length - b.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    return found.slice(0, limit || 15).map(function (r) { return { id: r.id, tier: r.tier, shown: r.shown }; });
  }

  window.chaingraphSearch = { rank: rank, compact: compact };
})();
