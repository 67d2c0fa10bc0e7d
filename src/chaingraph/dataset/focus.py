"""What an incremental build validates with SHACL: the nodes a change can affect, and a small
store holding what their shapes read.

SHACL validates the merged default graph, so a change is a statement entering or leaving the
merge, not a quad moving between graphs: a source that states again what another source states
changes nothing there. What the shapes read about a node (ontology/shapes.ttl):

- its own statements (labels, counts, datatypes, values, evidence for each chaingraph statement);
- the statements pointing at it: `sh:targetObjectsOf` makes it a target, `sh:inversePath` counts
  them, and the statements of the evidence nodes whose `rdf:subject` it is (SourcedFacts);
- the types of the nodes its statements point at (`sh:class`, with the ontology's subclasses).

So the nodes to validate again after a change are the subjects and objects of the changed
statements, the nodes the changed subjects point at (their evidence may have changed), and the
nodes pointing at a node whose types changed (their `sh:class` verdict may have changed). All
other nodes read nothing that changed: they were valid in the last successful build and still
are. Shapes reading farther than that would need more; the compiled path (dataset/shaclfast.py)
understands only SHACL Core and SPARQL constraints, and the build's check that ontology and
shapes are unchanged (dataset/cache.py, `shared_inputs_key`) sends any change of them to a
full validation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from chaingraph.dataset.store import with_merged_default_graph

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDF_SUBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")

Node = ox.NamedNode | ox.BlankNode


def changed_statements(before: list[ox.Quad], after: list[ox.Quad], store: ox.Store) -> list[ox.Triple]:
    """The statements that entered or left the merged graph when the quads `before` were replaced
    by the quads `after`; `store` holds the new dataset in its named graphs (the quads of `after`
    and every unchanged quad). A statement of `before` or `after` alone changed the merge unless an
    unchanged quad of another graph states it too."""
    after_quads = set(after)
    old, new = {quad.triple for quad in before}, {quad.triple for quad in after}
    return sorted((triple for triple in old ^ new if not any(
        quad not in after_quads for quad in _named(store.quads_for_pattern(*triple)))), key=str)


def focus_nodes(changed: list[ox.Triple], store: ox.Store) -> set[Node]:
    """The nodes whose SHACL findings the `changed` statements may have changed (see the module's
    comment); `store` holds the new dataset in its named graphs."""
    nodes: set[Node] = set()
    subjects, typed = set(), set()
    for triple in changed:
        subjects.add(triple.subject)
        nodes.add(triple.subject)
        if not isinstance(triple.object, ox.Literal):
            nodes.add(triple.object)
        if triple.predicate == RDF_TYPE:
            typed.add(triple.subject)
    for subject in subjects:  # what the changed nodes point at reads their statements (evidence)
        nodes.update(_nodes(quad.object for quad in _named(store.quads_for_pattern(subject, None, None))))
    for node in typed:  # what points at a node whose types changed has a new sh:class verdict
        nodes.update(quad.subject for quad in _named(store.quads_for_pattern(None, None, node)))
    return nodes


def focus_store(store: ox.Store, focus: set[Node], ontology: ox.NamedNode,
                incoming: Incoming | None = None) -> ox.Store:
    """A store of what the shapes read about the `focus` nodes in `store` (named graphs): their
    own statements, the statements pointing at them that the shapes read (`incoming`, see
    `incoming_read`; all when None), the other statements of the nodes a SPARQL constraint reads
    from there (evidence), the types of their neighbours, and the ontology (for
    rdf:type/rdfs:subClassOf*), with the merged default graph the shapes read. Validating it
    finds on the focus nodes what validating the whole dataset finds on them; findings on other
    nodes in it mean nothing."""
    kept = list(store.quads_for_pattern(None, None, None, ontology))
    neighbours, described = set(), set()
    # (predicate, its subjects' statements are read, only one such statement is needed)
    pointing = [(None, None, False)] if incoming is None else [(p, True, False) for p in incoming.described] + [
        (p, False, p not in incoming.counted) for p in incoming.targeting - incoming.described]
    for node in focus:
        for quad in _named(store.quads_for_pattern(node, None, None)):
            kept.append(quad)
            if not isinstance(quad.object, ox.Literal):
                neighbours.add(quad.object)
        for predicate, describe, one in pointing:
            for quad in _named(store.quads_for_pattern(None, predicate, node)):
                kept.append(quad)
                neighbours.add(quad.subject)
                if describe or (describe is None and quad.predicate == RDF_SUBJECT):
                    described.add(quad.subject)
                if one:
                    break
    for node in described - focus:
        kept += _named(store.quads_for_pattern(node, None, None))
    for node in neighbours - focus - described:
        kept += _named(store.quads_for_pattern(node, RDF_TYPE, None))
    small = ox.Store()
    small.bulk_extend(kept)
    return with_merged_default_graph(small)


@dataclass(frozen=True)
class Incoming:
    """The predicates of the statements pointing at a node that the shapes read: `targeting` (all
    of them: sh:targetObjectsOf, which needs one such statement to make the node a target,
    sh:inversePath and SPARQL constraints), `counted` (every such statement is read: sh:inversePath
    and SPARQL constraints) and, of those, `described`: a SPARQL constraint reads the other
    statements of their subjects too."""

    targeting: frozenset[ox.NamedNode]
    counted: frozenset[ox.NamedNode]
    described: frozenset[ox.NamedNode]


def incoming_read(shapes: Graph) -> Incoming | None:
    """What the `shapes` read of the statements pointing at a node; None when a SPARQL
    constraint reads such statements through a variable or a path (then all are kept)."""
    targeting = {_ox(p) for p in shapes.objects(None, SH.targetObjectsOf)}
    counted = {_ox(p) for p in shapes.objects(None, SH.inversePath) if isinstance(p, URIRef)}
    described = set()
    for constraint in shapes.objects(None, SH.sparql):
        namespaces = {str(shapes.value(d, SH.prefix)): str(shapes.value(d, SH.namespace))
                      for declarations in shapes.objects(constraint, SH.prefixes)
                      for d in shapes.objects(declarations, SH.declare)}
        for before in _BEFORE_THIS.findall(str(shapes.value(constraint, SH.select) or "")):
            if before.upper() in _NOT_A_PREDICATE:
                continue  # $this is projected, or the subject of a pattern: what it states is kept anyway
            predicate = _predicate(before, namespaces)
            if predicate is None:
                return None
            described.add(predicate)
    return Incoming(frozenset(targeting | counted | described), frozenset(counted | described), frozenset(described))


# The token before each $this (or ?this) of a SPARQL constraint: a predicate when $this is an object.
_BEFORE_THIS = re.compile(r"(\S+)\s+[$?]this\b")
_NOT_A_PREDICATE = {"SELECT", "DISTINCT", "{", "}", ".", "(", "WHERE", "BY"}


def _predicate(token: str, namespaces: dict[str, str]) -> ox.NamedNode | None:
    """The predicate a token names (an IRI, a prefixed name or `a`); None for anything else: a
    variable, a path, or an expression that the constraint may read statements through."""
    if token == "a":
        return ox.NamedNode(str(RDF.type))
    if re.fullmatch(r"<[^<>\s]*>", token):
        return ox.NamedNode(token[1:-1])
    prefix, _, local = token.partition(":")
    if _ and prefix in namespaces and re.fullmatch(r"[\w-]*", local):
        return ox.NamedNode(namespaces[prefix] + local)
    return None


def _ox(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _named(quads):
    """The quads of named graphs (a store's merged default graph repeats them)."""
    return [quad for quad in quads if not isinstance(quad.graph_name, ox.DefaultGraph)]


def _nodes(terms) -> list[Node]:
    return [term for term in terms if isinstance(term, ox.NamedNode | ox.BlankNode)]
