/* chaingraph explorer: the panel of the selected entity. Labels, class, aliases, quantity, then
   every fact with its evidence (the source sentence with the quote marked, and the citation) and
   every fact that points to the entity. Everything reaches the DOM as text, never as HTML.
   `chaingraphPanel(app)` is called by explorer.js with the helpers and state it shares. */
(function () {
  "use strict";

  window.chaingraphPanel = function (app) {
    var DATA = app.DATA;
    var nodesById = app.nodesById;
    var t = app.t;
    var pick = app.pick;
    var el = app.el;
    var label = app.label;
    var propLabel = app.propLabel;
    var termLabel = app.termLabel;
    var classLabel = app.classLabel;
    var swatch = app.swatch;
    var incoming = app.incoming;

    function renderPanel(revealed) {
      var panel = document.getElementById("panel");
      var body = document.getElementById("panel-body");
      body.replaceChildren();
      app.ext.panelStart.forEach(function (start) { start(); });  // HOOK(extensions): each sentence once per panel
      var node = nodesById.get(app.state.selected);
      if (!node) { panel.hidden = true; return; }
      panel.hidden = false;

      body.appendChild(el("h2", "entity-label", pick(node.labels)));
      var other = app.state.lang === "zh" ? node.labels.en : node.labels.zh;
      if (other && other !== pick(node.labels)) { body.appendChild(el("p", "other-label", other)); }
      var badge = el("div", "badge");
      badge.appendChild(swatch(node.cls));
      badge.appendChild(el("span", "class-label", classLabel(node.cls)));
      if (node.reference) { badge.appendChild(el("span", "ref-badge", t("reference"))); }
      body.appendChild(badge);
      if (revealed) { body.appendChild(el("p", "other-label", t("hiddenByFilter"))); }
      var group = app.openedGroup(node.id);
      if (group !== null) {
        var fold = el("button", "collapse-group", t("collapseGroup") + pick(group.labels));
        fold.type = "button";
        fold.addEventListener("click", function () { app.collapse(group.index); });
        body.appendChild(fold);
      }

      var aliases = node.aliases ? [].concat(node.aliases.zh || [], node.aliases.en || []) : [];
      if (aliases.length) { body.appendChild(el("p", "aliases", t("aliases") + aliases.join("、"))); }
      var description = pick(node.description);
      if (description) { body.appendChild(el("p", "description", description)); }
      if (node.quantity) { body.appendChild(quantityBlock(node.quantity)); }

      body.appendChild(el("h3", null, t("facts")));
      var list = el("ul", "facts");
      node.facts.forEach(function (fact) { list.appendChild(factItem(fact)); });
      body.appendChild(list);

      var links = incoming.get(node.id) || [];
      if (links.length) {
        body.appendChild(el("h3", null, t("linkedFrom")));
        var linked = el("ul", "facts");
        links.forEach(function (link) {
          var li = el("li");
          li.appendChild(entityLink(link.from));
          li.appendChild(el("span", "prop", " " + (link.fact.role ? pick(link.fact.role) : propLabel(link.fact.p))));
          li.appendChild(evidenceList(link.fact.ev));
          linked.appendChild(li);
        });
        body.appendChild(linked);
      }
      var published = Object.keys(DATA.sources).filter(function (k) {
        var p = DATA.sources[k].publisher;
        return p && p.zh === node.labels.zh && p.en === node.labels.en;
      });
      if (published.length) {
        body.appendChild(el("h3", null, t("published")));
        published.forEach(function (k) { body.appendChild(el("p", null, "《" + pick(DATA.sources[k].title) + "》")); });
      }
    }

    function quantityBlock(q) {
      var box = el("div", "quantity");
      if (q.kind && pick(q.kind)) { box.appendChild(el("div", "kind", pick(q.kind))); }
      box.appendChild(el("div", "amount", pick(q.amount)));
      if (q.status) { box.appendChild(el("div", "status", t("status") + termLabel(q.status))); }
      if (q.date) { box.appendChild(el("div", "date", t("date") + q.date)); }
      return box;
    }

    function factItem(fact) {
      var li = el("li");
      li.appendChild(el("span", "prop", fact.p === "position" ? t("position") : propLabel(fact.p)));
      if (fact.p === "position") {
        li.appendChild(el("span", "value", pick(fact.role) + (fact.o ? " · " : "")));
      }
      var o = fact.o;
      if (o && o.node) {
        li.appendChild(entityLink(o.node));
        var target = nodesById.get(o.node);
        if (target && target.quantity) {
          li.appendChild(el("span", "capacity-note", capacitySummary(target.quantity)));
        }
      } else if (o && o.cls) {
        li.appendChild(el("span", "value", classLabel(o.cls) || o.cls));
      } else if (o && o.term) {
        li.appendChild(el("span", "value", termLabel(o.term)));
      } else if (o && o.texts) {
        li.appendChild(el("span", "value", pick(o.texts)));
      } else if (o && o.display) {
        li.appendChild(el("span", "value", pick(o.display)));
      } else if (o && o.text !== undefined) {
        li.appendChild(el("span", "value", o.text));
      } else if (o && o.iri) {
        li.appendChild(el("span", "value", o.iri));
      }
      li.appendChild(evidenceList(fact.ev));
      return li;
    }

    function capacitySummary(q) {
      var parts = [pick(q.amount)];
      if (q.status) { parts.push(termLabel(q.status)); }
      if (q.date) { parts.push(q.date); }
      return "（" + parts.join(" · ") + "）";
    }

    function entityLink(id) {
      var button = el("button", "link", label(id));
      button.type = "button";
      button.dataset.entity = id;
      button.addEventListener("click", function () { app.select(id, true); });
      return button;
    }

    function evidenceList(indices) {
      if (app.ext.evidence) { return app.ext.evidence(indices); }  // HOOK(extensions): static/explorer-evidence.js
      var list = el("ul", "evidence");
      (indices || []).forEach(function (i) {
        var record = DATA.evidence[i];
        var li = el("li");
        if (record.quote !== undefined) {
          li.appendChild(sentenceWithQuote(record));
          li.appendChild(el("span", "cite", citation(record)));
        } else {
          li.appendChild(el("span", "basis", t("basis") + "（" + record.reference + "）：" + record.basis));
        }
        list.appendChild(li);
      });
      return list;
    }

    function sentenceWithQuote(record) {
      var span = el("span", "sentence");
      var sentence = record.sentence ? DATA.sentences[record.sentence] : null;
      var at = sentence ? sentence.indexOf(record.quote) : -1;
      if (at < 0) {
        span.appendChild(el("mark", "quote", "“" + record.quote + "”"));
        return span;
      }
      span.appendChild(document.createTextNode(sentence.slice(0, at)));
      span.appendChild(el("mark", "quote", record.quote));
      span.appendChild(document.createTextNode(sentence.slice(at + record.quote.length)));
      return span;
    }

    function citation(record) {
      var source = DATA.sources[record.source];
      if (!source) { return t("unknownSource"); }
      var parts = ["《" + pick(source.title) + "》", pick(source.publisher)];
      if (source.issued) { parts.push(t("issued") + " " + source.issued); }
      if (source.visited) { parts.push(t("visited") + " " + source.visited); }
      if (record.sentence) { parts.push(t("sentence") + " " + record.sentence.split("#").pop()); }
      return parts.filter(Boolean).join(" · ");
    }
    return { render: renderPanel, capacitySummary: capacitySummary, sentenceWithQuote: sentenceWithQuote,
             citation: citation };
  };
})();
