"""The explorer's index of the dataset: the build's statements (`analysis.statements`, read once
per build and shared with the report's citations) as the page needs them, with the evidence
table (quotes with their sentences and sources, or reference basis notes) and the sources the
page cites.

It works on plain strings (IRIs, "_:" blank nodes) and `Lit` literals, never rdflib terms.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib.namespace import DCTERMS, RDFS, SKOS

from chaingraph.analysis.projection import shared_statements
from chaingraph.analysis.statements import CG_NS, RDF_TYPE, Lit, text_of
from chaingraph.dataset.iris import graph_kind, normalized_base
from chaingraph.facts.wording import LANGUAGES

__all__ = ["CG_NS", "RDF_TYPE", "RDFS_LABEL", "SKOS_ALT_LABEL", "Lit", "QuadIndex", "cg", "first_text", "text_of"]

RDFS_LABEL, SKOS_ALT_LABEL = str(RDFS.label), str(SKOS.altLabel)
DCT_IDENTIFIER = str(DCTERMS.identifier)


def cg(name: str) -> str:
    return CG_NS + name


def first_text(values) -> str | None:
    texts = sorted(text_of(v) for v in values)
    return texts[0] if texts else None


class QuadIndex:
    """The dataset's statements, grouped for the page: by subject, and evidence by triple.

    `used_terms` collects the ontology terms the page names (statuses, say), whose labels it needs."""

    def __init__(self, result, base: str):
        found = shared_statements(result)
        self.base = normalized_base(base)
        self.by_subject = found.by_subject
        self.types = found.types
        self.ontology_terms = found.ontology_terms
        self.sentence_texts: dict[str, str] = {}
        self.evidence_table: list[dict] = []
        self.evidence = self._evidence([record for record in found.evidence if record.typed])
        self.used_terms: set[str] = set()

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

    def _evidence(self, records: list) -> dict[tuple, list[int]]:
        """(s, p, o) -> indices into the evidence table (quote with its sentence and source, or basis)."""
        keys = []
        sources, sentences = {}, {}  # many evidence records share a source and a sentence: look each up once
        for record in records:
            quote, sentence_iri, source_iri = record.quote, record.sentence, record.source
            if quote is not None:
                if source_iri not in sources:
                    sources[source_iri] = self._source_id(source_iri)
                source = sources[source_iri]
                # the table's sort key: the record's items by name, each (name, missing, value)
                source_item = ("source", source is None, source or "")
                if sentence_iri is None:
                    key = (("quote", False, quote), source_item)
                else:
                    if (sentence_iri, source) not in sentences:
                        sentences[sentence_iri, source] = self._sentence(sentence_iri, source)
                    key = (("quote", False, quote), ("sentence", False, sentences[sentence_iri, source]), source_item)
            else:
                kind = graph_kind(record.graph)
                reference = kind[1] if kind and kind[0] == "reference" else self.slug(record.graph)
                key = (("basis", False, record.note or ""), ("reference", reference is None, reference or ""))
            keys.append(((record.subject, record.predicate, record.object), key))
        table_keys = sorted({key for _, key in keys})
        self.evidence_table = [{k: None if missing else v for k, missing, v in key} for key in table_keys]
        position = {k: i for i, k in enumerate(table_keys)}
        by_triple: dict[tuple, set[int]] = defaultdict(set)
        for triple, key in keys:
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
