/* chaingraph explorer, timeline: projects, signings and capacities by the dates they refer to
   (DATA.timeline, which explorer-rows.js makes from the facts), oldest first, grouped by year,
   each with its sources; the source filter applies. Every value reaches the DOM as text. */
(window.chaingraphExtensions = window.chaingraphExtensions || []).push(function (page) {
  "use strict";

  var DATA = page.DATA;
  Object.assign(page.UI.zh, {
    viewTimeline: "时间线", timelineTitle: "时间线：项目、签约与产能",
    timelineNote: "按事实所指的日期排列（不是文章日期）。", eventStart: "开始", eventStarted: "开工",
    eventSigned: "签约", eventStatus: "状态",
    undated: "未注明日期：", noEvents: "没有带日期的项目、签约或产能。", year: "{y} 年"
  });
  Object.assign(page.UI.en, {
    viewTimeline: "Timeline", timelineTitle: "Timeline: projects, signings and capacities",
    timelineNote: "Placed by the dates the facts refer to (not the articles' dates).", eventStart: "began",
    eventStarted: "started", eventSigned: "signed",
    eventStatus: "status", undated: "Undated: ", noEvents: "No dated project, signing or capacity.", year: "{y}"
  });
  var KIND_WORD = { project: "kindProject", signing: "kindSigning", capacity: "kindCapacity" };

  var view = document.getElementById("timeline");
  var drawn = false;

  function eventWords(event) {
    if (event.event === "start") {
      return page.t(event.kind === "signing" ? "eventSigned" : event.kind === "project" ? "eventStarted" : "eventStart");
    }
    return event.status ? page.cells.statusWord(event.status) : page.t("eventStatus");
  }

  function item(event) {
    var li = page.el("li", "event kind-" + event.kind);
    li.dataset.date = event.date;
    li.dataset.entity = event.entity;
    li.dataset.kind = event.kind;
    li.appendChild(page.el("span", "event-date", event.date));
    li.appendChild(page.el("span", "event-kind", page.t(KIND_WORD[event.kind])));
    var what = page.el("span", "event-what");
    what.appendChild(page.cells.entityLinks([event.entity]));
    var node = page.nodesById.get(event.entity);
    var amount = node && node.quantity && event.kind === "capacity" ? " · " + page.pick(node.quantity.amount) : "";
    what.appendChild(page.el("span", "event-words", " · " + eventWords(event) + amount));
    li.appendChild(what);
    li.appendChild(page.cells.sourcesCell(event.ev));
    return li;
  }

  function draw() {
    drawn = true;
    view.replaceChildren();
    var head = page.el("div", "view-head");
    head.appendChild(page.el("h2", null, page.t("timelineTitle")));
    head.appendChild(page.sources.select());
    head.appendChild(page.el("p", "view-note", page.t("timelineNote")));
    view.appendChild(head);
    var TIMELINE = DATA.timeline;  // made from the facts the first time it is read
    var events = TIMELINE.events.filter(function (e) { return page.sources.fromSource(e.ev); });
    var list = page.el("ol", "timeline-list");
    var year = null;
    events.forEach(function (event) {
      var y = event.date.slice(0, 4);
      if (y !== year) {
        year = y;
        list.appendChild(page.el("li", "timeline-year", page.t("year").replace("{y}", y)));
      }
      list.appendChild(item(event));
    });
    if (!events.length) { list.appendChild(page.el("li", "timeline-empty", page.t("noEvents"))); }
    view.appendChild(list);
    var undated = Object.keys(TIMELINE.undated).filter(function (k) { return TIMELINE.undated[k] > 0; });
    if (undated.length) {
      view.appendChild(page.el("p", "view-note timeline-undated", page.t("undated") + undated.map(function (k) {
        return page.t(KIND_WORD[k]) + " " + TIMELINE.undated[k];
      }).join(page.t("listSep"))));
    }
  }

  page.ext.views.timeline = function () { if (!drawn) { draw(); } };
  function redraw() { if (drawn) { if (page.view === "timeline") { draw(); } else { drawn = false; } } }
  page.ext.language.push(redraw);
  page.sources.onChange(redraw);
});
