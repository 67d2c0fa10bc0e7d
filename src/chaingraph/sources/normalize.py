"""Turn a raw capture of a Chinese regional news article into clean Simplified text.

Captures come in several forms, often mixed: clean Simplified text, Traditional
text, Traditional with pinyin after characters (``區(qū)``), fullwidth punctuation
turned into ASCII, spans garbled by GBK bytes read one byte off, HTML remnants,
and site chrome (menus, share/login links, hot lists, source/editor footers).

Per raw line the pipeline is: HTML -> garble repair -> pinyin annotations ->
Traditional-to-Simplified (OpenCC t2s) -> punctuation.  Repair runs before the
annotation step because an annotation can follow a garbled span (``?,F(xiàn)``
only becomes ``。現(xiàn)`` once repaired).  Chrome is dropped per paragraph
afterwards, because its keywords are easiest to match in Simplified text.

Garble repair rule
------------------
How the capture garbled: the original GBK byte stream lost the lead byte of one
character (shown as ``?``); from there the capture's decoder (GB18030 two-byte
table) read pairs one byte off, each straddling two original characters.  Such
a shifted pair came out as a character, as nothing (a private-use code point,
which the capture dropped: the pair "vanished"), or as ``?`` (undecodable; the
``?`` ate both bytes).  Fullwidth ``！，：；？`` were ASCII-ized afterwards.

A span is a ``?`` right after a CJK character followed by GBK characters and
``! , : ; ?``.  Each token after the first ``?`` is a shifted pair (a mark is
read as its fullwidth bytes; a ``?`` as the bytes of ``？`` or as any
undecodable pair).  A reading is a sequence of original characters that
re-encodes to exactly those bytes:

* every surviving byte is fixed; the lost first lead ranges over all lead
  bytes; a byte inside a vanished pair ranges only over pairs the decoder drops
  (private use), a byte inside a ``?`` pair only over undecodable pairs;
* at most one pair vanished between two visible pairs (a second one would
  leave a character with no surviving byte, which nothing could restore), and
  a character needs at least one surviving byte;
* the span ends where the stream re-aligns, one of: (E1) the next character is
  ASCII 0x40-0x7E: it is the last character's trail byte; (E2) the last ``?``
  ate an ASCII byte the text still shows (the ``(`` of ``shí)`` or the ``<``
  of ``/p>``), which is put back; (E3) the line ends on a lone byte (``?``).
  A pinyin annotation on the last character (``F(xiàn)``, ``?shí)``) must be
  one of its readings;
* the characters fit the line's script: in a Traditional line only Big5
  characters (the capture is machine-converted Traditional, so 事迹 would have
  been written 事跡, whose bytes do not fit), in a Simplified line no
  Traditional-only ones.

Readings are scored as whole texts with their context (six characters either
side, in Simplified): the log-probability of the best segmentation under a
unigram model of jieba's dictionary, with a fixed prior for common CJK
punctuation, a bonus when a closing mark closes an opener left open in the
paragraph, and characters the model does not know merged into one LOST
candidate.  The search is exact: the readings form a lattice of byte states,
dictionary words are walked along it like a trie, and a forward/backward pass
gives, for every position and candidate, the best whole reading that uses it.
Positions are named by the visible pair they follow and their place there.

The span is repaired only if the best reading beats the literal one (``?`` as
``？``) by MARGIN.  Then a character is kept only if it beats every
byte-consistent rival at its position by MARGIN; otherwise it becomes LOST (〓).
Where a rival with a different number of characters (a vanished pair or not)
comes within MARGIN, the whole stretch becomes LOST; so does the whole span if
two ways to end it do.  A wrong character is the worst outcome, so ties are
always LOST.  The work is bounded deterministically: runs longer than MAX_SPAN,
spans beyond MAX_SPANS_PER_TEXT and spans searched after the text's
MAX_LOOKUPS_PER_TEXT dictionary look-ups are used up are left literal and
logged as "unrepaired" (marking them LOST could wipe out plain text with a
question mark, which only the search tells apart from a garble).

Other decisions
---------------
* Source footers (``来源：自贡网``), editor lines, share/login/report links,
  copyright lines, menus before the title and lists after a list header
  (热门排行, 相关阅读 ...) are dropped as "chrome"; anything else is kept.
* The closing credit ``（自贡融媒记者 ...）`` is split off as its own sentence of
  kind "byline".
* ``Normalized.summary()`` counts Change records per kind.  "converted" and
  "punctuation" are one record per paragraph (before/after the whole
  paragraph), "annotation" one per dropped annotation, "repaired"/"lost" one per
  span or lost character, "unrepaired" one per span left alone because of a
  bound, "html" one per line, "chrome" one per dropped line.
* OpenCC ``t2s`` keeps 著 as is; a small table (ZHE_RE) turns it into 着 where
  it is the aspect particle or starts a zhuó/zháo word (随着, 着力).
* ``normalize`` is memoized per input (LRU over the raw text or bytes).
"""

