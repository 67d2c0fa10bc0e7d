"""Places named bare: counties and districts the gazetteer does not know, named without their
administrative suffix, as regional news names them in lists (联动广汉、什邡、绵竹; 文昌、琼海、澄迈等市县;
赴上海嘉定、江苏昆山; 推动松北、呼兰两区与深圳南山、福田…), after 在 (在什邡建设), and the place at
the head of a zone's or park's name the tokenizer keeps whole (苏州高新区).

A list's items are places when the list says so: a head after it (等地, 等市县, 三区), or a sibling the
gazetteer knows as a region with every other item a place word to jieba too, or three items or more
that are all place words to jieba. An item is one word,
or a known province or city and the place word right after it (上海嘉定: both are regions).
"""

from __future__ import annotations

import re

from chaingraph.authoring.counties import county_cued, county_regions, stem_counties, stem_placed
from chaingraph.authoring.dictionary import word_tag
from chaingraph.authoring.extract.abroad import ABROAD, MARKETS_ABROAD
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.name_words import NAME_JOINERS
from chaingraph.authoring.extract.people import CREDIT_WORDS
from chaingraph.authoring.extract.rules import CJK_NAME, KIND_OF, ROLE_RE, SUFFIX_CLASSES, SUFFIXES, SURNAMES
from chaingraph.authoring.extract.tokens import ZONE_DESIGNATION_RE, Token
from chaingraph.authoring.extract.words import generic_word
from chaingraph.authoring.gazetteer import (
    CITY_NAMES,
    WORD_CITIES,
    Gazetteer,
    county_short_forms,
    generic_regions,
)
from chaingraph.sources.sentences import Sentence

# what follows a list of places: 等地, 等市县, 等省, 两区, 三地, 等城市 (not 等地区企业: a place then too)
PLACE_HEAD_RE = re.compile(r"^(?:等|[两二三四五六七八九十几多]|等[两二三四五六七八九十几多]?)"
                           r"(?:地|市县|县市|区县|省市|市|县|区|省|旗|盟|城市|地区|州)")
PLACE_TAGS = ("ns",)
JOINS = {"、", "和", "与", "及"}
# before a bare place: 在什邡建设, 落户广汉, 来自琼海
PLACE_LEAD_INS = {"在", "落户", "位于", "赴", "来自", "布局", "扎根", "选址"}
NOT_PLACES = {"城市", "都市", "省市", "县市", "市县", "区县", "地市", "州市", "市区", "县区", "省区", "城区", "外省",
              "外市", "各地", "当地", "本地", "外地", "两地", "三地", "异地", "全国", "全省", "全市", "国内", "海外",
              "境外", "省内", "省外", "市内", "区内", "县内", "周边", "沿海", "内陆", "东部", "西部", "南部", "北部",
              "中部", "东北", "西北", "西南", "东南", "华东", "华南", "华北", "华中",
              "街道", "社区", "乡镇", "村镇", "镇村"} \
    | MARKETS_ABROAD  # (洪桥/街道、归阳镇: the kind of place jieba cut from its name; markets: 远销欧洲、东南亚)


def _place_word(token: Token, gazetteer: Gazetteer) -> bool:
    """A word that can be a bare place: two to four characters of a name, no class suffix, no word
    of another kind the graph knows."""
    word = token.word
    if not re.fullmatch(f"{CJK_NAME}{{2,4}}", word) or word in NOT_PLACES or generic_word(word):
        return False
    known = gazetteer.lookup(word)
    if known and KIND_OF.get(known.cls) != "region":
        return False
    return not any(word.endswith(s) and len(word) > len(s) for s in SUFFIXES) and word not in SUFFIXES


def _is_region(word: str, gazetteer: Gazetteer) -> bool:
    """A region by the gazetteer or by its suffix (攸县, 吴兴区; not 端州, a bare name ending in 州)."""
    return word in gazetteer.regions or bool(re.fullmatch(f"{CJK_NAME}{{1,6}}(?:省|市|县|区|旗|盟)", word)) \
        and (len(word) >= 3 or word.endswith("县"))


