"""Analysts' SPARQL: run a query on the built dataset, show its results to people, list the library.

The engine is pyoxigraph over the union of all named graphs. Every query is preceded by the
project's PREFIX declarations (`namespaces.sparql_prologue`), so `cg:`, `id:`, `rdfs:` and the
rest work without declaring them; a query may still declare or redeclare its own prefixes.

>>> store = ox.Store()  # a triple in the default graph, where chaingraph.dataset.store merges the named graphs
>>> store.add(ox.Quad(ox.NamedNode(DEFAULT_BASE + "jiana-energy"), ox.NamedNode(prefixes()["rdfs"] + "label"),
...                   ox.Literal("珈钠能源", language="zh"), ox.DefaultGraph()))
>>> result = run_query(store, "SELECT ?company ?label WHERE { ?company rdfs:label ?label }")
>>> from chaingraph.dataset.formats import format_results
>>> print(format_results(result, "table", prefixes()).decode(), end="")
company          label
---------------  --------
id:jiana-energy  珈钠能源
(1 row)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pyoxigraph as ox

from chaingraph.core.namespaces import CG, DEFAULT_BASE, ONTOLOGY_IRI, prefixes, sparql_prologue
from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.core.values import is_real_date
from chaingraph.dataset.iris import normalized_base
from chaingraph.dataset.sparql_lexer import prefix_of, tokens

XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
OWL_OBJECT_PROPERTY = "http://www.w3.org/2002/07/owl#ObjectProperty"
STATUS, CG_DATE, CG_START_DATE = str(CG.status), str(CG.date), str(CG.startDate)


class QueryError(Exception):
    """A query that cannot be parsed: where (`name:line:column`, in the user's own text) and what."""

    def __init__(self, message: str, name: str = "query", line: int | None = None, column: int | None = None):
        self.message = message
        self.name = name
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.name if self.line is None else f"{self.name}:{self.line}:{self.column}"
        return f"{where}: {self.message}"


# ---------------------------------------------------------------- running a query

def run_query(store: ox.Store, text: str, base: str = DEFAULT_BASE, name: str = "query",
              bindings: dict[str, ox.NamedNode | ox.Literal] | None = None):
    """Run SPARQL `text` on `store` with the project's prefixes pre-declared and relative IRIs
    resolved against the base (`<jiana-energy>` is `id:jiana-energy`).

    The default graph is the merge of all named graphs (see chaingraph.dataset.store). `bindings`
    gives declared parameters their values (`bind_params`). Returns pyoxigraph's result:
    `QuerySolutions` (SELECT), `QueryBoolean` (ASK) or `QueryTriples` (CONSTRUCT/DESCRIBE).
    Raises QueryError with the line and column in `text` (not in the prefixed text) for a syntax
    error, and names the prefix for an undeclared one; `name` is the file name used in messages.
    """
    known = prefixes(base)
    check_prefixes(text, known, name)
    text, substitutions = bind_params(text, bindings or {}, name)
    prologue = sparql_prologue(base)
    try:
        return store.query(prologue + text, substitutions=substitutions or None, **engine_options(base))
    except SyntaxError as err:
        raise _located_error(str(err), name, prologue.count("\n")) from None


def engine_options(base: str = DEFAULT_BASE) -> dict:
    """What every chaingraph query passes to pyoxigraph besides its text: the base IRI that
    relative IRIs resolve against. The endpoint passes the same (`store.query(text, **engine_options(base))`)."""
    return {"base_iri": normalized_base(base)}


def check_prefixes(text: str, known: dict[str, str], name: str = "query") -> None:
    """Raise QueryError naming the first prefix `text` uses that neither it nor `known` declares."""
    found = tokens(text)
    declared = set(known) | {prefix_of(after) for before, after in pairwise(found)
                             if before.kind == "word" and before.text.upper() == "PREFIX" and after.kind == "pname"}
    for token in found:
        if token.kind == "pname" and prefix_of(token) not in declared:
            prefix = prefix_of(token)
            line, column = _line_column(text, token.start)
            raise QueryError(
                f'unknown prefix "{prefix}:"; declare it (PREFIX {prefix}: <...>) or use one of: '
                + ", ".join(f"{p}:" for p in sorted(known)), name, line, column)


_SYNTAX_POSITION = re.compile(r"^error at (\d+):(\d+): ")


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _located_error(message: str, name: str, prologue_lines: int) -> QueryError:
    message = " ".join(message.split())
    match = _SYNTAX_POSITION.match(message)
    if not match:
        return QueryError(message, name)
    line = int(match.group(1)) - prologue_lines
    return QueryError(f"syntax error: {message[match.end():]}", name, line, int(match.group(2)))


# ---------------------------------------------------------------- parameters of library questions
# A question declares each parameter in its header, `# param: subject entity  what it is`, and
# gives its default in a one-variable VALUES clause (`VALUES ?subject { id:jiana-energy }`), so the
# file runs as it stands in any SPARQL tool. A value given for it replaces that clause's values
# with one RDF term (an IRI or a literal built by pyoxigraph), never with the text the user typed.

PARAM_KINDS = ("entity", "text", "date")
_PARAM_LINE = re.compile(r"^#\s*param:\s*(\w+)\s+(\w+)\s*(.*?)\s*$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # entity (an IRI, resolved from a name by chaingraph.analysis.resolve), text or date
    note: str


def declared_params(text: str, name: str = "query") -> dict[str, Param]:
    """The `# param:` lines of a query's leading comment, by parameter name."""
    found = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            break
        match = _PARAM_LINE.match(line)
        if match:
            param, kind, note = match.groups()
            if kind not in PARAM_KINDS:
                raise QueryError(f"parameter {param!r} has kind {kind!r}; use one of {', '.join(PARAM_KINDS)}",
                                 name, number, 1)
            found[param] = Param(param, kind, note)
    return found


def literal_param(param: Param, value: str) -> ox.Literal:
    """The term for a text or date parameter; QueryError for a date that is not YYYY-MM-DD."""
    if param.kind == "date":
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and is_real_date(value)):
            raise QueryError(f"parameter {param.name!r} takes a date YYYY-MM-DD, not {value!r}")
        return ox.Literal(value, datatype=ox.NamedNode(XSD_DATE))
    return ox.Literal(value)


def bind_params(text: str, bindings: dict[str, ox.NamedNode | ox.Literal],
                name: str = "query") -> tuple[str, dict[ox.Variable, ox.NamedNode | ox.Literal]]:
    """`text` with the default VALUES clause of each bound parameter holding the given term
    instead, and the engine's substitutions for a parameter without such a clause. A name the
    query does not declare is a QueryError listing those it does.

    The term goes in as pyoxigraph writes it (N-Triples syntax: an IRI pyoxigraph has checked, a
    literal with its quotes escaped), so a value is always one term and never query text.
    """
    if not bindings:
        return text, {}
    declared = declared_params(text, name)
    for key in bindings:
        if key not in declared:
            listed = ", ".join(sorted(declared)) or "none"
            raise QueryError(f"no parameter {key!r} in this query; it declares: {listed}", name)
    clauses = []  # (start, end, variable) of each default VALUES body, in text order
    found = tokens(text)
    for i, token in enumerate(found):
        if token.kind == "word" and token.text.upper() == "VALUES" and i + 2 < len(found) \
                and found[i + 1].kind == "var" and found[i + 1].text[1:] in bindings and found[i + 2].text == "{":
            close = next((t for t in found[i + 3:] if t.text == "}"), None)
            if close is not None:
                clauses.append((found[i + 2].start + 1, close.start, found[i + 1].text[1:]))
    for start, end, variable in reversed(clauses):
        text = f"{text[:start]} {bindings[variable]} {text[end:]}"
    replaced = {variable for _, _, variable in clauses}
    return text, {ox.Variable(key): term for key, term in bindings.items() if key not in replaced}


# ---------------------------------------------------------------- traps a query may fall into

def object_properties(store: ox.Store) -> set[str]:
    """The IRIs of the ontology's object properties (their values are IRIs, never strings)."""
    query = f"SELECT ?p WHERE {{ GRAPH <{ONTOLOGY_IRI}> {{ ?p a <{OWL_OBJECT_PROPERTY}> }} }}"
    return {row["p"].value for row in store.query(query)}


def trap_warnings(text: str, known: dict[str, str], relations: set[str], name: str = "query") -> list[str]:
    """Warnings for patterns that silently match nothing: a relation (an object property such as
    cg:status) given a string, and cg:date compared with an xsd:date."""
    found = tokens(text, strings=True)
    declared = dict(known)
    for word, pname, iri in zip(found, found[1:], found[2:], strict=False):  # the query's own prefixes
        if word.kind == "word" and word.text.upper() == "PREFIX" and pname.kind == "pname" and iri.kind == "iri":
            declared[prefix_of(pname)] = iri.text[1:-1]
    warnings = []
    in_values = _inside_values(found)
    for i, (before, after) in enumerate(pairwise(found)):
        if i in in_values:  # a table of values, not a triple pattern
            continue
        iri = _expand(before, declared)
        if iri in relations and after.kind == "string":
            line, column = _line_column(text, after.start)
            fix = ('cg:status cg:Completed, or cg:status/skos:notation "completed"' if iri == STATUS
                   else f"{before.text}/rdfs:label {after.text}@zh, or the entity's IRI")
            warnings.append(f"{name}:{line}:{column}: warning: {before.text} links to a term, never to a string, "
                            f"so {after.text} matches nothing; write {fix}")
    dated = {after.text: before for before, after in pairwise(found)
             if after.kind == "var" and _expand(before, declared) in (CG_DATE, CG_START_DATE)}
    for filtered in _filters(found):
        names = {t.text for t in filtered if t.kind == "var"} & set(dated)
        if names and any(_expand(t, declared) == XSD_DATE for t in filtered):
            prop = dated[min(names)]
            line, column = _line_column(text, filtered[0].start)
            warnings.append(f"{name}:{line}:{column}: warning: {prop.text} is a year, a month or a day as written, "
                            "and comparing it with an xsd:date drops the months and years; compare "
                            "cg:dateStart / cg:dateEnd (or cg:startDateStart / cg:startDateEnd), always xsd:date")
    return warnings


def _inside_values(found) -> set[int]:
    """Indices of the tokens inside the braces of VALUES clauses."""
    inside, depth = set(), 0
    for i, token in enumerate(found):
        if depth == 0 and token.kind == "word" and token.text.upper() == "VALUES":
            depth = -1  # the variables come before the brace
        elif depth < 0 and token.text == "{":
            depth = 1
        elif depth > 0:
            depth += {"{": 1, "}": -1}.get(token.text, 0)
            inside.add(i)
    return inside


def _filters(found) -> list[list]:
    """The tokens of each FILTER's parenthesised expression."""
    groups = []
    for i, token in enumerate(found):
        if token.kind == "word" and token.text.upper() == "FILTER" and i + 1 < len(found) and found[i + 1].text == "(":
            depth, group = 0, []
            for inner in found[i + 1:]:
                depth += {"(": 1, ")": -1}.get(inner.text, 0)
                group.append(inner)
                if depth == 0:
                    break
            groups.append(group)
    return groups


def _expand(token, declared: dict[str, str]) -> str | None:
    if token.kind == "iri":
        return token.text[1:-1]
    if token.kind == "pname" and prefix_of(token) in declared:
        return declared[prefix_of(token)] + token.text.partition(":")[2]
    return None


# ---------------------------------------------------------------- results for people
# (the `table` and `md` entries of chaingraph.dataset.formats lay results out with these)

def result_rows(solutions: ox.QuerySolutions,
                prefixes: dict[str, str] | None = None) -> tuple[list[str], list[tuple[str, ...]]]:
    """The variable names and the rows of a SELECT result as display strings (see `display_term`)."""
    names = [variable.value for variable in solutions.variables]
    rows = [tuple(display_term(solution[name], prefixes) for name in names) for solution in solutions]
    return names, rows


def display_term(term, prefixes: dict[str, str] | None = None) -> str:
    """A term as a person reads it: a literal's value, an IRI as `prefix:local` when a prefix
    fits (else `<iri>`), a blank node as `_:id`, an unbound variable as the empty string."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return compact_iri(term.value, prefixes or {})
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


_LOCAL_NAME = re.compile(r"^(?:[\w-](?:[\w.-]*[\w-])?)?$")


def compact_iri(iri: str, prefixes: dict[str, str]) -> str:
    """`prefix:local` with the longest matching namespace whose rest is a plain local name."""
    best = None
    for name, namespace in prefixes.items():
        if iri.startswith(namespace) and _LOCAL_NAME.match(iri[len(namespace):]):
            if best is None or len(namespace) > len(prefixes[best]):
                best = name
    return f"{best}:{iri[len(prefixes[best]):]}" if best is not None else f"<{iri}>"


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal: wide and full-width (CJK) characters take two."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def aligned_table(header: list[str], rows: list[tuple[str, ...]]) -> str:
    """Columns padded to the widest cell (by display width), a rule under the header, a row count."""
    cells = [[_one_line(value) for value in row] for row in [tuple(header), *rows]]
    widths = [max((display_width(row[i]) for row in cells), default=0) for i in range(len(header))]

    def line(row) -> str:
        padded = (value + " " * (width - display_width(value)) for value, width in zip(row, widths, strict=True))
        return "  ".join(padded).rstrip()

    out = [line(cells[0]), "  ".join("-" * width for width in widths)]
    out += [line(row) for row in cells[1:]]
    out.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(out) + "\n"


def markdown_table(header: list[str], rows: list[tuple[str, ...]]) -> str:
    """A GitHub-flavoured Markdown table; `|` in values is escaped, newlines become spaces."""
    def line(values) -> str:
        return "| " + " | ".join(_one_line(v).replace("\\", "\\\\").replace("|", "\\|") for v in values) + " |"

    out = [line(header), "| " + " | ".join("---" for _ in header) + " |"]
    out += [line(row) for row in rows]
    return "\n".join(out) + "\n"


def _one_line(value: str) -> str:
    return " ".join(value.splitlines()) if "\n" in value or "\r" in value else value


# ---------------------------------------------------------------- the library of questions

_LIBRARY_FILE = re.compile(r"^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.rq$")
_HEADER_LINE = re.compile(r"^#\s*(zh|en|params):\s*(.*?)\s*$")


@dataclass(frozen=True)
class LibraryQuery:
    """One competency question of queries/: `05-capacities.rq` has number "05", slug "capacities"."""

    path: Path
    number: str
    slug: str
    zh: str
    en: str
    params: str = ""

    @property
    def id(self) -> str:
        return self.path.stem

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def library(queries_dir: Path) -> list[LibraryQuery]:
    """Every `NN-slug.rq` in `queries_dir`, in number order, with the question from its header.

    The header is the file's leading comment lines: `# zh: 问题`, `# en: question` and optionally
    `# params: what to edit`. A file without both questions, or with another name, is an InputError.
    """
    if not queries_dir.is_dir():
        return []
    problems, queries = [], []
    for path in sorted(queries_dir.glob("*.rq")):
        match = _LIBRARY_FILE.match(path.name)
        if not match:
            problems.append(Problem(display_path(path), None, "name", "a library query is named NN-slug.rq",
                                    "rename it, e.g. 21-my-question.rq"))
            continue
        header = read_header(path.read_text(encoding="utf-8"))
        missing = [key for key in ("zh", "en") if not header.get(key)]
        for key in missing:
            problems.append(Problem(display_path(path), 1, "header", f"no '# {key}:' line with the question",
                                    f"start the file with '# {key}: ...'"))
        if not missing:
            queries.append(LibraryQuery(path, match.group(1), match.group(2), header["zh"], header["en"],
                                        header.get("params", "")))
    if problems:
        raise InputError(problems)
    return sorted(queries, key=lambda q: (int(q.number), q.slug))


def find_in_library(queries_dir: Path, name: str) -> LibraryQuery | None:
    """The library query called `name`: its number ("5" or "05"), its slug or its file stem."""
    for query in library(queries_dir):
        if is_called(query.path.name, name):
            return query
    return None


def is_called(file_name: str, name: str) -> bool:
    """Whether a library file (`05-capacities.rq`) answers to `name`: its file name, its stem, its
    slug or its number ("5" or "05"). The command line and the endpoint's /queries/NAME both ask here.

    >>> [is_called("05-capacities.rq", n) for n in ("5", "05", "capacities", "05-capacities", "6")]
    [True, True, True, True, False]
    """
    stem = file_name.removesuffix(".rq")
    number, _, slug = stem.partition("-")
    return name in (file_name, stem, slug) or (name.isdigit() and number.isdigit() and int(name) == int(number))


def read_header(text: str) -> dict[str, str]:
    """The `# zh:`, `# en:` and `# params:` lines of a query's leading comment, by key."""
    header: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER_LINE.match(line)
        if match:
            key, value = match.groups()
            header[key] = f"{header[key]} {value}" if key in header else value
    return header
