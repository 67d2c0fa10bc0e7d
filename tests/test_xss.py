"""XSS payloads in the data stay inert in a real browser: the explorer page, report.html, and the
server's query page.

A corpus of classic payloads is written into a copy of the Zigong facts: Chinese and English
labels, aliases, descriptions, role titles (property values), and quotes. A quote must occur in
the source's normalized text, so a paragraph carrying the payloads is added to the capture; the
normalizer strips HTML tags from captures as remnants (also tags written as `&lt;script&gt;`,
and nested ones such as `<scr<script>ipt>`), so only the payloads that survive normalization
(checked, not assumed) become quotes, with a quote holding a bare `<`, `>` and `&&`. Chromium
(Debian's, headless, network blocked) opens each page;
no dialog may open, no element a payload describes may exist, and the payloads must be shown
literally where the data says.
"""

from __future__ import annotations

import json
import time

import pytest
import yaml
from support import ZIGONG, copy_project

from chaingraph.cli.build import extra_outputs
from chaingraph.core.outputnames import EXPLORER_PAGE, REPORT_HTML
from chaingraph.dataset.build import build_dataset, write_outputs
from chaingraph.views.explorer import render_explorer
from chaingraph.views.report import build_report
from chaingraph.web.server import Limits, make_server, start_in_thread

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(2)</script>",
    '"><svg onload=alert(3)>',
    "javascript:alert(4)",
    '<iframe srcdoc="<script>alert(5)</script>"></iframe>',
    "{{constructor.constructor('alert(6)')()}}",
    "\u2028\u2029alert(7)//",
    "<!--<script>alert(8)//-->",
    "]]><script>alert(9)</script>",
    "' onmouseover='alert(10)' x='",
    '" onfocus="alert(11)" autofocus="',
    '<div style="width:expression(alert(12))">css</div>',
    "data:text/html,<script>alert(13)</script>",
    '<a href="javascript:alert(14)">link</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(15)>",
    "${alert(16)}",
    "`;alert(17);`",
    "<svg><script>alert(18)</script></svg>",
    '<base href="//attacker.invalid/">',
    '<object data="javascript:alert(20)"></object>',
    "<scr<script>ipt>alert(21)</script>",
    "%3Cscript%3Ealert(22)%3C/script%3E",
]
# character references the normalizer unescapes: a tag written so is still stripped, plain < > & stay
ESCAPED_TAG, ESCAPED_TEXT = "&lt;script&gt;alert(23)&lt;/script&gt;", "a &lt; b &gt; c &amp;&amp; d"
CAPTURE_FORMS = [*PAYLOADS, ESCAPED_TAG, ESCAPED_TEXT]
# anything a payload would inject, were it parsed as markup
INJECTED = ("img[src='x'], iframe, object, embed, base, math, mglyph, svg[onload], svg script, [onerror], "
            "[onload], [onmouseover], [onfocus], [autofocus], a[href^='javascript'], div[style*='expression']")


def _renumbering(before, after) -> dict[str, str]:
    """Old sentence id -> new one, after lines were inserted into the capture (texts keep their order)."""
    mapping, position = {}, 0
    for sentence in before:
        while after[position].text != sentence.text:
            position += 1
        mapping[sentence.id] = after[position].id
        position += 1
    return mapping


def _renumber_citations(node, mapping: dict[str, str]) -> None:
    """Point every `sentence:` of a facts file at the same sentence's new id."""
    if isinstance(node, dict):
        if isinstance(node.get("sentence"), str):
            node["sentence"] = mapping[node["sentence"]]
        for value in node.values():
            _renumber_citations(value, mapping)
    elif isinstance(node, list):
        for value in node:
            _renumber_citations(value, mapping)


