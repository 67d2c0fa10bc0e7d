"""GraphML and GEXF exports of the entity graph, for Gephi, Cytoscape and yEd.

The graph is the networkx projection (entities and relations; no evidence nodes) with every
attribute reduced to what both formats carry: strings, numbers and booleans. Edge ids are
numbered in a fixed order (both formats want them unique, and predicates repeat), and the GEXF
date is the newest source date rather than today, so the files are byte-identical across builds.
The XML is written line by line (views/graphxml.py) in the layout networkx's writers give.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from chaingraph.analysis.projection import shared_graph
from chaingraph.core.outputnames import GEXF, GRAPHML
from chaingraph.views.graphxml import gexf_text, graphml_text


def output_files(result) -> dict[Path, bytes]:
    """chaingraph.graphml and chaingraph.gexf for a build (an output provider of `chaingraph build`)."""
    graph = for_graph_tools(shared_graph(result))
    dates = [d for s in result.source_records.values() for d in (s.visit_date, s.date) if d]
    out = result.project.output_dir
    return {
        out / GRAPHML: graphml_bytes(graph),
        out / GEXF: gexf_bytes(graph, max(dates) if dates else None),
    }


def for_graph_tools(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of G whose attributes are all strings, numbers or booleans.

    Lists (aliases) are joined with "; ", quantities' values become floats (one type per
    attribute), and `label` (the Chinese label, then the English one) is what the tools display.
    Edges are keyed e0000, e0001... in (source, target, predicate) order.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("x", id="x", label_zh="甲", label_en="X", aliases=["a", "b"], value=5)
    >>> G.add_edge("x", "x", key="partOf", predicate="partOf")
    'partOf'
    >>> H = for_graph_tools(G)
    >>> H.nodes["x"]["aliases"], H.nodes["x"]["value"], H.nodes["x"]["label"]
    ('a; b', 5.0, '甲')
    >>> list(H.edges(keys=True, data="predicate"))
    [('x', 'x', 'e0000', 'partOf')]
    """
    H = nx.MultiDiGraph(name="chaingraph")
    for node in sorted(G.nodes):
        attrs = {k: _plain(k, v) for k, v in sorted(G.nodes[node].items()) if v not in (None, "", [])}
        attrs["label"] = attrs.get("label_zh") or attrs.get("label_en") or str(node)
        H.add_node(node, **attrs)
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    for number, (u, v, key, data) in enumerate(edges):
        attrs = {k: _plain(k, val) for k, val in sorted(data.items()) if val not in (None, "", [])}
        attrs.setdefault("predicate", key)
        attrs["label"] = attrs["predicate"]
        H.add_edge(u, v, key=f"e{number:04d}", **attrs)
    return H


def graphml_bytes(H: nx.MultiDiGraph) -> bytes:
    return graphml_text(H).encode("utf-8")


def gexf_bytes(H: nx.MultiDiGraph, date: str | None) -> bytes:
    """GEXF 1.2 with node ids taken from the entities' slugs (the `id` attribute)."""
    return gexf_text(H, date).encode("utf-8")


def _plain(key: str, value):
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v) for v in value)
    if key == "value" and isinstance(value, int | float):
        return float(value)
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)