from __future__ import annotations

import html
import importlib.util
import logging
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LOST = "〓"
MARGIN = 1.5  # nats: a reading must be ~4.5x more likely than any rival

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〓"
CJK_RE = re.compile(f"[{CJK}]")
# Characters that count as "Chinese context" for punctuation decisions.
CJK_CONTEXT_RE = re.compile(f"[{CJK}\u3000-\u303f\uff01-\uff5e“”‘’…—·]")


@dataclass(frozen=True)
class Sentence:
    id: str
    text: str
    start: int
    end: int
    paragraph: int
    kind: str


@dataclass(frozen=True)
class Change:
    kind: str
    line: int
    before: str
    after: str


@dataclass(frozen=True)
class Normalized:
    text: str
    sentences: tuple[Sentence, ...]
    changes: tuple[Change, ...]

    def summary(self) -> dict[str, int]:
        return dict(Counter(c.kind for c in self.changes))


# ---------------------------------------------------------------- decoding


def _decode(raw: str | bytes, changes: list[Change]) -> str:
    if isinstance(raw, str):
        return raw
    for enc in ("utf-8", "gb18030"):
        try:
            return bytes(raw).decode(enc)
        except UnicodeDecodeError:
            pass
    # Neither decodes cleanly: keep the reading that loses fewer characters.
    texts = [bytes(raw).decode(enc, errors="replace") for enc in ("utf-8", "gb18030")]
    return min(texts, key=lambda t: t.count("\ufffd"))


