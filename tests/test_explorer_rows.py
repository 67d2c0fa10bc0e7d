"""The capacities table and the timeline, which the page makes itself from the facts it carries
(static/explorer-rows.js), in Chromium: every row and event as the graph states it, by SPARQL on
the graph of three sources (the Zigong article and two written for the tests)."""

from __future__ import annotations

import json
import re

from support import select, slug
from test_explorer_chain import opened, show, three, three_page  # noqa: F401, F811  (fixtures)

CELLS = """Array.from(document.querySelectorAll('#capacities tbody tr')).map(tr => {
  const cells = Array.from(tr.children);
  const heads = Array.from(document.querySelectorAll('#capacities thead th'));
  const col = k => cells[heads.findIndex(th => th.dataset.col === k)];
  const ids = k => Array.from(col(k).querySelectorAll('[data-entity]')).map(b => b.dataset.entity);
  return {capacity: ids('value')[0], holders: ids('holder'), products: ids('product'),
          segment: col('segment').textContent,
          status: col('status').textContent, date: col('date').textContent,
          sources: Array.from(col('source').querySelectorAll('.row-source')).map(s => s.textContent)};
})"""


def by_capacity(result, query: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for capacity, value in select(result, query):
        found.setdefault(slug(result, capacity), set()).add(value)
    return found


def test_each_capacity_row_names_its_holders_products_segments_status_date_and_sources(browser, three, three_page):  # noqa: F811
    capacities = {slug(three, c) for (c,) in select(three, "SELECT ?c WHERE { ?c a cg:Capacity }")}
    # as the sources and reference knowledge state it: the page shows what the build infers nowhere
    holders = by_capacity(three, """SELECT ?c ?h WHERE { ?c a cg:Capacity . GRAPH ?g { ?h cg:hasCapacity ?c }
                                                       FILTER(!STRENDS(STR(?g), "/inferred")) }""")
    products = by_capacity(three, "SELECT ?c ?p WHERE { ?c a cg:Capacity ; cg:ofProduct ?p }")
    segments: dict[str, dict[str, str]] = {}  # by capacity, each segment's label by IRI (the order shown)
    for c, s, label in select(three, """SELECT DISTINCT ?c ?s ?l WHERE {
            ?c a cg:Capacity ; cg:ofProduct/cg:inSegment ?s . ?s rdfs:label ?l FILTER(LANG(?l) = 'zh') }"""):
        segments.setdefault(slug(three, c), {})[s] = label
    statuses = by_capacity(three, """SELECT ?c ?l WHERE { ?c a cg:Capacity ; cg:status ?s .
                                                         ?s rdfs:label ?l FILTER(LANG(?l) = 'zh') }""")
    dates = by_capacity(three, "SELECT ?c ?d WHERE { ?c a cg:Capacity ; cg:date ?d }")
    # the sources of every statement about the capacity, and of its holders' hasCapacity
    sources = by_capacity(three, """SELECT ?c ?t WHERE { ?c a cg:Capacity .
        { ?e rdf:subject ?c } UNION { ?e rdf:predicate cg:hasCapacity ; rdf:object ?c }
        ?e cg:evidenceSource ?s . ?s dcterms:title ?t FILTER(LANG(?t) = 'zh') }""")
    assert len(capacities) >= 4 and any(len(h) for h in holders.values())
    page = opened(browser, three_page, (1500, 900))
    try:
        show(page, "capacities")
        rows = page.js(CELLS)
        assert sorted(r["capacity"] for r in rows) == sorted(capacities)  # one row each
        for row in rows:
            c = row["capacity"]
            assert set(row["holders"]) == {slug(three, h) for h in holders.get(c, ())}, c
            assert len(row["holders"]) == len(set(row["holders"]))
            assert set(row["products"]) == {slug(three, p) for p in products.get(c, ())}, c
            named = segments.get(c, {})
            assert row["segment"] == "、".join(named[s] for s in sorted(named)), c
            assert {row["status"]} == statuses.get(c, {""}), c
            assert {row["date"]} == dates.get(c, {""}), c
            titles = {re.sub(r"^《(.*)》.*$", r"\1", s) for s in row["sources"]}
            assert titles == sources.get(c, set()), c
    finally:
        page.close()


def test_timeline_words_each_status_and_counts_what_it_cannot_date(browser, three, three_page):  # noqa: F811
    status_words = dict(select(three, """SELECT ?x ?l WHERE { VALUES ?c { cg:Project cg:Cooperation cg:Capacity }
        ?x a ?c ; cg:date ?d ; cg:status ?s . ?s rdfs:label ?l FILTER(LANG(?l) = 'zh') }"""))
    undated = dict(select(three, """SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE {
        VALUES ?c { cg:Project cg:Cooperation cg:Capacity } ?x a ?c .
        FILTER NOT EXISTS { ?x cg:date ?d } FILTER NOT EXISTS { ?x cg:startDate ?d } } GROUP BY ?c"""))
    assert status_words and undated
    page = opened(browser, three_page)
    try:
        show(page, "timeline")
        events = page.js("Array.from(document.querySelectorAll('#timeline .event')).map(e => "
                         "[e.dataset.entity, e.querySelector('.event-words').textContent])")
        for entity, words in events:
            iri = next((x for x in status_words if slug(three, x) == entity), None)
            if iri is not None and "开始" not in words and "开工" not in words and "签约" not in words:
                assert status_words[iri] in words, (entity, words)
        assert any(slug(three, x) == e for x in status_words for e, _ in events)
        note = page.page.inner_text("#timeline .timeline-undated")
        words = {"Project": "项目", "Cooperation": "签约合作", "Capacity": "产能"}
        for cls, count in undated.items():
            kind = words[cls.split("#")[-1]]
            assert f"{kind} {count}" in note, (note, json.dumps(undated))
    finally:
        page.close()