def place(payloads: list[str], start: int, count: int) -> list[str]:
    return [payloads[(start + i) % len(payloads)] for i in range(count)]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A project copy with the payloads in the data; its build result and the payload placements."""
    from chaingraph.sources.captures import load_sources

    project = copy_project(tmp_path_factory.mktemp("xss") / "project")
    before = load_sources(project.sources)[ZIGONG].normalized.sentences
    capture = project.sources / f"{ZIGONG}.txt"
    lines = capture.read_text(encoding="utf-8").split("\n")
    anchor = next(i for i, line in enumerate(lines) if line.startswith("在全面深化改革征途中"))
    lines[anchor + 1:anchor + 1] = [f"珈钠能源员工留言{payload}就在这里" for payload in CAPTURE_FORMS]
    capture.write_text("\n".join(lines), encoding="utf-8")
    after = load_sources(project.sources)[ZIGONG].normalized
    normalized = after.text
    renumbered = _renumbering(before, after.sentences)
    quotes = [p for p in PAYLOADS + ["<script>alert(23)</script>", "a < b > c && d"] if f"留言{p}就在" in normalized]

    facts_path = project.facts / f"{ZIGONG}.yaml"
    data = yaml.safe_load(facts_path.read_text(encoding="utf-8"))
    entities = {e["id"]: e for e in data["entities"]}
    placed: dict[str, list[str]] = {}
    company = entities["jiana-energy"]
    company["label"] = {"zh": PAYLOADS[0], "en": PAYLOADS[1]}
    company.setdefault("aliases", {}).setdefault("zh", []).extend(place(PAYLOADS, 2, 10))
    company["aliases"].setdefault("en", []).extend(place(PAYLOADS, 12, 10))
    company["description"] = {"zh": PAYLOADS[6], "en": PAYLOADS[9]}
    company.setdefault("facts", []).extend({"produces": "polyanion-cathode-material", "quote": q} for q in quotes)
    placed["labels"] = PAYLOADS[:2]
    placed["aliases"] = place(PAYLOADS, 2, 20)
    placed["descriptions"] = [PAYLOADS[6], PAYLOADS[9]]
    position = entities["huang-feng-staff"]
    role = next(f for f in position["facts"] if "roleTitle" in f)
    role["roleTitle"] = {"zh": PAYLOADS[3], "en": PAYLOADS[10]}
    placed["role titles"] = [PAYLOADS[3], PAYLOADS[10]]
    institute = entities["carbon-materials-institute"]
    institute["label"] = {"zh": PAYLOADS[17], "en": PAYLOADS[19]}
    placed["labels"] += [PAYLOADS[17], PAYLOADS[19]]
    placed["quotes"] = quotes
    _renumber_citations(data, renumbered)
    facts_path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = build_dataset(project)
    return project, result, placed


def test_payloads_survive_the_build_as_data(hostile):
    """The test is only as strong as what reaches the pages: every placement carries payloads."""
    _, result, placed = hostile
    assert len(placed["quotes"]) >= 5, placed["quotes"]
    assert "a < b > c && d" in placed["quotes"]
    texts = {str(q.object.value) for q in result.oxigraph_quads if hasattr(q.object, "language")}
    for where, payloads in placed.items():
        assert set(payloads) <= texts, where


class Watched:
    """A browser page with the network outside its origin blocked, dialogs and errors recorded."""

    def __init__(self, browser, allowed_prefix: str):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.allowed = allowed_prefix
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)

    def _route(self, route):
        if route.request.url.startswith((self.allowed, "data:")):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str):
        return self.page.evaluate(f"() => ({expression})")

    def wait_for(self, expression: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.js(expression):
            assert time.monotonic() < deadline, f"timed out waiting for {expression}"
            time.sleep(0.05)

    def assert_inert(self) -> None:
        time.sleep(0.3)  # give any injected handler the chance to fire
        injected = self.js(f"Array.from(document.querySelectorAll({json.dumps(INJECTED)})).map(e => e.outerHTML)")
        running = self.js("Array.from(document.scripts).filter(s => !s.type || /javascript|module/.test(s.type))"
                          ".filter(s => /alert\\(\\d+\\)/.test(s.textContent)).length")
        assert injected == [] and running == 0 and self.dialogs == [], (injected, running, self.dialogs)
        assert [url for url in self.blocked if "attacker.invalid" in url] == []

    def text(self, selector: str = "body") -> str:
        return self.js(f"document.querySelector({json.dumps(selector)}).textContent")

    def close(self) -> None:
        self.context.close()


def test_explorer_shows_payloads_as_text_and_runs_none(browser, hostile, tmp_path):
    _, result, placed = hostile
    path = tmp_path / EXPLORER_PAGE
    path.write_text(render_explorer(result), encoding="utf-8")
    watched = Watched(browser, "file://")
    try:
        watched.page.goto(path.as_uri())
        watched.wait_for("window.chaingraphExplorer && window.chaingraphExplorer.stable")
        watched.page.fill("#search", "珈钠能源")
        watched.page.keyboard.press("Enter")
        watched.wait_for(f"document.querySelector('#panel h2') && "
                         f"document.querySelector('#panel h2').textContent === {json.dumps(PAYLOADS[0])}")
        panel = watched.text("#panel")
        missing = [p for p in placed["aliases"] + placed["descriptions"][:1] + placed["quotes"] if p not in panel]
        assert missing == []
        assert PAYLOADS[3] in panel  # the role title of the company's staff member
        watched.assert_inert()
        # hovering the node shows its tooltip; clicking it opens the same panel
        watched.js("window.chaingraphExplorer.focus('jiana-energy')")
        point = watched.js("window.chaingraphExplorer.nodePosition('jiana-energy')")
        watched.page.mouse.move(point["x"], point["y"])
        watched.page.mouse.click(point["x"], point["y"])
        watched.assert_inert()
        watched.js("window.chaingraphExplorer.focus('carbon-materials-institute')")
        assert watched.js("window.chaingraphExplorer.nodeLabel('carbon-materials-institute')") == PAYLOADS[17]
        watched.assert_inert()
    finally:
        watched.close()


def test_report_shows_payloads_as_text_and_runs_none(browser, hostile, tmp_path):
    _, result, placed = hostile
    path = tmp_path / REPORT_HTML
    path.write_text(build_report(result).html, encoding="utf-8")
    watched = Watched(browser, "file://")
    try:
        watched.page.goto(path.as_uri())
        watched.page.wait_for_load_state("load")
        text = watched.text()
        shown = [p for p in PAYLOADS if p in text]
        assert PAYLOADS[0] in shown  # the company's label, in the chain coverage
        assert [q for q in placed["quotes"] if q in text], "no payload quote is cited in the report"
        watched.assert_inert()
    finally:
        watched.close()


def sparql_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid SPARQL string literal (\\, \", \uXXXX escapes)


def test_query_page_shows_payload_results_as_text_and_runs_none(browser, hostile, tmp_path):
    project, result, placed = hostile
    outputs = tmp_path / "outputs"
    built = build_dataset(project.__class__(root=project.root, outputs=outputs))
    write_outputs(built, extra_outputs(built))
    expected = sorted({p for payloads in placed.values() for p in payloads})
    server = make_server(project.__class__(root=project.root, outputs=outputs), port=0,
                         limits=Limits(time_limit=10, workers=1), quiet=True)
    start_in_thread(server)
    watched = Watched(browser, server.url)
    try:
        watched.page.goto(server.url + "/")
        watched.page.wait_for_load_state("load")
        values = " ".join(sparql_string(p) for p in expected)
        query = (f"SELECT DISTINCT ?text WHERE {{ ?s ?p ?o . BIND(STR(?o) AS ?text) VALUES ?text {{ {values} }} }} "
                 "ORDER BY ?text")
        watched.page.fill("#query", query)
        watched.page.click("#run")
        watched.wait_for(f"document.querySelectorAll('#results tbody tr').length === {len(expected)}")
        cells = watched.js("Array.from(document.querySelectorAll('#results tbody td')).map(td => td.textContent)")
        assert sorted(cells) == expected
        watched.assert_inert()
        # the explorer under the server's policy too
        watched.page.goto(server.url + "/explorer/")
        watched.wait_for("window.chaingraphExplorer && window.chaingraphExplorer.stable")
        watched.assert_inert()
        assert [url for url in watched.blocked if not url.startswith(server.url)] == []
    finally:
        watched.close()
        server.close()