def _clean_chars(text: str, changes: list[Change]) -> str:
    """Drop control characters; mark undecodable ones as LOST."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if ch == "\ufffd" or cat == "Cs":
            changes.append(Change("lost", line, ch if cat != "Cs" else "\\ud8xx", LOST))
            out.append(LOST)
        elif ch == "\t" or ch == "\xa0":
            out.append(" ")
        elif cat == "Cc" or ch in "\u2028\u2029\ufeff":
            continue
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- HTML

TAG_RE = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,500})?/?>", re.S)
BLOCK_TAGS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}


def _strip_html(line: str) -> str:
    def repl(m: re.Match) -> str:
        name = re.match(r"</?([A-Za-z0-9]*)", m.group(0))
        return "\n" if name and name.group(1).lower() in BLOCK_TAGS else ""

    text = TAG_RE.sub(repl, line) if "<" in line else line
    if "&" in text:
        # a character reference can name a control character (&#13;, &#x2028;) that decoding had
        # already dropped from the raw text: clean the unescaped text the same way
        text = _clean_chars(html.unescape(text), [])
    return text


# ---------------------------------------------------------------- pinyin

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PLAIN = "aaaaeeeeiiiioooouuuuvvvvvnnnm"
ANNOTATION_RE = re.compile(f"(?<=[{CJK}])[(（]([a-z{TONED}]{{1,7}}[1-5]?)[)）]")
# An annotation whose "(" was swallowed by a garbled span, right after it.
ORPHAN_TAG_RE = re.compile(r"/[A-Za-z][A-Za-z0-9]{0,9}>")
DANGLING_RE = re.compile(f"([a-z{TONED}]{{1,7}}[1-5]?)[)）]")


@lru_cache(maxsize=1)
def _pinyin_readings() -> dict[int, str]:
    """pypinyin's table of character readings (code point -> "shí,shi").

    Importing the pypinyin package also loads its large phrase table, which
    takes longer than everything else the normalizer does; only the character
    table (a plain module) is needed, so it is loaded on its own.
    """
    spec = importlib.util.find_spec("pypinyin")
    path = Path(spec.origin).with_name("pinyin_dict.py")
    module_spec = importlib.util.spec_from_file_location("_chaingraph_pinyin_dict", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.pinyin_dict


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    readings = {syl for value in _pinyin_readings().values() for syl in value.split(",")}
    return frozenset(_plain(syl) for syl in readings)


PLAIN_TABLE = str.maketrans(TONED, PLAIN)


def _plain(syl: str) -> str:
    return syl.translate(PLAIN_TABLE).rstrip("12345").replace("ü", "v")


def _is_syllable(s: str) -> bool:
    return _plain(s) in _syllables()


def _reads_as(ch: str, syllable: str) -> bool:
    """Whether a character has this reading (tones ignored: annotations are matched leniently)."""
    plain = _plain(syllable)
    return any(_plain(r) == plain for r in _pinyin_readings().get(ord(ch), "").split(",") if r)


def _strip_annotations(line: str, no: int, changes: list[Change]) -> str:
    if "(" not in line and "（" not in line:
        return line

    def repl(m: re.Match) -> str:
        if not _is_syllable(m.group(1)):
            return m.group(0)
        changes.append(Change("annotation", no, m.group(0), ""))
        return ""

    return ANNOTATION_RE.sub(repl, line)


# ---------------------------------------------------------------- garble repair

PUNCT_TO_FULL = {"!": "！", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？"}
SPAN_PUNCT = "!,:;?"  # ASCII-ized fullwidth marks that can stand for a shifted byte pair
COMMON_PUNCT = set("。，、；：？！“”‘’（）《》「」『』【】—…·")
PAIRS = {"”": "“", "’": "‘", "」": "「", "』": "『", "》": "《", "）": "（", "】": "【"}
UNKNOWN_PENALTY = -22.0
SYMBOL_PENALTY = -18.0
PUNCT_PRIOR = math.log(0.01)
CLOSE_BONUS = 5.0
CONTEXT = 6  # characters of context on each side that words may span
MAX_SPAN = 48  # tokens; a longer run is left as it is (and logged as "unrepaired")
MAX_SPANS_PER_TEXT = 64  # bound the work on adversarial input
MAX_LOOKUPS_PER_TEXT = 1_000_000  # dictionary look-ups of the word search (about 0.5 s)
SPAN_RUN_RE = re.compile(f"(?<=[{CJK}])\\?[^\\x00-\\x7f]*")

LEADS = frozenset(range(0x81, 0xFF))
TRAILS = frozenset([*range(0x40, 0x7F), *range(0x80, 0xFF)])
QUESTION_PAIR = (0xA3, 0xBF)  # the GBK bytes of "？"


@dataclass(frozen=True)
class _CaptureBytes:
    """How the capture's decoder treated every two-byte pair (GB18030 two-byte table).

    A pair is a character, a private-use code point (the capture dropped it: it
    "vanished"), or not decodable (shown as one "?" that ate both bytes).
    """

    chars: dict  # (lead, trail) -> character
    by_lead: dict  # lead -> ((trail, character), ...)
    by_trail: dict  # trail -> ((lead, character), ...)
    vanishing: tuple  # ((first bytes, second bytes), ...): product sets of dropped pairs
    undecodable: tuple  # the same for pairs shown as "?"


def _product_sets(pairs: set) -> tuple:
    """Split a set of byte pairs into a few (first bytes, second bytes) rectangles."""
    seconds: dict[int, set] = {}
    for a, b in pairs:
        seconds.setdefault(a, set()).add(b)
    by_seconds: dict[frozenset, set] = {}
    for a, bs in seconds.items():
        by_seconds.setdefault(frozenset(bs), set()).add(a)
    return tuple(sorted(((frozenset(a), b) for b, a in by_seconds.items()), key=lambda r: min(r[0])))


@lru_cache(maxsize=1)
def _capture_bytes() -> _CaptureBytes:
    # One decode for the whole table: pairs separated by newlines, so an invalid
    # pair resynchronises at its newline and every piece stands for one pair.
    pairs = [(a, b) for a in range(0x80, 0xFF) for b in range(0x40, 0xFF)]
    pieces = b"\n".join(bytes(p) for p in pairs).decode("gb18030", errors="replace").split("\n")
    decoded = list(zip(pairs, pieces, strict=True))
    # A shifted pair starts at an original trail byte and ends at the next lead.
    shifted = [(p, ch) for p, ch in decoded if p[0] in TRAILS and p[1] in LEADS]
    undecodable = {p for p, ch in shifted if len(ch) != 1 or ch == "\ufffd"}
    vanishing = {p for p, ch in shifted if len(ch) == 1 and "\ue000" <= ch <= "\uf8ff"}  # private use
    chars = {
        p: ch
        for p, ch in decoded
        if len(ch) == 1
        and ch not in ("\ufffd", LOST)
        and not "\ue000" <= ch <= "\uf8ff"
        and p[0] in LEADS
        and p[1] in TRAILS
    }
    by_lead: dict[int, list] = {}
    by_trail: dict[int, list] = {}
    for (a, b), ch in chars.items():
        by_lead.setdefault(a, []).append((b, ch))
        by_trail.setdefault(b, []).append((a, ch))
    return _CaptureBytes(
        chars,
        {k: tuple(v) for k, v in by_lead.items()},
        {k: tuple(v) for k, v in by_trail.items()},
        _product_sets(vanishing),
        _product_sets(undecodable),
    )


@lru_cache(maxsize=4096)
def _gbk_bytes(c: str) -> tuple[int, int] | None:
    try:
        b = c.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return (b[0], b[1]) if len(b) == 2 and (b[0], b[1]) in _capture_bytes().chars else None


@lru_cache(maxsize=4096)
def _byte_consistent(lead, trail) -> tuple[str, ...]:
    """Characters whose bytes fit (lead, trail); each is a byte or a frozenset of possible bytes."""
    table = _capture_bytes()
    if isinstance(lead, int) and isinstance(trail, int):
        ch = table.chars.get((lead, trail))
        return (ch,) if ch else ()
    if isinstance(lead, int):
        return tuple(ch for b, ch in table.by_lead.get(lead, ()) if b in trail)
    if isinstance(trail, int):
        return tuple(ch for a, ch in table.by_trail.get(trail, ()) if a in lead)
    # No surviving byte: only the decoder's behaviour around it narrows it down.
    return tuple(ch for b in sorted(trail) for a, ch in table.by_trail.get(b, ()) if a in lead)


@lru_cache(maxsize=1)
def _big5() -> frozenset[str]:
    """Every Big5 (cp950) character, from one decode of the whole two-byte table."""
    pairs = [bytes((a, b)) for a in range(0x81, 0xFF) for b in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]]
    return frozenset(b"\n".join(pairs).decode("cp950", errors="replace").split("\n"))


@lru_cache(maxsize=1)
def _simplified_chars() -> dict[str, str]:
    """Simplified form of every GBK character, from one OpenCC call (one character a line)."""
    chars = list(_capture_bytes().chars.values())
    simp = _t2s_plain("\n".join(chars)).split("\n")
    if len(simp) != len(chars):
        return {}
    return {c: s if len(s) == 1 else c for c, s in zip(chars, simp, strict=True)}


def _fits_script(ch: str, script: str | None) -> bool:
    """A Traditional line holds Big5 characters only; a Simplified one no Traditional-only ones."""
    if script == "trad":
        return ch in _big5()
    if script == "simp":
        return _simp_char(ch) == ch
    return True


@lru_cache(maxsize=4)
def _ranked_by_trail(script: str | None) -> dict[int, list[tuple[float, int]]]:
    """Per trail byte, (single-character score, lead) of the characters fitting a script, best first."""
    model = _model()
    ranked: dict[int, list[tuple[float, int]]] = {}
    for (a, b), ch in _capture_bytes().chars.items():
        if _fits_script(ch, script):
            ranked.setdefault(b, []).append((model.char(_simp_char(ch)), a))
    for entries in ranked.values():
        entries.sort(reverse=True)
    return ranked


@lru_cache(maxsize=8192)
def _candidates(lead, trail, script: str | None, syllable: str) -> tuple[tuple[str, str, float], ...]:
    """(character, Simplified form, single-character score) for one slot of a reading.

    Characters the word model does not know are merged into one LOST candidate:
    they can never be told apart, so if one of them wins the character is lost.
    """
    model = _model()
    known_bytes = isinstance(lead, int) and isinstance(trail, int)
    if not isinstance(lead, int) and not isinstance(trail, int):
        # No surviving byte: the character is lost whatever it was.  It counts
        # as its likeliest fitting character, alone (it cannot anchor a word).
        ranked = _ranked_by_trail(script)
        scores = [next((sc for sc, a in ranked.get(b, ()) if a in lead), -math.inf) for b in trail]
        best = max(scores, default=-math.inf)
        return ((LOST, LOST, best),) if best > -math.inf else ()
    out, rare = [], -math.inf
    for ch in _byte_consistent(lead, trail):
        if not _fits_script(ch, script) or (syllable and not _reads_as(ch, syllable)):
            continue
        simp = _simp_char(ch)
        score = model.char(simp)
        if score <= SYMBOL_PENALTY and not known_bytes:
            rare = max(rare, score)
            continue
        out.append((ch, simp, score))
    if rare > -math.inf:
        out.append((LOST, LOST, rare))
    return tuple(out)


class _Model:
    """Unigram word model over jieba's dictionary, used to rank readings."""

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.dt.check_initialized()
        # FREQ also holds every prefix of every word (with count 0): the word
        # search below walks it like a trie.
        self.freq = jieba.dt.FREQ
        self.log_total = math.log(jieba.dt.total)

    def word(self, w: str) -> float:
        """Log-probability of a dictionary word, -inf if it is none."""
        if len(w) == 1:
            return self.char(w)
        f = self.freq.get(w)
        return math.log(f) - self.log_total if f else -math.inf

    def char(self, c: str) -> float:
        f = self.freq.get(c)
        if f:
            return math.log(f) - self.log_total
        if c in COMMON_PUNCT:
            return PUNCT_PRIOR
        if c.isascii() and c.isalnum():
            return -8.0
        return UNKNOWN_PENALTY if CJK_RE.match(c) else SYMBOL_PENALTY


