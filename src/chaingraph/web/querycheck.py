"""Checks on a query's text, made in the HTTP thread before any engine sees it.

The endpoint is read-only and never reaches the network or loads data from elsewhere: updates and
SERVICE are refused here with a clear message (a FROM naming a graph outside the dataset is an
empty graph, see chaingraph.web.answers).
This reads the tokens of chaingraph.dataset.sparql_lexer, not a parse: a bare word outside
strings, IRIs and comments can only be a keyword in SPARQL, so a stray INSERT or SERVICE is
refused even where the parser would fail anyway. Errors in the other direction are caught by the
workers' network ban (chaingraph.web.sandbox).
"""

from __future__ import annotations

import functools

from chaingraph.dataset.sparql_lexer import Token, tokens
from chaingraph.web.limits import Refused

UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING"}
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
UPDATES_REFUSED = "updates are not allowed on this read-only endpoint"
SERVICE_REFUSED = ("SERVICE (federated query) is not allowed: this endpoint never reaches the network; "
                   "query the other endpoint yourself")
# pyoxigraph's parser recurses per bracket: thousands of nested brackets overflow a worker's stack
# and kill it. No real query nests this deep; refusing it costs nothing and keeps the workers up.
MAX_NESTING = 100


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (None when the text does not say), once the text passes.

    Raises Refused for updates, SERVICE and brackets nested too deep. FROM and FROM NAMED pass:
    a graph the dataset lacks is an empty graph to the engine, which never loads data from an IRI.
    A short text's verdict is remembered: the same questions (the library's) come again and again,
    and lexing one costs more than the HTTP around it.
    """
    return _remembered_form(text) if len(text) <= _REMEMBERED_LENGTH else _form(text)


_REMEMBERED_LENGTH = 16 * 1024  # so the cache holds at most 256 x 16 KB


@functools.lru_cache(maxsize=256)
def _remembered_form(text: str) -> str | None:
    return _form(text)  # a refusal is an exception, never remembered: the check runs again


def _form(text: str) -> str | None:
    found = tokens(text)
    _check_nesting(found)
    form = None
    for token in found:
        if token.kind != "word":
            continue
        word = token.text.upper()
        if word in UPDATE_WORDS:
            raise Refused(403, UPDATES_REFUSED)
        if word == "SERVICE":
            raise Refused(403, SERVICE_REFUSED)
        if word in QUERY_FORMS and form is None:
            form = word
    return form


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
