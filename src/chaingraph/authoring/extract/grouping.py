"""Mentions into candidates: mentions of one entity grouped (自贡珈钠能源科技有限公司 / 珈钠能源,
高新区 / 自贡高新区), its short names found through the text, and each candidate linked to the id
an existing entity has (by label or alias, else by the core of its name), so the draft reuses
the graph's ids.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Mention
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.rules import GENERIC_STEMS, INDUSTRY_TAILS, KIND_OF, LEGAL_SUFFIXES, ZONE_WORDS
from chaingraph.authoring.gazetteer import Gazetteer, Known


def _region_prefix(name: str, gazetteer: Gazetteer) -> tuple[str | None, str]:
    """(canonical region, rest) when a name starts with a region: 自贡高新区 -> (自贡市, 高新区)."""
    for length in range(min(len(name) - 1, 9), 1, -1):
        head = name[:length]
        if head in gazetteer.regions:
            return gazetteer.regions[head], name[length:]
    return None, name


def core_name(name: str, gazetteer: Gazetteer) -> tuple[str | None, str]:
    """(region, core) of an organisation or place name, for matching short and long forms.

    自贡珈钠能源科技有限公司 -> (自贡市, 珈钠能源); 自贡先进碳材料产业技术研究院 -> (自贡市, 先进碳材料产业研究院).
    """
    region, rest = _region_prefix(name, gazetteer)
    for word in ZONE_WORDS:
        if rest.startswith(word) and len(rest) > len(word) + 1:
            rest = rest[len(word):]
            break
    for suffix in LEGAL_SUFFIXES:
        if rest.endswith(suffix) and len(rest) > len(suffix) + 1:
            rest = rest[: -len(suffix)]
            break
    stripped = re.sub(r"技术|科技", "", rest)
    return region, stripped if len(stripped) >= 2 else rest


def group_mentions(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """Candidates from mentions: one per kind and name, short forms folded in, regions inside names dropped."""
    groups: dict[tuple[str, str], Candidate] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        name = gazetteer.regions.get(mention.text, mention.text) if mention.kind == "region" else mention.text
        key = (mention.kind, name)
        if key not in groups:
            groups[key] = Candidate(mention.cls, [name])
        candidate = groups[key]
        candidate.mentions.append(mention)
        if mention.text not in candidate.names:
            candidate.names.append(mention.text)
    candidates = list(groups.values())
    candidates = _merge_short_forms(candidates, gazetteer)
    _find_short_mentions(candidates, text, gazetteer)
    named = [(m.start, m.end) for c in candidates if c.kind in ("organisation", "zone", "park") for m in c.mentions]
    for candidate in candidates:
        if candidate.kind == "region":  # 宁德 in 宁德时代 names a company, not the city
            candidate.mentions = [m for m in candidate.mentions
                                  if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                                             for s, e in named)]
    return [c for c in candidates if c.mentions]


def _merge_short_forms(candidates: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """Fold 珈钠能源 into 自贡珈钠能源科技有限公司, 高新区 into the article's most named 自贡高新区."""
    mergeable = ("organisation", "zone", "park")
    ordered = sorted(candidates, key=lambda c: -len(c.label))
    merged: list[Candidate] = []
    for candidate in ordered:
        if candidate.kind not in mergeable:
            merged.append(candidate)
            continue
        region, core = core_name(candidate.label, gazetteer)
        homes = []
        for other in merged:
            if other.kind != candidate.kind:
                continue
            other_region, other_core = core_name(other.label, gazetteer)
            bare = candidate.label in ZONE_WORDS and other.label.endswith(candidate.label)
            same = other_core == core and (region is None or other_region is None or region == other_region)
            if bare or (same and core not in ZONE_WORDS):
                homes.append(other)
        if not homes:
            merged.append(candidate)
            continue
        home = max(homes, key=lambda c: (len(c.mentions), -c.first))
        home.mentions += candidate.mentions
        home.names += [n for n in candidate.names if n not in home.names]
        if len(candidate.label) > len(home.label) and candidate.label not in ZONE_WORDS:
            home.names.remove(candidate.label)
            home.names.insert(0, candidate.label)
    return merged


def _find_short_mentions(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> None:
    """An organisation named once in full is then named by its core (珈钠能源): find those mentions."""
    taken = [(m.start, m.end) for c in candidates for m in c.mentions if m.nested_in is None]
    for candidate in candidates:
        if candidate.kind != "organisation":
            continue
        for core in _short_names(candidate, gazetteer):
            _add_short_mentions(candidate, core, candidates, taken, text)


def _short_names(candidate: Candidate, gazetteer: Gazetteer) -> list[str]:
    _, core = core_name(candidate.label, gazetteer)
    whole = core_name(candidate.label, Gazetteer())[1]  # 宁德时代… starts with a city name but is no city
    shorts = [core, whole]
    for name in (core, whole):
        for tail in INDUSTRY_TAILS:  # 宁德时代新能源 is called 宁德时代
            if name.endswith(tail) and len(name) - len(tail) >= 4:
                shorts.append(name[: -len(tail)])
                break
    shorts = list(dict.fromkeys(shorts))
    return [s for s in shorts if len(s) >= 3 and s not in GENERIC_STEMS and s != candidate.label
            and not class_of(s)]  # a core ending in a class suffix is a full name of its own


def _add_short_mentions(candidate: Candidate, core: str, candidates, taken, text: str) -> None:
    for match in re.finditer(re.escape(core), text):
        start, end = match.span()
        if any(m.start <= start and end <= m.end for m in candidate.mentions):
            continue
        inside = next(((s, e) for s, e in taken if s <= start and end <= e), None)
        mention = Mention(core, start, end, "", candidate.cls)  # the sentence id is filled in later
        if inside is not None:
            outer = next(m for c in candidates for m in c.mentions if (m.start, m.end) == inside)
            if outer.kind != "project":
                continue
            mention.nested_in = outer
        candidate.mentions.append(mention)
        if core not in candidate.names:
            candidate.names.append(core)


def link_existing(candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """Give each candidate the existing entity one of its names labels (full names first)."""
    for candidate in candidates:
        names = sorted(candidate.names, key=lambda n: (n in ZONE_WORDS, -len(n)))
        for name in names:
            known = gazetteer.lookup(name)
            if known and KIND_OF.get(known.cls) == candidate.kind:
                candidate.existing = known
                break
        if candidate.existing is None and candidate.kind in ("organisation", "zone", "park"):
            candidate.existing = _link_by_core(candidate, gazetteer)
        if candidate.existing:
            candidate.cls = candidate.existing.cls


def _link_by_core(candidate: Candidate, gazetteer: Gazetteer) -> Known | None:
    region, core = core_name(candidate.label, gazetteer)
    if core in ZONE_WORDS or len(core) < 3:
        return None
    found = {}
    for name, entries in gazetteer.names.items():
        for known in entries:
            if KIND_OF.get(known.cls) != candidate.kind:
                continue
            other_region, other_core = core_name(name, gazetteer)
            if other_core == core and (region is None or other_region is None or region == other_region):
                found[known.id] = known
    return next(iter(found.values())) if len(found) == 1 else None


def merge_linked(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per existing id: candidates linked to the same entity are merged."""
    by_id: dict[str, Candidate] = {}
    out = []
    for candidate in candidates:
        if candidate.existing is None:
            out.append(candidate)
            continue
        held = by_id.get(candidate.existing.id)
        if held is None:
            by_id[candidate.existing.id] = candidate
            out.append(candidate)
        else:
            held.mentions += candidate.mentions
            held.names += [n for n in candidate.names if n not in held.names]
    return out
