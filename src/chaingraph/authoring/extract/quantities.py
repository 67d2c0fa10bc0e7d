"""Figures as quantities: each figure of the article with its owner (``owners``), its product
(``products``), what it counts, its status and the date that status refers to (``statuses``).

* Kind (``quantity_kinds``): a capacity when a product and a unit of output go together; an output
  (乘用车产量42万辆) names its product but no capacity; else a figure with the words that say what it
  counts (总投资, 签约金额) as its quantity kind.
* Status (``quantity_statuses``): the words of the figure's own clause, else the project's stage, else a
  guess said as such.
* A title or caption repeating a figure of the body adds no figure of its own.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chaingraph.authoring.extract.candidates import Candidate, Fact, Figure
from chaingraph.authoring.extract.changes import RAISED_RE, raised_later
from chaingraph.authoring.extract.deals import deal_goods_place, deal_holder
from chaingraph.authoring.extract.equipment import bought_machines
from chaingraph.authoring.extract.figure_clause import clause_start_of, clause_text, inside
from chaingraph.authoring.extract.figures import find_figures, plain_number
from chaingraph.authoring.extract.implied import implied_product
from chaingraph.authoring.extract.investors import Payment, payment_of, stake_holder, stake_to_come
from chaingraph.authoring.extract.labels import quantity_kind_en
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.owner_ranker import ranked_owner
from chaingraph.authoring.extract.owners import rules_owner
from chaingraph.authoring.extract.product_candidates import capacity_product, product_at
from chaingraph.authoring.extract.product_forms import (
    delivered_again,
    farm_product_place,
    ordered_product_place,
    owned_lines_place,
    part_goods_place,
    referred_product,
    said_product_place,
    shared_product_place,
    sold_product,
    traded_product,
)
from chaingraph.authoring.extract.product_rates import shared_product
from chaingraph.authoring.extract.products import (
    AFTER_LEAD_RE,
    PHRASE_STOP_RE,
    QUALITY_RE,
    added_product_place,
    looks_like_product,
    product_place,
)
from chaingraph.authoring.extract.quantity_kinds import (
    BUILT_POWER,
    CAPACITY_UNITS,
    COUNT_UNITS,
    OUTPUT_RE,
    POWER_UNITS,
    PRODUCTION_RE,
    delivered,
    kind_word,
    leading_nouns,
    lines_counted_after,
)
from chaingraph.authoring.extract.quantity_statuses import status_of
from chaingraph.authoring.extract.respective import respective_products
from chaingraph.authoring.extract.scopes import bullet_label
from chaingraph.authoring.extract.stages import stage_of_project
from chaingraph.authoring.extract.tables import column_kind, maker_row_at, product_row_at, row_owner
from chaingraph.authoring.extract.tech_deals import tech_goods_place, tech_holder
from chaingraph.facts.checks import CURRENCIES
from chaingraph.sources.layout import SENTENCE_END
from chaingraph.sources.sentences import Sentence

ORDERED_UNITS = {"CNY", "C62", "SET", "TNE", "KGM"}  # an order's sum in yuan, or its goods counted (订单75万台)

# a line ends like a sentence on a sentence-end mark, an ellipsis or an ASCII quote; not on a colon that leads
# into what follows, nor on the bracket closing a heading (【鸠江区：…签约4个项目】)
SENTENCE_ENDS = (*SENTENCE_END.translate(str.maketrans("", "", "：:’』》】")), "…", '"')
PHASE_BEFORE_RE = re.compile(r"[一二三四首]期(?:项目)?(?:规模|产能)?(?:为|约)?$")  # 一期5万吨已投产
PHASE_WORD_RE = re.compile(r"(?<![上下同前本每])(?<![一二三四首]期[、和及与])[一二三四首]期(?![间限货刊、和及与])")


# what turns a figure's text into another measure when it follows (12个 of 12个月, 5个 of 5个百分点)
NOT_THE_UNIT = r"(?!(?:多|半)?(?:月|小时|工作日|百分点|人|平方|立方))"


# 前三季度，该公司生产高纯银锭420吨: what a period made, an output (not 年生产, 可生产: what a plant can make);
# the list may go on (、精铋1800吨)
AHEAD_RE = re.compile(r"将|预计|计划|拟|力争|(?:建成|达产|投产)后")
YEARLY_VERB_RE = re.compile(r"(?:年|每年|月|每月|日|每天)可?(?:产|生产|屠宰|加工|处理|制造|组装)")
MADE_IN_PERIOD_RE = re.compile(r"(?<![年月日可试投量停期])(?:生产|(?<!农)副产(?!品))"
                               r"(?:[^，。；：、\d]{2,16}?\d+(?:\.\d+)?[万亿千]?[^，。；：、\d]{1,2}、)*"
                               r"[^，。；：\d]{2,20}?(?:约|近|超过|逾|达)?$")  # (生产红茶、白茶等茶叶960吨)

# 每年可发电3.3亿千瓦时，可减少二氧化碳排放27万吨: what a station yields a year, and the emissions and coal it saves,
# are held like its power: in its stage (planned after 建成后, operating where it runs)
POWER_YIELD_RE = re.compile(r"(?:(?:年均?|每年|可|预计)[^，。；]{0,4}?(?:发电量?|上网电量|供电量?)|减少二氧化碳排放|"
                            r"减排二氧化碳|二氧化碳减排量?|减少碳排放|节约标准?煤|节省标准?煤)(?:约|达到?|超过?|近)?$")
# a period gone by (上半年发电量, 截至8月底已发电, 去年节约标准煤): its output, a result
PAST_YIELD_RE = re.compile(r"上半年|下半年|今年|去年|截至|累计|全年|已|前三季度|\d{1,2}[—–\-至]\d{1,2}月")


def add_quantities(rel) -> None:
    """Turn every figure of the article into a capacity or a quantity of its owner (``rel`` is a Relations)."""
    made: dict[tuple, Candidate] = {}
    body = {(f.value, f.unit) for f in rel.figures if not _headline(rel.by_id[f.sentence])}
    body_text = "\n".join(s.text for s in rel.sentences if not _headline(s))
    earlier: dict[int, str] = {}
    retold: dict[int, tuple] = {}  # the figures raised from, told before (_raised_from)
    ordered = sorted(rel.figures, key=lambda f: (_headline(rel.by_id[f.sentence]), f.start))
    for figure in ordered:
        if _headline(rel.by_id[figure.sentence]) and ((figure.value, figure.unit) in body or re.search(
                rf"(?<![\d.]){re.escape(figure.text)}{NOT_THE_UNIT}", body_text)):
            twin = next((c for c in made.values() if (c.figure.value, c.figure.unit) == (figure.value, figure.unit)),
                        None)
            if twin is not None:
                twin.notes.append(f"also {figure.sentence} [{figure.start}-{figure.end}] {figure.text}")
            continue  # (7个项目签约 over 现场共有7个项目签约: the body tells it and keeps none, an event's tally)
        row = row_owner(rel, figure)  # a table row's figures are its project's
        payment = None if row else payment_of(rel, figure)  # X基金已向Y公司投资1亿元: the payer's, not Y's
        paid = row or (payment.owner if payment else None) or stake_holder(rel, figure) or deal_holder(rel, figure) \
            or tech_holder(rel, figure)
        # (deals: the supplier's; tech_deals: the firm paying for a technology)
        ruled = paid or rules_owner(rel, figure)
        owner = paid or ranked_owner(rel, figure, ruled)  # (owner_ranker: the names around weighed)
        product_row = product_row_at(rel.text, figure.start)  # 工业硅 万吨 35.2: an output its row names (tables)
        label = bullet_label(rel, figure) if product_row is None else None  # ▶ 2000辆 / 推广燃料电池汽车 (scopes)
        maker = maker_row_at(rel.text, figure.start) if product_row is None else None  # 企业名称｜主要产品｜年产能
        place = (product_row.product.start, product_row.product.end) if product_row else \
            (maker.product.start, maker.product.end) if maker else \
            label if label and looks_like_product(rel.text[label[0]:label[1]]) else \
            shared_product_place(rel, figure) or product_place(rel, figure, earlier) \
            or said_product_place(rel, figure) or part_goods_place(rel, figure)
        if place is not None and bought_machines(rel.text, *place) and owner is not None \
                and owner[1].kind in ("region", "zone", "park"):
            place = None  # 新增工业机器人230台: machines put in (equipment)
        phase = PHASE_BEFORE_RE.search(rel.text[max(0, figure.start - 12):figure.start])
        labelled = label is not None and place == label  # (a bullet's count of what its label names)
        output = (bool(OUTPUT_RE.search(rel.text, max(0, figure.start - 12), figure.start))
                  or _made_in_period(rel, figure)
                  or delivered(rel, figure) or product_row is not None or labelled) and not figure.per_period
        production = output or figure.per_period is not None or maker is not None or \
            bool(PRODUCTION_RE.search(clause_text(rel, figure))) or \
            (figure.unit not in COUNT_UNITS and (phase is not None or _after_capacity(rel, figure, made))) or \
            added_product_place(rel, figure) is not None or earlier.get(id(figure)) in ("counted", "producing")
        # (可年组装氢燃料电池重卡1500辆: what a verb of making with its period makes is production)
        capacity_unit = figure.unit in CAPACITY_UNITS and (figure.unit not in COUNT_UNITS or production
                                                           or inside(figure, owner, "project"))
        raised = _raised_from(rel, figure, made, retold) or _joined_to(rel, figure, made)  # 由3000万支提升至8000万支
        capacity_unit = capacity_unit or raised is not None
        product = None
        if figure.unit in POWER_UNITS and not _power_product(rel, place):
            product = None  # 200万千瓦光伏治沙项目, 年发电量35亿千瓦时: a plant's power, no product of its own
        elif (lines := lines_counted_after(rel, figure)) is not None:
            product, output = product_at(rel, *lines, figure.sentence, owner), True  # 12条低压线束生产线: their goods
        elif (referred := referred_product(rel, figure, made)) is not None:
            product = referred  # 该产品今年销售额达2.7亿元, 这一产品出货9.8GW: the goods just named
            output = output or not capacity_unit or not re.search(r"产能|生产能力|年产(?!量|值)",
                                                                   clause_text(rel, figure))
        elif capacity_unit and production and (listed := _respective_product(rel, figure, owner) or _owned_line(
                rel, figure, owner)) is not None:
            product = listed  # A和B两条产线，年产能分别为a和b: the list says which product each figure is of
        elif raised is not None:
            product = raised
        elif capacity_unit and place is not None:
            product = product_at(rel, *place, rel._sentence(place[0]).id, owner)  # (a bullet label: its own line)
        elif capacity_unit and production:
            product = _respective_product(rel, figure, owner, projects=True) or \
                delivered_again(rel, figure, made) or implied_product(rel, figure, owner, list(made.values()))
        elif figure.unit == "P1" and (shared := shared_product(rel, figure, made, owner)) is not None:
            product, output = shared, True  # (a share measured, as a result: not a capacity in place)
        elif figure.unit in CURRENCIES and (sold := sold_product(rel, figure, owner)
                                             or traded_product(rel, figure, made, owner)) is not None:
            product, output = sold, True  # 该注射液实现销售额6.5亿元
        elif figure.unit in ORDERED_UNITS and (ordered := ordered_product_place(rel, figure)) is not None:
            product, output = product_at(rel, *ordered, figure.sentence, owner), True  # 拿下泵阀壳体订单8000万元
        elif (goods := deal_goods_place(rel, figure) or tech_goods_place(rel, figure)) is not None:
            product, output = product_at(rel, *goods, figure.sentence, owner), True  # 签订刨花板供货协议，金额…
        elif (farm := farm_product_place(rel, figure)) is not None:
            product, output = product_at(rel, *farm, figure.sentence, owner), True  # 猕猴桃种植面积, 梅花鹿存栏
        elif not production and (machines := _machines_counted_after(rel, figure)) is not None:
            product, output = product_at(rel, *machines, figure.sentence, owner), True  # 200台新型喷气织机: in place
        key = (figure.value, figure.unit, figure.per_period, id(product[1]) if product else figure.start,
               id(owner[1]) if owner else None)
        if key in made and made[key].figure.sentence != figure.sentence and \
                _phase(rel, made[key].figure) == _phase(rel, figure):  # the same figure told again (一期…；二期…: two)
            retold[figure.start] = (figure, made[key])
            made[key].notes.append(f"also {figure.sentence} [{figure.start}-{figure.end}] {figure.text}")
            continue
        told = next((c for k, c in reversed(made.items()) if k[:2] == key[:2] and k[4] == key[4]
                     and (k[2] == key[2] or None in (k[2], key[2]))  # (年产能1200吨 / 将由1200吨扩至…)
                     and _same_goods(c, product) and c.figure.sentence != figure.sentence
                     and _same_kind(rel, c.figure, figure)), None) if raised_later(rel, figure) else None
        if told is not None:  # 年产光学基膜1.8万吨。…年产能将由1.8万吨提升至4.5万吨: raised from a figure told before
            retold[figure.start] = (figure, told)
            told.notes.append(f"also {figure.sentence} [{figure.start}-{figure.end}] {figure.text}")
            continue
        key = key if key not in made else (*key, figure.start)  # 一期5万吨…，二期5万吨…: two figures
        made[key] = _quantity(rel, figure, product, owner, output, stage_owner=ruled, payment=payment)
        rel.candidates.append(made[key])
    for project in [c for c in rel.candidates if c.kind == "project"]:
        stage_of_project(rel, project)


MACHINE_HEADS = set("机器仪泵")


def _machines_counted_after(rel, figure: Figure) -> tuple[int, int] | None:
    """200台新型喷气织机整齐排列: machines counted in 台 or 套 and named right after the count, where nothing is said
    to be made (the machines a plant has in place), name the count's product; (start, end) or None."""
    if figure.unit not in ("C62", "SET") or figure.per_period or not figure.text.endswith(("台", "套")):
        return None
    sentence = rel.by_id[figure.sentence]
    after = rel.text[figure.end:sentence.end]
    lead = AFTER_LEAD_RE.match(after).end()
    if quality := QUALITY_RE.match(after[lead:]):
        lead += quality.end()
    stop = PHRASE_STOP_RE.search(after, lead)
    start, end = figure.end + lead, figure.end + (stop.start() if stop else len(after))
    phrase = leading_nouns(rel.text[start:end])  # 剑杆织机整齐排列: the nouns, not what they do
    end = start + len(phrase)
    return (start, end) if len(phrase) >= 3 and phrase[-1] in MACHINE_HEADS and looks_like_product(phrase) else None


