"""Totals of a whole place: 全市/全县/全区/我市/本区/县内… (规上工业增加值, 固定资产投资, 产业集群产值,
招商引资到位资金, 力争到2027年…突破…) are held by the place those words refer to, the way a planner keeps them.

* 全市, 我市, 本市 (and 县, 省, 州, 旗, 镇 alike): the region of that level the article is about: the one its title
  names, else the one it names most often before the figure (the first on a tie), so a county-level city named in
  passing (肇东市的X公司…。全市…) does not take the prefecture's totals; 该市 points back to its sentence's city.
* 全区, 我区, 本区: the zone in an article about a zone (高新区, 经开区), the district in one about a district
  (静海区举办…: a zone named there is where a meeting is held, not the 区 of 全区).
* A place named as the clause's subject (2024年，绍兴集成电路产业实现营业收入780亿元; 璧山将依托X中心…，力争…
  突破300亿元) holds the figure when no company, park, project or zone is named between it and the figure
  other than as an object (依托X, 打造Y).
* A target with no subject (力争到2027年，…产值突破1000亿元) after a sentence naming a fund or a platform is the
  article's place's, not the fund's: a fund holds its own size and investments, not a region's ambitions.
A park or zone named as where an event is held (在X产业园举行的…) is a venue, never the owner of its tallies.
"""

from __future__ import annotations

import re
from collections import Counter

from chaingraph.authoring.counties import lies_in
from chaingraph.authoring.extract.candidates import Figure, Mention
from chaingraph.authoring.extract.place_roles import reached_by, served, share_of, zone_of_own_post
from chaingraph.authoring.extract.rules import CJK, CJK_NAME, abbreviation_end, clause_start_before
from chaingraph.authoring.extract.titles import titled

# the level a word refers to: 全市 -> 市; 区 is a zone or a district (see _district_or_zone); 县财政 (not 县财政局,
# a body) is the county's purse
WHOLE_PLACE_RE = re.compile(r"(?:全|我|本|该)(市|县|区|省|州|旗|镇|盟)(?![场长委政级属直块])|"
                            r"(县|市)(?:内|域|财政(?!局))(?!外)|全域")
LEVEL_ENDS = {"市": ("市",), "县": ("县",), "区": ("区",), "省": ("省", "自治区"), "州": ("州",), "旗": ("旗",),
              "镇": ("镇",), "盟": ("盟",)}
SUBJECT_KINDS = ("organisation", "park", "zone", "project")
PLACE_KINDS = ("region", "zone")
# 依托X和Y, 借助X: names a clause relies on, not who holds the figure after them (建设X, 打造X: X is the
# thing built, and the figures after it are its own)
RELIED_BEFORE_RE = re.compile(r"(?:依托|借助|用好|发挥|围绕|联合|对接)$")
LISTED_BEFORE_RE = re.compile(r"(?:和|与|及|、)$")
# used with match(text, pos): no ^; past the place's declared short name (在X开发区（以下简称“Y”）举行)
VENUE_AFTER_RE = re.compile(r"(?:[（(](?:以下|下文)?简称[^（）()]{0,14}[）)])?(?:举行|举办|召开|开幕|启动|开展)")
VENUE_BEFORE_RE = re.compile(r"(?:在|于)$")
TARGET_RE = re.compile(r"力争|目标|到20\d\d年|规划到|确保")
INDUSTRY_TOTAL_RE = re.compile(r"产业|产值|营业收入|营收|规模|集群|增加值|到位资金|固定资产投资|转化率")
PLACE_TARGET_RE = re.compile(r"产业|集群|规上|转化率|到位资金|固定资产投资")  # not a project's 年产值
# what only a place measures: a city's or zone's statistics, not a company's
PLACE_MEASURE_RE = re.compile(r"(?:招商引资|到位资金|固定资产投资|规上工业|规模以上工业|地区生产总值|社会消费品零售|"
                              r"一般公共预算|实际利用[内外]资|产业集群|(?:规上|规模以上)[^，。；]{0,4}企业)[^，。；]{0,8}$")
