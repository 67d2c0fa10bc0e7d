"""Names in one tokenized sentence: names that end in a class suffix (``spans`` finds where they start,
``acceptance`` whether they name one thing), names in a list (``lists``), names the gazetteer knows, regions by
their own suffix (长兴县, 湖州市吴兴区), people after a role word, the newsroom of a byline; one mention per span."""

from __future__ import annotations

import re

from chaingraph.authoring.counties import autonomous_names, county_regions
from chaingraph.authoring.dictionary import in_dictionary
from chaingraph.authoring.extract.acceptance import acceptable
from chaingraph.authoring.extract.brand_subjects import brand_subjects
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.fragments import fragment_problem
from chaingraph.authoring.extract.lists import listed_names, quoted_list_names
from chaingraph.authoring.extract.name_words import Context
from chaingraph.authoring.extract.phases import phase_projects
from chaingraph.authoring.extract.place_shapes import BRANCH_RE, PARK_OPERATOR_RE, area_in_park_name, elsewhere
from chaingraph.authoring.extract.places import listed_places, misread_region, zone_heads, zone_nicknames
from chaingraph.authoring.extract.plant_projects import plant_projects
from chaingraph.authoring.extract.rules import (
    BARE_ZONES,
    CJK_NAME,
    KIND_OF,
    LEGAL_SUFFIXES,
    MINISTRIES,
    SUFFIX_CLASSES,
    SUFFIXES,
    ZONE_BRACKET_RE,
    ZONE_WORDS,
)
from chaingraph.authoring.extract.seats import seat_in_brackets
from chaingraph.authoring.extract.spans import listed_head, name_start, quoted_park_core
from chaingraph.authoring.extract.starts import brand_before_seat, trim_start
from chaingraph.authoring.extract.suffixes import suffix_at
from chaingraph.authoring.extract.titled_projects import titled_projects
from chaingraph.authoring.extract.tokens import TOWN_KINDS, Token, is_pronoun, title_spans
from chaingraph.authoring.extract.words import generic_word
from chaingraph.authoring.gazetteer import Gazetteer
from chaingraph.sources.metadata import credit_newsroom
from chaingraph.sources.sentences import Sentence

# 区 ends district names and many words that are no district
NOT_DISTRICTS = ("园区", "城区", "市区", "景区", "社区", "片区", "厂区", "矿区", "山区", "辖区", "功能区", "集中区",
                 "集聚区", "示范区", "试验区", "先行区", "工业区", "商务区", "核心区", "新城区", "老城区", "主城区",
                 "库区", "灾区", "地区", "小区", "街区", "校区", "营区", "保护区", "风景区", "承载区", "起步区",
                 "沉陷区", "塌陷区")
# words jieba tags as places that name no place
NOT_REGIONS = {"城市", "都市", "省市", "县市", "市县", "区县", "地市", "州市", "市区", "县区", "省区", "城区", "外省",
               "外市", "大城市", "中心城市", "城市群", "卫星城市"}


# 分别签约年产钠离子电池8GWh、磷酸铁锂正极材料10万吨项目: two projects listed before a shared 项目, no one name
LISTED_PROJECTS_RE = re.compile(r"\d[^、，]*、[^、，]*?\d[^、，]*项目$")
RESPECTIVELY_REACH = 8  # 分别签约, 分别投资建设 right before the listed projects
# a company's name, then 系/是/为 and another's (jieba may glue the verb to the next name: 系澜/舟海)
COPULA_RE = re.compile(r"^.+?(?:有限公司|有限责任公司|集团)(?:系(?![统列数])|是|为)(?=.{4})")  # (not 系统级封装)
# the posts of a zone's party working committee, after its name (X党工委副书记, X党工委委员)
PARTY_OFFICE_RE = re.compile(r"(?:常务)?副?(?:书记|委员)")


