"""The product a figure is a capacity of: the noun the figure qualifies.

Read, in turn: after the figure (年产10万吨聚阴离子正极材料, 2万套动力电池Pack壳体, 月产3万片12英寸
晶圆), between a word of production and the figure (年产固体制剂30亿片), before 产能/产量 (电池包壳体
年产能达到60万套), or as the next item of such a list (、注射剂1.2亿支). A noun no mention named becomes
a product of its own, so a pack housing is not filed as the battery it is for; its modifiers stay
(一体化压铸件, 一次性输液器, 3D打印钛合金粉末, 12英寸晶圆) and the work done on it goes (晶圆测试产能); a noun that only
shortens a product already named (钕铁硼永磁材料 for 高性能钕铁硼永磁材料, 热管理系统 for 动力电池热管理
系统) is that product. With no noun at all, a production line of a project makes the project's
product, and 产能将提升至… speaks of the product of the capacity just before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chaingraph.authoring.dictionary import TRADE_TAILS, base_tokenizer, pos_tagger
from chaingraph.authoring.extract import figure_clause, word_joins
from chaingraph.authoring.extract.abroad import ABROAD, MARKETS_ABROAD
from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.figure_clause import BARE_CAPACITY_RE, CLAUSE_NAMING, clause_start_of
from chaingraph.authoring.extract.figures import NOT_PER_YEAR, TESTING_VERBS
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.specs import CODE_DIGITS, LOCANTS, SIZE, SPEC
from chaingraph.authoring.extract.word_joins import joined_chemicals, joined_drugs, joined_styles, joined_tail
from chaingraph.authoring.extract.words import BEFORE_CHANGE, ENERGY_INPUTS, GOODS_ROLES, WORK_CAPACITY

AFTER_LEAD_RE = re.compile(r"^(?:[/／][年月天日]|每年|以上|左右|以内|多|余)?(?:的)?\s?"  # 10GW N型…
                           r"(?:(?:用于|应用于|面向)[^，。；、的]{1,16}的)?")  # 10GWh用于储能电站的…电芯: no name
PHRASE_STOP_RE = re.compile(rf"[、，。；：！？（）()“”《》〈〉\s,;:／]|和|及|与|或|等(?!{TRADE_TAILS})|的|于(?=\d)|"
                            r"产能|生产能力|能力|规模|项目|生产线|产线|基地|工厂|车间|用于|[一二三四五六七八九十\d]+期|(?<![\u4e00-\u9fffA-Za-z\d])\d|"
                            r"\d+(?![\d\u4e00-\u9fffA-Za-z])|\d+(?=[年万亿千百月日号个家台套吨条辆座项批张片颗支件架艘只人名次])|以上|左右|/|"
                            r"已|正在|预计|将于|(?:提升|提高|增加|扩大)[至到]|增至|去年|今年|明年|目前|"
                            r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:现场|下线|交付|运抵|发往|(?:同步|同时|顺利|正式|批量|陆续)(?=交付|下线|点火|出厂))")
# (40辆重卡同步交付, 再生铝已完成主体建设, 3000万支提升至…: the predicate is no part of the product)
# 设计月产能为6英寸晶圆…: a capacity said with 为 before its product; 每年可为X配套磁钢…: supplied for X
PRODUCING = (r"(?:(?:^|(?<=[共已])|(?<=累计|公司|企业|集团|工厂|一期|二期|全年|去年|今年|季度))"  # (公司生产X 420吨)
             r"生产(?!线|基地|车间|规模|能力|的|人员|工人|经营|管理|安全|过程|环节|任务|计划|成本|效率)|[年月日]产能(?:为|达|达到|约)|年产(?!业)能?|年生产|年加工|年处理|"
             r"(?:^|同时|还|并|另|每年|年)(?:副产|联产)(?!品|物|氢(?!气))|日产|月产|(?:每年|每月|每天|年|月|日)(?:还|也|另)?可?(?:为[^，。；：、\d]{1,12}?)?"
             r"(?:(?:利用|以)[^，。；：、\d]{2,8}?(?=生产|制备|制取))?(?:配套(?=生产|制造|加工))?(?:生产|制备|制取|提纯|提取|冶炼|精炼|提炼|分离|加工|回收处理|回收利用|回收|处理|分选|分拣|消纳|产出|供应|输送|建造|制造|组装|"
             rf"封装测试|(?:消耗|耗用)(?!{ENERGY_INPUTS})|封测|封装(?!测试)|"
             r"配套|屠宰|制(?=[\u4e00-\u9fff]{2}))|" + NOT_PER_YEAR + rf"年可?(?:{'|'.join(TESTING_VERBS)}))"
             r"(?!能力)")  # (年加工能力: the capacity, named before it; 全年检测样品: a year's result)
# 年分离稀土氧化物6000吨: a smelter's output; 可年回收处理废旧锂电池5万吨, 年消耗萤石粉8万吨: what a plant takes
# in (not the energy or water it uses); 年制绿氢: made, in one character; 年检测整机3000台: what is tested; 月产12英寸
# 晶圆3万片, 年产3D打印…; 年产纯度99.99%的高纯钛酸钡粉体300吨: a measure of the goods before their name
MEASURE_BEFORE_NAME = r"(?:[^，。；：、\d]{0,4}?(?:纯度|含量|浓度|品位)(?:达到?|为)?\d+(?:\.\d+)?%(?:以上|及以上)?的)?"
PRODUCING_RE = re.compile(PRODUCING + MEASURE_BEFORE_NAME
                          + rf"((?:{SIZE}|{LOCANTS}|\d[A-Za-z])?(?:[^，。；：、\d]|{CODE_DIGITS}){{2,16}})$")
# 年加工当归、黄芪、党参等高原药材5000吨: one figure for a list of what is made; its first item is the product
PRODUCING_LIST_RE = re.compile(PRODUCING + r"([^，。；：、\d]{1,12}?)(?:、[^，。；：、\d]{1,12}?)+"
                               r"(?:等[^，。；：、\d]{0,10}?)?(?:共|合计|总计|约|近|超过|逾)?$")
# 全年交付电力机车420台, 供应椰果5000吨, 采购石英砂65万吨: what is delivered, supplied or bought names its goods
DELIVERED_RE = re.compile(r"(?:交付|出货|下线|销售|卖出|售出|出口|产出|"
                          rf"(?:直供|供应|供货|采购|外购|购进|购入)(?!商|链|平台|体系|保障|{ENERGY_INPUTS})|收购)"
                          rf"((?:{SIZE})?[^，。；：、\d]{{1,14}}?)(?:超过|超|近|逾|约|达到|达|突破|共|合计)?$")
# a metal or an element alone names a material (镍产量8.6万吨, 钴产量5200吨)
ELEMENTS = set("镍钴锂铜铝锌铅锡钛镁锰铬钨钼钒铁钢金银硅氢煤")
# 光伏组件在建、拟建年产能合计达到25GW: the stage words between the product and 产能 qualify the figure
BEFORE_RE = re.compile(rf"((?:{SIZE}|{LOCANTS}|[34]D|5G)?[^，。；：、\d]{{1,14}}?(?:（[^（）]{{2,16}}）)?)的?"
                       r"(?:生产线|产线|屠宰线|车间)?(?:(?:在建|拟建|规划|已建成|已投产|建成|投产)[、和及或]?)*"
                       r"已?(?:年|月|日|单日|累计|全年|当年)?(?:总)?(?:产能|生产能力|生产规模|产量|销量|出货量|产销量|进口量|"
                       r"出口量|保有量|推广(?:应用)?数?量|(?:(?<=[年季度])|(?<=累计))(?:出货|交付|销售)(?:客户|用户)?|"
                       rf"{WORK_CAPACITY}|(?<=[年月日])产(?=$))(?:合计|总计|共计|累计)?"
                       rf"(?:已|将|可|预计|力争|有望|计划)?(?:(?:由|从){BEFORE_CHANGE}?的?)?"
                       r"(?:(?:稳定|保持|维持)在|达到了?|达|为|超过了?|超|突破了?|约|至|(?:提升|扩大|增加)[至到]|扩至|增至|近|逾)?"
                       r"(?:每年|每月|每天|年产)?$")  # (产能将从现有的年产800吨增至…; 长晶炉年产300台: 年产 after)
NEXT_ITEM_RE = re.compile(rf"[、和及与]({SIZE}?(?:[^，。；：、\d]|{CODE_DIGITS}){{2,12}}?)(?:产能|产量|生产能力)?$")
# 、单晶硅棒产能50GW, 、12英寸外延片36万片, 、辅酶Q10 200吨
REACHES_RE = re.compile(r"(?:能力|产能|生产能力)?(?:将|可|预计|有望|已)?"
                        rf"(?:达到|达|为|超过|超|突破|约|提升至|增至|扩大至|(?:由|从){BEFORE_CHANGE}?的?)?$")
LEAD_RE = re.compile(r"^(?:年产能|年产|日产|月产|不低于|不少于|至少|超过|突破|超|逾|近|约|最高|最多)*")
FACILITY_RE = re.compile(r"生产线|产线|基地|工厂|车间|项目")
STATUS_WORD_RE = re.compile(r"^(?:正在|已|将|拟|在建|建成|投产|开工|竣工|达产|量产|运营|规划|计划|预计)")
ACTIVITY_TAIL_RE = re.compile(r"(?:整车|精深|深(?=加工)|(?:智能|数字|绿色)?化(?=加工|生产|改造|升级))?"
                              r"(?:(?:制造|生产|加工|组装|研发|装配|封装测试|测试|封测|扩产|扩能|扩建|技改|改造|升级|转型|(?<=系统)集成|联产))+$")
# (年产20万吨环氧丙烷联产45万吨苯乙烯: the co-product's word joins two products, no part of the first)
GLOSS_RE = re.compile(r"（[^（）]{2,16}）$")
# 屠宰加工生猪: the work done on what is made goes from its front as from its end (生猪)
ACTIVITY_HEAD_RE = re.compile(r"(?:屠宰|加工|生产|制造|组装|冶炼|精炼|提炼|建设|新建|扩建|投建|投运|投放|下线|交付|"
                              r"联产|副产)+"
                              r"(?=[\u4e00-\u9fff]{2})")  # 已投运氢能重卡120辆: the trucks
NOT_PRODUCTS = set(
    "企业 公司 项目 人 人次 岗位 就业岗位 家 土地 用地 面积 资金 投资 产值 营收 税收 订单 合同 专利 人才 "
    "客户 成果 平台 科研 科研项目 成果转化 生产 产业 规模 年 月 天 工程 亩 标准 个 元 收入 利润 利税 金额 "
    "总投资 增长 服务 新产品 产品 材料 设备 原料 原材料 辅材 辅料 上月 本月 当月 去年 今年 明年 上年 当年 建设 中试 "
    "证明材料 申报材料 佐证材料 书面材料 汇报材料 宣传材料 货物 协议 海外 境外 国外 全球 基础 基础上 货运量 "
    "吞吐量 冷库 仓库 库容 印染".split()) \
    | MARKETS_ABROAD | (ABROAD - {"汉堡"})  # (a notice's papers: 提供必要的证明材料; a market: 出口中东1860吨)
# the heads of names that are no product: a body, a site or building (厂区, 新区, 产业园), an amount, a stage of work
# (试生产阶段, 关键环节) or a plan of it (设计, 规划, 方案): 其新厂区年加工能力, 设计年产能 name the plant or the plan
NOT_PRODUCT_TAILS = tuple(
    "公司 企业 园区 基地 中心 平台 项目 站 场 所 院 局 人 家 户 岗位 产值 收入 金额 资金 面积 次 率 产业 集群 "
    "产业链 冷链 供应链 价值链 创新链 资金链 人才链 服务链 线 厂房 车间 现场 厂 区 园 阶段 环节 时期 期间 设计 "
    "规划 方案 样品 报告 文旅 康养 旅游 封顶 完工 竣工 施工 安装 调试 装修 投产 达产 开工 到 至 主体 里".split())
NOUN_STOPS = set("公司 企业 项目 园区 集团 现有 目前 已有 拟建 在建 规划 新增 现在 当前 我们 其 该 全部 部分 受 主要 "
                 "前者 后者 拥有 具备 具有 合计 共计 累计 总计 总 全区 全市 基地 年产 年产能 产业园 工业园 "
                 # 投资6亿元建设储能变流器项目: the sum and the building before the product are no part of it
                 "建设 新建 扩建 投建 改建 续建 筹建 兴建 元 万元 亿元 千万元 百万元 所用 所需 投用 投运 投放 "
                 "主攻 专注 主营 主打".split()) | set(GOODS_ROLES)  # 主攻4K荧光内窥镜: what the firm works at,
# before the goods (投用X: put to use); 副产品血浆蛋白粉: what the goods are to the firm (jieba cuts 新/产品)
GOODS_ROLE_LEAD_RE = re.compile(rf"^(?:{'|'.join(GOODS_ROLES)}|产品)(?=[\u4e00-\u9fff]{{2}})")  # (主打/产品X: the
# role word cut off by NOUN_STOPS leaves 产品 before the name)
QUALITY_RE = re.compile(r"^(?:高性能|高端|新型|先进|高效|高纯|优质|大型|高品质|高能量密度|新一代)")
PRODUCT_KINDS = ("Product", "Material")
# the last character of a word that names a made thing (无人机, 运输船, 传感器)
PRODUCT_HEADS = set("机船车器仪泵件剂料膜板管材布")


@lru_cache(maxsize=1)
def tagger():
    """jieba's POS tagger over the extractor's private dictionary."""
    base, _ = base_tokenizer()
    return pos_tagger(base)


def product_words(phrase: str) -> list:
    """The words of a product's name as jieba reads them, with the stems and styles it cuts off joined (己二腈,
    预充式)."""
    return joined_drugs(joined_styles(joined_chemicals(list(tagger().cut(phrase)))))


def product_place(rel, figure: Figure, earlier: dict[int, str]) -> tuple[int, int] | None:
    """Where the noun the figure qualifies is written: (start, end) in the text, or None.

    `earlier` maps the figures already read to how their product was found (a list's next item is read
    the way its first was)."""
    sentence = rel.by_id[figure.sentence]
    clause_start = clause_start_of(rel, figure)
    lead = LEAD_RE.match(figure.text).end()  # 年产能5GW: the words leading the figure are read with what precedes
    before = rel.text[clause_start:figure.start + lead]
    added = added_product_place(rel, figure)
    if added is not None:  # 一期年产电堆5000台，二期新增电堆1.5万台
        earlier[id(figure)] = "producing"
        return added
    producing = _first_listed(rel, figure, clause_start, PRODUCING_LIST_RE.search(before)) or \
        _before_figure(rel, figure, clause_start, PRODUCING_RE.search(before)) or \
        _before_figure(rel, figure, clause_start, DELIVERED_RE.search(before))
    if producing is not None:  # 年产绿氢3万吨的电解水制氢装置: what is made comes before the plant
        earlier[id(figure)] = "producing"
        return producing
    counted = counted_product_place(rel, figure, clause_start)
    if counted is not None:  # 已建成标准机架12.6万架
        earlier[id(figure)] = "counted"
        return counted
    listed = _listed_capacity(rel, figure, clause_start)
    if listed is not None:  # 分别具备多晶硅10万吨、单晶硅棒25GW的年产能
        earlier[id(figure)] = "before"
        return listed
    category = _category_of_clause_before(rel, sentence, clause_start, before)
    if category is not None:  # X生产的A、B等动力部件，产能达每年1.2万台（套）
        earlier[id(figure)] = "before"
        return category
    after = rel.text[figure.end:sentence.end]
    lead = AFTER_LEAD_RE.match(after).end()
    spec = re.match(SPEC, after[lead:]) or re.match(LOCANTS, after[lead:])
    stop = PHRASE_STOP_RE.search(after, lead + (spec.end() if spec else 0))
    start, end = figure.end + lead, figure.end + (stop.start() if stop else len(after))
    start += spec.end() if spec and spec.group().endswith(("以上", "以下")) else 0  # 220千伏及以上高压海缆: a cable
    if stop and figure.unit in ("C62", "SET") and not figure.per_period and FACILITY_RE.match(after, stop.start()):
        return _next_item(rel, figure, clause_start, before, earlier)  # 3条生产线: lines, unless a list goes on
    end = start + len(ACTIVITY_TAIL_RE.sub("", rel.text[start:end]))  # 新能源乘用车整车制造 -> 新能源乘用车
    if figure.unit in BULK_UNITS and (plant := PLANT_TAIL_RE.search(rel.text, start, end)):
        end = plant.start()  # 30万吨丙烯腈装置: tonnes are of the chemical, the 装置 is the plant making it
    if 2 <= end - start <= 16 and looks_like_product(rel.text[start:end]):
        earlier[id(figure)] = "after"
        return start, end
    for how, pattern in (("before", BEFORE_RE),):
        match = pattern.search(before)
        if match:
            a, b = clause_start + match.start(1), clause_start + match.end(1)
            gloss = GLOSS_RE.search(rel.text, a, b)
            b = gloss.start() if gloss and gloss.start() - a >= 2 else b  # eVTOL（电动垂直起降飞行器）: the name
            b = a + len(ACTIVITY_TAIL_RE.sub("", rel.text[a:b]))  # 12英寸晶圆测试产能: the wafers are tested
            a = max([a] + [m.end for m, _ in rel.mentions_in(figure.sentence, ("organisation", "zone", "park",
                                                                                "project", "region"))
                           if a < m.end <= b])
            adding = ADDING_RE.search(rel.text, a, b)  # 新增/长碳链尼龙: jieba would read 新/增长 and lose 长
            a = adding.end() if adding else a
            tail = noun_tail(rel.text[a:b])
            a = b - len(tail) - (2 if len(tail) == 1 and _split_verb(rel.text[max(a, b - 3):b - 1]) else 0)
            a += rel.text.startswith("年", a) and rel.text[a - 1] in "0123456789后"  # 到2026年多晶硅, 建成后年印染
            bare = match.group(0).endswith("年产") and not re.search("产能|产量|生产能力", match.group(0))
            if bare and rel.text[a - 1:a] != "的" and class_of(rel.text[a:b]) not in PRODUCT_KINDS:
                continue  # 生产的长晶炉年产300台 (not 比亚迪年产100万辆: a maker's name before 年产)
            if _long_enough(rel.text[a:b], rel.text[clause_start:a]) and looks_like_product(rel.text[a:b]):
                earlier[id(figure)] = how
                return a, b
    return _next_item(rel, figure, clause_start, before, earlier) or figure_clause.mainly_made_after(rel, figure)


ADDING_RE = re.compile(r"新增|再增|增加")


def _category_of_clause_before(rel, sentence, clause_start: int, before: str) -> tuple[int, int] | None:
    """…生产的A、B等动力部件，产能达每年1.2万台（套）: the kind the clause before closes its list with; 主要生产X，
    目前年产能达到…: the one product it names."""
    if not BARE_CAPACITY_RE.match(before) or clause_start - 1 <= sentence.start:
        return None
    match = next(filter(None, (r.search(rel.text, sentence.start, clause_start - 1) for r in CLAUSE_NAMING)), None)
    if match is None or not looks_like_product(match.group(1)):
        return None
    return match.start(1), match.end(1)


# 已建成标准机架12.6万架, 智算服务器将达到1.5万台, 氢燃料电池重卡运营数量达到120辆: machines counted by
# their counter word, the noun before the figure a made thing
COUNTERS = ("架", "台", "套", "辆", "艘")
COUNTED_BEFORE_RE = re.compile(r"([^，。；：、\d]{2,16}?)(?:运营|保有|在运|投运|在用|上架)?(?:数量|总数|总量|规模)?"
                               r"(?:将|已|已经|可|预计|有望)?(?:达到|达|为|超过|超|突破|约|近|逾|共|合计)?$")
COUNTED_HEADS = PRODUCT_HEADS | set("架卡")


def counted_product_place(rel, figure: Figure, clause_start: int) -> tuple[int, int] | None:
    """(start, end) of the machine a count in 架/台/套/辆 counts when it is named right before the figure
    (建成标准机架12.6万架, 新增标准机架8000架), or None: racks, servers and trucks installed are products."""
    if figure.unit not in ("C62", "SET") or figure.per_period or not figure.text.endswith(COUNTERS):
        return None
    match = COUNTED_BEFORE_RE.search(rel.text, clause_start, figure.start)
    if match is None:
        return None
    a, b = match.start(1), match.end(1)
    a = b - len(noun_tail(rel.text[a:b]))
    head = ACTIVITY_HEAD_RE.match(rel.text, a, b)
    a = head.end() if head else a  # 规划建设标准机架1.2万架: the racks, not their building
    phrase = rel.text[a:b]
    named = phrase[-1:] in COUNTED_HEADS or class_of(phrase) in PRODUCT_KINDS
    return (a, b) if len(phrase) >= 2 and named and looks_like_product(phrase) else None


# 多晶硅10万吨、单晶硅棒25GW的年产能: figures listed, each after its product, before the word they measure
LISTED_JOIN_RE = re.compile(r"(?:、|和|及|与|以及)[^，。；：、\d]{0,16}")
LISTED_MEASURE_RE = re.compile(r"的?(?:年|设计|新增)?(?:产能|生产能力|生产规模)")
ITEM_START_RE = re.compile(r"(?:、|和|及|与)(?=[^、和及与]*$)")


def _listed_capacity(rel, figure: Figure, clause_start: int) -> tuple[int, int] | None:
    """分别具备多晶硅10万吨、单晶硅棒25GW、高效电池片15GW的年产能, 新增聚酰亚胺薄膜3000吨、电子级湿化学品6万吨的
    年产能: where capacities are listed before the word they measure, each figure's product is the noun
    right before it (after the list's separator or the clause's verb)."""
    ahead = sorted((f for f in rel.figures if f.sentence == figure.sentence and f.start >= figure.end),
                   key=lambda f: f.start)
    at = figure.end
    for following in ahead:
        if not LISTED_JOIN_RE.fullmatch(rel.text, at, following.start):
            break
        at = following.end
    if not LISTED_MEASURE_RE.match(rel.text, at):
        return None
    head = rel.text[clause_start:figure.start]
    item = ITEM_START_RE.search(head)
    a, b = clause_start + (item.end() if item else 0), figure.start
    a = b - len(noun_tail(rel.text[a:b]))
    return (a, b) if b - a >= 2 and looks_like_product(rel.text[a:b]) else None


# A plant named after what it makes; tonnes or cubic metres count the product, never the plant (年产1万台储能装置).
BULK_UNITS = ("TNE", "KGM", "MTQ", "LTR")
PLANT_TAIL_RE = re.compile(r"(?:生产|合成|聚合|精制)?(?:示范|中试)?装置$|窑炉$|熔窑$")
ADDED_RE = re.compile(r"(?:新增|增加|再增|扩产|扩建)(?:年产能?)?([^，。；：、\d]{1,14}?)(?:产能)?$")


def added_product_place(rel, figure: Figure) -> tuple[int, int] | None:
    """二期新增电堆1.5万台: an increase of a product the article has already named is more of its capacity."""
    sentence = rel.by_id[figure.sentence]
    lead = LEAD_RE.match(figure.text).end()
    match = ADDED_RE.search(rel.text, sentence.start, figure.start + lead)
    if match is None:
        return None
    phrase = match.group(1)
    named = any(phrase in c.names for c in rel.candidates if c.kind == "product")
    return (match.start(1), match.end(1)) if named else None


def _next_item(rel, figure: Figure, clause_start: int, before: str, earlier: dict[int, str]):
    """年产A 15万支、B 8万套的生产线: the next item of a list whose first figure named its product."""
    previous = [f for f in rel.figures if f.sentence == figure.sentence and f.end <= figure.start
                and earlier.get(id(f)) in ("producing", "before")]
    match = NEXT_ITEM_RE.search(before)
    if previous and match and not re.search(r"[，。；：]", rel.text[previous[-1].end:figure.start]):
        a = clause_start + match.start(1)
        b = a + len(re.sub(r"(?:约|近|超过|逾|达)$", "", match.group(1).rstrip()))  # (、辅酶Q10 200吨, 、蔗渣约45万吨)
        head = ACTIVITY_HEAD_RE.match(rel.text, a, b)  # 、屠宰加工生猪100万头: the pigs
        a = head.end() if head else a
        if looks_like_product(rel.text[a:b]) and rel.text[a:b] not in MAKER_VERBS:  # (、销售3.4万吨: a sale)
            earlier[id(figure)] = "before"
            return a, b
    return None


def _before_figure(rel, figure: Figure, clause_start: int, match) -> tuple[int, int] | None:
    if match is None:
        return None
    a, b = clause_start + match.start(1), clause_start + match.end(1)
    if rel.text.startswith("产能", a - 1):
        return None  # 年产能约6万件: the word 产能 read as 年产 and a phrase 能约, no product
    b -= len(rel.text[a:b]) - len(rel.text[a:b].rstrip())  # 年产维生素C 3万吨: the space goes
    b = gloss.start() if (gloss := GLOSS_RE.search(rel.text, a, b)) and gloss.start() - a >= 2 else b  # （PCS）goes
    predicate = REACHES_RE.search(rel.text[a:b]).group(0)
    if _at_word_end(rel.text[a:b], len(rel.text[a:b]) - len(predicate)):
        b -= len(predicate)  # 年产注射器将达到8亿支: the predicate goes (not the 超 of 彩超, a word's end)
    tail = noun_tail(rel.text[a:b])
    # 年产人工关节3万套, 年产医用敷料…: between the verb of making and its figure stands what is made, even where
    # jieba reads no noun (人工关节 an idiom, 敷料 a verb)
    whole = not tail and _content_words(rel.text[a:b])
    a = a if whole else _with_leading_verb(rel.text[a:b], b - len(tail), a)
    head = ACTIVITY_HEAD_RE.match(rel.text, a, b)
    a = head.end() if head else a
    if figure.unit in ("C62", "SET") and b - a >= 5 and MADE_LINES_RE.search(rel.text, a, b) \
            and not CAPACITY_INSIDE_RE.search(rel.text, a, b):  # (年产5GW光伏组件生产线2条: a plant's own lines)
        return a, b  # 年产汽车焊装生产线60条: an equipment maker's lines, counted as it makes them
    return (a, b) if _long_enough(rel.text[a:b], rel.text[clause_start:a]) and looks_like_product(rel.text[a:b]) \
        else None


MADE_LINES_RE = re.compile(r"(?:生产线|装配线|自动化线|流水线)$")
CAPACITY_INSIDE_RE = re.compile(r"\d+(?:\.\d+)?[万亿千]?(?:GW|MW|GWh|MWh|吨|辆|台|套|片|件|支|只|块)")


def _first_listed(rel, figure: Figure, clause_start: int, match) -> tuple[int, int] | None:
    """年产锚绞机、起重机等甲板机械1500台套: the category the list closes with, which the figure counts whole;
    年产青稞酒、牦牛肉干等产品3万吨, …等系列产品: a category that names no kind gives the first item."""
    if match is None:
        return None
    a, b = clause_start + match.start(1), clause_start + match.end(1)
    category = LIST_CATEGORY_RE.search(rel.text, b, figure.start)
    if category is not None and looks_like_product(category["kind"]) and \
            not GENERIC_CATEGORY_RE.fullmatch(category["kind"]):
        return category.span("kind")
    first = rel.text[a:b]
    others = [item for item in re.split(r"、", rel.text[b + 1:figure.start].split("等")[0]) if item]
    # an item jieba reads as a verb (当归) is still one of the list's nouns when the others are products
    listed = others and all(looks_like_product(item) for item in others) and first not in NOT_PRODUCTS \
        and not STATUS_WORD_RE.match(first)
    return (a, b) if _long_enough(first) and (looks_like_product(first) or listed) else None


QUANTIFIER_RE = re.compile(r"^(?:各类|各种|多种|多款|各型|系列)")
# …等甲板机械1500台套: the category a list closes with, before the figure (and its 共/约)
LIST_CATEGORY_RE = re.compile(r"等(?P<kind>[^，。；：、\d等]{2,10}?)(?:共|合计|总计|约|近|超过|逾|达|达到)?$")
# 等产品, 等系列产品, 等多种产品: no kind of thing, the items say what is made
GENERIC_CATEGORY_RE = re.compile(r"(?:多种|各类|各种|相关|其他|一系列|系列)?(?:产品|系列|系列产品|品种|品类|材料|设备)")


def _with_leading_verb(phrase: str, tail_start: int, start: int) -> int:
    """交付牵引电机, 年产压缩机: a verb that is all the phrase holds before the noun qualifies it (牵引电机; 抹/茶粉,
    where jieba reads one character of the name as a verb)."""
    quantifier = QUANTIFIER_RE.match(phrase)
    skipped = quantifier.end() if quantifier else 0  # 各类介入导管: 介入 qualifies the catheters
    head = phrase[skipped:tail_start - start]
    if tail_start > start and len(head) in (1, 2) and not STATUS_WORD_RE.match(head) and head not in NOUN_STOPS:
        words = list(tagger().cut(head))
        if len(words) == 1 and words[0].flag == "v":
            return start + skipped
    return tail_start


def _content_words(phrase: str) -> bool:
    """Whether every word of the phrase is a content word (人工关节, 医用/敷料), none a particle, an adverb or a
    pronoun (能力/已, 能/从) and no quote or sign."""
    return bool(re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,}", phrase)) and not STATUS_WORD_RE.match(phrase) \
        and all(word.flag[0] not in "dpcurxwy" for word in product_words(phrase))


def _at_word_end(phrase: str, at: int) -> bool:
    """Whether a word jieba reads in the phrase ends at `at` (便携式/彩超: not after 彩)."""
    ends, done = {0}, 0
    for word in product_words(phrase):
        done += len(word.word)
        ends.add(done)
    return at in ends


def _split_verb(head: str) -> bool:
    """再生/铝: two characters jieba reads as one verb right before a one-character noun belong to it."""
    words = list(tagger().cut(head)) if len(head) == 2 else []
    return len(words) == 1 and words[0].flag == "v" and not STATUS_WORD_RE.match(head) and head not in NOUN_STOPS


def _long_enough(phrase: str, before: str = "") -> bool:
    """Two characters at least, or a metal or element alone (上半年镍产量, 、钴产量), not the end of a
    longer name jieba splits (再生/铝)."""
    if len(phrase) >= 2:
        return True
    words = list(tagger().cut(before)) if before else []
    return phrase in ELEMENTS and (not words or words[-1].flag[0] in "tmx" or words[-1].word in NOUN_STOPS)


DIGITS_OPENING_NAME_RE = re.compile(rf"{SPEC}|{SIZE}|\d[A-Za-z]|{LOCANTS}")  # 12英寸晶圆, 5N高纯钛, 3D打印, 1,4-丁二醇


def looks_like_product(phrase: str) -> bool:
    """Whether a phrase can name a product: not a count noun, a place, an organisation or a verb."""
    if phrase in NOT_PRODUCTS or not re.search(r"[\u4e00-\u9fffA-Za-z]", phrase) or re.fullmatch(r"新.|.期", phrase) \
            or phrase.endswith("化"):
        return False  # (新船, 新车: what is new, not which product; 二期: a phase; 智能化: how, not what)
    if phrase.endswith(NOT_PRODUCT_TAILS) and class_of(phrase) not in PRODUCT_KINDS:
        return False  # 负责人 is none, 工业机器人 is one: a product word ending in 人 still names a product
    if STATUS_WORD_RE.match(phrase):
        return False
    words = joined_styles(joined_chemicals(list(tagger().cut(phrase))))
    first = words[0]
    if (first.flag[0] in "dpcur" and not _modifier(first)) or first.word in NOUN_STOPS:
        return False
    if phrase[0].isdigit() and not DIGITS_OPENING_NAME_RE.match(phrase):  # 3D打印…
        return False
    made = len(first.word) >= 3 and first.word[-1] in PRODUCT_HEADS  # 熔喷布: a verb to jieba, cloth all the same
    return not (len(words) == 1 and first.flag.startswith("v") and first.flag != "vn" and not class_of(phrase)
                and not made)


def noun_tail(text: str) -> str:
    """The nouns that end `text`: 公司电池包壳体 -> 电池包壳体, 现有光伏组件 -> 光伏组件, 质子交换膜 stays whole."""
    words = joined_drugs(joined_styles(joined_chemicals(joined_tail(list(tagger().cut(text))))))
    kept: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        modifier = kept and _modifier(word)
        between = kept and word.word in ("前", "后") and _after_noun(words, i) and \
            not STATUS_WORD_RE.search(words[i - 1].word[-2:]) and words[i - 1].word not in ("完成", "技改")
        # 压铸后地板, not 技改完成后工业硅 (after the work)
        if kept and word.word in word_joins.RATING_WORDS:
            break  # 1000标方碱性电解槽: a rating before the product is no part of its name
        if kept and (word.word in MAKER_VERBS and i > 0 and _a_name(words[i - 1]) or word.word.endswith(FIRM_ENDS)):
            break  # X有限公司生产整车, 渝北区产销整车: the verb's subject makes it (not 生产设备, a kind of machine);
            # X有限公司8英寸…外延片: the maker's name ends before its product
        if kept and word.word == "成" and i > 0 and words[i - 1].flag[0] in "vn":
            break  # 碳化/成/碳化钨粉, 加工成红薯淀粉: what a step turns the goods into
        if kept and word.word in word_joins.CHEMICAL_PREFIXES and word.flag in ("zg", "g", "a", "b", "v"):
            kept.insert(0, word.word)  # 仲/钨酸铵: the isomer's prefix opens the chemical's name, after a grade only
            if i == 0 or not (words[i - 1].word.endswith("级") or words[i - 1].word in word_joins.CHEMICAL_PREFIXES
                              or re.search("[酸醇酯烷烯酮醛胺基]$", words[i - 1].word)):  # (乙酸/异/龙脑酯)
                break
            continue
        if kept and word.word in ("中", "大", "小") and kept[0] in word_joins.SIZE_CLASSES | word_joins.GRAIN_WORDS:
            kept.insert(0, word.word)  # 中大型固定翼无人机, 中小型: a range of sizes, both ends
            continue
        if not modifier and not between and (word.word in NOUN_STOPS or word.flag[0] in "tdpcurf"
                                             or STATUS_WORD_RE.match(word.word)):
            break
        nounish = word.flag[0] in "nbjqk" or word.flag in ("eng", "vn", "nz", "vg", "m") or \
            (word.flag == "l" and (len(kept) == 1 and len(kept[0]) == 1 and kept[0] in PRODUCT_HEADS | {"件"}
                                   or kept and len(word.word) == 2)) or \
            (not kept and word.flag == "zg") or \
            bool(re.fullmatch(r"[A-Za-z0-9\-Ⅰ-Ⅻ]+", word.word)) or word.word in ASSEMBLY_WORDS or \
            (word.word[-1] in PRODUCT_HEADS and (word.flag == "l" or word.flag == "v" and len(word.word) >= 3))
        # 无人机, 运输船: fixed words jieba tags l (键合/铜丝), or a verb (熔喷布);
        # (预制/棒: a last character jieba reads as a bound morpheme still ends the name)
        spaced = kept and word.word == " " and i > 0 and re.fullmatch(r"[A-Za-z]+", words[i - 1].word) \
            and re.match(r"[A-Za-z]", kept[0])  # Micro LED显示模组: a Latin name written in two words
        sandwiched = kept and (word.flag.startswith("v") or word.word in ("前", "后")) and \
            (_after_noun(words, i) or i > 0 and words[i - 1].word in DEGREE_WORDS)  # 质子交换膜, 3D打印钛合金粉末,
        # 电动垂直起降飞行器, 一体化压铸后地板; 高导热石墨片: a degree and the verb it grades qualify the noun
        placed = kept and word.word in word_joins.WHERE_USED  # 海底电缆, 海上风机: where it works says which product
        placed = placed or kept and word.word in PROCESS_GRADES | word_joins.USE_WORDS
        if nounish or sandwiched or spaced or modifier or placed or (kept and word.flag[0] == "a"):  # 一体化压铸件
            kept.insert(0, word.word)
        else:
            break
    tail = GOODS_ROLE_LEAD_RE.sub("", "".join(kept))  # 新产品低温熏煮香肠
    named = re.search(LOCANTS + r"[^\d，。；：、]+$", text)
    return named.group() if named and tail[:1].isdigit() and named.group().endswith(tail) else tail  # 1,4-丁二醇


MAKER_VERBS = {"生产", "产销", "销售", "制造", "出口", "交付", "出货", "加工", "组装", "下线"}

FIRM_ENDS = ("公司", "企业", "集团")


def _a_name(word) -> bool:
    """Whether jieba's word is a name or ends one: a place, a body, a person, a company."""
    return word.flag in ("nt", "ns") or word.word.endswith((*FIRM_ENDS, "区", "县", "市"))  # (not nr: 玉米, 石英砂)


