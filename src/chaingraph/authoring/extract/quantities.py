"""Figures as quantities: each figure of the article with its owner (``owners``), its product
(``products``), what it counts, its status and the date that status refers to (``statuses``).

* Kind: a capacity when a product and a unit of output go together (counts only with words of
  production: 年产500台电解槽, not 5座加氢站); an output (乘用车产量42万辆, 钛材销量1.2万吨) is a result
  that names its product but no capacity; else a figure with the words that say what it counts
  (总投资, 签约金额, 新增产值, 成果转化项目) as its quantity kind.
* Status: the words of the figure's own clause; else, for a capacity or investment of a project, the
  stage the article gives the project (``stages``: 6月底整个项目竣工); else the words of the rest of
  its sentence; else a guess said as such (an investment is planned, a capacity planned, another
  figure achieved).
* A title or caption repeating a figure of the body adds no figure of its own.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chaingraph.authoring.extract.candidates import Candidate, Fact, Figure
from chaingraph.authoring.extract.figures import find_figures, plain_number
from chaingraph.authoring.extract.glossary import QUANTITY_KINDS
from chaingraph.authoring.extract.implied import implied_product
from chaingraph.authoring.extract.labels import quantity_kind_en
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.owners import OWNER_KINDS, owner_of
from chaingraph.authoring.extract.products import (
    added_product_place,
    capacity_product,
    looks_like_product,
    product_at,
    product_place,
    tagger,
)
from chaingraph.authoring.extract.respective import respective_products
from chaingraph.authoring.extract.scopes import bullet_label, framing_line
from chaingraph.authoring.extract.stages import AS_REPORTED, date_near, project_stage, stage_of_project
from chaingraph.authoring.extract.statuses import (
    ACHIEVED,
    COMPLETED,
    FUTURE_RE,
    OPERATING,
    PLANNED,
    UNDER,
    Cue,
    capability,
    clause_start_at,
    clauses,
    cue_for,
    cues_in,
    held_kind,
    settle,
)
from chaingraph.authoring.extract.tables import column_kind, product_row_at, row_owner
from chaingraph.sources.sentences import Sentence

# metres (of fabric, cable) are output only where production is said, like the counts
CAPACITY_UNITS = {"TNE", "KGM", "GWH", "MWH", "KWH", "A90", "MAW", "KWT", "C62", "SET", "MTK", "MTR", "KMT"}
COUNT_UNITS = {"C62", "SET", "MTK", "MTR", "KMT"}  # (km of cable or fibre: output where production is said)
PRODUCTION_RE = re.compile(r"(?<![今去全当明])年产|产能|生产能力|年加工|年处理|日产|月产|可生产|"
                           r"(?<![今去全当明])年生产|生产规模|生产线|产线|可制备|(?<![今去全当明])年可?(?:生产|屠宰)|每年可|"
                           r"(?:总装|组装|装配|制造|封装)能力")
# 乘用车产量达到42万辆, 钛材销量1.2万吨: an output, a result of the year, not a capacity; it still names its product
OUTPUT_RE = re.compile(r"(?:产量|销量|出货量|产销量|进口量|出口量)(?:合计|总计|累计)?(?:已|将|可|预计)?"
                       r"(?:达到|达|为|超过|超|突破|约|近|逾)?$")
KIND_FILLER_RE = re.compile(r"(?:达到|达|为|约|超过|超|突破|近|逾|共|合计|总计|计|累计|将|可|预计|有望|实现|"
                            r"完成|已经|已|了|的|：|:|分别|其中|共计|高达|预期|年均|每年|\s)+$")
KIND_VERBS = {"新增", "签约", "引进", "落户", "招引", "转化", "实施", "固定资产", "计划", "协议", "拟投资",
              "增长", "下降", "提升", "提高", "同比", "增加", "占地", "就业", "上市", "下线", "出口", "销售", "引资"}
KIND_HEAD_RE = re.compile(r"^(?:全市|全省|全区|全县|全国|我市|我省|我区|本市|预计|计划|力争|可|将|"
                          r"(?:该|本|此)?(?:基地|项目|园区|公司|企业|集团))(?=.{2})")
PLANNED_KINDS_RE = re.compile(r"投资|签约|协议|规模")
# a year written in the figure's clause (2024年生产…), read against the source's year
YEAR_IN_CLAUSE_RE = re.compile(r"(20\d\d)年(?![产底末内前])")
SENTENCE_ENDS = ("。", "！", "？", "；", "”", "…", "」", '"', "）")
PAST_PERIOD_RE = re.compile(r"以来|截至|截止|累计|全年|上半年|前三季度|前[一二三四五六七八九十\d]+个?月|"
                            r"1[—–\-至]\d{1,2}月")
SIGNED_RE = re.compile(r"签约|签署|签订")
QUARTER_RE = re.compile(r"[一二三四]季度")  # 一季度…新签约项目7个，合同引资…: the quarter's signings (开工 counts
# of a quarter are projects being built, as the articles say)
LATER_PHASE_RE = re.compile(r"^[^已]{0,6}[二三四五]期(?!已)[^已]*$")
DELIVERED_VERB_RE = re.compile(r"交付|出货|下线|销售(?!收入|额)|出口(?!额)|(?:去年|今年|全年|当年|上半年|累计)共?生产")
PHASE_BEFORE_RE = re.compile(r"[一二三四首]期(?:项目)?(?:规模|产能)?(?:为|约)?$")  # 一期5万吨已投产


def add_quantities(rel) -> None:
    """Turn every figure of the article into a capacity or a quantity of its owner (``rel`` is a Relations)."""
    made: dict[tuple, Candidate] = {}
    body = {(f.value, f.unit) for f in rel.figures if not _headline(rel.by_id[f.sentence])}
    earlier: dict[int, str] = {}
    ordered = sorted(rel.figures, key=lambda f: (_headline(rel.by_id[f.sentence]), f.start))
    for figure in ordered:
        if _headline(rel.by_id[figure.sentence]) and (figure.value, figure.unit) in body:
            twin = next((c for c in made.values() if (c.figure.value, c.figure.unit) == (figure.value, figure.unit)),
                        None)
            if twin is not None:
                twin.notes.append(f"also {figure.sentence} [{figure.start}-{figure.end}] {figure.text}")
                continue
        owner = row_owner(rel, figure) or owner_of(rel, figure)  # a table row's figures are its project's
        product_row = product_row_at(rel.text, figure.start)  # 工业硅 万吨 35.2: an output its row names (tables)
        label = bullet_label(rel, figure) if product_row is None else None  # ▶ 2000辆 / 推广燃料电池汽车 (scopes)
        place = (product_row.product.start, product_row.product.end) if product_row else \
            label if label and looks_like_product(rel.text[label[0]:label[1]]) else product_place(rel, figure, earlier)
        phase = PHASE_BEFORE_RE.search(rel.text[max(0, figure.start - 12):figure.start])
        labelled = label is not None and place == label  # (a bullet's count of what its label names)
        output = (bool(OUTPUT_RE.search(rel.text, max(0, figure.start - 12), figure.start))
                  or _delivered(rel, figure) or product_row is not None or labelled) and not figure.per_period
        production = output or figure.per_period is not None or \
            bool(PRODUCTION_RE.search(_clause_text(rel, figure))) or \
            (figure.unit not in COUNT_UNITS and (phase is not None or _after_capacity(rel, figure, made))) or \
            added_product_place(rel, figure) is not None or earlier.get(id(figure)) == "counted"
        capacity_unit = figure.unit in CAPACITY_UNITS and (figure.unit not in COUNT_UNITS or production
                                                           or _inside(figure, owner, "project"))
        raised = _raised_from(rel, figure, made) or _joined_to(rel, figure, made)  # 由3000万支提升至8000万支
        capacity_unit = capacity_unit or raised is not None
        product = None
        if figure.unit in POWER_UNITS and not _power_product(rel, place):
            product = None  # 200万千瓦光伏治沙项目, 年发电量35亿千瓦时: a plant's power, no product of its own
        elif capacity_unit and production and (listed := _respective_product(rel, figure, owner)) is not None:
            product = listed  # A和B两条产线，年产能分别为a和b: the list says which product each figure is of
        elif raised is not None:
            product = raised
        elif capacity_unit and place is not None:
            product = product_at(rel, *place, rel._sentence(place[0]).id, owner)  # (a bullet label: its own line)
        elif capacity_unit and production:
            product = _respective_product(rel, figure, owner, projects=True) or \
                implied_product(rel, figure, owner, list(made.values()))
        key = (figure.value, figure.unit, figure.per_period, id(product[1]) if product else figure.start,
               id(owner[1]) if owner else None)
        if key in made and made[key].figure.sentence != figure.sentence and \
                _phase(rel, made[key].figure) == _phase(rel, figure):  # the same figure told again (一期…；二期…: two)
            made[key].notes.append(f"also {figure.sentence} [{figure.start}-{figure.end}] {figure.text}")
            continue
        key = key if key not in made else (*key, figure.start)  # 一期5万吨…，二期5万吨…: two figures
        made[key] = _quantity(rel, figure, product, owner, output)
        rel.candidates.append(made[key])
    for project in [c for c in rel.candidates if c.kind == "project"]:
        stage_of_project(rel, project)


def _phase(rel, figure: Figure) -> str | None:
    """一期 or 二期 right before a figure: the phase it is of."""
    phase = PHASE_BEFORE_RE.search(rel.text[max(0, figure.start - 12):figure.start])
    return phase.group(0)[:2] if phase else None


POWER_UNITS = {"KWT", "MAW", "KWH", "MWH"}  # kW, MW, kWh, MWh: power plants and energy, rarely products


def _power_product(rel, place) -> bool:
    """A figure in kW or kWh has a product only when a product word says so (300MW燃料电池电堆)."""
    return place is not None and class_of(rel.text[place[0]:place[1]]) in ("Product", "Material")


RAISED_RE = re.compile(r"(?:提升|提高|增加|扩大|增长|扩)(?:至|到)|增至|达到")
FROM_RE = re.compile(r"(?:由|从)$")


def _raised_from(rel, figure: Figure, made: dict):
    """…由3000万支提升至8000万支: the figure a capacity is raised to is of the same product."""
    for candidate in reversed(list(made.values())):
        earlier = candidate.figure
        if candidate.cls == "Capacity" and earlier.sentence == figure.sentence and earlier.unit == figure.unit \
                and RAISED_RE.fullmatch(rel.text[earlier.end:figure.start]):
            return capacity_product(candidate)
    return None


JOINED_RE = re.compile(r"[、和及与]|[，；](?:其中)?[一二三四五首]期(?:已|将|约)?")


def _joined_to(rel, figure: Figure, made: dict):
    """新增标准机架8000架和1.2万架, 规划建设标准机架1.2万架，一期4000架…: a figure joined to a count of machines
    right before it, or a phase's part of it, in the same unit and with no product of its own between, counts
    the same machines."""
    if figure.unit not in COUNT_UNITS:
        return None
    for candidate in reversed(list(made.values())):
        earlier = candidate.figure
        if candidate.cls == "Capacity" and earlier.sentence == figure.sentence and earlier.unit == figure.unit \
                and JOINED_RE.fullmatch(rel.text, earlier.end, figure.start):
            return capacity_product(candidate)
    return None


def _raised_later(rel, figure: Figure) -> bool:
    """由3000万支提升至…: the figure raised from is what there is today."""
    return bool(FROM_RE.search(rel.text, max(0, figure.start - 1), figure.start)) and \
        RAISED_RE.match(rel.text, figure.end) is not None


def _respective_product(rel, figure: Figure, owner, projects: bool = False):
    """A和B分别主攻X和Y，年产能分别为15万吨和2万吨: X is the first figure's product, Y the second's."""
    phrase = respective_products(rel, figure, projects)
    sentence = rel.by_id[figure.sentence]
    at = rel.text.find(phrase, sentence.start, figure.start) if phrase else -1
    if at < 0 or not looks_like_product(phrase):
        return None
    return product_at(rel, at, at + len(phrase), figure.sentence, owner)


def _delivered(rel, figure: Figure) -> bool:
    """全年交付电力机车420台、城轨车辆1800辆, 出货芯片超过15亿颗: counts of what was delivered or sold, in
    a clause with no word of production, are outputs of the period."""
    clause = _clause_text(rel, figure)
    head = clause[:max(0, figure.start - _clause_start(rel, figure))]
    return figure.unit in CAPACITY_UNITS and bool(DELIVERED_VERB_RE.search(head)) and \
        not PRODUCTION_RE.search(clause)


def _after_capacity(rel, figure: Figure, made: dict) -> bool:
    """现有光伏组件产能8GW，今年将新增4GW: a figure in a unit of output after a capacity of its sentence."""
    return any(c.cls == "Capacity" and c.figure.sentence == figure.sentence and c.figure.unit == figure.unit
               for c in made.values())


def _headline(sentence) -> bool:
    """A title, a caption, or a line that ends without a full stop (a headline the capture kept as body)."""
    text = sentence.text.rstrip()
    return sentence.kind != "body" or not (text.endswith(SENTENCE_ENDS) or "，" in text)


def _quantity(rel, figure: Figure, product, owner, output: bool = False) -> Candidate:
    capacity = product is not None and not output
    near = capacity and product[0] is not None and product[0].sentence == figure.sentence and \
        abs(product[0].start - figure.start) <= 30
    quote = rel.span(min(product[0].start, figure.start), max(product[0].end, figure.end)) if near \
        else rel.local(figure)
    kind = None if capacity else column_kind(rel, figure) or _kind_word(rel, figure)  # (tables: 总投资（万元）)
    owner_label = min(owner[1].names, key=len) if owner else ""
    if capacity and owner and _inside(figure, owner, "any"):
        label = f"{owner[1].label}产能"
    elif capacity and near and product[0].start >= figure.end:  # 高新区5GWh钠离子电池电芯产能
        label = f"{owner_label}{figure.text}{product[1].label}产能"
    elif capacity:  # 卓驰汽车电池包壳体60万套产能
        label = f"{owner_label}{product[1].label}{_bare(figure)}产能"
    elif kind and kind not in figure.text:
        label = f"{owner_label}{kind}{figure.text}" if owner and not _inside(figure, owner, "any") else \
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
    status, status_quote, date, note = _status(rel, figure, capacity, owner, kind)
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


def _inside(figure: Figure, owner, kind: str) -> bool:
    if owner is None:
        return False
    mention, holder = owner
    return (kind == "any" or holder.kind == kind) and mention.start <= figure.start and figure.end <= mention.end


def _clause_span(rel, figure: Figure) -> tuple[int, int]:
    """(start, end) of the clause the figure stands in."""
    sentence = rel.by_id[figure.sentence]
    return next(((a, b) for a, b in clauses(rel.text, sentence.start, sentence.end) if a <= figure.start < b),
                (sentence.start, sentence.end))


def _clause_start(rel, figure: Figure) -> int:
    return _clause_span(rel, figure)[0]


def _clause_text(rel, figure: Figure) -> str:
    a, b = _clause_span(rel, figure)
    return rel.text[a:b]


# -- what a figure counts


def _kind_word(rel, figure: Figure) -> str | None:
    """What the figure measures: 总投资, 签约金额, 新增产值; for a count, the noun after it (成果转化项目)."""
    sentence = rel.by_id[figure.sentence]
    if re.match(r"年产能|年产", figure.text):
        return "产能"  # 年产能20万辆 with no product named: a capacity, said as such
    if figure.unit == "C62":
        after = rel.text[figure.end:sentence.end]
        lead = re.match(r"^(?:以上|左右|多|余)?的?", after).end()
        stop = re.search(r"[、，。；：！？（）()“”\s]|和|及|与|等|的", after[lead:])
        noun = re.sub(r"建设$", "", _leading_nouns(after[lead:lead + (stop.start() if stop else len(after) - lead)]))
        if 2 <= len(noun) <= 10 and not re.match(r"[\d/]", noun):
            return noun
    clause_start = clause_start_at(rel.text, sentence, figure.start)
    names = [m.end for c in rel.candidates if c.kind != "product" for m in c.mentions
             if m.sentence == figure.sentence and clause_start <= m.end <= figure.start]
    before = KIND_FILLER_RE.sub("", rel.text[max([clause_start] + names):figure.start])
    kept: list[str] = []
    for word in reversed(list(tagger().cut(before))):
        if word.flag[0] in "nbj" or word.flag in ("vn", "nz", "eng") or word.word in KIND_VERBS or \
                word.word in QUANTITY_KINDS or (kept and word.word in ("总", "年", "全年")):
            kept.insert(0, word.word)
            if len("".join(kept)) >= 8:
                break
        else:
            break
    kind = KIND_HEAD_RE.sub("", "".join(kept))  # 全市新能源汽车产量, 该基地总投资, 预计年销售收入
    if kind.startswith("年") and (re.search(r"\d$", before[:len(before) - len(kind)]) or
                                 (figure.per_period and kind not in QUANTITY_KINDS)):
        kind = kind[1:]  # 2023年产值: the output value of 2023; 年制氢能力: the period is said apart
    return kind if 2 <= len(kind) <= 10 else None


def _leading_nouns(text: str) -> str:
    """The nouns a count counts: 重点项目集中签约 -> 重点项目."""
    kept = []
    for word in tagger().cut(text):
        if word.flag[0] in "nbj" or word.flag in ("vn", "nz", "eng"):
            kept.append(word.word)
        else:
            break
    return "".join(kept)


# -- statuses


def _status(rel, figure: Figure, capacity: bool, owner, kind: str | None):
    """(status, quote, (date, quote, note) or None, note) of the figure."""
    sentence = rel.by_id[figure.sentence]
    if _raised_later(rel, figure):
        return (OPERATING if capacity else ACHIEVED), rel.clause(figure.start, figure.end), None, \
            "the figure raised from: what there is today; check"
    names = tuple((m.start, m.end) for c in rel.candidates if c.kind not in ("product", "quantity")
                  for m in c.mentions if m.sentence == figure.sentence)
    cue = cue_for(rel.text, sentence.start, sentence.end, figure.start, figure.end, names, rel.source_date)
    frame = framing_line(rel, sentence) if cue is None or cue.strength < 2 else None
    if frame is not None:  # 到2027年 / ▶ 200亿元: a target of the plan (scopes)
        return PLANNED, rel.clause(frame.start, frame.end), None, f"a target under {frame.text.strip()!r}; check"
    own = cue is not None and cue.strength >= 2 and _same_clause(rel, cue.start, figure.start)
    invested = bool(kind and PLANNED_KINDS_RE.search(kind))
    # 冷库库容8万吨，今年8月建成运营, 建成投用，可开展检测1200项: what is built holds it, the built place's stage
    held = held_kind(kind) or capability(rel.text, _clause_start(rel, figure), figure.start, figure.end)
    if cue is not None and not own and not (capacity or invested or held) and cue.status in (UNDER, COMPLETED,
                                                                                              OPERATING):
        cue = None  # 项目去年投产，效率超过26%: a stage said of the project is no status of this figure
    if cue is not None and not own and figure.unit == "C62" and (whole := _whole_counted(rel, figure)) is not None:
        cue = cue_for(rel.text, sentence.start, sentence.end, whole.start, whole.end, names,
                      rel.source_date) or cue
    project = owner[1] if owner and owner[1].kind == "project" and (capacity or invested) else None
    foreseen = capacity and cue is not None and cue.status == PLANNED and cue.strength >= 2 and not own and \
        cue.end <= figure.start and not _inside(figure, owner, "project")  # 正在建设，预计6月投产，年产…80万套
    if (not own or _inside(figure, owner, "project")) and project is not None and not foreseen:
        staged = project_stage(rel, project)  # a figure in a project's name takes the project's stage
        if staged is not None:
            cue = staged
    if cue is None and capacity:
        cue = _stage_before(rel, figure, owner[1] if owner else None)  # 生产线正满负荷运转。…该产线年产…
    if cue is None and capacity and owner and owner[1].kind == "organisation":
        cue = Cue(figure.start, figure.end, "present tense", OPERATING, 1)  # 公司年产减速器40万套: what it makes today
    if cue is None:
        planned = capacity or bool(kind and PLANNED_KINDS_RE.search(kind))
        date = date_near(rel, figure.sentence, figure.start)
        if planned and _past_year(rel, figure):  # 产业园2024年生产整车380万辆: a year gone by, a result
            return ACHIEVED, rel.clause(figure.start, figure.end), date, "a past year's figure: a result; check"
        return (PLANNED if planned else ACHIEVED), rel.clause(figure.start, figure.end), date, \
            "no status word found: a guess, check"
    status = cue.status
    # 签约额, 合同引资, 协议总投资: the amount the agreements signed hold is a result of the signing, as the count
    # is (a bare 总投资 of the projects signed stays their plan)
    signed_result = figure.unit == "C62" or bool(kind and (re.search(r"签约|合同|引资", kind) and "投资" not in kind
                                                           or "协议" in kind))
    period = PAST_PERIOD_RE.search(rel.text, _period_start(rel, figure), figure.start) or (
        SIGNED_RE.fullmatch(cue.word) and QUARTER_RE.search(rel.text, _period_start(rel, figure), figure.start))
    if status == PLANNED and signed_result and not capacity and SIGNED_RE.fullmatch(cue.word) and period:
        status = ACHIEVED  # 今年以来新签约项目14个，签约额86.5亿元: the period's results (their 总投资 stays a
        # plan); 新开工项目9个 keeps its stage, as 在建/已投产 counts do: the projects started are being built
    elif status == PLANNED and figure.unit == "C62" and not capacity and cue.word in ("签约", "签订", "签署") and \
            _in_clause(rel, figure, cue) and not FUTURE_RE.search(rel.text, _clause_start(rel, figure), cue.end):
        status = ACHIEVED  # 全区共签约项目35个, 与8家企业签订投资协议: the count of a signing done (not …签约
        # 活动，6个项目总投资…: the projects a signing brought, counted as plans)
    if status == ACHIEVED and capacity and cue.word == "新增" and LATER_PHASE_RE.search(_clause_text(rel, figure)):
        status = PLANNED  # 二期新增电堆1.5万台: what a later phase adds is still to come
    elif status in (ACHIEVED, OPERATING) and figure.unit not in COUNT_UNITS and \
            re.search(r"累计", rel.text[_clause_start(rel, figure):figure.start]):
        status = ACHIEVED  # 累计并网装机容量达到820万千瓦: a running total, a result (counts keep their stage)
    elif status == ACHIEVED and (capacity or held_kind(kind)):
        status = OPERATING  # a capacity reached (具备, 形成, 达到) is in operation
    cue_sentence = rel._sentence(cue.start)
    date = date_near(rel, cue_sentence.id, cue.start)
    status, late = settle(status, date[0] if date and date[2] != AS_REPORTED else None, rel.source_date)
    note = f"status from {cue.word!r}" + (f" in {cue_sentence.id}" if cue_sentence.id != figure.sentence else "")
    note += f"; {late}" if late else "; check"
    return status, rel.clause(cue.start, cue.end), date, note


def _past_year(rel, figure: Figure) -> bool:
    """Whether the figure's clause dates it to a year before the source's, with no future word."""
    clause = rel.text[_clause_start(rel, figure):figure.start]
    years = [int(y) for y in YEAR_IN_CLAUSE_RE.findall(clause)]
    return bool(years and rel.source_date and max(years) < int(rel.source_date[:4]) and not FUTURE_RE.search(clause))


def _whole_counted(rel, figure: Figure) -> Figure | None:
    """累计引进项目26个，计划总投资312亿元，其中10亿元以上项目9个: the count a 其中 count is part of."""
    start = _clause_start(rel, figure)
    if not rel.text.startswith("其中", start):
        return None
    earlier = [f for f in rel.figures if f.sentence == figure.sentence and f.end <= start and f.unit == "C62"]
    return earlier[-1] if earlier else None


def _in_clause(rel, figure: Figure, cue: Cue) -> bool:
    start, end = _clause_span(rel, figure)
    return start <= cue.start and cue.end <= end


def _period_start(rel, figure: Figure) -> int:
    """Where the period that frames the figure may be said: its sentence, or back to the full stop when
    the sentence opens after a semicolon."""
    return max(rel.text.rfind("。", 0, figure.start), rel.text.rfind("\n", 0, figure.start)) + 1


def _stage_before(rel, figure: Figure, holder=None):
    """The stage the sentence before says outright, for a capacity whose own sentence says none; not
    when that sentence is about another holder (…项目预计明年投产。精衡公司年产减速器40万套)."""
    order = rel.order[figure.sentence]
    if order == 0:
        return None
    previous = rel.sentences[order - 1]
    if holder is not None and not any(m.sentence == previous.id for m in holder.mentions) and any(
            m.sentence == previous.id for c in rel.candidates if c.kind in OWNER_KINDS and c is not holder
            for m in c.mentions):
        return None
    names = tuple((m.start, m.end) for c in rel.candidates if c.kind not in ("product", "quantity")
                  for m in c.mentions if m.sentence == previous.id)
    stages = [c for a, b in clauses(rel.text, previous.start, previous.end) for c in cues_in(rel.text, a, b, names)
              if c.strength >= 3]
    return stages[-1] if stages else None


def _same_clause(rel, a: int, b: int) -> bool:
    return not re.search(r"[，；：。！？]", rel.text[min(a, b):max(a, b)])


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

