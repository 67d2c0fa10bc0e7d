"""Products of figures said in forms the phrase rules of ``products`` do not read.

* a product in quotes after a verb of making (生产“314Ah大容量储能电芯”2.1GWh): the writer marks the name whole;
* the next item of a list after one verb of making whose first count is in a unit read as no figure
  (年产颗粒剂5亿袋、片剂8亿片: 袋 counts nothing the extractor measures, 片剂 is still made);
* what a line delivered (混动变速箱生产线去年交付了22万台), and the glass of a furnace's daily melt (光伏压延玻璃项目
  建成后日熔量2400吨);
* a delivery or a sale said with no noun right after a capacity of the same sentence (现有电堆年产能5000台，今年已
  交付1800台): what was delivered is what the capacity makes;
* a product's own sales, the product the clause's subject (该注射液去年实现销售额6.5亿元);
* a yearly supply said with no noun after the clause that names what is supplied (配套供应X，年供货2.4万吨);
* goods the clause refers back to (该产品今年销售额达2.7亿元, 上述产品年销售收入…): the product of the figure before
  it, in its sentence or the one before, where that figure counts one product.

Shares and rates in % are read by ``product_rates``.
"""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary, word_tag
from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.figure_clause import clause_start_of
from chaingraph.authoring.extract.made_lists import GRADE, ranked, shared_noun
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.product_candidates import (
    capacity_product,
    counts_goods,
    product_at,
    with_first_mention,
)
from chaingraph.authoring.extract.products import (
    MAKER_VERBS,
    PRODUCING,
    PRODUCT_HEADS,
    PRODUCT_KINDS,
    looks_like_product,
    noun_tail,
)
from chaingraph.authoring.extract.quantity_kinds import COUNT_UNITS, ORDER_SUM
from chaingraph.authoring.extract.specs import SIZE
from chaingraph.authoring.extract.words import generic_word
from chaingraph.facts.checks import CURRENCIES

MAKING_VERBS = r"(?:生产|制造|产出|交付|出货|供货|销售|供应|下线)"
QUOTED_RE = re.compile(MAKING_VERBS + r"了?[“\"「]([^”\"」，。；]{2,24})[”\"」](?:约|近|超过|达|共)?$")
# 年产颗粒剂5亿袋、片剂8亿片: an item, a number with its counter, then the item the figure counts
LIST_ITEM_RE = re.compile(PRODUCING + r"[^，。；：\d]{2,16}?\d+(?:\.\d+)?[万亿千百]?[\u4e00-\u9fffA-Za-z]{1,3}"
                          r"、([^，。；：、\d]{2,12})$")
RATING_RE = re.compile(r"^\d+(?:\.\d+)?[A-Za-z]+")
# 混动变速箱生产线去年交付了22万台: what a line delivered is what it makes
LINE_OUTPUT_RE = re.compile(r"([^，。；：、\d]{2,16}?)(?:生产线|产线)[^，。；：\d]{0,6}?" + MAKING_VERBS +
                            r"了?(?:约|近|超过|超|逾|达)?$")
# 光伏压延玻璃项目建成后日熔量2400吨: a furnace's daily melt is a capacity of the glass its project or line makes
MELT_RE = re.compile(r"日熔(?:化)?量(?:达到|达|为|约)?$")
GLASS_PLANT_RE = re.compile(r"([^，。；：、\d]{2,16}?玻璃)(?:项目|生产线|产线|窑炉)")
# 今年已交付1800台: the verb of delivery right before the figure, no noun between
DELIVERED_BARE_RE = re.compile(r"(?:已|已经|累计|共|全年|今年|上半年)*" + MAKING_VERBS +
                               r"了?(?:约|近|超过|超|逾|达)?$")


# 产能600吨，其中医药级透明质酸钠80吨、食品级透明质酸钠300吨: the parts of a capacity, each after the goods it weighs
PART_ITEM_RE = re.compile(rf"^\s*其中(?:[^，。；：\d]*?\d[^、，。；：]*、)*((?:{SIZE})?[^，。；：、\d]{{2,14}}?)"
                          r"(?:约|近|超过|达到|达)?$")
