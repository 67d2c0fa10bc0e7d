"""Figures two sources disagree on: a functional property with different values from different sources.

A functional property (owl:FunctionalProperty in the ontology: cg:value, cg:unitCode, cg:status,
cg:ofProduct, ...) takes one value per subject. Within one source the loader refuses a second
value; across sources both values are kept, each with its evidence, and listed here so the build
summary and the report can flag them. A quantity's cg:date says when its figure held, so two
reports of different dates are not a conflict by themselves: the date is shown beside each value.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from chaingraph.facts.loader import Statement, TypedValue


@dataclass(frozen=True)
class ConflictValue:
    value: str
    source: str | None  # source id; None for reference knowledge
    source_date: str | None  # the source's publication (or visit) date
    as_of: str | None  # the subject's cg:date as that source states it
    quote: str | None
    file: str
    line: int

    def __str__(self) -> str:
        when = ", ".join(x for x in (self.source_date and f"dated {self.source_date}",
                                     self.as_of and f"as of {self.as_of}") if x)
        said = f": “{self.quote}”" if self.quote else ""
        return f"{self.value} ({self.source or 'reference'}{', ' + when if when else ''}{said})"


@dataclass(frozen=True)
class Conflict:
    subject: str  # entity id
    prop: str  # property local name
    values: tuple[ConflictValue, ...]

    def __str__(self) -> str:
        return f"{self.subject} {self.prop}: " + " vs ".join(str(v) for v in self.values)


def find_conflicts(result) -> list[Conflict]:
    """Every (subject, functional property) given different values by different sources.

    `result` is a BuildResult (uses .facts, .vocabulary and .sources).
    """
    properties = result.vocabulary.properties
    by_key: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for statement in result.facts.statements:
        prop = properties.get(statement.prop)
        if prop is not None and prop.functional:
            by_key[(statement.subject, statement.prop)].append(statement)
    has_value = {subject for subject, prop in by_key if prop == "value"}
    conflicts = []
    for (subject, prop), statements in sorted(by_key.items()):
        if prop == "date" and subject in has_value:
            continue  # the date of a figure is its context, shown with each value
        values = {_text(s.value) for s in statements}
        graphs = {s.graph for s in statements}
        if len(values) < 2 or len(graphs) < 2:
            continue
        dates = {(s.subject, s.graph): _text(s.value) for s in result.facts.statements
                 if s.subject == subject and s.prop == "date"}
        shown = {}
        for statement in statements:
            key = (_text(statement.value), statement.graph)
            if key not in shown:
                shown[key] = _conflict_value(statement, result.sources, dates.get((subject, statement.graph)))
        ordered = sorted(shown.values(), key=lambda v: (v.source_date or "", v.source or "", v.value))
        conflicts.append(Conflict(subject, prop, tuple(ordered)))
    return conflicts


def _conflict_value(statement: Statement, sources: dict, as_of: str | None) -> ConflictValue:
    source_id = statement.evidence.source
    source = sources.get(source_id) if source_id else None
    source_date = (source.date or source.visit_date) if source else None
    return ConflictValue(_text(statement.value), source_id, source_date, as_of, statement.evidence.quote,
                         statement.file, statement.line)


def _text(value) -> str:
    return value.lexical if isinstance(value, TypedValue) else str(value)
