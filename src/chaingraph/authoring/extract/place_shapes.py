"""Parks and zones whose shape alone misleads, judged over the whole article.

A 片区 is a zone only as a part of a free-trade zone (中国（广西）自由贸易试验区崇左片区, then 崇左片区) or as a
new area (临港新片区): the 片区 of a city's plan (高新区东部片区, 高铁站片区, 园区东片区) is a district of the plan,
no entity.
A park's port or valley word (芯港, 氢谷) that heads a company's name in the article (锦州芯港微电子有限公司) is the
company's brand, also where the text writes the brand alone. A platform's branch (…分中心) is of its parent's class.
A firm's or a cooperative's base named by the firm (X专业合作社示范基地) is the firm's land, the firm named.
A park named by a word of its own kind (汤阴氢能创新港, 永康车业智谷) is called by that word alone once named
(创新港内已建成加氢站2座), where no other park of the article ends in it.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Mention
from chaingraph.authoring.extract.rules import (
    BARE_ZONES,
    CJK_NAME,
    GENERIC_STEMS,
    INDUSTRY_WORDS,
    LEGAL_SUFFIXES,
    NEW_TOWN_SUFFIXES,
    PARK_OPERATOR_RE,
    SUFFIXES,
)
from chaingraph.authoring.extract.words import FUNCTION_CHARS

FREE_TRADE_RE = re.compile(r"自由贸易试验区|自贸试验区|自贸区|综合保税区")
# a platform's branch, its parent's name then the branch's place (X工程技术研究中心永安分中心)
BRANCH_RE = re.compile(r"(.+?(?:中心|平台|实验室|研究院))[\u4e00-\u9fff]{1,6}分中心$")
PORT_ENDS = ("港", "谷")  # 锦州芯港, 两江氢谷: a park named as a port or a valley, a word a brand is made of too
# the words a park is called by alone once its name is given (产业园, 园区 stand for the latest park: ``owners``)
PARK_SELF_WORDS = ("创新港", "科创港", "科技港", "产业港", "智造港", "数字港", "智谷", "智造谷", "科创城", "科技城",
                   "智创城", "科教城", "智造城", "医药城", "生物城", "产业新城", "集聚区", "集中区", "科创园", "创新园")


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
            or not any(name.startswith(m.text) and len(name) > len(m.text)
                       and not PARK_OPERATOR_RE.match(name, len(m.text)) for name in companies)]  # (its operator)


# 南县三仙湖稻虾专业合作社示范基地, X有限公司种植基地: a firm's or a cooperative's own farm or plant, named by it
FIRM_BASE_RE = re.compile(r"(.{4,}?(?:专业合作社|合作社|联合社|有限公司|集团))"
                          r"(?:示范|种植|养殖|繁育|生产|标准化|生态)*基地")


def firms_bases(mentions: list[Mention]) -> list[Mention]:
    """The mentions with each park named as a firm's base given back to the firm: the base is the firm's land, no
    park of its own, and its figures are the firm's."""
    out = []
    for m in mentions:
        base = FIRM_BASE_RE.fullmatch(m.text) if m.kind == "park" else None
        out.append(m if base is None else Mention(base.group(1), m.start, m.start + len(base.group(1)), m.sentence,
                                                  "Company"))
    return out


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
    工业园区, 工业集中区 or a place's new town named by its industry (台山工业新城, 衢州智造新城) is a park, and a zone
    the same way: its committee (永宁工业园区管委会) or a park inside it (景洪市低空经济产业园位于景洪工业园区内)."""
    inner = [(m.start, m.end) for c in candidates if c.kind in ("park", "zone") for m in c.mentions]
    areas = sorted((c for c in candidates if c.kind == "zone" and c.label.endswith("工业区")),
                   key=lambda c: -len(c.mentions))
    # 工业区管委会副主任 where the article names one 工业区 most: the committee that runs that area
    main = areas[0] if areas and (len(areas) == 1 or len(areas[0].mentions) > len(areas[1].mentions)) else None
    bare_committee = re.search(rf"(?<!{CJK_NAME})工业区(?:管委会|管理委员会)", text) is not None
    for candidate in candidates:
        if candidate.kind != "zone" or not candidate.label.endswith("工业区") \
                or re.search(r"(?:化学|石化|化工)工业区$|第[一二三四五六七八九十]+工业区$", candidate.label):
            continue  # 上海化学工业区, 大南海石化工业区, 金山第二工业区: chemical zones and the zones a city numbers
        run = (bare_committee and candidate is main) or any(_committee_named(name, text) for name in candidate.names)
        holds = any((s == m.start and e > m.end) or (s >= m.end and text[m.end:s] in ("", "的"))
                    for m in candidate.mentions for s, e in inner)
        if not (run or holds):
            candidate.cls = "IndustrialPark"
            for mention in candidate.mentions:
                mention.cls = "IndustrialPark"
    areas = [c for c in candidates if c.kind == "park" and c.label.endswith(COUNTY_AREA_ENDS)]
    # 园区党工委书记、管委会主任 李振邦 in a report on the one 工业园区 the article names: that area's committee
    bare_area_committee = len(areas) == 1 and BARE_AREA_COMMITTEE_RE.search(text) is not None \
        and not any(c.kind == "zone" for c in candidates)  # (X开发区…园区管委会: the zone's own committee)
    for candidate in areas:  # 永宁工业园区管委会, 位于景洪工业园区内的…产业园: a 工业园区 run as a zone
        if bare_area_committee or county_area_is_zone(candidate, inner, text):
            candidate.cls = "HighTechZone"
            for mention in candidate.mentions:
                mention.cls = "HighTechZone"
            same = next((c for c in candidates if c is not candidate and c.kind == "zone"
                         and set(c.names) & set(candidate.names)), None)
            if same is not None:  # (named as a zone already at the head of a park's name: ``area_in_park_name``)
                same.mentions += candidate.mentions
                same.names += [n for n in candidate.names if n not in same.names]
                candidate.mentions = []


BARE_AREA_COMMITTEE_RE = re.compile(rf"(?<!{CJK_NAME})园区(?:党工委|管委会|管理委员会)")
# a county's industrial area or a place's new town, a park by name and a zone where the article shows one
# (环县工业集中区管委会, 台山工业新城管委会)
COUNTY_AREA_ENDS = ("工业园区", "工业集中区", "产业区") + NEW_TOWN_SUFFIXES
# between an area and a park said to lie in it: nothing, 的 or 内的, also after the area's declared short name
# (环县工业集中区（以下简称“集中区”）内的环县算力产业园)
INSIDE_RE = re.compile(r"(?:[（(][^（）()]{0,20}[）)])?(?:内的|的)?")


def county_area_is_zone(candidate: Candidate, inner: list[tuple[int, int]], text: str) -> bool:
    """Its committee (永宁工业园区管委会) or a park inside it: said to lie in it (位于X内, X内的Y产业园, also by
    its declared name: 同心工业园区（以下简称“园区”）…园区内的光伏装备产业园) or named with it in front (独贵塔拉
    工业园区氢能产业园); a 园中园 the article names as such stays a park in a park."""
    names = candidate.names
    return (any(_committee_named(name, text) or f"位于{name}内" in text for name in names)
            or any(s >= m.end and INSIDE_RE.fullmatch(text[m.end:s]) and "园中园" not in text[s:s + 40]
                   for m in candidate.mentions for s, e in inner if (s, e) != (m.start, m.end))
            or any(s >= len(n) + 2 and text[s - len(n) - 2:s] == n + "内的" and "园中园" not in text[s:s + 40]
                   or text.startswith(n, s) and e - s > len(n) + 2 for n in names for s, e in inner))


def _committee_named(name: str, text: str) -> bool:
    """永宁工业园区管委会, 平凉工业园区党工委副书记: the committee that runs an area as a zone (a park has none)."""
    return any(f"{name}{body}" in text for body in ("管委会", "管理委员会", "党工委"))


ZONE_HEAD_RE = re.compile(r"^(.{2,12}?(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区))(.+)$")


def parks_spelled_with_zone(candidates: list[Candidate], text: str) -> None:
    """贵溪经济开发区铜基新材料产业园: a park named right after the zone it lies in is the zone's part and a park
    of its own name (铜基新材料产业园); the whole spelling is a further name of the park, as the text writes it,
    and so is the park's own name where the text writes it alone as well, or where a county or a bare zone word
    heads it (朝阳县柳城氢能产业园, 高新区生物医药创新产业园)."""
    zones = sorted((name for c in candidates if c.kind == "zone" for name in c.names if len(name) >= 3),
                   key=len, reverse=True)
    counties = tuple(name for c in candidates if c.kind == "region" for name in c.names
                     if name.endswith(COUNTY_ENDS) and not name.endswith("新区"))
    taken = {n for c in candidates for n in c.names}
    for park in (c for c in candidates if c.kind == "park"):
        for mention in park.mentions:
            zone = next((z for z in zones if mention.start >= len(z)
                         and text.startswith(z, mention.start - len(z))), None)
            # the name holds the zone (金坛 of it left before it), and the rest is more than a kind of park or the
            # text writes it on its own too
            held = ZONE_HEAD_RE.match(mention.text)
            inside = held is not None and any(z.endswith(held.group(1)) for z in zones) \
                and (_written_alone(held.group(2), text) or not _generic_park(held.group(2)))
            spelling = zone + mention.text if zone is not None else held.group(2) if inside else None
            spelling = spelling or _own_part(mention.text, counties)
            if spelling and len(spelling) >= 5 and spelling not in taken:
                park.names.append(spelling)
                taken.add(spelling)


# the ends of a county's or a district's name, which heads the name of a park in it (朝阳县柳城氢能产业园)
COUNTY_ENDS = ("县", "区", "旗")


def _own_part(name: str, counties: tuple[str, ...]) -> str | None:
    """The park's own name after the county, district or bare zone word its name opens with (朝阳县柳城氢能产业园 ->
    柳城氢能产业园, 高新区生物医药创新产业园 -> 生物医药创新产业园): articles write either, golds and users too."""
    head = next((h for h in counties + BARE_ZONES if name.startswith(h)), None)
    rest = name[len(head):] if head else ""
    if _generic_park(rest):
        return None  # 边合区新材料产业园: 新材料产业园 alone is a kind of park, which other sentences name
    return rest if len(rest) >= 5 and re.match(CJK_NAME, rest) and rest[0] not in FUNCTION_CHARS else None


def _generic_park(name: str) -> bool:
    """新材料产业园, 生物医药产业园, 科技产业园: a park named by one industry or generic word, a kind of park more
    than one. One word only, unlike ``generic_word``'s split: 生物医药创新产业园 is a park's own name."""
    suffix = next((s for s in SUFFIXES if name.endswith(s)), "")
    return name[: len(name) - len(suffix)] in GENERIC_STEMS | INDUSTRY_WORDS


def _written_alone(name: str, text: str) -> bool:
    """Whether the text writes `name` with no name's character before it (在新材料产业园, not 清河县新材料产业园)."""
    return any(at == 0 or not re.match(CJK_NAME, text[at - 1]) or text[at - 1] in FUNCTION_CHARS
               for at in (m.start() for m in re.finditer(re.escape(name), text)))


