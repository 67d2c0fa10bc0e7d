"""Whether a proposed label is a whole name or a piece of one.

The rule a label must pass is the build's own (facts.checks.label_problems: no unpaired bracket or
《》, no name that begins with a word that ends names, no joining word or list mark at either end),
so a draft never proposes a label its build would refuse. Extraction is stricter about the
characters a proposed name may open or close with (words.BAD_STARTS, BAD_ENDS): 运营中心 cut from
《…运营中心合作协议》 is no platform.
"""

from __future__ import annotations

from chaingraph.authoring.counties import function_stems
from chaingraph.authoring.dictionary import place_tag
from chaingraph.authoring.extract.words import BAD_ENDS, BAD_STARTS
from chaingraph.authoring.gazetteer import generic_regions
from chaingraph.facts.checks import ORGANISATION_ENDINGS, TRADE_WORDS, label_problems

# pieces of legal suffixes that only ever end a name, beyond the whole endings the build knows
SUFFIX_PIECES = ("有限", "股份有限", "责任公司", "集团有限")
# counties and prefectures whose names open on 和 that jieba's dictionary does not tag as places (ns)
HE_PLACES = frozenset({"和田", "和林格尔", "和龙", "和顺", "和政", "和静", "和硕", "和布克赛尔"})


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
    if name[0] in BAD_STARTS and not _opening_word(name) and not name.startswith(TRADE_WORDS):  # (等静压石墨项目)
        return f"begins with {name[0]}"
    if name[-1] in BAD_ENDS:
        return f"ends with {name[-1]}"
    if name.startswith(SUFFIX_PIECES):
        return "begins with a piece of a legal suffix"
    return None


# what the full name of a region ends with (那曲市, 都匀市, 即墨区)
REGION_ENDINGS = ("市", "州", "县", "区", "旗", "盟")


def _opening_word(name: str) -> bool:
    """Whether a 和 that opens the name is the first character of a place (和田, 和县, 和林格尔, 和龙): the name
    starts with that place, not with a conjunction. Any word will not do: 政府和平台公司 cut after 政府 opens
    on 和平, a word, yet the 和 joins. The tokens keep 于都, 同心, 将乐 whole only in an article that names the
    county in full (counties.cued_stems), so a name opening on one is that county's, unless the words after its
    first character are a place (从江苏…, 同江西…: the preposition before a province)."""
    if any(name[:n] in generic_regions() and name[:n].endswith(REGION_ENDINGS)
           for n in range(3, min(len(name), 8) + 1)):
        return True  # 那曲市农业农村局: a city's full name opens the name, not the demonstrative 那
    if name[0] != "和" and name.startswith(tuple(function_stems())) and len(name) > 3:
        return not any(_is_place(name[1:n]) for n in range(3, min(len(name), 5) + 1))
    return name[0] == "和" and any(_is_place(name[:n]) for n in range(2, min(len(name), 5) + 1))


def _is_place(word: str) -> bool:
    return word in HE_PLACES or word in generic_regions() or place_tag(word)
