"""The explorer on a region above the aggregation threshold, opened in a real browser.

A small synthetic region (`chaingraph.authoring.synth`) is rendered with a low threshold, so the page opens
on groups (zones, parks, chain segments, classes) as a 5,000-entity region would, while the test
stays quick. Expected groups, members and counts come from the RDF through SPARQL on pyoxigraph,
never from the page's own data. Speed is measured in benchmarks/explorer_scale.py, not here.
"""

from __future__ import annotations

import json
import math
import re

import pytest
from support import ENTITIES, ROOT, Opened, select, slug

from chaingraph.authoring.synth import generate
from chaingraph.core.outputnames import EXPLORER_PAGE
from chaingraph.core.project import Project
from chaingraph.dataset.build import build_dataset
from chaingraph.views.explorer import explorer_data, render_explorer

THRESHOLD = 50  # the region has ~150 entities


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    root = tmp_path_factory.mktemp("region")
    generate(3, 40, 11, root, ROOT)
    return build_dataset(Project(root=root))


@pytest.fixture(scope="module")
def region_page(region, tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / EXPLORER_PAGE
    path.write_text(render_explorer(region, aggregate_above=THRESHOLD), encoding="utf-8")
    return path


@pytest.fixture
def opened(browser, region_page):  # noqa: F811
    page = Opened(browser, region_page, "#graph")  # the page opens on the chain view otherwise
    yield page
    page.close()


def entities(result) -> set[str]:
    return {slug(result, row[0]) for row in select(result, ENTITIES)}


def park_members(result, park_iri: str) -> set[str]:
    """A park's group: the park, what is located in it, and the capacities of those projects."""
    rows = select(result, f"""
        SELECT DISTINCT ?x WHERE {{
          {{ BIND(<{park_iri}> AS ?x) }} UNION {{ ?x cg:locatedIn <{park_iri}> }}
          UNION {{ ?project cg:locatedIn <{park_iri}> ; cg:hasCapacity ?x }} }}""")
    return {slug(result, row[0]) for row in rows}


def parks(result) -> list[tuple[str, str]]:
    """(IRI, Chinese label) of every industrial park, in IRI order."""
    return sorted((row[0], row[1]) for row in select(result, """
        SELECT ?p ?label WHERE { ?p a cg:IndustrialPark ; rdfs:label ?label FILTER(LANG(?label) = 'zh') }"""))


def test_region_is_above_the_threshold_and_the_page_is_deterministic(region):
    assert len(entities(region)) > THRESHOLD * 2
    first = render_explorer(region, aggregate_above=THRESHOLD)
    assert first == render_explorer(region, aggregate_above=THRESHOLD)
    assert explorer_data(region)["graph"]["aggregated"] is False  # the default threshold is far above


def test_opens_on_groups_each_entity_in_exactly_one(opened, region):
    assert opened.hook("mode") == "aggregated"
    groups = opened.hook("groups()")
    group_ids = {g["id"] for g in groups}
    assert opened.drawn() <= group_ids
    assert len(opened.drawn()) == len(groups)
    members = [m for g in groups for m in g["members"]]
    assert len(members) == len(set(members)), "an entity in two groups"
    assert set(members) == entities(region)
    for group in groups:
        assert group["count"] == len(group["members"])
        assert group["label"].endswith(f" · {group['total']}")
    assert opened.requests == [] and opened.errors == []


def test_a_zone_counts_what_its_parks_hold(opened, region):
    """A zone's label counts its own group and the groups of the parks inside it (by SPARQL)."""
    groups = {g["entity"]: g for g in opened.hook("groups()") if g["entity"]}
    zones = select(region, "SELECT ?z WHERE { ?z a cg:HighTechZone }")
    assert zones
    for (zone,) in zones:
        parks_inside = {slug(region, r[0]) for r in select(region, f"""
            SELECT ?p WHERE {{ ?p a cg:IndustrialPark ; cg:locatedIn|cg:partOf <{zone}> }}""")}
        assert parks_inside
        group = groups[slug(region, zone)]
        expected = group["count"] + sum(len(park_members(region, region.project.base + p)) for p in parks_inside)
        assert group["total"] == expected
        assert group["label"].endswith(f" · {expected}")


def test_opening_view_is_legible_and_the_status_counts_what_is_drawn(opened):
    opened.wait_for("window.chaingraphExplorer.labelsSettled")
    boxes = opened.hook("labelBoxes()")
    labelled = [b["id"] for b in boxes]
    zones = [g["id"] for g in opened.hook("groups()") if g["kind"] == "zone"]
    assert set(zones) <= set(labelled), "every zone is named in the opening view"
    for group in labelled:
        assert opened.hook(f"labelPixels({json.dumps(group)})") >= 12, group
    for i, a in enumerate(boxes):  # no label covers another
        for b in boxes[i + 1:]:
            assert not (a["left"] < b["right"] - 1 and b["left"] < a["right"] - 1
                        and a["top"] < b["bottom"] - 1 and b["top"] < a["bottom"] - 1), (a["id"], b["id"])
    status = [int(n) for n in re.findall(r"\d+", opened.page.inner_text("#status"))]
    assert status[:3] == [len(opened.drawn()), 0, opened.hook("entityCount")]
    assert status[0] > 0


def test_park_and_segment_groups_match_sparql(opened, region):
    groups = {g["entity"]: g for g in opened.hook("groups()") if g["entity"]}
    for park_iri, label in parks(region):
        group = groups[slug(region, park_iri)]
        assert group["kind"] == "park"
        assert set(group["members"]) == park_members(region, park_iri)
        assert group["label"] == f"{label} · {len(park_members(region, park_iri))}"
    products = select(region, """
        SELECT DISTINCT ?product ?root WHERE {
          ?product a cg:Product ; cg:inSegment/cg:subSegmentOf* ?root .
          FILTER NOT EXISTS { ?root cg:subSegmentOf ?above } }""")
    assert products
    for product, root in products:
        assert opened.hook(f"groupOf({json.dumps(slug(region, product))})") == groups[slug(region, root)]["id"]


def test_clicking_a_park_expands_exactly_its_members_around_it_and_double_click_collapses(opened, region):
    park_iri, _ = parks(region)[0]
    park = slug(region, park_iri)
    group = opened.hook(f"groupOf({json.dumps(park)})")
    before = opened.drawn()
    positions_before = opened.hook("positions()")
    opened.click_node(group)
    expected = park_members(region, park_iri)
    assert opened.drawn() == (before - {group}) | expected
    # the opened park reads: its members in the window, their labels at 12 px and none covering another
    opened.wait_for("window.chaingraphExplorer.labelsSettled")
    labelled = {b["id"] for b in opened.hook("labelBoxes()")}
    in_view = set(opened.hook("nodesInView()")) & expected
    assert len(in_view) >= min(len(expected), 20)
    assert labelled >= in_view
    assert all(opened.hook(f"labelPixels({json.dumps(m)})") >= 12 for m in in_view)
    status = [int(n) for n in re.findall(r"\d+", opened.page.inner_text("#status"))]
    assert status[:2] == [len(before) - 1, len(expected)]
    after = opened.hook("positions()")
    assert all(after[n] == positions_before[n] for n in before - {group}), "nothing already drawn moves"
    centre = positions_before[group]
    assert after[park] == centre  # the park takes its group's place, its members ring it
    far = max(math.dist((after[m]["x"], after[m]["y"]), (centre["x"], centre["y"])) for m in expected)
    nearest_other = min(math.dist((p["x"], p["y"]), (centre["x"], centre["y"]))
                        for n, p in positions_before.items() if n != group)
    assert far < nearest_other
    member = sorted(expected - {park})[0]
    opened.hook(f"focus({json.dumps(member)})")
    point = opened.hook(f"nodePosition({json.dumps(member)})")
    opened.page.mouse.dblclick(point["x"], point["y"])
    assert opened.drawn() == before
    assert opened.errors == [] and opened.requests == []


def test_search_finds_a_company_in_an_unexpanded_park_and_shows_its_evidence(opened, region):
    company, name, park = select(region, """
        SELECT ?c ?name ?park WHERE { ?c a cg:Company ; rdfs:label ?name ; cg:locatedIn ?park .
                                     ?park a cg:IndustrialPark FILTER(LANG(?name) = 'zh') }
        ORDER BY DESC(?c) LIMIT 1""")[0]
    company_id = slug(region, company)
    group = opened.hook(f"groupOf({json.dumps(company_id)})")
    assert group in opened.drawn() and company_id not in opened.drawn()
    opened.page.fill("#search", name)
    assert opened.page.locator("#search-results li").first.get_attribute("data-entity") == company_id
    opened.page.keyboard.press("Enter")
    assert opened.hook("selected") == company_id
    drawn = opened.drawn()
    assert company_id in drawn and group not in drawn
    assert park_members(region, park) <= drawn
    assert opened.page.inner_text("#panel h2") == name
    text = opened.panel_text()
    quotes = select(region, f"SELECT DISTINCT ?q WHERE {{ ?e rdf:subject <{company}> ; cg:quote ?q }}")
    assert quotes
    for (quote,) in quotes:
        assert quote in text
    title = select(region, f"""
        SELECT ?title WHERE {{ ?e rdf:subject <{company}> ; cg:evidenceSource/dcterms:title ?title }} LIMIT 1""")
    assert title[0][0] in text
    # the panel's collapse button folds the park back into its group
    opened.page.click("#panel button.collapse-group")
    assert group in opened.drawn() and company_id not in opened.drawn()
    assert opened.errors == [] and opened.requests == []


def test_full_flag_draws_every_entity(browser, region_page, region):  # noqa: F811
    page = Opened(browser, region_page, "#full")
    try:
        assert page.hook("mode") == "full"
        assert page.drawn() == entities(region)
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


def test_the_page_lays_out_a_large_region_itself(region, browser, region_page):  # noqa: F811
    """Above the threshold the build sends no positions or groups (the page makes both from the
    facts, `static/explorer-layout.js`); opened, every entity has a place and no two share one."""
    graph = explorer_data(region, aggregate_above=THRESHOLD)["graph"]
    assert "positions" not in graph and "aggregates" not in graph and graph["groupKinds"]
    page = Opened(browser, region_page, "#graph")
    try:
        for group in page.hook("groups()"):
            page.hook(f"expand({json.dumps(group['id'])})")
        positions = page.hook("positions()")
        assert set(positions) == entities(region)
        assert len({(p["x"], p["y"]) for p in positions.values()}) == len(positions)
        assert page.errors == [] and page.requests == []
    finally:
        page.close()
