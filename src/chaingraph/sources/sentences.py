"""Normalized text into sentences with stable ids (s001, s002 ...) and a kind: the title, body
sentences, captions, and bylines (including the closing credit ``（自贡融媒记者 ...）``).

The title is the first paragraph when it reads as a headline (short, not a finished sentence); credit
lines before it (记者 张三 李四) are bylines, and a capture that opens with its lead has no title.

Ids count sentences from the top, so editing a paragraph keeps the ids of every sentence before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chaingraph.sources.pagelines import is_byline_line, is_headline


@dataclass(frozen=True)
class Sentence:
    id: str
    text: str
    start: int  # offsets in the normalized text
    end: int
    kind: str  # "title", "body", "caption" or "byline"


CAPTION_RE = re.compile(
    r"(?:(?:记者|通讯员|摄影|摄)\s*[\u4e00-\u9fff·]{2,8}(?:\s+[\u4e00-\u9fff·]{2,8})*\s*摄(?:影)?$"
    r"|摄影[：:]|图片来源|供图[）)]?$|[（(](?:图|资料图|图片)[）)]|^图为)"
)
# 记者：张三 李四, 时间：…; not a reporter's question in an interview or at a press conference (记者：请问…？)
BYLINE_RE = re.compile(
    r"^[^，。；！？：]{0,14}(?:时间|地点|点位|日期|记者|作者|通讯员)[^，。；！？：]{0,4}[：:][^。！？]{1,40}$"
)
# 记者：今年有哪些新项目？ 记者提问：某某日报记者：请问…？ — an interview's or a press conference's question
QUESTION_RE = re.compile(r"[？?]$|请问")
# 梅州+, i南京: an app's or a site's name over the headline, short and with no sentence in it
MASTHEAD_RE = re.compile(r"[^，。；！？：:\s\d]{2,6}")
CREDIT_RE = re.compile(r"^[（(][^（）()]{0,40}(?:记者|通讯员|编辑|作者|摄)[^（）()]{0,40}[）)]$")
ENDERS = "。！？；"
CLOSERS = "”’」』）》】"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of normalized text; the headline, if the text opens with one, is the title."""
    out: list[Sentence] = []
    offset, head = 0, True
    for para in text.split("\n"):
        if para.strip():
            kind = _paragraph_kind(para.strip(), head)
            head = head and (kind == "byline" or kind == "body" and MASTHEAD_RE.fullmatch(para.strip()) is not None)
            whole = kind != "body"
            for s, e in [(0, len(para))] if whole else _pieces(para):
                out.extend(_sentence(para, s, e, offset, kind, len(out)))
        offset += len(para) + 1
    return tuple(out)


def _paragraph_kind(text: str, head: bool) -> str:
    """`head`: no title yet and only bylines so far."""
    if head and is_byline_line(text):
        return "byline"
    if head and is_headline(text):
        return "title"
    if len(text) <= 80 and CAPTION_RE.search(text):
        return "caption"
    if (BYLINE_RE.match(text) and not QUESTION_RE.search(text)) or CREDIT_RE.match(text) or is_byline_line(text):
        return "byline"
    return "body"


def _pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of sentences in a paragraph: split after 。！？； plus any closing marks."""
    spans, start, i, n = [], 0, 0, len(text)
    while i < n:
        if text[i] in ENDERS:
            j = i + 1
            while j < n and (text[j] in ENDERS or text[j] in CLOSERS):
                j += 1
            spans.append((start, j))
            start = i = j
            continue
        i += 1
    if start < n:
        spans.append((start, n))
    return spans


def _sentence(para: str, s: int, e: int, offset: int, kind: str, count: int) -> list[Sentence]:
    piece = para[s:e]
    lead = len(piece) - len(piece.lstrip())
    body = piece.strip()
    if not body:
        return []
    if kind == "body" and CREDIT_RE.match(body):
        kind = "byline"
    start = offset + s + lead
    return [Sentence(f"s{count + 1:03d}", body, start, start + len(body), kind)]
