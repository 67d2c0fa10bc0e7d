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

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from chaingraph.core.namespaces import CG, ONTOLOGY_IRI, prefixes
from chaingraph.dataset.iris import Iris
from chaingraph.facts.loader import Entity, Facts, Statement, TypedValue
from chaingraph.facts.vocabulary import Vocabulary
from chaingraph.sources.captures import Source

Quad = tuple[URIRef, URIRef, object, URIRef]


def _n(term: URIRef) -> ox.NamedNode:
    return ox.NamedNode(str(term))


TYPE, LABEL, ALT_LABEL, NOTE = _n(RDF.type), _n(RDFS.label), _n(SKOS.altLabel), _n(SKOS.note)
SUBJECT, PREDICATE, OBJECT = _n(RDF.subject), _n(RDF.predicate), _n(RDF.object)
XSD_DATE, XSD_INTEGER = _n(XSD.date), _n(XSD.integer)
C = {name: _n(CG[name]) for name in (
    "Source", "Sentence", "Evidence", "Publisher", "inSource", "sentenceId", "sentenceKind", "text", "start",
    "end", "description", "evidenceSource", "quote", "sentence", "supersededSource", "supersededReason")}
D = {name: _n(DCTERMS[name]) for name in (
    "identifier", "title", "publisher", "language", "creator", "issued", "date", "source", "rights")}


def build_oxigraph_quads(facts: Facts, sources: dict[str, Source], vocab: Vocabulary, base: str,
                         made: dict[str, list[ox.Quad]] | None = None, sort: bool = True,
                         ontology: list[ox.Quad] | None = None,
                         homed: dict[str, list[ox.Quad]] | None = None) -> list[ox.Quad]:
    """Every quad of the dataset as pyoxigraph terms, without duplicates, in a sorted order so
    that serializations are byte-identical across runs.

    `made` gives, by source id, the quads of sources' graphs made earlier (`source_graph_quads`,
    read back from the build cache); the other sources' graphs are made here. `sort=False` leaves
    the sorting, and dropping a quad stated twice, to a caller that adds quads and sorts once
    (`inference.with_inferred_graph`: sorting a million quads costs seconds). `ontology` is
    `ontology_quads(vocab)` when the caller made them already. `homed` receives the entities'
    labels, aliases and descriptions by the IRI of the graph they go to (an incremental build
    keys each graph's text with them: dataset/fileparts.py)."""
    made = made or {}
    terms = _Terms(vocab, base)
    quads: list[ox.Quad] = []
    quads.extend(ontology if ontology is not None else ontology_quads(vocab))
    by_graph = statements_by_graph(facts)
    for source_id, source in sources.items():
        part = made.get(source_id)
        if part is None:
            part = _source_graph(source, by_graph.get(f"source:{source_id}", []), terms)
        quads.extend(part)
    for entity in facts.entities.values():
        own = _entity_quads(entity, terms.iris)
        quads.extend(own)
        if homed is not None and own:
            homed.setdefault(own[0].graph_name.value, []).extend(own)
    for graph in sorted(set(by_graph) - {f"source:{source_id}" for source_id in sources}):
        for statement in by_graph[graph]:  # reference graphs
            quads.extend(_statement_quads(statement, terms))
    return sorted(dict.fromkeys(quads), key=str) if sort else quads


def ontology_quads(vocab: Vocabulary) -> list[ox.Quad]:
    """The ontology graph's quads. Canonical blank-node labels (OWL lists in the ontology) keep
    outputs byte-identical."""
    graph = ox.NamedNode(ONTOLOGY_IRI)
    return [ox.Quad(*map(to_oxigraph_term, t), graph) for t in to_canonical_graph(vocab.graph)]


def statements_by_graph(facts: Facts) -> dict[str, list[Statement]]:
    """The statements of each graph ("source:ID", "reference:NAME"), in the order they were read."""
    grouped: dict[str, list[Statement]] = {}
    for statement in facts.statements:
        grouped.setdefault(statement.graph, []).append(statement)
    return grouped


