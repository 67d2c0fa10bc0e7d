"""Entities the rules missed, added on the review page from words the curator selects.

The curator selects a name in the article and presses `n`; the page asks `propose` what the words
are likely to be (a person after a role word such as 副局长, with the organisation named just
before it) and, once the curator confirms the class (and for a person the role and organisation),
`add` makes candidates of them shaped like the extractor's, so they are accepted, linked, merged,
checked and saved as any other. Labels and ids come from `chaingraph extract`'s own functions
(`assign_ids`, which proposes the English label first; `person_en`, `role_en_of`); the quote is
the clause of the sentence that holds the selection.
"""

from __future__ import annotations

from chaingraph.authoring.extract.candidates import Candidate, Fact
from chaingraph.authoring.extract.glossary import ROLES
from chaingraph.authoring.extract.ids import assign_ids
from chaingraph.authoring.extract.labels import role_en_of
from chaingraph.authoring.extract.statuses import clauses
from chaingraph.authoring.review.model import Session
from chaingraph.sources.metadata import person_en

MAX_NAME = 80


class BadAddition(ValueError):
    """The words or choices sent to add an entity do not fit the article or the ontology."""


def _place(session: Session, text: str, sentence_id: str) -> tuple[dict, int]:
    """The sentence named and where the selected words start in the source's text."""
    sentence = next((s for s in session.sentences if s["id"] == sentence_id), None)
    text = text if isinstance(text, str) else ""
    if sentence is None or not text.strip() or len(text) > MAX_NAME or text not in sentence["text"]:
        raise BadAddition("select the words of one sentence (a name of at most 80 characters)")
    return sentence, sentence["start"] + sentence["text"].index(text)


def _role_before(session: Session, start: int) -> str:
    """The longest role word of the glossary that ends where the name starts (副局长吴海涛)."""
    before = session.text[max(0, start - 12):start]
    return max((role for role in ROLES if before.endswith(role)), key=len, default="")


def _organisation_before(session: Session, sentence: dict, start: int) -> str:
    """The candidate named last before `start` in the sentence: the employer of a person after it."""
    found = [(span["end"], c["key"]) for c in session.candidates if c["cls"] != "Position"
             for span in c["spans"] if span["sentence"] == sentence["id"] and not span.get("anchor")
             and span["end"] <= start]
    return max(found)[1] if found else ""


def propose(session: Session, text: str, sentence_id: str) -> dict:
    """What the selected words likely are: a class, and for a person the role and its organisation."""
    sentence, start = _place(session, text, sentence_id)
    role = _role_before(session, start)
    organisation = _organisation_before(session, sentence, start - len(role)) if role else ""
    return {"cls": "Person" if role else "", "role": role, "org": organisation}


def add(session: Session, text: str, sentence_id: str, cls: str, role: str = "", org: str = "") -> list[dict]:
    """New candidates for the selected words (and a Position for a person given a role), kept in the
    session so decisions can name them; returns them as the page shows candidates."""
    sentence, start = _place(session, text, sentence_id)
    end = start + len(text)
    if cls not in session.classes or cls == "Position":
        raise BadAddition("choose a class of the ontology (a position comes with its person)")
    if not isinstance(role, str) or len(role) > MAX_NAME or not isinstance(org, str):
        raise BadAddition("a role is a short text, an organisation a candidate's key or an entity's id")
    if org and session.candidate(org) is None and org not in session.known:
        raise BadAddition(f"no candidate or existing entity {org!r}")
    quote = _clause(sentence, start, end, session.text)
    entity = Candidate(cls, [text])
    if cls == "Person":
        entity.label_en = person_en(text)
    made = [entity]
    if cls == "Person" and role and org:
        position_quote = _position_quote(session, sentence, org, start, end) or quote
        made.append(Candidate("Position", [f"{text}（{role}）"], facts=[
            Fact("holder", entity, position_quote),
            Fact("roleTitle", {"zh": role, "en": role_en_of(role)}, position_quote)]))
        made[-1].quote = position_quote
    assign_ids(made, session.gazetteer)
    taken = {c["id"] for c in session.candidates}
    keys = [f"c{len(session.candidates) + i}" for i in range(len(made))]
    shown = []
    for key, candidate in zip(keys, made, strict=True):
        proposal, n = candidate.id, 2
        while proposal in taken:
            proposal, n = f"{candidate.id}-{n}", n + 1
        taken.add(proposal)
        the_quote = candidate.quote or quote
        at = session.text.index(the_quote, sentence["start"])
        span = {"start": start, "end": end, "sentence": sentence["id"]} if candidate is entity else \
            {"start": at, "end": at + len(the_quote), "sentence": sentence["id"], "anchor": True}
        shown.append({"key": key, "id": proposal, "cls": candidate.cls, "kind": candidate.kind,
                      "names": [text] if candidate is entity else [], "label_zh": candidate.label,
                      "label_en": candidate.label_en or "", "spans": [span], "quote": the_quote,
                      "sentence": sentence["id"], "existing": None, "notes": ["added by the curator"],
                      "facts": [], "added": True})
    if len(shown) == 2:
        value = {"ref": org} if session.candidate(org) else {"id": org}
        position_quote = shown[1]["quote"]
        shown[1]["facts"] = [
            {"prop": "holder", "value": {"ref": keys[0]}, "quote": position_quote, "note": "",
             "sentence": sentence["id"]},
            {"prop": "positionIn", "value": value, "quote": position_quote, "note": "", "sentence": sentence["id"]},
            {"prop": "roleTitle", "value": {"lit": {"zh": role, "en": role_en_of(role)}}, "quote": position_quote,
             "note": "", "sentence": sentence["id"]}]
    session.candidates += shown
    return shown


def _clause(sentence: dict, start: int, end: int, text: str) -> str:
    """The clause of the sentence holding text[start:end] (up to the commas and stops around it)."""
    for left, right in clauses(text, sentence["start"], sentence["end"]):
        if left <= start and end <= right:
            return text[left:right].strip()
    return text[start:end]


def _position_quote(session: Session, sentence: dict, org: str, start: int, end: int) -> str:
    """From the organisation's name, when the same sentence names it before the person, to the
    person's name (内江市经济和信息化局副局长吴海涛)."""
    candidate = session.candidate(org)
    spans = [s for s in (candidate or {}).get("spans", []) if s["sentence"] == sentence["id"]
             and not s.get("anchor") and s["end"] <= start]
    return session.text[max(spans, key=lambda s: s["end"])["start"]:end] if spans else ""