@lru_cache(maxsize=1)
def _model() -> _Model:
    return _Model()


def _simp_char(ch: str) -> str:
    simp = _simplified_chars().get(ch)
    if simp is None:
        out = _t2s(ch)
        simp = out if len(out) == 1 else ch
    return simp


class _Lattice:
    """Readings of a span as paths of character slots between byte-state nodes.

    Node ids are created in path order, so increasing ids are a topological order.
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
        model = _model()
        for ch in text:
            dst = self.node()
            simp = _simp_char(ch)
            self.slot(src, dst, None, ((ch, simp, model.char(simp)),))
            src = dst
        return src


@dataclass(frozen=True)
class _Variant:
    """One way the span can end (see the module docstring, "ends")."""

    anchors: tuple  # per shifted pair: alternatives ((first bytes, second bytes), ...)
    last_trail: object  # byte(s) of the last character's trail
    right: str  # the text after the span, as the reading continues
    syllable: str  # pinyin annotation on the last character, if any
    consumed: int  # raw characters of the line the variant covers after the span tokens
    restored: str  # an ASCII character the garble swallowed, put back


def _anchor(token: str) -> tuple:
    if token == "?":
        return (QUESTION_PAIR, *_capture_bytes().undecodable)
    pair = _gbk_bytes(PUNCT_TO_FULL.get(token, token))
    return (pair,) if pair else ()


def _build(left: str, variant: _Variant, script: str | None, opened: Counter):
    lat = _Lattice()
    start = lat.node()
    node = lat.chain(start, left)
    vanishing = _capture_bytes().vanishing
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


class _OutOfBudget(Exception):
    """The text's share of word-search work is used up."""


