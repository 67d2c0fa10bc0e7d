"""Parks and zones whose shape alone misleads, judged over the whole article.

A 片区 is a zone only as a part of a free-trade zone (中国（广西）自由贸易试验区崇左片区, then 崇左片区) or as a
new area (临港新片区): the 片区 of a city's plan (高新区东部片区, 高铁站片区, 园区东片区) is a district of the plan,
no entity.
A park's port or valley word (芯港, 氢谷) that heads a company's name in the article (锦州芯港微电子有限公司) is the
company's brand, also where the text writes the brand alone. A platform's branch (…分中心) is of its parent's class.
A park named by a word of its own kind (汤阴氢能创新港, 永康车业智谷) is called by that word alone once named
(创新港内已建成加氢站2座), where no other park of the article ends in it.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Mention
from chaingraph.authoring.extract.rules import CJK_NAME, LEGAL_SUFFIXES

FREE_TRADE_RE = re.compile(r"自由贸易试验区|自贸试验区|自贸区|综合保税区")
# a platform's branch, its parent's name then the branch's place (X工程技术研究中心永安分中心)
BRANCH_RE = re.compile(r"(.+?(?:中心|平台|实验室|研究院))[\u4e00-\u9fff]{1,6}分中心$")
PORT_ENDS = ("港", "谷")  # 锦州芯港, 两江氢谷: a park named as a port or a valley, a word a brand is made of too
# the words a park is called by alone once its name is given (产业园, 园区 stand for the latest park: ``owners``)
PARK_SELF_WORDS = ("创新港", "科创港", "科技港", "产业港", "智造港", "数字港", "智谷", "智造谷", "科创城", "科技城",
                   "科教城", "智造城", "医药城", "生物城", "产业新城", "集聚区", "集中区", "科创园", "创新园")


def without_plan_districts(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions without the zones that are a city plan's 片区: a 片区 is kept where its name holds a free-trade
    zone or ends in 新片区, or where the article names it as the part of a free-trade zone (…自由贸易试验区崇左片区)."""
    def zone_area(name: str) -> bool:
        return bool(FREE_TRADE_RE.search(name)) or name.endswith("新片区") \
            or re.search(rf"(?:{FREE_TRADE_RE.pattern}){re.escape(name)}", text) is not None
    return [m for m in mentions if m.kind != "zone" or not m.text.endswith("片区") or zone_area(m.text)]


def without_brand_parks(mentions: list[Mention]) -> list[Mention]:
    """The mentions without the parks named as a port or a valley that head a company's full name (锦州芯港 of
    锦州芯港微电子有限公司): the words are the company's brand, wherever the article writes them."""
    companies = [m.text for m in mentions if m.kind == "organisation" and m.text.endswith(LEGAL_SUFFIXES)]
    return [m for m in mentions if m.kind != "park" or not m.text.endswith(PORT_ENDS)
            or not any(name.startswith(m.text) and len(name) > len(m.text) for name in companies)]


def park_self_word(label: str, parks: list[str], text: str) -> str | None:
    """The word of its kind a park's name ends in (创新港 of 汤阴氢能创新港), where it ends no other park's name
    in the article, more stands before it, and the text names no other such place (建设一个科技创新港): the
    park's name when the text writes the word alone."""
    word = next((w for w in sorted(PARK_SELF_WORDS, key=len, reverse=True) if label.endswith(w)), None)
    if word is None or len(label) <= len(word) + 1 or any(p != label and p.endswith(word) for p in parks):
        return None
    others = re.sub(re.escape(label), "", text)
    if re.search(rf"(?:一个|一座|一批|新的|[\u4e00-\u9fff]{{2}}){re.escape(word)}", others) and \
            re.search(rf"(?:一个|一座|一批|新的|建设|打造|新建|规划)[\u4e00-\u9fff]{{0,6}}{re.escape(word)}", others):
        return None
    return word


def industrial_areas(candidates: list[Candidate], text: str) -> None:
    """A 工业区 is a zone where the article shows it as one, by the committee that runs it (X工业区管委会), a park
    inside it (榆神工业区清水工业园, 位于X工业区的…集聚区), its number (金山第二工业区) or its trade (上海化学工业区);
    named alone, it is a city's or a zone's industrial park (贺州旺高工业区, 天津经开区的活动在南港工业区举行). A
    工业园区 is a park, and a zone the same way: its committee (永宁工业园区管委会) or a park inside it (景洪市低空经济
    产业园位于景洪工业园区内)."""
    inner = [(m.start, m.end) for c in candidates if c.kind in ("park", "zone") for m in c.mentions]
    areas = sorted((c for c in candidates if c.kind == "zone" and c.label.endswith("工业区")),
                   key=lambda c: -len(c.mentions))
    # 工业区管委会副主任 where the article names one 工业区 most: the committee that runs that area
    main = areas[0] if areas and (len(areas) == 1 or len(areas[0].mentions) > len(areas[1].mentions)) else None
    bare_committee = re.search(rf"(?<!{CJK_NAME})工业区(?:管委会|管理委员会)", text) is not None
    for candidate in candidates:
        if candidate.kind != "zone" or not candidate.label.endswith("工业区") \
                or re.search(r"化学工业区$|第[一二三四五六七八九十]+工业区$", candidate.label):
            continue  # 上海化学工业区, 金山第二工业区: a chemical zone and the zones a city numbers
        run = (bare_committee and candidate is main) \
            or any(f"{name}管委会" in text or f"{name}管理委员会" in text for name in candidate.names)
        holds = any((s == m.start and e > m.end) or (s >= m.end and text[m.end:s] in ("", "的"))
                    for m in candidate.mentions for s, e in inner)
        if not (run or holds):
            candidate.cls = "IndustrialPark"
            for mention in candidate.mentions:
                mention.cls = "IndustrialPark"
    for candidate in candidates:  # 永宁工业园区管委会, 位于景洪工业园区内的…产业园: a 工业园区 run as a zone
        if candidate.kind == "park" and candidate.label.endswith("工业园区") and (
                any(f"{name}管委会" in text or f"{name}管理委员会" in text for name in candidate.names)
                or any(f"位于{name}内" in text for name in candidate.names)
                or any(s >= m.end and text[m.end:s] in ("", "的", "内的") and "园中园" not in text[s:s + 40]
                       for m in candidate.mentions for s, e in inner if (s, e) != (m.start, m.end))
                # 同心工业园区（以下简称“园区”）…园区内的光伏装备产业园: by its declared name too; 独贵塔拉工业园区
                # 氢能产业园: a park named with it in front
                or any(s >= len(n) + 2 and text[s - len(n) - 2:s] == n + "内的" and "园中园" not in text[s:s + 40]
                       or text.startswith(n, s) and e - s > len(n) + 2 for n in candidate.names for s, e in inner)):
            candidate.cls = "HighTechZone"
            for mention in candidate.mentions:
                mention.cls = "HighTechZone"
