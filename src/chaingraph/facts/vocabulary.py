"""The vocabulary the facts loader accepts, read from ontology/chaingraph.ttl.

The ontology is the single source of names: a class or property is usable in a facts file
exactly when the ontology declares it in the `cg:` namespace and does not mark it
`cg:managedByBuild`. Nothing here lists terms by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from chaingraph.core.namespaces import CG


@dataclass(frozen=True)
class Property:
    name: str
    iri: URIRef
    is_object: bool
    range: URIRef | None
    functional: bool


@dataclass
class Vocabulary:
    graph: Graph
    classes: dict[str, URIRef] = field(default_factory=dict)
    properties: dict[str, Property] = field(default_factory=dict)
    individuals: dict[str, URIRef] = field(default_factory=dict)  # skos:notation -> IRI (e.g. statuses)

    def superclasses(self, cls: URIRef) -> set[URIRef]:
        """`cls` and every class above it (transitively)."""
        return set(self.graph.transitive_objects(cls, RDFS.subClassOf))

    def is_a(self, cls: URIRef, ancestor: URIRef) -> bool:
        return ancestor in self.superclasses(cls)

    def label(self, term: URIRef, lang: str = "en") -> str:
        for value in self.graph.objects(term, RDFS.label):
            if isinstance(value, Literal) and value.language == lang:
                return str(value)
        return term.split("#")[-1]


def load_vocabulary(path: Path) -> Vocabulary:
    """The vocabulary of the ontology file at `path` (Turtle)."""
    graph = Graph()
    graph.parse(path, format="turtle")
    return vocabulary_from_graph(graph)


def vocabulary_from_graph(graph: Graph) -> Vocabulary:
    """The classes, properties and coded individuals an ontology graph declares."""
    vocab = Vocabulary(graph=graph)
    managed = set(graph.subjects(CG.managedByBuild, Literal(True)))
    for cls in graph.subjects(RDF.type, OWL.Class):
        if isinstance(cls, URIRef) and cls.startswith(CG) and cls not in managed:
            vocab.classes[cls[len(CG):]] = cls
    functional = set(graph.subjects(RDF.type, OWL.FunctionalProperty))
    for kind, is_object in ((OWL.ObjectProperty, True), (OWL.DatatypeProperty, False)):
        for prop in graph.subjects(RDF.type, kind):
            if not (isinstance(prop, URIRef) and prop.startswith(CG)) or prop in managed:
                continue
            name = prop[len(CG):]
            vocab.properties[name] = Property(name, prop, is_object, graph.value(prop, RDFS.range), prop in functional)
    for individual, notation in graph.subject_objects(SKOS.notation):
        vocab.individuals[str(notation)] = individual
    return vocab