CAPACITY_WHOLE_RE = re.compile(r"产能|生产能力|年产(?!值|量)")
# 形成1.5米、1.8米实木床年产能6万张: grades listed before one noun, then the figure's own words
SHARED_BEFORE_RE = re.compile(rf"((?:{GRADE}[、和及与或])+)({GRADE})([^，。；：、\d（）“”]{{2,24}}?)$")
FIGURE_LEAD_RE = re.compile(r"(?:年?(?:产能|产量|销量|出货量|生产能力))?(?:约|近|超过|超|达到|达|为|突破|各|均)?$")
# a crop's planted area or base, an animal's herd, the noun before or after the word that says so
REACHED = r"(?:力争|预计|有望|将)?(?:稳定在|达到|达|约|超过|超|突破|为|共|扩大到|发展到|增至)?"  # (存栏力争突破…)
FARM_LEAD_RE = re.compile(r"^(?:.*?(?:建有|现有|拥有|建成|建起|建立|新建|发展|管护|托管|流转|承包))?"
                          r"(?:全[县市区省州镇乡旗盟])?"
                          r"(?:全年|今年|去年|当年)?"
                          r"(?:标准化|规模化|高标准|绿色|有机|生态)*")
# (a crop's: 种植面积, 种植基地, 示范园, 播种面积; not 生产基地, 耕地面积, 农田面积, 造林面积, 养殖基地, 铺设面积)
CROP_AREA_RE = re.compile(r"([^，。；：、\d（）]{2,12}?)(?:标准化|规模化|高标准|绿色|有机|生态|GAP|GACP|仿野生|林下)?"
                          r"(?:(?:种植|栽培|繁育|种养)(?:面积|基地|示范园|示范基地|园)|示范园|示范基地|播种面积|养殖面积)(?:面积)?"
                          rf"{REACHED}$")
CROP_VERB_RE = re.compile(rf"(?:种植|栽培)([^，。；：、\d（）]{{1,10}}?){REACHED}$")
# 合作社带动农户460户，葡萄基地3600亩: a bare 基地 is a crop's only among farm words (not 新材料基地1200亩, a plant's)
BARE_BASE_RE = re.compile(rf"([^，。；：、\d（）]{{2,12}}?)基地(?:面积)?{REACHED}$")
FARM_CONTEXT_RE = re.compile(r"合作社|农户|种植|社员|果农|茶农|菜农|蜂农|牧民|农产品|采摘")
# 种植党参、黄芪等中药材33万亩: the kind the listed crops are of
CROP_KIND_RE = re.compile(rf"(?:种植|栽培)[^，。；：\d（）]{{1,30}}?等([^，。；：、\d（）]{{2,10}}?){REACHED}$")
NOT_CROP_RE = re.compile(r"^全|[省市县区镇乡旗州园]$|养殖|农田|耕地|造林|农业|组件|光伏|园区|产业|生产|订单")
HERD_VERBS = r"(?:年?存栏|年?出栏|饲养|养殖|屠宰|存笼|现有)"
HERD_RE = re.compile(rf"((?:(?!{HERD_VERBS})[^，。；：、\d（）]){{1,10}}?)"
                     rf"(?:年?存栏|年?出栏|饲养量|养殖规模|养殖量|存笼)量?{REACHED}$")
BARE_HERD_RE = re.compile(rf"^[^，；]{{0,6}}?(?:年?存栏|年?出栏)量?{REACHED}$")
HERD_BEFORE_RE = re.compile(r"([^，。；：、\d（）]{1,10}?)(?:存栏|出栏)")
HERD_VERB_RE = re.compile(rf"{HERD_VERBS}((?:(?!{HERD_VERBS})[^，。；：、\d（）]){{1,8}}?){REACHED}$")
# X为Y配套供应冷鲜猪肉: a yearly supply said with no noun is of what the clause before supplies
SUPPLIED_BARE_RE = re.compile(r"^(?:每年|年)(?:供货|供应|配套)量?(?:约|近|超过|超|达|达到)?$")
SUPPLIED_NOUN_RE = re.compile(r"(?:配套供应|供应|供货|配套)([^，。；：、\d]{2,14}?)[，；]")


