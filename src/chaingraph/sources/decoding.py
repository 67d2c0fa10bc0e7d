"""Raw capture to characters: bytes decoded as UTF-8 or GB18030, control characters dropped,
undecodable ones marked LOST (the first step of the normalizer).
"""

from __future__ import annotations

import unicodedata

from chaingraph.sources.cleaning import LOST, Change


def decode(raw: str | bytes) -> str:
    """Text of a capture: as given, or its bytes as UTF-8, else GB18030 (what Chinese sites send)."""
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


def clean_chars(text: str, changes: list[Change]) -> str:
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
