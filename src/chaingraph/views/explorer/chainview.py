"""The explorer's chain view: boxes for chain segments in columns from upstream (left) to
downstream (right), each followed by its sub-segments, its products and who makes them.

Columns come from `chaingraph.analysis.columns` (the layering the report's chain figure uses),
aligned early: a segment sits right after what feeds it, and one that nothing feeds sits just
before the first segment it feeds (a BMS next to the packs).
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

from chaingraph.analysis.columns import chain_columns, top_segment


def chain_view(nodes: list[dict]) -> dict:
    """The chain view: segments in columns from upstream (left) to downstream (right), each with
    its sub-segments, the products in it and the companies, projects and capacities of each."""
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
    placed = {i for i in dag if dag.degree(i) > 0 or i in segments}
    unplaced = sorted(p for p in products if items[p] == p and p not in placed)

    attachments = defaultdict(set)
    for subject, target in links["produces"] + links["inSegment"]:
        if subject not in products and subject not in segments:
            attachments[target].add(subject)
    for subject, target in links["ofProduct"]:
        attachments[target].add(subject)

    builder = _ChainBuilder(by_id)
    by_rank = defaultdict(list)
    for group in sorted(g for g in dag if g in placed):
        by_rank[ranks[group]].append(group)
    y_of: dict[str, float] = {}
    for rank in sorted(by_rank):
        upstream = {g: [y_of[p] for p in dag.predecessors(g) if p in y_of] for g in by_rank[rank]}
        order = sorted(by_rank[rank], key=lambda g: (sum(upstream[g]) / len(upstream[g]) if upstream[g] else 1e9, g))
        y = 0.0
        for group in order:
            y_of[group] = y
            y = builder.block(group, rank, y, parent, segment_of, attachments, segments)
            y += 24
    if unplaced:
        rank = max(by_rank, default=-1) + 1
        builder.heading({"zh": "未归入产业链环节的产品", "en": "products outside the chain segments"}, rank, -60)
        y = 0.0
        for product in unplaced:
            y = builder.item(product, "product", rank, 1, y, attachments)
    order = sorted(segments, key=lambda s: (ranks.get(items[s], 0), s))
    members = _segment_members(segments, parent, segment_of, links, products)
    upstream_edges = sorted((a, b) for a, b in links["upstreamOf"] if a in segments and b in segments)
    return {
        "nodes": builder.nodes,
        "edges": [{"from": builder.first[a], "to": builder.first[b], "arrows": "to", "id": i}
                  for i, (a, b) in enumerate(upstream_edges) if a in builder.first and b in builder.first],
        "segments": order,
        "ranks": {s: ranks.get(items[s], 0) for s in order},
        "members": members,
    }


class _ChainBuilder:
    """Places chain-view boxes: one column per rank, each segment followed by what belongs to it."""

    COLUMN = 300
    WIDTHS = {"segment": 210, "subsegment": 196, "product": 182, "attachment": 168}
    INDENT = 7

    def __init__(self, by_id):
        self.by_id = by_id
        self.nodes: list[dict] = []
        self.first: dict[str, str] = {}  # entity id -> its first box (for upstream arrows)

    def add(self, entity: str | None, kind: str, rank: int, depth: int, y: float, labels=None) -> float:
        node = self.by_id.get(entity) if entity else None
        labels = labels or node["labels"]
        width = self.WIDTHS.get(kind, 168)
        height = _box_height(labels, width)
        box_id = f"chain-{len(self.nodes)}"
        self.nodes.append({"id": box_id, "entity": entity, "kind": kind, "labels": labels,
                           "cls": node["cls"] if node else None, "x": rank * self.COLUMN + depth * self.INDENT * 2,
                           "y": y + height / 2, "width": width,
                           "quantity": node.get("quantity") if node else None})
        if entity and entity not in self.first:
            self.first[entity] = box_id
        return y + height + 6

    def heading(self, labels, rank, y) -> float:
        return self.add(None, "heading", rank, 0, y, labels)

    def item(self, entity, kind, rank, depth, y, attachments) -> float:
        y = self.add(entity, kind, rank, depth, y)
        for attached in sorted(attachments.get(entity, ())):
            y = self.add(attached, "attachment", rank, depth + 1, y)
        return y

    def block(self, group, rank, y, parent, segment_of, attachments, segments) -> float:
        y = self.item(group, "segment" if group in segments else "product", rank, 0, y, attachments)
        for product in sorted(p for p, s in segment_of.items() if s == group and p not in segments):
            y = self.item(product, "product", rank, 1, y, attachments)
        for child in sorted(c for c, p in parent.items() if p == group):
            y = self.item(child, "subsegment", rank, 1, y, attachments)
            for product in sorted(p for p, s in segment_of.items() if s == child and p not in segments):
                y = self.item(product, "product", rank, 2, y, attachments)
        return y


def _box_height(labels: dict[str, str], width: int) -> float:
    """A box's height in the chain view, from the longer of its two labels wrapped to `width`."""
    lines = 1
    for text in labels.values():
        text_width = sum(14 if ord(c) > 0x2e80 else 7.5 for c in text)
        lines = max(lines, math.ceil(text_width / (width - 16)))
    return 14 + 17 * lines


def _segment_members(segments, parent, segment_of, links, products) -> dict[str, list[str]]:
    """For the segment filter: a segment, its sub-segments, their products and whoever makes them."""
    children = defaultdict(set)
    for child, par in parent.items():
        children[par].add(child)
    members = {}
    for segment in segments:
        scope, stack = set(), [segment]
        while stack:
            current = stack.pop()
            if current not in scope:
                scope.add(current)
                stack.extend(children[current])
        items = set(scope) | {p for p, s in segment_of.items() if s in scope}
        related = {a for a, b in links["produces"] + links["ofProduct"] + links["inSegment"] if b in items}
        related |= {a for a, b in links["hasCapacity"] if b in related}
        members[segment] = sorted(items | related)
    return members
