"""Who makes a segment's products outside the zone: leads for a gap.

A gap (`chaingraph.analysis.chain.gaps`) says nothing local makes a segment's products. The first
question a planner asks next is who does: entities in the graph, outside the zone, that produce
such a product or hold a capacity for one. Kept apart from `chain.py`, which answers what the
zone covers; this answers where to look for what it lacks.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_edges_from([("hard-carbon", "anode", "inSegment"), ("elsewhere-co", "hard-carbon", "produces"),
...                   ("local-co", "hard-carbon", "produces"), ("cap", "hard-carbon", "ofProduct"),
...                   ("far-co", "cap", "hasCapacity")])
[...]
>>> outside_makers(G, "anode", {"local-co": []})
[('elsewhere-co', 'produces', 'hard-carbon'), ('far-co', 'hasCapacity', 'cap')]
"""

from __future__ import annotations

import networkx as nx

from chaingraph.analysis.chain import narrower


def outside_makers(G: nx.MultiDiGraph, segment: str, local) -> list[tuple[str, str, str]]:
    """(entity, predicate, object) for every entity not in `local` that makes a product of
    `segment` or of a narrower segment: (entity, "produces", product) or
    (holder, "hasCapacity", capacity) for a capacity of such a product."""
    scope = {segment, *narrower(G, segment)}
    products = {p for s in scope for p, _, k in G.in_edges(s, keys=True) if k == "inSegment" and p not in scope}
    found = set()
    for product in products:
        for maker, _, key in G.in_edges(product, keys=True):
            if key == "produces" and maker not in local:
                found.add((maker, "produces", product))
            elif key == "ofProduct":
                for holder, _, has in G.in_edges(maker, keys=True):
                    if has == "hasCapacity" and holder not in local:
                        found.add((holder, "hasCapacity", maker))
    return sorted(found)