# 种植面积57万亩，其中酥梨36万亩; 种植党参、黄芪等中药材33万亩，其中党参18万亩: a planted whole before its part
PLANTED_BEFORE_RE = re.compile(r"种植面积|播种面积|基地|种植[^，。；]{1,20}?\d")


def _list_item_start(text: str, clause_start: int, at: int) -> int:
    """Where the item of a 、 list holding offset `at` opens in its clause (the clause start if no 、 is before)."""
    return max(clause_start, text.rfind("、", clause_start, at) + 1)


def _goods_part(item: str) -> bool:
    """Whether the words after 其中 name goods: nouns end to end, no place (其中邓庄镇680万吨) and no maker's verb."""
    return looks_like_product(item) and item not in MAKER_VERBS and noun_tail(item) == item \
        and not re.search(r"[省市县区镇乡旗州]$", item)


def shared_product_place(rel, figure: Figure) -> tuple[int, int] | None:
    """年产32支、40支精梳棉纱1.2万吨, 形成1.5米、1.8米实木床年产能6万张: a figure after grades listed before one noun
    is of those goods; the last grade with the noun names one of them, as the text writes it whole."""
    clause_start = clause_start_of(rel, figure)
    shared = SHARED_BEFORE_RE.search(rel.text, clause_start, figure.start)
    if shared is None or ranked([g for g in re.split(r"[、和及与或]", shared.group(1)) if g] + [shared.group(2)]):
        return None
    noun = shared_noun(shared.group(3))
    if noun is None or not FIGURE_LEAD_RE.fullmatch(shared.group(3)[len(noun):]):
        return None  # (A级、B级芯片封装测试年产能: the work done on the goods, which the rules after read)
    return shared.start(2), shared.start(3) + len(noun)


def farm_product_place(rel, figure: Figure) -> tuple[int, int] | None:
    """全县猕猴桃种植面积42万亩, 建有脱毒种薯繁育基地1.5万亩, 梅花鹿存栏6800只, 存栏奶牛1.2万头: the crop a planted
    area or a base is of, the animal a herd counts (a place's or a firm's land or stock, no capacity)."""
    clause_start = clause_start_of(rel, figure)
    part = PART_ITEM_RE.match(rel.text[clause_start:figure.start])  # 种植面积57万亩，其中酥梨36万亩
    sentence = rel.by_id[figure.sentence]
    if figure.unit == "HAR" and part and PLANTED_BEFORE_RE.search(rel.text, sentence.start, clause_start):
        crop = part.group(1)
        return (clause_start + part.start(1), clause_start + part.end(1)) \
            if _goods_part(crop) and not NOT_CROP_RE.search(crop) else None
    if figure.unit == "HAR":
        farm = FARM_CONTEXT_RE.search(sentence.text) is not None
        patterns = (CROP_KIND_RE, CROP_AREA_RE, CROP_VERB_RE, *((BARE_BASE_RE,) if farm else ()))
    elif figure.unit == "C62" and figure.text.endswith(("袋", "棒")):
        patterns = (CROP_KIND_RE, CROP_VERB_RE)  # 栽培黑木耳4.5亿袋: fungi grown in bags or logs
    elif figure.unit == "C62" and figure.text.endswith(("头", "只", "羽")):
        patterns = (HERD_RE, HERD_VERB_RE)
    else:
        return None
    for pattern in patterns:
        match = pattern.search(rel.text, clause_start, figure.start)
        if match is None:
            continue
        noun = FARM_LEAD_RE.sub("", noun_tail(match.group(1)))  # 建有标准化猕猴桃: the crop after the verb
        if len(noun) >= 2 and looks_like_product(noun) and class_of(noun) in (None, *PRODUCT_KINDS) \
                and not NOT_CROP_RE.search(noun):
            return match.end(1) - len(noun), match.end(1)
    piece_start = _list_item_start(rel.text, clause_start, figure.start)  # 存栏42万头、出栏58万头
    if figure.unit == "C62" and BARE_HERD_RE.search(rel.text[piece_start:figure.start]):
        sentence_start = rel.by_id[figure.sentence].start  # 生猪存栏76万头，去年出栏128万头: the animal said before
        herds = [m for m in HERD_BEFORE_RE.finditer(rel.text, sentence_start, piece_start)]
        noun = noun_tail(herds[-1].group(1)) if herds else ""
        if len(noun) >= 2 and looks_like_product(noun):
            return herds[-1].end(1) - len(noun), herds[-1].end(1)
    return None


