"""Add a capture to the project: keep it byte for byte, write its metadata, say what normalizing changed.

    data/sources/<id>.txt        the bytes as received (atomic write)
    data/sources/<id>.meta.yaml  id, title, publisher {zh, en}, date, url, licence note, received

Ingesting is idempotent: the same bytes under the same id change nothing. Different bytes under
an existing id, or the same bytes under a second id, are refused unless forced, so the graph
never holds one article twice or loses a capture silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chaingraph.core.atomic import write_atomic
from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.core.project import Project
from chaingraph.core.values import ID_PATTERN
from chaingraph.sources.metadata import CaptureMeta, person_en, read_capture_meta
from chaingraph.sources.normalize import Normalized, normalize

KIND_ORDER = ("converted", "annotation", "repaired", "lost", "html", "chrome", "punctuation")
KIND_WORDS = {
    "converted": "paragraph(s) converted from Traditional to Simplified",
    "annotation": "pinyin annotation(s) dropped",
    "repaired": "garbled span(s) repaired",
    "lost": "character(s) lost, marked 〓",
    "html": "line(s) with HTML remnants cleaned",
    "chrome": "line(s) of site chrome dropped",
    "punctuation": "paragraph(s) with ASCII punctuation restored to fullwidth",
}
DEFAULT_LICENCE = ("News report © its publisher. chaingraph keeps this copy for research and attribution only; "
                   "quotes in the graph are short excerpts credited to the source.")


@dataclass
class Ingested:
    source_id: str
    status: str  # "ingested", "replaced" or "unchanged"
    capture: Path
    meta: Path
    normalized: Normalized
    forms: list[str]
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what the curator must supply or check

    def report(self, examples: int = 5) -> list[str]:
        """What normalizing changed, as lines a curator can check against the capture."""
        counts = self.normalized.summary()
        lines = [f"{self.source_id}: {len(self.normalized.sentences)} sentences; received as "
                 f"{', '.join(self.forms)}"]
        for kind in KIND_ORDER:
            if counts.get(kind):
                lines.append(f"  {counts[kind]:>5} {KIND_WORDS[kind]}")
        for kind in ("repaired", "lost", "chrome"):
            changes = [c for c in self.normalized.changes if c.kind == kind]
            for change in changes[:examples]:
                shown = change.before if kind == "chrome" else f"{change.before!r} -> {change.after!r}"
                lines.append(f"  {kind} line {change.line}: {shown}")
            if len(changes) > examples:
                lines.append(f"  ... {len(changes) - examples} more {kind}; see `chaingraph normalize "
                             f"{self.source_id} --changes`")
        lines += [f"  note: {note}" for note in self.notes]
        lines += [f"  warning: {warning}" for warning in self.warnings]
        return lines


def ingest(project: Project, data: bytes, source_id: str, *, title: str | None = None,
           publisher: str | None = None, date: str | None = None, url: str | None = None,
           force: bool = False) -> Ingested:
    """Store a capture and its metadata; raise InputError (nothing written) when refused."""
    capture = project.sources / f"{source_id}.txt"
    meta_path = project.sources / f"{source_id}.meta.yaml"
    where = display_path(capture)
    problems = _check_arguments(where, source_id, date, url)
    if problems:
        raise InputError(problems)
    normalized = normalize(data)
    if not normalized.sentences:
        raise InputError([Problem(where, None, "capture", "no article text left after normalizing",
                                  "is this the article page? check the file")])
    forms = detect_forms(data, normalized)
    if capture.exists() and capture.read_bytes() == data and meta_path.exists() and not force:
        return Ingested(source_id, "unchanged", capture, meta_path, normalized, forms,
                        ["already ingested, nothing changed"])
    if capture.exists() and capture.read_bytes() != data and not force:
        raise InputError([Problem(where, None, "id", f"{source_id} already holds a different capture",
                                  "choose another --id, or add --force to replace it")])
    twin = _same_bytes(project.sources, data, source_id)
    if twin and not force:
        raise InputError([Problem(where, None, "capture", f"the same bytes are already ingested as {twin!r}",
                                  f"use the id {twin}; one article must not enter the graph twice")])
    notes: list[str] = []
    warnings: list[str] = []
    found = read_capture_meta(normalized, url)
    given = {"title": title, "publisher": publisher, "date": date, "url": url}
    meta = _metadata(source_id, normalized, forms, given, found, notes, warnings)
    status = "replaced" if capture.exists() else "ingested"
    write_atomic(capture, data)
    write_atomic(meta_path, _meta_text(meta).encode("utf-8"))
    return Ingested(source_id, status, capture, meta_path, normalized, forms, notes, warnings)


def detect_forms(data: bytes, normalized: Normalized) -> list[str]:
    """The forms a capture came in, as the normalizer's changes show them."""
    counts = normalized.summary()
    forms = []
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        forms.append("GB18030 bytes")
    names = (("converted", "Traditional characters"), ("annotation", "pinyin annotations"),
             ("punctuation", "ASCII-ized punctuation"), ("repaired", "GBK-garbled spans"),
             ("html", "HTML remnants"), ("chrome", "site chrome"))
    for kind, name in names:
        if counts.get(kind):
            forms.append(name)
    if counts.get("lost") and not counts.get("repaired"):
        forms.append("GBK-garbled spans")
    return forms or ["clean Simplified text"]


