"""The planners' explorer page (outputs/chaingraph.html), opened in a real browser.

Chromium (Debian's) runs headless through Playwright with every request outside file:// blocked
and recorded. Expected values come from the RDF through SPARQL (pyoxigraph), never from the
page's own data. The page's Content-Security-Policy forbids eval, so the tests poll with
page.evaluate (which the policy allows) instead of wait_for_function.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from support import ENTITIES, ROOT, SCREENSHOTS, Opened, copy_project

from chaingraph.core.namespaces import sparql_prologue
from chaingraph.core.outputnames import EXPLORER_PAGE
from chaingraph.core.project import Project
from chaingraph.dataset.build import build_dataset
from chaingraph.dataset.store import store_from_quads
from chaingraph.views.explorer import explorer_data, json_for_script, output_files, render_explorer
from chaingraph.views.explorer.page import PAGE_SCRIPTS

HOSTILE_LABEL = "<img src=x onerror=alert(1)>"
HOSTILE_ALIAS = "</script><script>alert(2)</script>"
HOSTILE_DESCRIPTION = "<!-- <script>alert(3)</script> \u2028 &amp;"
HOSTILE_ROLE = "<b onmouseover=alert(4)>staff</b>"


# ----------------------------------------------------------------------------- SPARQL helpers

def select(result, query: str) -> list[list[str]]:
    store = store_from_quads(result.quads)
    rows = store.query(sparql_prologue(result.project.base) + query)
    return [[term.value if term is not None else None for term in row] for row in rows]




def entity_iris(result) -> set[str]:
    """Independent definition of the page's nodes: every cg-typed subject outside the ontology,
    except provenance and positions (which the page folds into their holders)."""
    return {row[0] for row in select(result, ENTITIES)}


def iri_of(result, node_id: str) -> str:
    return node_id if "://" in node_id else result.project.base + node_id


def company_named(result, fragment: str) -> str:
    rows = select(result, f"""
        SELECT DISTINCT ?s WHERE {{ ?s a cg:Company ; rdfs:label|skos:altLabel ?name .
                                   FILTER(CONTAINS(STR(?name), "{fragment}")) }}""")
    assert len(rows) == 1, rows
    return rows[0][0]


def slug(result, iri: str) -> str:
    return iri[len(result.project.base):]


# ----------------------------------------------------------------------------- browser helpers



def test_the_data_is_what_the_page_embeds_with_relations_by_position_and_quotes_by_span(zigong):
    """`explorer_data` returns the page's data as the page embeds it: a relation points at its
    entity by the node's position, and a quote is a span of its sentence. Each `produces` the
    sources state is carried, with the quotes of its evidence (both by SPARQL)."""
    data = explorer_data(zigong)
    assert json_for_script(data) in render_explorer(zigong)
    nodes, sentences = data["nodes"], data["sentences"]
    ids, produces = nodes["ids"], nodes["properties"].index("produces")
    carried = {}
    for i, facts in enumerate(nodes["facts"]):
        for fact in facts:
            if fact[0] == produces:
                quotes = set()
                for record in (data["evidence"][e] for e in fact[2:]):
                    sentence, start, length = record  # every quote of these facts lies in its sentence
                    quotes.add(sentences["texts"][sentence][start:start + length])
                carried[ids[i], ids[fact[1]]] = quotes
    stated = {}
    for s, o, quote in select(zigong, """
            SELECT ?s ?o ?q WHERE { GRAPH ?g { ?s cg:produces ?o }
                                    ?e rdf:subject ?s ; rdf:predicate cg:produces ; rdf:object ?o ; cg:quote ?q
                                    FILTER(!STRENDS(STR(?g), "/inferred")) }"""):
        stated.setdefault((slug(zigong, s), slug(zigong, o)), set()).add(quote)
    assert len(stated) >= 4 and carried == stated


@pytest.fixture(scope="module")
def zigong_page(tmp_path_factory, zigong) -> Path:
    path = tmp_path_factory.mktemp("explorer") / EXPLORER_PAGE
    path.write_text(render_explorer(zigong), encoding="utf-8")
    return path


@pytest.fixture
def explorer(browser, zigong_page):
    opened = Opened(browser, zigong_page, "#graph")  # the page opens on the chain view otherwise
    yield opened
    opened.close()


# ----------------------------------------------------------------------------- the page as a file

class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def test_page_is_one_self_contained_deterministic_file(zigong):
    files = output_files(zigong)
    assert list(files) == [zigong.project.output_dir / EXPLORER_PAGE]
    html = files[zigong.project.output_dir / EXPLORER_PAGE].decode("utf-8")
    assert render_explorer(zigong) == html  # byte-identical across renders
    parser = _Elements()
    parser.feed(html)
    tags = parser.found
    assert not [a for t, a in tags if t == "script" and "src" in a], "no external scripts"
    assert not [t for t, a in tags if t == "link"], "no linked styles or fonts"
    csp = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp


@pytest.mark.slow  # renders the page again in a second Python process
def test_page_is_byte_identical_across_processes():
    """Layout and data must not depend on Python's per-process hash seed."""
    script = "\n".join([
        "import hashlib",
        "from pathlib import Path",
        "from chaingraph.core.project import Project",
        "from chaingraph.views.explorer import render_explorer",
        "from chaingraph.dataset.build import build_dataset",
        f"page = render_explorer(build_dataset(Project(root=Path({str(ROOT)!r}))))",
        "print(hashlib.sha256(page.encode()).hexdigest())",
    ])
    digests = {subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True, timeout=120).stdout
               for seed in ("1", "2")}
    assert len(digests) == 1