# 其中800G光模块出货38万只: the part of a tally that goods of one kind make, their verb right after them
PART_GOODS_RE = re.compile(rf"其中，?({SIZE}?[^，。；：、\d]{{2,14}}?)(?:出货|交付|销售|出口)量?"
                           r"(?:约|近|超过|超|达到|达|突破|共)?了?")


def part_goods_place(rel, figure: Figure) -> tuple[int, int] | None:
    """Where the goods a tally's part counts are named, a kind of the goods the tally counts (其中800G光模块出货38万只,
    after 光模块出货量…), or None."""
    part = PART_GOODS_RE.fullmatch(rel.text, clause_start_of(rel, figure), figure.start)
    named = part and any(part.group(1).endswith(c.label) for c in rel.candidates if c.kind == "product")
    return part.span(1) if named and looks_like_product(part.group(1)) else None  # (not 其中自主品牌出货…)


def said_product_place(rel, figure: Figure) -> tuple[int, int] | None:
    """(start, end) of a product the figure's clause names in quotes or as the next item of a list after a verb
    of making, or None."""
    clause_start = clause_start_of(rel, figure)
    before = rel.text[clause_start:figure.start]
    for pattern in (QUOTED_RE, LIST_ITEM_RE):
        match = pattern.search(before)
        # (314Ah大容量储能电芯: a rating that opens a name in quotes is part of it, the words after it say what it is)
        if match and looks_like_product(RATING_RE.sub("", match.group(1).strip())) and \
                match.group(1).strip() not in MAKER_VERBS:  # (生产A 3.6万吨、销售3.4万吨: a sale of it)
            return clause_start + match.start(1), clause_start + match.end(1)
    part = PART_ITEM_RE.match(before)
    whole = rel.text[rel.by_id[figure.sentence].start:clause_start]
    if part and CAPACITY_WHOLE_RE.search(whole) and figure.unit not in COUNT_UNITS | CURRENCIES | {"P1"} \
            and _goods_part(part.group(1)):
        return clause_start + part.start(1), clause_start + part.end(1)
    if SUPPLIED_BARE_RE.search(before):
        sentence_start = rel.by_id[figure.sentence].start
        supplied = list(SUPPLIED_NOUN_RE.finditer(rel.text, sentence_start, clause_start))
        return noun_before(rel, *supplied[-1].span(1)) if supplied else None
    line = LINE_OUTPUT_RE.search(before)
    if line is not None:
        return noun_before(rel, clause_start + line.start(1), clause_start + line.end(1))
    if MELT_RE.search(before):
        sentence_start = rel.by_id[figure.sentence].start
        plants = list(GLASS_PLANT_RE.finditer(rel.text, sentence_start, figure.start))
        return noun_before(rel, plants[-1].start(1), plants[-1].end(1)) if plants else None
    return None


def noun_before(rel, a: int, b: int) -> tuple[int, int] | None:
    """The nouns that end text[a:b], as a span, or None where they name no product."""
    a = max([a] + [m.end for m, _ in rel.mentions_in(rel._sentence(a).id, ("organisation",)) if a < m.end <= b])
    a = b - len(noun_tail(rel.text[a:b]))
    return (a, b) if b - a >= 2 and looks_like_product(rel.text[a:b]) else None