def suffix_names(tokens: list[Token], sentence: Sentence, blocked, gazetteer: Gazetteer) -> list[Mention]:
    """Names found by their form: those that end in a class suffix, walked back to where the name
    starts, the central ministries, and the short names a list of organisations gives (``lists``)."""
    ctx = Context(tokens, blocked, title_spans(sentence.text, sentence.start), gazetteer)
    out = []
    for i, token in enumerate(tokens):
        if (found := None if ctx.in_title(token) else suffix_at(tokens, i)) is None:
            continue
        suffix, j = found
        kind = KIND_OF[SUFFIX_CLASSES[suffix]]
        first = name_start(ctx, i, j, kind)
        first = trim_start(ctx, first, j, class_of(_text(tokens, first, i)) or SUFFIX_CLASSES[suffix])
        first = brand_before_seat(ctx, first, j, class_of(_text(tokens, first, i)) or "")  # 启明/v 新能源（宜良）…
        first, cut = _glued_join(tokens, first, j)
        name = _text(tokens, first, i)[cut:]
        if copula := COPULA_RE.match(name):  # 瀚舟重工（大连）有限公司系瀚舟海洋装备集团…: two names, one the other's
            cut, name = cut + copula.end(), name[copula.end():]
        cls = class_of(name)
        if name.endswith("党工委") and PARTY_OFFICE_RE.match(sentence.text, token.end - sentence.start):
            continue  # X党工委书记: an office of the zone or park X, no body of its own
        if cls and not cut and not acceptable(ctx, name, cls, first, j, i) and KIND_OF[cls] in ("park", "zone"):
            head = listed_head(ctx, first)  # 石家庄国际生物医药园、正定生物医药产业园
            if head is not None and not fragment_problem(_text(tokens, head, i)):
                first, name = head, _text(tokens, head, i)
                out.append(Mention(name, tokens[first].start, token.end, sentence.id, cls))
                continue
        if cls and acceptable(ctx, name, cls, first, j, i):
            end = token.end
            if cls in ("Platform", "ResearchInstitute", "University") \
                    and (close := seat_in_brackets(ctx, first, i)) is not None:  # 中国石油大学（华东）: its campus
                name, end = name + _text(tokens, i + 1, close), tokens[close].end
            elif cls == "IndustrialPark" and (zone := ZONE_BRACKET_RE.match(sentence.text, end - sentence.start)):
                name, end, cls = name + zone.group(0), end + len(zone.group(0)), "HighTechZone"
            named = quoted_park_core(Mention(name, tokens[first].start + cut, end, sentence.id, cls))
            out.append(named)
            if (district := place_in_name(named)) is not None:
                out.append(district)
            if (area := area_in_park_name(named)) is not None:  # (the area as a park of its own gives way)
                out = [m for m in out if (m.start, m.end) != (area.start, area.end)] + [area]
        elif (shared := _shared_host(tokens, first, name, out)) is not None:
            out.append(Mention(shared, tokens[first].start, token.end, sentence.id, "Platform"))
        elif token.word in BARE_ZONES:  # a bare 高新区: the article's own zone, resolved when grouping
            out.append(Mention(token.word, token.start, token.end, sentence.id, "HighTechZone"))
    for name in MINISTRIES:  # named whole: 部 alone is too common a suffix to trust
        for match in re.finditer(name, sentence.text):
            start = sentence.start + match.start()
            if not any(s <= start < e for s, e in ctx.titles):
                out.append(Mention(name, start, start + len(name), sentence.id, "GovernmentBody"))
    for inner in out:  # 西平县产业集聚区食品产业园: a 集聚区 a park lies in is the zone that holds it (README, 工业区)
        if inner.cls == "IndustrialPark" and inner.text.endswith("集聚区") \
                and any(o.kind == "park" and o.start <= inner.start and o.end > inner.end for o in out):
            inner.cls = "HighTechZone"
    out += titled_projects(sentence) + phase_projects(ctx, sentence) + plant_projects(ctx, sentence)
    listed = listed_names(ctx, sentence, out) + quoted_list_names(sentence) + brand_subjects(sentence, gazetteer)
    taken = [(m.start, m.end) for m in listed]  # 磁谷电机 in a list of companies is no product
    return [m for m in out if m.kind != "product" or (m.start, m.end) not in taken] + listed


# the words of a hosted station after its host: 院士工作站, 院士（专家）工作站, 博士后科研工作站
STATION_RE = re.compile(r"(?:院士|专家|（专家）|博士后|科研|创新|实践)+工作站$")