DEGREE_WORDS = set("高低超耐抗")  # (高导热, 低功耗, 耐腐蚀, 抗菌)
# words jieba tags as verbs that name a made thing (电驱动总成, 医用敷料, 排气歧管)
ASSEMBLY_WORDS = {"总成", "敷料", "歧管", "焊管", "胶布", "滤布"}
# how a material or a food was made, a grade of it to the trade, jieba's verb all the same (冷轧硅钢, 浓缩果汁)
PROCESS_GRADES = {"烧结", "粘结", "冷轧", "热轧", "热压", "冷拔", "热镀锌", "聚合", "合成", "复合",  # (聚合氯化铝)
                  "浓缩", "烘焙", "冷冻", "速冻", "冻干", "脱水", "腌制", "发酵", "精制", "改性"}


def _after_noun(words: list, i: int) -> bool:
    """Whether words[i] (a verb or 前/后) follows a noun, a modifier or 3D, with at most one more verb between."""
    j = i - 1
    if j >= 1 and words[j].flag.startswith("v") and words[j].word not in NOUN_STOPS:
        j -= 1  # 电动/垂直/起降/飞行器
    return j >= 0 and (words[j].flag[0] in "nj" or words[j].flag == "eng" or _latin_code(words, j)
                       or _modifier(words[j])) and words[j].word not in NOUN_STOPS


def _modifier(word) -> bool:
    """一体化, 轻量化, 一次性: a word made to qualify a noun, whatever jieba tags it."""
    return word.flag in ("l", "i", "z", "v", "d") and len(word.word) >= 3 and word.word[-1] in "化型式级性"


def _latin_code(words, k: int) -> bool:
    """3D, 5G: digits and a letter that name a technique before the verb that goes with it."""
    return k >= 1 and re.fullmatch(r"[A-Za-z]", words[k].word) is not None and words[k - 1].word.isdigit()
