"""The stated quads of a dataset read once: grouped by subject, with the evidence behind them by
evidence node. The explorer page and the report's citations both read it (`shared_statements`
makes it once per build), so that neither passes over every quad again.

Four quads in five at scale describe evidence nodes (subject, predicate, object, quote, sentence,
source, offsets). The pass keeps each node's fields in one record instead of grouping those
quads by subject, and leaves out the offsets of quotes and sentences in their texts (nothing
reads them; a quote is found in its sentence). It works on plain strings (IRIs, "_:" blank
nodes) and `Lit` literals, never rdflib terms. The ontology's graph is left out (only its
subjects are kept: the terms a fact can name) and so is the graph of what the build infers: the
views show what the sources and the reference files state.

>>> from chaingraph.dataset.build import build_dataset
>>> found = statements(build_dataset())
>>> "https://w3id.org/chaingraph/ns#Company" in found.types["https://w3id.org/chaingraph/id/jiana-energy"]
True
>>> record = next(e for e in found.evidence if e.predicate.endswith("#value") and e.object.value == "100000")
>>> record.quote
'年产10万吨'
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

import pyoxigraph as ox
from rdflib.namespace import RDF, SKOS

from chaingraph.core.namespaces import CG, ONTOLOGY_IRI
from chaingraph.dataset.iris import is_inferred_graph

CG_NS = str(CG)
RDF_TYPE = str(RDF.type)
# What the views read of an evidence node, in the order of `Evidence`'s fields.
EVIDENCE_FIELDS = (str(RDF.subject), str(RDF.predicate), str(RDF.object), CG_NS + "quote", CG_NS + "sentence",
                   CG_NS + "evidenceSource", str(SKOS.note))
# What they leave out: where a quote or a sentence starts and ends in its text.
OFFSETS = (CG_NS + "start", CG_NS + "end")


class Lit(NamedTuple):
    value: str
    language: str | None
    datatype: str | None


class Evidence(NamedTuple):
    """One evidence node: the statement it backs (plain values), its quote with sentence and source
    IRIs, or its basis note (reference knowledge), and the graph that states it."""

    node: str
    subject: object
    predicate: object
    object: object
    quote: str | None
    sentence: str | None
    source: str | None
    note: str | None
    graph: str | None
    typed: bool  # declared a cg:Evidence (the citations also take an untyped node with a subject)


class Statements:
    """`by_subject`: (predicate, object, graph) of every stated quad outside the evidence fields;
    `types`: the cg: classes of each subject; `ontology_terms`: the subjects of the ontology's
    graph; `evidence`: every evidence node, in IRI order."""

    def __init__(self, by_subject: dict[str, list[tuple]], types: dict[str, set[str]], ontology_terms: set[str],
                 evidence: list[Evidence]):
        self.by_subject = by_subject
        self.types = types
        self.ontology_terms = ontology_terms
        self.evidence = evidence

    def values(self, subject, predicate: str) -> list:
        return [o for p, o, _ in self.by_subject.get(subject, ()) if p == predicate]


def plain(term):
    """A pyoxigraph term as a plain value: IRI -> str, blank node -> "_:id", literal -> Lit."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        language = term.language
        return Lit(term.value, language, None if language else term.datatype.value)
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return ""  # the default graph


def text_of(value) -> str:
    return value.value if isinstance(value, Lit) else value


def statements(data) -> Statements:
    """The statements of a built dataset (its `oxigraph_quads`) or of a list of pyoxigraph quads."""
    return _read(data.oxigraph_quads if hasattr(data, "oxigraph_quads") else data)


def _read(quads) -> Statements:
    by_subject: dict[str, list[tuple]] = defaultdict(list)
    types: dict[str, set[str]] = defaultdict(set)
    ontology_terms: set[str] = set()
    terms: dict = {}  # one plain value per distinct term: fewer objects, faster lookups
    known = terms.get

    def intern(term):
        terms[term] = found = plain(term)
        return found

    skipped: dict = {}  # per distinct graph, once: "ontology", "inferred" or ""
    fields = {ox.NamedNode(iri): i for i, iri in enumerate(EVIDENCE_FIELDS)}
    fields |= {ox.NamedNode(iri): -1 for iri in OFFSETS}
    field_of = fields.get
    records: dict = {}  # evidence node term -> [its fields' terms..., graph]
    evidence_type, rdf_type = ox.NamedNode(CG_NS + "Evidence"), ox.NamedNode(RDF_TYPE)
    typed: dict = {}  # evidence node term -> the graph of its type
    # Written out rather than looped over the four terms, and unpacked rather than read as
    # attributes (each attribute read makes a new term object): this runs per quad.
    for subject, predicate, obj, graph in quads:
        skip = skipped.get(graph)
        if skip is None:
            skip = skipped[graph] = _skipped_graph(intern(graph))
        if skip:
            if skip == "ontology":
                ontology_terms.add(known(subject) or intern(subject))
            continue
        field = field_of(predicate)
        if field is not None:
            if field >= 0:
                record = records.get(subject)
                if record is None:
                    record = records[subject] = [None] * len(EVIDENCE_FIELDS) + [graph]
                if record[field] is None:
                    record[field] = obj
                else:  # several values (the build writes one): the smallest, so that the order never matters
                    record[field] = min(record[field], obj, key=_term_text)
            continue
        if predicate == rdf_type and obj == evidence_type:
            typed.setdefault(subject, graph)
            continue
        s = known(subject) or intern(subject)
        p = known(predicate) or intern(predicate)
        o = known(obj) or intern(obj)
        by_subject[s].append((p, o, terms[graph]))
        if p == RDF_TYPE and isinstance(o, str) and o.startswith(CG_NS):
            types[s].add(o)
    for node in typed:  # an evidence node that is also something else is still evidence
        s = known(node)
        if s is not None and s in types:
            types[s].add(CG_NS + "Evidence")
    def value(term):
        return None if term is None else known(term) or intern(term)

    evidence = [_evidence(node, records.get(node), typed, value) for node in records.keys() | typed.keys()]
    evidence.sort(key=lambda e: e.node)
    return Statements(by_subject, types, ontology_terms, evidence)


def _evidence(node, record: list | None, typed: dict, value) -> Evidence:
    if record is None:
        record = [None] * len(EVIDENCE_FIELDS) + [typed[node]]
    subject, predicate, obj, quote, sentence, source, note, graph = record
    return Evidence(plain(node), value(subject), value(predicate), value(obj),
                    None if quote is None else quote.value, value(sentence), value(source),
                    None if note is None else note.value, value(graph), node in typed)


def _term_text(term) -> str:
    return term.value


def _skipped_graph(graph) -> str:
    if graph == ONTOLOGY_IRI:
        return "ontology"
    return "inferred" if is_inferred_graph(graph) else ""