def delivered_again(rel, figure: Figure, made: dict):
    """现有燃料电池电堆年产能5000台，今年已交付1800台: a delivery said with no noun is of the product of the
    capacity before it in the sentence, counted the same way; so is a sale listed right after an output (共生产磷酸铁
    3.6万吨、销售3.4万吨); (mention, product) or None."""
    head = rel.text[clause_start_of(rel, figure):figure.start]
    verb = DELIVERED_BARE_RE.search(head)
    listed = verb is not None and head[:verb.start()].endswith("、")  # 共生产磷酸铁3.6万吨、销售3.4万吨
    if verb is None or not listed and (figure.unit not in COUNT_UNITS or verb.start() > 10):
        return None  # (the clause may open on a few words: 其中, 该公司, 今年1至6月)
    for candidate in reversed(list(made.values())):
        earlier = candidate.figure
        if (candidate.cls == "Capacity" or listed and counts_goods(candidate)) \
                and earlier.sentence == figure.sentence and earlier.unit == figure.unit and earlier.end <= figure.start:
            return capacity_product(candidate)
    return None


# X公司的热泵空调模块产线、Y公司的高压线束产线…，产能分别为年产30万套和50万套: each line named after its owner
OWNED_LINE_RE = re.compile(r"的([^，。；：、\d的]{2,16}?)(?:生产线|产线)")


def owned_lines_place(rel, figure: Figure) -> tuple[int, int] | None:
    """(start, end) of the product of the line whose place in a list of lines, each said as its owner's (X的A产线、
    Y的B产线), matches the figure's place among the figures after 分别; or None."""
    sentence = rel.by_id[figure.sentence]
    at = rel.text.rfind("分别", sentence.start, figure.start)
    if at < 0:
        return None
    lines = list(OWNED_LINE_RE.finditer(rel.text, sentence.start, at))
    stop = re.search(r"[，；。]", rel.text[at:sentence.end])
    items = [f for f in rel.figures if f.sentence == figure.sentence and at < f.start
             and (stop is None or f.end <= at + stop.start())]
    if len(lines) < 2 or len(lines) != len(items) or figure not in items:
        return None
    gaps = [rel.text[a.end():b.start()] for a, b in zip(lines, lines[1:], strict=False)]
    if any(not re.fullmatch(r"[^，。；：]{2,30}?", gap) for gap in gaps):
        return None  # (the lines are one list: no clause between them)
    line = lines[items.index(figure)]
    return noun_before(rel, line.start(1), line.end(1))


# 其超白浮法玻璃去年实现销售收入9.6亿元, 脱水蔬菜板块营收1.9亿元: a product (or a firm's segment named by it),
# then the sales it made; 其中当归、黄芪等中药饮片销售额: the kind a list of goods ends in (used with
# match(text, pos, endpos): no ^)
SOLD_RE = re.compile(r"(?:\d{1,2}(?:[—–\-至]\d{1,2})?月|\d{4}年)?"  # (1—11月公司拖拉机业务实现营收)
                     r"(?:其中，?|其(?!中)|该公司|公司|该|这款|这种|[^，。；：]{2,20}?的)?"
                     r"(?:[^，。；：、\d]{1,12}(?:、[^，。；：、\d]{1,12})+等)?([^，。；：、\d]{2,12}?)"
                     r"(?:板块|业务板块|业务)?(?:去年|今年|上半年|全年|前三季度|\d{4}年)?(?:共|累计)?(?:实现|完成)?"
                     r"(?:跨境电商|电商|线上|网络|网上|直播)?"  # 全县脐橙电商销售额: the goods sold through a channel
                     r"(?:单品)?(?:销售收入|销售额|出口交货值|出口额|出口|营收|营业收入|零售额|(?<=实现)收入)"
                     r"(?:有望|预计|将|可)?(?:达到|达|为|超过|约|近|突破)?$")  # (单品销售额有望突破)
# 上述产品, 两类产品, 该系列产品, 主要产品: goods in general, or goods named before and counted, no product of their own
# (机电产品 and 高新技术产品 are the trade's own categories, kept; 核心产品, 拳头产品 praise goods named elsewhere)
GENERAL_GOODS_RE = re.compile(r"(?:[两三四五六几多各该本这那其新]|上述|以上|主要|相关|系列|其他|部分|这些|该类|核心|"
                              r"拳头|同类|重点|优势|外贸|主打|特色|名优|主导|主营|骨干|配套|新型|高端|高附加值|绿色|终端)*"
                              r"(?:类|种|款|大类)?(?:产品|制品)")
