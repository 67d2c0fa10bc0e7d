"""Which product the noun a figure qualifies names: a mention already there, a product the article has
named in full that this noun shortens (钕铁硼永磁材料 for 高性能钕铁硼永磁材料), the product a project's name
holds, or a new product.

Apart from ``products``, which reads where in the text that noun is written: this module works on the
candidates found so far, and keeps them consistent (a longer noun takes over the fragments inside it).
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Mention
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.product_bounds import (
    FACILITY_AFTER_RE,
    bounded_span,
    company_short_names,
    past_company,
)
from chaingraph.authoring.extract.products import (
    PRODUCT_KINDS,
    QUALITY_RE,
    looks_like_product,
    product_words,
)
from chaingraph.authoring.extract.specs import SIZE_UNITS, SPEC

# an order or an agreement after a product (储能电池订单, 光伏组件供货协议): the deal is for the product, no part of it
DEAL_TAIL_RE = re.compile(r"(?:进出口|出口|进口|外贸)(?:订单|协议|合同)?$|"
                          r"(?:订单|(?:供货|采购|供应|销售)?(?:协议|合同))$")
# a size or a rating whose number a phrase rule left out (英寸硅片 of 8英寸硅片, V油冷驱动电机 of 800V…): the
# number goes with the product, as its unit does
DATE_TAIL_RE = re.compile(r"月份?|日|号")
CUT_SIZE_RE = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?(?:{SIZE_UNITS})")

# 主要生产6兆瓦以上风电机组: the rating says which; 主攻聚苯硫醚树脂, 把目光投向中药饮片: what a company gives
# itself to; not
# 试生产阶段, 投产: a stage of a plant is no making of a product
MAKES_RE = re.compile(r"(?:(?:主要|主营|专注于?|专业)?(?<![试投量停])(?:生产|制造|研发生产)|制成|加工成|主攻|主营|主打|"
                      r"专注于?|专做|(?:目光)?投向)(?!产品)"
                      r"(?:" + SPEC + r"(?:及?以上)?)?((?:\d+[A-Za-z]+)?[^，。；：、\d]{2,16})(?=[，。；])")  # (4K…)
# 主要从事头花蓼提取物生产: the work a company gives itself to, its product inside
ENGAGED_RE = re.compile(r"从事([^，。；：、\d]{2,16}?)的?(?:研发|生产|制造|加工)+(?=[，。；])")
# 结晶葡萄糖是这家企业的主打产品: the product as the subject, the company's main one
MAIN_PRODUCT_RE = re.compile(r"(?:^|[，。；])([^，。；：、\d]{2,16}?)(?:是|为)[^，。；\d]{0,10}?"
                             r"(?:主打|主导|主要|核心|拳头|明星)产品(?=[，。；])")

MAINLY_RE = re.compile(r"以([^，。；：、\d]{2,12}?)为主(?=[，。；])")  # 西区基地以皮革手袋为主，年产150万只


def makes(text: str):
    """What the text says a company makes (MAKES_RE, ENGAGED_RE, MAIN_PRODUCT_RE), as a match whose group 1 is the
    product."""
    return MAKES_RE.search(text) or ENGAGED_RE.search(text) or MAIN_PRODUCT_RE.search(text) \
        or MAINLY_RE.search(text)


def product_at(rel, start: int, end: int, sentence_id: str, owner):
    """(mention, candidate) of the product text[start:end] names: a mention there, a product already
    named that this noun shortens, or a new product."""
    companies = company_short_names([c.label for c in rel.candidates if c.kind == "organisation"], rel.gazetteer)
    start, end, covered = past_company(rel.text, start, end, companies)
    # 全县冷藏车 -> 冷藏车, and no product where a company's short name covers the noun (product_bounds)
    span = None if covered else bounded_span(rel.text, start, end, rel.gazetteer.regions)
    if span is None:
        return None
    start, end = _named_in_full(rel, *span, sentence_id)
    if rel.text.startswith("牌", start) and rel.text[start - 1:start] in ("”", "」", "\"") and end - start >= 3:
        start += 1  # “响水”牌石板大米: the brand in quotes and its 牌, then the goods
    end -= rel.text[end - 1:end] in "各均" and end - start >= 3  # 24英寸、26英寸山地自行车各50万辆: each
    deal = DEAL_TAIL_RE.search(rel.text, start, end)
    end = deal.start() if deal and deal.start() - start >= 2 else end
    size = CUT_SIZE_RE.search(rel.text, max(0, start - 8), start + 2)
    start = size.start() if size and size.end() > start else start  # 英寸硅基…外延片 -> 8英寸硅基…外延片
    if (date := DATE_TAIL_RE.match(rel.text, start, end)) and rel.text[start - 1:start].isdigit() \
            and end - date.end() >= 2:
        start = date.end()  # 今年5月第三代轮毂轴承单元项目投产, 3月份…: a date's 月 opens no goods
    phrase = rel.text[start:end]
    products = [c for c in rel.candidates if c.kind == "product"]
    for candidate in products:
        for mention in candidate.mentions:
            if mention.start == start and mention.end == end:
                return mention, candidate
    mention = Mention(phrase, start, end, sentence_id, class_of(phrase) or "Product")
    if mention.cls not in PRODUCT_KINDS:
        mention.cls = "Product"
    holder = _named_before(phrase, products, owner)
    if holder is None:
        known = rel.gazetteer.lookup(phrase)
        holder = Candidate(mention.cls, [phrase], [])
        if known is not None and known.cls in PRODUCT_KINDS:
            holder.existing, holder.cls = known, known.cls
        holder.quote = rel.clause(start, end)
        rel.candidates.append(holder)
    elif phrase not in holder.names and any(start <= m.start and m.end <= end and m.end - m.start < end - start
                                            for m in holder.mentions):
        holder.names.insert(0, phrase)  # 预充式注射器 where the names found 充式注射器: the whole noun is its name
    elif phrase not in holder.names:
        holder.names.append(phrase)
    holder.mentions.append(mention)
    rel.owner_of[id(mention)] = holder
    _drop_fragments(rel, holder, start, end)
    return mention, holder


def _named_before(phrase: str, products: list[Candidate], owner) -> Candidate | None:
    """The product a noun stands for when the article has named it in full."""
    same = [c for c in products if phrase in c.names or QUALITY_RE.sub("", c.label) == phrase]
    if same:
        return same[0]
    made = project_product(owner)
    if made is not None and len(phrase) >= 2 and made.label[-2:] == phrase[-2:]:
        return made  # 12英寸晶圆 in a project making 12英寸功率半导体晶圆
    longer = [c for c in products if len(phrase) >= 3 and c.label.endswith(phrase) and looks_like_product(c.label)]
    return longer[0] if len(longer) == 1 else None


def with_first_mention(product: Candidate) -> tuple[Mention | None, Candidate]:
    """(the product's first mention, the product): how a figure's product is given."""
    return (product.mentions[0] if product.mentions else None), product


def counts_goods(candidate: Candidate) -> bool:
    """Whether a figure already made names the goods it counts."""
    return any(f.prop == "ofProduct" for f in candidate.facts)


def capacity_product(candidate: Candidate) -> tuple[Mention | None, Candidate]:
    """The product of a capacity already made, as (its first mention, the product)."""
    return with_first_mention(next(f.value for f in candidate.facts if f.prop == "ofProduct"))


def project_product(owner, products: list[Candidate] = ()) -> Candidate | None:
    """The product a project's name holds (珈钠能源年产10万吨聚阴离子正极材料一期项目 -> 聚阴离子正极材料)."""
    if owner is None or owner[1].kind != "project":
        return None
    made = [f.value for f in owner[1].facts if f.prop == "produces" and isinstance(f.value, Candidate)
            and not (f.value.label in owner[1].label and _noun_goes_on(owner[1].label, f.value.label))]
    if len(made) == 1:
        return made[0]
    named = [c for c in products if len(c.label) >= 2 and c.label in owner[1].label
             and not _noun_goes_on(owner[1].label, c.label)]
    return max(named, key=lambda c: len(c.label)) if named else None


def _noun_goes_on(name: str, product: str) -> bool:
    """智能座舱 in 驰骋智能座舱域控制器项目: the name goes on with a noun after the product's, so the project makes
    that longer thing (a plant's or a project's word after it, 生产线, 基地, 项目, says nothing of the product)."""
    at = name.index(product) + len(product)
    words = product_words(name[at:])
    return bool(words) and words[0].flag.startswith("n") and not FACILITY_AFTER_RE.match(name, at) \
        and not re.match(r"(?:产业|基地|园|工程|[一二三四五六七八九十]期)", name[at:])


def _drop_fragments(rel, holder: Candidate, start: int, end: int) -> None:
    """动力电池 inside 动力电池Pack壳体 names no product of its own there."""
    for candidate in list(rel.candidates):
        if candidate is holder or candidate.kind != "product":
            continue
        inside = [m for m in candidate.mentions
                  if start <= m.start and m.end <= end and (m.start, m.end) != (start, end)]
        if inside:
            candidate.mentions = [m for m in candidate.mentions if m not in inside]
            if not candidate.mentions:
                rel.candidates.remove(candidate)


def _named_in_full(rel, start: int, end: int, sentence_id: str) -> tuple[int, int]:
    """专注车载毫米波雷达，年产雷达200万台; 主要生产单晶硅棒和N型单晶硅片，硅片年产能15GW: a bare head word after
    what its sentence says the company makes stands for the one item whose name ends with it (start, end of that
    item, or the word's own)."""
    phrase = rel.text[start:end]
    if len(phrase) > 2:
        return start, end  # (数控机床 after 五轴联动数控机床 names the kind; only a bare head word stands for more)
    told_at = rel.by_id[sentence_id].start
    for made in reversed(list(MAKES_RE.finditer(rel.text, told_at, start))):
        if re.search(r"公司|集团|企业|；", rel.text[made.end(1):start]):
            break  # A公司主攻车载激光雷达，B公司年产雷达50万台: another firm's words
        items = [(m.start(), m.end()) for m in re.finditer(r"[^和及与]+", made.group(1))]
        longer = [(a, b) for a, b in items if b - a > len(phrase) and made.group(1)[a:b].endswith(phrase)
                  and looks_like_product(made.group(1)[a:b])]
        if len(longer) == 1:
            return made.start(1) + longer[0][0], made.start(1) + longer[0][1]
    return start, end
