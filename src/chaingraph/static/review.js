// chaingraph review page: the draft of one source, reviewed with the keyboard.
// Every text from the article, the draft or the server is written with textContent, never as markup.
"use strict";

const token = document.querySelector('meta[name="review-token"]').content;
const $ = (id) => document.getElementById(id);
const state = { data: null, decisions: {}, current: 0, checked: null, timer: null, known: {} };

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

async function post(path) {
  const response = await fetch(path, {
    method: "POST", headers: { "Content-Type": "application/json", "X-Review-Token": token },
    body: JSON.stringify({ decisions: state.decisions }),
  });
  return { status: response.status, body: await response.json() };
}

function decision(key) {
  if (!state.decisions[key]) state.decisions[key] = { decision: "pending" };
  return state.decisions[key];
}

function candidates() { return state.data.candidates; }
function currentCandidate() { return candidates()[state.current]; }
function sentenceById(id) { return state.data.sentences.find((s) => s.id === id); }

// ---------------------------------------------------------------- the text with candidates in place
function renderText() {
  const marks = [];
  // a candidate no name stands for (a position, a cooperation) gets a marker where its quote starts
  for (const c of candidates()) for (const s of c.spans) marks.push({ start: s.start, end: s.anchor ? s.start : s.end, key: c.key });
  const isAnchor = (m) => (m.end === m.start ? 0 : 1);
  marks.sort((a, b) => a.start - b.start || isAnchor(a) - isAnchor(b) || b.end - a.end);
  const root = $("text");
  root.replaceChildren();
  for (const sentence of state.data.sentences) {
    const node = el("p", null, "sentence " + sentence.kind);
    node.dataset.sentence = sentence.id;
    node.append(el("span", sentence.id, "sid"));
    appendMarked(node, sentence.start, sentence.end, marks);
    root.append(node);
  }
}

// The text from `from` to `to`, each candidate's span a <mark>; a name inside another's name
// (the city in a zone's name) is a mark nested in the outer one, so every candidate can be clicked.
function appendMarked(parent, from, to, marks) {
  const text = state.data.text;
  let at = from;
  for (const m of marks) {
    if (m.start < at || m.end > to || m.start >= to) continue;
    parent.append(document.createTextNode(text.slice(at, m.start)));
    const mark = el("mark", null, "cand" + (m.end > m.start ? "" : " anchor"));
    if (m.end > m.start) appendMarked(mark, m.start, m.end, marks.filter((inner) => inner !== m && inner.start >= m.start && inner.end <= m.end));
    else mark.textContent = "◆";
    mark.dataset.key = m.key;
    mark.addEventListener("click", (event) => {
      event.stopPropagation();  // the innermost name is the one clicked
      select(candidates().findIndex((c) => c.key === m.key));
    });
    parent.append(mark);
    at = m.end;
  }
  parent.append(document.createTextNode(text.slice(at, to)));
}

// ---------------------------------------------------------------- the list and the card
function renderList() {
  const list = $("list");
  list.replaceChildren();
  const counts = { accept: 0, reject: 0, pending: 0 };
  candidates().forEach((c, index) => {
    const d = decision(c.key);
    counts[d.decision] += 1;
    const item = el("li", null, "item " + d.decision);
    item.dataset.key = c.key;
    item.dataset.label = c.label_zh;
    item.append(el("span", c.key, "key"), el("span", d.cls || c.cls, "cls"),
      el("span", d.label_zh || c.label_zh, "zh"), el("span", d.decision, "decision"));
    const problems = (state.checked && state.checked.problems[c.key]) || [];
    if (problems.length) { item.classList.add("has-problems"); item.append(el("span", "⚠ " + problems.length, "warn")); }
    if (index === state.current) item.classList.add("current");
    item.addEventListener("click", () => select(index));
    list.append(item);
  });
  $("counts").textContent = `${counts.accept} accepted · ${counts.reject} rejected · ${counts.pending} undecided`;
  for (const mark of document.querySelectorAll("mark.cand")) {
    mark.dataset.decision = decision(mark.dataset.key).decision;
    mark.classList.toggle("current", mark.dataset.key === currentCandidate().key);
  }
}

