"""What one facts file says, as a record the loader can keep between builds.

Reading a facts file (parsing the YAML with line numbers, checking every value against the
ontology, locating every quote in its source) is most of the facts stage. The result depends
only on the file's bytes, the ontology and the sources it quotes, so an incremental build keeps it
per file and reads it back instead of reading the file again.

A record is the file's own problems plus a list of steps in reading order: "entity E begins at
line L", "E is given class C, with this evidence", "E's zh label is T", "a statement". Everything
that depends on other files (a class or label given differently elsewhere, a label checked
against the class another file gave) is decided when the steps are applied (`apply_record`), on
the facts of the files applied before. A fresh file and a kept one go through the same
`apply_record`, so both give the same facts and the same problems, with the same file, line and
field. Records are stored as JSON (`to_json`, `from_json`): nothing in them is executed.

`depends` names every source id the reading looked up, with a digest of that source's
normalized text (None: no such source); a kept record is used only while those still match.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import URIRef

from chaingraph.core.problems import Problem, display_path
from chaingraph.core.twocores import map_on_two_cores
from chaingraph.facts.checks import label_problems, name_endings
from chaingraph.facts.model import Entity, Evidence, Facts, Statement, TypedValue

RECORD_FORMAT = 1  # raised when the steps change meaning: older kept records are then not read


@dataclass
class FileRecord:
    file: str  # as problems name it
    graph: str | None  # "source:ID" or "reference:NAME"; None when the file's head was refused
    source: str | None  # the source a facts file speaks for (its labels are checked against its text)
    steps: list[tuple] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    depends: dict[str, str | None] = field(default_factory=dict)


class TrackedSources(Mapping):
    """The sources' normalized texts, recording which ids a file's reading looked up."""

    def __init__(self, sources: Mapping, looked_up: set[str]):
        self.sources = sources
        self.looked_up = looked_up

    def __getitem__(self, key):
        if isinstance(key, str):
            self.looked_up.add(key)
        return self.sources[key]

    def __iter__(self) -> Iterator:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


def source_digest(normalized) -> str:
    """What a quote's place depends on in a source: its normalized text and sentences."""
    digest = hashlib.sha256(normalized.text.encode("utf-8"))
    for sentence in normalized.sentences:
        digest.update(f"\n{sentence.id} {sentence.kind} {sentence.start} {sentence.end}".encode())
    return digest.hexdigest()


def apply_record(record: FileRecord, facts: Facts, problems: list[Problem], vocab, sources: Mapping) -> None:
    """Add one file's steps to the facts of the files before it, reporting what disagrees."""
    problems.extend(record.problems)
    name, graph = record.file, record.graph
    for step in record.steps:
        kind = step[0]
        if kind == "statement":
            facts.statements.append(step[1])
        elif kind == "entity":
            _, entity_id, line = step
            facts.entities.setdefault(entity_id, Entity(id=entity_id, file=name, line=line)).graphs.add(graph)
        elif kind == "class":
            _, entity_id, cls, line, entity_line, evidence, evidence_problems = step
            entity = facts.entities[entity_id]
            if entity.cls and entity.cls != cls:
                problems.append(Problem(name, line, f"{entity_id}.class",
                                        f"class {cls} differs from {entity.cls} in {entity.file}"))
                continue
            if not entity.cls:
                entity.cls, entity.file, entity.line = cls, name, entity_line
            problems.extend(evidence_problems)
            if evidence:
                facts.statements.append(Statement(entity_id, "type", cls, graph, evidence, name, line))
        elif kind == "unknown-class":
            facts.entities[step[1]].class_problem = True
        elif kind == "text":
            _apply_text(record, step, facts, problems, vocab, sources)
        elif kind == "aliases":
            _, entity_id, lang, names = step
            known = facts.entities[entity_id].aliases.setdefault(lang, [])
            known.extend(n for n in names if n not in known)


def _apply_text(record: FileRecord, step: tuple, facts: Facts, problems: list[Problem], vocab, sources) -> None:
    _, key, entity_id, lang, text, line, fieldname, todo = step
    entity = facts.entities[entity_id]
    target = entity.labels if key == "label" else entity.description
    if todo:
        target[lang] = text  # kept, so the entity is not reported as unlabelled as well
    elif lang in target and target[lang] != text:
        problems.append(Problem(record.file, line, fieldname, f"{text!r} differs from {target[lang]!r} given earlier"))
    else:
        target[lang] = text
        if key == "label":
            source = sources.get(record.source) if record.source else None
            endings = name_endings(vocab, entity.cls)
            for message, hint in label_problems(text, lang, endings, source.text if source else None):
                problems.append(Problem(record.file, line, fieldname, message, hint))


# ---------------------------------------------------------------- JSON


def to_json(record: FileRecord) -> dict:
    steps = []
    for step in record.steps:
        if step[0] == "statement":
            steps.append(["statement", _statement_json(step[1])])
        elif step[0] == "class":
            *head, evidence, evidence_problems = step
            steps.append([*head, _evidence_json(evidence), [_problem_json(p) for p in evidence_problems]])
        else:
            steps.append(list(step))
    return {"format": RECORD_FORMAT, "file": record.file, "graph": record.graph, "source": record.source,
            "steps": steps, "problems": [_problem_json(p) for p in record.problems], "depends": record.depends}