CLAUSE_OPEN_RE = re.compile(rf"(?:^|[，。；：]|[，。；：]其中|(?<![{CJK}])(?:带动|推动|拉动|助推|助力))"
                            r"(?:(?:20\d\d年|去年|今年|上半年|下半年|目前|截至目前|过去一年|全年|前三季度|1至\d+月|下一步|"
                            r"近年来|[^，。；：]{1,6}以来)，?)?$")  # 去年以来，庆阳市…
# the place a verb of driving names (X公司…，带动柳州市汽车产业产值突破…): it holds what follows, not X
DRIVEN_RE = re.compile(r"(?:带动|推动|拉动|助推|助力)(?:(?:20\d\d年|去年|今年|全年)，?)?$")
# what a place counts beside its industry's figures: its companies, staff, output
PLACE_COUNT_RE = re.compile(r"企业|从业|就业|人员|产量|销量|交付|装机|项目|新增|形成|建成|产能")


def whole_place_owner(rel, figure: Figure, subject):
    """(mention, candidate) of the place a total belongs to, or None; `subject` is the owner the
    sentence would otherwise give (a name before the figure), kept when it stands after the place word."""
    sentence = rel.by_id[figure.sentence]
    word = _whole_place_word(rel, sentence.start, figure.start)
    named = _place_subject(rel, sentence, figure.start)
    if named is not None and word is not None and (named[0].start >= word.end() or named[0].end == word.start()
                                                   and named[1].kind == "region"):
        return named  # 作为全区汽车产业的主阵地，柳州市去年…: the place the clause is about, not the 全区 it serves;
        # 郴州全市已建成…: the place the whole is of
    if word is not None and subject is not None and _described(rel, subject[0], word, figure):
        word = None  # X公司是全区规模最大的…企业，去年生产…: 全区 says what X is, the figure stays X's
    kinds = ZONES_OF_PLACE_RE.match(rel.text, word.end()) if word is not None and subject is not None else None
    if kinds and kinds.end() >= subject[0].end:
        subject = None  # 全市开发区（工业园区）实现规上工业产值612亿元: the city's zones together, the city's total
    if word is not None and subject is not None and subject[1].kind == "organisation" \
            and reached_by(rel.text, word.start()):
        word = None  # X公司…在全县发展订单种植21万亩, 带动全县农户…: where the firm works, the figure stays X's
    if word is not None and subject is not None and share_of(rel.text, word.start()):
        word = None  # X经开区…，占全市比重达78%: X's share of the whole, not the whole's
    if word is not None and (subject is None or subject[0].end <= word.start() or subject[1].kind in PLACE_KINDS):
        place = _place_of_level(rel, word, figure)
        if place is not None:
            return Mention(word.group(0), word.start(), word.end(), sentence.id, place.cls), place
    if named is not None and (subject is None or _object_of_clause(rel, subject[0], named[0])
                              or (subject[0].end <= named[0].start and _later_clause(rel, subject[0], named[0]))):
        return named
    return None


# a kind of zone after 全市: the place's zones or parks taken together (全市开发区（工业园区）)
ZONES_OF_PLACE_RE = re.compile(r"(?:开发区|经开区|高新区|工业园区|产业园区|园区)"
                               r"(?:[（(](?:开发区|工业园区|园区)[）)])?")


