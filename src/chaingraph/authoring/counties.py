"""China's county-level divisions as the extractor reads them: which of their names are regions, which of their
short forms are safe to read as the county, and which stems head a zone's name.

The list is data/reference/gazetteer/county-divisions.yaml (written by tools/county_divisions.py). jieba's dictionary
lacks hundreds of counties or knows them as other words (介休 is a verb to it), and a county it misreads cuts every
zone, park and company named after it; but many county stems are also words of any text (兴隆, 合作, 三台), so each
form enters only where it is safe. docs/authoring.md ("County-level divisions") gives the figures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chaingraph.authoring.dictionary import word_frequency, word_tag
from chaingraph.sources.placenames import county_divisions

# district names many cities share and that are plain words of their text (城区, 矿区, 市中区, 城关区)
GENERIC_COUNTY_RE = re.compile(r"(?:[东南西北中]|城|矿|郊|市中|城中|城关|新城|老城|[东南西北]城|新|老)区")
# a short form opening on one of these is read inside other words (和康 of 工作站和康诺)
FUNCTION_CHARACTERS = set("和与及在由将从向把被为是跟同于对")
# characters no name may open on (the extractor's edge characters) that open counties all the same: 都匀, 即墨, 得荣,
# 那坡 head names where the article names the county in full, as the function characters' stems do
EDGE_OPENERS = FUNCTION_CHARACTERS | set("都即得那")
# a two-character full name opening on these is read inside other words (和县 in 省市和县级)
TWO_CHARACTER_OPENERS = FUNCTION_CHARACTERS | set("省市县区")
# a county, county-level city or banner; an autonomous one's stem is read by AUTONOMOUS_RE
COUNTY_SUFFIX_RE = re.compile(r"(?<!自治)(?:县|市|旗)$")
# the peoples autonomous counties and banners are named for (丰宁满族自治县, 威宁彝族回族苗族自治县)
PEOPLES = ("满 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 "
           "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 鄂温克 德昂 保安 裕固 京 独龙 "
           "鄂伦春 赫哲 门巴 珞巴 基诺 各").split()
PEOPLES_RE = "(?:" + "|".join(sorted(PEOPLES, key=len, reverse=True)) + ")族?"  # (巴里坤哈萨克自治县: no 族)
AUTONOMOUS_RE = re.compile(rf"(.{{2,}}?)(?:{PEOPLES_RE})+自治([县旗])")
# what a city or prefecture above a county ends with (平顶山市, 阿克苏地区, 内蒙古自治区); an autonomous
# prefecture (延边朝鲜族自治州) is read by PREFECTURE_RE
PARENT_SUFFIX_RE = re.compile(r"(?:地区|盟|市|省|(?:壮族|回族|维吾尔)?自治区)$")
PREFECTURE_RE = re.compile(rf"(.{{2,}}?)(?:{PEOPLES_RE})+自治州")
# a Mongolian banner's or county's wing and position, shortened to their first characters (喀喇沁左翼 -> 喀左,
# 科尔沁左翼中旗 -> 科左中旗, 察哈尔右翼前旗 -> 察右前旗)
WING_RE = re.compile(r"(.{2,3}?)([左右])翼([前中后]?)(?=旗|县|$)")
RARE_WORD_USES = 50  # jieba's count: county stems at or below it are mostly names (福清 33, 安吉 45)


@lru_cache(maxsize=1)
def county_parent_sets() -> dict[str, frozenset[str]]:
    """Each county's full name -> every city above a county of that name (鼓楼区: 南京市, 福州市, 徐州市, 开封市)."""
    parents: dict[str, set[str]] = {}
    for name, parent in county_divisions():
        parents.setdefault(name, set()).add(parent)
    return {name: frozenset(found) for name, found in parents.items()}


@lru_cache(maxsize=1)
def county_parent_names() -> frozenset[str]:
    """Every city, prefecture or province-level unit above a county (延边朝鲜族自治州, 喀什地区)."""
    return frozenset(parent for parents in county_parent_sets().values() for parent in parents if parent)


# the short forms the genre writes for prefectures whose place name is long (克孜勒苏柯尔克孜自治州: 克州)
PREFECTURE_ABBREVIATIONS = {"克州": "克孜勒苏柯尔克孜自治州", "博州": "博尔塔拉蒙古自治州",
                            "巴州": "巴音郭楞蒙古自治州", "锡盟": "锡林郭勒盟"}


