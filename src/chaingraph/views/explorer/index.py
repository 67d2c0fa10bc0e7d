"""The explorer's index of the dataset: the build's statements (`analysis.statements`, read once
per build and shared with the report's citations) as the page needs them, with the evidence
table (quotes with their sentences and sources, or reference basis notes) and the sources the
page cites.

It works on plain strings (IRIs, "_:" blank nodes) and `Lit` literals, never rdflib terms.
"""

from __future__ import annotations

import re

from rdflib.namespace import DCTERMS, RDFS, SKOS

from chaingraph.analysis.projection import shared_statements
from chaingraph.analysis.statements import CG_NS, RDF_TYPE, Lit, text_of
from chaingraph.dataset.iris import graph_kind, normalized_base
from chaingraph.facts.wording import LANGUAGES

__all__ = ["CG_NS", "RDF_TYPE", "RDFS_LABEL", "SKOS_ALT_LABEL", "Lit", "QuadIndex", "cg", "first_text", "text_of"]

RDFS_LABEL, SKOS_ALT_LABEL = str(RDFS.label), str(SKOS.altLabel)
DCT_IDENTIFIER = str(DCTERMS.identifier)
SENTENCE_ID, SENTENCE_TEXT = CG_NS + "sentenceId", CG_NS + "text"
BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")  # a character that counts two UTF-16 code units


def cg(name: str) -> str:
    return CG_NS + name


def first_text(values) -> str | None:
    if len(values) == 1:  # nearly always: nothing to order
        return text_of(values[0])
    texts = sorted(text_of(v) for v in values)
    return texts[0] if texts else None


def _record(key: tuple, texts: dict[str, str], position: dict[str, int], wide: set[str]):
    """An evidence table entry as the page carries it, from its flat key (see `QuadIndex._evidence`):
    a quote as `[sentence index, start, length]` when it is found in its sentence and its source is
    the sentence key's part before `#` (offsets in UTF-16 code units, as the page's strings count
    them); otherwise a record of its fields (basis and reference, or quote, sentence and source)."""
    if key[0] == 0:
        return {"basis": key[1], "reference": None if key[2] else key[3]}
    quote, sentence = key[1], None if key[2] else key[3]
    source = None if key[4] else key[5]
    text = texts.get(sentence) if sentence is not None else None
    if text is not None and quote and source == sentence.rpartition("#")[0]:
        at = text.find(quote)
        if at >= 0:
            if sentence not in wide:
                return [position[sentence], at, len(quote)]
            return [position[sentence], _utf16_length(text[:at]), _utf16_length(quote)]
    record = {"quote": quote}
    if sentence is not None:
        record["sentence"] = sentence
    record["source"] = source
    return record


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


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
        self.sentence_keys: list[str] = []  # the keys of sentence_texts, sorted: the page points into them
        self.evidence_table: list = []
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
        """(s, p, o) -> indices into the evidence table (quote with its sentence and source, or basis),
        which is made as the page carries it (see `_record`).

        The table is in the order of its records' items by name (basis before quote, sentence
        before source, a missing value before any other); each record's key is flat, in that
        order: (0, basis, reference missing, reference) or (1, quote, sentence missing,
        sentence, source missing, source)."""
        sources, places, references = {}, {}, {}  # shared by many records: each looked up once
        ids: dict[tuple, int] = {}  # record key -> its number in the order first met
        by_triple: dict[tuple, list[int]] = {}
        # A quote's number, by the pair of its sentence's and source's IRIs and then by the quote:
        # no record key is made (and hashed) again for every record citing a known quote.
        for _, s, p, o, quote, sentence_iri, source_iri, note, graph, _ in records:
            if quote is not None:
                numbers = places.get((sentence_iri, source_iri))
                if numbers is None:
                    numbers = places[sentence_iri, source_iri] = ({}, self._place(sentence_iri, source_iri, sources))
                number = numbers[0].get(quote)
                if number is None:
                    key = (1, quote, *numbers[1])
                    number = ids.get(key)
                    if number is None:
                        number = ids[key] = len(ids)
                    numbers[0][quote] = number
            else:
                reference = references.get(graph, False)
                if reference is False:
                    kind = graph_kind(graph)
                    reference = references[graph] = kind[1] if kind and kind[0] == "reference" else self.slug(graph)
                key = (0, note or "", reference is None, reference or "")
                number = ids.get(key)
                if number is None:
                    number = ids[key] = len(ids)
            found = by_triple.get((s, p, o))
            if found is None:
                by_triple[s, p, o] = [number]
            else:
                found.append(number)
        table_keys = sorted(ids)
        position = [0] * len(ids)
        for i, key in enumerate(table_keys):
            position[ids[key]] = i
        texts = self.sentence_texts
        self.sentence_keys = sorted(texts)
        places_of = {k: i for i, k in enumerate(self.sentence_keys)}
        # Offsets count UTF-16 code units; in a sentence without characters beyond U+FFFF (nearly
        # all) they are the string's own offsets.
        wide = {k for k, text in texts.items() if not text.isascii() and BEYOND_BMP.search(text)}
        self.evidence_table = [_record(key, texts, places_of, wide) for key in table_keys]
        for numbers in by_triple.values():  # renumbered in place: no triple is hashed again
            if len(numbers) == 1:
                numbers[0] = position[numbers[0]]
            else:
                numbers[:] = sorted({position[n] for n in numbers})
        return by_triple

    def _place(self, sentence_iri, source_iri, sources: dict) -> tuple:
        """(sentence missing, sentence key, source missing, source id) of a quote's sentence and source."""
        source = sources.get(source_iri, False)
        if source is False:
            source = sources[source_iri] = self._source_id(source_iri)
        if sentence_iri is None:
            return (True, "", source is None, source or "")
        return (False, self._sentence(sentence_iri, source), source is None, source or "")

    def _source_id(self, source_iri) -> str | None:
        if source_iri is None:
            return None
        return next((text_of(v) for v in self.values(source_iri, DCT_IDENTIFIER)), self.slug(source_iri))

    def _sentence(self, sentence, source_id: str | None) -> str:
        sentence_ids, texts = [], []  # read in one pass over the sentence's statements
        for p, o, _ in self.by_subject.get(sentence, ()):
            if p == SENTENCE_ID:
                sentence_ids.append(o)
            elif p == SENTENCE_TEXT:
                texts.append(o)
        sentence_id = first_text(sentence_ids) or self.slug(sentence)
        key = f"{source_id}#{sentence_id}"
        text = first_text(texts)
        if text is not None:
            self.sentence_texts[key] = text
        return key

    def evidence_for(self, s, p, o) -> list[int]:
        return self.evidence.get((s, p, o), [])