function fillSelect(select, options, chosen) {
  select.replaceChildren();
  for (const [value, label] of options) {
    const option = el("option", label);
    option.value = value;
    if (value === chosen) option.selected = true;
    select.append(option);
  }
}

// A field the curator is typing in keeps what they typed: a late answer from the server
// (a preview, a known entity) re-renders the card, and must not wipe an edit not yet committed.
function setField(id, value) {
  if (document.activeElement !== $(id)) $(id).value = value;
}

function renderCard() {
  const c = currentCandidate();
  const d = decision(c.key);
  $("card-title").textContent = `${c.key} · ${d.label_zh || c.label_zh}`;
  $("card-decision").textContent = d.decision + (d.link ? ` · linked to ${d.link}` : "")
    + (d.merge_into ? ` · merged into ${d.merge_into}` : "");
  $("card").dataset.key = c.key;
  fillSelect($("cls"), state.data.classes.map((k) => [k, k]), d.cls || c.cls);
  setField("label-zh", d.label_zh ?? c.label_zh);
  setField("label-en", d.label_en ?? c.label_en);
  setField("description", d.description ?? "");
  setField("entity-id", d.id ?? c.id);
  const existing = $("existing");
  existing.replaceChildren();
  if (c.existing) {
    existing.append(el("span", `may be ${c.existing.id} (${c.existing.label}, ${c.existing.cls}, from ${c.existing.source})`));
  }
  fillSelect($("merge-into"), [["", "(none)"]].concat(candidates().filter((o) => o.key !== c.key)
    .map((o) => [o.key, `${o.key} ${o.label_zh}`])), d.merge_into || "");
  renderFacts(c, d);
  const sentence = currentSentence();
  fillSelect($("status"), [["", "(set a status)"]].concat(state.data.statuses.map((s) => [s, s])), "");
  fillSelect($("date"), [["", "(set a date)"]].concat(state.data.dates.filter((x) => sentence && x.sentence === sentence.id)
    .map((x) => [x.value + "|" + x.text, `${x.value} (${x.text})`])), "");
  fillSelect($("relation-prop"), [["", "(add a relation)"]].concat(state.data.relations.map((r) => [r, r])), "");
  fillSelect($("relation-to"), [["", "(to)"]].concat(candidates().filter((o) => o.key !== c.key)
    .map((o) => [o.key, `${o.key} ${o.label_zh}`])), "");
  renderProblems(c);
  renderMerge(c, d);
  for (const node of document.querySelectorAll(".sentence.current")) node.classList.remove("current");
  if (sentence) document.querySelector(`.sentence[data-sentence="${sentence.id}"]`).classList.add("current");
  const mark = document.querySelector(`mark.cand[data-key="${c.key}"]`);
  if (mark) mark.scrollIntoView({ block: "nearest" });
}

function renderFacts(c, d) {
  const list = $("facts");
  list.replaceChildren();
  const drops = new Set(d.drop_facts || []);
  c.facts.forEach((fact, index) => {
    const item = el("li");
    const box = el("input");
    box.type = "checkbox";
    box.checked = !drops.has(index);
    box.addEventListener("change", () => {
      const kept = new Set(decision(c.key).drop_facts || []);
      if (box.checked) kept.delete(index); else kept.add(index);
      decision(c.key).drop_facts = [...kept].sort((a, b) => a - b);
      changed();
    });
    item.append(box, el("span", `${fact.prop}: ${shownValue(fact.value)}`), el("q", fact.quote));
    list.append(item);
  });
  for (const fact of d.add_facts || []) {
    const shown = state.data.relations.includes(fact.prop) ? shownValue({ ref: fact.value }) : fact.value;
    list.append(el("li", `${fact.prop}: ${shown} (added)`, "added"));
  }
}