def target_of_place(rel, figure: Figure):
    """A figure with no subject in its sentence that only a place has: 力争到2027年，…产业产值突破1000亿元,
    全年招商引资到位资金215亿元, or an industry's figure right after a sentence a place opens (绍兴集成电路
    产业实现营业收入780亿元；现代纺织产业实现产值2150亿元): the place's, not a fund's or a company's named before."""
    sentence = rel.by_id[figure.sentence]
    head = rel.text[sentence.start:figure.start]
    if re.search(r"达产|建成|投产", head):
        return None
    order = rel.order[figure.sentence]
    if order > 0 and INDUSTRY_TOTAL_RE.search(head):
        earlier = rel.sentences[order - 1]
        named = _place_subject(rel, earlier, earlier.end)
        if named is not None and rel.text.count("\n", earlier.end, sentence.start) == 0:
            return named
    planned = TARGET_RE.search(head) and PLACE_TARGET_RE.search(head)
    if not (planned or PLACE_MEASURE_RE.search(head)):
        return None
    zones = rel.mentions_in(sentence.id, ("zone",), before=figure.start)
    if zones:  # 高新区实现…，新增规上工业企业18家: the zone the sentence names
        return zones[-1]
    if order > 0 and (carried := continued_place(rel, rel.sentences[order - 1], figure)) is not None:
        return carried  # X开发区新签约项目14个；新开工项目9个，完成固定资产投资23.8亿元: the zone goes on
    if re.search(rf"{CJK_NAME}?开区|高新区|开发区|园区", head):
        return None  # a zone's short word (汽开区): the zone, which the owner rules find by that word
    place = _article_place(rel)
    if place is None:
        return None
    return Mention("", sentence.start, sentence.start, sentence.id, place.cls), place  # quoted from the sentence start


BATCH_RE = re.compile(r"(?:本批|本次|此次|这批|该批)[^，。；]{0,10}?项目")
LISTED_RE = re.compile(r"项目(?:清单|名单|库)(?:[\d一二三四五六七八九十]+[个项]，总?投资)?$")  # a list, its sum


def batch_holder(rel, figure: Figure):
    """本批集中开工项目6个，总投资168亿元: a batch's tally is the place's whose batch it is (the region or zone opening
    the event's sentence), not the venue's; a meeting's 项目清单17个，总投资96亿元 is the article's place's."""
    sentence = rel.by_id[figure.sentence]
    if LISTED_RE.search(rel.text, max(0, figure.start - 30), figure.start):
        place = _article_place(rel)  # 会议梳理形成项目清单17个，总投资96亿元: the list the place's meeting drew up
        return (Mention(sentence.text, sentence.start, sentence.end, sentence.id, place.cls), place) if place else None
    if not BATCH_RE.search(rel.text, sentence.start, figure.start):
        return None
    order = rel.order[figure.sentence]
    for earlier in (rel.sentences[i] for i in (order, order - 1) if i >= 0):
        if earlier.kind != "body":
            break
        places = _region_spans(rel, earlier, earlier.end) + [
            pair for pair in rel.mentions_in(earlier.id, ("zone",)) if not is_venue(rel, pair[0])]
        places = [(m, c) for m, c in places if CLAUSE_OPEN_RE.search(rel.text[earlier.start:m.start])
                  and not _inside_name(rel, m.start, m.end, m)]
        if places:
            return min(places, key=lambda pair: pair[0].start)
    return None


def place_not_fund(rel, figure: Figure, found):
    """设立总规模30亿元的X基金，力争到2026年产业规模突破800亿元: a target of an industry in a clause after the
    fund's is the place's (a fund holds its size and investments, not a region's or zone's ambitions)."""
    if found is None or found[1].cls != "Fund":
        return None
    clause_start = clause_start_before(rel.text, figure.start)
    clause = rel.text[clause_start:figure.start]
    if found[0].end > clause_start or not (TARGET_RE.search(clause) and PLACE_TARGET_RE.search(clause)):
        return None
    return target_of_place(rel, figure)


# (a long list of names may stand before 项目/企业: 新引进A、B、C等链上企业43家; …项目11个，总投资63亿元: their sum)
ATTRACTED_RE = re.compile(r"(?:引进|招引|签约|落户|落地)[^，。；]{0,80}?(?:项目|企业)[^，。；]{0,4}(?:$|[^，。；]{0,4}"
                          r"，(?:计划|协议|合同|签约)?总?(?:投资|金额)(?:总额|额)?(?:约|达|达到|超过|超|为|共)?$)|"
                          r"(?:合同|招商)引资[^，。；]{0,4}$")


