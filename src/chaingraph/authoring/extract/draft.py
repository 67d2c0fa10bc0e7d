"""The draft as a facts file a curator edits: entities by section, each with where the article
names it, its quote, its facts and suggestions in comments. Every new entity's English label is
proposed (glossary words, pinyin for proper names) and marked `# en proposed` for the curator to
check; `en: TODO` is left only where nothing could be proposed.

Every quote is written with the id of its sentence (`sentence: s012`), so a phrase the article
repeats (a caption under the paragraph it illustrates) cites the sentence the fact was read from:
the one, among those holding the quote, where the figure, the mention or the cue was found.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Draft, Fact
from chaingraph.authoring.extract.ids import region_en
from chaingraph.authoring.extract.rules import CJK
from chaingraph.sources.sentences import Sentence

SECTIONS = (("region", "places"), ("zone", None), ("park", None), ("organisation", "organisations"),
            ("person", "people and their positions"), ("other:Position", None), ("product", "products"),
            ("project", "projects"), ("quantity", "capacities and figures"), ("other:Cooperation", "cooperation"))


def draft_yaml(draft: Draft) -> str:
    """The draft as a facts file: every entity quoted, with positions and suggestions in comments."""
    lines = [
        f"# Draft facts proposed by `chaingraph extract {draft.source}`: candidates, not facts.",
        "# Review every entry against `chaingraph normalize " + draft.source + "`: confirm the classes and the",
        "# `existing:` links, check every English label marked `# en proposed` (pinyin for proper names,\n"
        "# glossary for common words), fill any `en: TODO`, delete what is wrong, then build.",
        f"# Source date used for figures: {draft.source_date or 'none found'}.",
    ]
    if draft.dates:
        lines.append("# Dates the text names: " + "; ".join(f"{d.sentence} {d.text} -> {d.value}" for d in draft.dates))
    lines += [f"source: {draft.source}", "entities:"]
    for kind_key, title in SECTIONS:
        members = [c for c in draft.candidates if _section_key(c) == kind_key]
        if not members:
            continue
        if title:
            lines += ["", f"  # {'-' * 66} {title}"]
        for candidate in sorted(members, key=lambda c: c.position):
            lines += _entity_lines(candidate, draft.sentences)
    return "\n".join(lines) + "\n"


def _section_key(candidate: Candidate) -> str:
    return candidate.kind if candidate.kind != "other" else f"other:{candidate.cls}"


def _entity_lines(candidate: Candidate, sentences: tuple[Sentence, ...] = ()) -> list[str]:
    lines = [""]
    for mention in sorted(candidate.mentions, key=lambda m: m.start)[:4]:
        lines.append(f"  # {mention.sentence} [{mention.start}-{mention.end}] {mention.text}")
    if len(candidate.mentions) > 4:
        lines.append(f"  # ... {len(candidate.mentions) - 4} more mention(s)")
    if candidate.figure:
        f = candidate.figure
        lines.append(f"  # {f.sentence} [{f.start}-{f.end}] {f.text}")
    for note in candidate.notes:
        lines.append(f"  # {note}")
    if candidate.existing:
        lines.append(f"  # existing: {candidate.existing.id} ({candidate.existing.label}, "
                     f"from {candidate.existing.source}); labels stay where they are")
    lines.append(f"  - id: {candidate.id}")
    lines.append(f"    class: {candidate.cls}")
    if candidate.existing is None:
        english = candidate.label_en or (region_en(candidate.label) if candidate.kind == "region" else None)
        mark = "  # en proposed" if english else ""
        lines.append(f"    label: {{zh: {_scalar(candidate.label)}, en: {_scalar(english or 'TODO')}}}{mark}")
        aliases = [n for n in candidate.names[1:]]
    else:
        aliases = [n for n in candidate.names if n != candidate.existing.label]
    if aliases:
        lines.append(f"    aliases: {{zh: [{', '.join(_scalar(a) for a in aliases)}]}}")
    lines.append(f"    quote: {_scalar(candidate.quote)}")
    lines += _sentence_line(candidate.quote, _anchors(candidate, sentences), sentences, "    ")
    facts = _unique_facts(candidate.facts)
    if facts:
        lines.append("    facts:")
        for fact in facts:
            lines.append(f"      - {fact.prop}: {_value(fact.value)}" + (f"  # {fact.note}" if fact.note else ""))
            lines.append(f"        quote: {_scalar(fact.quote)}")
            anchors = _anchors(candidate, sentences, fact.value)
            lines += _sentence_line(fact.quote, anchors, sentences, "        ")
    return lines


def _sentence_line(quote: str, anchors: list[str], sentences: tuple[Sentence, ...], indent: str) -> list[str]:
    """`sentence: sNNN` for a quote: its only sentence, or the first anchor among those holding it."""
    holding = [s.id for s in sentences if quote and quote in s.text]
    if not holding:
        return []  # no sentence given: the quote runs across sentences (the loader places it if it occurs once)
    chosen = next((a for a in anchors if a in holding), holding[0])
    others = [h for h in holding if h != chosen]
    note = f"  # also in {', '.join(others)}" + ("" if chosen in anchors else ": check") if others else ""
    return [f"{indent}sentence: {chosen}{note}"]


def _anchors(candidate: Candidate, sentences: tuple[Sentence, ...], value=None) -> list[str]:
    """Sentence ids where a statement was read, most telling first: the sentence of a figure (a fact
    about a figure is read beside it), where a position or cooperation stands, then the sentences
    naming the entity, then those naming the value, each in text order."""
    values = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, Candidate)]
    found = [c.figure.sentence for c in values + [candidate] if c.figure]
    found += [_sentence_at(sentences, c.at) for c in [candidate] + values if c.at is not None]
    for named in [candidate] + values:
        found += [m.sentence for m in sorted(named.mentions, key=lambda m: m.start)]
    return list(dict.fromkeys(a for a in found if a))


def _sentence_at(sentences: tuple[Sentence, ...], offset: int) -> str | None:
    return next((s.id for s in sentences if s.start <= offset < s.end), None)


def _unique_facts(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for fact in facts:
        key = (fact.prop, _value(fact.value))
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


def _value(value) -> str:
    if isinstance(value, Candidate):
        return value.id
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in value.items()) + "}"
    if isinstance(value, int | float):
        return str(value)
    return _scalar(str(value))


_PLAIN = re.compile(rf"^[\w\u3000-\u303f\uff01-\uff5e{CJK}“”‘’（）—·、．.+-]+$")


def _scalar(text: str) -> str:
    """A YAML scalar: plain when safe, else double-quoted."""
    if _PLAIN.match(text) and not re.match(r"^[\d.+-]|^(?:true|false|null|yes|no|on|off|y|n)$", text, re.I) \
            and ": " not in text:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