def source_graph_quads(source: Source, statements: list[Statement], vocab: Vocabulary, base: str) -> list[ox.Quad]:
    """The quads of one source's graph but its entities' labels (which go where each entity is
    declared first, a choice across sources): its metadata, sentences, facts and evidence."""
    return _source_graph(source, statements, _Terms(vocab, base))


class _Terms:
    """The IRIs of the vocabulary's properties, classes and individuals, made once per build."""

    def __init__(self, vocab: Vocabulary, base: str):
        self.iris = Iris(base)
        self.properties = {name: (_n(prop.iri), prop.is_object) for name, prop in vocab.properties.items()}
        self.classes = {name: _n(iri) for name, iri in vocab.classes.items()}
        self.individuals = {code: _n(iri) for code, iri in vocab.individuals.items()}


def _source_graph(source: Source, statements: list[Statement], terms: _Terms) -> list[ox.Quad]:
    quads = _source_quads(source, terms.iris)
    for statement in statements:
        quads.extend(_statement_quads(statement, terms))
    return quads


def to_rdflib_quads(quads: list[ox.Quad]) -> list[Quad]:
    convert = _RdflibTerms()
    return [(convert(q.subject), convert(q.predicate), convert(q.object), convert(q.graph_name)) for q in quads]


def to_rdflib_term(term):
    """One pyoxigraph term as rdflib's (xsd:string literals become plain literals)."""
    return _RdflibTerms()(term)


def to_dataset(quads: list[Quad], base: str) -> Dataset:
    dataset = Dataset(default_union=True)
    for name, iri in prefixes(base).items():
        dataset.bind(name, iri, override=True, replace=True)
    for s, p, o, g in quads:
        dataset.add((s, p, o, g))
    return dataset


