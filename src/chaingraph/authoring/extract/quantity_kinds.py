"""What a figure counts: the units of output, the words of production and of output, and for any other
figure the words that say what it measures (总投资, 签约金额, 新增产值, 成果转化项目) as its quantity kind."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.figure_clause import clause_start_of, clause_text
from chaingraph.authoring.extract.glossary import QUANTITY_KINDS
from chaingraph.authoring.extract.products import looks_like_product, tagger
from chaingraph.authoring.extract.words import WORK_CAPACITY

# metres (of fabric, cable) are output only where production is said, like the counts
CAPACITY_UNITS = {"TNE", "KGM", "GWH", "MWH", "KWH", "A90", "MAW", "KWT", "C62", "SET", "PR", "MTK", "MTR", "KMT",
                  "MTQ"}
COUNT_UNITS = {"C62", "SET", "PR", "MTK", "MTR", "KMT"}  # (km of cable or fibre: output where production is said)
PRODUCTION_RE = re.compile(r"(?<![今去全当明])年产|产能|生产能力|年加工|年处理|日产|月产|可生产|"
                           r"(?<![今去全当明])年生产|生产规模|生产线|产线|可制备|(?<![今去全当明])年可?(?:生产|屠宰|分离|冶炼|精炼)|每年可|"
                           + WORK_CAPACITY)
# 乘用车产量达到42万辆, 钛材销量1.2万吨: an output, a result of the year, not a capacity; it still names its product
# (经编机保有量超过1.6万台, 氢燃料电池汽车推广数量达到2000辆: the machines in use, counted, name their product too)
OUTPUT_RE = re.compile(r"(?:产量|销量|出货量|产销量|进口量|出口量|保有量|推广(?:应用)?数?量)(?:合计|总计|累计)?"
                       r"(?:已|将|可|预计)?"
                       r"(?:达到|达|为|超过|超|突破|约|近|逾)?$|(?:生产|制造|研制)的$")  # X公司生产的40辆重卡
KIND_FILLER_RE = re.compile(r"(?:达到|达|为|约|超过|超|突破|近|逾|共|合计|总计|计|累计|将|可|预计|有望|实现|"
                            r"完成|已经|已|了|的|：|:|分别|其中|共计|高达|预期|年均|每年|能够|可以|\s|"
                            r"(?:增|增加|提高|提升|扩|调整)(?:至|到|为)|由|从)+$")  # (总投资由3亿元增至4.5亿元: 总投资)
KIND_VERBS = {"新增", "签约", "引进", "落户", "招引", "转化", "实施", "固定资产", "计划", "协议", "拟投资",
              "增长", "下降", "提升", "提高", "同比", "增加", "占地", "就业", "上市", "下线", "出口", "销售", "引资"}
KIND_HEAD_RE = re.compile(r"^(?:全市|全省|全区|全县|全国|我市|我省|我区|本市|预计|计划|力争|可|将|"
                          r"(?:该|本|此)?(?:基地|项目|园区|公司|企业|集团))(?=.{2})")
# 今年…，生产玉米种子5.5亿公斤: the clause's output (今年1至4月生产)
DELIVERED_VERB_RE = re.compile(r"交付|出货|供货|供应|直供|采购|外购|购进|购入|收购|卖出|售出|产销|下线|"
                               r"销售(?!收入|额)|出口(?!额)|"
                               r"(?:去年|今年|全年|当年|上半年|累计|\d月)共?生产|^生产(?!线|基地|车间|规模|能力)")
LINE_RE = re.compile(r"生产线|产线")
# …订单，金额1.3亿元, …合同，合同金额达2000万元: the words between an order or a contract and its sum
ORDER_SUM = r"[，,]?(?:合同|订单)?(?:总?金额|总额|价值|货值)?(?:达到|达|为|约|超过|超|共计|合计|近)?$"
YEARLY_SUPPLY_RE = re.compile(r"(?:每年|(?<![去今明上下全当\d])年)[^，。；]{0,14}?(?:供应|供货)")  # (not 去年, 2024年)
# 首批200辆氢燃料电池重卡已交付: a first batch, counted before what it is and then delivered
BATCH_DELIVERED_RE = re.compile(r"[^，。；、和及与]{2,16}?(?:已|已经|正式|陆续)?(?:交付|下线|出厂|投用|投入运营)(?!前)")
POWER_UNITS = {"KWT", "MAW", "KWH", "MWH"}  # kW, MW, kWh, MWh: power plants and energy, rarely products
BUILT_POWER = ("KWT", "MAW", "A90")  # 万千瓦, 兆瓦, GW: the power a plant or a station is built for


def delivered(rel, figure: Figure) -> bool:
    """全年交付电力机车420台、城轨车辆1800辆, 出货芯片超过15亿颗, 采购石英砂65万吨: counts of what was delivered,
    sold or bought, in a clause with no word of production, are outputs of the period."""
    clause = clause_text(rel, figure)
    head = clause[:max(0, figure.start - clause_start_of(rel, figure))]
    batch = head.endswith(("首批", "第一批")) and BATCH_DELIVERED_RE.match(rel.text, figure.end) is not None
    yearly = YEARLY_SUPPLY_RE.search(head)  # 每年为X供应无刷电机约300万台: a rate that goes on, no result
    return figure.unit in CAPACITY_UNITS and bool(DELIVERED_VERB_RE.search(head) or batch) and not yearly and \
        not PRODUCTION_RE.search(LINE_RE.sub("", clause))  # (变速箱生产线去年交付了22万台: a line, no capacity)


def kind_word(rel, figure: Figure) -> str | None:
    """What the figure measures: 总投资, 签约金额, 新增产值; for a count, the noun after it (成果转化项目)."""
    sentence = rel.by_id[figure.sentence]
    if re.match(r"年产能|年产", figure.text):
        return "产能"  # 年产能20万辆 with no product named: a capacity, said as such
    if figure.unit == "C62":
        after = rel.text[figure.end:sentence.end]
        lead = re.match(r"^(?:以上|左右|多|余)?的?", after).end()
        stop = re.search(r"[、，。；：！？（）()“”\s]|和|及|与|等|的", after[lead:])
        noun = re.sub(r"建设$", "", leading_nouns(after[lead:lead + (stop.start() if stop else len(after) - lead)]))
        if 2 <= len(noun) <= 10 and not re.match(r"[\d/]", noun):
            return noun
    clause_start = clause_start_of(rel, figure)
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


def leading_nouns(text: str) -> str:
    """The nouns a count counts: 重点项目集中签约 -> 重点项目."""
    kept = []
    for word in tagger().cut(text):
        if word.flag[0] in "nbj" or word.flag in ("vn", "nz", "eng"):
            kept.append(word.word)
        else:
            break
    return "".join(kept)


# 12条低压线束生产线, 2条跑步机自动化装配线: lines counted and named by the goods they make (not 2条智能冲压线: a
# line named by its work makes no goods named)
LINE_MANNERS = r"自动化|智能化?|全自动|柔性|数字化"  # how a line runs (2条全自动生产线), no goods it makes
LINE_WORK_RE = re.compile(r"(?:涂覆|涂布|涂装|喷涂|冲压|焊装|焊接|压铸|注塑|装配|组装|总装|包装|封装|分切|印刷|电镀|"
                          r"热处理|加工|压型|挤压|拉丝|成型|切割|抛光|清洗|检测|测试|灌装|研磨|制造|生产|"
                          rf"聚合|共享|厨房|{LINE_MANNERS})$")
LINE_MANNER_RE = re.compile(rf"^(?:{LINE_MANNERS}|全新)")
LINES_AFTER_RE = re.compile(rf"[^，。；：、\d]{{2,12}}?(?=(?:{LINE_MANNERS})?(?:生产线|产线|装配线))")


def lines_counted_after(rel, figure: Figure) -> tuple[int, int] | None:
    """(start, end) of the goods the lines a count in 条 names right after it make, or None (lines counted after
    their name, 建成光伏组件生产线4条, are the plant's and name no goods: the golds' reading)."""
    if figure.unit != "C62" or figure.per_period or not figure.text.endswith("条"):
        return None
    named = LINES_AFTER_RE.match(rel.text, figure.end)
    if named is None:
        return None
    goods = LINE_MANNER_RE.sub("", named.group(0).rsplit("的", 1)[-1])  # (3条全新的覆铜板生产线, 3条全自动钢卷尺装配线)
    start = figure.end + len(named.group(0)) - len(goods)
    if len(goods) < 2 or LINE_WORK_RE.search(goods) or not looks_like_product(goods):
        return None  # (4条涂覆生产线, 2条冲压线: lines named by their work)
    return start, start + len(goods)