def _words(lat: _Lattice, opened: Counter, budget: list[int]) -> list[tuple[int, int, tuple, float]]:
    """Every dictionary word (and single character) along the lattice: (src, dst, picks, score)."""
    model = _model()
    freq, log_total = model.freq, model.log_total
    found = []

    def walk(origin: int, node: int, prefix: str, picks: tuple) -> None:
        for eid in lat.out[node]:
            _, dst, _, cands = lat.edges[eid]
            budget[1] -= len(cands)
            if budget[1] < 0:
                raise _OutOfBudget
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


def _solve(lat: _Lattice, start: int, end: int, opened: Counter, budget: list[int]):
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


def _decide(best: float, reading: list, using: dict) -> str:
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


def _fixed_score(text: str) -> float:
    """Best segmentation score of a fixed text (the literal reading of a span)."""
    model = _model()
    best = [0.0] + [-math.inf] * len(text)
    for i in range(len(text)):
        if best[i] == -math.inf:
            continue
        for j in range(i + 1, min(len(text), i + 12) + 1):
            piece = _t2s(text[i:j]) if j - i > 1 else _simp_char(text[i])
            if j - i > 1 and model.freq.get(piece) is None:
                break
            best[j] = max(best[j], best[i] + model.word(piece))
    return best[-1]


