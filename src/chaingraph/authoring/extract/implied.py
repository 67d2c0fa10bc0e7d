"""Products a figure does not name beside it but the text implies: the product of the capacity just
before (产能将提升至100万平方米; 一期2万吨负极材料…，二期3万吨), what the company mainly makes (主要生产锂电池隔膜，
…年产能将达到…), the production line's or the counted projects' (船用燃料电池系统生产线…，年产能200套), the
project's own, or what the project is named by (该公司的电池片项目…，一期5GW; 老陈醋扩能项目…新增年产能5万吨).
"""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary
from chaingraph.authoring.extract.candidates import Candidate, Figure, Mention
from chaingraph.authoring.extract.figure_clause import clause_start_of
from chaingraph.authoring.extract.product_candidates import (
    capacity_product,
    counts_goods,
    makes,
    product_at,
    project_product,
    with_first_mention,
)
from chaingraph.authoring.extract.products import (
    ACTIVITY_TAIL_RE,
    looks_like_product,
    noun_tail,
)
from chaingraph.authoring.extract.specs import LOCANTS, SIZE

# 产能将达…, 其设计规模为年产…: a capacity that names no product
BARE_CAPACITY_RE = re.compile(r"(?:产能|(?:生产|封装|组装|加工)能力|(?:设计|生产|建设)规模)[^，。；：]{0,8}$")
# 制成再生聚酯切片，年产约6000吨: a yearly output that names nothing, in a clause of its own
YEARLY_BARE_RE = re.compile(r"(?:^|[，；])(?:年产|年产量|每年生产|年可生产)(?:约|近|超过|达)?$")
# 形成年产30万套的能力: a capacity said after its figure
BARE_AFTER_RE = re.compile(r"的?(?:产能|生产能力|能力)")
# 船用燃料电池系统生产线已建成投产，年产能200套: the line's product is the bare capacity's
LINE_RE = re.compile(r"([^，。；：、\d]{2,16}?)(?:生产线|(?<!生)产线)")  # (not 2条生/产线: no goods)
# 今年投产的“6微米电池铝箔”生产线: a line named by its product in quotes, digits and all
QUOTED_LINE_RE = re.compile(r"[“\"]([^”\"，。；：]{2,20})[”\"](?:生产线|产线)")
# 新投产储能电池项目2个，合计年产能6GWh: the projects counted make what their bare capacity measures
COUNTED_PROJECTS_RE = re.compile(r"([^，。；：、\d]{2,16}?)项目(?:\d+|[一二两三四五六七八九十]+)个")
PHASE_LEAD_RE = re.compile(r"[一二三四首]期(?:项目)?(?:规模|产能)?(?:为|约)?$")


