"""Turn a raw capture of a Chinese regional news article into clean Simplified text.

Captures come in several forms, often mixed: clean Simplified text, Traditional
text, Traditional with pinyin after characters (``區(qū)``), fullwidth punctuation
turned into ASCII, spans garbled by GBK bytes read one byte off, HTML remnants,
and site chrome (menus, share/login links, hot lists, source/editor footers).

The bytes are decoded first (``decoding``).  Per raw line the pipeline is then:
HTML (``markup``) -> garble repair (``garble``) -> pinyin annotations (``pinyin``)
-> Traditional-to-Simplified (``simplify``) -> punctuation (here).  Repair runs
before the annotation step because an annotation can follow a garbled span
(``?,F(xiàn)`` only becomes ``。現(xiàn)`` once repaired).  Chrome is dropped per
paragraph afterwards (``chrome``), because its keywords are easiest to match in
Simplified text; the text left is split into sentences (``sentences``).

``Normalized.summary()`` counts Change records per kind.  "converted" and
"punctuation" are one record per paragraph (before/after the whole paragraph),
"annotation" one per dropped annotation, "repaired"/"lost" one per span or lost
character, "unrepaired" one per span left alone because of a bound, "html" one
per line, "chrome" one per dropped line, "joined" one per sentence a print page's
break had split (``layout``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from chaingraph.sources.chrome import drop_chrome
from chaingraph.sources.cleaning import CJK_CONTEXT_RE, CJK_RE, PUNCT_TO_FULL, Change
from chaingraph.sources.decoding import clean_chars, decode
from chaingraph.sources.garble.repair import new_budget, repair_line
from chaingraph.sources.markup import strip_html
from chaingraph.sources.pinyin import strip_annotations
from chaingraph.sources.sentences import Sentence, split_sentences
from chaingraph.sources.simplify import t2s, t2s_plain


@dataclass(frozen=True)
class Normalized:
    text: str
    sentences: tuple[Sentence, ...]
    changes: tuple[Change, ...]

    def summary(self) -> dict[str, int]:
        return dict(Counter(c.kind for c in self.changes))


def normalize(raw: str | bytes) -> Normalized:
    """Clean a raw capture into Simplified text with sentences and a change log.

    Results are memoized per input (the build and the tests normalize the same
    capture many times); a Normalized is immutable, so sharing it is safe.
    """
    if isinstance(raw, (bytearray, memoryview)):
        raw = bytes(raw)
    elif not isinstance(raw, (str, bytes)):
        raw = str(raw)
    return _normalize_cached(raw)


@lru_cache(maxsize=16)
def _normalize_cached(raw: str | bytes) -> Normalized:
    changes: list[Change] = []
    text = clean_chars(decode(raw), changes)
    budget = new_budget()
    paragraphs = []
    convert = is_traditional(text)
    for no, line in enumerate(text.split("\n"), 1):
        paragraphs.extend((no, p) for p in _clean_line(line, no, changes, budget, convert))
    kept = drop_chrome(paragraphs, changes)
    body = "".join(p + "\n" for _, p in kept)
    return Normalized(body, split_sentences(body), tuple(changes))


# A capture is Traditional when a share of its characters change to Simplified (hundreds in an article, three at
# least in a short one: 產業園); twenty changes make it so whatever its length (a long page with a Traditional
# body). A Simplified capture keeps the characters Simplified names are written with that OpenCC would change
# (宏昇 -> 宏升, 乾元 -> 干元); anything else Traditional in it (a quoted 鴻海) is still simplified.
TRADITIONAL_SHARE = 0.05
TRADITIONAL_LEAST = 3
TRADITIONAL_ALWAYS = 20
NAME_CHARS = set("昇乾")


def is_traditional(text: str) -> bool:
    """Whether a capture is written in Traditional characters (enough of them change to Simplified)."""
    counts = Counter(CJK_RE.findall(text))
    changed = sum(n for ch, n in counts.items() if t2s_plain(ch) != ch)
    return (changed >= TRADITIONAL_LEAST and changed >= TRADITIONAL_SHARE * sum(counts.values())) \
        or changed >= TRADITIONAL_ALWAYS


def _clean_line(line: str, no: int, changes: list[Change], budget: list[int], convert: bool = True) -> list[str]:
    stripped = strip_html(line)
    if stripped != line:
        changes.append(Change("html", no, line, stripped))
    paragraphs = []
    for part in stripped.split("\n"):
        # Annotations go before repair (a "(qū)" hides the CJK char before a span)
        # and again after it (a repaired span can end in an annotated character).
        text = strip_annotations(part, no, changes)
        text = repair_line(text, no, changes, budget)
        text = strip_annotations(text, no, changes)
        if "<" in text:  # a repair can restore the "<" of a tag it had swallowed
            text = strip_html(text).replace("\n", "")
        simp = t2s(text)
        if not convert:  # a Simplified capture: a stray Traditional name (鴻海) is simplified, a name's 昇 is kept
            simp = "".join(kept if kept in NAME_CHARS else changed for kept, changed in zip(text, simp, strict=False))
        if simp != text:
            changes.append(Change("converted", no, text, simp))
        punct = _fix_punctuation(simp)
        if punct != simp:
            changes.append(Change("punctuation", no, simp, punct))
        punct = re.sub(r"[ \t]+", " ", punct).strip()
        if punct:
            paragraphs.append(punct)
    return paragraphs


PAREN_RE = re.compile(r"\(([^()\n]{0,200})\)")


def _is_cjk_ctx(ch: str) -> bool:
    return bool(ch) and bool(CJK_CONTEXT_RE.match(ch))


def _fix_punctuation(line: str) -> str:
    """ASCII marks in Chinese context back to fullwidth; those between digits or in Latin text stay."""
    line = PAREN_RE.sub(lambda m: f"（{m.group(1)}）" if CJK_RE.search(m.group(1)) else m.group(0), line)

    out: list[str] = []
    for i, ch in enumerate(line):
        if ch in ",:;!?":
            prev = out[-1] if out else ""  # already converted: "?!" after CJK becomes "？！"
            nxt = line[i + 1] if i + 1 < len(line) else ""
            keep = (prev.isdigit() and nxt.isdigit()) or not (_is_cjk_ctx(prev) or _is_cjk_ctx(nxt))
            ch = ch if keep else PUNCT_TO_FULL[ch]
        out.append(ch)
    return "".join(out)