function shownValue(value) {
  if (Array.isArray(value)) return value.map(shownValue).join(", ");
  if (value.ref) { const o = candidates().find((c) => c.key === value.ref); return o ? o.label_zh : value.ref; }
  if (value.id) return value.id;
  return typeof value.lit === "object" ? Object.values(value.lit).join(" / ") : value.lit;
}

function renderProblems(c) {
  const list = $("card-problems");
  list.replaceChildren();
  for (const p of (state.checked && state.checked.problems[c.key]) || []) list.append(problemItem(p));
  for (const node of document.querySelectorAll(".sentence.problem")) node.classList.remove("problem");
  for (const node of document.querySelectorAll(".sentence-problem")) node.remove();
  if (!state.checked) return;
  for (const [key, problems] of Object.entries(state.checked.problems)) {
    const other = candidates().find((o) => o.key === key);
    const sentence = other && (other.sentence || (other.spans[0] || {}).sentence);
    const node = sentence && document.querySelector(`.sentence[data-sentence="${sentence}"]`);
    if (!node) continue;
    node.classList.add("problem");
    const note = el("span", `⚠ ${key}: ${problems.map((p) => p.field + ": " + p.message).join("; ")}`, "sentence-problem");
    note.dataset.key = key;
    node.append(note);
  }
}

function problemItem(p) {
  return el("li", `${p.file}${p.line ? ":" + p.line : ""}: ${p.field}: ${p.message}${p.hint ? " (fix: " + p.hint + ")" : ""}`);
}

function renderMerge(c, d) {
  const says = $("graph-says"), status = $("merge-status");
  says.replaceChildren();
  status.replaceChildren();
  const id = d.link || (c.existing && c.existing.id);
  const known = id && state.known[id];
  $("merge").hidden = !id;
  if (!id) return;
  if (!known) { loadKnown(id); return; }
  for (const s of known.statements) says.append(el("li", `${s.prop}: ${s.value} · ${s.graph} · “${s.quote}”`));
  const merge = state.checked && state.checked.merge[c.key];
  if (!merge) return;
  for (const r of merge.repeats) status.append(el("li", `repeats ${r.prop}: ${r.value}`, "repeats"));
  for (const a of merge.adds) status.append(el("li", `adds ${a.prop}: ${a.value}`, "adds"));
  for (const conflict of merge.contradicts) status.append(contradiction(c, conflict));
}

function contradiction(c, conflict) {
  const item = el("li", null, "contradicts");
  item.dataset.prop = conflict.prop;
  const values = conflict.values.map((v) => `${v.value} (${v.source}${v.date ? ", " + v.date : ""}: “${v.quote || ""}”)`);
  item.append(el("span", `contradicts ${conflict.prop}: ${values.join(" vs ")}`));
  const theirs = conflict.values.find((v) => v.source !== state.data.source);
  const chosen = (decision(c.key).resolutions || {})[conflict.prop];
  if (chosen) item.append(el("span", ` · resolved: ${chosen.action === "keep" ? "both kept, flagged" : chosen.source + " superseded"}`, "resolved"));
  if (!theirs) return item;
  const reason = el("input");
  reason.type = "text";
  reason.placeholder = "reason";
  reason.className = "reason";
  const button = (label, action, source) => {
    const b = el("button", label);
    b.type = "button";
    b.className = "resolve-" + action + (source === state.data.source ? "-ours" : "");
    b.addEventListener("click", () => {
      const d = decision(c.key);
      d.resolutions = Object.assign({}, d.resolutions, { [conflict.prop]: { action, source, reason: reason.value } });
      changed();
    });
    return b;
  };
  item.append(reason, button("keep both, flag", "keep", theirs.source),
    button(`${theirs.source} is outdated`, "supersede", theirs.source),
    button("this source is outdated", "supersede", state.data.source));
  return item;
}

async function loadKnown(id) {
  const response = await fetch("/api/entity?id=" + encodeURIComponent(id));
  if (!response.ok) return;
  state.known[id] = await response.json();
  // the curator may have moved on while it loaded: only the card that asked for it is redrawn
  const c = currentCandidate(), d = decision(c.key);
  if ((d.link || (c.existing && c.existing.id)) === id) renderMerge(c, d);
}