def _shared_host(tokens: list[Token], first: int, name: str, found: list[Mention]) -> str | None:
    """瑞驰智能院士工作站、博士后科研工作站: a station named without its host, right after a station
    of the host's, shares that host (瑞驰智能博士后科研工作站)."""
    if not STATION_RE.fullmatch(name) or first < 1 or tokens[first - 1].word not in ("、", "和", "及", "与"):
        return None
    before = next((m for m in reversed(found) if m.end == tokens[first - 1].start), None)
    host = STATION_RE.search(before.text) if before is not None and before.cls == "Platform" else None
    return before.text[: host.start()] + name if host is not None and host.start() >= 2 else None


def _glued_join(tokens: list[Token], first: int, j: int) -> tuple[int, int]:
    """(first token, characters to drop) of a name with a word jieba glued to it (和平/桂, 从容/桂, 年/制绿氢)."""
    for k in range(j, first, -1):
        word, before = tokens[k].word, tokens[k - 1].word
        if len(word) >= 2 and word[0] in "和与及" and re.fullmatch(rf"{CJK_NAME}+", word) \
                and any(before.endswith(s) and KIND_OF[SUFFIX_CLASSES[s]] in ("organisation", "park", "zone")
                        for s in SUFFIXES if len(s) >= 2):
            return k, 1
    if first > 1 and len(tokens[first].word) < 2 and tokens[first - 1].word in "和与" and tokens[first - 2].tag == "ns":
        return first - 2, 0  # 贵州/和/安/琴弦科技有限公司: a brand opening on 和 (和安), after its province
    if first and len(tokens[first].word) == 1 and re.fullmatch(rf"[从在向到于由]{CJK_NAME}", tokens[first - 1].word):
        return first - 1, 1  # 记者从容/桂街道经济发展办公室获悉: a preposition glued to the name's first character
    if first and re.fullmatch(rf"[年日月]制{CJK_NAME}{{2,}}", tokens[first - 1].word + tokens[first].word):
        return first, 1  # 年/制绿氢: a yearly 制 (makes) glued to the goods made
    return first, 0


def _text(tokens: list[Token], first: int, last: int) -> str:
    return "".join(t.word for t in tokens[first:last + 1])


# the parks a zone is made of, named by their district: 中关村科技园区昌平园, or by the brand, 中关村延庆园, 张江闵行园
ZONE_PART_RE = re.compile(rf"(?:科技园区|^中关村|^张江)(?P<district>{CJK_NAME}{{2,3}})园$")
# 衢山镇船舶配套产业园: a town at the head of a park's or zone's name (jieba cuts towns apart: 衢/山镇)
TOWN_HEAD_RE = re.compile(rf"^(?P<district>{CJK_NAME}{{2,3}}[镇乡])(?!区){CJK_NAME}{{2,}}")
# 山南/市发展和改革委员会, 思茅/区滇南…产业园: a city, county or district heading a body's or a park's name, which
# jieba cut from its suffix (so no token names it)
LEVEL_HEAD_NOT = ("开区", "港区", "综改区", "自治区", "合作区")  # 航空港区管委会, 自治区科技厅: a zone, a province
LEVEL_HEAD_RE = re.compile(rf"^(?P<district>{CJK_NAME}{{2,3}}?[市县区])(?={CJK_NAME}{{3}})")


