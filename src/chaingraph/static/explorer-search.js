/* chaingraph explorer: search. The ranking is a small pure function, kept apart so that it reads
   (and is tested) on its own: exact labels and aliases first, then prefixes, then substrings;
   pinyin matches in the same three tiers, with or without spaces or tone marks, but a pinyin key
   is never what a result shows. Then the search box that uses it. */
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

  /* A name's pinyin keys (joined, and initials), spelled from `table` (DATA.pinyin, made by
     views/explorer/pinyin.py): the names pypinyin reads by a phrase are there with their keys;
     any other reads as its characters' readings one after the other, and a run of anything else
     (Latin letters, digits) as one lower-case word without spaces. No keys without a Chinese character. */
  function spell(name, table) {
    if (!name) { return []; }
    if (Object.prototype.hasOwnProperty.call(table.names, name)) { return table.names[name]; }
    var words = [];
    var run = "";
    var chinese = false;
    function flush() {
      if (run.trim()) { words.push(run.toLowerCase().replace(/ /g, "")); }
      run = "";
    }
    Array.from(name).forEach(function (c) {
      var reading = Object.prototype.hasOwnProperty.call(table.chars, c) ? table.chars[c] : null;
      if (reading === null) { run += c; return; }
      flush();
      chinese = true;
      words.push(reading);
    });
    flush();
    if (!chinese) { return []; }
    var joined = words.join("");
    var initials = words.map(function (w) { return w.charAt(0); }).join("");
    return joined === initials ? [joined] : [joined, initials];
  }

  /* The search box: results as the user types (a result shows its label, class and, when that is
     what matched, the alias or other-language label, never a pinyin key); Enter or a click chooses.
     `app` gives the nodes and the page's helpers; `app.choose(id)` opens the chosen entity. */
  function box(app) {
    var searchInput = document.getElementById("search");
    var resultsEl = document.getElementById("search-results");
    var searchResults = [];
    var activeResult = 0;

    // What rank() compares: labels and aliases, which a result may show,
    // and pinyin keys, which it never shows.
    var searchEntries = app.nodes.map(function (node) {
      var aliases = node.aliases || {};
      var names = [node.labels.zh, node.labels.en].concat(aliases.zh || [], aliases.en || []);
      var pinyin = [node.labels.zh].concat(aliases.zh || []).reduce(function (keys, name) {
        return keys.concat(spell(name, app.pinyin));
      }, []);
      return { id: node.id, names: names.filter(Boolean), pinyin: pinyin };
    });
    function search(query) { return rank(query, searchEntries, 15); }

    function showResults() {
      searchResults = search(searchInput.value);
      activeResult = 0;
      resultsEl.replaceChildren();
      if (!searchInput.value.trim()) { resultsEl.hidden = true; return; }
      if (!searchResults.length) {
        resultsEl.appendChild(app.el("li", "empty", app.t("noMatch")));
      }
      searchResults.forEach(function (result, i) {
        var li = app.el("li");
        li.setAttribute("role", "option");
        li.dataset.entity = result.id;
        li.setAttribute("aria-selected", i === activeResult ? "true" : "false");
        var node = app.nodesById.get(result.id);
        li.appendChild(app.swatch(node.cls));
        li.appendChild(document.createTextNode(" " + app.label(result.id)));
        var hint = app.classLabel(node.cls);
        if (result.shown && result.shown !== app.label(result.id)) { hint += " · " + result.shown; }
        li.appendChild(app.el("span", "hint", hint));
        li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
        resultsEl.appendChild(li);
      });
      resultsEl.hidden = false;
    }

    function choose(i) {
      var result = searchResults[i];
      if (!result) { return; }
      resultsEl.hidden = true;
      app.choose(result.id);
    }

    searchInput.addEventListener("input", showResults);
    searchInput.addEventListener("focus", function () { if (searchInput.value.trim()) { showResults(); } });
    searchInput.addEventListener("blur", function () { resultsEl.hidden = true; });
    searchInput.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); choose(activeResult); }
      else if (event.key === "Escape") { resultsEl.hidden = true; }
      else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!searchResults.length) { return; }
        activeResult = (activeResult + (event.key === "ArrowDown" ? 1 : searchResults.length - 1)) % searchResults.length;
        Array.prototype.forEach.call(resultsEl.children, function (li, i) {
          li.setAttribute("aria-selected", i === activeResult ? "true" : "false");
        });
      }
    });
    return { refresh: function () { if (!resultsEl.hidden) { showResults(); } } };
  }

  window.chaingraphSearch = { rank: rank, compact: compact, spell: spell, box: box };
})();