def to_oxigraph_term(term):
    """An rdflib term as a pyoxigraph term (plain literals stay plain)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


class _RdflibTerms:
    """pyoxigraph terms back to rdflib ones; xsd:string literals become plain literals."""

    def __init__(self):
        self.cache: dict = {}

    def __call__(self, term):
        found = self.cache.get(term)
        if found is not None:
            return found
        if isinstance(term, ox.NamedNode):
            result = URIRef(term.value)
        elif isinstance(term, ox.BlankNode):
            result = BNode(term.value)
        elif isinstance(term, ox.Literal):
            if term.language:
                result = Literal(term.value, lang=term.language)
            elif term.datatype.value == _XSD_STRING:
                result = Literal(term.value)
            else:
                result = Literal(term.value, datatype=URIRef(term.datatype.value))
        else:
            raise TypeError(f"not a pyoxigraph term: {term!r}")
        self.cache[term] = result
        return result


_XSD_STRING = str(XSD.string)


def _lit(value, language: str | None = None, datatype: ox.NamedNode | None = None) -> ox.Literal:
    if language:
        return ox.Literal(str(value), language=language)
    if datatype:
        return ox.Literal(str(value), datatype=datatype)
    return ox.Literal(str(value))


def _source_quads(source: Source, iris: Iris) -> list[ox.Quad]:
    graph = iris.graph(f"source:{source.id}")
    subject = iris.source(source.id)
    publisher = iris.publisher(source.publisher.en)
    triples = [
        (subject, TYPE, C["Source"]),
        (subject, D["identifier"], _lit(source.id)),
        (subject, D["title"], _lit(source.title, "zh")),
        (subject, D["publisher"], publisher),
        (subject, D["language"], _lit("zh")),
        (publisher, TYPE, C["Publisher"]),
        (publisher, LABEL, _lit(source.publisher.zh, "zh")),
        (publisher, LABEL, _lit(source.publisher.en, "en")),
    ]
    if source.title_en:
        triples.append((subject, D["title"], _lit(source.title_en, "en")))
    for reporter in source.reporters:
        triples.append((subject, D["creator"], _lit(reporter.zh, "zh")))
    if source.date:
        triples.append((subject, D["issued"], _lit(source.date, datatype=XSD_DATE)))
    if source.visit_date:
        triples.append((subject, D["date"], _lit(source.visit_date, datatype=XSD_DATE)))
    if source.url:
        triples.append((subject, D["source"], ox.NamedNode(source.url)))
    if source.licence:
        triples.append((subject, D["rights"], _lit(source.licence)))
    for sentence in source.normalized.sentences:
        node = iris.sentence(source.id, sentence.id)
        triples += [
            (node, TYPE, C["Sentence"]),
            (node, C["inSource"], subject),
            (node, C["sentenceId"], _lit(sentence.id)),
            (node, C["sentenceKind"], _lit(sentence.kind)),
            (node, C["text"], _lit(sentence.text, "zh")),
            (node, C["start"], _lit(sentence.start, datatype=XSD_INTEGER)),
            (node, C["end"], _lit(sentence.end, datatype=XSD_INTEGER)),
        ]
    return [ox.Quad(s, p, o, graph) for s, p, o in triples]


def _entity_quads(entity: Entity, iris: Iris) -> list[ox.Quad]:
    subject = iris.entity(entity.id)
    triples = [(subject, LABEL, _lit(text, lang)) for lang, text in entity.labels.items()]
    triples += [(subject, ALT_LABEL, _lit(name, lang)) for lang, names in entity.aliases.items() for name in names]
    triples += [(subject, C["description"], _lit(text, lang)) for lang, text in entity.description.items()]
    # Labels live where the entity is declared; aliases and types go with every graph that names it.
    # An article's graph comes before reference graphs that only classify the entity.
    home = iris.graph(min(entity.graphs, key=lambda g: (g.startswith("reference:"), g)))
    return [ox.Quad(s, p, o, home) for s, p, o in triples]


def _statement_quads(statement: Statement, terms: _Terms) -> list[ox.Quad]:
    iris = terms.iris
    graph = iris.graph(statement.graph)
    subject = iris.entity(statement.subject)
    if statement.prop == "type":
        predicate, obj = TYPE, terms.classes[statement.value]
    else:
        predicate, is_object = terms.properties[statement.prop]
        obj = _object(statement.value, is_object, terms.individuals, iris)
    evidence = statement.evidence
    node = iris.evidence(statement.graph, f"{subject}|{predicate}|{obj}|{evidence.quote}|{evidence.basis}")
    triples = [
        (subject, predicate, obj),
        (node, TYPE, C["Evidence"]),
        (node, SUBJECT, subject),
        (node, PREDICATE, predicate),
        (node, OBJECT, obj),
    ]
    if evidence.source:
        triples += [
            (node, C["evidenceSource"], iris.source(evidence.source)),
            (node, C["quote"], _lit(evidence.quote, "zh")),
            (node, C["start"], _lit(evidence.start, datatype=XSD_INTEGER)),
            (node, C["end"], _lit(evidence.end, datatype=XSD_INTEGER)),
        ]
        if evidence.sentence:
            triples.append((node, C["sentence"], iris.sentence(evidence.source, evidence.sentence)))
        if evidence.superseded:
            triples += [(node, C["supersededSource"], iris.source(evidence.superseded[0])),
                        (node, C["supersededReason"], _lit(evidence.superseded[1], "en"))]
    else:
        triples.append((node, NOTE, _lit(evidence.basis, "en")))
    return [ox.Quad(s, p, o, graph) for s, p, o in triples]


def _object(value, is_object: bool, individuals, iris: Iris):
    if is_object:
        return individuals.get(value) or iris.entity(value)
    assert isinstance(value, TypedValue)
    if value.language:
        return _lit(value.lexical, value.language)
    if value.datatype is not None:
        return _lit(value.lexical, datatype=iris.iri(str(value.datatype)))
    return _lit(value.lexical)