@given(st.text())
def test_json_for_script_cannot_break_out_and_round_trips(text):
    embedded = json_for_script({"label": text, "list": [text, "</script>"]})
    assert not any(c in embedded for c in "<>&\u2028\u2029")
    assert json.loads(embedded) == {"label": text, "list": [text, "</script>"]}


# ----------------------------------------------------------------------------- in the browser

def test_opens_offline_without_requests_or_errors_and_draws_every_entity(explorer, zigong):
    assert explorer.requests == []
    assert explorer.errors == []
    entities = entity_iris(zigong)
    drawn = {iri_of(zigong, node_id) for node_id in explorer.drawn()}
    assert len(drawn) == len(entities)
    assert drawn == entities
    # the zone sits amid its parks, platforms and partner zones, and the layout has stopped moving
    zone = select(zigong, "SELECT ?z WHERE { ?z a cg:HighTechZone ; rdfs:label '自贡高新区'@zh }")[0][0]
    around = {row[0] for row in select(zigong, f"""
        SELECT ?x WHERE {{ {{ ?x cg:partOf|cg:locatedIn <{zone}> }}
                          UNION {{ ?c cg:partner <{zone}>, ?x FILTER(?x != <{zone}>) }} }}""")}
    assert len(around) >= 5
    positions = explorer.hook("positions()")
    centre = positions[slug(zigong, zone)]
    distance = {node: math.dist((p["x"], p["y"]), (centre["x"], centre["y"])) for node, p in positions.items()}
    median = sorted(distance.values())[len(distance) // 2]
    far = {x: distance[slug(zigong, x)] for x in around if distance[slug(zigong, x)] >= median}
    assert not far, (median, far)
    time.sleep(0.5)
    assert explorer.hook("positions()") == positions
    explorer.page.screenshot(path=str(SCREENSHOTS / "explorer-graph.png"))


def test_search_in_chinese_english_and_pinyin_selects_the_company(explorer, zigong):
    jiana = slug(zigong, company_named(zigong, "珈钠"))
    for query in ("jiana", "Jiana Energy", "jnny"):
        explorer.page.fill("#search", query)
        first = explorer.page.locator("#search-results li").first
        assert first.get_attribute("data-entity") == jiana, query
    explorer.page.fill("#search", "")
    explorer.page.locator("#search").press_sequentially("珈钠")
    explorer.page.keyboard.press("Enter")
    assert explorer.hook("selected") == jiana
    label_zh = select(zigong, f"SELECT ?l WHERE {{ <{iri_of(zigong, jiana)}> rdfs:label ?l FILTER(LANG(?l)='zh') }}")
    assert explorer.page.inner_text("#panel h2") == label_zh[0][0]


def test_clicking_a_node_shows_each_fact_with_its_quote_and_source(explorer, zigong):
    jiana_iri = company_named(zigong, "珈钠")
    jiana = slug(zigong, jiana_iri)
    explorer.click_node(jiana)
    assert explorer.hook("selected") == jiana
    text = explorer.panel_text()
    quotes = select(zigong, f"SELECT DISTINCT ?q WHERE {{ ?e rdf:subject <{jiana_iri}> ; cg:quote ?q }}")
    assert quotes
    for (quote,) in quotes:
        assert quote in text
    title, publisher, visited = select(zigong, f"""
        SELECT ?title ?pub ?date WHERE {{
          ?e rdf:subject <{jiana_iri}> ; cg:evidenceSource ?src .
          ?src dcterms:title ?title ; dcterms:publisher/rdfs:label ?pub ; dcterms:date ?date .
          FILTER(LANG(?title) = 'zh' && LANG(?pub) = 'zh') }} LIMIT 1""")[0]
    assert title in text and publisher in text and visited in text
    # a relation jumps to its target
    product = select(zigong, f"SELECT ?p WHERE {{ <{jiana_iri}> cg:produces ?p }}")[0][0]
    explorer.page.click(f"#panel button.link[data-entity='{slug(zigong, product)}']")
    assert explorer.hook("selected") == slug(zigong, product)
    explorer.page.click(f"#panel button.link[data-entity='{jiana}']")
    explorer.page.screenshot(path=str(SCREENSHOTS / "explorer-panel.png"))


def test_capacity_panel_shows_amount_unit_status_and_date(explorer, zigong):
    capacity, status = select(zigong, """
        SELECT ?c ?status WHERE { ?c a cg:Capacity ; cg:value ?v ; cg:unitCode "TNE" ; cg:perPeriod "ANN" ;
                                     cg:status/rdfs:label ?status FILTER(?v = 100000 && LANG(?status) = 'zh') }""")[0]
    explorer.click_node(slug(zigong, capacity))
    quantity = explorer.page.inner_text("#panel .quantity")
    assert "10万吨/年" in quantity  # the article's own words: 年产10万吨
    assert status in quantity and "2024-06" in quantity


def test_class_filter_hides_and_shows(explorer, zigong):
    everything = explorer.drawn()
    companies = {slug(zigong, row[0]) for row in select(zigong, "SELECT ?s WHERE { ?s a cg:Company }")}
    assert companies <= everything
    explorer.page.uncheck("#class-filter input[data-cls='Company']")
    assert explorer.drawn() == everything - companies
    explorer.page.check("#class-filter input[data-cls='Company']")
    assert explorer.drawn() == everything


def test_segment_filter_keeps_the_segment_its_products_and_capacities(explorer, zigong):
    cell = select(zigong, "SELECT ?s WHERE { ?s a cg:ChainSegment ; rdfs:label '电芯'@zh }")[0][0]
    expected = {cell} | {row[0] for row in select(zigong, f"""
        SELECT ?x WHERE {{ {{ ?x cg:inSegment <{cell}> }}
                          UNION {{ ?p cg:inSegment <{cell}> . ?x cg:ofProduct ?p }} }}""")}
    explorer.page.select_option("#segment-filter", slug(zigong, cell))
    drawn = {iri_of(zigong, n) for n in explorer.drawn()}
    assert expected <= drawn
    assert len(drawn) < len(entity_iris(zigong)) / 4


def test_neighbourhood_mode_fades_all_but_the_neighbours(explorer, zigong):
    jiana_iri = company_named(zigong, "珈钠")
    product = select(zigong, f"SELECT ?p WHERE {{ <{jiana_iri}> cg:produces ?p }}")[0][0]
    explorer.page.check("#neighbourhood")
    explorer.click_node(slug(zigong, jiana_iri))
    faded = set(explorer.hook("fadedNodeIds()"))
    assert slug(zigong, jiana_iri) not in faded and slug(zigong, product) not in faded
    assert len(faded) > len(explorer.drawn()) / 2
    explorer.page.uncheck("#neighbourhood")
    assert explorer.hook("fadedNodeIds()") == []


def test_language_switch_changes_labels(explorer, zigong):
    jiana_iri = company_named(zigong, "珈钠")
    jiana = slug(zigong, jiana_iri)
    labels = dict(select(zigong, f"SELECT (LANG(?l) AS ?lang) ?l WHERE {{ <{jiana_iri}> rdfs:label ?l }}"))
    assert explorer.hook(f"nodeLabel('{jiana}')") == labels["zh"]
    explorer.page.click("#lang-switch")
    assert explorer.hook("language") == "en"
    assert explorer.hook(f"nodeLabel('{jiana}')") == labels["en"]
    explorer.page.fill("#search", "Jiana")
    explorer.page.keyboard.press("Enter")
    assert explorer.page.inner_text("#panel h2") == labels["en"]
    explorer.page.click("#lang-switch")
    assert explorer.hook(f"nodeLabel('{jiana}')") == labels["zh"]


# ----------------------------------------------------------------------------- other data

def _edit_facts(project: Project, edit) -> None:
    path = next(project.facts.glob("*.yaml"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_hostile_labels_show_as_text_and_run_nothing(browser, tmp_path):
    project = copy_project(tmp_path / "project")

    def make_hostile(data):
        entity = next(e for e in data["entities"] if e["id"] == "jiana-energy")
        entity["label"]["zh"] = HOSTILE_LABEL
        entity["aliases"]["zh"].append(HOSTILE_ALIAS)
        entity["description"] = {"zh": HOSTILE_DESCRIPTION, "en": HOSTILE_ALIAS}
        position = next(e for e in data["entities"] if e["id"] == "huang-feng-staff")
        role = next(f for f in position["facts"] if "roleTitle" in f)
        role["roleTitle"]["zh"] = HOSTILE_ROLE

    _edit_facts(project, make_hostile)
    result = build_dataset(project)
    page_path = tmp_path / EXPLORER_PAGE
    page_path.write_text(render_explorer(result), encoding="utf-8")
    opened = Opened(browser, page_path)
    try:
        opened.page.fill("#search", "珈钠能源")
        assert opened.page.locator("#search-results li").first.inner_text().strip().startswith(HOSTILE_LABEL)
        opened.page.keyboard.press("Enter")
        assert opened.page.inner_text("#panel h2") == HOSTILE_LABEL
        assert opened.page.inner_text("#panel .description") == HOSTILE_DESCRIPTION
        text = opened.panel_text()
        assert HOSTILE_ALIAS in text and HOSTILE_ROLE in text  # the holder's position, linked from here
        assert opened.hook("nodeLabel('jiana-energy')") == HOSTILE_LABEL
        opened.page.click("#panel button.link[data-entity='huang-feng']")
        assert HOSTILE_ROLE in opened.page.inner_text("#panel ul.facts")
        assert opened.page.locator("img").count() == 0
        assert opened.js("document.scripts.length") == 2 + len(PAGE_SCRIPTS)  # data, vis-network, the page's own
        assert opened.dialogs == []
        assert opened.errors == [] and opened.requests == []
    finally:
        opened.close()


def test_without_chain_segments_the_chain_view_says_so(browser, tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project.reference)
    result = build_dataset(project)
    page_path = tmp_path / EXPLORER_PAGE
    page_path.write_text(render_explorer(result), encoding="utf-8")
    opened = Opened(browser, page_path)
    try:
        assert {iri_of(result, n) for n in opened.drawn()} == entity_iris(result)
        opened.page.click("#view-chain")
        assert opened.page.is_visible("#chain-empty")
        assert opened.errors == [] and opened.requests == []
    finally:
        opened.close()