def place_in_name(mention: Mention) -> Mention | None:
    """The place a zone's or park's name says it lies in, where no token names it: the district a zone's part
    is named by (延庆 of 中关村延庆园), the town heading a park (衢山镇 of 衢山镇船舶配套产业园) or the city,
    county or district heading a government body or a park (山南市 of 山南市发展和改革委员会); a region."""
    match = ZONE_PART_RE.search(mention.text) if mention.cls == "HighTechZone" else None
    if match is None and mention.kind in ("park", "zone"):
        match = TOWN_HEAD_RE.match(mention.text)
        if match and any(w in match.group("district") for w in TOWN_KINDS + ("新镇", "古镇", "乡村")):
            match = None
    if match is None and (mention.kind == "park" or mention.cls == "GovernmentBody"):
        match = LEVEL_HEAD_RE.match(mention.text)
        head = match.group("district") if match else ""
        if match and (head.endswith(NOT_DISTRICTS + ZONE_WORDS + LEVEL_HEAD_NOT) or head in NOT_REGIONS
                      or generic_word(head[:-1]) or head[0] in "全我该本各此其这那每"
                      or in_dictionary(mention.text[len(head) - 1:len(head) + 1])):  # 柯桥区块链: 区块 goes on
            match = None  # 产业园区管委会, 高新区…, 航空港区…: no place
    if match is None:
        return None
    start = mention.start + match.start("district")
    return Mention(match.group("district"), start, start + len(match.group("district")), mention.sentence,
                   "AdministrativeRegion")


def class_of(name: str) -> str | None:
    """The class a name's suffix says (some 中心 are government bodies or newsrooms)."""
    suffix = next((s for s in SUFFIXES if name.endswith(s)), None)
    if suffix is None:
        return None
    cls = SUFFIX_CLASSES[suffix]
    if suffix == "局" and re.match(r"中(?:铁|建|交|冶|核|水|电)", name):
        return "Company"  # 中建三局, 中铁十二局: engineering companies of the central groups
    if suffix == "中心" and (branch := BRANCH_RE.match(name)):
        return class_of(branch.group(1))  # X工程技术研究中心永安分中心: a branch is of its parent's class
    if suffix == "中心" and re.search(r"政务|行政|管理|企业服务|发展改革|审批|公共资源交易|招商|促进|推进|投资合作|"
                                     r"发展中心|地方金融|人才服务|就业服务|便民服务|退役军人|不动产登记|公积金", name) \
            and not re.search(r"创新|研发|技术|检测|检验|孵化|工程|公司|集团|试飞|试验|测试|中试|认证|计量"
                              r"|投资发展", name):
        return "GovernmentBody"  # X有限公司数据中心: a facility; 通航试飞服务中心: a platform by its work
    if suffix == "园" and ZONE_PART_RE.search(name):
        return "HighTechZone"  # 中关村科技园区昌平园, 中关村延庆园: one of the parks a national zone is made of
    if suffix == "中心" and re.search(r"融媒", name):
        return "Publisher"
    if suffix == "中心" and re.search(r"技术研究中心|工程研究中心", name):
        return "ResearchInstitute"
    return cls


# 某某融媒 · 2025-03-18 10:26 · 吉林, …发布于 18:30 IP属地：四川: where a feed card says the post was sent from, a
# province the account is in, no place the article speaks of
POSTED_FROM_RE = re.compile(r"(?:\d{1,2}:\d{2}\s*[·•]|IP属地[：:]?)\s*$")


