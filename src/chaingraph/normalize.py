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
A span starts at an ASCII ``?`` right after a CJK character and runs over the
following CJK characters and ASCII punctuation.  It is read as the capture's
shifted decoding: the ``?`` is an undecodable byte, each following character is
a GBK byte pair straddling two original characters, and the span ends where the
stream re-aligns (an ASCII byte 0x40-0x7E that was really a trail byte, or any
other ASCII/the line end at a character boundary).  Because punctuation was
ASCII-ized after garbling, ``! , : ; ( )`` inside a span are mapped back to
their fullwidth GBK bytes, and each further ``?`` is either another unknown
byte or an ASCII-ized ``？``.  A byte pair that decoded to a private-use
character may have vanished from the capture, so a "gap" of one such pair may
be inserted between characters (at a cost, at most three per span).

Every reading is scored with a unigram word model: the log-probability of the
best segmentation with jieba's dictionary (candidates compared in Simplified),
a fixed prior for common CJK punctuation, a large penalty for rare symbols and
unknown characters, and a bonus when a closing mark (” ’ 」 』 》 ）】) closes an
opener left open earlier in the paragraph (quote balancing).  The literal
reading (``?`` as ``？``) is scored the same way.  The span is repaired only if
the best repair beats the literal reading by MARGIN; then, for each position,
the character is kept only if no other reading within MARGIN of the best has a
different character there.  Positions that fail this test get LOST (〓): a
missing byte is never guessed, it is accepted only when exactly one candidate
clearly fits (e.g. only 。 pairs with trail 0xA3 into common punctuation, and
no hanzi fits the neighbouring words better).  If competing readings differ in
length, the whole span becomes LOST.

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
  span or lost character, "html" one per line, "chrome" one per dropped line.
"""

from __future__ import annotations

import html
import logging
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

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
        text = html.unescape(text).replace("\xa0", " ")
    return text


# ---------------------------------------------------------------- pinyin

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PLAIN = "aaaaeeeeiiiioooouuuuvvvvvnnnm"
ANNOTATION_RE = re.compile(f"(?<=[{CJK}])[(（]([a-z{TONED}]{{1,7}}[1-5]?)[)）]")
# An annotation whose "(" was swallowed by a garbled span, right after it.
ORPHAN_TAG_RE = re.compile(r"/[A-Za-z][A-Za-z0-9]{0,9}>")
DANGLING_RE = re.compile(f"([a-z{TONED}]{{1,7}}[1-5]?)[)）]")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    from pypinyin.pinyin_dict import pinyin_dict

    found = set()
    for value in pinyin_dict.values():
        for syl in value.split(","):
            found.add(_plain(syl))
    return frozenset(found)


def _plain(syl: str) -> str:
    table = str.maketrans(TONED, PLAIN)
    return syl.translate(table).rstrip("12345").replace("v", "ü").replace("ü", "v")


def _is_syllable(s: str) -> bool:
    return _plain(s) in _syllables()


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
COMMON_PUNCT = set("。，、；：？！“”‘’（）《》「」『』【】—…·")
PAIRS = {"”": "“", "’": "‘", "」": "「", "』": "『", "》": "《", "）": "（", "】": "【"}
UNKNOWN_PENALTY = -22.0
SYMBOL_PENALTY = -18.0
PUNCT_PRIOR = math.log(0.01)
CLOSE_BONUS = 5.0
GAP_COST = -4.0
MAX_GAPS = 3
MAX_SPAN = 40
BEAM = 60
MAX_SPANS_PER_TEXT = 64  # bound the work on adversarial input

ANY_LEAD = frozenset(range(0x81, 0xFF))
ANY_TRAIL = frozenset(b for b in range(0x40, 0xFF) if b != 0x7F)
# User-defined GBK areas decode to private-use characters that the capture lost:
# (trail byte of the previous real character, lead byte of the next one).
GAPS = (
    (frozenset([*range(0xAA, 0xB0), *range(0xF8, 0xFF)]), frozenset(range(0xA1, 0xFF))),
    (frozenset(range(0xA1, 0xA8)), frozenset(b for b in range(0x40, 0xA1) if b != 0x7F)),
)


@lru_cache(maxsize=1)
def _gbk_table() -> tuple[dict, dict, dict]:
    """All valid two-byte GBK characters, indexed by pair, lead and trail."""
    by_pair, by_lead, by_trail = {}, {}, {}
    for lead in range(0x81, 0xFF):
        for trail in ANY_TRAIL:
            try:
                ch = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(ch) != 1 or ch == LOST or unicodedata.category(ch) == "Co":
                continue
            by_pair[lead, trail] = ch
            by_lead.setdefault(lead, []).append((trail, ch))
            by_trail.setdefault(trail, []).append((lead, ch))
    return by_pair, by_lead, by_trail


@lru_cache(maxsize=4096)
def _pair_chars(lead, trail) -> list[str]:
    by_pair, by_lead, by_trail = _gbk_table()
    if isinstance(lead, int) and isinstance(trail, int):
        ch = by_pair.get((lead, trail))
        return [ch] if ch else []
    if isinstance(trail, int):
        found = [ch for b, ch in by_trail.get(trail, ()) if b in lead]
    elif isinstance(lead, int):
        found = [ch for b, ch in by_lead.get(lead, ()) if b in trail]
    else:
        return []  # two unknown bytes in a row: too open to say anything
    # An unknown byte can only be restored to a character the model knows;
    # anything rarer could never be told apart from its rivals anyway.
    model = _model()
    return [ch for ch in found if model.char(_simp_char(ch)) > SYMBOL_PENALTY]


class _Model:
    """Unigram word model over jieba's dictionary, used to rank readings."""

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.dt.check_initialized()
        self.freq = jieba.dt.FREQ
        self.log_total = math.log(jieba.dt.total)

    @lru_cache(maxsize=65536)  # noqa: B019 - one model per process
    def word(self, w: str) -> float:
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


