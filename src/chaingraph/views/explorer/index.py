"""The explorer's index of the dataset: the build's pyoxigraph quads read once, grouped by subject,
with the evidence table (quotes with their sentences and sources, or reference basis notes) and
the sources the page cites.

It works on plain strings (IRIs, "_:" blank nodes) and `Lit` literals, never rdflib terms: a
million quads index in seconds.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from chaingraph.core.namespaces import CG, ONTOLOGY_IRI
from chaingraph.dataset.iris import graph_kind, is_inferred_graph, normalized_base
from chaingraph.facts.wording import LANGUAGES

CG_NS = str(CG)
RDF_TYPE, RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (str(RDF.type), str(RDF.subject), str(RDF.predicate),
                                                    str(RDF.object))
RDFS_LABEL, SKOS_ALT_LABEL, SKOS_NOTE = str(RDFS.label), str(SKOS.altLabel), str(SKOS.note)
DCT_IDENTIFIER = str(DCTERMS.identifier)


class Lit(NamedTuple):
    value: str
    language: str | None
    datatype: str | None


def cg(name: str) -> str:
    return CG_NS + name


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


def first_text(values) -> str | None:
    texts = sorted(text_of(v) for v in values)
    return texts[0] if texts else None


class QuadIndex:
    """The dataset's quads, grouped for the page: by subject, and evidence by triple.

    `used_terms` collects the ontology terms the page names (statuses, say), whose labels it needs."""

    def __init__(self, quads, base: str):
        self.base = normalized_base(base)
        self.by_subject: dict[str, list[tuple]] = defaultdict(list)
        self.types: dict[str, set[str]] = defaultdict(set)
        self.ontology_terms: set[str] = set()
        terms: dict = {}  # one plain value per distinct term: fewer objects, faster lookups
        known = terms.get

        def intern(term):
            return terms.setdefault(term, plain(term))

        skipped: dict = {}  # per distinct graph, once: is it the ontology's or the inferred graph?
        by_subject, types = self.by_subject, self.types
        # Written out rather than looped over the four terms, and unpacked rather than read as
        # attributes (each attribute read makes a new term object): this runs per quad.
        for subject, predicate, obj, graph in quads:
            skip = skipped.get(graph)
            if skip is None:
                skip = skipped[graph] = self._skipped_graph(intern(graph))
            if skip:
                if skip == "ontology":
                    self.ontology_terms.add(known(subject) or intern(subject))
                continue  # the page shows what the sources state; SPARQL has the inferences
            s = known(subject) or intern(subject)
            p = known(predicate) or intern(predicate)
            o = known(obj) or intern(obj)
            by_subject[s].append((p, o, terms[graph]))
            if p == RDF_TYPE and isinstance(o, str) and o.startswith(CG_NS):
                types[s].add(o)
        self.sentence_texts: dict[str, str] = {}
        self.evidence_table: list[dict] = []
        self.evidence = self._evidence()
        self.used_terms: set[str] = set()

    @staticmethod
    def _skipped_graph(graph) -> str:
        """"ontology" or "inferred" for the graphs the page does not read, else ""."""
        if graph == ONTOLOGY_IRI:
            return "ontology"
        return "inferred" if is_inferred_graph(graph) else ""

    def slug(self, iri: str) -> str:
        """`relative_iri` with the base normalized once (this runs for every fact)."""
        base = self.base
        return iri[len(base):] if iri.startswith(base) else iri

    def values(self, subject, predicate: str) -> list:
        return [o for p, o, _ in self.by_subject.get(subject, ()) if p == predicate]

    def texts(self, subject, predicate: str) -> dict[str, str]:
        found = {}
        for value in sorted(self.values(subject, predicate), key=str):
            if isinstance(value, Lit) and value.language in LANGUAGES:
                found.setdefault(value.language, value.value)
        return found

    def _evidence(self) -> dict[tuple, list[int]]:
        """(s, p, o) -> indices into the evidence table (quote with its sentence and source, or basis)."""
        records = []
        evidence_class = cg("Evidence")
        quote_p, source_p, sentence_p = cg("quote"), cg("evidenceSource"), cg("sentence")
        sources, sentences = {}, {}  # many evidence records share a source and a sentence: look each up once
        for node, types in self.types.items():
            if evidence_class not in types:
                continue
            values: dict[str, list] = defaultdict(list)  # the node's statements by property, read once
            for p, o, _ in self.by_subject[node]:
                values[p].append(o)
            triple = tuple(next(iter(values.get(p, ())), None) for p in (RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT))
            graph = next((g for _, _, g in self.by_subject[node]), None)
            quote = first_text(values.get(quote_p, ()))
            if quote is not None:
                source_iri = next(iter(values.get(source_p, ())), None)
                if source_iri not in sources:
                    sources[source_iri] = self._source_id(source_iri)
                record = {"quote": quote, "source": sources[source_iri]}
                sentence = next(iter(values.get(sentence_p, ())), None)
                if sentence is not None:
                    if (sentence, record["source"]) not in sentences:
                        sentences[sentence, record["source"]] = self._sentence(sentence, record["source"])
                    record["sentence"] = sentences[sentence, record["source"]]
            else:
                kind = graph_kind(graph)
                record = {"basis": first_text(values.get(SKOS_NOTE, ())) or "",
                          "reference": kind[1] if kind and kind[0] == "reference" else self.slug(graph)}
            # a hashable, sortable key (values are strings or None)
            records.append((triple, tuple(sorted((k, v is None, v or "") for k, v in record.items()))))
        table_keys = sorted({key for _, key in records})
        self.evidence_table = [{k: None if missing else v for k, missing, v in key} for key in table_keys]
        position = {k: i for i, k in enumerate(table_keys)}
        by_triple: dict[tuple, set[int]] = defaultdict(set)
        for triple, key in records:
            by_triple[triple].add(position[key])
        return {t: sorted(ids) for t, ids in by_triple.items()}

    def _source_id(self, source_iri) -> str | None:
        if source_iri is None:
            return None
        return next((text_of(v) for v in self.values(source_iri, DCT_IDENTIFIER)), self.slug(source_iri))

    def _sentence(self, sentence, source_id: str | None) -> str:
        sentence_id = first_text(self.values(sentence, cg("sentenceId"))) or self.slug(sentence)
        key = f"{source_id}#{sentence_id}"
        text = first_text(self.values(sentence, cg("text")))
        if text is not None:
            self.sentence_texts[key] = text
        return key

    def evidence_for(self, s, p, o) -> list[int]:
        return self.evidence.get((s, p, o), [])
