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

from chaingraph.core.namespaces import DEFAULT_BASE, prefixes, sparql_prologue
from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.dataset.sparql_lexer import prefix_of, tokens


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

def run_query(store: ox.Store, text: str, base: str = DEFAULT_BASE, name: str = "query"):
    """Run SPARQL `text` on `store` with the project's prefixes pre-declared.

    The default graph is the merge of all named graphs (see chaingraph.dataset.store). Returns pyoxigraph's result:
    `QuerySolutions` (SELECT), `QueryBoolean` (ASK) or `QueryTriples` (CONSTRUCT/DESCRIBE).
    Raises QueryError with the line and column in `text` (not in the prefixed text) for a syntax
    error, and names the prefix for an undeclared one; `name` is the file name used in messages.
    """
    known = prefixes(base)
    check_prefixes(text, known, name)
    prologue = sparql_prologue(base)
    try:
        return store.query(prologue + text)
    except SyntaxError as err:
        raise _located_error(str(err), name, prologue.count("\n")) from None


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
        if name in (query.slug, query.id, query.path.name) or (name.isdigit() and int(name) == int(query.number)):
            return query
    return None


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