class _Reading:
    """A partial reading: Simplified text so far plus the segmentation DP tail."""

    __slots__ = ("chars", "simp", "best", "score", "pending", "gaps", "used")

    def __init__(self, chars="", simp="", best=(0.0,), score=0.0, pending=None, gaps=0):
        self.chars, self.simp, self.best = chars, simp, best
        self.score, self.pending, self.gaps = score, pending, gaps
        self.used = False  # whether the terminator byte was read as a trail byte

    def _is_open(self, opener: str, closer: str, opened: Counter) -> bool:
        opens = opened[opener] + self.chars.count(opener)
        return opens > opened[closer] + self.chars.count(closer)

    def extend(self, ch: str, opened: Counter, bonus_ok: bool = True) -> _Reading:
        model = _model()
        s = self.simp + _simp_char(ch)
        n = len(s)
        best_n = max(self.best[-k] + model.word(s[n - k :]) for k in range(1, min(6, len(self.best)) + 1))
        if bonus_ok and ch in PAIRS and self._is_open(PAIRS[ch], ch, opened):
            best_n += CLOSE_BONUS
        best = (self.best + (best_n,))[-7:]
        delta = best_n - self.best[-1]
        return _Reading(self.chars + ch, s, best, self.score + delta, self.pending, self.gaps)


def _simp_char(ch: str) -> str:
    out = _t2s(ch)
    return out if len(out) == 1 else ch


def _span_tokens(line: str, start: int) -> tuple[list[str], int]:
    """Characters of a candidate span starting at the '?' at `start`; returns (chars, end)."""
    chars, i = [], start
    while i < len(line) and len(chars) < MAX_SPAN:
        c = line[i]
        if c in "!,:;?" or (not c.isascii() and _gbk_bytes(c) is not None):
            chars.append(c)
            i += 1
        else:
            break
    return chars, i


