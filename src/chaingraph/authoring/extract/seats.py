"""Seats: where a platform or a firm sits, told beside its name.

A province's or city's platform named with the place it sits in after its suffix, in brackets (江西省锂电产品质量
检验检测中心（宜春）, 沧州市药品检验检测中心（渤海新区）), has the bracket as part of its name; a place or a venue
before a firm's name that opens on its province (秀洲区浙江芯澄…有限公司, 主会场湖北…有限公司) is where it sits,
no part of its name."""

from __future__ import annotations

import re

from chaingraph.authoring.counties import stem_counties
from chaingraph.authoring.dictionary import in_dictionary, word_frequency
from chaingraph.authoring.extract.name_words import CJK_WORD, Context
from chaingraph.authoring.extract.rules import CJK_NAME, LEGAL_SUFFIXES
from chaingraph.authoring.extract.tokens import Token
from chaingraph.authoring.gazetteer import PROVINCES, generic_regions


def seat_in_brackets(ctx: Context, first: int, i: int) -> int | None:
    """江西省锂电产品质量检验检测中心（宜春）: a province's platform with the city it sits in, in brackets after
    its suffix, is that city's branch, and the bracket is part of its name; the index of the closing bracket."""
    tokens = ctx.tokens
    if i + 3 >= len(tokens) or tokens[i + 1].word not in ("（", "("):
        return None
    close = next((k for k in range(i + 3, min(i + 6, len(tokens))) if tokens[k].word in ("）", ")")), None)
    if close is None:
        return None
    seat = tokens[i + 2]  # (张北 of 张北县: a county's stem, which jieba reads as a person's name, is safe in brackets)
    placed = close == i + 3 and (seat.word in ctx.gazetteer.regions or seat.word in stem_counties()
                                 or seat.tag == "ns" and CJK_WORD.fullmatch(seat.word))
    # 青海省高海拔制氢中试基地（冷湖）: a town the gazetteer lacks, after a platform its province or city names
    words = "".join(t.word for t in tokens[i + 2:close])  # (冷湖/nr, 茫/ag 北/ns; not 总部/n, 试点/n: what it is)
    named = (seat.tag in ("nr", "ns", "nz", "j") or seat.tag == "s" and len(seat.word) >= 3 or _rare_noun(seat)) \
        if close == i + 3 else not in_dictionary(words)  # (西海岸/s: a stretch of coast a new area is named by)
    town = tokens[first].word in ctx.gazetteer.regions and re.fullmatch(rf"{CJK_NAME}{{2,3}}", words) and named
    # 沧州市药品检验检测中心（渤海新区）: a city's platform seated in one of its zones, named by the zone
    zone = tokens[first].word in ctx.gazetteer.regions and ZONE_SEAT_RE.fullmatch(words) is not None
    return close if placed or town or zone else None


def _rare_noun(token: Token) -> bool:
    """利民 (of 利民经开区): a zone's short name in a city platform's brackets is a noun the dictionary seldom saw;
    what a platform is or where its office sits (试点, 总部, 分站, 驻点) is a common word or ends like one."""
    return token.tag == "n" and len(token.word) == 2 and 0 < word_frequency(token.word) < RARE_NOUN \
        and not token.word.endswith(OFFICE_ENDS)


RARE_NOUN = 60  # 利民 31, 分站 57 (by its ending), 试点 1130, 总部 2024: jieba's counts
OFFICE_ENDS = ("站", "点", "馆", "所", "处", "部", "室", "厅", "局", "组", "队")  # 分站, 驻点, 本部: a post, not a seat


ZONE_SEAT_RE = re.compile(rf"{CJK_NAME}{{2,6}}(?:新区|高新区|经开区|开发区|综保区)")

# places where an event or a visit stands, before a firm named on the spot (主会场, 走进车间)
VENUE_WORDS = ("会场", "现场", "车间", "厂区", "展台", "展位", "展区")


def seat_before_province(ctx: Context, first: int) -> bool:
    """Whether token `first` opens on a province's name (浙江, 山西晋/nr) after a county, a district, a city or a bare
    县/区/市 (of 我县): no firm's name puts its province after a lesser place, so that place is where it sits (中建,
    三峡, 昆仑 before 湖南, 江苏: a group's brand, which jieba may tag as a place, is no region). A venue before the
    province is where the firm stands too (主会场湖北楚驰…有限公司, 走进车间浙江…有限公司)."""
    regions = generic_regions()
    word, before = ctx.tokens[first].word, ctx.tokens[first - 1].word
    if not any(regions.get(word[:n]) in PROVINCES for n in (2, 3)) or before == "中国":
        return False
    return before in ("县", "区", "市", "旗") or before.endswith(VENUE_WORDS) \
        or before in regions and regions[before] not in PROVINCES


def seat_before_name(ctx: Context, first: int, kind: str, tail: str) -> bool:
    """Whether the name walked back to token `first` opens on its province after where it sits (seat_before_province):
    a firm's name with a legal suffix, a project's or a park's after a venue (主会场湖南…产业园; not 鼓楼区湖南路…项目,
    a road a province names)."""
    named = tail.endswith(LEGAL_SUFFIXES) or kind in ("project", "park") and ctx.tokens[first - 1].word.endswith(
        VENUE_WORDS)
    return named and seat_before_province(ctx, first)