def listed_places(tokens: list[Token], sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """Bare places in a list of places, and a bare place after 在 and the like before a verb."""
    out = []
    for items, after in _lists(tokens):
        following = sentence.text[after - sentence.start:]
        words = [tokens[i] for i in items]
        known = [t for t in words if _is_region(t.word, gazetteer)]
        headed = bool(PLACE_HEAD_RE.match(following))
        bare = [t for t in words if t not in known]
        if any(t.word in ABROAD for t in words):
            continue  # 出口孟加拉国、越南等地: markets abroad (a seat abroad is found by `abroad`)
        if not bare or not all(_place_word(t, gazetteer) for t in bare):
            continue
        tagged = all(t.tag in PLACE_TAGS for t in bare)
        if headed or (known and tagged) or (tagged and len(words) >= 3):
            out += [Mention(t.word, t.start, t.end, sentence.id, "AdministrativeRegion") for t in bare]
    for n, token in enumerate(tokens[1:-1], start=1):
        if tokens[n - 1].word in PLACE_LEAD_INS and token.tag in PLACE_TAGS and _place_word(token, gazetteer) \
                and not _is_region(token.word, gazetteer) and tokens[n + 1].tag.startswith("v"):
            out.append(Mention(token.word, token.start, token.end, sentence.id, "AdministrativeRegion"))
    return out


def _lists(tokens: list[Token]) -> list[tuple[list[int], int]]:
    """(the indices of the items' place words, the offset after the last item) of each list whose items
    are one word, or a known place and a word (上海嘉定): 广汉、什邡、绵竹 -> ([i, j, k], end of 绵竹)."""
    out = []
    n = 0
    while n < len(tokens):
        if tokens[n].word != "、":
            n += 1
            continue
        items = [_item_before(tokens, n)]
        m = n
        while m < len(tokens) and tokens[m].word in JOINS:
            item = _item_after(tokens, m)
            if item is None:
                break
            items.append(item)
            m = item[-1] + 1
        n = max(m, n + 1)
        if None in items or len(items) < 2:
            continue
        flat = [i for item in items for i in item]
        out.append((flat, tokens[items[-1][-1]].end))
    return out


def _item_before(tokens: list[Token], comma: int) -> list[int] | None:
    if comma == 0:
        return None
    last = comma - 1
    if last > 0 and tokens[last - 1].tag == "ns" and tokens[last].tag == "ns":
        return [last - 1, last]  # 上海嘉定
    return [last]


def _item_after(tokens: list[Token], join: int) -> list[int] | None:
    first = join + 1
    if first >= len(tokens):
        return None
    nxt = first + 1
    if nxt < len(tokens) and tokens[first].tag == "ns" and tokens[nxt].tag == "ns" \
            and (nxt + 1 == len(tokens) or tokens[nxt + 1].word in JOINS | {"等"}
                 or tokens[nxt + 1].tag[:1] in ("v", "x", "u", "p", "c")):
        return [first, nxt]  # 江苏昆山
    return [first]


def zone_heads(tokens: list[Token], sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """苏州高新区 as one word (a name the graph knows, or one jieba's own dictionary keeps whole:
    天津经济技术开发区): the place at the head of a zone's or park's name is a region too."""
    out = []
    for n, token in enumerate(tokens):
        known = gazetteer.lookup(token.word)
        kind = KIND_OF.get(known.cls) if known else _suffix_kind(token.word)
        if kind not in ("zone", "park") or token.word in gazetteer.regions:
            continue
        head = next((token.word[:k] for k in range(min(len(token.word) - 1, 8), 1, -1)
                     if token.word[:k] in gazetteer.regions), None)
        head = head or next((token.word[:k] for k in (3, 2) if token.word[:k] in stem_counties()
                             and ZONE_DESIGNATION_RE.match(token.word, k) and _opens_name(tokens, n)), None)
        # (安达经济开发区: 安达市)
        if head:
            out.append(Mention(head, token.start, token.start + len(head), sentence.id, "AdministrativeRegion"))
    return out + _stems_before_zones(tokens, sentence, gazetteer)


def _stems_before_zones(tokens: list[Token], sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """安达/经济开发区: a county's stem jieba knows as another word, right before a zone's designation, is the
    county (its full name is the region's, see counties.stem_counties)."""
    return [Mention(token.word, token.start, token.end, sentence.id, "AdministrativeRegion")
            for n, token in enumerate(tokens) if (token.tag == "ns" and token.word in stem_counties()
                                                  or token.word in WORD_CITIES)  # (安康/高新区: 安康市)
            and token.word not in gazetteer.regions and _opens_name(tokens, n)
            and ZONE_DESIGNATION_RE.match("".join(t.word for t in tokens[n + 1:n + 4]))]


def _opens_name(tokens: list[Token], n: int) -> bool:
    """Whether token n opens a name: no name word right before it but a city or a province (苏州/昆山高新区);
    新材料/合作产业园, 榆神工业区/清水工业园: a word inside a longer name or a town, no county."""
    before = tokens[n - 1] if n > 0 and tokens[n - 1].end == tokens[n].start else None
    return before is None or not re.match(rf"{CJK_NAME}", before.word) or before.tag[:1] in "pvcdumtrfq" \
        or before.word in CITY_NAMES


def _suffix_kind(word: str) -> str | None:
    """The kind a word's own suffix of three characters or more gives (经济技术开发区: a zone)."""
    suffix = next((s for s in SUFFIXES if word.endswith(s) and len(s) >= 3 and len(word) > len(s)), None)
    return KIND_OF[SUFFIX_CLASSES[suffix]] if suffix else None


def zone_nicknames(tokens: list[Token], sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """北京亦庄与徐水区合作共建…: a national zone named by its city and the area it grew from (the gazetteer's
    list, data/reference/gazetteer/zone-nicknames.yaml), where the nickname stands alone: not where it heads a
    longer name (北京亦庄投资控股有限公司, 北京亦庄生物医药园). Its city is a region, as at a zone's head."""
    out = []
    for n in range(len(tokens)):
        for width in (1, 2):
            name = "".join(t.word for t in tokens[n:n + width])
            city = gazetteer.zone_nicknames.get(name)
            if city is None:
                continue
            after = tokens[n + width] if n + width < len(tokens) else None
            if after is None or not re.fullmatch(rf"{CJK_NAME}+", after.word) or after.tag[:1] in ("p", "c", "u", "d") \
                    or (after.tag[:1] == "v" and after.word not in NAME_JOINERS):
                start = tokens[n].start
                out.append(Mention(name, start, tokens[n + width - 1].end, sentence.id, "HighTechZone"))
                short = next((c for c in (city, city.removesuffix("市")) if name.startswith(c)), None)
                if short:  # where it is: 北京 of 北京亦庄
                    out.append(Mention(short, start, start + len(short), sentence.id, "AdministrativeRegion"))
    return out


def misread_region(tokens: list[Token], n: int) -> bool:
    """Whether a bare region word is part of something else: a village, town or street when 村, 镇, 乡, 路 or 街
    follows it as a word of its own (斜桥镇庆云村, 杭州市温州路; 浙江乡村振兴 stays 浙江's); a county's short form
    after a surname or a credit is a person's given name (郑/永康, 摄影：周宁; not 向/宁国 or 于/安吉, a
    preposition before the place)."""
    token = tokens[n]
    following = tokens[n + 1] if n + 1 < len(tokens) and tokens[n + 1].start == token.end else None
    bare = not token.word.endswith(("省", "市", "县", "区", "旗"))
    if bare and following is not None and SMALLER_PLACE_RE.fullmatch(following.word):
        return True
    if token.word not in county_short_forms() or n == 0:
        return False
    before = tokens[n - 1]
    surname = len(before.word) == 1 and before.word in SURNAMES and before.end == token.start \
        and not before.tag.startswith(("p", "c", "v", "d"))
    credit = before.word in ("：", ":") and n >= 2 and (tokens[n - 2].word in CREDIT_WORDS
                                                         or ROLE_RE.fullmatch(tokens[n - 2].word) is not None)
    return surname or credit or ROLE_RE.fullmatch(before.word) is not None


SMALLER_PLACE_RE = re.compile(r"村|镇|乡|屯|路|街|大道|社区")

# a bare place the clause itself says is one: after 落户/位于/选址 (于), 在, 赴, 向, or in a list of places (…等地);
# not after 现在/得益于/面向/达到/截至 (words that end in a preposition's character)
PLACED_BEFORE_RE = re.compile(r"(?:落户|位于|落地|坐落|选址|来自)(?:于|在)?$|(?<![现正存实所内外自好潜])在$|赴$"
                              r"|(?<![面方转导走趋取指])向$|(?<![达得受遇看想感])到$|(?<![截直乃甚以])至$")
# 江油、安州、北川等地, 双流、郫都两区
PLACED_AFTER_RE = re.compile(r"(?:[、和][^，。；：、和]{1,6})*(?:等地|等[市县区]|[两三四五][地区县市])")
LISTED_AFTER_RE = re.compile(r"[、，。；：和及]")  # 赴浙江温岭、江苏江阴: a province's place in a list


def drop_uncued_counties(candidates, text: str) -> None:
    """A county's short form is a region only with a cue (`counties.county_cued`: its full name or the city above
    it in the article), a zone or park named after it (梅河口医药高新区), a province or city right before it in a
    list (赴浙江温岭、江苏江阴), or a clause that places it (落户于安吉, 江油、安州、北川等地); 宝丰 of 宝丰能源, 梨树
    and 华安 of 在华安证券的研报中 name no county."""
    places = [n for c in candidates if c.kind in ("zone", "park") for n in c.names]  # 梅河口医药高新区 names it
    stems = stem_counties()
    for candidate in (c for c in candidates if c.kind == "region"):  # 安达 of 安达经济开发区 (_stems_before_zones)
        candidate.mentions = [m for m in candidate.mentions if m.text not in stems or m.text in generic_regions()
                              or m.text in WORD_CITIES  # 白银高新区: the city's, not 白银区's
                              or not ZONE_DESIGNATION_RE.match(text, m.end) or stem_placed(m.text, text)]
    for candidate in (c for c in candidates if c.kind == "region"):  # 宝丰 of 宝丰能源: no county without a cue
        candidate.mentions = [m for m in candidate.mentions if m.text not in county_short_forms()
                              or county_cued(m.text, text) or (any(n.startswith(m.text) for n in places)
                                                               and not county_regions()[m.text].endswith("区"))
                              or (PLACED_BEFORE_RE.search(text[max(0, m.start - 4):m.start])
                                  and not _goes_on_as_a_name(text, m.end))  # 在华安证券的研报中: a brand
                              or (any(text[max(0, m.start - k):m.start] in CITY_NAMES for k in (2, 3, 4))
                                  and LISTED_AFTER_RE.match(text, m.end))  # 赴浙江温岭、…; not 宁夏宝丰能源
                              or PLACED_AFTER_RE.match(text, m.end)]


def _goes_on_as_a_name(text: str, end: int) -> bool:
    """Whether a noun follows a short form right away (华安/证券, 宝丰/能源): it heads a name, no county."""
    following = text[end:end + 2]
    return len(following) == 2 and word_tag(following).startswith("n")
