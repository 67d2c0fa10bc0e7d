"""The chain view's data: one tab per chain, each segment's coverage by the zone as the report
computes it, and what a planner opens a segment for (its local companies, projects, capacities,
with their sources; for a gap, who makes its products elsewhere).

Coverage and gaps are never worked out here: they come from `chaingraph.analysis.chain`
(`coverage`, `gaps`, `segment_depths`) with the zone and industry the report uses, so the page and
the report cannot disagree. This module only turns their answer into page data: entity ids the
page knows, words for quantities, and the evidence indices of every fact behind a row.

The main chain (`analysis.chain.chain_industry`) comes first; every other industry with chain
segments (the supporting chains) gets its own tab, so that chains are never mixed.
"""

from __future__ import annotations

from decimal import Decimal

from chaingraph.analysis import chain as analysis
from chaingraph.analysis.makers import outside_makers
from chaingraph.facts.wording import quantity_words
from chaingraph.views.explorer.rows import FactEvidence, Kinds, date_of, labels_of


def chain_tabs(G, nodes: list[dict], slug, vocab, facts: FactEvidence | None = None) -> list[dict]:
    """One entry per chain, the main chain first; empty when the data has no chain segments.
    `G` is the dataset's networkx projection (`analysis.projection.to_networkx`)."""
    counts = analysis.industry_segments(G)
    try:
        main = analysis.chain_industry(G, counts)
        zone = analysis.default_zone(G)
    except analysis.NameNotFound:
        return []
    order = [main] + sorted((i for i in counts if i != main), key=lambda i: (-counts[i], analysis.label(G, i, "en")))
    facts = facts or FactEvidence(nodes)  # shared by the three tables when given
    kinds = Kinds(vocab)
    edges = analysis.coverage_edges(G)  # read once for every tab, and so is what is local
    local = analysis.local_entities(G, zone)
    return [_tab(G, industry, zone, slug, facts, kinds, edges, local) for industry in order]


def _tab(G, industry: str, zone: str, slug, facts, kinds, edges, local) -> dict:
    cover = analysis.coverage(G, zone, industry, edges, local)
    gap_list = {g.segment: g for g in analysis.gaps(G, zone, industry, cover, local)}
    depth = analysis.segment_depths(G, {c.segment for c in cover})
    by_segment = {c.segment: c for c in cover}
    top = [c for c in cover if c.parent is None]
    columns: list[list[str]] = [[] for _ in range(max(depth.values(), default=-1) + 1)]
    for item in top:
        columns[depth[item.segment]].append(slug(item.segment))
    segments = {}
    for item in cover:
        parent = by_segment.get(item.parent) if item.parent else None
        state = "covered" if item.covered else "open" if parent is not None and parent.covered else "gap"
        entry = {
            "labels": labels_of(G, item.segment),
            "parent": slug(item.parent) if item.parent else None,
            "children": [slug(c) for c in analysis.narrower(G, item.segment, set(by_segment))
                         if by_segment[c].parent == item.segment],
            "state": state,
            "totals": [{"amount": quantity_words(Decimal(str(value)), unit or None, period or None, "exact"),
                        "status": status} for (unit, period, status), value in item.totals.items()],
            "rows": _rows(G, item, slug, facts, kinds),
        }
        entry["counts"] = _counts(entry["rows"])
        gap = gap_list.get(item.segment)
        if gap is not None:
            entry["dependents"] = [slug(d) for d in gap.dependents]
            entry["leads"] = [_lead(G, triple, slug, facts, kinds, "outside")
                              for triple in outside_makers(G, item.segment, local)]
            entry["leads"] += [_lead(G, triple, slug, facts, kinds, "related") for triple in gap.leads]
        segments[slug(item.segment)] = entry
    return {
        "industry": slug(industry),
        "labels": labels_of(G, industry),
        "zone": slug(zone),
        "zoneLabels": labels_of(G, zone),
        "summary": {"segments": len(top), "covered": sum(1 for c in top if c.covered), "gaps": len(gap_list)},
        "columns": columns,
        "segments": segments,
    }


def _rows(G, item: analysis.SegmentCoverage, slug, facts, kinds) -> list[dict]:
    """The segment table: local producers, capacities and entities placed in the segment."""
    rows = []
    for entity, product in item.producers:
        rows.append({"kind": kinds.of(G, entity), "entity": slug(entity), "product": slug(product),
                     "status": G.nodes[entity].get("status"), "date": date_of(G.nodes[entity]),
                     "ev": facts.of(slug(entity), "produces", slug(product))})
    for cap in item.capacities:
        amount = quantity_words(Decimal(str(cap.value)), cap.unit or None, cap.per_period or None,
                                G.nodes[cap.capacity].get("value_qualifier", "exact"))
        rows.append({"kind": "capacity", "entity": slug(cap.holder), "capacity": slug(cap.capacity),
                     "product": slug(cap.product), "amount": amount, "value": cap.value,
                     "status": cap.status or None, "date": date_of(G.nodes[cap.capacity]),
                     "ev": sorted(set(facts.of(slug(cap.holder), "hasCapacity", slug(cap.capacity)))
                                  | set(facts.all(slug(cap.capacity))))})
    scope = [item.segment, *analysis.narrower(G, item.segment)]
    for entity in item.platforms:
        segment = next(s for s in scope if G.has_edge(entity, s, "inSegment"))
        rows.append({"kind": kinds.of(G, entity), "entity": slug(entity), "product": None,
                     "status": G.nodes[entity].get("status"), "date": date_of(G.nodes[entity]),
                     "ev": facts.of(slug(entity), "inSegment", slug(segment))})
    return rows


def _lead(G, triple, slug, facts, kinds, why: str) -> dict:
    entity, predicate, target = triple
    return {"why": why, "kind": kinds.of(G, entity), "entity": slug(entity), "p": predicate, "object": slug(target),
            "ev": facts.of(slug(entity), predicate, slug(target))}


def _counts(rows: list[dict]) -> dict[str, int]:
    """Distinct local companies, projects and other organisations, and the number of capacities."""
    found = {kind: set() for kind in ("company", "project", "other")}
    capacities = 0
    for row in rows:
        if row["kind"] == "capacity":
            capacities += 1
        elif row["kind"] in found:
            found[row["kind"]].add(row["entity"])
    return {"companies": len(found["company"]), "projects": len(found["project"]), "others": len(found["other"]),
            "capacities": capacities}
