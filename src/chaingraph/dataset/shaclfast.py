"""SHACL validation compiled to SPARQL and run inside pyoxigraph: the fast path for large graphs.

pyshacl evaluates shapes node by node in Python, which takes minutes on a province-sized graph.
This module reads the same `ontology/shapes.ttl` and turns each constraint into one SPARQL
query over the whole store, so the engine does the work. The queries are shaped for the engine's
cost, which is one evaluation per focus node and query: a property's minimum and maximum counts
share one query, a minimum of one is a NOT EXISTS (no grouping), and "instance of a class" joins
rdf:type with the class's subclasses, found once per class, instead of walking
rdfs:subClassOf* for every node. It supports the SHACL Core subset
chaingraph's shapes use (listed in SUPPORTED) plus SPARQL-based constraints, and refuses any
shape it does not understand (UnsupportedShape) so that a silent gap is impossible: the build
then falls back to pyshacl. Findings are reported as (focus node, path, message) like pyshacl's;
the test suite checks that both give the same findings on the Zigong data and on a broken region.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from chaingraph.dataset.shacl import Violation

SUPPORTED = {
    SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property, SH.path, SH.minCount, SH.maxCount,
    SH.datatype, SH["class"], SH["in"], SH.nodeKind, SH.pattern, SH.uniqueLang, SH.qualifiedValueShape,
    SH.qualifiedMinCount, SH["or"], SH.xone, SH.sparql, SH.message, SH.languageIn, SH.select, SH.prefixes,
    SH.name, SH.description, SH.severity, SH.inversePath,
}
IGNORED = {RDF.type, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
           URIRef("http://www.w3.org/2000/01/rdf-schema#label")}
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SUBCLASS_OF = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"


class UnsupportedShape(Exception):
    """The shapes use a SHACL feature this fast path does not implement."""


@dataclass(frozen=True)
class Finding:
    focus: str
    path: str
    value: str


def validate_store(store: ox.Store, shapes: Graph, union: bool = False) -> list[Violation]:
    """Every violation of `shapes` in `store`, whose default graph is the merge of its named graphs
    (chaingraph.dataset.store.with_merged_default_graph).

    `union=True` validates a store of named graphs only, reading them as one graph: every query
    sees a triple once per graph that states it, which changes no finding (each count is of
    distinct values, each finding is kept once), and the build need not fill a merged copy of a
    million triples (seconds, and a third of SHACL's memory at province scale)."""
    if not union and not store.query("ASK { ?s ?p ?o }") and store.query("ASK { GRAPH ?g { ?s ?p ?o } }"):
        raise ValueError("the store's default graph is empty: fill it with "
                         "chaingraph.dataset.store.with_merged_default_graph before validating")
    validator = _Validator(store, shapes, union)
    results: dict[Finding, str] = {}
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        targets = validator.target_pattern(shape)
        if targets is None:
            continue
        for finding, message in validator.node_shape(shape, targets):
            results.setdefault(finding, message)
    return sorted({Violation(f.focus, f.path, m) for f, m in results.items()},
                  key=lambda v: (v.focus, v.path, v.message))


class _Validator:
    def __init__(self, store: ox.Store, shapes: Graph, union: bool = False):
        self.store = store
        self.union = union
        self.shapes = shapes
        self.subclasses: dict[str, list[str]] = {}  # class IRI -> itself and every subclass, as SPARQL terms
        self.variables = 0  # numbers the helper variables, so nested patterns never share one

    # ----------------------------------------------------------------- queries

    def select(self, query: str) -> list[tuple[str, ...]]:
        rows = self.store.query(query, use_default_graph_as_union=self.union)
        return [tuple("" if term is None else _text(term) for term in row) for row in rows]

    def instance_of(self, var: str, classes) -> str:
        """A pattern binding `var` to instances of any of `classes` (SHACL's rdf:type/rdfs:subClassOf*):
        rdf:type joined with the classes' subclasses, which are worked out once per class."""
        members = []
        for cls in classes:
            key = _term(cls)
            if key not in self.subclasses:
                found = self.select(f"SELECT DISTINCT ?c WHERE {{ ?c {SUBCLASS_OF}* {key} }}")
                self.subclasses[key] = sorted({key} | {f"<{row[0]}>" for row in found})
            members += self.subclasses[key]
        self.variables += 1
        return f"{var} {RDF_TYPE} ?_c{self.variables} VALUES ?_c{self.variables} {{ {' '.join(sorted(set(members)))} }}"

    def target_pattern(self, shape) -> str | None:
        parts = []
        classes = list(self.shapes.objects(shape, SH.targetClass))
        if classes:
            parts.append(f"{{ {self.instance_of('?this', classes)} }}")
        for prop in self.shapes.objects(shape, SH.targetSubjectsOf):
            parts.append(f"{{ ?this {_term(prop)} ?_t . }}")
        for prop in self.shapes.objects(shape, SH.targetObjectsOf):
            parts.append(f"{{ ?_t {_term(prop)} ?this . }}")
        if not parts:
            return None
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(parts) + " } }"

    # ----------------------------------------------------------------- shapes

    def node_shape(self, shape, targets: str) -> list[tuple[Finding, str]]:
        self._check_supported(shape)
        findings = []
        findings += self.value_constraints(shape, targets, path=None)
        for prop_shape in self.shapes.objects(shape, SH.property):
            findings += self.property_shape(prop_shape, targets)
        for sparql in self.shapes.objects(shape, SH.sparql):
            findings += self.sparql_constraint(sparql, targets)
        for alternatives in self.shapes.objects(shape, SH.xone):
            findings += self.logical(alternatives, targets, exactly_one=True)
        for alternatives in self.shapes.objects(shape, SH["or"]):
            findings += self.logical(alternatives, targets, exactly_one=False)
        return findings

    def property_shape(self, prop_shape, targets: str) -> list[tuple[Finding, str]]:
        self._check_supported(prop_shape)
        path = self.path(self.shapes.value(prop_shape, SH.path))
        path_text = self.path_text(self.shapes.value(prop_shape, SH.path))
        message = self.shapes.value(prop_shape, SH.message)
        findings = []
        findings += self.counts(prop_shape, targets, path, path_text, message)
        qualified = self.shapes.value(prop_shape, SH.qualifiedValueShape)
        if qualified is not None:
            condition = self.value_condition(qualified, "?v")
            limit = int(self.shapes.value(prop_shape, SH.qualifiedMinCount) or 0)
            query = (f"SELECT ?this WHERE {{ {{ SELECT ?this (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {targets} "
                     f"OPTIONAL {{ ?this {path} ?v FILTER ({condition}) }} }} GROUP BY ?this }} "
                     f"FILTER (?n < {limit}) }}")
            text = str(message or "qualified value count not met")
            findings += [(Finding(row[0], path_text, ""), text) for row in self.select(query)]
        if (prop_shape, SH.uniqueLang, Literal(True)) in self.shapes:
            query = (f"SELECT DISTINCT ?this WHERE {{ {targets} ?this {path} ?a , ?b . "
                     "FILTER (?a != ?b && lang(?a) != \"\" && lang(?a) = lang(?b)) }")
            findings += [(Finding(row[0], path_text, ""), str(message or "language used twice"))
                         for row in self.select(query)]
        findings += self.value_constraints(prop_shape, targets, path=(path, path_text))
        return findings

    def counts(self, prop_shape, targets: str, path: str, path_text: str, message) -> list[tuple[Finding, str]]:
        """sh:minCount and sh:maxCount of one property: a minimum of one alone is a NOT EXISTS, else
        one grouped count answers both."""
        least, most = self.shapes.value(prop_shape, SH.minCount), self.shapes.value(prop_shape, SH.maxCount)
        if least is None and most is None:
            return []

        def text(constraint, limit) -> str:
            return str(message or f"{constraint.split('#')[-1]} {int(limit)} not met")

        if most is None and int(least) == 1:
            query = f"SELECT ?this WHERE {{ {targets} FILTER NOT EXISTS {{ ?this {path} ?v }} }}"
            return [(Finding(row[0], path_text, ""), text(SH.minCount, least)) for row in self.select(query)]
        bounds = ([] if least is None else [f"?n < {int(least)}"]) + ([] if most is None else [f"?n > {int(most)}"])
        query = (f"SELECT ?this ?n WHERE {{ {{ SELECT ?this (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {targets} "
                 f"OPTIONAL {{ ?this {path} ?v }} }} GROUP BY ?this }} FILTER ({' || '.join(bounds)}) }}")
        findings = []
        for this, count in self.select(query):
            if least is not None and int(count) < int(least):
                findings.append((Finding(this, path_text, ""), text(SH.minCount, least)))
            if most is not None and int(count) > int(most):
                findings.append((Finding(this, path_text, ""), text(SH.maxCount, most)))
        return findings

    def value_constraints(self, shape, targets: str, path) -> list[tuple[Finding, str]]:
        """sh:class, sh:datatype, sh:in, sh:nodeKind, sh:pattern, sh:or on each value node."""
        condition = self.value_condition(shape, "?v", include_logical=path is not None)
        if condition == "true":
            return []
        message = str(self.shapes.value(shape, SH.message) or "value does not conform")
        if path is None:
            query = f"SELECT ?this WHERE {{ {targets} FILTER (!({condition.replace('?v', '?this')})) }}"
            return [(Finding(row[0], "", row[0]), message) for row in self.select(query)]
        sparql_path, path_text = path
        query = f"SELECT ?this ?v WHERE {{ {targets} ?this {sparql_path} ?v FILTER (!({condition})) }}"
        return [(Finding(row[0], path_text, row[1]), message) for row in self.select(query)]

    def value_condition(self, shape, var: str, include_logical: bool = True) -> str:
        """A SPARQL expression that is true when `var` satisfies the value constraints of `shape`."""
        parts = []
        for cls in self.shapes.objects(shape, SH["class"]):
            parts.append(f"EXISTS {{ {self.instance_of(var, [cls])} }}")
        for datatype in self.shapes.objects(shape, SH.datatype):
            parts.append(f"(isLiteral({var}) && datatype({var}) = {_term(datatype)})")
        for values in self.shapes.objects(shape, SH["in"]):
            members = [f"sameTerm({var}, {_term(m)})" for m in Collection(self.shapes, values)]
            parts.append("(" + " || ".join(members or ["false"]) + ")")
        for kind in self.shapes.objects(shape, SH.nodeKind):
            parts.append({SH.IRI: f"isIRI({var})", SH.Literal: f"isLiteral({var})",
                          SH.BlankNode: f"isBlank({var})"}.get(kind) or _unsupported(kind))
        for pattern in self.shapes.objects(shape, SH.pattern):
            parts.append(f"regex(str({var}), {_term(Literal(str(pattern)))})")
        for languages in self.shapes.objects(shape, SH.languageIn):
            tags = [f"langMatches(lang({var}), {_term(Literal(str(t)))})" for t in Collection(self.shapes, languages)]
            parts.append("(" + " || ".join(tags or ["false"]) + ")")
        if include_logical:
            for alternatives in self.shapes.objects(shape, SH["or"]):
                members = [self.value_condition(a, var) for a in Collection(self.shapes, alternatives)]
                parts.append("(" + " || ".join(f"({m})" for m in members) + ")")
        return " && ".join(parts) if parts else "true"

    def sparql_constraint(self, constraint, targets: str) -> list[tuple[Finding, str]]:
        select = str(self.shapes.value(constraint, SH.select))
        prologue = "".join(
            f"PREFIX {self.shapes.value(d, SH.prefix)}: <{self.shapes.value(d, SH.namespace)}>\n"
            for declarations in self.shapes.objects(constraint, SH.prefixes)
            for d in self.shapes.objects(declarations, SH.declare))
        inner = select.replace("$this", "?this")
        query = f"{prologue}SELECT ?this ?path ?value WHERE {{ {targets} {{ {inner} }} }}"
        message = str(self.shapes.value(constraint, SH.message) or "SPARQL constraint violated")
        findings = []
        for this, path, value in self.select(query):
            text = message.replace("{?path}", path).replace("{?value}", value).replace("{$this}", this)
            findings.append((Finding(this, path, value), text))
        return findings

    def logical(self, alternatives, targets: str, exactly_one: bool) -> list[tuple[Finding, str]]:
        """sh:xone / sh:or over node shapes: count the alternatives each focus node conforms to."""
        focus_nodes = {row[0] for row in self.select(f"SELECT ?this WHERE {{ {targets} }}")}
        conforming = {node: 0 for node in focus_nodes}
        for alternative in Collection(self.shapes, alternatives):
            failing = {finding.focus for finding, _ in self.node_shape(alternative, targets)}
            for node in focus_nodes - failing:
                conforming[node] += 1
        name = "xone" if exactly_one else "or"
        bad = [n for n, count in conforming.items() if (count != 1 if exactly_one else count == 0)]
        return [(Finding(node, "", ""), f"sh:{name} not satisfied") for node in bad]

    # ----------------------------------------------------------------- helpers

    def path(self, path) -> str:
        if isinstance(path, URIRef):
            return _term(path)
        inverse = self.shapes.value(path, SH.inversePath)
        if isinstance(path, BNode) and isinstance(inverse, URIRef):
            return f"^{_term(inverse)}"
        raise UnsupportedShape(f"property path {path!r}")

    def path_text(self, path) -> str:
        if isinstance(path, URIRef):
            return str(path)
        return ""  # pyshacl reports complex paths as blank nodes; compare on focus and message only

    def _check_supported(self, shape) -> None:
        for predicate in self.shapes.predicates(shape):
            if predicate not in SUPPORTED and predicate not in IGNORED:
                raise UnsupportedShape(f"{predicate} on {shape}")


def _unsupported(term) -> str:
    raise UnsupportedShape(str(term))


def _term(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    raise UnsupportedShape(f"blank node {term!r} as a constraint value")


def _text(term) -> str:
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)
