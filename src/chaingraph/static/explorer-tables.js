/* chaingraph explorer, tables: a sortable table that exports what it shows as CSV (built in the
   page and saved through a blob: link, so it works offline), and the capacities view that uses it.
   The chain view's segment tables use the same builder (page.table). Every value is text. */
(window.chaingraphExtensions = window.chaingraphExtensions || []).push(function (page) {
  "use strict";

  var DATA = page.DATA;
  Object.assign(page.UI.zh, {
    viewCapacities: "产能", csv: "导出 CSV", rowsShown: "{n} 行", capacitiesTitle: "全部产能",
    capacitiesNote: "日期是产能数据所指的时间，不是文章日期。点击表头排序。",
    colValue: "数值", colUnit: "单位", colPeriod: "周期", colStatus: "状态", colDate: "所指日期",
    colHolder: "主体", colProduct: "产品", colSegment: "环节", colSource: "来源", noRows: "没有数据",
    perTotal: "（总量）", listSep: "、"
  });
  Object.assign(page.UI.en, {
    viewCapacities: "Capacities", csv: "Export CSV", rowsShown: "{n} rows", capacitiesTitle: "All capacities",
    capacitiesNote: "The date is the one the figure refers to, not the article's. Click a heading to sort.",
    colValue: "value", colUnit: "unit", colPeriod: "period", colStatus: "status", colDate: "refers to",
    colHolder: "holder", colProduct: "product", colSegment: "segment", colSource: "source", noRows: "no data",
    perTotal: "(total)", listSep: ", "
  });

  function compare(a, b) {
    if (a === b) { return 0; }
    if (a === null || a === undefined || a === "") { return 1; }  // blanks last, either way
    if (b === null || b === undefined || b === "") { return -1; }
    if (typeof a === "number" && typeof b === "number") { return a - b; }
    return String(a).localeCompare(String(b), page.lang === "zh" ? "zh-Hans-CN" : "en");
  }

  // A spreadsheet reads a cell starting with = + - @ as a formula: such text gets a leading '.
  function csvCell(value) {
    if (value === null || value === undefined) { return ""; }
    var text = String(value);
    if (typeof value !== "number" && /^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }

  function download(name, text) {
    var url = URL.createObjectURL(new Blob(["\ufeff" + text], { type: "text/csv;charset=utf-8" }));
    var link = page.el("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /* spec: {columns: [{key, label, text(row), sort(row)?, csv(row)?, cell(row)?}], rows, name, sortBy?, sortDir?}
     Returns the table's element; clicking a heading sorts by it, again reverses. */
  function table(spec) {
    var wrap = page.el("div", "table-wrap");
    var tools = page.el("div", "table-tools");
    var count = page.el("span", "row-count", page.t("rowsShown").replace("{n}", spec.rows.length));
    var button = page.el("button", "csv-export", page.t("csv"));
    button.type = "button";
    tools.appendChild(count);
    tools.appendChild(button);
    wrap.appendChild(tools);
    var tableEl = page.el("table", "data-table");
    var head = page.el("thead");
    var headRow = page.el("tr");
    var body = page.el("tbody");
    var order = { key: spec.sortBy || null, dir: spec.sortDir || 1 };
    var rows = spec.rows.slice();

    function sortValue(column, row) { return column.sort ? column.sort(row) : column.text(row); }
    function sortRows() {
      var column = spec.columns.find(function (c) { return c.key === order.key; });
      if (!column) { return; }
      rows.sort(function (a, b) { return order.dir * compare(sortValue(column, a), sortValue(column, b)); });
    }
    function draw() {
      body.replaceChildren();
      rows.forEach(function (row) {
        var tr = page.el("tr");
        spec.columns.forEach(function (column) {
          var td = page.el("td");
          td.dataset.col = column.key;
          if (column.cell) { td.appendChild(column.cell(row)); } else { td.textContent = column.text(row); }
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      if (!rows.length) {
        var empty = page.el("td", "empty", page.t("noRows"));
        empty.colSpan = spec.columns.length;
        body.appendChild(page.el("tr")).appendChild(empty);
      }
      headRow.querySelectorAll("th").forEach(function (th) {
        th.setAttribute("aria-sort", th.dataset.col !== order.key ? "none" : order.dir > 0 ? "ascending" : "descending");
      });
    }
    spec.columns.forEach(function (column) {
      var th = page.el("th");
      th.dataset.col = column.key;
      var sorter = page.el("button", "sort", column.label);
      sorter.type = "button";
      sorter.addEventListener("click", function () {
        order.dir = order.key === column.key ? -order.dir : 1;
        order.key = column.key;
        sortRows();
        draw();
      });
      th.appendChild(sorter);
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    tableEl.appendChild(head);
    tableEl.appendChild(body);
    wrap.appendChild(tableEl);
    button.addEventListener("click", function () {
      var lines = [spec.columns.map(function (c) { return csvCell(c.label); }).join(",")];
      rows.forEach(function (row) {
        lines.push(spec.columns.map(function (c) { return csvCell(c.csv ? c.csv(row) : c.text(row)); }).join(","));
      });
      download(spec.name + ".csv", lines.join("\r\n") + "\r\n");
    });
    sortRows();
    draw();
    return wrap;
  }

  // ------------------------------------------------------------------ cells shared by the tables

  function entityLinks(ids) {
    var span = page.el("span", "links");
    (ids || []).forEach(function (id, i) {
      if (i) { span.appendChild(document.createTextNode(page.t("listSep"))); }
      var link = page.el("button", "link", page.label(id));
      link.type = "button";
      link.dataset.entity = id;
      link.addEventListener("click", function () { page.select(id, false); });
      span.appendChild(link);
    });
    return span;
  }
  function labels(ids) { return (ids || []).map(page.label).join(page.t("listSep")); }
  function statusWord(status) { return status ? page.pick(DATA.statuses[status]) || status : ""; }
  function sourcesText(ev) { return page.sources.of(ev).map(page.sources.name).join("; "); }
  function sourcesCell(ev) {
    var list = page.el("span", "row-sources");
    page.sources.of(ev).forEach(function (id) { list.appendChild(page.el("span", "row-source", page.sources.name(id))); });
    if (!list.childNodes.length && (ev || []).length) { list.appendChild(page.el("span", "row-source", page.t("reference"))); }
    return list;
  }

  page.table = table;
  page.cells = { entityLinks: entityLinks, labels: labels, statusWord: statusWord, sourcesText: sourcesText,
                 sourcesCell: sourcesCell };

  // ------------------------------------------------------------------ the capacities view

  var view = document.getElementById("capacities");
  var drawn = false;

  function capacityColumns() {
    return [
      { key: "value", label: page.t("colValue"), sort: function (r) { return r.value; },
        text: function (r) { return r.number ? page.pick(r.number) : ""; }, csv: function (r) { return r.value; },
        cell: function (r) {
          var link = page.el("button", "link", r.number ? page.pick(r.number) : "?");
          link.type = "button";
          link.dataset.entity = r.capacity;
          link.addEventListener("click", function () { page.select(r.capacity, false); });
          return link;
        } },
      { key: "unit", label: page.t("colUnit"), text: function (r) { return page.pick(r.unit); } },
      { key: "period", label: page.t("colPeriod"), text: function (r) { return page.pick(r.period) || page.t("perTotal"); } },
      { key: "status", label: page.t("colStatus"), text: function (r) { return statusWord(r.status); } },
      { key: "date", label: page.t("colDate"), text: function (r) { return r.date || ""; } },
      { key: "holder", label: page.t("colHolder"), text: function (r) { return labels(r.holders); },
        cell: function (r) { return entityLinks(r.holders); } },
      { key: "product", label: page.t("colProduct"), text: function (r) { return labels(r.products); },
        cell: function (r) { return entityLinks(r.products); } },
      { key: "segment", label: page.t("colSegment"), text: function (r) { return labels(r.segments); } },
      { key: "source", label: page.t("colSource"), text: function (r) { return sourcesText(r.ev); },
        cell: function (r) { return sourcesCell(r.ev); } }
    ];
  }

  function drawCapacities() {
    drawn = true;
    view.replaceChildren();
    var head = page.el("div", "view-head");
    head.appendChild(page.el("h2", null, page.t("capacitiesTitle")));
    head.appendChild(page.sources.select());
    head.appendChild(page.el("p", "view-note", page.t("capacitiesNote")));
    view.appendChild(head);
    var rows = DATA.capacities.filter(function (r) { return page.sources.fromSource(r.ev); });
    view.appendChild(table({ columns: capacityColumns(), rows: rows, name: "capacities", sortBy: "value",
                                sortDir: -1 }));
  }

  page.ext.views.capacities = function () { if (!drawn) { drawCapacities(); } };
  function redraw() { if (drawn) { if (page.view === "capacities") { drawCapacities(); } else { drawn = false; } } }
  page.ext.language.push(redraw);
  page.sources.onChange(redraw);
});