def _context(text: str) -> str:
    return ANNOTATION_RE.sub("", text)


def _span_tokens(line: str, start: int) -> tuple[list[str], int]:
    """Tokens of a candidate span starting at the '?' at `start`; returns (tokens, end)."""
    tokens, i = [], start
    while i < len(line) and len(tokens) <= MAX_SPAN:
        c = line[i]
        if c in SPAN_PUNCT or (not c.isascii() and _gbk_bytes(c) is not None):
            tokens.append(c)
            i += 1
        else:
            break
    return tokens, i


def _variants(line: str, tokens: list[str], end: int) -> list[_Variant]:
    """The ways a span of `tokens` ending at line[end] can re-align with the original bytes."""
    anchors = [_anchor(t) for t in tokens[1:]]
    if not all(anchors):
        return []
    out = []
    terminator = line[end] if end < len(line) else ""
    if terminator and 0x40 <= ord(terminator) <= 0x7E:
        # The byte at a shifted pair's start is ASCII: it was the last character's trail.
        m = LEADING_ANNOTATION_RE.match(line, end + 1)
        syllable = m.group(1) if m and _is_syllable(m.group(1)) else ""
        out.append(_Variant(tuple(anchors), ord(terminator), _right_context(line, end + 1), syllable, 1, ""))
    if tokens[-1] == "?" and len(tokens) > 2:
        restored = _dangling(line, end)
        if restored:
            # The last "?" was the last character's trail plus an ASCII byte it ate.
            m = DANGLING_RE.match(line, end)
            syllable = m.group(1) if restored == "(" else ""
            out.append(_Variant(tuple(anchors[:-1]), TRAILS, _right_context(line, end), syllable, 0, restored))
        elif end == len(line):
            # The line ended on a lone byte: the last character's trail.
            out.append(_Variant(tuple(anchors[:-1]), TRAILS, "", "", 0, ""))
    return out


def _line_script(line: str) -> str | None:
    """ "trad" or "simp" when the line's CJK characters clearly belong to one script."""
    trad = simp = 0
    for ch in CJK_RE.findall(line):
        if _simp_char(ch) != ch:
            trad += 1
        elif ch not in _big5():
            simp += 1
    if trad and trad >= 3 * simp:
        return "trad"
    if simp and simp >= 3 * trad:
        return "simp"
    return None


def _repair_line(line: str, no: int, changes: list[Change], budget: list[int]) -> str:
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
            lat, start, stop = _build(left, v, script, opened)
            result = _solve(lat, start, stop, opened, budget)
            if result:
                solved.append((result, v))
    except _OutOfBudget:
        changes.append(Change("unrepaired", no, line[j:end], line[j:end]))
        return None
    if not solved:
        return None
    solved.sort(key=lambda s: s[0][0], reverse=True)
    (best, reading, using), variant = solved[0]
    literal = "".join(PUNCT_TO_FULL.get(c, c) for c in tokens) + _context("中" + line[end:])[1 : 1 + CONTEXT]
    if best - _fixed_score(left + literal) < MARGIN:
        return None
    text = _decide(best, reading, using)
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
    if m and _is_syllable(m.group(1)):
        return "("
    return "<" if ORPHAN_TAG_RE.match(line, pos) else ""


LEADING_ANNOTATION_RE = re.compile(f"[(（]([a-z{TONED}]{{1,7}}[1-5]?)[)）]")


def _right_context(line: str, pos: int) -> str:
    text = _dangling(line, pos) + line[pos : pos + 40]
    text = TAG_RE.sub("", text)
    m = LEADING_ANNOTATION_RE.match(text)
    if m and _is_syllable(m.group(1)):
        text = text[m.end() :]
    return _context("中" + text)[1 : 1 + CONTEXT]  # a CJK anchor lets the annotation rule see the start