# the place and the time the clause tells the trade of, before the goods (全县藤编家具出口额, 全年玩具出口)
WHOLE_PLACE_RE = re.compile(r"(?:全[县市区旗省镇年]|今年|去年|明年|[上下]半年|前三季度|力争|预计)+")
# the endings of kinds of goods that stand for goods however general the word (工业陶瓷, 艾制品, 储能产品)
KIND_ENDINGS = ("陶瓷", "家具", "轮胎", "服装", "玩具", "面料", "制品", "产品")
PRODUCT_ENDINGS = ("玻璃", "液", "汁", "油", "酒", "药", "片", "芯片", "电池", "胶囊", "颗粒") + KIND_ENDINGS
SALES_CHANNELS = {"电商", "线上", "线下", "外贸", "内销", "出口", "国内", "海外", "境外", "跨境电商", "直播", "门店",
                  "跨境", "农村", "城镇", "城乡", "网络"}  # (农村网络零售额: where goods are sold, no goods)
# a brand of two characters jieba does not know, then a firm's trade: a company's short name (锐澜材料, 锐澜制药)
FIRM_TRADES = ("材料", "玻璃", "制药", "药业", "科技", "食品", "电子", "化工", "能源", "新材", "智能", "家具", "陶瓷",
               "服装", "玩具", "轮胎", "面料", "产品")


def sold_product(rel, figure: Figure, owner):
    """(mention, product) whose own sales a sum is, where the clause opens on a product; or None: the sales of a
    company, a park or an industry name no product. 该注射液 stands for the one product named before that it ends."""
    start = clause_start_of(rel, figure)
    match = SOLD_RE.match(rel.text, start, figure.start)
    if match is None:
        return None
    a, b = match.span(1)
    while True:  # 渝水区锂电池出口, 上半年渝水区锂电池出口: the time, the place's (or firm's) name, the goods after
        named = [m.end for c in rel.candidates if c.kind in ("region", "zone", "organisation") for m in c.mentions
                 if m.start == a and m.end < b]
        whole = WHOLE_PLACE_RE.match(rel.text, a, b)
        if not named and not whole:
            break
        a = max(named) if named else whole.end()
    if b - a < 2 or not product_named(rel, a, b):
        return None
    word = rel.text[a:b]
    if rel.text.startswith("业务", b) and not any(word in c.names for c in rel.candidates if c.kind == "product") \
            and class_of(word) not in PRODUCT_KINDS:
        return None  # 海外业务营收, 整体业务: a line of business, not goods (拖拉机业务: goods the article names)
    if word in SALES_CHANNELS or GENERAL_GOODS_RE.fullmatch(word) or word.endswith("业") or word.startswith("其中"):
        return None  # 电商销售额, 该系列产品出口额, 设计业销售收入: a channel, goods in general or an industry
        # (储能产品出口额: a kind of goods the place makes)
    if rel.text[start:match.start(1)] in ("该", "其", "这款", "这种"):
        longer = [c for c in rel.candidates if c.kind == "product" and c.label != word and c.label.endswith(word)]
        if len(longer) == 1:
            return with_first_mention(longer[0])
    return product_at(rel, a, b, figure.sentence, owner)


# 出口工业陶瓷6500万元, 出口羊绒衫、针织内衣等针织品1.05亿元: the goods traded, then their value
TRADED_RE = re.compile(r"(?:出口|进口|外销|内销|销售)(?!总?额|总?值|交货值|货值|额度|收入|创汇|贸易|业务)"
                       r"([^，。；：、\d]{2,12}?(?:、[^，。；：、\d]{2,12}?)*)"
                       r"(?:等([^，。；：、\d]{2,8}?))?(?:约|达到?|超过?|近|逾)?$")