def attraction_place(rel, figure: Figure):
    """新引进湘楚化学等企业项目23个，合同引资318亿元 with no subject in its sentence: a place's tally of what it
    attracted (the article's zone, park or region), never a project's or company's of the sentences before."""
    sentence = rel.by_id[figure.sentence]
    if not ATTRACTED_RE.search(rel.text, sentence.start, figure.start):
        return None
    place = _article_place(rel)
    return (Mention("", sentence.start, sentence.start, sentence.id, place.cls), place) if place else None


# the place word a local body's name opens with (市经信局, 县市场监管局); 市场 is a market, no city (市场监管局)
BODY_LEVEL_RE = re.compile(r"^(市|县|区|省)(?!场)")
# 市场监管局, 市场监督管理局 with no place word before it: the market bureau of the article's own place
BARE_MARKET_BODY_RE = re.compile(r"^市场")


def body_place(rel, figure: Figure):
    """市发展改革委会同市工业和信息化局遴选出…重点项目12个: a government body opening the figure's clause chain speaks
    for its place (a body owns no figure): the region its name opens with, or for 市/县/区 the article's place of
    that level; a bare 市场监管局 (市场 is a market, no 市) is the bureau of the article's place.
    (mention, candidate) or None."""
    sentence = rel.by_id[figure.sentence]
    for mention, body in rel.mentions_in(sentence.id, ("organisation",), before=figure.start):
        if body.cls != "GovernmentBody" or not CLAUSE_OPEN_RE.search(rel.text[sentence.start:mention.start]):
            continue
        regions = [c for c in rel.candidates if c.kind == "region"
                   if any(len(n) >= 2 and mention.text.startswith(n) for n in c.names)]
        level = BODY_LEVEL_RE.match(mention.text)
        place = max(regions, key=lambda c: max(len(n) for n in c.names if mention.text.startswith(n))) if regions \
            else _district_or_zone(rel, figure.start) if level and level.group(1) == "区" \
            else _region_of_level(rel, LEVEL_ENDS[level.group(1)], figure.start) if level \
            else _article_place(rel) if BARE_MARKET_BODY_RE.match(mention.text) else None
        return (Mention(mention.text, mention.start, mention.end, sentence.id, place.cls), place) if place else None
    return None


SET_UP_RE = re.compile(r"(?:设立|成立|组建|发起设立)[^，。；：]{0,14}$")


def set_up_before(rel, mention: Mention, before: int) -> bool:
    """X市设立总规模50亿元的Y基金，首期10亿元已到位；全年举办…活动11场: a fund the clause's subject set up, in a
    clause before a semicolon, holds nothing after it (the subject goes on)."""
    return mention.cls == "Fund" and "；" in rel.text[mention.end:before] and \
        bool(SET_UP_RE.search(rel.text, max(0, mention.start - 20), mention.start))


def is_venue(rel, mention: Mention) -> bool:
    """在五彩湾产业园举行的签约活动中: the park is where an event is held, not who holds its figures."""
    return bool(VENUE_BEFORE_RE.search(rel.text, max(0, mention.start - 1), mention.start)) and \
        bool(VENUE_AFTER_RE.match(rel.text, mention.end))


# -- the place a word refers to


def continued_place(rel, earlier, figure: Figure):
    """1-5月，全市…新签约项目38个；新开工项目15个…: a subjectless sentence after one that ends in ； and speaks of a
    whole place goes on speaking of it; (mention, candidate) of that place, or None."""
    if not (earlier.text.rstrip().endswith("；") or _period_goes_on(rel, earlier, figure)):
        return None
    word = _whole_place_word(rel, earlier.start, earlier.end)
    place = _place_of_level(rel, word, figure) if word is not None else None
    if place is None and word is None:  # X市设立Y基金…；全年举办…: the place opening the sentence before goes on
        named = _place_subject(rel, earlier, earlier.end) or _opening_zone(rel, earlier)
        if named is None and not rel.mentions_in(earlier.id, SUBJECT_KINDS) and rel.order[earlier.id] > 0:
            # 全市新签约项目42个；新开工项目17个；实际到位内资86亿元: the chain goes on speaking of 全市
            return continued_place(rel, rel.sentences[rel.order[earlier.id] - 1], figure)
        return named
    return (Mention(word.group(0), word.start(), word.end(), earlier.id, place.cls), place) if place else None


