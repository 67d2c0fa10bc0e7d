"""The checked facts as the loader hands them on: entities, statements and their evidence.

Kept apart from the loader so that the per-file records (records.py) and the loader share them
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef


@dataclass(frozen=True)
class Evidence:
    source: str | None  # source id; None for reference knowledge
    quote: str | None
    basis: str | None
    start: int | None = None
    end: int | None = None
    sentence: str | None = None  # sentence id in the source
    superseded: tuple[str, str] | None = None  # (source whose value is superseded, the curator's reason)


@dataclass(frozen=True)
class Statement:
    subject: str
    prop: str  # property local name, or "type"
    value: object  # entity id (str) for object properties and "type"; a typed value otherwise
    graph: str  # "source:<id>" or "reference:<name>"
    evidence: Evidence
    file: str
    line: int


@dataclass
class Entity:
    id: str
    cls: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    graphs: set[str] = field(default_factory=set)
    file: str = ""
    line: int = 0
    class_problem: bool = False  # an unknown class was already reported


@dataclass
class Facts:
    entities: dict[str, Entity]
    statements: list[Statement]


@dataclass(frozen=True)
class TypedValue:
    """A literal value checked against its property's range."""

    lexical: str
    datatype: URIRef | None = None
    language: str | None = None
