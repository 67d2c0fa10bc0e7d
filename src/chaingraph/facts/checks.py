"""Checks that catch facts which are well formed but wrong: a label cut out of a longer phrase, a
capacity held by something that cannot hold one, a status reported as done after the report.

Each check returns Problems with the file, line and field of the statement at fault and a fix,
so the loader reports them with every other problem of the run.

* A label that is a proper name (an organisation, place or project) does not begin with the word
  that ends such names (有限公司, 公司, 中心, 园区 ...): it was cut after the previous name. No
  label begins or ends with a conjunction, particle or list mark standing alone (和, 与, 及, 的,
  、 ...), nor holds a bracket or quotation mark without its partner (《 without 》, “ without ”).
* The holder of a capacity is a Company, ResearchInstitute, University or Project, or a Place
  (a region, zone or park); the holder of an amount of money may also be a Fund or a
  GovernmentBody; any other figure is held by an Organization, Project or Place. A Platform,
  Incubator or Publisher (organisations that serve or report, not produce) holds no capacity
  and no money, which is how a fragment mistaken for a platform shows.
* A `completed`, `operating` or `achieved` status whose date is after the source's own date
  (its publication date, else its visit date) is refused: a report cannot tell what is done
  after it was written; a completion it expects is `planned` or `under-construction`.
"""

from __future__ import annotations

from chaingraph.core.problems import Problem

# -- labels

PAIRS = ("《》", "“”", "‘’", "（）", "()", "「」", "『』", "【】", "[]", "〈〉")
LATIN_PAIRS = ("()", "[]")  # English text uses ‘’ as apostrophes
# Words that end the names of parks, and of organisations and projects: such a name never starts
# with one. (An organisation may start with a park's short name: 园区管委会, 高新区企业服务局.)
PLACE_ENDINGS = ("园区", "产业园", "工业园", "科技园", "开发区")
ORGANISATION_ENDINGS = ("有限责任公司", "股份有限公司", "有限公司", "分公司", "公司", "集团", "中心", "研究院",
                        "研究所", "实验室", "委员会", "管委会", "办公室", "事务所", "合作社", "协会", "商会",
                        "孵化器", "项目")
# Conjunctions and particles that join words, and list marks: a label that ends or begins with
# one standing alone (not inside a dictionary word such as 普及, 和林格尔) was cut inside a phrase.
# Prepositions are left out: brands begin with them (以岭, 在田).
JOINERS = set("的和与及或并等")
# Brands begin with 和 (和邦, 和辉, 和祥): a label may begin with it, never end with it.
JOINERS_AT_START = JOINERS - {"和"}
MARKS = set("、，,；;：:。！？!?·—")
CONTEXT = 8


def name_endings(vocab, cls: str | None) -> tuple[str, ...]:
    """The words a label of class `cls` may not begin with: none unless the class takes proper names."""
    if cls in classes_under(vocab, ("Place",)):
        return PLACE_ENDINGS
    if cls in classes_under(vocab, ("Organization", "Project")):
        return ORGANISATION_ENDINGS
    return ()


def label_problems(label: str, lang: str, endings: tuple[str, ...], source_text: str | None
                   ) -> list[tuple[str, str]]:
    """(message, fix) for each way `label` looks like a fragment rather than a whole name.

    `endings`: words that end names of the entity's class (see name_endings).
    `source_text`: the normalized article, to show the words around the label.
    """
    problems = []
    for pair in (PAIRS if lang == "zh" else LATIN_PAIRS):
        depth = _depth(label, *pair)
        if depth:  # > 0: a mark opens and never closes, the rest follows; < 0: a mark closes what went before
            problems.append((f"{label!r} holds a {pair[0]} or {pair[1]} without its partner",
                             f"copy the whole title or name, with both {pair[0]} and {pair[1]}; "
                             + _reads(label, source_text, before=depth < 0)))
    if lang != "zh":
        return problems
    text = label.strip()
    ending = next((e for e in endings if text.startswith(e)), None)
    if ending:
        problems.append((f"{label!r} begins with {ending!r}, a word that ends names: the name before it was cut off",
                         "label the entity with its whole name; " + _reads(label, source_text, before=True)))
    if text and (text[-1] in MARKS or (text[-1] in JOINERS and not _word_at_end(text))):
        problems.append((f"{label!r} ends with {text[-1]!r}, which cannot end a name: the label stops inside a phrase",
                         "end the label where the name ends; " + _reads(label, source_text)))
    if text and (text[0] in MARKS or (text[0] in JOINERS_AT_START and not _word_at_start(text))):
        problems.append((f"{label!r} begins with {text[0]!r}, which cannot begin a name: the label starts inside "
                         "a phrase", "start the label where the name starts; " + _reads(label, source_text, True)))
    return problems


def _depth(text: str, opening: str, closing: str) -> int:
    """0 when the marks pair up; -1 when a closing mark comes first; else how many stay open."""
    depth = 0
    for char in text:
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth < 0:
                return -1
    return depth