# 1-9月，重点项目累计完成投资…; 其中，新开工项目87个: a sentence that opens on a period or a part and names no one
PERIOD_OPENING_RE = re.compile(r"\s*(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}月份?|今年以来|上半年|前三季度|一季度|其中)[，,]")


def _period_goes_on(rel, earlier, figure: Figure) -> bool:
    """全市共安排重点项目312个…。1-9月，重点项目累计完成投资358.2亿元: in the same paragraph, a sentence that
    opens on a period or on 其中 and names no subject of its own goes on with the place of the sentence before."""
    sentence = rel.by_id[figure.sentence]
    return "\n" not in rel.text[earlier.end:sentence.start] and PERIOD_OPENING_RE.match(sentence.text) is not None \
        and not rel.mentions_in(sentence.id, SUBJECT_KINDS)


def _opening_zone(rel, sentence):
    """绥化经济技术开发区今年以来新签约项目14个；: the zone or park a sentence opens on, or None."""
    opening = [(m, c) for m, c in rel.mentions_in(sentence.id, ("zone", "park"))
               if CLAUSE_OPEN_RE.search(rel.text[sentence.start:m.start]) and not is_venue(rel, m)]
    return opening[0] if opening and opening[0][0].start - sentence.start <= 12 else None


def _whole_place_word(rel, start: int, before: int):
    """The last 全市/我区/县内 word of the sentence before the figure."""
    words = list(WHOLE_PLACE_RE.finditer(rel.text, start, before))
    words = [w for w in words if not _inside_name(rel, w.start(), w.end()) and not served(rel.text, w.start())]
    holders = [w for w in words if not share_of(rel.text, w.start())]  # (a share alone: its whole is the one named)
    return (holders or words)[-1] if words else None


def _described(rel, subject: Mention, word, figure: Figure) -> bool:
    """The whole-place word stands in the clause of the name before it, not in the figure's own clause."""
    clause_start = clause_start_before(rel.text, figure.start)
    return subject.end <= word.start() < clause_start and not re.search(r"[，；：]", rel.text[subject.end:word.start()])


def _place_of_level(rel, word, figure: Figure):
    level = word.group(1) or word.group(2) or None
    if level is None:  # 全域: the article's place, whatever its level
        return _article_place(rel)
    if level == "区":
        return _district_or_zone(rel, figure.start)
    return _region_of_level(rel, LEVEL_ENDS[level], figure.start, word.start() if word.group(0)[0] == "该" else None)


def _region_of_level(rel, ends: tuple[str, ...], before: int, pointing: int | None = None):
    """全市: the city named most before the word; in a letter or a notice that names its place only at its end (a
    reply signed by the city's bureau, 齐齐哈尔市农业农村局), the one named after it; 该市 (at `pointing`): the one
    city its own sentence names before it (张家口市副市长王春林介绍，该市…), whatever the article is about."""
    regions = [c for c in rel.candidates if c.kind == "region" and _of_level(rel, c, ends)]
    sentence = rel._sentence(before).id
    named = [c for c in regions if any(m.sentence == sentence and m.end <= (pointing or 0)
                                       and not VENUE_BEFORE_RE.search(rel.text, 0, m.start) for m in c.mentions)]
    if len(named) == 1:
        return named[0]
    if ends == ("州",) and (spelled := [c for c in regions if any(n.endswith("州") for n in c.names)]):
        regions = spelled  # 全州 of 临夏回族自治州, not 临夏市 (临夏州 is the prefecture's short name)
    if rel.site in regions and titled(rel, regions) in (None, rel.site):
        return rel.site  # 全市 on 玉门市's portal: 玉门市, not a city the text names more often
    said = [c for c in regions if any(m.sentence == sentence and m.end <= before for m in c.mentions)]
    if titled(rel, regions) is None and len(said) == 1:
        return said[0]  # 旬阳市新开工项目5个，全市累计…: the city its own sentence names
    if titled(rel, regions) is None:  # 旬阳市 beside 安康高新区, no title to say which: 全市 is the city above
        regions = [c for c in regions if not any(lies_in(c.label, o.label) and len(o.mentions) >= len(c.mentions)
                                                 for o in regions)]
    return _main(rel, regions, before) or _main(rel, regions, len(rel.text))


