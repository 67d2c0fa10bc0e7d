/* chaingraph explorer: which view shows, in which language, from which address: the toolbar's
   controls (segment filter, fit, neighbourhood), the view buttons, the language switch and the
   address's #. `chaingraphViews(app)` is called once by explorer.js, after the graph, the panel,
   the search and the legend exist and before the extensions run; `open()` then shows the
   opening view, once the extensions have registered theirs. */
(function () {
  "use strict";

  window.chaingraphViews = function (app) {
    var DATA = app.DATA;
    var state = app.state;
    var ext = app.ext;
    var t = app.t;
    var network = app.network;

    var segmentSelect = document.getElementById("segment-filter");
    function fillSegments() {
      var current = state.segment;
      segmentSelect.replaceChildren(new Option(t("allSegments"), ""));
      DATA.chain.segments.forEach(function (id) {
        var depth = "";
        segmentSelect.appendChild(new Option(depth + app.label(id), id));
      });
      segmentSelect.value = current;
      segmentSelect.disabled = DATA.chain.segments.length === 0;
    }
    segmentSelect.addEventListener("change", function () {
      state.segment = segmentSelect.value;
      app.applyVisibility();
      app.fitVisible();
    });
    document.getElementById("fit").addEventListener("click", app.fitVisible);

    var neighbourBox = document.getElementById("neighbourhood");
    neighbourBox.addEventListener("change", function () { state.neighbourhood = neighbourBox.checked; app.applyFade(); });

    // ---------------------------------------------------------------- views

    // HOOK(extensions): every view is a .view in #views with a [data-view] button; the chain view,
    // the capacities table and the timeline are drawn by static/explorer-*.js when first shown.
    function showView(view) {
      state.view = view;
      document.body.dataset.view = view;
      document.querySelectorAll("#views > .view").forEach(function (div) { div.hidden = div.id !== view; });
      document.querySelectorAll("[data-view]").forEach(function (button) {
        button.setAttribute("aria-pressed", button.dataset.view === view ? "true" : "false");
      });
      segmentSelect.disabled = view !== "graph" || DATA.chain.segments.length === 0;
      neighbourBox.disabled = view !== "graph";
      document.getElementById("fit").disabled = view !== "graph";  // it fits the graph only
      document.getElementById("status").hidden = view !== "graph";
      document.getElementById("legend").classList.toggle("inactive", view !== "graph");
      if (view === "graph") {
        // A graph laid out while hidden is measured and fitted the first time it is shown.
        network.setSize("100%", "100%");
        if (state.stable && !state.homed) { app.home(); state.homed = true; }
      }
      if (ext.views[view]) { ext.views[view](); } else { network.redraw(); }
    }
    document.querySelectorAll("[data-view]").forEach(function (button) {
      button.addEventListener("click", function () { showView(button.dataset.view); });
    });

    // ---------------------------------------------------------------- language

    function applyLanguage(first) {
      document.documentElement.lang = state.lang === "zh" ? "zh-Hans" : "en";
      document.title = app.pick(DATA.title);
      document.getElementById("page-title").textContent = app.pick(DATA.title);
      document.querySelectorAll("[data-i18n]").forEach(function (node) { node.textContent = t(node.dataset.i18n); });
      document.getElementById("lang-switch").textContent = t("lang");
      document.getElementById("fit").title = t("fitTitle");
      document.getElementById("search").placeholder = t("search");
      app.legend.relabel();
      if (!first) { app.relabelGraph(); }
      fillSegments();
      ext.language.forEach(function (relabel) { relabel(); });  // HOOK(extensions)
      app.updateStatus();
      if (state.selected) { app.renderPanel(false); }
      app.searchBox.refresh();
    }
    document.getElementById("lang-switch").addEventListener("click", function () {
      state.lang = state.lang === "zh" ? "en" : "zh";
      applyLanguage();
    });

    // ---------------------------------------------------------------- the address's #

    // #graph, #chain, #capacities or #timeline opens that view; #full opens the graph with every
    // entity drawn (explorer.js reads it); #<entity id>, as the report links to, opens the graph
    // on that entity: selected, in view, its panel open. Anything else is left alone. Without a #,
    // the page opens on the chain view, the planner's main screen (docs/explorer.md says why).
    var VIEWS = ["graph", "chain", "capacities", "timeline"];
    function fromHash() {
      var wanted;
      try { wanted = decodeURIComponent(window.location.hash.slice(1)); } catch (malformed) { return null; }
      if (VIEWS.indexOf(wanted) >= 0) { return { view: wanted }; }
      if (wanted === "full") { return { view: "graph" }; }
      if (app.nodesById.has(wanted)) { return { view: "graph", entity: wanted }; }
      return null;
    }
    function followHash() {
      var wanted = fromHash();
      if (!wanted) { return; }
      if (wanted.view !== state.view) { showView(wanted.view); }
      if (wanted.entity && state.stable) { app.select(wanted.entity, true); }
    }

    // The page in its language, on the view the address asks for (after the extensions ran).
    function open() {
      window.addEventListener("hashchange", followHash);
      applyLanguage(true);
      var opening = fromHash();
      showView(opening ? opening.view : (DATA.chains && DATA.chains.length ? "chain" : "graph"));
    }

    return { showView: showView, fromHash: fromHash, open: open };
  };
})();