def _word_at_end(text: str) -> bool:
    """Whether the last character belongs to a longer dictionary word (普及, 目的, 平等)."""
    words = _dictionary()
    return any(words.get(text[-k:]) for k in range(2, min(5, len(text) + 1)))


# words of the trades jieba's dictionary lacks or cuts: those that open with a function character it would split off
# as a list's 等 (等静压石墨, 等离子体刻蚀机) and new ones (预制菜); the label checks and the extractor know them whole
TRADE_WORDS = ("等静压", "等离子", "等离子体", "等轴晶", "等通道", "预制菜", "具身智能")


def _word_at_start(text: str) -> bool:
    words = _dictionary()
    return text.startswith(TRADE_WORDS) or any(words.get(text[:k]) for k in range(2, min(5, len(text) + 1)))


def _dictionary() -> dict:
    """jieba's dictionary (word -> frequency; the prefixes of words it keeps have 0), loaded only when
    a label needs it."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def _reads(label: str, text: str | None, before: bool = False) -> str:
    """Where the article names the label, with the words around it, for the fix hint."""
    at = text.find(label) if text else -1
    if at < 0:
        return "see how the article writes it"
    left = max(0, at - CONTEXT) if before else at
    right = min(len(text), at + len(label) + (0 if before else CONTEXT))
    return f"the article reads “{text[left:right].replace(chr(10), ' ')}”"


# -- holders of capacities, amounts and figures

HOLDING = ("hasCapacity", "hasIndicator")
CAPACITY_HOLDERS = ("Company", "ResearchInstitute", "University", "Project", "Place")
AMOUNT_HOLDERS = CAPACITY_HOLDERS + ("Fund", "GovernmentBody")
FIGURE_HOLDERS = ("Organization", "Project", "Place")
CURRENCIES = {"CNY", "USD", "EUR", "HKD", "JPY", "GBP"}


def classes_under(vocab, tops: tuple[str, ...]) -> set[str]:
    """Names of the ontology's classes that are one of `tops` or below one (cached on `vocab`)."""
    cache = vars(vocab).setdefault("_classes_under", {})  # one vocabulary, many labels and statements
    if tops not in cache:
        roots = {vocab.classes[t] for t in tops if t in vocab.classes}
        cache[tops] = {name for name, iri in vocab.classes.items() if roots & vocab.superclasses(iri)}
    return cache[tops]


def check_holders(facts, vocab) -> list[Problem]:
    """Every hasCapacity and hasIndicator statement: its subject may hold what it points at."""
    units = {s.subject: getattr(s.value, "lexical", None) for s in facts.statements if s.prop == "unitCode"}
    capacities = classes_under(vocab, ("Capacity",))
    problems = []
    for statement in facts.statements:
        if statement.prop not in HOLDING:
            continue
        holder, held = facts.entities.get(statement.subject), facts.entities.get(statement.value)
        if holder is None or holder.cls is None or held is None:
            continue  # an unknown class or a dangling reference is reported on its own
        if held.cls in capacities:
            kind, accepted = "a capacity", CAPACITY_HOLDERS
        elif units.get(held.id) in CURRENCIES:
            kind, accepted = "an amount of money", AMOUNT_HOLDERS
        else:
            kind, accepted = "a figure", FIGURE_HOLDERS
        if holder.cls in classes_under(vocab, accepted):
            continue
        problems.append(Problem(
            statement.file, statement.line, f"{statement.subject}.{statement.prop}",
            f"{statement.subject} is a {holder.cls} and cannot hold {kind} ({held.id}): its holder is a "
            f"{_listed(accepted)} or a class below one",
            f"give the {statement.prop} fact to the company, project, park or zone the article credits, "
            f"or correct the class of {statement.subject}"))
    return problems


def _listed(names: tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + " or " + names[-1]


# -- statuses reported as done

DONE = ("completed", "operating", "achieved")


def check_status_dates(facts, source_dates: dict[str, str | None]) -> list[Problem]:
    """A done status dated after the date of the source that reports it."""
    dated = {(s.graph, s.subject): s for s in facts.statements if s.prop == "date"}
    problems = []
    for statement in facts.statements:
        if statement.prop != "status" or statement.value not in DONE:
            continue
        date = dated.get((statement.graph, statement.subject))
        source = statement.evidence.source or statement.graph.partition(":")[2]
        reported = source_dates.get(source)
        if date is None or not reported or not _after(date.value.lexical, reported):
            continue
        problems.append(Problem(
            statement.file, statement.line, f"{statement.subject}.status",
            f"status {statement.value} is dated {date.value.lexical} (line {date.line}), after the date of "
            f"source {source} ({reported}): a report cannot say what is done after it was written",
            "a completion the article expects is planned or under-construction; write that status, "
            "or correct the date"))
    return problems


def _after(date: str, reported: str) -> bool:
    """Whether a year, month or day begins after the day `reported` (2024 is not after 2024-08-05).

    >>> _after("2024-09", "2024-08-05"), _after("2024", "2024-08-05"), _after("2025", "2024-08-05")
    (True, False, True)
    """
    return date > reported[: len(date)]
