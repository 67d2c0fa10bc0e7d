"""HTML remnants in a capture: tags dropped (block tags end a paragraph), character references
unescaped.
"""

from __future__ import annotations

import html
import re

from chaingraph.sources.decoding import clean_chars

# a declaration (<!DOCTYPE html>, <?xml …?>) is markup too: a capture saved from a browser opens with one
TAG_RE = re.compile(r"<!--.*?-->|<![A-Za-z][^<>]{0,200}>|<\?[A-Za-z][^<>]{0,200}\?>"
                    r"|</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,500})?/?>", re.S)
BLOCK_TAGS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}


def strip_html(line: str) -> str:
    """A line without tags and character references; a block tag becomes a line break."""
    def repl(m: re.Match) -> str:
        name = re.match(r"</?([A-Za-z0-9]*)", m.group(0))
        return "\n" if name and name.group(1).lower() in BLOCK_TAGS else ""

    text = TAG_RE.sub(repl, line) if "<" in line else line
    if "&" in text:
        # a character reference can name a control character (&#13;, &#x2028;) that decoding had
        # already dropped from the raw text: clean the unescaped text the same way
        text = clean_chars(html.unescape(text), [])
    return text
