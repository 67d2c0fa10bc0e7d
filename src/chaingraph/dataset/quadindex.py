"""The build's sorted quads answering the lookups an incremental build's SHACL makes, without a store.

An incremental build validates only the nodes a change touches (dataset/focus.py): it looks up
the statements of a few thousand nodes, of their subjects and objects, and the ontology graph.
Loading every quad into a pyoxigraph store for those lookups cost a third of the build's dataset
stage at province scale (7–9 s of CPU for 1.3M quads). The quads are sorted by their N-Quads line
(`dataset/inference.py`), so the statements of a subject, or of a subject and predicate, are
neighbours found by binary search (dataset/sortedquads.py), once per subject; the statements
pointing at a node come from an index of the non-literal objects made on first use (one pass,
about a second at 1.3M quads), grouped by predicate for the nodes asked for by predicate; a
graph's quads are those the build hands over (the ontology's). Any other pattern is answered by
a pass over every quad: slow, but the same answer a store gives.
"""

from __future__ import annotations

import pyoxigraph as ox

from chaingraph.dataset.sortedquads import span_starting_with


class SortedQuadIndex:
    """`quads_for_pattern` over quads sorted by their N-Quads line, each quad once, all of them in
    named graphs; `graphs` gives the whole of some graphs' quads (the ontology), looked up by graph
    name alone."""

    def __init__(self, quads: list[ox.Quad], graphs: dict[ox.NamedNode, list[ox.Quad]] | None = None):
        self.quads = quads
        self._graphs = graphs or {}
        self._by_object: dict | None = None
        self._spans: dict = {}  # subject -> (first, end): a subject is looked up many times
        self._by_predicate: dict = {}  # object -> predicate -> its quads, for the objects asked for by predicate

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph_name=None) -> list[ox.Quad]:
        """The quads matching the pattern (None matches anything), as `pyoxigraph.Store` gives
        them for a store holding these quads (in another order)."""
        if subject is not None:
            span = self._spans.get(subject)
            if span is None:
                span = self._spans[subject] = span_starting_with(self.quads, f"{subject} ")
            found = self.quads[span[0]:span[1]]
        elif obj is not None and not isinstance(obj, ox.Literal):
            found = self._pointing_at(obj, predicate)
            obj = predicate = None
        elif graph_name is not None and graph_name in self._graphs and predicate is None and obj is None:
            return list(self._graphs[graph_name])
        else:
            found = self.quads
        return [quad for quad in found if (predicate is None or quad.predicate == predicate)
                and (obj is None or quad.object == obj) and (graph_name is None or quad.graph_name == graph_name)]

    def _pointing_at(self, obj, predicate) -> list[ox.Quad]:
        """The quads whose object is `obj` (and predicate `predicate`, unless None): a shared node
        (a chain segment, a class) is the object of thousands, grouped by predicate once."""
        found = self._objects().get(obj)
        if not found:
            return []
        if predicate is None:
            return found
        grouped = self._by_predicate.get(obj)
        if grouped is None:
            grouped = self._by_predicate[obj] = {}
            for quad in found:
                grouped.setdefault(quad.predicate, []).append(quad)
        return grouped.get(predicate, [])

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
