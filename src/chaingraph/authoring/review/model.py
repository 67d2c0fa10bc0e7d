"""What the review page shows, as plain JSON-ready values: the source's normalized text and
sentences, every candidate `extract()` proposed (its spans, class, labels, existing match, facts),
and the entities the graph already has, for the link search (ranked by analysis/resolve.py, the
project's one resolver of names).

Candidates are keyed `c0`, `c1`, ... in the order they stand in the text. A fact's value is either
`{"ref": key}` (another candidate), `{"id": ...}` (a term of the vocabulary or an existing entity)
or `{"lit": ...}` (a number, a date, a text); the page sends decisions back and the server
applies them to this model (compose.py), so nothing the browser sends is trusted as YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from rdflib.namespace import RDF

from chaingraph.analysis.resolve import Candidate as ResolveCandidate
from chaingraph.analysis.resolve import ranked
from chaingraph.authoring.extract.candidates import Candidate, Draft
from chaingraph.authoring.extract.ids import region_en
from chaingraph.core.namespaces import CG
from chaingraph.facts.loader import Facts, TypedValue
from chaingraph.facts.vocabulary import Vocabulary


@dataclass
class Session:
    """One source under review: its draft as the page sees it, and what the graph holds already."""

    source: str
    text: str
    sentences: list[dict]
    candidates: list[dict]
    dates: list[dict]
    classes: list[str]
    statuses: list[str]
    relations: list[str]  # object properties a curator may add between candidates
    known: dict[str, dict] = field(default_factory=dict)  # existing entity id -> labels, class, statements
    draft_text: str = ""  # the draft as `chaingraph extract` writes it
    gazetteer: object = None  # the names extract knew, for the labels and ids of entities added on the page
    searchable: list | None = None  # the known entities as the resolver takes them, made at the first search

    def page_data(self) -> dict:
        return {"source": self.source, "text": self.text, "sentences": self.sentences,
                "candidates": self.candidates, "dates": self.dates, "classes": self.classes,
                "statuses": self.statuses, "relations": self.relations}

    def candidate(self, key: str) -> dict | None:
        return next((c for c in self.candidates if c["key"] == key), None)


def session_from_draft(draft: Draft, text: str, vocab: Vocabulary, others: Facts) -> Session:
    """The page's model of a draft; `others` are the facts of every other source (and reference)."""
    ordered = sorted(draft.candidates, key=lambda c: c.position)
    keys = {id(c): f"c{i}" for i, c in enumerate(ordered)}
    sentences = [{"id": s.id, "start": s.start, "end": s.end, "kind": s.kind, "text": s.text}
                 for s in draft.sentences if s.text.strip()]
    status_terms = set(vocab.graph.subjects(RDF.type, CG.Status))
    statuses = sorted(code for code, iri in vocab.individuals.items() if iri in status_terms)
    return Session(
        source=draft.source, text=text, sentences=sentences,
        candidates=[_candidate(c, keys, draft) for c in ordered],
        dates=[{"sentence": d.sentence, "text": d.text, "value": d.value, "start": d.start, "end": d.end}
               for d in draft.dates],
        classes=sorted(vocab.classes), statuses=statuses, known=known_entities(others),
        relations=sorted(name for name, prop in vocab.properties.items() if prop.is_object and name != "status"))


def _candidate(candidate: Candidate, keys: dict[int, str], draft: Draft) -> dict:
    spans = [{"start": m.start, "end": m.end, "sentence": m.sentence} for m in candidate.mentions]
    if candidate.figure:
        f = candidate.figure
        spans.append({"start": f.start, "end": f.end, "sentence": f.sentence})
    sentence = _sentence_of(candidate.quote, spans, draft)
    if not spans and sentence:  # a position or cooperation no single name stands for: its quote is its place
        held = next(s for s in draft.sentences if s.id == sentence)
        start = held.start + held.text.index(candidate.quote)
        spans.append({"start": start, "end": start + len(candidate.quote), "sentence": sentence, "anchor": True})
    english = candidate.label_en or (region_en(candidate.label) if candidate.kind == "region" else None)
    existing = candidate.existing
    return {
        "key": keys[id(candidate)], "id": candidate.id, "cls": candidate.cls, "kind": candidate.kind,
        "names": list(candidate.names), "label_zh": candidate.label, "label_en": english or "",
        "spans": sorted(spans, key=lambda s: s["start"]), "quote": candidate.quote,
        "sentence": sentence,
        "existing": {"id": existing.id, "label": existing.label, "cls": existing.cls, "source": existing.source}
        if existing else None,
        "notes": list(candidate.notes),
        "facts": [_fact(f, keys, candidate, draft) for f in _unique(candidate.facts)],
    }


