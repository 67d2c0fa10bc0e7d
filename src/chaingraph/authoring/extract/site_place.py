"""The place whose site a page is: a government portal's name (重庆市铜梁区人民政府, 玉门市人民政府门户网站), the office
its 来源 line names (铜梁区经济和信息化委员会) or the one its footer says runs it (主办单位：玉门市人民政府办公室).

The normalizer drops those lines as chrome, but they say what a body that writes only 全区, 我市, 区长 or 区经济信息委
means: a work report on a district's portal is the district's, whatever zone it names most. The place is read from
the dropped lines and used only where the body itself names it, in full or short (铜梁 of 铜梁高新技术产业开发区,
宝山 of 宝山集成电路产业投资基金), so every proposed region still cites the article's own words.
"""

from __future__ import annotations

import re

from chaingraph.authoring.counties import county_parent_names
from chaingraph.authoring.extract.candidates import Candidate, Mention
from chaingraph.authoring.gazetteer import PROVINCES, generic_regions

# a place, then the next inside it (重庆市铜梁区, 河南省信阳市新县, 吉林省延边朝鲜族自治州)
PLACE = r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|自治州|市|州|地区|盟|区|县|旗)"
CHAIN = rf"((?:{PLACE})+)"
# 重庆市铜梁区人民政府(门户网站): the portal's own name, a whole line of the header
SITE_NAME_RE = re.compile(rf"^(?:欢迎访问)?{CHAIN}人民政府(?:门户网站|网站|官网|门户)?$")
# 来源：铜梁区经济和信息化委员会, 来源：玉门市融媒体中心: the office that issued the text (a news site names no place)
OFFICE = r"(?=人民政府|政府|[^，。\s]{0,10}(?:局|厅|委员会|委|办公室|融媒体中心|中心))"
SOURCE_RE = re.compile(rf"(?:信息来源|来源|稿源)\s*[：:丨｜|]\s*{CHAIN}" + OFFICE)  # (来源丨某某省经济和信息化厅)
# 主办单位：玉门市人民政府办公室: who runs the site
HOST_RE = re.compile(rf"主办(?:单位)?[：:]\s*{CHAIN}(?=人民政府|政府)")


def site_region(chrome_lines: list[str]) -> str | None:
    """The region the page's dropped lines name as the source or the site (铜梁区 of 来源：铜梁区经济和信息化委员会 or
    of 重庆市铜梁区人民政府), or None: the 来源 line first (a city portal relays a county's news), then the portal's
    name, then the footer's host. Only those lines count: a related headline or a 公安备案 line names no site."""
    for pattern, lines in ((SOURCE_RE, chrome_lines), (SITE_NAME_RE, chrome_lines[:8]), (HOST_RE, chrome_lines)):
        for line in lines:
            # (樟树市人民政府 政府信息公开: the portal's name, spaced from its section; a field's value after 来源：
            # may follow a single space, so only the portal's line is cut there)
            for part in re.split(r"\s+" if pattern is SITE_NAME_RE else r"\s{2,}|\u3000", line.strip()):
                match = pattern.search(part.strip())
                if match is not None:  # (a province's own office issued it: 来源：某某省经济和信息化厅)
                    return _lowest(match.group(1), province=pattern is SOURCE_RE)
    return _masthead_prefecture(chrome_lines[:3])


# the prefectures whose reports write 全州, 我州 and 全盟 (an autonomous prefecture, a league) for their own place
PREFECTURE_ENDS = ("自治州", "盟")
PROVINCE_ENDS = ("省",)  # (an autonomous region's 全区 is read by ``place_totals``)
# 凉山日报 数字报, 兴安日报电子版: a prefecture's own daily over its e-paper page
MASTHEAD_RE = re.compile(r"^([\u4e00-\u9fff]{2,8}?)日报")


def _masthead_prefecture(lines: list[str]) -> str | None:
    """The autonomous prefecture or league whose daily the page is (凉山日报: 凉山彝族自治州), or None. Only those:
    their reports write 全州 and 我州 where a city's daily names the city."""
    known = generic_regions()
    for line in lines:
        match = MASTHEAD_RE.match(line.strip())
        if match is None or match.group(1) in known and not known[match.group(1)].endswith(PREFECTURE_ENDS):
            continue  # 海南日报: the province's daily, not 海南藏族自治州's
        for name in (match.group(1) + "州", match.group(1) + "盟", match.group(1)):
            if name in known and known[name].endswith(PREFECTURE_ENDS):
                return known[name]
    return None


def _lowest(chain: str, province: bool = False) -> str | None:
    """The last place of a chain (新县 of 河南省信阳市新县): its longest tail that starts a place and is a region
    chaingraph knows; else None, never the level above (a province's portal says no more than its text does) unless
    `province`: the office that issued the text is the province's own (来源：安徽省经济和信息化厅)."""
    known, counties = generic_regions(), county_parent_names()
    # the longest known tail (汝州市, whose 州 the pattern would end a place at; 铜梁区 of 重庆市铜梁区)
    last = next((chain[k:] for k in range(len(chain) - 1) if (k == 0 or chain[k - 1] in "省市州区县盟旗")
                 and (chain[k:] in known or chain[k:] in counties)), "")  # (not 吉州区 inside 昌吉州)
    if last in known:  # (a province's portal says no more than its text does: 湖北省 of an article on 武汉)
        return None if known[last] in PROVINCES and not (province and last == chain) else known[last]
    return last or None


def site_candidate(candidates: list[Candidate], text: str, region: str | None) -> Candidate | None:
    """The region candidate of the site's place: the one already proposed, else a new one named where the body
    writes the place in full or short; None when the body never names it."""
    if region is None:
        return None
    short = re.sub(r"(?:省|市|区|县|旗)$", "", region)
    found = next((c for c in candidates if c.kind == "region" and region in c.names), None)
    if found is not None:
        return found
    own = re.search(rf"[全我本]{region[-1]}", text) if region.endswith(PREFECTURE_ENDS + PROVINCE_ENDS) else None
    if region in PROVINCES and own is None:
        return None  # a province's office on its own site: only where the text writes 全省 or 我省 of it
    for name in (region, short, own.group(0) if own else ""):  # (全州, 我盟, 全省)
        at = text.find(name) if len(name) >= 2 else -1
        if at >= 0:
            candidate = Candidate("AdministrativeRegion", [region])
            candidate.mentions.append(Mention(name, at, at + len(name), "", "AdministrativeRegion"))
            candidate.notes.append(f"the page is the site of {region} (header, 来源, footer, masthead)")
            candidates.append(candidate)
            return candidate
    return None

