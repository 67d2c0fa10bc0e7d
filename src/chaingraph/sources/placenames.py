"""Place names a capture's head lines may hold, read from the county-division list the extractor's gazetteer
also reads (data/reference/gazetteer/county-divisions.yaml): every county-level division and every city,
prefecture or province above one, in full and without its suffix (兰溪市 and 兰溪, 银川市 and 银川).

The capture reader uses them to tell a printed page's headline from the kicker above it: the headline names
the place the report is about (银川光伏产业链“拉长增厚”), the kicker seldom does (一块玻璃“串”起一条链).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from chaingraph.core.yamlfile import read_yaml

COUNTY_LIST = Path(__file__).resolve().parents[3] / "data" / "reference" / "gazetteer" / "county-divisions.yaml"
# what a division's name ends with (兰溪市, 延边朝鲜族自治州, 内蒙古自治区, 科尔沁右翼前旗)
DIVISION_SUFFIX_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,4}族)*"
                                r"(?:自治区|自治州|自治县|自治旗|地区|特区|林区|省|市|县|区|旗|盟)$")
# 我市, 全州, 本县: a report's own place, named by its level
OWN_PLACE_RE = re.compile(r"[我全本][省市州县区盟旗]")
# what a company named after a place goes on with (东方电气, 长安汽车, 红旗集团)
BRAND_TRADE_RE = re.compile(r"电气|科技|集团|股份|控股|实业|重工|汽车|能源|药业|电子|化工|新材|智能|动力|等")
# a town or a zone by its suffix (杨柳雪镇, 蒲城高新区)
SUFFIXED_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:镇|乡|高新区|经开区|开发区|新区)")


@lru_cache(maxsize=1)
def county_divisions() -> tuple[tuple[str, str], ...]:
    """(name, the city, prefecture or province above it) of every county-level division in the list, read once
    for the capture reader and the extractor's gazetteer (``authoring.counties``)."""
    if not COUNTY_LIST.is_file():
        return ()
    data = read_yaml(COUNTY_LIST)
    items = data.get("county-divisions") if isinstance(data, dict) else None
    return tuple((item["name"], str(item.get("in") or "")) for item in items or []
                 if isinstance(item, dict) and isinstance(item.get("name"), str))


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Every division's full name and its stem of two characters or more (兰溪市, 兰溪)."""
    names = {name for pair in county_divisions() for name in pair if name}
    stems = {DIVISION_SUFFIX_RE.sub("", name) for name in names}
    return frozenset(names | {stem for stem in stems if len(stem) >= 2})


def opens_on_place(text: str) -> bool:
    """Whether a line opens on a place: 我市…, 杨柳雪镇：…, 讷河马铃薯…, 湘西州… (not 东方电气, 长安汽车: a brand)."""
    return bool(OWN_PLACE_RE.match(text) or SUFFIXED_PLACE_RE.match(text)) or \
        any(text[:n] in division_names() and not BRAND_TRADE_RE.match(text, n) for n in (2, 3, 4))


def names_place(text: str) -> bool:
    """Whether a line names a place: a division (兰溪, 银川市), a town or zone by its suffix, or 我市/全州."""
    if OWN_PLACE_RE.search(text) or SUFFIXED_PLACE_RE.search(text):
        return True
    return any(text[i:i + n] in division_names() for n in (2, 3, 4) for i in range(len(text) - n + 1))


def without_place_closing(text: str) -> str:
    """The line without a city or county closing it (2026-02-26 18:03　江门: where an app's post was sent from)."""
    closing = re.search(r"\s([\u4e00-\u9fff]{2,5})\s*$", text)
    return text[:closing.start()] + " " if closing and closing.group(1) in division_names() else text