# ---------------------------------------------------------------- Traditional -> Simplified


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _t2s_cached(text: str) -> str:
    return _converter().convert(text)


def _t2s_plain(text: str) -> str:
    try:
        return _converter().convert(text)
    except Exception:  # OpenCC must never take the pipeline down
        return text


def _t2s(text: str) -> str:
    try:
        out = _t2s_cached(text) if len(text) < 64 else _converter().convert(text)
    except Exception:  # OpenCC must never take the pipeline down
        return text
    if len(out) != len(text):
        return text
    return ZHE_RE.sub("着", out) if "著" in out else out


# OpenCC t2s keeps 著 everywhere (随著), but Simplified writes 着 for the aspect
# particle and for zhuó/zháo words.  The tw2s config fixes those yet breaks the
# zhù words (显着, 编着, 着称), so t2s stays and only these cases are changed:
# 著 after a verb or preposition that takes the particle, unless a zhù word
# follows (著作, 著名 ...); and 著 starting 着手/着力/着眼/着重 ..., unless it
# ends a zhù word (显著, 编著 ...).
ZHE_RE = re.compile(
    "(?:(?<=[随接跟沿朝向看为有带拿等听穿戴本凭靠怀抱站坐躺笑盯望守挂留忙想说写做顺冲执衣沉当])"
    "|(?<=意味|围绕|伴随|面临|保持|存在|标志|蕴含|承载|肩负|代表|预示|发挥|关系|影响))著(?![作名称述录书者])"
    "|(?<![显卓昭彰名原编专论合遗土巨译新拙所])著(?=[手力眼重陆想实迷急落装])"
)


# ---------------------------------------------------------------- punctuation

PAREN_RE = re.compile(r"\(([^()\n]{0,200})\)")


def _is_cjk_ctx(ch: str) -> bool:
    return bool(ch) and bool(CJK_CONTEXT_RE.match(ch))


def _fix_punctuation(line: str) -> str:
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


# ---------------------------------------------------------------- per-line cleaning


def _clean_line(line: str, no: int, changes: list[Change], budget: list[int]) -> list[str]:
    stripped = _strip_html(line)
    if stripped != line:
        changes.append(Change("html", no, line, stripped))
    paragraphs = []
    for part in stripped.split("\n"):
        # Annotations go before repair (a "(qū)" hides the CJK char before a span)
        # and again after it (a repaired span can end in an annotated character).
        text = _strip_annotations(part, no, changes)
        text = _repair_line(text, no, changes, budget)
        text = _strip_annotations(text, no, changes)
        if "<" in text:  # a repair can restore the "<" of a tag it had swallowed
            text = _strip_html(text).replace("\n", "")
        simp = _t2s(text)
        if simp != text:
            changes.append(Change("converted", no, text, simp))
        punct = _fix_punctuation(simp)
        if punct != simp:
            changes.append(Change("punctuation", no, simp, punct))
        punct = re.sub(r"[ \t]+", " ", punct).strip()
        if punct:
            paragraphs.append(punct)
    return paragraphs


# ---------------------------------------------------------------- chrome

MENU_RE = re.compile(r"^[-*•·»]\s*\S.{0,14}$")
LIST_ITEM_RE = re.compile(r"^(?:[-*•·»]\s*\S|\d{1,2}\s*[.、．)）]\s*\S|\d{1,2}\S)")
LIST_HEADER_RE = re.compile(
    r"^(?:热门排行|热门推荐|热点推荐|热门文章|热门新闻|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|"
    r"猜你喜欢|更多新闻|更多阅读|排行榜|今日热点|精彩推荐)(?:榜)?[：:]?$"
)
CHROME_RE = re.compile(
    r"^(?:(?:来源|稿源|出处|责任编辑|编辑|责编|审核|校对|监制|终审|初审)\s*[：:]"
    r"|分享(?:到|至|让更多人看到|给朋友)?[：:]?$|.*扫一扫|.*扫码|.*(?:©|copyright|版权所有)"
    r"|(?:上一篇|下一篇)|(?:登录|注册|举报|返回顶部|打印本页|关闭窗口|收藏|字号)"
    r"|(?:首页|English|民文)$)",
    re.I,
)
MAX_CHROME_LEN = 60


