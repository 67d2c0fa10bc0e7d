"""The planners' words for what the report names: classes, relations, ranks and links.

The report is read by planners, not by people who know the ontology, so it never prints a
property's or class's local name (researchField, HighTechZone) or a raw centrality score: each is
said with the ontology's own Chinese and English labels, or as a rank in words. Entity links open
the entity in the explorer page beside the report (`chaingraph.html#<id>`), which works offline,
rather than the entity's IRI, which names it but needs the network.

>>> ordinal(1), ordinal(2), ordinal(3), ordinal(11), ordinal(22)
('1st', '2nd', '3rd', '11th', '22nd')
"""

from __future__ import annotations

from chaingraph.core.namespaces import CG
from chaingraph.core.outputnames import EXPLORER_PAGE
from chaingraph.facts.wording import UNITS

# Where the report finds a source's capture: outputs/ and data/ sit side by side in a project.
CAPTURES = "../data/sources"


def explorer_link(entity_id: str) -> str:
    """The address that opens an entity in the explorer page, from the report's folder."""
    return f"{EXPLORER_PAGE}#{entity_id}"


def capture_link(source_id: str) -> str:
    """The address of a source's capture (`chaingraph ingest` stores it as data/sources/ID.txt)."""
    return f"{CAPTURES}/{source_id}.txt"


def source_anchor(source_id: str) -> str:
    """The id of a source's line in the report page, which every quote from it links to."""
    return f"source-{source_id}"


def class_words(vocabulary, cls: str) -> str:
    """'高新区 high-tech zone' for HighTechZone: the class's labels in the ontology."""
    return _both(vocabulary, CG[cls])


def relation_words(vocabulary, prop: str) -> str:
    """'研究领域 research field' for researchField: the property's labels in the ontology."""
    return _both(vocabulary, CG[prop])


def conflict_words(vocabulary, prop: str) -> str:
    """What two sources disagree on, in words: a property, or who holds a capacity or figure."""
    if prop.startswith("held by ("):
        return f"持有方 held by ({relation_words(vocabulary, prop[len('held by ('):-1])})"
    return relation_words(vocabulary, prop)


def value_words(G, base: str, prop: str, value: str, statuses: dict[str, dict[str, str]]) -> str:
    """One source's value in a disagreement, in words: a status or unit by its words, owners and
    holders by their Chinese labels, anything else (a number, a date) as written."""
    if prop == "status" and value in statuses:
        return f"{statuses[value]['zh']} {statuses[value]['en']}"
    if prop == "unitCode" and value in UNITS:
        return next(word for word in UNITS[value] if word)
    if prop == "operatedBy" or prop.startswith("held by ("):
        return "、".join(G.nodes[base + v]["label_zh"] if base + v in G else v for v in value.split(" + "))
    return value


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def hub_rank(rank: int, neighbours: int) -> str:
    """A hub's place in words: its rank, and how many entities it is linked to directly."""
    return (f"第 {rank} 位枢纽，与来源中的 {neighbours} 个主体直接相连 · {ordinal(rank)} hub, "
            f"linked directly to {neighbours} entities the sources name")


def _both(vocabulary, term) -> str:
    zh, en = vocabulary.label(term, "zh"), vocabulary.label(term, "en")
    return zh if zh == en else f"{zh} {en}"
