"""What the capture's decoder made of every two-byte GBK pair, and the character tables the
repair reads bytes through (GBK, Big5, each character's Simplified form).

Every table comes from one decode of the whole two-byte range and is built once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from chaingraph.sources.cleaning import LOST, PUNCT_TO_FULL
from chaingraph.sources.simplify import t2s, t2s_plain

LEADS = frozenset(range(0x81, 0xFF))
TRAILS = frozenset([*range(0x40, 0x7F), *range(0x80, 0xFF)])
QUESTION_PAIR = (0xA3, 0xBF)  # the GBK bytes of "？"


@dataclass(frozen=True)
class CaptureBytes:
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
def capture_bytes() -> CaptureBytes:
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
    return CaptureBytes(
        chars,
        {k: tuple(v) for k, v in by_lead.items()},
        {k: tuple(v) for k, v in by_trail.items()},
        _product_sets(vanishing),
        _product_sets(undecodable),
    )


@lru_cache(maxsize=4096)
def gbk_bytes(c: str) -> tuple[int, int] | None:
    """The two GBK bytes of a character, None for any other character."""
    try:
        b = c.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return (b[0], b[1]) if len(b) == 2 and (b[0], b[1]) in capture_bytes().chars else None


def anchor(token: str) -> tuple:
    """The byte pairs a span token can stand for: a "?" any undecodable pair (or "？"), a mark its fullwidth form."""
    if token == "?":
        return (QUESTION_PAIR, *capture_bytes().undecodable)
    pair = gbk_bytes(PUNCT_TO_FULL.get(token, token))
    return (pair,) if pair else ()


@lru_cache(maxsize=4096)
def byte_consistent(lead, trail) -> tuple[str, ...]:
    """Characters whose bytes fit (lead, trail); each is a byte or a frozenset of possible bytes."""
    table = capture_bytes()
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
def big5() -> frozenset[str]:
    """Every Big5 (cp950) character, from one decode of the whole two-byte table."""
    pairs = [bytes((a, b)) for a in range(0x81, 0xFF) for b in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]]
    return frozenset(b"\n".join(pairs).decode("cp950", errors="replace").split("\n"))


@lru_cache(maxsize=1)
def _simplified_chars() -> dict[str, str]:
    """Simplified form of every GBK character, from one OpenCC call (one character a line)."""
    chars = list(capture_bytes().chars.values())
    simp = t2s_plain("\n".join(chars)).split("\n")
    if len(simp) != len(chars):
        return {}
    return {c: s if len(s) == 1 else c for c, s in zip(chars, simp, strict=True)}


def simp_char(ch: str) -> str:
    """The Simplified form of one character (the character itself when it has none)."""
    simp = _simplified_chars().get(ch)
    if simp is None:
        out = t2s(ch)
        simp = out if len(out) == 1 else ch
    return simp