def known_names(tokens: list[Token], sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """Regions (from the gazetteer, or by their own suffix) and known names the text writes as whole words."""
    out = []
    titles = title_spans(sentence.text, sentence.start)
    for n, token in enumerate(tokens):
        if any(s < token.end and token.start < e for s, e in titles):
            continue
        if token.word in gazetteer.regions:
            posted_from = POSTED_FROM_RE.search(sentence.text[:token.start - sentence.start])
            if not _starts_a_brand(tokens, n, gazetteer) and not _heads_a_quoted_brand(tokens, n) \
                    and not misread_region(tokens, n) and not posted_from:
                out.append(Mention(token.word, token.start, token.end, sentence.id, "AdministrativeRegion"))
            continue
        if token.word in gazetteer.economic:
            out.append(Mention(token.word, token.start, token.end, sentence.id, "EconomicRegion"))
            continue
        known = gazetteer.lookup(token.word)
        if known and not is_pronoun(token.word) and KIND_OF.get(known.cls) and not elsewhere(tokens, n, known.label):
            out.append(Mention(token.word, token.start, token.end, sentence.id, known.cls, known=known))
        elif _district(tokens, n, gazetteer):
            out.append(Mention(token.word, token.start, token.end, sentence.id, "AdministrativeRegion"))
        elif _split_district(tokens, n):
            nxt = tokens[n + 1]
            out.append(Mention(token.word + nxt.word, token.start, nxt.end, sentence.id, "AdministrativeRegion"))
        elif (level := _committee_level(tokens, n)) is not None:
            out.append(Mention(token.word + level, token.start, token.end + 1, sentence.id, "AdministrativeRegion"))
    out += listed_places(tokens, sentence, gazetteer) + zone_heads(tokens, sentence, gazetteer) \
        + zone_nicknames(tokens, sentence, gazetteer)
    out = _autonomous_places(sentence, out)
    return out + _event_places(sentence, out) + _districts_after_regions(sentence, out)


# 宁洱哈尼族彝族自治县, 楚雄彝族自治州: a place, its peoples and 自治县/州/旗, which jieba cuts into words
AUTONOMOUS_RE = re.compile(rf"{CJK_NAME}{{2,3}}?(?:{CJK_NAME}{{1,4}}?族){{1,3}}自治[县州旗]")


def _autonomous_places(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """The regions found, with an autonomous county's, prefecture's or banner's name whole in place of the
    bare 自治县 (or the peoples' words) the tokens gave."""
    whole = []
    for match in AUTONOMOUS_RE.finditer(sentence.text):  # (日在黄南藏族自治州: the known name the match ends in)
        cut = next((k for k in range(len(match.group(0))) if match.group(0)[k:] in autonomous_names()), 0)
        whole.append(Mention(match.group(0)[cut:], sentence.start + match.start() + cut, sentence.start + match.end(),
                             sentence.id, "AdministrativeRegion"))
    inside = [m for m in found if any(w.start <= m.start and m.end <= w.end for w in whole)]
    return [m for m in found if m not in inside or m.text in (w.text for w in whole)] \
        + [w for w in whole if not any(m.text == w.text and m.start == w.start for m in found)]


# 天津市静海区: a district right after its city's name, whatever jieba makes of it (静/海区)
DISTRICT_AFTER_RE = re.compile(rf"({CJK_NAME}{{1,3}}?(?:区|县|旗))")


def _districts_after_regions(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    out = []
    for region in (m for m in found if m.cls == "AdministrativeRegion" and m.text.endswith(("市", "省"))):
        match = DISTRICT_AFTER_RE.match(sentence.text, region.end - sentence.start)
        if match is None or any(m.start < region.end + len(match.group(1)) and region.end < m.end for m in found):
            continue
        name = match.group(1)
        if name.endswith(NOT_DISTRICTS + ZONE_WORDS + ("开区",)) or name in NOT_REGIONS or len(name) < 3 \
                or re.match(r"[是为在与和及]?[全我该本各此其这那每]", name):
            continue  # 乌兰察布市是全区…: the whole region the city belongs to, no district of it
        out.append(Mention(name, region.end, region.end + len(name), sentence.id, "AdministrativeRegion"))
    return out


# 签约仪式在蕉城区举行: where an event is held is a place, whatever jieba makes of its name
EVENT_PLACE_RE = re.compile(rf"在({CJK_NAME}{{1,4}}(?:区|县|旗))(?:隆重|正式|顺利)?(?:举行|召开|举办|开幕|启动)")


def _event_places(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    out = []
    for match in EVENT_PLACE_RE.finditer(sentence.text):
        name = match.group(1)
        start = sentence.start + match.start(1)
        town = name.endswith("城区") and name[:-2] not in ("主", "老", "新", "旧", "中心", "核心", "全")  # 蕉城区
        if (name.endswith(NOT_DISTRICTS + ZONE_WORDS + ("开区",)) and not town) or name in NOT_REGIONS \
                or len(name) < 3 or any(m.start <= start < m.end for m in found):
            continue
        out.append(Mention(name, start, start + len(name), sentence.id, "AdministrativeRegion"))
    return out


def _committee_level(tokens: list[Token], n: int) -> str | None:
    """浏阳/市委常委, 清河/县委书记, 松北/区政府: a place word before the party committee or the government of
    a city, county or district names that region (浏阳市); the level's character, else None."""
    token = tokens[n]
    if n + 1 >= len(tokens) or not re.fullmatch(rf"{CJK_NAME}{{2,4}}", token.word):
        return None
    match = re.match(r"([市县区旗])(?:委|政府|人民政府|人大|政协)", tokens[n + 1].word)
    if match is None or token.word.endswith(("市", "县", "区", "省")):
        return None  # (玉门/n 市委书记: a county-level city jieba reads as a noun, known by its full name)
    return match.group(1) if token.tag == "ns" or token.word + match.group(1) in county_regions() else None


def _split_district(tokens: list[Token], n: int) -> bool:
    """柯桥/区, 上虞/区: a place name jieba split from its district or county suffix, at a clause's start
    or before 的, a verb or a mark (not 柯桥区块链, not a zone or a body named after it)."""
    if n + 1 >= len(tokens) or tokens[n].tag not in ("ns", "nr", "nz", "nrfg", "nrt") \
            or not 2 <= len(tokens[n].word) <= 3:  # 曹妃甸/nrfg 区: jieba's tag for a name it half knows
        return False
    if tokens[n + 1].word not in ("区", "县", "旗") or tokens[n].word[-1] in "新开区县市省":
        return False
    following = tokens[n + 2] if n + 2 < len(tokens) else None
    return following is None or following.word in ("的", "和", "、", "，", "。", "等") or following.tag.startswith("v")


def _district(tokens: list[Token], n: int, gazetteer: Gazetteer) -> bool:
    """长兴县, 如东县, 湖州市吴兴区: a place word with an administrative suffix is a region."""
    word = tokens[n].word
    if not re.fullmatch(rf"{CJK_NAME}{{1,6}}(?:省|市|县|区|州|旗|盟|镇|乡)|{CJK_NAME}{{2,6}}街道"
                        rf"|{CJK_NAME}{{2,8}}自治(?:县|州|旗)", word):  # 巴里坤哈萨克自治县: a people's name in it
        return False
    after_region = n > 0 and tokens[n - 1].word in gazetteer.regions and len(word) >= 3
    if word.endswith(NOT_DISTRICTS) and not _named_district(tokens[n], after_region):
        return False
    if len(word) < 3 and not word.endswith("县"):
        return False  # 上市, 城市: a one-character stem names a county at most (沛县)
    if word.endswith(tuple(SUFFIX_CLASSES)) and not word.endswith(("市", "县", "省", "州", "旗", "盟", "区")):
        return False
    if word.endswith("区") and (len(word) < 3 or word.endswith(ZONE_WORDS + ("开区",))):  # 汽开区: a zone
        return False
    if word in NOT_REGIONS or word[0] in "全我该本各此其这那每":
        return False
    if any(w in word for w in TOWN_KINDS):
        return False
    county = word.endswith("县") and len(word) >= 3  # 民权县: jieba tags some county names as common nouns
    return tokens[n].tag in ("ns", "nr", "nz") or after_region or county


def _named_district(token: Token, after_region: bool) -> bool:
    """萧山区, 济南市历城区: a district jieba knows as a place, or one right after its city, though it
    ends like 山区 or 城区 (mountains, a town's centre); not 主城区, 新城区."""
    word = token.word
    return (token.tag == "ns" or after_region) and len(word) >= 3 and word.endswith(("山区", "城区")) \
        and word not in NOT_DISTRICTS


def _heads_a_quoted_brand(tokens: list[Token], n: int) -> bool:
    """“西藏好水”品牌, “宁夏枸杞”商标: a place that opens a brand in quotes names the brand, not the region."""
    if n < 1 or tokens[n - 1].word != "“":
        return False
    close = next((k for k in range(n + 1, min(n + 6, len(tokens))) if tokens[k].word == "”"), None)
    following = "".join(t.word for t in tokens[close + 1:close + 3]) if close else ""
    return close is not None and close > n + 1 and following.startswith(("品牌", "区域公用品牌", "商标", "牌"))


def _starts_a_brand(tokens: list[Token], n: int, gazetteer: Gazetteer) -> bool:
    """深圳珈钠, 广东容钠: a place right before a word jieba does not know starts a company's name."""
    if n + 1 >= len(tokens) or tokens[n].word.endswith(("省", "市", "县", "区")):
        return False  # a short name starts with the bare place (深圳珈钠), not 深圳市
    nxt = tokens[n + 1]
    if nxt.word in gazetteer.regions or nxt.word in gazetteer.names or not re.fullmatch(rf"{CJK_NAME}+", nxt.word) \
            or generic_word(nxt.word) or nxt.word in SUFFIX_CLASSES \
            or re.fullmatch(r"[两三四五六]?[地区县市]", nxt.word):  # 德阳/经开区, 郫都/两区: a zone, a count of places
        return False
    if len(nxt.word) >= 2:
        return not in_dictionary(nxt.word) and nxt.tag != "ns"
    following = tokens[n + 2].word if n + 2 < len(tokens) else ""
    # a single character that is no word of its own next to another (深圳/珈/钠)
    return nxt.tag in ("g", "ng", "zg", "ag", "vg", "tg") and bool(re.fullmatch(rf"{CJK_NAME}", following))


def byline_publishers(sentence: Sentence) -> list[Mention]:
    """（自贡融媒记者 …）: the newsroom a credit names before 记者, read as the capture's metadata
    reads it (sources.metadata.credit_newsroom: never 本报, 特约 and the like)."""
    if sentence.kind != "byline":
        return _asking_newsrooms(sentence) + _agencies(sentence)
    found = credit_newsroom(sentence.text)
    if found is None:
        return []
    name, at = found
    start = sentence.start + at
    return [Mention(name, start, start + len(name), sentence.id, "Publisher")]


# 记者提问（北疆晨报记者）：, 草原融媒记者： a transcript's cue names the newsroom whose reporter asks
# the longer ending first: X融媒体中心记者 is a newsroom, not X融媒 + 体中心
NEWSROOM_ENDS = "日报|晚报|晨报|商报|都市报|融媒体中心|融媒|广播电视台|电视台|新闻网|客户端"
ASKING_RE = re.compile(rf"(?:^|[（(]|提问[：:]?)({CJK_NAME}{{2,10}}?(?:{NEWSROOM_ENDS}))记者(?:[）)]|[：:]|提问)")


# 新华社广州5月21日电（记者 …）, …作业。新华社记者 刘浩源 摄: an agency opening its dateline or crediting its reporter
AGENCY_RE = re.compile(rf"(?:^|(?<=[。；\s]))(新华社|中新社|{CJK_NAME}{{2,8}}?(?:通讯社|新闻社))"
                       rf"(?=记者|{CJK_NAME}{{0,6}}?\d{{1,2}}月\d{{1,2}}日电)")


def _agencies(sentence: Sentence) -> list[Mention]:
    return [Mention(m.group(1), sentence.start + m.start(1), sentence.start + m.end(1), sentence.id, "Publisher")
            for m in AGENCY_RE.finditer(sentence.text)]


def _asking_newsrooms(sentence: Sentence) -> list[Mention]:
    """A press conference's transcript credits each question to the newsroom whose reporter asks it
    (记者提问（北疆晨报记者）：): the newsroom is one the article names."""
    out = []
    for match in ASKING_RE.finditer(sentence.text):
        start = sentence.start + match.start(1)
        out.append(Mention(match.group(1), start, start + len(match.group(1)), sentence.id, "Publisher"))
    return out


# what follows a base that a list of projects names: 、(总投资18亿元的)Y二期等项目, 等3个项目
LISTED_PROJECT_RE = re.compile(r"(?:[、和及][^，。；：、]{1,30})?等(?:[\d一二两三四五六七八九十]+个)?"
                               r"(?:重点|重大)?项目")


def parks_named_in_projects(mentions: list[Mention], text: str) -> list[Mention]:
    """滨江光伏产业园项目, 黔云数智算力产业园项目: a park's name right before 项目 names the project that builds
    it, the park not (yet) an entity of its own; a platform's (江海氢能检测认证中心（X）建设项目) names the project
    and the platform it builds, which the project's figures describe (the dev golds keep both, 11 of 15)."""
    projects = {(m.start, m.end) for m in mentions if m.kind == "project"}
    out = []
    for mention in mentions:
        if mention.kind == "park" and mention.text.endswith("基地") and LISTED_PROJECT_RE.match(text, mention.end):
            out.append(Mention(mention.text, mention.start, mention.end, mention.sentence, "Project"))
            continue  # 推动总投资35亿元的X产业化基地、Y二期等项目开工: a base in a list of projects is a project
        if (mention.kind == "park" or mention.cls == "Platform") and text.startswith("项目", mention.end):
            span = (mention.start, mention.end + 2)
            if span not in projects:
                out.append(Mention(mention.text + "项目", *span, mention.sentence, "Project"))
                projects.add(span)
            if mention.kind == "park" or any(suffix in mention.text for suffix in LEGAL_SUFFIXES):
                continue  # (X有限公司晶圆级测试基地项目: a company's own base, no platform)
        out.append(mention)
    return out


def without_listed_projects(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions without a "project" that is two listed after 分别 (分别签约年产A8GWh、B10万吨项目); one project
    named by two figures (年回收废铝20万吨、生产再生铝合金锭15万吨项目) stays one."""
    return [m for m in mentions if m.kind != "project" or not LISTED_PROJECTS_RE.search(m.text)
            or "分别" not in text[max(0, m.start - RESPECTIVELY_REACH):m.start]]


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """One mention per span; mentions inside others kept only where they name something else; a
    project or product that holds a person's role and name (市长刘东海宣布项目) is none."""
    people = [m for m in mentions if m.role]
    mentions = [m for m in mentions if m.kind not in ("project", "product")
                or not any(m.start < p.start and p.end <= m.end for p in people)]
    companies = [m for m in mentions if m.cls == "Company"]
    mentions = [m for m in mentions if m.kind != "product"  # 港资企业金威汽车零部件…: no product runs into a name
                or not any(m.start < c.start < m.end < c.end for c in companies)]
    by_span: dict[tuple[int, int], Mention] = {}
    for mention in mentions:
        held = by_span.get((mention.start, mention.end))
        if held is None or (mention.known and not held.known) or mention.role:
            if held is not None and held.role and not mention.role:
                continue
            by_span[(mention.start, mention.end)] = mention
    spans = sorted(by_span.values(), key=lambda m: (m.start, -(m.end - m.start)))
    kept = []
    for mention in spans:
        outers = [o for o in spans if o is not mention and o.start <= mention.start and mention.end <= o.end
                  and (o.end - o.start) > (mention.end - mention.start)]
        if any(_hidden_inside(mention, outer) for outer in outers):
            continue
        if outers:
            mention.nested_in = min(outers, key=lambda o: o.end - o.start)
        kept.append(mention)
    return kept


def _hidden_inside(mention: Mention, outer: Mention) -> bool:
    """A name inside a longer name is its own entity only where it names something else."""
    if mention.kind == "region":  # 钦州市人民政府 names the city; 深圳珈钠, 宁德时代, 湖北省…中试平台 do not
        tail = outer.kind in ("park", "zone") and mention.end == outer.end and mention.start > outer.start
        return tail or outer.kind in ("person", "product") or (outer.kind == "organisation"
                                                               and outer.cls != "GovernmentBody")  # 产业新城: no 新城
    if outer.kind in ("person", "product") or mention.kind == "person":
        return True
    if mention.cls == outer.cls or {mention.cls, outer.cls} == {"Fund", "IndustrialPark"}:
        return True  # 南湖基金小镇 is no fund, 新吴芯港…产业投资基金 names no park
    if mention.kind == "park" and outer.cls == "Company" \
            and PARK_OPERATOR_RE.match(outer.text, mention.end - outer.start):
        return True  # 桓台氢谷产业园运营管理有限公司: the park's operator; the park is no entity of its own there
    if mention.kind == "park" and outer.kind == "zone" and mention.start == outer.start:
        return True  # 中关村科技园区 of 中关村科技园区昌平园: the zone's part is named, not the park
    if mention.cls in ("Incubator", "Platform") and outer.kind == "park" and mention.start == outer.start \
            and outer.end - mention.end <= 2:
        return True  # 两江氢能加速器园区: a park named as an accelerator, no accelerator of its own
    return mention.kind == "product" and outer.kind != "project"
