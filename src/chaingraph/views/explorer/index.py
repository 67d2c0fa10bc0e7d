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
        self.renumbered: list[int] = []  # an evidence number -> its position in the evidence table
        self.evidence = self._evidence(found.evidence)
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

    def _evidence(self, records: list) -> dict[str, list[tuple]]:
        """subject -> (predicate, object, number) of each piece of evidence about it, the number
        being an index into the evidence table (quote with its sentence and source, or basis),
        which is made as the page carries it (see `_table`). A node takes its facts' evidence from
        its own list (`entities.nodes`), so that no key of a whole statement is made and hashed
        for each of the hundreds of thousands of records and again for each statement.

        A quote is numbered by its place, (sentence missing, sentence key, source missing,
        source), and its text; a basis note by (basis, reference missing, reference). Numbers
        are given in the order first met and mapped to table positions (see `_table`) through
        `self.renumbered`."""
        sources, references = {}, {}  # shared by many records: each looked up once
        places: dict = {}  # sentence IRI -> (source IRI, {quote: number})
        by_pair: dict = {}  # (sentence IRI, source IRI) -> the same, for every pair met
        quoted: dict[tuple, dict[str, int]] = {}  # place -> {quote: number}, shared by the pairs of one place
        basis: dict[tuple, int] = {}  # (basis, reference missing, reference) -> number
        count = 0
        by_subject: dict[str, list[tuple]] = {}
        # A quote's number, by its sentence's IRI (and source's) and then by the quote: no key is
        # made (and hashed) for every record citing a quote, nor for every quote.
        for _, s, p, o, quote, sentence_iri, source_iri, note, graph, typed in records:
            if not typed:  # an untyped node with a subject: the report's citations take it, the page does not
                continue
            if quote is not None:
                place = places.get(sentence_iri)
                if place is None or place[0] != source_iri:
                    place = self._quote_place(sentence_iri, source_iri, places, by_pair, quoted, sources)
                numbers = place[1]
                number = numbers.get(quote)
                if number is None:
                    number = numbers[quote] = count
                    count += 1
            else:
                reference = references.get(graph, False)
                if reference is False:
                    kind = graph_kind(graph)
                    reference = references[graph] = kind[1] if kind and kind[0] == "reference" else self.slug(graph)
                key = (note or "", reference is None, reference or "")
                number = basis.get(key)
                if number is None:
                    number = basis[key] = count
                    count += 1
            found = by_subject.get(s)
            if found is None:
                by_subject[s] = [(p, o, number)]
            else:
                found.append((p, o, number))
        texts = self.sentence_texts
        self.sentence_keys = sorted(texts)
        self.evidence_table, self.renumbered = self._table(basis, quoted, count)
        return by_subject

    def _table(self, basis: dict[tuple, int], quoted: dict[tuple, dict[str, int]],
               count: int) -> tuple[list, list[int]]:
        """The evidence table as the page carries it, and each number's position in it. A quote
        is `[sentence index, start, length]` when it is found in its sentence and its source is the
        sentence key's part before `#` (offsets in UTF-16 code units, as the page's strings count
        them); otherwise a record of its fields (quote, sentence and source); a basis note is
        `{basis, reference}`. The basis notes come first, in order; then the quotes sentence by
        sentence, in the order of the sentences' keys (source, then sentence id), and within a
        sentence in the order they stand in it: one small sort per sentence rather than one of
        every quote."""
        notes = sorted(basis)
        table = [{"basis": key[0], "reference": None if key[1] else key[2]} for key in notes]
        position = [0] * count
        for i, key in enumerate(notes):
            position[basis[key]] = i
        texts = self.sentence_texts
        sentence_at = {k: i for i, k in enumerate(self.sentence_keys)}
        for fields in sorted(quoted):
            sentence = None if fields[0] else fields[1]
            source = None if fields[2] else fields[3]
            text = texts.get(sentence) if sentence is not None else None
            if text is not None and source != sentence.rpartition("#")[0]:
                text = None  # its source is not the sentence's: kept as a record of its fields
            spans = sorted((text.find(quote) if text is not None and quote else -1, len(quote), quote, number)
                           for quote, number in quoted[fields].items())
            # Offsets count UTF-16 code units; in a sentence without characters beyond U+FFFF
            # (nearly all) they are the string's own offsets.
            wide = text is not None and not text.isascii() and BEYOND_BMP.search(text) is not None
            for at, length, quote, number in spans:
                position[number] = len(table)
                if at < 0:
                    record = {"quote": quote}
                    if sentence is not None:
                        record["sentence"] = sentence
                    record["source"] = source
                    table.append(record)
                elif wide:
                    table.append([sentence_at[sentence], _utf16_length(text[:at]), _utf16_length(quote)])
                else:
                    table.append([sentence_at[sentence], at, length])
        return table, position

    def _quote_place(self, sentence_iri, source_iri, places: dict, by_pair: dict, quoted: dict,
                     sources: dict) -> tuple:
        """A quote's sentence and source, with the numbers of the quotes cited in its place so far:
        (source IRI, {quote: number}); the numbers are shared by every pair of IRIs of one place
        (sentence missing, sentence key, source missing, source id), which is one sentence of the page."""
        place = by_pair.get((sentence_iri, source_iri))
        if place is None:
            fields = self._place(sentence_iri, source_iri, sources)
            numbers = quoted.get(fields)
            if numbers is None:
                numbers = quoted[fields] = {}
            place = by_pair[sentence_iri, source_iri] = (source_iri, numbers)
            places.setdefault(sentence_iri, place)
        return place

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

    def evidence_of(self, subject, statements) -> list[int]:
        """The evidence numbers (table positions) of these statements of `subject`, sorted."""
        stated = {(p, o) for p, o, _ in statements}
        position = self.renumbered
        return sorted({position[n] for p, o, n in self.evidence.get(subject, ()) if (p, o) in stated})
