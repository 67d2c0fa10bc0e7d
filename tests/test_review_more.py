"""`chaingraph review`, second part: an entity the rules missed added from selected words, the
link search ranked by the project's one resolver (Enter links the first result), and a
conflict over who holds a capacity resolved as superseded. All in Chromium, saved files built."""

from __future__ import annotations

import pytest
import yaml
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS
from review_articles.articles import HERE, ingest_all
from review_script import review, yaml_edits
from support import copy_project, copy_with_sources

from chaingraph.authoring.review.server import ReviewServer
from chaingraph.core.namespaces import CG
from chaingraph.dataset.build import build_dataset

pytestmark = pytest.mark.server
SIGNING = "zigong-sodium-signing-2025-03"
GROUNDBREAKING = "neijiang-anode-groundbreaking-2025-04"


@pytest.fixture(scope="module")
def articles_project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("review-more"))
    ingest_all(project)
    return project


def _open(browser, articles_project, tmp_path, source_id):
    project = copy_with_sources(articles_project, tmp_path)
    server = ReviewServer(project, source_id)
    server.start()
    context = browser.new_context(viewport={"width": 1500, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=60000)
    return project, server, context, page, errors


@pytest.fixture
def opened(browser, articles_project, tmp_path, request):
    project, server, context, page, errors = _open(browser, articles_project, tmp_path, request.param)
    yield project, page
    context.close()
    server.stop()
    assert errors == []


def _checked(page):
    page.wait_for_function("() => !window.__pending", timeout=30000)
    page.wait_for_timeout(50)
    page.wait_for_function("() => !window.__pending", timeout=30000)


def _select(page, words):
    page.evaluate("""(wanted) => {
        for (const p of document.querySelectorAll('#text .sentence')) {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          let node;
          while ((node = walker.nextNode())) {
            const at = node.textContent.indexOf(wanted);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at); range.setEnd(node, at + wanted.length);
            window.getSelection().removeAllRanges(); window.getSelection().addRange(range);
            return;
          }
        }
        throw new Error('not in the text: ' + wanted);
    }""", words)


@pytest.mark.parametrize("opened", [GROUNDBREAKING], indirect=True)
def test_selected_words_become_a_person_and_position_with_proposed_labels(opened):
    _, page = opened
    _select(page, "禚海涛")
    page.keyboard.press("n")
    page.wait_for_function("() => document.activeElement.id === 'add-cls'", timeout=30000)
    # the page proposes what the words before the name say: a person, the role, the organisation
    assert page.input_value("#add-cls") == "Person"
    assert page.input_value("#add-role") == "副局长"
    org = page.input_value("#add-org")
    assert page.get_attribute(f"#list li[data-key='{org}']", "data-label") == "内江市经济和信息化局"
    page.keyboard.press("Enter")
    page.wait_for_selector("#add[hidden]", state="attached", timeout=30000)
    _checked(page)
    assert "accept" in page.get_attribute("#list li[data-label='禚海涛']", "class")
    assert "accept" in page.get_attribute("#list li[data-label='禚海涛（副局长）']", "class")
    assert page.locator("mark.cand", has_text="禚海涛").count() >= 1  # highlighted in the text
    written = yaml.safe_load(page.text_content("#yaml"))
    entities = {e["id"]: e for e in written["entities"]}
    assert entities["zhuo-haitao"]["label"] == {"zh": "禚海涛", "en": "Zhuo Haitao"}
    assert entities["zhuo-haitao"]["quote"] == "内江市经济和信息化局副局长禚海涛对项目开工表示祝贺"
    position = entities["zhuo-haitao-deputy-director"]
    assert position["label"]["en"] == "Zhuo Haitao, deputy director"
    facts = {next(iter(f)): f for f in position["facts"]}
    assert facts["holder"]["holder"] == "zhuo-haitao"
    assert facts["roleTitle"]["roleTitle"] == {"zh": "副局长", "en": "deputy director"}
    assert facts["holder"]["quote"] == "内江市经济和信息化局副局长禚海涛"
    # an added entity is a candidate like any other: here it gets a description
    page.click("#list li[data-label='禚海涛']")
    page.keyboard.press("e")
    page.keyboard.press("Tab")
    page.keyboard.type("Neijiang deputy director for industry")
    page.keyboard.press("Enter")
    _checked(page)
    written = yaml.safe_load(page.text_content("#yaml"))
    person = next(e for e in written["entities"] if e["id"] == "zhuo-haitao")
    assert person["description"] == {"en": "Neijiang deputy director for industry"}
    page.click(f"#list li[data-key='{org}']")
    page.keyboard.press("a")  # the position's organisation too, so its positionIn is written
    _checked(page)
    assert page.inner_text("#build-state") == "builds"


@pytest.mark.parametrize("opened", [GROUNDBREAKING], indirect=True)
def test_the_groundbreaking_reviewed_with_an_added_person_builds_and_is_the_correct_file(opened):
    project, page = opened
    review(page, GROUNDBREAKING)
    assert page.get_attribute("#saved", "data-state") == "saved"
    written = yaml.safe_load((project.facts / f"{GROUNDBREAKING}.yaml").read_text(encoding="utf-8"))
    correct = yaml.safe_load((HERE / f"{GROUNDBREAKING}.facts.yaml").read_text(encoding="utf-8"))
    assert yaml_edits(written, correct, {}) == {"deleted entities": 0, "pieces changed": 0,
                                                "ids and references renamed": 0, "typed": 0}
    ds = build_dataset(project).dataset
    person, position = URIRef(project.base + "zhuo-haitao"), URIRef(project.base + "zhuo-haitao-deputy-director")
    assert (person, RDF.type, CG.Person) in ds and (person, RDFS.label, Literal("Zhuo Haitao", lang="en")) in ds
    assert (position, CG.holder, person) in ds


@pytest.mark.parametrize("opened", [SIGNING], indirect=True)
def test_the_link_search_ranks_an_exact_label_first_and_finds_pinyin(opened):
    _, page = opened
    page.click("#list li[data-label='涂强']")
    page.keyboard.press("l")
    page.keyboard.type("涂强")
    page.wait_for_selector("#results button[data-id='tu-qiang-deputy-director']", timeout=30000)
    found = [b.get_attribute("data-id") for b in page.query_selector_all("#results button")]
    # the person labelled 涂强 before the position whose label only starts with it
    assert found.index("tu-qiang") < found.index("tu-qiang-deputy-director")
    page.fill("#search", "")
    page.keyboard.type("tuqiang")
    page.wait_for_selector("#results button[data-id='tu-qiang']", timeout=30000)
    assert page.get_attribute("#results li:first-child button", "data-id") == "tu-qiang"
    page.fill("#search", "")
    page.keyboard.type("jnny")  # initials of 珈钠能源
    page.wait_for_selector("#results button[data-id='jiana-energy']", timeout=30000)


@pytest.mark.parametrize("opened", [SIGNING], indirect=True)
def test_enter_in_the_search_links_the_first_result(opened):
    _, page = opened
    page.click("#list li[data-label='涂强']")
    key = page.get_attribute("#card", "data-key")
    page.keyboard.press("l")
    page.keyboard.type("涂强")
    page.wait_for_selector("#results button[data-id='tu-qiang']", timeout=30000)
    first = page.get_attribute("#results li:first-child button", "data-id")
    page.keyboard.press("Enter")
    _checked(page)
    assert first == "tu-qiang"
    assert "linked to tu-qiang" in page.inner_text("#card-decision")
    assert "accept" in page.get_attribute(f"#list li[data-key='{key}']", "class")


@pytest.mark.parametrize("opened", [SIGNING], indirect=True)
def test_a_conflict_over_who_holds_a_capacity_is_resolved_as_superseded(opened):
    project, page = opened
    for _ in page.query_selector_all("#list li"):
        page.keyboard.press("a")  # everything as proposed: Jiana's project stays a new entity
    reason = "the phase-one project holds this capacity since the signing"
    page.click("#list li[data-label='自贡珈钠能源科技有限公司年产10万吨聚阴离子正极材料一期项目产能']")
    page.keyboard.press("l")
    page.keyboard.type("聚阴离子正极材料年产")
    page.click("#results button[data-id='jiana-polyanion-capacity']")
    _checked(page)
    conflict = "#merge-status li.contradicts[data-prop='held by (hasCapacity)']"
    page.wait_for_selector(conflict, timeout=30000)
    assert "jiana-cathode-project" in page.inner_text(conflict)
    page.fill(f"{conflict} input.reason", reason)
    page.click(f"{conflict} button.resolve-supersede")
    _checked(page)
    assert "zigong-gaoxinqu-2024-08 superseded" in page.inner_text(conflict)
    page.keyboard.press("s")
    page.wait_for_function("() => document.getElementById('saved').dataset.state", timeout=60000)
    assert page.get_attribute("#saved", "data-state") == "saved"
    written = yaml.safe_load((project.facts / f"{SIGNING}.yaml").read_text(encoding="utf-8"))
    holders = [f for e in written["entities"] for f in e.get("facts", [])
               if f.get("hasCapacity") == "jiana-polyanion-capacity"]
    assert holders and all(f["superseded"] == {"source": "zigong-gaoxinqu-2024-08", "reason": reason}
                           for f in holders)
    ds = build_dataset(project).dataset
    assert reason in {str(r) for r in ds.objects(None, CG.supersededReason)}
