"""Pinyin for the page's search, spelled by the page from one reading per character.

The search box matches names by their pinyin, joined and as initials (`jiananengyuan`, `jnny`:
`analysis.resolve.pinyin_keys`). pypinyin reads a name by its phrases (重庆 is chongqing, not
zhongqing), at a cost of a call per name: seconds for a region of 20,000 names, and 80 bytes per
entity if the page carried the keys. But nearly every name reads as its characters' first
readings one after the other, so the page gets a table of those readings (a few hundred
characters) and spells names itself. A name can read otherwise only if it holds a phrase that
pypinyin reads otherwise (found by one pattern of those phrases, the ones the page's characters
can make, gathered once per page); only such names are spelled by pypinyin here, and those it
spells otherwise are carried with their keys.
`static/explorer-search.js` spells the rest the way `spelled_by_characters` does.

>>> table = spelling_table(["珈钠能源", "重庆"])
>>> table["chars"]["钠"], table["names"]
('na', {'重庆': ['chongqing', 'cq']})
>>> sorted(spelled_by_characters("珈钠能源", table["chars"]))
['jiananengyuan', 'jnny']
"""

from __future__ import annotations

import re

from chaingraph.analysis.resolve import pinyin_keys


def spelling_table(names) -> dict:
    """{"chars": {character: reading}, "names": {name: keys}} for these names: every character
    with a reading, and the names whose keys are not their characters' readings joined."""
    names = set(filter(None, names))
    chars = {c: reading for c in sorted(set("".join(names))) if (reading := _reading(c)) is not None}
    phrases = _other_readings(frozenset(chars))
    found = {}
    if phrases:
        # Which names hold one of the phrases, by one pattern searched in C (98 phrases for the
        # 24,700 names of a 20,000-entity region), rather than each name's substrings looked up.
        holds = re.compile("|".join(map(re.escape, sorted(phrases, key=lambda p: (-len(p), p))))).search
        for name in sorted(name for name in names if holds(name)):
            keys = pinyin_keys([name])
            if keys != spelled_by_characters(name, chars):
                found[name] = sorted(keys)
    return {"chars": chars, "names": found}


def spelled_by_characters(name: str, chars: dict[str, str]) -> set[str]:
    """A name's keys from its characters' readings; what is not a character with a reading
    (Latin letters, digits, punctuation) counts as one word per run, lower case, without spaces,
    as pypinyin leaves it. No keys without a Chinese character."""
    words, run, chinese = [], "", False

    def flush(run: str) -> None:
        if run.strip():
            words.append(run.lower().replace(" ", ""))

    for c in name:
        reading = chars.get(c)
        if reading is None:
            run += c
            continue
        flush(run)
        run, chinese = "", True
        words.append(reading)
    flush(run)
    if not chinese:
        return set()
    return {"".join(words), "".join(w[0] for w in words if w)}


def _reading(c: str) -> str | None:
    """A character's first reading without tone (ü as v), or None when it has none (not Chinese):
    what pypinyin's `lazy_pinyin(c)` gives, read from its dictionary without its segmenter (checked
    character by character over the whole dictionary in tests/test_explorer_pinyin.py)."""
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.contrib.tone_convert import to_normal

    readings = PINYIN_DICT.get(ord(c))
    return to_normal(readings.split(",")[0]).lower() if readings else None


def _other_readings(chars: frozenset[str]) -> frozenset[str]:
    """The phrases made of `chars` that pypinyin reads other than as their characters' first
    readings."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    phrases = set()
    for phrase, readings in PHRASES_DICT.items():
        if phrase[0] not in chars or not chars.issuperset(phrase):
            continue  # no name holds it
        if [r[0] if r else "" for r in readings] != [PINYIN_DICT.get(ord(c), "").split(",")[0] for c in phrase]:
            phrases.add(phrase)
    return frozenset(phrases)
