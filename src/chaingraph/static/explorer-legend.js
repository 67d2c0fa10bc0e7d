/* chaingraph explorer: the class legend, which is also the class filter: a checkbox per class
   with its swatch, label and count, and "all" and "none" at its top. `chaingraphLegend(app)` is
   called once by explorer.js; app.changed() refilters and refits the graph. */
(function () {
  "use strict";

  window.chaingraphLegend = function (app) {
    var DATA = app.DATA;
    var state = app.state;
    var el = app.el;
    var swatch = app.swatch;
    var pick = app.pick;

    var classFilter = document.getElementById("class-filter");
    DATA.classes.forEach(function (c) {
      var li = el("li");
      var labelEl = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.cls = c.key;
      box.addEventListener("change", function () {
        if (box.checked) { state.hiddenClasses.delete(c.key); } else { state.hiddenClasses.add(c.key); }
        app.changed();
      });
      labelEl.appendChild(box);
      labelEl.appendChild(swatch(c.key));
      labelEl.appendChild(el("span", "class-name", pick(c.labels)));
      labelEl.appendChild(el("span", "count", c.count));
      li.appendChild(labelEl);
      classFilter.appendChild(li);
    });
    function syncClassCheckboxes() {
      classFilter.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        box.checked = !state.hiddenClasses.has(box.dataset.cls);
      });
    }
    document.getElementById("classes-all").addEventListener("click", function () {
      state.hiddenClasses.clear(); syncClassCheckboxes(); app.changed();
    });
    document.getElementById("classes-none").addEventListener("click", function () {
      DATA.classes.forEach(function (c) { state.hiddenClasses.add(c.key); });
      syncClassCheckboxes(); app.changed();
    });

    // The classes' names in the page's language.
    function relabel() {
      classFilter.querySelectorAll(".class-name").forEach(function (span, i) {
        span.textContent = pick(DATA.classes[i].labels);
      });
    }
    return { sync: syncClassCheckboxes, relabel: relabel };
  };
})();
