"""The chain segments as the graph view uses them: their order and column from upstream to
downstream (the aggregated view places segment groups by it) and each segment's members (the
segment filter keeps them). The chain view itself is `chains.py`, from the report's analysis.

Columns come from `chaingraph.analysis.columns`, aligned early: a segment sits right after what
feeds it, and one that nothing feeds sits just before the first segment it feeds.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from chaingraph.analysis.columns import chain_columns, top_segment


def chain_view(nodes: list[dict]) -> dict:
    """Segments upstream first with their columns (`ranks`), and each segment's members: its
    sub-segments, their products and the companies, projects and capacities of those."""
    by_id = {n["id"]: n for n in nodes}
    links = defaultdict(list)  # property -> [(subject, object)]
    for node in nodes:
        for fact in node["facts"]:
            target = (fact.get("o") or {}).get("node")
            if target is not None:
                links[fact["p"]].append((node["id"], target))
    segments = sorted(n["id"] for n in nodes if n["cls"] == "ChainSegment")
    parent = {a: b for a, b in links["subSegmentOf"] if a in by_id and b in by_id}

    segment_of = {}
    for item, segment in sorted(links["inSegment"]):
        if segment in segments:
            segment_of.setdefault(item, segment)
    products = sorted(n["id"] for n in nodes if n["cls"] in ("Product", "Material") or n["id"] in segment_of)
    products = [p for p in products if p not in segments]
    items = {s: top_segment(parent.get, s) for s in segments} | {
        p: top_segment(parent.get, segment_of[p]) if p in segment_of else p for p in products}

    dag = nx.DiGraph()
    dag.add_nodes_from(sorted(set(items.values())))
    for a, b in links["upstreamOf"] + links["inputTo"]:
        if a in items and b in items and items[a] != items[b]:
            dag.add_edge(items[a], items[b])
    ranks = chain_columns(dag, "early")
    order = sorted(segments, key=lambda s: (ranks.get(items[s], 0), s))
    members = _segment_members(segments, parent, segment_of, links, products)
    return {
        "segments": order,
        "ranks": {s: ranks.get(items[s], 0) for s in order},
        "members": members,
    }


def _segment_members(segments, parent, segment_of, links, products) -> dict[str, list[str]]:
    """For the segment filter: a segment, its sub-segments, their products and whoever makes them."""
    children = defaultdict(set)
    for child, par in parent.items():
        children[par].add(child)
    placed = defaultdict(set)  # segment -> the products placed in it
    for product, segment in segment_of.items():
        placed[segment].add(product)
    makers = defaultdict(set)  # what produces, is of or is in each item
    for a, b in links["produces"] + links["ofProduct"] + links["inSegment"]:
        makers[b].add(a)
    holders = defaultdict(set)  # who holds each capacity
    for a, b in links["hasCapacity"]:
        holders[b].add(a)
    members = {}
    for segment in segments:
        scope, stack = set(), [segment]
        while stack:
            current = stack.pop()
            if current not in scope:
                scope.add(current)
                stack.extend(children[current])
        items = set(scope).union(*(placed[s] for s in scope if s in placed))
        related = set().union(*(makers[b] for b in items if b in makers))
        related |= set().union(*(holders[b] for b in related if b in holders))
        members[segment] = sorted(items | related)
    return members