def _phase(rel, figure: Figure) -> str | None:
    """一期 or 二期 right before a figure, else the last one opening a clause of its sentence before it (一期已于2024年
    投产，年产能5万辆；二期正在建设，新增年产能5万辆), where the figure is in no project's name: the phase it is of."""
    phase = PHASE_BEFORE_RE.search(rel.text[max(0, figure.start - 12):figure.start])
    if phase is None and not any(m.start <= figure.start < m.end for c in rel.candidates if c.kind == "project"
                                 for m in c.mentions):
        opening = [m for m in PHASE_WORD_RE.finditer(rel.text, rel.by_id[figure.sentence].start, figure.start)
                   if m.start() == rel.by_id[figure.sentence].start or rel.text[m.start() - 1] in "，；："]
        phase = opening[-1] if opening else None
    return phase.group(0)[:2] if phase else None


def _power_product(rel, place) -> bool:
    """A figure in kW or kWh has a product only when a product word says so (300MW燃料电池电堆)."""
    return place is not None and class_of(rel.text[place[0]:place[1]]) in ("Product", "Material")


# 由每年30亿只提升至每年50亿只: the rate may be said again before the figure raised to
RAISED_TO_RE = re.compile(rf"(?:{RAISED_RE.pattern})(?:每年|每月|每天|每日)?")


