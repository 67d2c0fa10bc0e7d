"""The curator's decisions applied to the draft: the facts file the review page saves.

The page sends decisions only (accept, reject, class, labels, id, link, merge, facts dropped or
added, contradictions resolved), each checked here for its shape; the text of the file is written
by `yaml.safe_dump`, so no value the browser sends can become YAML structure. The result keeps,
for every entity, the lines it takes in the file and its candidate key, so the loader's problems
(file, line, field) and SHACL's (focus node) find the candidate they concern.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from chaingraph.authoring.review.model import Session
from chaingraph.core.values import ID_PATTERN

DECISIONS = ("accept", "reject", "pending")
DECISION_KEYS = {"decision", "cls", "label_zh", "label_en", "description", "id", "link", "merge_into",
                 "drop_facts", "add_facts", "resolutions"}
HOLDERS = ("hasCapacity", "hasIndicator")  # a holder conflict ("held by (hasCapacity)") sits on these statements
ADDED_PROPS = ("status", "date")
MAX_TEXT = 2000


class BadDecisions(ValueError):
    """The page sent something that is not a decision of the expected shape."""


@dataclass
class Composed:
    text: str
    lines: dict[str, tuple[int, int]] = field(default_factory=dict)  # candidate key -> first, last line
    ids: dict[str, str] = field(default_factory=dict)  # entity id -> candidate key
    keys: dict[str, str] = field(default_factory=dict)  # candidate key -> the entity id it became

    def key_at(self, line: int | None) -> str | None:
        return next((k for k, (a, b) in self.lines.items() if line is not None and a <= line <= b), None)


def check_decisions(session: Session, body: object) -> dict[str, dict]:
    """The decisions of a request body, or BadDecisions naming what is wrong."""
    if not isinstance(body, dict) or set(body) != {"decisions"} or not isinstance(body["decisions"], dict):
        raise BadDecisions("expected {\"decisions\": {key: {...}}} and nothing else")
    decisions = body["decisions"]
    for key, decision in decisions.items():
        if session.candidate(key) is None:
            raise BadDecisions(f"no candidate {key!r}")
        if not isinstance(decision, dict) or set(decision) - DECISION_KEYS:
            raise BadDecisions(f"{key}: unknown fields {sorted(set(decision) - DECISION_KEYS)}"
                               if isinstance(decision, dict) else f"{key}: expected a mapping")
        _check_one(session, key, decision)
    return decisions


def _check_one(session: Session, key: str, d: dict) -> None:
    def text(name, allow_empty=True):
        value = d.get(name)
        if value is not None and (not isinstance(value, str) or len(value) > MAX_TEXT
                                  or (not allow_empty and not value)):
            raise BadDecisions(f"{key}.{name}: expected text")

    if d.get("decision", "pending") not in DECISIONS:
        raise BadDecisions(f"{key}.decision: one of {', '.join(DECISIONS)}")
    for name in ("label_zh", "label_en", "description"):
        text(name)
    if d.get("cls") is not None and d["cls"] not in session.classes:
        raise BadDecisions(f"{key}.cls: not a class of the ontology")
    if d.get("id") is not None and not (isinstance(d["id"], str) and ID_PATTERN.match(d["id"])):
        raise BadDecisions(f"{key}.id: a lowercase slug")
    if d.get("link") is not None and d["link"] not in session.known:
        raise BadDecisions(f"{key}.link: no existing entity has that id")
    if d.get("merge_into") is not None and (session.candidate(d["merge_into"]) is None or d["merge_into"] == key):
        raise BadDecisions(f"{key}.merge_into: another candidate's key")
    facts = session.candidate(key)["facts"]
    drops = d.get("drop_facts", [])
    if not isinstance(drops, list) or not all(isinstance(i, int) and 0 <= i < len(facts) for i in drops):
        raise BadDecisions(f"{key}.drop_facts: indexes of the candidate's facts")
    added = d.get("add_facts", [])
    if not isinstance(added, list):
        raise BadDecisions(f"{key}.add_facts: a list")
    for fact in added:
        if not isinstance(fact, dict) or set(fact) != {"prop", "value", "quote", "sentence"} \
                or fact["prop"] not in ADDED_PROPS + tuple(session.relations) \
                or not all(isinstance(fact[k], str) for k in fact):
            raise BadDecisions(f"{key}.add_facts: {{prop: status, date or a relation, value, quote, sentence}}")
        if fact["prop"] in session.relations and session.candidate(fact["value"]) is None \
                and fact["value"] not in session.known:
            raise BadDecisions(f"{key}.add_facts: a relation goes to a candidate or an existing entity")
        sentence = next((s for s in session.sentences if s["id"] == fact["sentence"]), None)
        if sentence is None or not fact["quote"] or fact["quote"] not in sentence["text"]:
            raise BadDecisions(f"{key}.add_facts: the quote must stand in the sentence named")
        if fact["prop"] == "status" and fact["value"] not in session.statuses:
            raise BadDecisions(f"{key}.add_facts: an unknown status")
    resolutions = d.get("resolutions", {})
    if not isinstance(resolutions, dict):
        raise BadDecisions(f"{key}.resolutions: a mapping from property to resolution")
    for prop, resolution in resolutions.items():
        if not isinstance(resolution, dict) or resolution.get("action") not in ("keep", "supersede") \
                or not all(isinstance(v, str) and len(v) <= MAX_TEXT for v in resolution.values()):
            raise BadDecisions(f"{key}.resolutions.{prop}: {{action: keep|supersede, source, reason}}")


def compose(session: Session, decisions: dict[str, dict]) -> Composed:
    """The facts file the decisions make of the draft (accepted candidates only)."""
    accepted = [c for c in session.candidates if decisions.get(c["key"], {}).get("decision") == "accept"]
    accepted_keys = {c["key"] for c in accepted}
    target = {}  # candidate key -> the key of the entity it is written as
    for c in accepted:
        into = decisions[c["key"]].get("merge_into")
        target[c["key"]] = into if into in accepted_keys and decisions[into].get("merge_into") is None else c["key"]
    final_id = {}
    for c in accepted:
        if target[c["key"]] == c["key"]:
            d = decisions[c["key"]]
            final_id[c["key"]] = d.get("link") or d.get("id") or (c["existing"] or {}).get("id") or c["id"]
    ids = {key: final_id[target[key]] for key in target}
    held = {(ids[key], prop.removeprefix("held by (").removesuffix(")")): resolution
            for key in ids for prop, resolution in decisions[key].get("resolutions", {}).items()
            if prop.startswith("held by (")}  # (held id, hasCapacity) -> resolution, applied on the holder
    header = [f"# Facts for {session.source}, reviewed with `chaingraph review {session.source}`.",
              f"source: {session.source}", "entities:"]
    composed = Composed("")
    lines = list(header)
    for c in accepted:
        if target[c["key"]] != c["key"]:
            continue
        members = [m for m in accepted if target[m["key"]] == c["key"]]
        entry, comments = _entity(session, c, members, decisions, ids, held)
        block = [f"  # {note}" for note in comments]
        block += ["  " + line for line in yaml.safe_dump([entry], allow_unicode=True, sort_keys=False,
                                                          width=4096, default_flow_style=False).splitlines()]
        lines.append("")
        first = len(lines) + 1
        lines += block
        for m in members:
            composed.lines[m["key"]] = (first, len(lines))
            composed.keys[m["key"]] = entry["id"]
        composed.ids[entry["id"]] = c["key"]
    if len(lines) == len(header):
        lines[-1] = "entities: []"
    composed.text = "\n".join(lines) + "\n"
    return composed


def _entity(session: Session, c: dict, members: list[dict], decisions: dict, ids: dict[str, str],
            held: dict[tuple[str, str], dict]):
    d = decisions[c["key"]]
    link = d.get("link") or (c["existing"] or {}).get("id")
    known = session.known.get(link) if link else None
    entry: dict = {"id": ids[c["key"]]}
    entry["class"] = (known or {}).get("cls") or d.get("cls") or c["cls"]
    # a name is an alias only where the article writes it (a figure's label is made up, not a name)
    names = list(dict.fromkeys(n for m in members for n in m["names"] if n in session.text))
    if known:
        aliases = [n for n in names if n not in known["names"]]
    else:
        label_zh = d.get("label_zh") or c["label_zh"]
        label_en = d.get("label_en") if d.get("label_en") is not None else c["label_en"]
        entry["label"] = {"zh": label_zh, "en": label_en or "TODO"}
        if (d.get("description") or "").strip():
            entry["description"] = {"en": d["description"].strip()}
        aliases = [n for n in names if n not in (label_zh, c["label_zh"])]
    if aliases:
        entry["aliases"] = {"zh": aliases}
    entry["quote"] = c["quote"]
    if c["sentence"]:
        entry["sentence"] = c["sentence"]
    facts, comments = [], []
    for m in members:
        dm = decisions[m["key"]]
        drops = set(dm.get("drop_facts", []))
        for index, fact in enumerate(m["facts"]):
            value = _value(fact["value"], ids)
            if index not in drops and value not in (None, []):
                facts.append((fact["prop"], value, fact["quote"], fact["sentence"]))
        for f in dm.get("add_facts", []):
            value = ids.get(f["value"]) if session.candidate(f["value"]) else f["value"]
            if value is not None:
                facts.append((f["prop"], value, f["quote"], f["sentence"]))
    written, seen = [], set()
    resolutions = d.get("resolutions", {})
    for prop, value, quote, sentence in facts:
        if (prop, repr(value)) in seen:
            continue
        seen.add((prop, repr(value)))
        statement = {prop: value, "quote": quote}
        if sentence:
            statement["sentence"] = sentence
        resolution = held.get((value, prop)) if prop in HOLDERS and isinstance(value, str) else resolutions.get(prop)
        if resolution and resolution["action"] == "supersede":
            statement["superseded"] = {"source": resolution.get("source", ""), "reason": resolution.get("reason", "")}
        elif resolution:
            what = f"the holder of {value}" if prop in HOLDERS else prop
            comments.append(f"conflict kept and flagged: {what} differs from {resolution.get('source', '')}"
                            + (f" ({resolution['reason']})" if resolution.get("reason") else ""))
        written.append(statement)
    if written:
        entry["facts"] = written
    return entry, comments


def _value(value, ids: dict[str, str]):
    """A fact's value as the facts file writes it; None when it names a candidate left out."""
    if isinstance(value, list):
        values = [v for v in (_value(v, ids) for v in value) if v is not None]
        return values[0] if len(values) == 1 else values
    if "ref" in value:
        return ids.get(value["ref"])
    if "id" in value:
        return value["id"]
    return value["lit"]