@lru_cache(maxsize=1)
def prefecture_regions() -> dict[str, str]:
    """Region name -> the full name of a prefecture-level 地区, 自治州 or 盟 above counties: the full name, an
    autonomous prefecture's place and 州 (黄南州), and the genre's abbreviations (克州, 锡盟). The place alone is left
    out: it is a mountain range, a river or a person's given name as often (大兴安岭南麓, 怒江大桥, 刘海北)."""
    regions = dict(PREFECTURE_ABBREVIATIONS)
    for parent in county_parent_names():
        if not parent.endswith(("地区", "自治州", "盟")):
            continue
        regions[parent] = parent
        if parent.endswith("自治州") and len(place := _place_of(parent)) >= 2:
            regions.setdefault(place + "州", parent)
    return regions


def lies_in(county: str, city: str) -> bool:
    """Whether a county-level division of that name lies in the city (旬阳市 in 安康市)."""
    return city in county_parent_sets().get(county, ())


def county_names() -> tuple[str, ...]:
    """The full names of the list."""
    return tuple(county_parent_sets())


def county_cued(short: str, text: str) -> bool:
    """Whether an article that writes a county's short form also names the county in full or the city above it
    (宝丰 in an article that names 宝丰县 or 平顶山; 延吉 in one that names 延边州): without that cue the short form
    is read as the word it also is, a brand (宝丰能源, 华安证券) or a thing (梨树, 白水). A county right under a
    province or a municipality is cued by that province's name (重庆 for 璧山)."""
    full = county_regions().get(short)
    if full is None or short.endswith(("县", "旗", "市", "区")):
        return True  # 喀左县, 丰宁县: a county's written form with its suffix is the county
    cues = [form for form in county_forms().get(full, ()) if form != short]
    for parent in county_parent_sets().get(full, ()):  # 鼓楼区 lies in four cities: any of them cues it
        stem = _place_of(parent)
        cues += [parent] + ([stem, stem + "州"] if len(stem) >= 2 else [])
    return any(cue and cue in text for cue in cues)


@lru_cache(maxsize=1)
def county_forms() -> dict[str, tuple[str, ...]]:
    """Each county's full name -> every form county_regions reads as it."""
    forms: dict[str, list[str]] = {}
    for form, full in county_regions().items():
        forms.setdefault(full, []).append(form)
    return {full: tuple(names) for full, names in forms.items()}


def _place_of(parent: str) -> str:
    """平顶山 of 平顶山市, 延边 of 延边朝鲜族自治州, 阿克苏 of 阿克苏地区, 重庆 of 重庆市."""
    autonomous = PREFECTURE_RE.fullmatch(parent)
    return autonomous.group(1) if autonomous else PARENT_SUFFIX_RE.sub("", parent)


@lru_cache(maxsize=1)
def county_regions() -> dict[str, str]:
    """Region name -> the county's full name: every full name but the generic ones (城区, 矿区: words of any
    city's text) and those a zone word ends (浦东新区 is read as a zone, as before); the short form of a 县,
    县级市 or 旗 (介休 of 介休市) where that form is no common word jieba knows (永和 of 永和县 is a brand; 和
    of 和县 too short); an autonomous county by its place (丰宁县, 丰宁 of 丰宁满族自治县) and a wing's banner
    or county by its initials (喀左县, 科左中旗)."""
    regions = {}
    for full in county_names():
        two_characters = len(full) == 2 and full[0] in TWO_CHARACTER_OPENERS
        if GENERIC_COUNTY_RE.fullmatch(full) or full.endswith("新区") or two_characters:
            continue  # 和县 would read 省市和县级 as a county
        regions[full] = full
        for form in _written_forms(full):
            regions.setdefault(form, full)
        short = county_short_name(full)
        if short != full and _safe_short_form(short):
            regions.setdefault(short, full)  # 和康 of 和康县 would read 工作站和康诺 as the county
    return regions


def county_short_name(full: str) -> str:
    """介休 of 介休市, 铜梁 of 铜梁区 (铜梁高新区: a district is named short like a county); the full name where
    there is none."""
    short = COUNTY_SUFFIX_RE.sub("", full)
    if short == full and full.endswith("区") and len(full) >= 3:
        return full[:-1]
    return short


def _written_forms(full: str) -> list[str]:
    """How the genre writes an autonomous county or a wing's banner: 丰宁县 and 丰宁 (丰宁满族自治县), 喀左县
    (喀喇沁左翼蒙古族自治县), 科左中旗 (科尔沁左翼中旗)."""
    forms = []
    autonomous = AUTONOMOUS_RE.fullmatch(full)
    place, suffix = (autonomous.group(1), autonomous.group(2)) if autonomous else (COUNTY_SUFFIX_RE.sub("", full), "")
    if autonomous:
        forms.append(place + suffix)
        if _safe_short_form(place):
            forms.append(place)
    wing = WING_RE.fullmatch(place)
    if wing:
        forms.append(wing.group(1)[0] + wing.group(2) + wing.group(3) + (suffix or full[-1]))
    return forms