def _of_level(rel, region, ends: tuple[str, ...]) -> bool:
    """Whether a region is of the level a word refers to: by its name's end, or for a region the text names short
    (长乐) by its full name spelled elsewhere, often as the place word before an office (长乐区工业和信息化局);
    长乐市场监管局 is 长乐's market bureau, no 长乐市."""
    spelled = "(?:" + "|".join(re.escape(end) for end in ends) + ")(?!场)"
    return any(n.endswith(ends) or (len(n) >= 2 and re.search(re.escape(n) + spelled, rel.text) is not None)
               for n in region.names)


def _district_or_zone(rel, before: int):
    """全区: the zone of an article about a zone, the district of one about a district, the autonomous region
    (广西壮族自治区) of one about that region or a city of it; else a zone, else a district."""
    zones = [c for c in rel.candidates if c.kind == "zone"]
    regions = [c for c in rel.candidates if c.kind == "region"]
    autonomous = [c for c in regions if any(n.endswith("自治区") for n in c.names)]
    districts = [c for c in regions if c not in autonomous and _of_level(rel, c, ("区",))]
    titled_zone, titled_district = titled(rel, zones), titled(rel, districts)
    said = rel._sentence(before).id
    named_zones = [(m.end, c) for c in zones for m in c.mentions if m.sentence == said and m.end <= before
                   and not is_venue(rel, m)]
    if titled_zone is None and (titled_district is not None or rel.site in districts) and named_zones:
        return max(named_zones, key=lambda pair: pair[0])[1]  # 高新区计划…，力争全区…: the zone its sentence names
    if titled_zone is not None:
        return titled_zone
    if titled_district is not None:
        return titled_district
    if rel.site in districts:
        return rel.site  # 全区 on a district's portal (重庆市铜梁区人民政府): the district, whatever zone it names
    if autonomous and titled(rel, [c for c in regions if c not in districts]) is not None:
        return titled(rel, autonomous) or _main(rel, autonomous, before) or _main(rel, autonomous, len(rel.text))
    return _district_just_named(rel, zones, districts, before) or _main(rel, zones, before) or \
        _main(rel, districts, before) or (None if districts else zone_of_own_post(rel, zones))


def _district_just_named(rel, zones, districts, before: int):
    """2024年铁西区装备制造业产值…。2025年，全区将力争…: the district its own sentence or the one before
    names, when no zone is named after it there, is the 区 of 全区."""
    order = rel.order[rel._sentence(before).id]
    start = rel.sentences[max(0, order - 1)].start
    named = [(rel.text.rfind(n, start, before), c) for c in districts for n in c.names if len(n) >= 2]
    named = [(at, c) for at, c in named if at >= 0]  # (spelled: jieba may split 2024年铁西区)
    if not named:
        return None
    at, district = max(named, key=lambda pair: pair[0])
    if any(at < m.start < before for c in zones for m in c.mentions):
        return None
    return district


def _article_place(rel):
    """The place an article is about: the zone, park or region its title names (None when it names none)."""
    kinds = ("zone", "park", "region")
    named = next((found for kind in kinds if (found := titled(rel, [c for c in rel.candidates if c.kind == kind]))),
                  None)
    return named or rel.site or _named_most(rel)