def implied_product(rel, figure: Figure, owner, made: list) -> tuple[Mention, Candidate] | None:
    """A product the text implies: the project's own (年产5000吨生产线 of a project making one product), or
    the product of the capacity just before (产能将提升至100万平方米)."""
    clause = _clause_before(rel, figure)
    products = [c for c in rel.candidates if c.kind == "product"]
    if (gas := _gas_made(rel, figure, clause, products)) is not None:
        return gas  # 年制氢2.4万吨, 年供氢量1.5万吨: the verb says the gas
    unnamed_project = owner is not None and owner[1].kind == "project" and figure.start >= owner[0].start and \
        figure.end <= owner[0].end and project_product(owner, products) is None
    bare = BARE_CAPACITY_RE.search(clause) or BARE_AFTER_RE.match(_after(rel, figure)) or YEARLY_BARE_RE.search(clause)
    phase = PHASE_LEAD_RE.search(clause)  # 一期2万吨负极材料生产线…，二期3万吨项目: the first phase's product
    head = rel.text[rel.by_id[figure.sentence].start:figure.start]
    line = QUOTED_LINE_RE.search(head) or LINE_RE.search(head)
    listed = any(re.fullmatch(r"[、和及与]", rel.text[c.figure.end:figure.start]) for c in made
                 if c.cls == "Capacity" and c.figure.unit == figure.unit)  # 年产A 3000吨、1200吨的能力: A's too
    if bare and line and not listed and (made_by_line := _line_product(rel, figure, owner, line)):
        return made_by_line  # 建设氢氧化锂生产线，其设计规模为年产3万吨: the line's, not the sentence before's
    # 这家企业主要生产负极材料，现有产能每年5万吨: what the sentence says is made before what a sentence before made
    made_in_sentence = bare and makes(head) is not None
    # X公司年产10万吨300系精密不锈钢带项目: its own goods, unread, not those of the project before it
    named_goods = unnamed_project and _names_goods_after(owner[1].label, figure.text)
    if bare or unnamed_project or phase:  # 二期年产5万吨项目, 新增年产5万吨产能: the product of the line before
        order = rel.order[figure.sentence]
        reach = 2 if bare or unnamed_project else 0  # a phase takes the product of its own sentence's first phase
        for candidate in reversed(made):
            earlier = candidate.figure
            if made_in_sentence and rel.order[earlier.sentence] < order:
                break
            if candidate.cls == "Capacity" and earlier.unit == figure.unit and \
                    order - reach <= rel.order[earlier.sentence] <= order and earlier.end <= figure.start and not (
                        named_goods and capacity_product(candidate)[1].label not in owner[1].label):
                own = _own_project_product(rel, figure, owner, products) if rel.order[earlier.sentence] < order \
                    else None  # X改造项目正在建设，…新增产能8万吨: the project's own, not the sentence before's
                return own or capacity_product(candidate)
    if bare and BARE_CAPACITY_RE.search(clause):  # 去年生产运动鞋3200万双，…年产能将提升至4000万双
        told = [c for c in made if c.figure.sentence == figure.sentence and c.figure.unit == figure.unit
                and c.figure.end <= figure.start and counts_goods(c)]
        if told:
            return capacity_product(told[-1])
    told_at = rel.by_id[figure.sentence].start
    made_here = makes(rel.text[told_at:figure.start])
    previous = _sentence_before(rel, figure) if made_here is None and THE_COMPANY_RE.match(
        rel.text, rel.by_id[figure.sentence].start) else None
    if previous is not None:  # X则专注球形石墨。这家企业现有年产能4万吨: the company just said to make it
        told_at = previous.start
        made_here = makes(rel.text[told_at:previous.end].rstrip("。") + "。")
    bare_here = bare or re.match(r"年?产能|年产(?:约|近)?\d", figure.text)
    if made_here and bare_here:  # 主要生产锂电池隔膜，全部达产后年产能将达到20亿平方米
        joined = [m for m in re.finditer(r"[和及与]", made_here.group(1))  # (主要生产压缩机和冷凝器: the last item;
                  if not in_dictionary(made_here.group(1)[max(0, m.start() - 1):m.end()])]  # 不饱和…: no joiner)
        a = told_at + made_here.start(1) + (joined[-1].end() if joined else 0)
        b = told_at + made_here.start(1) + len(ACTIVITY_TAIL_RE.sub("", made_here.group(1)))  # (…研发生产: the product)
        a = b - len(noun_tail(rel.text[a:b]))
        if b - a >= 2 and looks_like_product(rel.text[a:b]):
            return product_at(rel, a, b, figure.sentence, owner)
    line = line or COUNTED_PROJECTS_RE.search(head)
    made_by_line = _line_product(rel, figure, owner, line) if line else None
    between = rel.text[rel.by_id[figure.sentence].start + line.end():figure.start] if line else ""
    if made_by_line and bare_here and "项目" not in between:  # (新上的X产线预计…投产，年产20万台: the line's goods;
        # not 现有X产线…，新签约的Y项目…，年产12万套: the project's)
        return made_by_line
    same = [c for c in made if c.cls == "Capacity" and c.figure.sentence == figure.sentence
            and c.figure.unit == figure.unit and c.figure.end <= figure.start]
    if same and figure.unit not in ("C62", "SET"):  # 现有光伏组件产能8GW，今年将新增4GW: the same product
        return capacity_product(same[-1])
    product = project_product(owner, [c for c in rel.candidates if c.kind == "product"])
    if product is not None and (figure.per_period or re.search(r"生产线|产线|产能", clause + _after(rel, figure))
                                or PHASE_LEAD_RE.search(clause)):
        return with_first_mention(product)
    if phase and PHASE_LEAD_RE.fullmatch(clause.strip()) and owner is not None and owner[1].kind == "organisation" \
            and (product := project_product(_project_just_named(rel, figure), products)) is not None:
        return with_first_mention(product)  # X公司年产10GW光伏组件项目。一期5GW已投产: a phase of that project
    if bare or phase or re.match(r"年?产能", figure.text):
        return _project_phrase_product(rel, figure, owner, head)
    return None


def _project_just_named(rel, figure: Figure):
    """(mention, project) of the latest project named in the figure's sentence or the one before, before it."""
    previous = _sentence_before(rel, figure)
    start = previous.start if previous is not None else rel.by_id[figure.sentence].start
    named = [(m, c) for c in rel.candidates if c.kind == "project" for m in c.mentions
             if start <= m.start and m.end <= figure.start]
    return max(named, key=lambda pair: pair[0].end) if named else None


# 年制氢2.4万吨, 制氢能力达到…, 年供氢量合计1.5万吨: a verb and its object say which gas is made
GAS_MADE_RE = re.compile(r"(?:制|产|供|储)(氢|氧)(?:气)?(?:能力|规模|量)?(?:合计|达到|达|为|约|超过|提升至)?$")
GAS_NAMES = {"氢": ("氢气", "绿氢", "氢", "绿色氢气", "灰氢"), "氧": ("氧气", "氧")}