// ---------------------------------------------------------------- decisions
function select(index) {
  if (index < 0 || index >= candidates().length) return;
  state.current = index;
  renderList();
  renderCard();
}

function decide(value) {
  decision(currentCandidate().key).decision = value;
  changed();
  const next = candidates().findIndex((c, i) => i > state.current && decision(c.key).decision === "pending");
  select(next >= 0 ? next : Math.min(state.current + 1, candidates().length - 1));
}

function currentSentence() {
  const c = currentCandidate();
  return sentenceById(c.sentence || (c.spans[0] || {}).sentence);
}

function quoteFromSelection(sentence) {
  const chosen = String(window.getSelection() || "").trim();
  if (chosen) {
    const holding = state.data.sentences.find((s) => s.text.includes(chosen) && s.id === sentence.id)
      || state.data.sentences.find((s) => s.text.includes(chosen));
    if (holding) return [chosen, holding.id];
  }
  return [sentence.text, sentence.id];
}

function addFact(prop, value, quote) {
  const sentence = currentSentence();
  if (!sentence || !value) return;
  const [text, sid] = quote ? [quote, sentence.id] : quoteFromSelection(sentence);
  const d = decision(currentCandidate().key);
  const single = prop === "status" || prop === "date";  // a second status replaces the first; relations add up
  d.add_facts = (d.add_facts || []).filter((f) => !single || f.prop !== prop)
    .concat([{ prop, value, quote: text, sentence: sid }]);
  changed();
}

function changed() {
  renderList();
  renderCard();
  clearTimeout(state.timer);
  window.__pending = true;  // a check is due: tests and scripts wait for it to answer
  state.timer = setTimeout(check, 300);
}

async function check() {
  window.__pending = true;
  const asked = JSON.stringify(state.decisions);
  const { body } = await post("/api/preview");
  if (asked !== JSON.stringify(state.decisions)) return;  // a later change asked again
  show(body);
  window.__pending = false;
}

async function save() {
  clearTimeout(state.timer);
  const { status, body } = await post("/api/save");
  show(body);
  $("saved").textContent = status === 200 && body.saved ? `saved ${body.saved}` : `not saved: ${body.error || "fix the problems first"}`;
  $("saved").dataset.state = status === 200 ? "saved" : "refused";
}

function show(body) {
  if (body.error) { $("build-state").textContent = body.error; return; }
  state.checked = body;
  const count = Object.values(body.problems).reduce((n, p) => n + p.length, 0) + body.general.length;
  $("build-state").textContent = body.builds ? "builds" : `${count} problem(s)`;
  $("build-state").dataset.state = body.builds ? "builds" : "problems";
  $("general").replaceChildren(...body.general.map(problemItem));
  $("yaml").textContent = body.yaml;
  renderList();
  renderCard();
}

// ---------------------------------------------------------------- an entity the rules missed
async function startAdding() {
  const selection = window.getSelection();
  const text = String(selection || "").trim();
  const holder = selection.anchorNode && (selection.anchorNode.nodeType === 1 ? selection.anchorNode : selection.anchorNode.parentElement);
  const sentence = holder && holder.closest(".sentence");
  if (!text || !sentence) { $("add-state").textContent = "select a name in the article first"; $("add").hidden = false; return; }
  state.adding = { text, sentence: sentence.dataset.sentence };
  const response = await fetch(`/api/proposal?text=${encodeURIComponent(text)}&sentence=${encodeURIComponent(state.adding.sentence)}`);
  const proposed = await response.json();
  if (!response.ok) { $("add-state").textContent = proposed.error; $("add").hidden = false; return; }
  $("add-text").textContent = text;
  $("add-state").textContent = "";
  fillSelect($("add-cls"), state.data.classes.filter((k) => k !== "Position").map((k) => [k, k]), proposed.cls || "Product");
  $("add-role").value = proposed.role;
  fillSelect($("add-org"), [["", "(none)"]].concat(candidates().map((o) => [o.key, `${o.key} ${o.label_zh}`])), proposed.org);
  $("add").hidden = false;
  $("add-cls").focus();
}

