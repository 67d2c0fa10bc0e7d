"""The capacities table: every capacity in the graph, one row each, with its value, unit and
period in words, status, the date it refers to, holder, product, segment and sources.

The date is the capacity's own `cg:date` (when the figure holds: 6月底 for a plant finished in
June), never the date of the article that reports it. Units are words from `facts.wording`
(件 / pieces), never UN/CEFACT codes.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from chaingraph.analysis.chain import edges_by_key
from chaingraph.facts.wording import number_en, number_zh
from chaingraph.views.explorer.rows import FactEvidence, Kinds, date_of, unit_words


def capacity_rows(G, nodes: list[dict], slug, vocab, facts: FactEvidence | None = None) -> list[dict]:
    """One row per capacity, in IRI order (the page sorts them as the planner asks)."""
    facts = facts or FactEvidence(nodes)  # shared by the three tables when given
    kinds = Kinds(vocab)
    rows = []
    # the class of each node read once, from the node data's view rather than node by node
    # holders, products and segments read in one pass over the edges: an edge view per
    # capacity cost more than the rest of its row
    holders_of, products_of, segments_of = defaultdict(list), defaultdict(list), defaultdict(list)
    edges = edges_by_key(G, ("hasCapacity", "ofProduct", "inSegment"))  # each sorted
    for holder, capacity in edges["hasCapacity"]:
        holders_of[capacity].append(holder)
    for capacity, product in edges["ofProduct"]:
        products_of[capacity].append(product)
    for product, segment in edges["inSegment"]:
        segments_of[product].append(segment)
    for capacity in sorted(n for n, cls in G.nodes(data="cls") if kinds.of_class(cls) == "capacity"):
        attrs = G.nodes[capacity]
        holders = holders_of.get(capacity, [])
        products = products_of.get(capacity, [])
        segments = sorted({s for p in products for s in segments_of.get(p, ())})
        ev = set(facts.all(slug(capacity)))
        for holder in holders:
            ev.update(facts.of(slug(holder), "hasCapacity", slug(capacity)))
        rows.append({
            "capacity": slug(capacity),
            "value": attrs.get("value"),
            "number": _number_words(attrs.get("value")),
            "qualifier": attrs.get("value_qualifier"),
            **unit_words(attrs.get("unit"), attrs.get("per_period")),
            "status": attrs.get("status"),
            "date": date_of(attrs),
            "holders": [slug(h) for h in holders],
            "products": [slug(p) for p in products],
            "segments": [slug(s) for s in segments],
            "ev": sorted(ev),
        })
    return rows


def _number_words(value) -> dict[str, str] | None:
    if value is None:
        return None
    number = Decimal(str(value))
    return {"zh": number_zh(number), "en": number_en(number)}
