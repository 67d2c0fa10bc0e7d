"""Schools inside a university or college, which the golds give to their university or college: a school named by
its field (东北农业大学食品学院), the same cut at its 与 (中南大学资源加工与/生物工程学院), and a college's 产业学院
named by its trade where the text names its host (X职业技术学院与Y公司共建的漆艺产业学院, 我院…产业学院). A college
named by a place (浙江大学宁波理工学院, 宜宾产业学院) is one of its own."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.name_words import Context
from chaingraph.authoring.extract.rules import SCHOOL_FIELD, SCHOOL_RE

SCHOOL_ONLY_RE = re.compile(rf"{SCHOOL_FIELD}学院")
HOST_WORDS = ("我院", "本院", "学院", "该院")  # the host college said short


def is_school(ctx: Context, name: str, first: int, last: int) -> bool:
    """Whether a University name (tokens first..last) is a school or unit of a university or college."""
    tokens = ctx.tokens
    if (school := SCHOOL_RE.fullmatch(name)) and not holds_region(ctx, school["field"]):
        return True
    if name.endswith("产业学院") and not holds_region(ctx, name[:-4]):
        if last == first + 1 and tokens[first].tag.startswith("v"):
            return True  # 担任/产业学院兼职教师: the word, no name
        return any(t.word.endswith(("大学", "学院")) or t.word in HOST_WORDS
                   for k, t in enumerate(tokens) if k < first or k > last)
    joined = first >= 2 and tokens[first - 1].word in ("与", "和")
    return bool(SCHOOL_ONLY_RE.fullmatch(name)) and joined and not holds_region(ctx, name) \
        and "大学" in "".join(t.word for t in tokens[max(0, first - 8):first - 1])


def holds_region(ctx: Context, text: str) -> bool:
    """Whether a region's name stands in the text (浙江大学宁波理工学院, 湖南工程学院: a college of its own)."""
    return any(region in text for region in ctx.gazetteer.regions if len(region) >= 2)