def _safe_short_form(short: str) -> bool:
    return len(short) >= 2 and short[0] not in FUNCTION_CHARACTERS and _rare_word(short)


@lru_cache(maxsize=1)
def county_stems() -> frozenset[str]:
    """Every county's short form of two characters or more (仙桃, 合作 too), for the one place where a
    common word is the county all the same: right before a zone's or park's designation (仙桃经济开发区)."""
    stems = {COUNTY_SUFFIX_RE.sub("", name) for name in county_names()}
    stems |= {form[:-1] for name in county_names() for form in _written_forms(name) if form[-1] in "县旗"}  # 喀左
    stems |= {name[:-1] for name in county_regions() if name.endswith("区")}  # 大足 of 大足区 (大足高新区)
    return frozenset(s for s in stems  # (an autonomous county keeps its suffix: no short form)
                     if len(s) >= 2 and s[0] not in FUNCTION_CHARACTERS and not s.endswith(("县", "市", "旗", "区")))


@lru_cache(maxsize=1)
def stem_counties() -> dict[str, str]:
    """Each county stem -> the one county it stands for (大足 -> 大足区, 安达 -> 安达市); a stem two counties share
    (朝阳 of 朝阳县 and 朝阳区) stands for neither."""
    fulls: dict[str, set[str]] = {}
    for full in county_names():
        autonomous = AUTONOMOUS_RE.fullmatch(full)
        for stem in (COUNTY_SUFFIX_RE.sub("", full), full[:-1] if full.endswith("区") else full,
                     autonomous.group(1) if autonomous else full):
            fulls.setdefault(stem, set()).add(full)
    stems = county_stems()
    return {stem: next(iter(names)) for stem, names in fulls.items() if stem in stems and len(names) == 1}


def stem_placed(stem: str, text: str) -> bool:
    """Whether a county's stem before a zone's designation (大足高新区) is the county: the article names the county
    or a city above a county of that name; 东湖高新区 in an article about 武汉 is no 东湖区 of 南昌, 港口工业园区 no
    港口区."""
    full = stem_counties().get(stem)
    if full is None:
        return False
    cues = [full, *county_forms().get(full, ())]
    for parent in county_parent_sets().get(full, ()):
        cues += [parent] + ([_place_of(parent)] if len(_place_of(parent)) >= 2 else [])
    return any(cue and cue != stem and cue in text for cue in cues)


def cued_stems(text: str) -> frozenset[str]:
    """The county stems whose county the article names in full or by a written form (大足 where it names 大足区,
    互助 where it names 互助县): there the stem heading a company's name is the county, whatever jieba reads it as."""
    stems = county_stems() | function_stems()
    cued = set()
    for form, full in county_regions().items():
        if len(form) >= 3 and form in text:
            for stem in (form[:-1], COUNTY_SUFFIX_RE.sub("", full), full[:-1]):
                if stem in stems:
                    cued.add(stem)
    # 应城经济开发区, 应城经开区: a zone named after the county cues it as its full name does
    cued |= {text[m.start() - n:m.start()] for m in ZONE_AFTER_COUNTY_RE.finditer(text) for n in (2, 3)
             if m.start() >= n and text[m.start() - n:m.start()] in stems}
    return frozenset(cued)


ZONE_AFTER_COUNTY_RE = re.compile(r"经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区")


@lru_cache(maxsize=1)
def function_stems() -> frozenset[str]:
    """The short forms that open on a function character (于都, 和田, 同心, 从江): read inside other words
    anywhere else, a county's only where the article names it in full."""
    stems = {COUNTY_SUFFIX_RE.sub("", name) for name in county_names()}
    stems |= {name[:-1] for name in county_names() if name.endswith("区")}  # a district's too (即墨 of 即墨区)
    return frozenset(s for s in stems if len(s) >= 2 and s[0] in EDGE_OPENERS
                     and not s.endswith(("县", "市", "旗", "区")))


def _rare_word(word: str) -> bool:
    """Whether jieba's default dictionary lacks `word` or knows it as a rare word that is no numeral,
    adjective, adverb or conjunction: 介休 (28 uses, mis-tagged a verb) is read as the city, while 兴隆
    (生意兴隆), 三台 (三台设备) and 仙桃 stay the words jieba reads them as, as before the county list."""
    uses = word_frequency(word)
    return uses == 0 or (uses <= RARE_WORD_USES and word_tag(word) not in ("m", "a", "d", "c"))


@lru_cache(maxsize=1)
def autonomous_names() -> frozenset[str]:
    """The full names of the autonomous prefectures, counties and banners (黄南藏族自治州, 宁洱哈尼族彝族自治县)."""
    return frozenset(n for n in (*county_names(), *county_parent_names()) if "自治" in n and not n.endswith("自治区"))