def _gas_made(rel, figure: Figure, clause: str, products: list):
    """The gas a verb-object word names before the figure (制氢: hydrogen), as the article's product of that gas
    (氢气 first, then 绿氢), or None when the article names no such product."""
    said = GAS_MADE_RE.search(clause)
    if said is None or figure.unit not in ("TNE", "KGM", "MTQ"):
        return None
    for name in GAS_NAMES[said.group(1)]:
        product = next((c for c in products if name in c.names), None)
        if product is not None:
            return with_first_mention(product)
    return None


# a sentence that opens with the company just named: 这家企业, 该公司, 公司
THE_COMPANY_RE = re.compile(r"(?:这家|该|此)?(?:企业|公司)")


def _sentence_before(rel, figure: Figure):
    at = rel.order[figure.sentence]
    return rel.sentences[at - 1] if at > 0 else None


def _line_product(rel, figure: Figure, owner, line):
    """The product a production line (or the projects counted) named in the figure's sentence makes."""
    a = rel.by_id[figure.sentence].start + line.start(1)
    b = a + len(line.group(1))
    a = max([a] + [m.end for m, _ in rel.mentions_in(figure.sentence, ("organisation",)) if a < m.end <= b])
    built = list(BUILDING_RE.finditer(rel.text, a, b))
    a = built[-1].end() if built else a  # 支持X建设氢氧化锂生产线: the line is built, its product is after
    b = a + len(ACTIVITY_TAIL_RE.sub("", rel.text[a:b]))  # 储能系统集成产线: the systems are integrated
    counted = re.search(r"条([^条的]{2,6})$", rel.text[a:b])  # 另一条取向硅钢产线: the goods after the count, whole
    a = b - len(counted[1] if counted and looks_like_product(counted[1]) else noun_tail(rel.text[a:b]))
    if b - a >= 2 and looks_like_product(rel.text[a:b]):
        return product_at(rel, a, b, figure.sentence, owner)
    return None


BUILDING_RE = re.compile(r"建设|新建|建成|投建|扩建|引进|布局")


def _own_project_product(rel, figure: Figure, owner, products: list):
    """The product a project named in the figure's sentence makes, by its name."""
    if owner is None or owner[1].kind != "project" or owner[0].sentence != figure.sentence:
        return None
    product = project_product(owner, products)
    if product is not None:
        return with_first_mention(product)
    head = rel.text[rel.by_id[figure.sentence].start:figure.start]
    found = list(PROJECT_PHRASE_RE.finditer(head))
    if found and ACTIVITY_TAIL_RE.sub("", found[-1].group(1)).endswith("期"):
        return None  # X公司二期扩产项目: a phase names no product
    return _project_phrase_product(rel, figure, owner, head)


# 该公司的电池片项目计划分两期建设，一期5GW…: a project named by what it makes, before a bare phase figure
# (12英寸硅抛光片项目: a size or a chemical's locants open what it makes)
PROJECT_PHRASE_RE = re.compile(rf"((?:{SIZE}|{LOCANTS})?[^，。；：、\d]{{2,16}}?)项目")


def _project_phrase_product(rel, figure: Figure, owner, head: str):
    found = list(PROJECT_PHRASE_RE.finditer(head))
    if not found:
        return None
    a = rel.by_id[figure.sentence].start + found[-1].start(1)
    b = a + len(ACTIVITY_TAIL_RE.sub("", found[-1].group(1)))  # 老陈醋扩能项目: the vinegar
    a = max([a] + [m.end for m, _ in rel.mentions_in(figure.sentence, ("organisation",)) if a < m.end <= b]
            + [f.end for f in rel.figures if f.sentence == figure.sentence and a < f.end <= b])  # 1.5亿支X项目: X
    tail = noun_tail(rel.text[a:b])
    a = b - len(tail) if tail or b - a > 8 else a  # (a word jieba reads as an idiom, 老陈醋, is the whole phrase)
    if b - a >= 2 and looks_like_product(rel.text[a:b]):
        return product_at(rel, a, b, figure.sentence, owner)
    return None


def _clause_before(rel, figure: Figure) -> str:
    return rel.text[clause_start_of(rel, figure):figure.start]


def _after(rel, figure: Figure) -> str:
    sentence = rel.by_id[figure.sentence]
    return rel.text[figure.end:min(sentence.end, figure.end + 6)]


def _names_goods_after(project: str, figure_text: str) -> bool:
    """Whether a project's name writes goods after its figure (年产10万吨300系精密不锈钢带项目), not only a phase or
    the word for a project (二期年产3万吨项目)."""
    after = project.split(figure_text, 1)[1] if figure_text in project else ""
    return len(re.sub(r"(?:[一二三四五]期)?(?:工程)?(?:项目|工程)$", "", after)) >= 2