def _is_chrome(text: str) -> bool:
    return len(text) <= MAX_CHROME_LEN and bool(CHROME_RE.match(text))


def _drop_chrome(paragraphs: list[tuple[int, str]], changes: list[Change]) -> list[tuple[int, str]]:
    kept: list[tuple[int, str]] = []
    seen_title = in_list = False
    for no, text in paragraphs:
        menu = not seen_title and (MENU_RE.match(text) or _is_chrome(text))
        if in_list and LIST_ITEM_RE.match(text) and len(text) <= MAX_CHROME_LEN:
            drop = True
        else:
            in_list = bool(LIST_HEADER_RE.match(text))
            drop = bool(menu or in_list or (seen_title and _is_chrome(text)))
        if drop:
            changes.append(Change("chrome", no, text, ""))
            continue
        seen_title = True
        kept.append((no, text))
    return _drop_trailing_list(kept, changes)


def _drop_trailing_list(kept: list[tuple[int, str]], changes: list[Change]) -> list[tuple[int, str]]:
    """A run of 3+ short "- item" lines closing the page is a headerless link list."""
    n = start = len(kept)
    while start > 1 and re.match(r"^[-*•·»]\s*\S", kept[start - 1][1]) and len(kept[start - 1][1]) <= 40:
        start -= 1
    if n - start < 3:
        return kept
    changes.extend(Change("chrome", no, text, "") for no, text in kept[start:])
    return kept[:start]


# ---------------------------------------------------------------- sentences

CAPTION_RE = re.compile(
    r"(?:(?:记者|通讯员|摄影|摄)\s*[\u4e00-\u9fff·]{2,8}(?:\s+[\u4e00-\u9fff·]{2,8})*\s*摄(?:影)?$"
    r"|摄影[：:]|图片来源|供图[）)]?$|[（(](?:图|资料图|图片)[）)]|^图为)"
)
BYLINE_RE = re.compile(
    r"^[^，。；！？：]{0,14}(?:时间|地点|点位|日期|记者|作者|通讯员)[^，。；！？：]{0,4}[：:].{1,40}$"
)
CREDIT_RE = re.compile(r"^[（(][^（）()]{0,40}(?:记者|通讯员|编辑|作者|摄)[^（）()]{0,40}[）)]$")
ENDERS = "。！？；"
CLOSERS = "”’」』）》】"


def _paragraph_kind(text: str, first: bool) -> str:
    if first:
        return "title"
    if len(text) <= 80 and CAPTION_RE.search(text):
        return "caption"
    if BYLINE_RE.match(text) or CREDIT_RE.match(text):
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


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of normalized text; the first non-empty paragraph is the title."""
    out: list[Sentence] = []
    offset, first = 0, True
    for pno, para in enumerate(text.split("\n"), 1):
        if para.strip():
            kind = _paragraph_kind(para.strip(), first)
            first = False
            whole = kind != "body"
            for s, e in [(0, len(para))] if whole else _pieces(para):
                out.extend(_sentence(para, s, e, offset, pno, kind, len(out)))
        offset += len(para) + 1
    return tuple(out)


def _sentence(para: str, s: int, e: int, offset: int, pno: int, kind: str, count: int) -> list[Sentence]:
    piece = para[s:e]
    lead = len(piece) - len(piece.lstrip())
    body = piece.strip()
    if not body:
        return []
    if kind == "body" and CREDIT_RE.match(body):
        kind = "byline"
    start = offset + s + lead
    return [Sentence(f"s{count + 1:03d}", body, start, start + len(body), pno, kind)]


# ---------------------------------------------------------------- entry point


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
    text = _clean_chars(_decode(raw, changes), changes)
    budget = [MAX_SPANS_PER_TEXT, MAX_LOOKUPS_PER_TEXT]
    paragraphs = []
    for no, line in enumerate(text.split("\n"), 1):
        paragraphs.extend((no, p) for p in _clean_line(line, no, changes, budget))
    kept = _drop_chrome(paragraphs, changes)
    body = "".join(p + "\n" for _, p in kept)
    return Normalized(body, split_sentences(body), tuple(changes))
