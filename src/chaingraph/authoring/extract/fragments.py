"""Whether a proposed label is a whole name or a piece of one.

The rule a label must pass is the build's own (facts.checks.label_problems: no unpaired bracket or
《》, no name that begins with a word that ends names, no joining word or list mark at either end),
so a draft never proposes a label its build would refuse. Extraction is stricter about the
characters a proposed name may open or close with (words.BAD_STARTS, BAD_ENDS): 运营中心 cut from
《…运营中心合作协议》 is no platform.
"""

from __future__ import annotations

from chaingraph.authoring.extract.tokens import in_dictionary
from chaingraph.authoring.extract.words import BAD_ENDS, BAD_STARTS
from chaingraph.facts.checks import ORGANISATION_ENDINGS, label_problems

# pieces of legal suffixes that only ever end a name, beyond the whole endings the build knows
SUFFIX_PIECES = ("有限", "股份有限", "责任公司", "集团有限")


def fragment_problem(name: str) -> str | None:
    """Why `name` is a fragment of a name, or None when it is whole.

    >>> fragment_problem("乐森机器人（深圳）有限公司") is None
    True
    >>> fragment_problem("运营中心的合作协议》")
    "'运营中心的合作协议》' holds a 《 or 》 without its partner"
    """
    if not name:
        return "empty"
    problems = label_problems(name, "zh", ORGANISATION_ENDINGS, None)
    if problems:
        return problems[0][0]
    if name[0] in BAD_STARTS and not _opening_word(name):
        return f"begins with {name[0]}"
    if name[-1] in BAD_ENDS:
        return f"ends with {name[-1]}"
    if name.startswith(SUFFIX_PIECES):
        return "begins with a piece of a legal suffix"
    return None


def _opening_word(name: str) -> bool:
    """Whether a joining character that opens the name is the first of a word jieba's dictionary holds, a
    place most often (和田, 和县, 和林格尔, 和龙): the name starts with that word, not with a conjunction."""
    return name[0] == "和" and any(in_dictionary(name[:n]) for n in range(2, min(len(name), 4) + 1))