# 出口港口起重机46台，出口额1.18亿美元: the value of the goods just counted
VALUE_OF_RE = re.compile(r"(?:出口|销售|进口)?(?:总?金额|额|货值|收入)(?:约|达到?|超过?|近|逾)?$")


def traded_product(rel, figure: Figure, made: dict, owner):
    """(mention, product) of the goods a sum is the trade of: named right before it after a verb of trade, or
    counted in the clause before (出口甲板机械210台套，出口额4200万美元); or None."""
    start = clause_start_of(rel, figure)
    traded = TRADED_RE.search(rel.text, start, figure.start)
    if traded is not None and re.fullmatch(r"[^，。；：]{0,12}?", rel.text[start:traded.start()]):
        a, b = traded.span(2) if traded.group(2) else traded.span(1)
        if "、" not in rel.text[a:b] and product_named(rel, a, b):
            return product_at(rel, a, b, figure.sentence, owner)
    piece = _list_item_start(rel.text, start, figure.start)  # 出口茶叶4800吨、出口额3600万美元
    if VALUE_OF_RE.fullmatch(rel.text, piece, figure.start):
        counted = [c for c in made.values() if c.figure.sentence == figure.sentence and c.figure.end < piece
                   and c.figure.unit not in CURRENCIES and c.figure.unit != "P1" and counts_goods(c)]
        if piece > start and len([c for c in counted if c.figure.start >= start]) > 1:
            return None  # 出口茶叶4800吨、竹木制品1.2万吨、出口额…: the value of both, no one's
        return capacity_product(counted[-1]) if counted else None
    return None


def product_named(rel, a: int, b: int) -> bool:
    """Whether text[a:b] names a product: one the article has named, or a product's word that is no company's short
    name, no other name and no generic word (高端, 科技)."""
    phrase = rel.text[a:b]
    if any(m.start < b and a < m.end for c in rel.candidates if c.kind != "product" for m in c.mentions):
        return False  # 椰韵食品去年实现销售收入: a company's
    if len(phrase) <= 4 and phrase[2:] in FIRM_TRADES and not in_dictionary(phrase[:2]):
        return False  # (a brand's material is no material: 锐澜材料 is found as one all the same; 澜屿家具 is a firm)
    if any(phrase in c.names or len(phrase) >= 4 and c.label.endswith(phrase) for c in rel.candidates
           if c.kind == "product") and not phrase.endswith("业"):
        return True  # (锂电池 is also an industry's word, but the article names it as goods)
    if len(phrase) >= 3 and phrase.endswith(KIND_ENDINGS) and not GENERAL_GOODS_RE.fullmatch(phrase) \
            and not re.search(r"[及和与、]", phrase) and looks_like_product(phrase):
        return True  # 工业陶瓷, 艾制品, 储能产品: goods of a kind, however general the word
    if generic_word(phrase):
        return False
    made = class_of(phrase) in PRODUCT_KINDS or phrase[-1] in PRODUCT_HEADS or phrase.endswith(PRODUCT_ENDINGS) \
        or in_dictionary(phrase) and word_tag(phrase) == "n"  # (椰子汁; not 出口, a verb's noun)
    return made and looks_like_product(phrase)


# 签订挖掘机配重铸件采购合同，金额1.3亿元; 拿下泵阀壳体订单8000万元: an order's sum, of the goods it buys
ORDERED_RE = re.compile(r"([^，。；：、\d]{2,16}?)(?:定点|意向|框架)?(?:采购|供货|供应|销售)?(?:订单|合同)" + ORDER_SUM)


# what stands before the goods in an order's clause: the verb and whom it is signed with (与华源重工签订设备采购合同)
ORDER_VERB_RE = re.compile(r".*(?:签订|签署|签下|拿下|获得|斩获|承接|收到)")
# an order for work or a deal of intent names no goods (技术服务合同, 框架合作合同, 海外大单订单, 年度订单)
NOT_ORDERED_GOODS = ("服务", "合作", "大单", "年度", "战略", "意向", "框架")