def _same_goods(told, product) -> bool:
    """The figure raised from names no goods, or the goods the figure told before names (晶体 of 蓝宝石晶体)."""
    goods = next((f.value.label for f in told.facts if f.prop == "ofProduct"), None)
    return product is None or goods is not None and (goods.endswith(product[1].label)
                                                     or product[1].label.endswith(goods))


def _same_kind(rel, told: Figure, figure: Figure) -> bool:
    """A capacity, or a measure of the same kind (原计划总投资3.2亿元 / 总投资由3.2亿元增至…; not 产值 after 总投资)."""
    if figure.per_period:
        return True
    kinds = kind_word(rel, told) or "", kind_word(rel, figure) or ""
    return all(kinds) and (kinds[0].endswith(kinds[1]) or kinds[1].endswith(kinds[0]))


def _raised_from(rel, figure: Figure, made: dict, retold: dict):
    """…由3000万支提升至8000万支: the figure a capacity is raised to is of the same product (``retold``: the figures
    raised from that were told before, each with the capacity made of its first telling)."""
    for earlier, candidate in reversed([(c.figure, c) for c in made.values()] + list(retold.values())):
        if candidate.cls == "Capacity" and earlier.sentence == figure.sentence and earlier.unit == figure.unit \
                and RAISED_TO_RE.fullmatch(rel.text[earlier.end:figure.start]):
            return capacity_product(candidate)
    return None


