"""Pinyin annotations after characters (``區(qū)``): recognised against pypinyin's table of
readings and dropped. The garble repair also uses the readings: an annotation on a garbled
character must be one of that character's readings.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from chaingraph.sources.cleaning import CJK, Change

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PLAIN = "aaaaeeeeiiiioooouuuuvvvvvnnnm"
PLAIN_TABLE = str.maketrans(TONED, PLAIN)
ANNOTATION_RE = re.compile(f"(?<=[{CJK}])[(（]([a-z{TONED}]{{1,7}}[1-5]?)[)）]")
# An annotation at the start of a text, or one whose "(" a garbled span swallowed.
LEADING_ANNOTATION_RE = re.compile(f"[(（]([a-z{TONED}]{{1,7}}[1-5]?)[)）]")
DANGLING_RE = re.compile(f"([a-z{TONED}]{{1,7}}[1-5]?)[)）]")
# 黨[dǎng]蔘[shēn]: a repost that puts its readings in square brackets; dropped only where the reading is the
# character's own, as a bracketed word after a character ([en], [a]) may be something else
SQUARE_ANNOTATION_RE = re.compile(f"(?<=([{CJK}]))\\[([a-z{TONED}]{{1,7}}[1-5]?)\\]")


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


def _plain(syl: str) -> str:
    return syl.translate(PLAIN_TABLE).rstrip("12345").replace("ü", "v")


def is_syllable(s: str) -> bool:
    return _plain(s) in _syllables()


def reads_as(ch: str, syllable: str) -> bool:
    """Whether a character has this reading (tones ignored: annotations are matched leniently)."""
    plain = _plain(syllable)
    return any(_plain(r) == plain for r in _pinyin_readings().get(ord(ch), "").split(",") if r)


def strip_annotations(line: str, no: int, changes: list[Change]) -> str:
    """The line without the pinyin annotations after its characters, each logged as a change."""
    if "(" not in line and "（" not in line and "[" not in line:
        return line

    def repl(m: re.Match) -> str:
        if not is_syllable(m.group(1)):
            return m.group(0)
        changes.append(Change("annotation", no, m.group(0), ""))
        return ""

    def square(m: re.Match) -> str:
        if not reads_as(m.group(1), m.group(2)):
            return m.group(0)
        changes.append(Change("annotation", no, m.group(0), ""))
        return ""

    return SQUARE_ANNOTATION_RE.sub(square, ANNOTATION_RE.sub(repl, line))
