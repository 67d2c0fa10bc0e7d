"""Turn checked facts and sources into one RDF dataset of named graphs.

Graphs:
  <https://w3id.org/chaingraph/ns>       the ontology
  <BASE graph/source-ID>                  one per source: its metadata, sentences, facts and evidence
  <BASE graph/reference-NAME>             reference knowledge (chain templates), never article facts

Provenance: every fact triple is stated in its source's graph, and an evidence node beside it
reifies the triple (rdf:subject / rdf:predicate / rdf:object) and gives the quote, its character
offsets, its sentence and its source. When two sources state the same triple it stands in both
graphs with two evidence nodes.
"""

from __future__ import annotations

import hashlib

from rdflib import Dataset, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from chaingraph.facts import Entity, Facts, Statement, TypedValue
from chaingraph.namespaces import CG, ONTOLOGY_IRI, prefixes
from chaingraph.ontology import Vocabulary
from chaingraph.sources import Source

Quad = tuple[URIRef, URIRef, object, URIRef]


class Iris:
    """Readable, stable IRIs under one configurable base."""

    def __init__(self, base: str):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, entity_id: str) -> URIRef:
        return URIRef(self.base + entity_id)

    def source(self, source_id: str) -> URIRef:
        return URIRef(f"{self.base}source/{source_id}")

    def sentence(self, source_id: str, sentence_id: str) -> URIRef:
        return URIRef(f"{self.base}sentence/{source_id}-{sentence_id}")

    def graph(self, kind_and_id: str) -> URIRef:
        kind, _, name = kind_and_id.partition(":")
        return URIRef(f"{self.base}graph/{kind}-{name}")

    def evidence(self, graph: str, key: str) -> URIRef:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        kind, _, name = graph.partition(":")
        return URIRef(f"{self.base}evidence/{name}-{digest}")

    def publisher(self, source: Source) -> URIRef:
        return URIRef(f"{self.base}publisher/{_slug(source.publisher.en)}")


def build_quads(facts: Facts, sources: dict[str, Source], vocab: Vocabulary, base: str) -> list[Quad]:
    """Every quad of the dataset, sorted so that serializations are byte-identical across runs."""
    iris = Iris(base)
    quads: list[Quad] = []
    ontology_graph = URIRef(ONTOLOGY_IRI)
    # Canonical blank-node labels (OWL lists in the ontology) keep outputs byte-identical.
    quads.extend((s, p, o, ontology_graph) for s, p, o in to_canonical_graph(vocab.graph))
    for source in sources.values():
        quads.extend(_source_quads(source, iris))
    for entity in facts.entities.values():
        quads.extend(_entity_quads(entity, vocab, iris))
    for statement in facts.statements:
        quads.extend(_statement_quads(statement, vocab, iris))
    return sorted(set(quads), key=_sort_key)


def to_dataset(quads: list[Quad], base: str) -> Dataset:
    dataset = Dataset(default_union=True)
    for name, iri in prefixes(base).items():
        dataset.bind(name, iri, override=True, replace=True)
    for s, p, o, g in quads:
        dataset.add((s, p, o, g))
    return dataset