# (建设年产电池片1.2亿片的生产线，一期6000万片: the line's first phase)
JOINED_RE = re.compile(r"[、和及与]|(?:的(?:生产线|产线|项目|能力|产能|生产能力))?[，；](?:其中)?"
                       r"[一二三四五首]期(?:已|将|约)?")


def _joined_to(rel, figure: Figure, made: dict):
    """新增标准机架8000架和1.2万架, 规划建设标准机架1.2万架，一期4000架…: a figure joined to a count of machines
    right before it, or a phase's part of it, in the same unit and with no product of its own between, counts
    the same machines."""
    if figure.unit not in COUNT_UNITS:
        return None
    for candidate in reversed(list(made.values())):
        earlier = candidate.figure
        if candidate.cls == "Capacity" and earlier.unit == figure.unit \
                and JOINED_RE.fullmatch(rel.text, earlier.end, figure.start):  # (…1.5万台；一期1万台: over a ；)
            return capacity_product(candidate)
    return None


def _owned_line(rel, figure: Figure, owner):
    """X的A产线、Y的B产线…，产能分别为a和b: the product of the figure's line (``product_forms``)."""
    place = owned_lines_place(rel, figure)
    return product_at(rel, *place, figure.sentence, owner) if place else None


def _respective_product(rel, figure: Figure, owner, projects: bool = False):
    """A和B分别主攻X和Y，年产能分别为15万吨和2万吨: X is the first figure's product, Y the second's."""
    phrase = respective_products(rel, figure, projects)
    sentence = rel.by_id[figure.sentence]
    at = rel.text.find(phrase, sentence.start, figure.start) if phrase else -1
    if at < 0 or not looks_like_product(phrase):
        return None
    return product_at(rel, at, at + len(phrase), figure.sentence, owner)


