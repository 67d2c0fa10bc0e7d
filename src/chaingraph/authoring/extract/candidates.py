"""What the extractor proposes: mentions in the text, figures and dates, and the candidates (with
their facts) that make up a draft. Plain records, filled in by the extraction steps in turn.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from chaingraph.authoring.extract.rules import KIND_OF
from chaingraph.authoring.gazetteer import Known
from chaingraph.sources.sentences import Sentence


@dataclass
class Mention:
    text: str
    start: int  # offsets in the normalized text
    end: int
    sentence: str
    cls: str
    known: Known | None = None  # a gazetteer entity this very name labels
    nested_in: Mention | None = None
    role: str | None = None  # people: the role word before the name
    role_start: int = 0  # people: offset of the role word

    @property
    def kind(self) -> str:
        return KIND_OF.get(self.cls, "other")


@dataclass
class Figure:
    text: str  # as written, with its qualifier and period words
    start: int
    end: int
    sentence: str
    value: Decimal
    unit: str
    per_period: str | None
    qualifier: str | None
    note: str = ""


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    sentence: str
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD


@dataclass
class Fact:
    prop: str
    value: object
    quote: str
    note: str = ""


@dataclass
class Candidate:
    """One proposed entity: its names, where the article names it, and what it says about it."""

    cls: str
    names: list[str]
    mentions: list[Mention] = field(default_factory=list)
    existing: Known | None = None
    id: str = ""
    facts: list[Fact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    label_en: str | None = None
    quote: str = ""
    figure: Figure | None = None
    at: int | None = None  # where a candidate no mention names (a position, a cooperation) stands

    @property
    def kind(self) -> str:
        return KIND_OF.get(self.cls, "other")

    @property
    def label(self) -> str:
        return self.names[0]

    @property
    def first(self) -> int:
        return min((m.start for m in self.mentions), default=self.figure.start if self.figure else 0)

    @property
    def position(self) -> int:
        """Where the candidate stands in the text: the draft lists candidates in this order."""
        return self.at if self.at is not None else self.first


def held_by_facts(candidates: list[Candidate]) -> set[int]:
    """The ids of every candidate some candidate's fact holds as its value (a figure's product, an owner's figure)."""
    return {id(v) for c in candidates for f in c.facts for v in (f.value if isinstance(f.value, list) else [f.value])}


@dataclass
class Draft:
    source: str
    candidates: list[Candidate]
    dates: list[DateMention]
    source_date: str | None
    sentences: tuple[Sentence, ...] = ()  # the source's, so the draft names the sentence of each quote


def kind_counts(draft: Draft) -> Counter:
    """How many candidates of each kind the draft proposes."""
    return Counter(c.kind for c in draft.candidates)