def _source_quads(source: Source, iris: Iris) -> list[Quad]:
    graph = iris.graph(f"source:{source.id}")
    subject = iris.source(source.id)
    publisher = iris.publisher(source)
    triples = [
        (subject, RDF.type, CG.Source),
        (subject, DCTERMS.identifier, Literal(source.id)),
        (subject, DCTERMS.title, Literal(source.title, lang="zh")),
        (subject, DCTERMS.publisher, publisher),
        (subject, DCTERMS.language, Literal("zh")),
        (publisher, RDF.type, CG.Publisher),
        (publisher, RDFS.label, Literal(source.publisher.zh, lang="zh")),
        (publisher, RDFS.label, Literal(source.publisher.en, lang="en")),
    ]
    if source.title_en:
        triples.append((subject, DCTERMS.title, Literal(source.title_en, lang="en")))
    for reporter in source.reporters:
        triples.append((subject, DCTERMS.creator, Literal(reporter.zh, lang="zh")))
    if source.date:
        triples.append((subject, DCTERMS.issued, Literal(source.date, datatype=XSD.date)))
    if source.visit_date:
        triples.append((subject, DCTERMS.date, Literal(source.visit_date, datatype=XSD.date)))
    if source.url:
        triples.append((subject, DCTERMS.source, URIRef(source.url)))
    if source.licence:
        triples.append((subject, DCTERMS.rights, Literal(source.licence)))
    for sentence in source.normalized.sentences:
        node = iris.sentence(source.id, sentence.id)
        triples += [
            (node, RDF.type, CG.Sentence),
            (node, CG.inSource, subject),
            (node, CG.sentenceId, Literal(sentence.id)),
            (node, CG.sentenceKind, Literal(sentence.kind)),
            (node, CG.text, Literal(sentence.text, lang="zh")),
            (node, CG.start, Literal(sentence.start, datatype=XSD.integer)),
            (node, CG.end, Literal(sentence.end, datatype=XSD.integer)),
        ]
    return [(s, p, o, graph) for s, p, o in triples]


def _entity_quads(entity: Entity, vocab: Vocabulary, iris: Iris) -> list[Quad]:
    subject = iris.entity(entity.id)
    triples = [(subject, RDFS.label, Literal(text, lang=lang)) for lang, text in entity.labels.items()]
    triples += [(subject, SKOS.altLabel, Literal(name, lang=lang))
                for lang, names in entity.aliases.items() for name in names]
    triples += [(subject, CG.description, Literal(text, lang=lang)) for lang, text in entity.description.items()]
    # Labels live where the entity is declared; aliases and types go with every graph that names it.
    # An article's graph comes before reference graphs that only classify the entity.
    home = iris.graph(min(entity.graphs, key=lambda g: (g.startswith("reference:"), g)))
    return [(s, p, o, home) for s, p, o in triples]


def _statement_quads(statement: Statement, vocab: Vocabulary, iris: Iris) -> list[Quad]:
    graph = iris.graph(statement.graph)
    subject = iris.entity(statement.subject)
    if statement.prop == "type":
        predicate, obj = RDF.type, vocab.classes[statement.value]
    else:
        prop = vocab.properties[statement.prop]
        predicate = prop.iri
        obj = _object(statement.value, prop.is_object, vocab, iris)
    evidence = statement.evidence
    node = iris.evidence(statement.graph, f"{subject}|{predicate}|{obj.n3()}|{evidence.quote}|{evidence.basis}")
    triples = [
        (subject, predicate, obj),
        (node, RDF.type, CG.Evidence),
        (node, RDF.subject, subject),
        (node, RDF.predicate, predicate),
        (node, RDF.object, obj),
    ]
    if evidence.source:
        triples += [
            (node, CG.evidenceSource, iris.source(evidence.source)),
            (node, CG.quote, Literal(evidence.quote, lang="zh")),
            (node, CG.start, Literal(evidence.start, datatype=XSD.integer)),
            (node, CG.end, Literal(evidence.end, datatype=XSD.integer)),
        ]
        if evidence.sentence:
            triples.append((node, CG.sentence, iris.sentence(evidence.source, evidence.sentence)))
    else:
        triples.append((node, SKOS.note, Literal(evidence.basis, lang="en")))
    return [(s, p, o, graph) for s, p, o in triples]


def _object(value, is_object: bool, vocab: Vocabulary, iris: Iris):
    if is_object:
        return vocab.individuals.get(value) or iris.entity(value)
    assert isinstance(value, TypedValue)
    if value.language:
        return Literal(value.lexical, lang=value.language)
    return Literal(value.lexical, datatype=value.datatype)


def _sort_key(quad: Quad) -> tuple[str, ...]:
    s, p, o, g = quad
    return (str(g), str(s), str(p), o.n3() if hasattr(o, "n3") else str(o))


def _slug(text: str) -> str:
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in text).split()) or "publisher"