def _named_most(rel):
    """A title that names no place (政府工作报告（节选）): the region the article names most, when one leads."""
    counts = sorted(((len(c.mentions), c) for c in rel.candidates if c.kind == "region"), key=lambda p: -p[0])
    if not counts or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _main(rel, candidates, before: int):
    """The candidate named most often before `before` (the first named on a tie)."""
    counts = Counter()
    first: dict[int, int] = {}
    for candidate in candidates:
        starts = [m.start for m in candidate.mentions if m.start < before]
        if starts:
            counts[id(candidate)] = len(starts)
            first[id(candidate)] = min(starts)
    if not counts:
        return None
    best = max(counts, key=lambda key: (counts[key], -first[key]))
    return next(c for c in candidates if id(c) == best)


# -- a place named as the clause's subject


def _place_subject(rel, sentence, before: int):
    """绍兴集成电路产业实现营业收入780亿元: the region opening the figure's clause chain holds it."""
    places = [(m, c) for m, c in _region_spans(rel, sentence, before) + _short_place_spans(rel, sentence, before)
              if CLAUSE_OPEN_RE.search(rel.text[sentence.start:m.start]) and not _inside_name(rel, m.start, m.end, m)
              and not rel.text.startswith("的", m.end)]
    if not places:
        return None
    mention, place = max(places, key=lambda pair: (pair[0].start, pair[0].end))  # (the latest clause's place)
    spans = _region_spans(rel, sentence, before)
    while (inner := next(((m, c) for m, c in spans if m.start == mention.end), None)) is not None:
        mention, place = inner  # 甘肃省酒泉市…: the city, named inside its province
    clause_end = re.search(r"[，。；：]|$", rel.text[before:sentence.end]).start()
    between = rel.text[mention.end:before + clause_end]  # 唐山市与26家企业集中签约: what the figure counts says too
    if not (INDUSTRY_TOTAL_RE.search(between) or PLACE_COUNT_RE.search(between)
            or re.search(r"签约|招商|投资", between)):
        return None
    others = [(m, c) for m, c in rel.mentions_in(sentence.id, SUBJECT_KINDS, before=before)
              if m.start >= mention.end and not _object_of_clause(rel, m, mention) and not set_up_before(rel, m, before)
              and not rel.text.startswith(("等", "、"), m.end)]  # 其中X、Y等企业…: the place's companies
    return None if others else (mention, place)


def _later_clause(rel, subject: Mention, place: Mention) -> bool:
    """依托X公司，宜宾县去年…; X公司…，带动柳州市…: the place opens a clause of its own after the name."""
    between = rel.text[subject.end:place.start]
    driven = DRIVEN_RE.search(rel.text, max(0, place.start - 8), place.start)
    return bool(driven) or bool(re.search(r"[，；：]", between))


def _region_spans(rel, sentence, before: int) -> list[tuple[Mention, object]]:
    """Where the sentence spells a region's name before `before` (jieba may have split it: 静/海区共签约)."""
    found = {}
    for candidate in (c for c in rel.candidates if c.kind == "region"):
        names = candidate.names + [m.text for m in candidate.mentions]
        names += [n[:-1] for n in names if len(n) >= 3 and n.endswith(("市", "区", "县"))]  # 璧山将…: 璧山区
        for name in {n for n in names if len(n) >= 2}:
            for match in re.finditer(re.escape(name), rel.text[sentence.start:before]):
                start = sentence.start + match.start()
                span = (start, start + len(name))
                if span not in found or len(name) > found[span][0].end - found[span][0].start:
                    found[span] = (Mention(name, *span, sentence.id, candidate.cls), candidate)
    return sorted(found.values(), key=lambda pair: (pair[0].start, pair[0].end))


# what a zone's or park's name ends in after the words that say which one (洋浦|经济开发区)
PLACE_SUFFIX_RE = re.compile(r"(?:国家级)?(?:经济技术开发区|高新技术产业开发区|经济开发区|综合保税区|保税港区|"
                             r"开发区|高新区|经开区|新区|工业园区|产业园区|化学工业区|工业区|工业园|产业园|园区|示范区)$")


