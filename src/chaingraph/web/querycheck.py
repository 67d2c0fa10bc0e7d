"""Checks on a query's text, made in the HTTP thread before any engine sees it.

The endpoint is read-only and never reaches the network or loads data from elsewhere: updates,
SERVICE and FROM clauses naming graphs outside the dataset are refused here with a clear message.
This reads the tokens of chaingraph.dataset.sparql_lexer, not a parse: a bare word outside
strings, IRIs and comments can only be a keyword in SPARQL, so a stray INSERT or SERVICE is
refused even where the parser would fail anyway. Errors in the other direction are caught by the
workers' network ban (chaingraph.web.sandbox).
"""

from __future__ import annotations

import re

from chaingraph.dataset.sparql_lexer import Token, prefix_of, tokens
from chaingraph.web.limits import Refused

UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING"}
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
UPDATES_REFUSED = "updates are not allowed on this read-only endpoint"
SERVICE_REFUSED = ("SERVICE (federated query) is not allowed: this endpoint never reaches the network; "
                   "query the other endpoint yourself")
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
# pyoxigraph's parser recurses per bracket: thousands of nested brackets overflow a worker's stack
# and kill it. No real query nests this deep; refusing it costs nothing and keeps the workers up.
MAX_NESTING = 100


def query_form(text: str, known_graphs: set[str], default_prefixes: dict[str, str]) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (None when the text does not say), once the text passes.

    Raises Refused for updates, SERVICE, brackets nested too deep and FROM or FROM NAMED clauses
    that name anything but one of `known_graphs`.
    """
    found = tokens(text)
    _check_nesting(found)
    declared = dict(default_prefixes)
    form = None
    for i, token in enumerate(found):
        if token.kind != "word":
            continue
        word = token.text.upper()
        if word in UPDATE_WORDS:
            raise Refused(403, UPDATES_REFUSED)
        if word == "SERVICE":
            raise Refused(403, SERVICE_REFUSED)
        if word in QUERY_FORMS and form is None:
            form = word
        elif word == "PREFIX" and i + 2 < len(found) and found[i + 2].kind == "iri":
            declared[found[i + 1].text.rstrip(":")] = found[i + 2].text[1:-1]
        elif word == "FROM":
            named = i + 1 < len(found) and found[i + 1].text.upper() == "NAMED"
            at = i + 2 if named else i + 1
            target = found[at] if at < len(found) else None
            check_graph(_graph_iri(target, declared), known_graphs, "FROM NAMED" if named else "FROM")
    return form


def check_graph(graph: str, known_graphs: set[str], clause: str) -> None:
    """Refuse a graph that is not one of the dataset's: this endpoint never loads data from an IRI."""
    if graph in known_graphs:
        return
    if not _ABSOLUTE_IRI.match(graph):
        raise Refused(400, f"{clause} <{graph}>: use the absolute IRI of one of the dataset's graphs")
    raise Refused(400, f"{clause} <{graph}> is not a graph of this dataset; this endpoint never loads data "
                       f"from FROM IRIs. Its graphs: {', '.join(f'<{g}>' for g in sorted(known_graphs))}")


def _check_nesting(found: list[Token]) -> None:
    depth = 0
    for token in found:
        if token.kind != "other":
            continue
        if token.text in "({[":
            depth += 1
            if depth > MAX_NESTING:
                raise Refused(400, f"the query nests brackets deeper than {MAX_NESTING} levels; simplify it")
        elif token.text in ")}]":
            depth -= 1


def _graph_iri(token: Token | None, declared: dict[str, str]) -> str:
    if token is not None and token.kind == "iri":
        return token.text[1:-1]
    if token is not None and token.kind == "pname" and prefix_of(token) in declared:
        return declared[prefix_of(token)] + token.text.partition(":")[2].replace("\\", "")
    raise Refused(400, "FROM must be followed by the IRI of one of the dataset's graphs")
