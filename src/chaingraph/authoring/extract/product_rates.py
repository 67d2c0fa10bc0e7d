"""The product a share or a rate in % is of.

* a share of a product: its share of the whole (其中电池级碳酸锂占比68%), its share of its market (在国内椰子汁市场的
  占有率约为11%), or, where the market names none, the share of the product the sentence's figure before counts;
* a purity or a content, of the goods named after it (纯度99.99%的高纯钛酸钡粉体) or before it (高纯氢纯度达到99.999%);
* a product's yield or quality rate (电芯良率由93.5%提升到97.8%, 岩板年产能达到…，产品优等品率…): of the goods named
  right before the rate, else of the one product the sentence's figures before it count (of the one its size names:
  8英寸产线良品率 after 6英寸 and 8英寸 wafers).
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.figure_clause import clause_start_of
from chaingraph.authoring.extract.product_candidates import (
    capacity_product,
    counts_goods,
    product_at,
    with_first_mention,
)
from chaingraph.authoring.extract.product_forms import goods_counted, noun_before, product_named
from chaingraph.authoring.extract.products import looks_like_product, noun_tail, product_words
from chaingraph.authoring.extract.specs import SIZE
from chaingraph.authoring.extract.words import QUALITY_RATES

# 其中液冷AI服务器占比超过40%, X收入占主营业务收入的46.2%: a product's share of the whole or of the firm's revenue
SHARE_OF_RE = re.compile(r"^(?:其中，?([^，。；：、\d]{2,14}?)(?:的)?占比|(?:其中，?)?([^，。；：、\d]{2,14}?)(?:销售)?"
                         r"(?:收入|营收)占(?:公司)?(?:主营业务|营业|销售|总)?(?:收入|营收)的?(?:比重|比例)?)"
                         r"(?:提高到|提升至|提高至|超过|达到|达|为|约|近)?$")  # (鲜切桃在商超渠道的占有率: its market)
HELD_SHARE_RE = re.compile(r"^([^，。；：、\d]{2,12}?)在[^，。；：\d]{0,12}?(?:市场|渠道)的?(?:占有率|份额|市占率)"
                           r"(?:约为|约|达到|达|为|超过|近)?$")
MARKET_SHARE_RE = re.compile(r"在(?:国内|全国|全球|国际|省内|本市|本省|北方|南方|海外)?([^，。；：、\d]{0,12}?)"
                             r"(?:市场|渠道)的?(?:占有率|份额|市占率)(?:约为|约|达到|达|为|超过|近)?$")
# a share of a market or of a kind's output with no product named: the product of the figure before it (交付新船21艘，
# 其中VLCC 9艘，约占全球同类船型交付量的12%); not a share of output value or investment (占全县工业总产值的38%)
SHARE_RE = re.compile(r"(?:占有率|份额|市占率|占[^，。；]{0,16}?(?:交付量|销量|产量|出货量|同类|市场)[^，。；]{0,6}?的)"
                      r"(?:约为|约|达到|达|为|超过|近)?$")


# 良品率, 成品率, 不良率, 优等品率, 转换效率: a rate measured on goods; the words between it and the figure may hold
# the figure it changed from (良率由93.5%提升到…)
QUALITY_RATE_RE = re.compile(rf"(?:产品|产线|生产线|量产|平均|一次|出厂|的)*"
                             rf"(?:{QUALITY_RATES}|产能利用率|(?:就地|就近|本地|加工)?转化率)"
                             r"(?:[^，。；\d%]{0,10}\d+(?:\.\d+)?%)?[^，。；\d%]{0,10}$")


LINE_LEAD_RE = re.compile(r"(?:[一二三四首]期)?(?:生产线|产线|车间)")  # 产线抛光片良品率: the line, then its goods

# 纯度99.99%的高纯钛酸钡粉体, 蛋白含量90%以上的大豆分离蛋白: a purity or a content measured on the goods named after it
PURITY_BEFORE_RE = re.compile(r"(?:纯度|含量|浓度|品位)(?:可?达到?|为|在|稳定在)?(?:约|超过)?$")
PURITY_AFTER_RE = re.compile(r"(?:以上|及以上|左右)?的([^，。；：、\d（）“”%]{2,16}?)(?=\d|[，。；、]|$)")


def shared_product(rel, figure: Figure, made: dict, owner):
    """(mention, product) a share or a rate in % is of, or None (see the module's note)."""
    clause_start = clause_start_of(rel, figure)
    before = rel.text[clause_start:figure.start]
    after = PURITY_AFTER_RE.match(rel.text, figure.end, rel.by_id[figure.sentence].end)
    purity = PURITY_BEFORE_RE.search(before)
    if after and purity and looks_like_product(goods := after.group(1)) \
            and noun_tail(goods) == goods and product_words(goods)[-1].flag[0] == "n":  # (not 储量约, 新产品有)
        return product_at(rel, after.start(1), after.end(1), figure.sentence, owner)
    if purity and purity.group(0).startswith("纯度") and (goods := _purity_goods(
            rel, figure, made, owner, clause_start + purity.start())) is not None:
        return goods  # 高纯氢纯度达到99.999%: of the goods before it (not 地下水中氟化物含量: what a sample holds)
    if rate := QUALITY_RATE_RE.search(before):
        return _rated_product(rel, figure, made, owner, clause_start, clause_start + rate.start())
    for pattern in (SHARE_OF_RE, HELD_SHARE_RE, MARKET_SHARE_RE):
        match = pattern.search(before)
        group = next((g for g in range(1, (match.re.groups if match else 0) + 1) if match.group(g)), None)
        if group and (span := noun_before(rel, clause_start + match.start(group), clause_start + match.end(group))) \
                and product_named(rel, *span):
            return product_at(rel, *span, figure.sentence, owner)
    if not SHARE_RE.search(before):
        return None
    for candidate in reversed(list(made.values())):
        earlier = candidate.figure
        if earlier.sentence == figure.sentence and earlier.end <= figure.start and counts_goods(candidate):
            return capacity_product(candidate)
    return None


def _rated_product(rel, figure: Figure, made: dict, owner, clause_start: int, rate_start: int):
    """The goods a rate is measured on: named right before it, else the one product of the sentence's figures
    before it (公司高强度螺栓年产能由3万吨提升到5万吨，产品不良率由0.8%降到0.2%); none where they count two."""
    span = noun_before(rel, clause_start, rate_start)
    if span is not None and (line := LINE_LEAD_RE.match(rel.text, *span)):
        span = (line.end(), span[1]) if span[1] - line.end() >= 2 else None  # 产线抛光片良品率: the wafers
    if span is not None and product_named(rel, *span):
        word = rel.text[span[0]:span[1]]
        # 电芯良率 after a 储能电芯 capacity: the goods a figure counts
        ending = [p for p in goods_counted(made.values()) if p[1].label.endswith(word)]
        if len(ending) == 1:
            return ending[0]
        if len(word) > 2 or owner is None:
            return product_at(rel, *span, figure.sentence, owner)
        held = goods_counted(c for c in made.values() if _holds(owner[1], c))
        one = held[0] if len(held) == 1 else None  # 电芯能量效率 of a 储能电池 plant: its goods
        return one if one is not None and set(word) & set(one[1].label) else None  # (not 组件良率 of a glass maker)
    before = _counted_before(made, figure)
    if span is not None and re.fullmatch(SIZE, size := rel.text[span[0]:span[1]]):
        before = [p for p in before if p[1].label.startswith(size)]  # 8英寸产线良品率: the 8英寸 wafers
    return before[0] if len(before) == 1 else None


def _counted_before(made: dict, figure: Figure) -> list:
    """(mention, product) of each product the figures of the figure's sentence count before it."""
    return goods_counted(c for c in made.values() if c.figure.sentence == figure.sentence
                         and c.figure.end <= figure.start)


OTHER_MADE_RE = re.compile(r"副产|联产|产出|回收|提取")  # goods made beside those counted, a purity's own


def _purity_goods(rel, figure: Figure, made: dict, owner, at: int):
    """(mention, product) a purity said after its goods is of: the one product a grade opens (医药级产品纯度:
    医药级透明质酸钠); the goods named, where they name a product; the one product the sentence counted before that
    holds the goods' word (年产高纯氢1.2万吨，氢纯度…); else the longest product the article names that the words end
    with (经提纯后高纯氢); or None."""
    span = noun_before(rel, clause_start_of(rel, figure), at)
    word = rel.text[span[0]:span[1]].removesuffix("产品") if span else ""
    before = _counted_before(made, figure) if not word else []  # 年产镁锭5万吨，产品纯度…: the one good the
    last = max((c.figure.end for c in made.values() if c.figure.sentence == figure.sentence  # sentence counted, no
                and c.figure.end <= figure.start), default=0)  # other made between (not 年产氢气…，副产氧气，纯度…)
    if len(before) == 1 and not OTHER_MADE_RE.search(rel.text, last, at):
        return before[0]
    if span and rel.text.endswith("产品", *span):
        graded = [c for c in rel.candidates if c.kind == "product" and word and c.label.startswith(word)]
        return with_first_mention(graded[0]) if len(graded) == 1 else None
    if span is not None and product_named(rel, *span):
        return product_at(rel, *span, figure.sentence, owner)
    core = word.removesuffix("气")  # (氢气纯度 of 高纯氢: a gas named by its element)
    counted = [p for p in _counted_before(made, figure) if core and any(core in n for n in p[1].names)]
    if len(counted) == 1:
        return counted[0]
    known = [c.label for c in rel.candidates if c.kind == "product" and rel.text.endswith(c.label, 0, at)]
    return product_at(rel, at - len(max(known, key=len)), at, figure.sentence, owner) if known else None



def _holds(holder, candidate) -> bool:
    """Whether the holder has the candidate figure among its facts."""
    return any(f.value is candidate for f in holder.facts)
