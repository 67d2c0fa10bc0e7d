"""Whether a proposed label is a whole name or a piece of one: a name never begins with a legal
suffix or a function word, never ends with a function word, and never holds half of a pair of
brackets or a 《 without its 》 (运营中心 cut from 《…运营中心合作协议》 is no platform).
"""

from __future__ import annotations

from chaingraph.authoring.extract.words import BAD_ENDS, BAD_STARTS

# what only ever ends a name
SUFFIX_STARTS = ("有限", "公司", "股份有限", "责任公司", "集团有限", "管委会", "委员会")
PAIRS = ("《》", "（）", "()", "“”", "【】")


def fragment_problem(name: str) -> str | None:
    """Why `name` is a fragment of a name, or None when it is whole."""
    if not name:
        return "empty"
    if name[0] in BAD_STARTS:
        return f"begins with {name[0]}"
    if name[-1] in BAD_ENDS:
        return f"ends with {name[-1]}"
    if name.startswith(SUFFIX_STARTS):
        return "begins with a suffix"
    for left, right in PAIRS:
        if name.count(left) != name.count(right) or name.find(right) < name.find(left):
            return f"holds {left} without {right}" if name.count(left) > name.count(right) else \
                f"holds {right} without {left}"
    return None
