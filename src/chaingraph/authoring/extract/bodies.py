"""Government bodies the article only abbreviates, given their full names: 省药监局 in a Yunnan
article is 云南省药品监督管理局, 省委深改委 in a Sichuan one 四川省委全面深化改革委员会.

Regional news names the bodies of its own province and city by level and abbreviation alone. A
curator files them under their full name, so the draft proposes it: the level word's place is
the province or city the article names most (counting names inside company names too, 云南滇草药业
says Yunnan), the abbreviation is spelled out from a table of the common ones, and the short form
the text used stays an alias. A full name the article also writes (海东市发展和改革委员会 before
市发改委) takes the short form in, as one entity.
"""

from __future__ import annotations

import re
from collections import Counter

from chaingraph.authoring.extract.candidates import Candidate
from chaingraph.authoring.extract.rules import CJK_NAME
from chaingraph.authoring.gazetteer import CITY_NAMES, Gazetteer

# abbreviation -> the body's full name after the level word
SPELLED_OUT = {
    "深改委": "全面深化改革委员会", "深改办": "全面深化改革委员会办公室",
    "发改委": "发展和改革委员会", "发展改革委": "发展和改革委员会",
    "经信委": "经济和信息化委员会", "经信厅": "经济和信息化厅", "经信局": "经济和信息化局",
    "工信厅": "工业和信息化厅", "工信局": "工业和信息化局", "科技厅": "科学技术厅", "科技局": "科学技术局",
    "药监局": "药品监督管理局", "市场监管局": "市场监督管理局", "国资委": "国有资产监督管理委员会",
    "卫健委": "卫生健康委员会", "人社厅": "人力资源和社会保障厅", "人社局": "人力资源和社会保障局",
    "住建厅": "住房和城乡建设厅", "住建局": "住房和城乡建设局", "网信办": "网络安全和信息化委员会办公室",
    "生态环境局": "生态环境局", "商务厅": "商务厅", "商务局": "商务局", "能源局": "能源局", "财政厅": "财政厅",
}
ABBREVIATIONS = "|".join(sorted(SPELLED_OUT, key=len, reverse=True))
LEVEL_RE = re.compile(rf"^({CJK_NAME}{{2,8}}?)??(省委|市委|省|市)(" + ABBREVIATIONS + r")$")


def spell_out_bodies(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """Give each abbreviated government body of the province or city its full name (see the module)."""
    out = []
    for candidate in candidates:
        match = LEVEL_RE.match(candidate.label) if candidate.cls == "GovernmentBody" else None
        place = _place(match, text, gazetteer) if match else None
        if place is None:
            out.append(candidate)
            continue
        _, level, short = match.groups()
        stem = place.removesuffix("省") if level == "省委" else place
        full = stem + ("省委" if level == "省委" else "") + SPELLED_OUT[short]
        written = next((c for c in candidates if c is not candidate and full in c.names), None)
        home = written or candidate
        if written is None:
            candidate.names.insert(0, full)
        else:
            written.mentions += candidate.mentions
            written.names += [n for n in candidate.names if n not in written.names]
        if home is candidate:
            out.append(candidate)
    return out


def _place(match: re.Match, text: str, gazetteer: Gazetteer) -> str | None:
    """The place of an abbreviated body: the one its name starts with (四川省委深改委), else the article's."""
    named, level = match.group(1), match.group(2)
    if named:
        return gazetteer.regions.get(named) or gazetteer.regions.get(named + level[0])
    return _home(text, gazetteer, level[0])


def _home(text: str, gazetteer: Gazetteer, level: str) -> str | None:
    """The province (level 省) or city (市: prefecture-level or county-level) the article names most, by its full
    name."""
    counts: Counter = Counter()
    for name, canonical in gazetteer.regions.items():
        prefecture = canonical in CITY_NAMES
        if prefecture and name == canonical and name != canonical.rstrip("省市"):
            continue  # count each place once, by its bare name (云南, 海东)
        if not prefecture and name != canonical:
            continue  # a county-level city by its full name only: 津市 stands inside every 天津市
        is_province = canonical.endswith(("省", "自治区")) or canonical in ("北京市", "天津市", "上海市", "重庆市")
        is_city = canonical.endswith("市") and not is_province  # (a county or district is no 市's home)
        if (is_province if level == "省" else is_city) and len(name) >= 2:
            counts[canonical] += text.count(name)
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else None
