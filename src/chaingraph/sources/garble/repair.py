"""Garbled spans in one line: where each starts and how it can end, and the decision to repair
it, mark it LOST or leave it literal (see the package docstring for the rule).
"""

from __future__ import annotations

import re
from collections import Counter

from chaingraph.sources.cleaning import CJK, CJK_CONTEXT_RE, CJK_RE, LOST, PUNCT_TO_FULL, Change
from chaingraph.sources.garble.bytepairs import TRAILS, anchor, big5, gbk_bytes, simp_char
from chaingraph.sources.garble.readings import MARGIN, OutOfBudget, Variant, build, decide, solve
from chaingraph.sources.garble.wordmodel import fixed_score
from chaingraph.sources.markup import TAG_RE
from chaingraph.sources.pinyin import ANNOTATION_RE, DANGLING_RE, LEADING_ANNOTATION_RE, is_syllable

SPAN_PUNCT = "!,:;?"  # ASCII-ized fullwidth marks that can stand for a shifted byte pair
CONTEXT = 6  # characters of context on each side that words may span
MAX_SPAN = 48  # tokens; a longer run is left as it is (and logged as "unrepaired")
MAX_SPANS_PER_TEXT = 64  # bound the work on adversarial input
MAX_LOOKUPS_PER_TEXT = 1_000_000  # dictionary look-ups of the word search (about 0.5 s)
SPAN_RUN_RE = re.compile(f"(?<=[{CJK}])\\?[^\\x00-\\x7f]*")
# A closing tag whose "<" a garbled span swallowed, right after it.
ORPHAN_TAG_RE = re.compile(r"/[A-Za-z][A-Za-z0-9]{0,9}>")


def new_budget() -> list[int]:
    """The work one text may spend on repairs: [spans left, dictionary look-ups left]."""
    return [MAX_SPANS_PER_TEXT, MAX_LOOKUPS_PER_TEXT]


def repair_line(line: str, no: int, changes: list[Change], budget: list[int]) -> str:
    """The line with every garbled span repaired (or LOST) where the bytes allow it."""
    if "?" not in line:
        return line
    # The script is judged on the text outside the spans (shifted pairs are noise).
    script = _line_script(SPAN_RUN_RE.sub("", line))
    out, i = [], 0
    while i < len(line):
        j = line.find("?", i)
        if j < 0:
            break
        fixed = None
        if j == 0 or CJK_CONTEXT_RE.match(line[j - 1]):
            # Left context is the already repaired text, so quotes opened by an
            # earlier repair count for quote balancing.
            fixed = _repair_span(line, j, "".join(out) + line[i:j], no, changes, budget, script)
        if fixed is None:
            out.append(line[i : j + 1])
            i = j + 1
            continue
        text, end = fixed
        out.append(line[i:j] + text)
        i = end
    out.append(line[i:])
    return "".join(out)


def _context(text: str) -> str:
    return ANNOTATION_RE.sub("", text)


def _span_tokens(line: str, start: int) -> tuple[list[str], int]:
    """Tokens of a candidate span starting at the '?' at `start`; returns (tokens, end)."""
    tokens, i = [], start
    while i < len(line) and len(tokens) <= MAX_SPAN:
        c = line[i]
        if c in SPAN_PUNCT or (not c.isascii() and gbk_bytes(c) is not None):
            tokens.append(c)
            i += 1
        else:
            break
    return tokens, i