def from_json(data: dict) -> FileRecord | None:
    """The record kept as `data`, or None when it was written in another format or is not a
    record at all (a damaged or hand-edited cache entry: the file is then read again)."""
    if not isinstance(data, dict) or data.get("format") != RECORD_FORMAT:
        return None
    try:
        record = _record_from_json(data)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return None
    return record if isinstance(record.depends, dict) else None


def _record_from_json(data: dict) -> FileRecord:
    steps: list[tuple] = []
    for step in data["steps"]:
        if _STEP_LENGTHS.get(step[0]) != len(step):
            raise ValueError(f"not a step: {step!r}")
        if step[0] == "statement":
            steps.append(("statement", _statement(step[1])))
        elif step[0] == "class":
            *head, evidence, evidence_problems = step
            steps.append((*head, _evidence(evidence), [Problem(*p) for p in evidence_problems]))
        elif step[0] == "aliases":
            steps.append((*step[:3], list(step[3])))
        else:
            steps.append(tuple(step))
    return FileRecord(data["file"], data["graph"], data["source"], steps,
                      [Problem(*p) for p in data["problems"]], data["depends"])


# Each kind of step and its length, as `apply_record` unpacks it.
_STEP_LENGTHS = {"statement": 2, "entity": 3, "class": 7, "unknown-class": 2, "text": 8, "aliases": 4}


def _problem_json(problem: Problem) -> list:
    return [problem.file, problem.line, problem.field, problem.message, problem.hint]


def _evidence_json(evidence: Evidence | None) -> list | None:
    if evidence is None:
        return None
    return [evidence.source, evidence.quote, evidence.basis, evidence.start, evidence.end, evidence.sentence,
            list(evidence.superseded) if evidence.superseded else None]


def _evidence(data: list | None) -> Evidence | None:
    if data is None:
        return None
    *head, superseded = data
    return Evidence(*head, tuple(superseded) if superseded else None)


def _statement_json(statement: Statement) -> list:
    value = statement.value
    if isinstance(value, TypedValue):
        value = {"lexical": value.lexical, "datatype": str(value.datatype) if value.datatype else None,
                 "language": value.language}
    return [statement.subject, statement.prop, value, statement.graph, _evidence_json(statement.evidence),
            statement.file, statement.line]


def _statement(data: list) -> Statement:
    subject, prop, value, graph, evidence, file, line = data
    if isinstance(value, dict):
        datatype = value["datatype"]
        value = TypedValue(value["lexical"], URIRef(datatype) if datatype else None, value["language"])
    return Statement(subject, prop, value, graph, _evidence(evidence), file, line)


class RecordCache(Protocol):
    """Where an incremental build keeps file records (dataset/cache.py)."""

    prefix: str  # a digest of what every record depends on besides its file and sources (ontology, version)

    def get(self, key: str) -> dict | None:
        """The JSON kept under `key`, or None."""

    def keep(self, key: str, data: dict | None) -> None:
        """Keep `data` under `key` once the build succeeds (None: the entry kept is still used)."""


def records_of(files: list[tuple[Path, bool]], read_file: Callable[[Path, bool, TrackedSources], FileRecord],
               sources, records: RecordCache | None, digest) -> list[FileRecord]:
    """Every file's record, in the files' order: kept from an earlier build when nothing it depends
    on changed, else read (the files to read are independent: they are read on two cores)."""
    keys = [_record_key(path, is_reference, records) for path, is_reference in files]
    found: list[FileRecord | None] = [_kept(key, records, digest) for key in keys]
    unread = [index for index, record in enumerate(found) if record is None]

    def read(index: int) -> tuple[FileRecord, set[str]]:
        looked_up: set[str] = set()
        path, is_reference = files[index]
        return read_file(path, is_reference, TrackedSources(sources, looked_up)), looked_up

    read_files = map_on_two_cores(read, unread, [_size(files[index][0]) for index in unread])
    for index, (record, looked_up) in zip(unread, read_files, strict=True):
        record.depends = {sid: digest(sid) for sid in sorted(looked_up)}
        if keys[index] is not None:
            records.keep(keys[index], to_json(record))
        found[index] = record
    return found


def _record_key(path: Path, is_reference: bool, records: RecordCache | None) -> str | None:
    if records is None:
        return None
    try:
        return hashlib.sha256(json.dumps([records.prefix, display_path(path), is_reference]).encode()
                              + path.read_bytes()).hexdigest()
    except OSError:
        return None


def _kept(key: str | None, records: RecordCache | None, digest) -> FileRecord | None:
    """The record kept under `key` while the sources it quoted are unchanged, else None."""
    if key is None:
        return None
    kept = from_json(records.get(key) or {})
    if kept is not None and all(digest(sid) == was for sid, was in kept.depends.items()):
        records.keep(key, None)  # still used
        return kept
    return None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
