"""The readings of one garbled span as a lattice, the exact search for the best one, and the
decision which of its characters are certain (the rest become LOST).

Node ids are created in path order, so increasing ids are a topological order and the search is
one forward and one backward pass over the dictionary words found along the lattice.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from chaingraph.sources.cleaning import CJK_RE, LOST
from chaingraph.sources.garble.bytepairs import LEADS, big5, byte_consistent, capture_bytes, simp_char
from chaingraph.sources.garble.wordmodel import SYMBOL_PENALTY, model
from chaingraph.sources.pinyin import reads_as

MARGIN = 1.5  # nats: a reading must be ~4.5x more likely than any rival
PAIRS = {"”": "“", "’": "‘", "」": "「", "』": "『", "》": "《", "）": "（", "】": "【"}
CLOSE_BONUS = 5.0


def fits_script(ch: str, script: str | None) -> bool:
    """A Traditional line holds Big5 characters only; a Simplified one no Traditional-only ones."""
    if script == "trad":
        return ch in big5()
    if script == "simp":
        return simp_char(ch) == ch
    return True


@lru_cache(maxsize=4)
def _ranked_by_trail(script: str | None) -> dict[int, list[tuple[float, int]]]:
    """Per trail byte, (single-character score, lead) of the characters fitting a script, best first."""
    words = model()
    ranked: dict[int, list[tuple[float, int]]] = {}
    for (a, b), ch in capture_bytes().chars.items():
        if fits_script(ch, script):
            ranked.setdefault(b, []).append((words.char(simp_char(ch)), a))
    for entries in ranked.values():
        entries.sort(reverse=True)
    return ranked


@lru_cache(maxsize=8192)
def _candidates(lead, trail, script: str | None, syllable: str) -> tuple[tuple[str, str, float], ...]:
    """(character, Simplified form, single-character score) for one slot of a reading.

    Characters the word model does not know are merged into one LOST candidate:
    they can never be told apart, so if one of them wins the character is lost.
    """
    words = model()
    known_bytes = isinstance(lead, int) and isinstance(trail, int)
    if not isinstance(lead, int) and not isinstance(trail, int):
        # No surviving byte: the character is lost whatever it was.  It counts
        # as its likeliest fitting character, alone (it cannot anchor a word).
        ranked = _ranked_by_trail(script)
        scores = [next((sc for sc, a in ranked.get(b, ()) if a in lead), -math.inf) for b in trail]
        best = max(scores, default=-math.inf)
        return ((LOST, LOST, best),) if best > -math.inf else ()
    out, rare = [], -math.inf
    for ch in byte_consistent(lead, trail):
        if not fits_script(ch, script) or (syllable and not reads_as(ch, syllable)):
            continue
        simp = simp_char(ch)
        score = words.char(simp)
        if score <= SYMBOL_PENALTY and not known_bytes:
            rare = max(rare, score)
            continue
        out.append((ch, simp, score))
    if rare > -math.inf:
        out.append((LOST, LOST, rare))
    return tuple(out)


class Lattice:
    """Readings of a span as paths of character slots between byte-state nodes.

    Each slot edge carries a key (segment, offset, segment length) naming its
    position among the repaired characters (None for fixed context) and its
    byte-consistent candidates.
    """

    def __init__(self) -> None:
        self.out: list[list[int]] = []
        self.edges: list[tuple[int, int, tuple | None, tuple]] = []

    def node(self) -> int:
        self.out.append([])
        return len(self.out) - 1

    def slot(self, src: int, dst: int, key, cands) -> None:
        if cands:
            self.out[src].append(len(self.edges))
            self.edges.append((src, dst, key, cands))

    def chain(self, src: int, text: str) -> int:
        words = model()
        for ch in text:
            dst = self.node()
            simp = simp_char(ch)
            self.slot(src, dst, None, ((ch, simp, words.char(simp)),))
            src = dst
        return src


@dataclass(frozen=True)
class Variant:
    """One way the span can end (see the package docstring, "ends")."""

    anchors: tuple  # per shifted pair: alternatives ((first bytes, second bytes), ...)
    last_trail: object  # byte(s) of the last character's trail
    right: str  # the text after the span, as the reading continues
    syllable: str  # pinyin annotation on the last character, if any
    consumed: int  # raw characters of the line the variant covers after the span tokens
    restored: str  # an ASCII character the garble swallowed, put back


def build(left: str, variant: Variant, script: str | None):
    """The lattice of a span's readings between its left context and the variant's right one."""
    lat = Lattice()
    start = lat.node()
    node = lat.chain(start, left)
    vanishing = capture_bytes().vanishing
    sources = [(node, LEADS)]  # (node, lead byte(s) of the next character)
    ends = [*variant.anchors, ((variant.last_trail, None),)]
    for seg, alts in enumerate(ends):
        last = seg == len(ends) - 1
        syllable = variant.syllable if last else ""
        gaps = [(lat.node(), firsts, seconds) for firsts, seconds in vanishing]
        targets = [(lat.node(), first, second) for first, second in alts]
        for src, lead in sources:
            for dst, first, _ in targets:
                lat.slot(src, dst, (seg, 0, 1), _candidates(lead, first, script, syllable))
            for gap, firsts, _ in gaps:
                lat.slot(src, gap, (seg, 0, 2), _candidates(lead, firsts, script, ""))
        for gap, _, seconds in gaps:
            for dst, first, _ in targets:
                lat.slot(gap, dst, (seg, 1, 2), _candidates(seconds, first, script, syllable))
        sources = [(dst, second) for dst, _, second in targets]
    end = lat.chain(sources[0][0], variant.right)
    return lat, start, end


class OutOfBudget(Exception):
    """The text's share of word-search work is used up."""