def parse_publisher(text: str) -> dict[str, str]:
    """`ZH` or `ZH=EN` -> {zh, en}; without English the pinyin stands in until a curator edits it."""
    zh, _, en = text.partition("=")
    zh, en = zh.strip(), en.strip()
    return {"zh": zh, "en": en or pinyin_name(zh)}


def _check_arguments(where: str, source_id: str, date: str | None, url: str | None) -> list[Problem]:
    problems = []
    if not ID_PATTERN.match(source_id):
        problems.append(Problem(where, None, "id", f"{source_id!r} is not a valid id",
                                "a lowercase slug such as zigong-gaoxinqu-2024-08"))
    if date is not None:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            problems.append(Problem(where, None, "date", f"{date!r} is not a date", "write YYYY-MM-DD"))
    if url is not None and not re.match(r"^https?://\S+$", url):
        problems.append(Problem(where, None, "url", f"{url!r} is not an http(s) address"))
    return problems


def _same_bytes(directory: Path, data: bytes, source_id: str) -> str | None:
    digest = hashlib.sha256(data).digest()
    for path in sorted(directory.glob("*.txt")):
        if path.stem != source_id and hashlib.sha256(path.read_bytes()).digest() == digest:
            return path.stem
    return None


def _metadata(source_id: str, normalized: Normalized, forms: list[str], given: dict, found: CaptureMeta,
              notes: list[str], warnings: list[str]) -> dict:
    """The metadata to write: what the curator passed, else what the capture says, each read value noted."""
    meta_file = f"data/sources/{source_id}.meta.yaml"
    title = given["title"] or _title(normalized, found, notes, warnings)
    publisher = given["publisher"]
    if publisher is None:
        if found.publisher is None:
            raise InputError([Problem(
                f"data/sources/{source_id}.txt", None, "publisher",
                "no publisher given, and the capture names none (no 来源 or 稿源 line, no masthead, no site name)",
                "pass --publisher NAME or NAME=English name: the newspaper or site that published the article")])
        publisher = found.publisher.value
        notes.append(f"publisher {publisher} read from {found.publisher.how}"
                     + (f": {found.publisher.line}" if found.publisher.line else "") + "; check it")
    publisher_names = parse_publisher(publisher)
    if "=" not in publisher:
        notes.append(f"publisher's English name is the pinyin {publisher_names['en']!r}; edit the metadata "
                     "or pass --publisher ZH=EN")
    date = given["date"] or _date(found, meta_file, notes, warnings)
    meta: dict = {"id": source_id, "title": title, "publisher": publisher_names}
    if found.reporters:
        meta["reporters"] = [{"zh": name, "en": person_en(name)} for name in found.reporters]
        notes.append(f"reporters read from the byline: {' '.join(found.reporters)}; their English names are "
                     "pinyin, check them")
    if date:
        meta["date"] = date
    if found.visit_date:
        meta["visit_date"] = found.visit_date.value
        notes.append(f"visit date {found.visit_date.value} read from {found.visit_date.line!r}")
    if given["url"]:
        meta["url"] = given["url"]
    meta["language"] = "zh"
    meta["licence"] = DEFAULT_LICENCE
    meta["received"] = "capture as received: " + ", ".join(forms)
    return meta


def _title(normalized: Normalized, found: CaptureMeta, notes: list[str], warnings: list[str]) -> str:
    if found.title:
        notes.append(f"title read from {found.title.how}: {found.title.value}")
        return found.title.value
    title = next((s.text for s in normalized.sentences if s.kind == "body"), normalized.sentences[0].text)
    warnings.append(f"no headline line found; the first sentence stands in as the title ({title[:30]}…): "
                    "pass --title TEXT")
    return title


def _date(found: CaptureMeta, meta_file: str, notes: list[str], warnings: list[str]) -> str | None:
    if found.date:
        message = f"date {found.date.value} read from {found.date.how}: {found.date.line!r}; check it"
        (warnings if found.date.guessed else notes).append(message)
        return found.date.value
    lead = found.lead_date if found.lead_date and not found.visit_date else None
    hint = f" (its head names {lead.value}, perhaps the event's date)" if lead else ""
    warnings.append("no publication date found in the capture (looked for 发布时间/日期 lines, a dated header "
                    f"line and a 8月5日讯 dateline){hint}: pass --date YYYY-MM-DD, or add `date:` to {meta_file}; "
                    "without it, statuses and relative dates (去年, 6月底) cannot be checked against it")
    return None


def _meta_text(meta: dict) -> str:
    header = f"# Metadata of the capture {meta['id']}.txt, kept byte for byte as it was received.\n"
    return header + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100)


def pinyin_name(zh: str) -> str:
    """A proper name in pinyin, one word (汉水产经 -> Hanshuichanjing): the one spelling chaingraph proposes
    for a name it has no English for, here and in `extract`'s labels."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(zh)).replace("ü", "u").capitalize() or zh