async function confirmAdding() {
  if (!state.adding) return;
  const response = await fetch("/api/add", {
    method: "POST", headers: { "Content-Type": "application/json", "X-Review-Token": token },
    body: JSON.stringify({ ...state.adding, cls: $("add-cls").value, role: $("add-role").value, org: $("add-org").value }),
  });
  const body = await response.json();
  if (!response.ok) { $("add-state").textContent = body.error; return; }
  state.adding = null;
  $("add").hidden = true;
  document.activeElement.blur();
  for (const c of body.added) { state.data.candidates.push(c); decision(c.key).decision = "accept"; }
  renderText();  // the new names are highlighted; the card stays on the candidate being reviewed
  changed();
}

// ---------------------------------------------------------------- inputs and keys
function wireInputs() {
  const field = (id, name, text) => $(id).addEventListener("change", () => {
    decision(currentCandidate().key)[name] = text ? $(id).value : ($(id).value || null);
    changed();
  });
  field("cls", "cls");
  field("label-zh", "label_zh", true);
  field("label-en", "label_en", true);
  field("description", "description", true);
  field("entity-id", "id");
  field("merge-into", "merge_into");
  $("status").addEventListener("change", () => addFact("status", $("status").value));
  $("date").addEventListener("change", () => {
    const [value, text] = $("date").value.split("|");
    addFact("date", value, text);
  });
  let asked = 0;
  $("relation-to").addEventListener("change", () => addFact($("relation-prop").value, $("relation-to").value));
  $("search").addEventListener("input", async () => {
    const mine = ++asked;
    const response = await fetch("/api/search?q=" + encodeURIComponent($("search").value));
    const found = await response.json();
    if (mine !== asked) return;  // a later keystroke asked again
    const results = $("results");
    results.replaceChildren();
    for (const r of found) {
      const b = el("button", `${r.id} · ${r.label_zh} · ${r.label_en} (${r.cls}; ${r.rank})`);
      b.type = "button";
      b.dataset.id = r.id;
      b.addEventListener("click", () => {
        const d = decision(currentCandidate().key);
        d.link = r.id;
        if (d.decision === "pending") d.decision = "accept";
        results.replaceChildren();
        $("search").value = "";
        changed();
      });
      const item = el("li");
      item.append(b);
      results.append(item);
    }
  });
  $("add-confirm").addEventListener("click", confirmAdding);
  $("preview").addEventListener("click", check);
  $("save").addEventListener("click", save);
}

const KEYS = {
  j: () => select(state.current + 1), k: () => select(state.current - 1),
  a: () => decide("accept"), r: () => decide("reject"), u: () => decide("pending"),
  c: () => $("cls").focus(), e: () => $("label-en").focus(), l: () => $("search").focus(),
  m: () => $("merge-into").focus(), t: () => $("status").focus(), d: () => $("date").focus(),
  f: () => $("relation-prop").focus(), n: startAdding,
  p: check, s: save,
};

document.addEventListener("keydown", (event) => {
  const typing = ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement.tagName);
  if (event.key === "Escape") { document.activeElement.blur(); $("add").hidden = true; state.adding = null; return; }
  if (typing && event.key === "Enter" && document.activeElement.closest("#add")) { event.preventDefault(); confirmAdding(); return; }
  if (typing && event.key === "Enter" && document.activeElement.id !== "search") { document.activeElement.blur(); return; }
  if (typing && event.key === "Enter" && document.activeElement.id === "search") {
    const first = document.querySelector("#results button");
    if (first) { first.click(); document.activeElement.blur(); }
    return;
  }
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  const action = KEYS[event.key];
  if (action) { event.preventDefault(); action(); }
});

async function start() {
  state.data = await (await fetch("/api/session")).json();
  renderText();
  wireInputs();
  select(0);
  await check();
  document.body.dataset.ready = "true";
}

start();
