"""`chaingraph query`: SPARQL on the built dataset, from the command line or the library in queries/."""

from __future__ import annotations

import sys
from pathlib import Path

from chaingraph.cli.common import project_from
from chaingraph.dataset.formats import RESULT_FORMATS, format_results
from chaingraph.dataset.sparql import (
    QueryError,
    display_width,
    find_in_library,
    library,
    object_properties,
    run_query,
    trap_warnings,
)


def register(commands) -> None:
    cmd = commands.add_parser(
        "query", help="run SPARQL on the built dataset",
        description="Run a SPARQL query on the last build (outputs/chaingraph.nq). QUERY is a library "
                    "question (number or slug, see --list), a .rq file, '-' for standard input, or the "
                    "query text itself. The project's prefixes (cg:, id:, rdfs:, ...) are pre-declared, and "
                    "relative IRIs resolve against the base (<jiana-energy> is id:jiana-energy).")
    cmd.add_argument("query", nargs="?", metavar="QUERY_OR_FILE", help="library id, file, '-' or SPARQL text")
    cmd.add_argument("--format", choices=[name for name, fmt in RESULT_FORMATS.items() if fmt.command_line],
                     default="table",
                     help="SELECT/ASK result format (default: table); CONSTRUCT/DESCRIBE always print Turtle")
    cmd.add_argument("--list", action="store_true", help="list the library of questions in queries/")
    cmd.add_argument("--show", action="store_true", help="print the query text instead of running it")
    cmd.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                     help="a value for a parameter the query declares (`# param:` in its header); an entity "
                          "by id, name, alias or pinyin, e.g. --param subject=珈钠 (repeatable)")
    cmd.add_argument("--outputs", help="folder of the built dataset (default: outputs/ in the project)")
    cmd.set_defaults(run=run)


def run(args) -> int:
    from chaingraph.core.problems import UsageError
    from chaingraph.dataset.store import open_store

    project = project_from(args, needs_inputs=False)
    if args.list:
        sys.stdout.write(library_listing(project.queries))
        return 0
    if not args.query:
        raise UsageError("query: give a query, a .rq file or a library id (see `chaingraph query --list`)")
    name, text = resolve_query(args.query, project.queries)
    if args.show:
        sys.stdout.write(text)
        return 0
    store = open_store(project)
    try:
        bindings = _bindings(store, text, args.param, project.base, name)
        for warning in trap_warnings(text, _prefixes(project), object_properties(store), name):
            print(warning, file=sys.stderr)
        result = run_query(store, text, project.base, name, bindings)
        output = format_results(result, args.format, _prefixes(project))
    except QueryError as err:
        print(f"chaingraph: {err}", file=sys.stderr)
        return 1
    sys.stdout.buffer.write(output)
    sys.stdout.flush()
    return 0


def _bindings(store, text: str, params: list[str], base: str, name: str) -> dict:
    """The `--param NAME=VALUE` values as terms; a note on stderr for each name matched loosely."""
    from chaingraph.analysis.resolve import NameNotFound, param_bindings
    from chaingraph.core.problems import UsageError

    given = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param takes NAME=VALUE, not {item!r}")
        given[key.strip()] = value.strip()
    try:
        bindings, matches = param_bindings(store, text, given, base, name)
    except NameNotFound as err:
        raise UsageError(f"--param: {err}") from None
    for match in matches:
        if not match.exact:
            print(f"note: {match.matched!r} ({match.rank}) -> {match.candidate.describe()}", file=sys.stderr)
    return bindings


def resolve_query(argument: str, queries_dir: Path) -> tuple[str, str]:
    """(name for messages, query text) for a library id, a file, '-' (standard input) or query text."""
    from chaingraph.core.problems import UsageError, display_path

    if argument == "-":
        return "<stdin>", sys.stdin.read()
    path = Path(argument)
    if _looks_like_a_name(argument):
        if path.is_file():
            return display_path(path), path.read_text(encoding="utf-8")
        found = find_in_library(queries_dir, argument)
        if found:
            return display_path(found.path), found.text
        if argument.endswith(".rq") or "/" in argument:
            raise UsageError(f"query: no such file: {argument}")
        raise UsageError(f"query: no library question {argument!r}; `chaingraph query --list` shows them")
    return "<query>", argument


def _looks_like_a_name(argument: str) -> bool:
    """A file name or library id has no spaces or braces; SPARQL text always has one of them."""
    return not any(char.isspace() or char in "{}" for char in argument)


def library_listing(queries_dir: Path) -> str:
    """The library as text: each question's id, then its Chinese and English wording."""
    queries = library(queries_dir)
    if not queries:
        return f"no questions in {queries_dir}\n"
    width = max(display_width(q.id) for q in queries)
    lines = []
    for q in queries:
        lines.append(f"{q.id.ljust(width)}  {q.zh}")
        lines.append(f"{' ' * width}  {q.en}")
    return "\n".join(lines) + "\n"


def _prefixes(project) -> dict[str, str]:
    from chaingraph.core.namespaces import prefixes

    return prefixes(project.base)