@lru_cache(maxsize=4096)
def _gbk_bytes(c: str) -> bytes | None:
    try:
        b = c.encode("gbk")
    except UnicodeEncodeError:
        return None
    return b if len(b) == 2 else None


def _byte_options(c: str, first: bool) -> list[tuple]:
    """Alternative byte slots for one span character (int = known, frozenset = unknown)."""
    if c == "?" and first:
        return [(ANY_LEAD,)]  # the span starts with the undecodable byte
    if c == "?":
        return [(ANY_TRAIL | ANY_LEAD,), tuple(_gbk_bytes("？"))]
    if c in PUNCT_TO_FULL:
        return [tuple(_gbk_bytes(PUNCT_TO_FULL[c]))]
    return [tuple(_gbk_bytes(c))]


def _feed(r: _Reading, slot, opened: Counter) -> list[_Reading]:
    """Add one byte slot; a completed pair branches into its candidate characters."""
    if r.pending is None:
        if isinstance(slot, int) and slot < 0x81:
            return []
        if not isinstance(slot, int):
            slot = slot & ANY_LEAD
        return [_Reading(r.chars, r.simp, r.best, r.score, slot, r.gaps)]
    base = _Reading(r.chars, r.simp, r.best, r.score, None, r.gaps)
    return [base.extend(ch, opened) for ch in _pair_chars(r.pending, slot)]


def _prune(readings: list[_Reading]) -> list[_Reading]:
    readings.sort(key=lambda r: r.score, reverse=True)
    return readings[:BEAM]


def _search(chars: list[str], terminator: str, left: str, rights: tuple, opened: Counter) -> list[_Reading]:
    """Beam search over the shifted-byte readings of a span; returns complete readings."""
    start = _Reading()
    for ch in left[-6:]:
        start = start.extend(ch, opened, bonus_ok=False)
    start = _Reading("", start.simp, start.best, 0.0)
    beam = [start]
    for idx, c in enumerate(chars):
        nxt: list[_Reading] = []
        for r in beam:
            for opt in _byte_options(c, idx == 0):
                states = [r]
                for slot in opt:
                    states = [s2 for s in states for s2 in _feed(s, slot, opened)]
                nxt.extend(states)
        if 0 < idx < len(chars) - 1 and c != "?":
            nxt.extend(_with_gap(nxt, opened))
        beam = _prune(nxt)
    done = []
    for r in beam:
        if r.pending is None:
            done.append(r)
        elif _is_trail(terminator):
            for t in _feed(r, ord(terminator), opened):
                t.used = True
                done.append(t)
    return _finish(done, rights, opened)


def _is_trail(ch: str) -> bool:
    return bool(ch) and 0x40 <= ord(ch) <= 0x7E


def _with_gap(readings: list[_Reading], opened: Counter) -> list[_Reading]:
    out = []
    for r in readings:
        if r.gaps >= MAX_GAPS or not isinstance(r.pending, int):
            continue
        for trail_set, lead_set in GAPS:
            for s in _feed(r, trail_set, opened):
                out.append(_Reading(s.chars, s.simp, s.best, s.score + GAP_COST, lead_set, r.gaps + 1))
    return _prune(out)


def _finish(done: list[_Reading], rights: tuple, opened: Counter) -> list[_Reading]:
    """Score each reading together with the text that follows it."""
    for r in done:
        tail = r
        for ch in rights[r.used][:6]:
            tail = tail.extend(ch, opened, bonus_ok=False)
        r.score = tail.score
    return done


def _literal_score(chars: list[str], left: str, right: str, opened: Counter) -> float:
    text = "".join(PUNCT_TO_FULL.get(c, c) for c in chars)
    r = _Reading()
    for ch in left[-6:]:
        r = r.extend(ch, opened, bonus_ok=False)
    r = _Reading("", r.simp, r.best, 0.0)
    for ch in text + right[:6]:
        r = r.extend(ch, opened)
    return r.score