def _short_place_spans(rel, sentence, before: int) -> list[tuple[Mention, object]]:
    """A zone or park the sentence writes short at a clause's opening: by the words before its suffix (洋浦
    for 洋浦经济开发区) or by its first two characters and a few more of its name in order, ending as it does
    in 园 or 区 (中德园 for 中德（沈阳）高端装备制造产业园, 上海化工区 for 上海化学工业区)."""
    opens = clause_openings(rel, sentence, before)
    regions = {n for c in rel.candidates if c.kind == "region" for n in c.names + [n[:-1] for n in c.names]}
    found = []
    for candidate in (c for c in rel.candidates if c.kind in ("zone", "park")):
        for name in {n for n in candidate.names if len(n) >= 4}:
            stem = PLACE_SUFFIX_RE.sub("", name)  # (a city's name is the city's: 中卫 of 中卫工业园区)
            for at in opens:
                if 2 <= len(stem) < len(name) and stem not in regions and rel.text.startswith(stem, at) and \
                        not rel.text.startswith(name, at) and at + len(stem) <= before and \
                        not rel.text.startswith(INDUSTRY_AFTER, at + len(stem)):  # 桂林低空经济产业规模: the city's
                    end = at + len(stem)
                else:
                    end = abbreviation_end(rel.text, at, min(before, at + 6), name)
                if end is not None and not _inside_name(rel, at, end) and rel.text[at:end] not in regions:
                    found.append((Mention(rel.text[at:end], at, end, sentence.id, candidate.cls), candidate))
    # 洋浦 shortens both 洋浦经济开发区 and 洋浦保税港区: the place the article names most is meant
    meant: dict[tuple[int, int], tuple[Mention, object]] = {}
    for mention, candidate in found:
        held = meant.get((mention.start, mention.end))
        if held is None or len(candidate.mentions) > len(held[1].mentions):
            meant[(mention.start, mention.end)] = (mention, candidate)
    return list(meant.values())


# what follows a park's name without its suffix when the words are the place's industry (桂林低空经济产业规模…,
# not 桂林低空经济产业园)
INDUSTRY_AFTER = ("产业规模", "产业产值", "产业链", "产业集群", "产业营收", "产业实现", "产业总产值", "行业")


def clause_openings(rel, sentence, before: int) -> list[int]:
    """Where a clause of the sentence opens before `before` (past a time word: 今年，, 2024年)."""
    return [i for i in range(sentence.start, before) if CLAUSE_OPEN_RE.search(rel.text[sentence.start:i])]


def _object_of_clause(rel, mention: Mention, place: Mention) -> bool:
    """依托X和Y: a name after the place that the clause relies on (or a venue) is no subject of its own;
    one listed after such a name (和Y) neither."""
    if mention.start < place.end:
        return False
    before = rel.text[max(0, mention.start - 2):mention.start]
    if RELIED_BEFORE_RE.search(before) or is_venue(rel, mention):
        return True
    if before.endswith("以") and re.match(r"为(?:主要|核心|重要)?(?:承载地|载体|主阵地|核心区|主战场|平台|龙头|引领)",
                                          rel.text[mention.end:mention.end + 8]):
        return True  # 阳江以X高新区为主要承载地，…: the zone is the means, the city the subject
    if not LISTED_BEFORE_RE.search(before):
        return False
    earlier = [m for m, c in rel.mentions_in(mention.sentence, SUBJECT_KINDS, before=mention.start - 1)
               if m.end <= mention.start - 1 and m.start >= place.end]
    return bool(earlier) and _object_of_clause(rel, max(earlier, key=lambda m: m.end), place)


def _inside_name(rel, start: int, end: int, itself: Mention | None = None) -> bool:
    """全区 of 全区域, 璧山 of 璧山高新区: part of a longer name, not a word of its own."""
    return any(m.start <= start and end <= m.end and (m.end - m.start) > (end - start) and m is not itself
               for c in rel.candidates if c.kind != "region" for m in c.mentions)