def _after_capacity(rel, figure: Figure, made: dict) -> bool:
    """现有光伏组件产能8GW，今年将新增4GW: a figure in a unit of output after a capacity of its sentence."""
    return any(c.cls == "Capacity" and c.figure.sentence == figure.sentence and c.figure.unit == figure.unit
               for c in made.values())


def _headline(sentence) -> bool:
    """A title, a caption, a ——subheadline, or a line that ends without a full stop (a headline the capture kept as
    body)."""
    text = sentence.text.rstrip()  # (——集中开工项目12个，总投资38.6亿元: a subheadline, its comma aside)
    return sentence.kind != "body" or text.startswith("—") or not (text.endswith(SENTENCE_ENDS) or "，" in text)


def _quantity(rel, figure: Figure, product, owner, output: bool = False, stage_owner=None,
              payment: Payment | None = None) -> Candidate:
    capacity = product is not None and not output
    near = capacity and product[0] is not None and product[0].sentence == figure.sentence and \
        abs(product[0].start - figure.start) <= 30
    quote = rel.span(min(product[0].start, figure.start), max(product[0].end, figure.end)) if near \
        else rel.local(figure)
    kind = None if capacity else column_kind(rel, figure) or kind_word(rel, figure)  # (tables: 总投资（万元）)
    owner_label = min(owner[1].names, key=len) if owner else ""
    if capacity and owner and inside(figure, owner, "any"):
        label = f"{owner[1].label}产能"
    elif capacity and near and product[0].start >= figure.end:  # 高新区5GWh钠离子电池电芯产能
        label = f"{owner_label}{figure.text}{product[1].label}产能"
    elif capacity:  # 卓驰汽车电池包壳体60万套产能
        label = f"{owner_label}{product[1].label}{_bare(figure)}产能"
    elif kind and kind not in figure.text:
        label = f"{owner_label}{kind}{figure.text}" if owner and not inside(figure, owner, "any") else \
            f"{kind}{figure.text}"
    else:
        label = quote
    candidate = Candidate("Capacity" if capacity else "Quantity", [label], [])
    candidate.figure = figure
    candidate.quote = quote
    facts = [Fact("value", plain_number(figure.value), quote, figure.note), Fact("unitCode", figure.unit, quote)]
    if figure.per_period:
        facts.append(Fact("perPeriod", figure.per_period, quote))
    if figure.qualifier:
        facts.append(Fact("valueQualifier", figure.qualifier, quote))
    if product is not None:
        note = "" if near else f"the product named before: {product[1].label}; check"
        facts.append(Fact("ofProduct", product[1], quote, note))
    if kind and not capacity:
        facts.append(Fact("quantityKind", {"zh": kind, "en": quantity_kind_en(kind)}, rel.local(figure)))
    # the status reads the stage of the project the rules tie the figure to, also where the ranker gives the
    # figure to the project's company (X公司年产6万片…项目总投资12亿元: the project's stage, the company's figure)
    # (风电50万千瓦 of a project started today: power built is a capacity for its stage, with no product named)
    # (not a statistics table's 产量 in GW: a result)
    held = capacity or (figure.unit in BUILT_POWER and product_row_at(rel.text, figure.start) is None
                        and not output)  # (这一产品出货9.8GW, 我们已出货6.8GW: goods shipped)
    held = held or bool(figure.per_period) and inside(figure, stage_owner or owner, "project")  # 年产5000台X项目
    holder = stage_owner or owner
    yielded = POWER_YIELD_RE.search(rel.text, max(0, figure.start - 16), figure.start)
    held = held or figure.unit in ("KWH", "TNE") and yielded is not None \
        and not PAST_YIELD_RE.search(rel.text, clause_start_of(rel, figure), figure.start) \
        and not (holder and holder[1].kind in ("region", "zone", "park"))  # (全县年发电量…: a place's year, a result)
    status, status_quote, date, note = status_of(rel, figure, held, holder, kind)
    if payment is not None:  # X基金已向Y投资… (made), 将向其投资… (promised)
        status, note = payment.status, payment.note
    elif stake_to_come(rel, figure):
        status, note = "planned", "a stake in a company still to be set up: a plan; check"
    facts.append(Fact("status", status, status_quote, note))
    if date:
        facts.append(Fact("date", date[0], date[1], date[2]))
    candidate.facts = facts
    if owner is not None:
        _give_to_owner(rel, candidate, figure, owner, capacity)
        if capacity:
            candidate.existing, other = existing_capacity(rel.gazetteer, figure, product[1], owner[1])
            if other is not None:
                candidate.notes.append(f"the graph has {other.id} ({other.label}) for the same owner and product: "
                                       "if this figure updates it, use that id instead")
    elif capacity:
        candidate.notes.append("no owner found: add hasCapacity to the company, project, park or zone that has it")
    return candidate