def _decide(readings: list[_Reading]) -> tuple[str, bool]:
    """Best reading, with LOST wherever a rival within MARGIN disagrees."""
    best: dict[tuple[str, bool], float] = {}
    for r in readings:
        key = (r.chars, r.used)
        best[key] = max(r.score, best.get(key, -math.inf))
    ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)
    (top, used), top_score = ranked[0]
    rivals = [key for key, s in ranked[1:] if top_score - s < MARGIN]
    if any(len(t) != len(top) or u != used for t, u in rivals):
        return LOST * len(top), used
    return "".join(LOST if any(t[i] != c for t, _ in rivals) else c for i, c in enumerate(top)), used


def _context(text: str) -> str:
    return ANNOTATION_RE.sub("", text)


def _repair_line(line: str, no: int, changes: list[Change], budget: list[int]) -> str:
    if "?" not in line:
        return line
    out, i = [], 0
    while i < len(line):
        j = line.find("?", i)
        if j < 0:
            break
        fixed = None
        if budget[0] > 0 and (j == 0 or CJK_CONTEXT_RE.match(line[j - 1])):
            # Left context is the already repaired text, so quotes opened by an
            # earlier repair count for quote balancing.
            fixed = _repair_span(line, j, "".join(out) + line[i:j], no, changes, budget)
        if fixed is None:
            out.append(line[i : j + 1])
            i = j + 1
            continue
        text, end = fixed
        out.append(line[i:j] + text)
        i = end
    out.append(line[i:])
    return "".join(out)


def _repair_span(line: str, j: int, prefix: str, no: int, changes: list[Change], budget: list[int]):
    """Try to repair the span at line[j]; returns (text, end) or None to keep it literal."""
    chars, end = _span_tokens(line, j)
    if len(chars) < 2:
        return None
    budget[0] -= 1
    terminator = line[end] if end < len(line) else ""
    left = _context(prefix)
    rights = (_right_context(line, end), _right_context(line, end + 1))
    opened = Counter(left)
    readings = _search(chars, terminator, left, rights, opened)
    if not readings:
        return None
    best = max(r.score for r in readings)
    if best - _literal_score(chars, left, _context(line[end:]), opened) < MARGIN:
        return None
    text, used = _decide(readings)
    after = end + used
    before = line[j:after]
    text += _dangling(line, after)
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


LEADING_ANNOTATION_RE = re.compile(f"^[(（]([a-z{TONED}]{{1,7}}[1-5]?)[)）]")


def _right_context(line: str, pos: int) -> str:
    text = _dangling(line, pos) + line[pos : pos + 40]
    text = TAG_RE.sub("", text)
    m = LEADING_ANNOTATION_RE.match(text)
    if m and _is_syllable(m.group(1)):
        text = text[m.end() :]
    return _context("中" + text)[1:]  # a CJK anchor lets the annotation rule see the start


# ---------------------------------------------------------------- Traditional -> Simplified


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _t2s_cached(text: str) -> str:
    return _converter().convert(text)


def _t2s(text: str) -> str:
    try:
        out = _t2s_cached(text) if len(text) < 64 else _converter().convert(text)
    except Exception:  # OpenCC must never take the pipeline down
        return text
    return out if len(out) == len(text) else text


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
    """Clean a raw capture into Simplified text with sentences and a change log."""
    changes: list[Change] = []
    if not isinstance(raw, (str, bytes, bytearray, memoryview)):
        raw = str(raw)
    text = _clean_chars(_decode(raw, changes), changes)
    budget = [MAX_SPANS_PER_TEXT]
    paragraphs = []
    for no, line in enumerate(text.split("\n"), 1):
        paragraphs.extend((no, p) for p in _clean_line(line, no, changes, budget))
    kept = _drop_chrome(paragraphs, changes)
    body = "".join(p + "\n" for _, p in kept)
    return Normalized(body, split_sentences(body), tuple(changes))