def _words(lat: Lattice, opened: Counter, budget: list[int]) -> list[tuple[int, int, tuple, float]]:
    """Every dictionary word (and single character) along the lattice: (src, dst, picks, score)."""
    words = model()
    freq, log_total = words.freq, words.log_total
    found = []

    def walk(origin: int, node: int, prefix: str, picks: tuple) -> None:
        for eid in lat.out[node]:
            _, dst, _, cands = lat.edges[eid]
            budget[1] -= len(cands)
            if budget[1] < 0:
                raise OutOfBudget
            for ci, (_, simp, _) in enumerate(cands):
                word = prefix + simp
                f = freq.get(word)
                if f is None:
                    continue
                here = (*picks, (eid, ci))
                if f:
                    found.append((origin, dst, here, math.log(f) - log_total))
                walk(origin, dst, word, here)

    for node in range(len(lat.out)):
        for eid in lat.out[node]:
            _, dst, _, cands = lat.edges[eid]
            for ci, (ch, simp, score) in enumerate(cands):
                if ch in PAIRS and opened[PAIRS[ch]] > opened[ch]:
                    score += CLOSE_BONUS  # closes a mark left open earlier in the paragraph
                found.append((node, dst, ((eid, ci),), score))
                if CJK_RE.match(simp) and freq.get(simp) is not None:
                    walk(node, dst, simp, ((eid, ci),))
    return found


def solve(lat: Lattice, start: int, end: int, opened: Counter, budget: list[int]):
    """Exact best reading plus, per slot key and character, the best reading using it."""
    words = _words(lat, opened, budget)
    n = len(lat.out)
    alpha, beta = [-math.inf] * n, [-math.inf] * n
    back: list = [None] * n
    alpha[start], beta[end] = 0.0, 0.0
    words.sort(key=lambda w: w[0])
    for w in words:
        s = alpha[w[0]] + w[3]
        if s > alpha[w[1]]:
            alpha[w[1]], back[w[1]] = s, w
    for w in sorted(words, key=lambda w: -w[1]):
        s = beta[w[1]] + w[3]
        if s > beta[w[0]]:
            beta[w[0]] = s
    best = alpha[end]
    if best == -math.inf:
        return None
    using: dict = {}
    for src, dst, picks, score in words:
        through = alpha[src] + score + beta[dst]
        if through == -math.inf:
            continue
        for eid, ci in picks:
            key = lat.edges[eid][2]
            if key is not None:
                ch = lat.edges[eid][3][ci][0]
                per = using.setdefault(key, {})
                per[ch] = max(per.get(ch, -math.inf), through)
    reading, node = [], end
    while node != start:
        w = back[node]
        reading[:0] = [(lat.edges[e][2], lat.edges[e][3][c][0]) for e, c in w[2]]
        node = w[0]
    return best, [(k, ch) for k, ch in reading if k is not None], using


def decide(best: float, reading: list, using: dict) -> str:
    """The best reading, with LOST wherever a byte-consistent rival comes within MARGIN."""
    out = []
    for (seg, offset, length), ch in reading:
        other_lengths = [s for (g, _, n), per in using.items() if g == seg and n != length for s in per.values()]
        if other_lengths and best - max(other_lengths) < MARGIN:
            out.append(LOST)  # not even the number of characters here is certain
            continue
        rivals = [s for c, s in using[seg, offset, length].items() if c != ch]
        out.append(LOST if ch == LOST or (rivals and best - max(rivals) < MARGIN) else ch)
    return "".join(out)
