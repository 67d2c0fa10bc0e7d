"""The build's sorted quads answering the lookups an incremental build's SHACL makes, without a store.

An incremental build validates only the nodes a change touches (dataset/focus.py): it looks up
the statements of a few thousand nodes, of their subjects and objects, and the ontology graph.
Loading every quad into a pyoxigraph store for those lookups cost a third of the build's dataset
stage at province scale (7–9 s of CPU for 1.3M quads). The quads are sorted by their N-Quads line
(`dataset/inference.py`), so the statements of a subject, or of a subject and predicate, are
neighbours found by binary search (dataset/sortedquads.py); the statements pointing at a node
come from an index of the non-literal objects made on first use (one pass, about a second at
1.3M quads); a graph's quads are those the build hands over (the ontology's). Any other pattern
is answered by a pass over every quad: slow, but the same answer a store gives.
"""

from __future__ import annotations

import pyoxigraph as ox

from chaingraph.dataset.sortedquads import starting_with


class SortedQuadIndex:
    """`quads_for_pattern` over quads sorted by their N-Quads line, each quad once, all of them in
    named graphs; `graphs` gives the whole of some graphs' quads (the ontology), looked up by graph
    name alone."""

    def __init__(self, quads: list[ox.Quad], graphs: dict[ox.NamedNode, list[ox.Quad]] | None = None):
        self.quads = quads
        self._graphs = graphs or {}
        self._by_object: dict | None = None

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph_name=None) -> list[ox.Quad]:
        """The quads matching the pattern (None matches anything), as `pyoxigraph.Store` gives
        them for a store holding these quads (in another order)."""
        if subject is not None:
            found = starting_with(self.quads, f"{subject} " + (f"{predicate} " if predicate is not None else ""))
            predicate = None  # matched by the line's start
        elif obj is not None and not isinstance(obj, ox.Literal):
            found = self._objects().get(obj, [])
            obj = None
        elif graph_name is not None and graph_name in self._graphs and predicate is None and obj is None:
            return list(self._graphs[graph_name])
        else:
            found = self.quads
        return [quad for quad in found if (predicate is None or quad.predicate == predicate)
                and (obj is None or quad.object == obj) and (graph_name is None or quad.graph_name == graph_name)]

    def _objects(self) -> dict:
        """The quads of each object that is not a literal (made on first use)."""
        if self._by_object is None:
            index: dict = {}
            literal = ox.Literal
            for quad in self.quads:
                obj = quad.object
                if type(obj) is not literal:
                    found = index.get(obj)
                    if found is None:
                        index[obj] = [quad]
                    else:
                        found.append(quad)
            self._by_object = index
        return self._by_object
