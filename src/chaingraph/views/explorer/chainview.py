"""The chain segments as the graph view uses them: their order and column from upstream to
downstream (the aggregated view places segment groups by it). The segment filter's members are
derived by the page. The chain view itself is `chains.py`, from the report's analysis.

Columns come from `chaingraph.analysis.columns`, aligned early: a segment sits right after what
feeds it, and one that nothing feeds sits just before the first segment it feeds.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from chaingraph.analysis.columns import chain_columns, top_segment


def chain_view(nodes: list[dict], node_links: list[tuple]) -> dict:
    """Segments upstream first with their columns (`ranks`). `nodes` are `entities.nodes`'s, with
    their links. Each segment's members, which the segment filter keeps, are derived by the
    page from the facts (`segmentMembers` in `static/explorer-data.js`)."""
    by_id = {n["id"]: n for n in nodes}
    ids = [n["id"] for n in nodes]
    wanted = frozenset(("subSegmentOf", "inSegment", "upstreamOf", "inputTo"))
    # property -> [(subject, object)], in the order of the nodes' facts: node by node, by object
    links = defaultdict(list)
    for source, target, p in sorted((source, ids[target], p) for source, target, p, _ in node_links if p in wanted):
        links[p].append((ids[source], target))
    segments = sorted(n["id"] for n in nodes if n["cls"] == "ChainSegment")
    is_segment = set(segments)
    parent = {a: b for a, b in links["subSegmentOf"] if a in by_id and b in by_id}

    segment_of = {}
    for item, segment in sorted(links["inSegment"]):
        if segment in is_segment:
            segment_of.setdefault(item, segment)
    products = sorted(n["id"] for n in nodes if n["cls"] in ("Product", "Material") or n["id"] in segment_of)
    products = [p for p in products if p not in is_segment]
    items = {s: top_segment(parent.get, s) for s in segments} | {
        p: top_segment(parent.get, segment_of[p]) if p in segment_of else p for p in products}

    dag = nx.DiGraph()
    dag.add_nodes_from(sorted(set(items.values())))
    for a, b in links["upstreamOf"] + links["inputTo"]:
        if a in items and b in items and items[a] != items[b]:
            dag.add_edge(items[a], items[b])
    ranks = chain_columns(dag, "early")
    order = sorted(segments, key=lambda s: (ranks.get(items[s], 0), s))
    return {"segments": order, "ranks": {s: ranks.get(items[s], 0) for s in order}}