# a county's industrial area or a place's new town heading the name of a park inside it (平凉工业园区新材料产业园,
# 武威工业园区储能装备产业园, 台山工业新城光电产业园)
AREA_HEAD_RE = re.compile(rf"^({CJK_NAME}{{2,8}}?(?:{'|'.join(COUNTY_AREA_ENDS)}))"
                          rf"({CJK_NAME}{{2,}}(?:产业园|工业园|园区|园))$")


def area_in_park_name(mention: Mention) -> Mention | None:
    """The county's 工业园区 or 工业集中区, or the place's new town, a park's name opens with, where no token names it
    alone: the area is named, and is a zone, since it holds the park (as in ``industrial_areas``)."""
    match = AREA_HEAD_RE.match(mention.text) if mention.cls == "IndustrialPark" else None
    if match is None or re.search(r"高新区|经开区|开发区", match.group(1)):
        return None  # (宁州高新区工业园区…: the zone's own name heads it, the zone is named already)
    return Mention(match.group(1), mention.start, mention.start + len(match.group(1)), mention.sentence,
                   "HighTechZone")


PLACE_LEVELS = "省市县区州旗镇"


def elsewhere(tokens: list, n: int, label: str) -> bool:
    """县/政务服务中心 where the graph has 高新区政务服务中心 (alias 政务服务中心): a generic name known from another
    source, after a place's level word, is that place's own body, not the one in the graph."""
    before = tokens[n - 1].word if n else ""
    return tokens[n].word != label and len(before) == 1 and before in PLACE_LEVELS and not label.startswith(before)


def kinds_listed(candidate: Candidate, text: str) -> bool:
    """各镇（街道、开发区）、区直各部门: a bare zone word only ever listed among the kinds of office a notice is
    addressed to names no zone (示范区 alone is dropped anyway: which one is unsaid)."""
    return candidate.label in BARE_ZONES and all(
        text[m.start - 1:m.start] in "、（" and text[m.end:m.end + 1] in "、）" for m in candidate.mentions)