def _made_in_period(rel, figure: Figure) -> bool:
    """前三季度，该公司生产高纯银锭420吨，副产粗铅6000吨: an output of a period (not 年屠宰肉牛10万头、生产冷鲜牛肉
    1.8万吨, where the clause's 年 makes every item a yearly capacity)."""
    clause = rel.text[clause_start_of(rel, figure):figure.start]
    made = MADE_IN_PERIOD_RE.search(clause)
    said = rel.text[rel.by_id[figure.sentence].start:figure.start]
    if made is None or YEARLY_VERB_RE.search(clause) or AHEAD_RE.search(said):
        return False  # (项目建成后将生产…，副产…: a plant's capacity to come)
    # (年产阴极铜40万吨，冶炼过程中同时副产硫酸150万吨: a by-product beside a yearly capacity is one too)
    return made.group(0).startswith("生产") or not YEARLY_VERB_RE.search(rel.text, rel.by_id[figure.sentence].start,
                                                                         figure.start)


def _bare(figure: Figure) -> str:
    """The figure without the words that led it in (年产能达到60万套 -> 60万套)."""
    return re.sub(r"^(?:年产能|年产|日产|月产)", "", figure.text)


def _give_to_owner(rel, candidate: Candidate, figure: Figure, owner, capacity: bool) -> None:
    prop = "hasCapacity" if capacity else "hasIndicator"
    mention, holder = owner
    if mention.start <= figure.start and figure.end <= mention.end:
        quote = mention.text if len(mention.text) <= 60 else rel.clause(figure.start, figure.end)
    elif mention.sentence == figure.sentence and mention.start <= figure.start:
        quote = rel.span(mention.start, figure.end)
        if len(quote) > 60:
            quote = rel.clause(figure.start, figure.end)
    elif mention.sentence == figure.sentence and mention.start >= figure.end and mention.end - figure.start <= 60:
        quote = rel.span(figure.start, mention.end)
    else:
        quote = rel.clause(figure.start, figure.end)
    holder.facts.append(Fact(prop, candidate, quote))


# -- existing capacities


def existing_capacity(gazetteer, figure: Figure, product: Candidate, owner: Candidate):
    """(the curated capacity this figure restates, or None; a curated capacity of the same owner and product
    with another figure, or None). Only the same product, owner, value and unit link: a different
    figure is a different entry of the draft, with an id of its own."""
    if product.existing is None or owner.existing is None:
        return None, None
    other = None
    for entry in gazetteer.capacities:
        capacity_id, product_id, owners = entry[:3]
        if product_id != product.existing.id or owner.existing.id not in owners:
            continue
        known = next((k for entries in gazetteer.names.values() for k in entries if k.id == capacity_id), None)
        if known is None:
            continue
        if len(entry) >= 5:  # a gazetteer that records each capacity's value and unit
            value, unit = Decimal(str(entry[3])), entry[4]
        else:  # else the figure its label gives (高新区5GWh钠离子电池电芯产能)
            figures = find_figures(Sentence("", known.label, 0, len(known.label), "body"))
            if len(figures) != 1:
                other = other or known
                continue
            value, unit = figures[0].value, figures[0].unit
        if value.normalize() == figure.value.normalize() and unit == figure.unit:
            return known, None
        other = other or known
    return None, other

