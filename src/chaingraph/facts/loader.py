"""Load curated facts files and check them against the ontology and the sources.

A facts file (data/facts/*.yaml) speaks for one source; a reference file (data/reference/*.yaml)
holds reference knowledge that no article states. Both list entities:

    source: zigong-gaoxinqu-2024-08        # or: reference: sodium-ion-battery-chain
    entities:
      - id: jiana-energy
        class: Company
        label: {zh: 自贡珈钠能源科技有限公司, en: Zigong Jiana Energy Technology Co., Ltd.}
        aliases: {zh: [珈钠能源], en: [Jiana Energy]}
        quote: 自贡珈钠能源科技有限公司工作人员黄枫     # evidence for the entity itself
        facts:
          - produces: polyanion-cathode-material
            quote: 珈钠能源年产10万吨聚阴离子正极材料一期项目
            sentence: s012                           # the quote also stands in a caption

Every statement carries evidence: a quote that occurs verbatim in the source's normalized text,
with the id of its sentence when it occurs in more than one (see citations.py); reference files
give a `basis` note instead. Labels, holders and dated statuses are checked too (checks.py).
Every problem found is reported with file, line and field, all of them together.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib.namespace import RDF, XSD

from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.core.values import ID_PATTERN, is_real_date
from chaingraph.core.yamlfile import Located, LocatedList, read_yaml
from chaingraph.facts.checks import check_holders, check_status_dates
from chaingraph.facts.citations import Refusal, locate
from chaingraph.facts.model import Entity, Evidence, Facts, Statement, TypedValue
from chaingraph.facts.records import FileRecord, RecordCache, apply_record, records_of, source_digest
from chaingraph.facts.vocabulary import Vocabulary
from chaingraph.sources.captures import Source
from chaingraph.sources.normalize import Normalized

LANGUAGES = ("zh", "en")
ENTITY_KEYS = {"id", "class", "label", "aliases", "quote", "sentence", "basis", "facts", "description"}
STATEMENT_META_KEYS = {"quote", "sentence", "basis", "source", "superseded"}
MAX_TEXT = 2000
__all__ = ["Entity", "Evidence", "Facts", "Statement", "TypedValue", "load_facts", "typed_value", "language_values"]


def load_facts(
    fact_files: list[Path],
    reference_files: list[Path],
    vocab: Vocabulary,
    sources: dict[str, Source] | dict[str, Normalized],
    records: RecordCache | None = None,
) -> Facts:
    """Read every file, check everything, and return the facts or raise one InputError.

    `sources` gives each source's normalized text, or its whole record: then its date (or visit
    date) lets the checks refuse a status it reports as done at a later date. `records`, in an
    incremental build, keeps what each file says between builds (records.py): a file whose bytes,
    ontology and quoted sources are unchanged is not read again. The checks across files run on
    every file's record either way.
    """
    dates = {sid: s.date or s.visit_date for sid, s in sources.items() if isinstance(s, Source)}
    sources = {sid: s.normalized if isinstance(s, Source) else s for sid, s in sources.items()}
    problems: list[Problem] = []
    facts = Facts(entities={}, statements=[])
    digests: dict[str, str | None] = {}

    def digest(source_id: str) -> str | None:
        if source_id not in digests:
            digests[source_id] = source_digest(sources[source_id]) if source_id in sources else None
        return digests[source_id]

    files = [(p, False) for p in fact_files] + [(p, True) for p in reference_files]
    def read(path: Path, is_reference: bool, tracked) -> FileRecord:
        return read_record(path, is_reference, vocab, tracked)

    for record in records_of(files, read, sources, records, digest):
        apply_record(record, facts, problems, vocab, sources)
    problems.extend(_check_entities(facts, vocab))
    problems.extend(_check_references(facts, vocab))
    problems.extend(_check_functional(facts, vocab))
    problems.extend(check_holders(facts, vocab))
    problems.extend(check_status_dates(facts, dates))
    from chaingraph.facts.defaults import check_periods, default_periods  # defaults builds on this module's types

    problems.extend(check_periods(facts))
    if problems:
        raise InputError(problems)
    facts.statements.extend(default_periods(facts, vocab))
    return facts


def read_record(path: Path, is_reference: bool, vocab: Vocabulary, sources) -> FileRecord:
    """What one facts (or reference) file says, and its own problems, read from its YAML."""
    name = display_path(path)
    record = FileRecord(name, None, None)
    try:
        data = read_yaml(path)
    except InputError as err:
        record.problems.extend(err.problems)
        return record
    problems = record.problems
    head = "reference" if is_reference else "source"
    if not isinstance(data, Located):
        problems.append(Problem(name, 1, "file", f"expected a mapping with '{head}' and 'entities'"))
        return record
    extra = set(data) - {head, "entities", "description"}
    for key in sorted(extra):
        problems.append(Problem(name, data.line_of(key), _shown(key), "unknown top-level key",
                                f"use '{head}' and 'entities'"))
    graph_id = data.get(head)
    if not isinstance(graph_id, str) or not ID_PATTERN.match(graph_id):
        problems.append(Problem(name, data.line_of(head), head, f"missing or malformed {head} id",
                                "a lowercase slug such as zigong-gaoxinqu-2024-08"))
        return record
    if not is_reference and graph_id not in sources:
        problems.append(Problem(name, data.line_of(head), head, f"unknown source {graph_id!r}",
                                f"add data/sources/{graph_id}.txt and {graph_id}.meta.yaml"))
        return record
    record.graph = f"{head}:{graph_id}"
    record.source = None if is_reference else graph_id
    entities = data.get("entities")
    if not isinstance(entities, LocatedList):
        problems.append(Problem(name, data.line_of("entities"), "entities", "expected a list of entities"))
        return record
    seen: set[str] = set()
    for index, item in enumerate(entities):
        line = entities.item_lines[index]
        if not isinstance(item, Located):
            problems.append(Problem(name, line, f"entities[{index}]", "expected a mapping with id, class, label"))
            continue
        reader = _EntityReader(name, record.graph, record.source, vocab, sources, problems)
        reader.read(item, index, seen, record.steps)
    return record


class _EntityReader:
    def __init__(self, name, graph, source_id, vocab, sources, problems):
        self.name = name
        self.graph = graph
        self.source_id = source_id
        self.vocab = vocab
        self.sources = sources
        self.problems = problems

    def problem(self, line, fieldname, message, hint=""):
        self.problems.append(Problem(self.name, line, fieldname, message, hint))

    def read(self, item: Located, index: int, seen: set[str], steps: list[tuple]) -> None:
        """Check one entity's entry; what it says goes to `steps` (records.py), its problems to the file's."""
        entity_id = item.get("id")
        where = f"entities[{index}]"
        if not isinstance(entity_id, str) or not ID_PATTERN.match(entity_id):
            self.problem(item.line_of("id"), f"{where}.id", f"missing or malformed id {entity_id!r}",
                         "a lowercase slug of letters, digits and hyphens, e.g. jiana-energy")
            return
        where = entity_id
        if entity_id in seen:
            self.problem(item.line_of("id"), f"{where}.id", "duplicate id in this file", "merge the two entries")
            return
        seen.add(entity_id)
        for key in sorted(set(item) - ENTITY_KEYS):
            self.problem(item.line_of(key), f"{where}.{_shown(key)}", "unknown key",
                         f"entity keys are {', '.join(sorted(ENTITY_KEYS))}; relations go under 'facts'")
        steps.append(("entity", entity_id, item.line))
        self._read_class(item, entity_id, where, steps)
        self._read_labels(item, entity_id, where, steps)
        self._read_facts(item, entity_id, where, steps)

    def _read_class(self, item, entity_id, where, steps):
        cls = item.get("class")
        if cls is None:
            return
        line = item.line_of("class")
        if not isinstance(cls, str) or cls not in self.vocab.classes:
            steps.append(("unknown-class", entity_id))
            close = difflib.get_close_matches(str(cls), self.vocab.classes, n=3)
            self.problem(line, f"{where}.class", f"unknown class {cls!r}",
                         f"did you mean {', '.join(close)}?" if close else "see ontology/chaingraph.ttl")
            return
        # The evidence's problems count only when no earlier file gave another class (apply_record).
        file_problems, self.problems = self.problems, []
        evidence = self._evidence(item, line, f"{where}.quote")
        file_problems, self.problems = self.problems, file_problems
        steps.append(("class", entity_id, cls, line, item.line, evidence, file_problems))

    def _read_labels(self, item, entity_id, where, steps):
        for key in ("label", "description"):
            if key not in item:
                continue
            value = item[key]
            line = item.line_of(key)
            if not isinstance(value, dict) or not all(isinstance(value.get(lang), str) for lang in value):
                self.problem(line, f"{where}.{key}", "expected {zh: ..., en: ...}")
                continue
            for lang, text in value.items():
                if lang not in LANGUAGES:
                    self.problem(line, f"{where}.{key}.{_shown(lang)}", "unknown language", "use zh and en")
                elif not _clean_text(text):
                    self.problem(line, f"{where}.{key}.{lang}", "empty or contains control characters")
                else:  # compared with earlier files, and labels checked, when applied (records.py)
                    todo = text.strip() == "TODO"
                    if todo:
                        self.problem(line, f"{where}.{key}.{lang}", "still TODO",
                                     "write the text the draft left to you")
                    steps.append(("text", key, entity_id, lang, text, line, f"{where}.{key}.{lang}", todo))
        aliases = item.get("aliases")
        if aliases is None:
            return
        line = item.line_of("aliases")
        if not isinstance(aliases, dict):
            self.problem(line, f"{where}.aliases", "expected {zh: [...], en: [...]}")
            return
        for lang, names in aliases.items():
            if lang not in LANGUAGES:
                self.problem(line, f"{where}.aliases.{_shown(lang)}", "unknown language", "use zh and en")
                continue
            names = [names] if isinstance(names, str) else names
            if not isinstance(names, list) or not all(isinstance(n, str) and _clean_text(n) for n in names):
                self.problem(line, f"{where}.aliases.{lang}", "expected a list of names")
                continue
            steps.append(("aliases", entity_id, lang, names))

    def _read_facts(self, item, entity_id, where, steps):
        items = item.get("facts")
        if items is None:
            return
        if not isinstance(items, LocatedList):
            self.problem(item.line_of("facts"), f"{where}.facts", "expected a list of statements")
            return
        for index, statement in enumerate(items):
            line = items.item_lines[index]
            label = f"{where}.facts[{index}]"
            if not isinstance(statement, Located):
                self.problem(line, label, "expected a mapping like {produces: some-id, quote: ...}")
                continue
            keys = [k for k in statement if k not in STATEMENT_META_KEYS]
            if len(keys) != 1:
                self.problem(line, label, f"expected exactly one property, found {len(keys)}",
                             "write one statement per list item")
                continue
            prop_name = keys[0]
            prop = self.vocab.properties.get(prop_name)
            if prop is None:
                close = difflib.get_close_matches(prop_name, self.vocab.properties, n=3)
                self.problem(statement.line_of(prop_name), f"{label}.{_shown(prop_name)}", "unknown property",
                             f"did you mean {', '.join(close)}?" if close else "see ontology/chaingraph.ttl")
                continue
            evidence = self._evidence(statement, line, f"{label}.quote")
            if evidence is None:
                continue
            if "superseded" in statement:
                evidence = self._superseded(statement, evidence, f"{label}.superseded")
            values = statement[prop_name]
            values = values if isinstance(values, list) else [values]
            for value in values:
                for checked in self._check_value(prop, value, statement.line_of(prop_name), f"{label}.{prop_name}"):
                    steps.append(("statement",
                                  Statement(entity_id, prop_name, checked, self.graph, evidence, self.name, line)))

    def _check_value(self, prop, value, line, fieldname) -> list:
        if prop.is_object:
            if isinstance(value, str) and (ID_PATTERN.match(value) or value in self.vocab.individuals):
                return [value]
            self.problem(line, fieldname, f"expected an entity id, got {value!r}")
            return []
        if prop.range == RDF.langString and isinstance(value, dict):
            checked = language_values(value)
            if checked is None:
                self.problem(line, fieldname, "expected {zh: ..., en: ...}")
            return checked or []
        checked = typed_value(value, prop.range)
        if checked is None:
            self.problem(line, fieldname, f"{value!r} is not a valid {_range_name(prop.range)}",
                         _RANGE_HINTS.get(prop.range, ""))
            return []
        return [checked]

    def _evidence(self, mapping: Located, line: int, fieldname: str) -> Evidence | None:
        source_id = mapping.get("source", self.source_id)
        base = fieldname[: -len(".quote")]
        if self.source_id is None:
            if "sentence" in mapping:
                self.problem(mapping.line_of("sentence"), f"{base}.sentence", "a sentence id goes with a quote",
                             "reference knowledge gives a basis note, not a quote")
            basis = mapping.get("basis")
            if not isinstance(basis, str) or not _clean_text(basis):
                self.problem(line, fieldname.replace(".quote", ".basis"), "reference knowledge needs a basis note",
                             "say where this piece of reference knowledge comes from")
                return None
            return Evidence(None, None, basis)
        quote = mapping.get("quote")
        if not isinstance(quote, str) or not quote.strip():
            self.problem(line, fieldname, "missing quote", "copy the words from the normalized source text")
            return None
        if not isinstance(source_id, str) or source_id not in self.sources:
            self.problem(mapping.line_of("source"), fieldname.replace(".quote", ".source"),
                         f"unknown source {source_id!r}")
            return None
        place = locate(self.sources[source_id], quote, mapping.get("sentence"), source_id)
        if isinstance(place, Refusal):
            self.problem(mapping.line_of(place.field), f"{base}.{place.field}", place.message, place.hint)
            return None
        return Evidence(source_id, quote, None, place.start, place.end, place.sentence)

    def _superseded(self, statement: Located, evidence: Evidence, fieldname: str) -> Evidence:
        """`superseded: {source: ID, reason: ...}`: the value that source gives for this statement (this
        very source, or another) is outdated; both stay in the graph, the reason with them."""
        value, line = statement["superseded"], statement.line_of("superseded")
        if not isinstance(value, dict) or set(value) != {"source", "reason"}:
            self.problem(line, fieldname, "expected {source: ID, reason: ...}",
                         "name the source whose value is outdated and say why")
            return evidence
        source, reason = value["source"], value["reason"]
        if not isinstance(source, str) or source not in self.sources:
            self.problem(line, f"{fieldname}.source", f"unknown source {source!r}")
        elif not isinstance(reason, str) or not _clean_text(reason):
            self.problem(line, f"{fieldname}.reason", "a reason is needed", "say why that value is outdated")
        else:
            return Evidence(evidence.source, evidence.quote, evidence.basis, evidence.start, evidence.end,
                            evidence.sentence, (source, reason))
        return evidence


def _check_entities(facts: Facts, vocab: Vocabulary) -> list[Problem]:
    problems = []
    for entity in facts.entities.values():
        if entity.cls is None:
            if not entity.class_problem:
                problems.append(Problem(entity.file, entity.line, f"{entity.id}.class",
                                        "entity is never given a class", "add class: to one of its entries"))
            continue
        for lang in LANGUAGES:
            if not entity.labels.get(lang):
                problems.append(Problem(entity.file, entity.line, f"{entity.id}.label.{lang}", "missing label",
                                        f"add label: {{{lang}: ...}}"))
    return problems


def _check_references(facts: Facts, vocab: Vocabulary) -> list[Problem]:
    problems = []
    for statement in facts.statements:
        if statement.prop == "type" or not vocab.properties[statement.prop].is_object:
            continue
        value = statement.value
        if value in facts.entities or value in vocab.individuals:
            continue
        close = difflib.get_close_matches(value, list(facts.entities) + list(vocab.individuals), n=3)
        problems.append(Problem(statement.file, statement.line, f"{statement.subject}.{statement.prop}",
                                f"dangling reference to {value!r}: no entity has that id",
                                f"did you mean {', '.join(close)}?" if close else "declare the entity first"))
    return problems


def _check_functional(facts: Facts, vocab: Vocabulary) -> list[Problem]:
    """One source gives a functional property one value; different sources may differ (see conflicts.py)."""
    problems = []
    first: dict[tuple[str, str, str], Statement] = {}
    for statement in facts.statements:
        prop = vocab.properties.get(statement.prop)
        if prop is None or not prop.functional:
            continue
        held = first.setdefault((statement.graph, statement.subject, statement.prop), statement)
        if held.value != statement.value:
            shown = getattr(held.value, "lexical", held.value)
            problems.append(Problem(statement.file, statement.line, f"{statement.subject}.{statement.prop}",
                                    f"a second value in the same source ({shown} at line {held.line}); "
                                    f"{statement.prop} takes one value",
                                    "keep one; a figure another report gives belongs in that report's facts file"))
    return problems


_DATE_PATTERNS = (
    (re.compile(r"^\d{4}$"), XSD.gYear),
    (re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"), XSD.date),
)
_RANGE_HINTS = {
    XSD.decimal: "write a plain number such as 100000 or 5.5 (no units, no commas)",
    XSD.date: "write YYYY, YYYY-MM or YYYY-MM-DD",
    None: "write YYYY, YYYY-MM or YYYY-MM-DD",
    RDF.langString: "write text, or {zh: ..., en: ...}",
}


def _range_name(rng) -> str:
    return {XSD.decimal: "number", None: "date", XSD.date: "date"}.get(rng, str(rng).split("#")[-1])


def typed_value(value, rng) -> TypedValue | None:
    """Check a YAML value against a datatype range; None when it does not fit."""
    if rng == XSD.decimal:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return None
        if not number.is_finite():
            return None
        return TypedValue(_decimal_lexical(number), XSD.decimal)
    if rng in (XSD.date, None):  # dates may be a year, a month or a day
        if isinstance(value, dt.date):
            value = value.isoformat()
        text = str(value) if isinstance(value, int | str) else ""
        for pattern, datatype in _DATE_PATTERNS:
            if pattern.match(text):
                if datatype == XSD.date and not is_real_date(text):
                    return None
                return TypedValue(text, datatype)
        return None
    if rng == RDF.langString:
        if isinstance(value, str) and _clean_text(value):
            return TypedValue(value, language="zh")
        return None
    if isinstance(value, str) and _clean_text(value):
        return TypedValue(value)  # xsd:string, written as a plain literal (the same in RDF 1.1)
    return None


def language_values(value) -> list[TypedValue] | None:
    """{zh: ..., en: ...} for language-tagged text properties."""
    if isinstance(value, dict) and value and all(k in LANGUAGES and isinstance(v, str) and _clean_text(v)
                                                 for k, v in value.items()):
        return [TypedValue(v, language=k) for k, v in value.items()]
    return None


def _decimal_lexical(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text


def _clean_text(text: str) -> bool:
    return bool(text.strip()) and len(text) <= MAX_TEXT and not any(ord(c) < 32 for c in text)


def _shown(key: str) -> str:
    """A key as a problem's field names it: quoted when it is empty or has invisible characters."""
    return key if key.strip() == key and key.isprintable() and key else repr(key)