def _unique(facts):
    seen, out = set(), []
    for fact in facts:
        key = (fact.prop, repr(_plain(fact.value, {})))
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


def _fact(fact, keys, candidate: Candidate, draft: Draft) -> dict:
    anchors = [s["sentence"] for s in _spans_of(candidate)]
    values = fact.value if isinstance(fact.value, list) else [fact.value]
    anchors += [s["sentence"] for v in values if isinstance(v, Candidate) for s in _spans_of(v)]
    return {"prop": fact.prop, "value": _plain(fact.value, keys), "quote": fact.quote, "note": fact.note,
            "sentence": _sentence_of(fact.quote, [{"sentence": a} for a in anchors], draft)}


def _spans_of(candidate: Candidate) -> list[dict]:
    spans = [{"sentence": candidate.figure.sentence}] if candidate.figure else []
    return spans + [{"sentence": m.sentence} for m in sorted(candidate.mentions, key=lambda m: m.start)]


def _sentence_of(quote: str, spans: list[dict], draft: Draft) -> str | None:
    """The sentence a quote cites: the first, among those holding it, where the candidate stands."""
    holding = [s.id for s in draft.sentences if quote and quote in s.text]
    anchors = [s["sentence"] for s in spans]
    return next((a for a in anchors if a in holding), holding[0] if holding else None)


def _plain(value, keys):
    if isinstance(value, Candidate):
        return {"ref": keys.get(id(value), value.id)}
    if isinstance(value, list):
        return [_plain(v, keys) for v in value]
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        return {"lit": format(Decimal(str(value)).normalize(), "f")}
    if isinstance(value, dict):
        return {"lit": {k: str(v) for k, v in value.items()}}
    if isinstance(value, str):
        return {"id": value} if _looks_like_id(value) else {"lit": value}
    return {"lit": str(value)}


def _looks_like_id(value: str) -> bool:
    return bool(value) and value.replace("-", "").isalnum() and value.isascii() and not value[0].isdigit()


def known_entities(facts: Facts) -> dict[str, dict]:
    """Every entity of the other sources with what they say about it, for the search and the merge view."""
    known = {}
    for entity in facts.entities.values():
        aliases = [n for names_ in entity.aliases.values() for n in names_ if n]
        names = [entity.labels.get("zh", ""), entity.labels.get("en", ""), *aliases]
        known[entity.id] = {"id": entity.id, "cls": entity.cls, "label_zh": entity.labels.get("zh", ""),
                            "label_en": entity.labels.get("en", ""), "names": [n for n in names if n],
                            "aliases": aliases, "statements": []}
    for statement in facts.statements:
        entry = known.get(statement.subject)
        if entry is None or statement.prop == "type":
            continue
        value = statement.value
        shown = value.lexical if isinstance(value, TypedValue) else str(value)
        entry["statements"].append({"prop": statement.prop, "value": shown, "graph": statement.graph,
                                    "quote": statement.evidence.quote or statement.evidence.basis or ""})
    return known


def searchable(known: dict[str, dict]) -> list[ResolveCandidate]:
    """The existing entities as the project's one resolver (analysis/resolve.py) takes them."""
    return [ResolveCandidate(e["id"], e["id"], {k: e[f"label_{k}"] for k in ("zh", "en") if e[f"label_{k}"]},
                             tuple(e["aliases"]), e["cls"] or "") for e in known.values()]


def search(session: Session, query: str, limit: int = 12) -> list[dict]:
    """Existing entities the query may mean, ranked as `chaingraph path` and the explorer rank names:
    id, exact label, alias, ignoring case, start of a name, part of one, pinyin, start of a pinyin."""
    if session.searchable is None:
        session.searchable = searchable(session.known)
    return [{k: session.known[m.candidate.id][k] for k in ("id", "cls", "label_zh", "label_en")} | {"rank": m.rank}
            for m in ranked(query, session.searchable, limit)]