def ordered_product_place(rel, figure: Figure) -> tuple[int, int] | None:
    """(start, end) of the goods an order or a purchase contract is for, where the sum is the order's; or None."""
    sentence = rel.by_id[figure.sentence]
    match = ORDERED_RE.search(rel.text, sentence.start, figure.start)
    if match is None:
        return None
    a, b = match.span(1)
    verb = ORDER_VERB_RE.match(rel.text[a:b])
    place = noun_before(rel, a + (verb.end() if verb else 0), b)
    return None if place is None or rel.text[place[0]:place[1]].endswith(NOT_ORDERED_GOODS) else place


# 该产品今年前11个月销售额达2.7亿元, 这一材料年产量…: a clause that opens on a word for goods just named (used
# with match(text, pos): no ^)
REFERRED_RE = re.compile(r"(?:该|这一|这款|这种|此|上述|以上)(?:产品|材料|型号|系列)")
# 销售1680台，其中出口620台, 其中出口缅甸、老挝等国4.8万辆: the part of the goods just counted that went abroad
# (or stayed home)
PART_SOLD_RE = re.compile(r"其中(?:出口|外销|内销|国内销售|海外销售|境外销售|线上销售)"
                          r"(?:(?:到|至)?[^，。；：\d]{1,16}?)?(?:量|额)?(?:达到?|为|约|超过?|近)?")
# 年产60万套X项目…，一期30万套已建成投产，二期30万套…: a phase's share of the capacity just named
PHASE_PART_RE = re.compile(r"(?:其中)?[一二三四首]期(?:项目|工程)?(?:产能|规模)?(?:为|达到?|约)?")
# (not 二期10万吨X项目: a phase that names its own goods)
PHASE_AFTER_RE = re.compile(r"[，。；、）)]|$|已|正在|将|预计|计划|主体|目前|于|年内|今年|明年")


# 现有脐橙种植面积39万亩，2025年产量55万吨: an output with no goods of its own, of the crop the clause before grows
BARE_OUTPUT_RE = re.compile(r"\s*(?:\d{4}年|去年|今年|全年|当年)?(?:总产量|年产量|产量)(?:达到|达|为|约|超过)?")


def referred_product(rel, figure: Figure, made: dict):
    """(mention, product) of the goods a clause refers back to, or None (see the module's note)."""
    start = clause_start_of(rel, figure)
    if BARE_OUTPUT_RE.fullmatch(rel.text, start, figure.start) and rel.text[start - 1:start] == "，":
        earlier = [c for c in made.values() if c.figure.sentence == figure.sentence and c.figure.end <= start
                   and not rel.text.startswith("其中", clause_start_of(rel, c.figure))]
        crops = goods_counted(earlier)
        # (脐橙30万亩、柑橘12万亩，总产量…: both crops', no one's, though the second is left unnamed)
        return crops[0] if len(crops) == 1 and all(counts_goods(c) for c in earlier) else None
    referred = REFERRED_RE.match(rel.text, start, figure.start)
    part = PART_SOLD_RE.fullmatch(rel.text, start, figure.start) \
        or PHASE_PART_RE.fullmatch(rel.text, start, figure.start) and PHASE_AFTER_RE.match(rel.text, figure.end)
    if part is not None:
        before = [c for c in made.values() if c.figure.sentence == figure.sentence and c.figure.end <= figure.start
                  and c.figure.unit == figure.unit and counts_goods(c)]
        return capacity_product(before[-1]) if before else None
    if referred is None:
        return None
    order = rel.order[figure.sentence]
    counted = [capacity_product(c) for c in made.values() if order - 1 <= rel.order[c.figure.sentence] <= order
               and c.figure.end <= figure.start and counts_goods(c)]
    if referred.group(0).startswith(("上述", "以上")):  # (上述产品: all the goods just named; one, or none of them)
        return counted[0] if len({id(p[1]) for p in counted}) == 1 else None
    return counted[-1] if counted else None


def goods_counted(candidates) -> list:
    """(mention, product) of each product the figures count, once each, in the order first counted."""
    found = {}
    for candidate in candidates:
        if counts_goods(candidate):
            product = capacity_product(candidate)
            found.setdefault(id(product[1]), product)
    return list(found.values())
