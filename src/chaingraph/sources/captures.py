"""Sources: raw captures kept as received, their metadata, and their normalized text.

data/sources/<id>.txt        the capture, byte for byte as received
data/sources/<id>.meta.yaml  title, publisher, reporters, dates, url, licence note
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.core.values import ID_PATTERN, is_real_date
from chaingraph.core.yamlfile import Located, read_yaml
from chaingraph.sources.normalize import Normalized, normalize

REQUIRED_META = ("id", "title", "publisher")
OPTIONAL_META = ("title_en", "reporters", "date", "visit_date", "url", "licence", "language", "note", "received")


@dataclass(frozen=True)
class Person:
    zh: str
    en: str


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: Person
    normalized: Normalized
    title_en: str | None = None
    reporters: tuple[Person, ...] = ()
    date: str | None = None
    visit_date: str | None = None
    url: str | None = None
    licence: str | None = None
    capture: str = ""


def source_ids(directory: Path) -> list[str]:
    return sorted(p.name[: -len(".meta.yaml")] for p in directory.glob("*.meta.yaml"))


def load_sources(directory: Path) -> dict[str, Source]:
    """Every source in `directory`, normalized; all problems raised together."""
    problems: list[Problem] = []
    sources = {}
    for source_id in source_ids(directory):
        try:
            sources[source_id] = load_source(directory, source_id)
        except InputError as err:
            problems.extend(err.problems)
    if problems:
        raise InputError(problems)
    return sources


def load_source(directory: Path, source_id: str) -> Source:
    meta_path = directory / f"{source_id}.meta.yaml"
    name = display_path(meta_path)
    meta = read_yaml(meta_path)
    if not isinstance(meta, Located):
        raise InputError([Problem(name, 1, "file", "expected a mapping of metadata")])
    problems = []
    for key in REQUIRED_META:
        if not meta.get(key):
            problems.append(Problem(name, meta.line, key, "missing", f"add {key}: to the metadata"))
    for key in sorted(set(meta) - set(REQUIRED_META) - set(OPTIONAL_META)):
        problems.append(Problem(name, meta.line_of(key), key, "unknown metadata key",
                                f"known keys: {', '.join(REQUIRED_META + OPTIONAL_META)}"))
    if meta.get("id") not in (None, source_id) or not ID_PATTERN.match(source_id):
        problems.append(Problem(name, meta.line_of("id"), "id", f"id must be the file's stem {source_id!r}, a slug"))
    publisher = _person(meta.get("publisher"))
    if meta.get("publisher") and publisher is None:
        problems.append(Problem(name, meta.line_of("publisher"), "publisher", "expected {zh: ..., en: ...}"))
    reporters = [_person(r) for r in meta.get("reporters") or []]
    if None in reporters:
        problems.append(Problem(name, meta.line_of("reporters"), "reporters", "expected a list of {zh: ..., en: ...}"))
    dates = {}
    for key in ("date", "visit_date"):
        value = meta.get(key)
        if isinstance(value, dt.date):
            value = value.isoformat()
        if value is not None and not is_real_date(str(value)):
            problems.append(Problem(name, meta.line_of(key), key, f"{value!r} is not a date", "write YYYY-MM-DD"))
        dates[key] = str(value) if value is not None else None
    capture = directory / f"{source_id}.txt"
    if not capture.exists():
        problems.append(Problem(display_path(capture), None, "file", "capture missing",
                                "keep the capture beside its metadata"))
    if problems:
        raise InputError(problems)
    return Source(
        id=source_id,
        title=str(meta["title"]),
        title_en=meta.get("title_en"),
        publisher=publisher,
        reporters=tuple(reporters),
        date=dates["date"],
        visit_date=dates["visit_date"],
        url=meta.get("url"),
        licence=meta.get("licence"),
        normalized=normalize(capture.read_bytes()),
        capture=capture.name,
    )


def _person(value) -> Person | None:
    if isinstance(value, dict) and isinstance(value.get("zh"), str) and isinstance(value.get("en"), str):
        return Person(value["zh"], value["en"])
    return None

