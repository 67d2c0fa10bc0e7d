"""The one SPARQL lexer: a query's tokens, with string literals, IRIs and comments kept whole.

Two readers look at a query's words without parsing it: the prefix check of `chaingraph query`
(which prefixes does the text use?) and the endpoint's checks (is there an update or a SERVICE,
which graphs do the FROM clauses name?). A colon, a keyword or a bracket inside a string, an IRI
or a comment is none of these, so both read the tokens of this lexer rather than the raw text.

>>> [(t.kind, t.text) for t in tokens('ASK { ?s cg:of _:b , "INSERT a:b" } # cg:x')]
[('word', 'ASK'), ('other', '{'), ('var', '?s'), ('pname', 'cg:of'), ('bnode', '_:b'), ('other', ','), ('other', '}')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7]+)
  | (?P<bnode>_:(?:[\w\-\u00B7]|\.(?=[\w\-\u00B7]))*)
  | (?P<pname>(?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w\-:%\u00B7]|\\.|\.(?=[\w\-:%\\\u00B7]))*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


class Token(NamedTuple):
    kind: str  # comment, string, iri, var, bnode, pname (prefixed name), word (keyword), other
    text: str
    start: int  # offset in the query text, for messages that point at it


def tokens(text: str, strings: bool = False) -> list[Token]:
    """Every token of `text` that is not whitespace, a comment or (unless `strings`) a string
    literal, in order."""
    skipped = ("ws", "comment") if strings else ("ws", "comment", "string")
    return [Token(m.lastgroup, m.group(), m.start()) for m in _TOKEN.finditer(text) if m.lastgroup not in skipped]


def prefix_of(token: Token) -> str:
    """The prefix of a prefixed name: "cg" for `cg:Company`, "" for `:local`."""
    return token.text.partition(":")[0]