def _variants(line: str, tokens: list[str], end: int) -> list[Variant]:
    """The ways a span of `tokens` ending at line[end] can re-align with the original bytes."""
    anchors = [anchor(t) for t in tokens[1:]]
    if not all(anchors):
        return []
    out = []
    terminator = line[end] if end < len(line) else ""
    if terminator and 0x40 <= ord(terminator) <= 0x7E:
        # The byte at a shifted pair's start is ASCII: it was the last character's trail.
        m = LEADING_ANNOTATION_RE.match(line, end + 1)
        syllable = m.group(1) if m and is_syllable(m.group(1)) else ""
        out.append(Variant(tuple(anchors), ord(terminator), _right_context(line, end + 1), syllable, 1, ""))
    if tokens[-1] == "?" and len(tokens) > 2:
        restored = _dangling(line, end)
        if restored:
            # The last "?" was the last character's trail plus an ASCII byte it ate.
            m = DANGLING_RE.match(line, end)
            syllable = m.group(1) if restored == "(" else ""
            out.append(Variant(tuple(anchors[:-1]), TRAILS, _right_context(line, end), syllable, 0, restored))
        elif end == len(line):
            # The line ended on a lone byte: the last character's trail.
            out.append(Variant(tuple(anchors[:-1]), TRAILS, "", "", 0, ""))
    return out


def _line_script(line: str) -> str | None:
    """ "trad" or "simp" when the line's CJK characters clearly belong to one script."""
    trad = simp = 0
    for ch in CJK_RE.findall(line):
        if simp_char(ch) != ch:
            trad += 1
        elif ch not in big5():
            simp += 1
    if trad and trad >= 3 * simp:
        return "trad"
    if simp and simp >= 3 * trad:
        return "simp"
    return None


def _repair_span(line, j, prefix, no, changes, budget, script):
    """Try to repair the span at line[j]; returns (text, end) or None to keep it literal."""
    tokens, end = _span_tokens(line, j)
    if len(tokens) < 2:
        return None
    variants = _variants(line, tokens, end) if len(tokens) <= MAX_SPAN else []
    if not variants:
        if len(tokens) > MAX_SPAN:
            changes.append(Change("unrepaired", no, line[j:end], line[j:end]))
        return None
    if budget[0] <= 0 or budget[1] <= 0:
        changes.append(Change("unrepaired", no, line[j:end], line[j:end]))
        return None
    budget[0] -= 1
    left = _context(prefix)[-CONTEXT:]
    opened = Counter(_context(prefix))
    solved = []
    try:
        for v in variants:
            lat, start, stop = build(left, v, script)
            result = solve(lat, start, stop, opened, budget)
            if result:
                solved.append((result, v))
    except OutOfBudget:
        changes.append(Change("unrepaired", no, line[j:end], line[j:end]))
        return None
    if not solved:
        return None
    solved.sort(key=lambda s: s[0][0], reverse=True)
    (best, reading, using), variant = solved[0]
    literal = "".join(PUNCT_TO_FULL.get(c, c) for c in tokens) + _context("中" + line[end:])[1 : 1 + CONTEXT]
    if best - fixed_score(left + literal) < MARGIN:
        return None
    text = decide(best, reading, using)
    if len(solved) > 1 and best - solved[1][0][0] < MARGIN:
        text = LOST * len(reading)  # two ways to end the span: nothing in it is certain
    after = end + variant.consumed
    before = line[j:after]
    text += variant.restored
    changes.append(Change("repaired", no, before, text))
    changes.extend(Change("lost", no, before, LOST) for _ in range(text.count(LOST)))
    return text, after


def _dangling(line: str, pos: int) -> str:
    """The ASCII byte a garble swallowed right before pos, if the text shows it.

    The capture's decoder ate the byte after an invalid lead, so an annotation
    can lose its "(" ("瑢?shí)") and a closing tag its "<" ("?!?/p>").
    """
    m = DANGLING_RE.match(line, pos)
    if m and is_syllable(m.group(1)):
        return "("
    return "<" if ORPHAN_TAG_RE.match(line, pos) else ""


def _right_context(line: str, pos: int) -> str:
    text = _dangling(line, pos) + line[pos : pos + 40]
    text = TAG_RE.sub("", text)
    m = LEADING_ANNOTATION_RE.match(text)
    if m and is_syllable(m.group(1)):
        text = text[m.end() :]
    return _context("中" + text)[1 : 1 + CONTEXT]  # a CJK anchor lets the annotation rule see the start
