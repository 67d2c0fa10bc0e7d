"""Figures in a sentence: a number (digits or Chinese numerals), an optional 万/亿 and a unit,
normalised to a UN/CEFACT unit code, with the period (年产 -> per year) and qualifier (超 -> more
than) the words around it give.

Only the codes the shapes accept are proposed (MWh, GW, 万千瓦, 亿度 ... map onto them); a period
given once for a list (年产10万吨正极材料、5万吨负极材料) holds for each figure of the list.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache

from chaingraph.authoring.counties import county_names, county_short_name
from chaingraph.authoring.dictionary import in_dictionary
from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.policy_terms import policy_term
from chaingraph.authoring.extract.rules import alternatives
from chaingraph.authoring.extract.tallies import (
    EVENT_DEALS_BEFORE_RE,
    EVENT_TALLY_AFTER_RE,
    EVENT_TALLY_BEFORE_RE,
    LISTED_COUNT_RE,
    SIGNED_AFTER_RE,
    event_sum,
    of_listed_firms,
    organiser_tally,
    stages_tally,
)
from chaingraph.authoring.gazetteer import generic_regions
from chaingraph.core.values import chinese_number
from chaingraph.sources.layout import TARGET_DONE
from chaingraph.sources.sentences import Sentence

CREW_BEFORE_RE = re.compile(r"(?:工人|建设者|施工人员|作业人员)(?:达到|达|有|共|约|近|超过)?$")
CREW_AFTER_RE = re.compile(r"(?:多|余)?(?:工人|建设者|施工人员|作业人员)")
TAUGHT_RE = re.compile(r"培训|培养|实训|招聘|吸纳|输送|就业")  # 年培训产业工人3000人次: trainees, a platform's count
UNIT_CODES = {
    "万吨": "TNE", "吨": "TNE", "千克": "KGM", "公斤": "KGM", "GWh": "GWH", "MWh": "MWH", "kWh": "KWH", "千瓦时": "KWH",
    "载重吨": "TNE",  # a ship's deadweight (手持订单…计580万载重吨)
    "吉瓦时": "GWH", "兆瓦时": "MWH", "度": "KWH", "GW": "A90", "吉瓦": "A90", "MW": "MAW", "兆瓦": "MAW",
    "kW": "KWT", "千瓦": "KWT", "件": "C62", "个": "C62", "台套": "SET", "台": "C62", "辆": "C62", "家": "C62",
    "项": "C62", "只": "C62", "支": "C62", "颗": "C62", "片": "C62", "块": "C62", "座": "C62", "条": "C62",
    "种": "C62", "人份": "C62", "剂": "C62", "粒": "C62", "盒": "C62", "瓶": "C62", "套": "SET", "美元": "USD",
    "元": "CNY", "亩": "HAR", "艘": "C62", "架": "C62", "顶": "C62",  # ships, aircraft, tents
    "欧元": "EUR", "港元": "HKD", "港币": "HKD", "英镑": "GBP",  # a foreign parent's sales
    "日元": "JPY",  # with a multiplier only (120亿日元; not 12日元宵节: a date)
    "标箱": "TEU", "标准箱": "TEU",  # a port's or a train's containers, in twenty-foot equivalents
    "列": "C62",  # 开行中欧班列120列: trains, in digits only (一列, 排列: words)
    "人": "C62",  # staff and jobs (员工1200余人, 从业人员5.6万余人): a count
    "锭": "C62",  # spindles, what a cotton mill's size is told in (纱锭规模420万锭)
    "双": "PR", "副": "SET",  # pairs of shoes; 副 is a set (of cards, of a herbal prescription), a pair only of
    # what is worn in pairs (PAIRED_GOODS_RE)
    "名": "C62", "笔": "C62",  # 博士后4名, 订单2600余笔: counts, written in digits only (前三名 is a rank)
    "批次": "C62", "张": "C62", "头": "C62",  # 检测1.2万批次, 注册证406张, 生猪100万头 (一张蓝图, 龙头: words)
    "户": "C62", "棒": "C62",  # 带动农户2800户, 香菇菌棒3200万棒 (千家万户: words)
    "羽": "C62",  # 家禽存栏680万羽: birds, in digits only (not 羽绒, 羽毛: down and feathers)
    "款": "C62", "栋": "C62",  # 开发新产品10款, 厂房18栋 (一款, 两栋: words, see FEW_UNITS)
    "份": "C62",  # 出具检测报告1.2万份: a count of documents, in digits only (一份, 三份: words)
    "场": "C62",  # 举办招商活动11场: a count of events, in digits only (一场: a word)
    "根": "C62",  # 年产10万根车桥, 管桩50万根: rods, axles and piles, in digits only (一根, 根据: words)
    "把": "C62",  # 年产30万把吉他, 刀具800万把: tools and instruments, in digits only (一把, 把…作为: words)
    "台（套）": "SET", "台(套)": "SET",  # 产能达每年1.2万台（套）: machines or sets, one count
    "次": "C62",  # 提供测试服务900余次: a platform's services, kept only after a word of service (SERVICE_BEFORE_RE)
    "罐": "C62", "袋": "C62", "箱": "C62",  # 销售椰子汁1.6亿罐: packed goods, counted by their pack
    "芯公里": "KMT",  # optical fibre, counted by the length of each core (2000万芯公里)
    "公顷": "HAR", "平方公里": "HAR", "平方米": "MTK", "㎡": "MTK", "公里": "KMT", "米": "MTR", "%": "P1",
    "立方米": "MTQ",  # 焦炉煤气11亿立方米, 年产钒电解液3万立方米: gases and liquids by volume
}
THRESHOLD_AFTER_RE = re.compile(r"(?:以上|及以上)的?[\u4e00-\u9fff]{0,6}?(?:项目|企业|单位)")
DIGITS_ONLY_UNITS = ("名", "笔", "批次", "张", "头", "份", "场", "次", "根", "列", "户", "棒", "羽", "把")
# 提供测试服务900余次, 完成试飞1200次: what a platform did, counted; any other 次 (万人次, 第三次) is no figure
SERVICE_BEFORE_RE = re.compile(r"(?:服务|检测|测试|试验|实验|试飞|验证|认证|咨询)(?:服务)?(?:累计|共|达|超过|逾)?$")
# 年产6万至8万吨, 3-5GW: the lower end of a range, written without its unit
RANGE_LOW_RE = re.compile(r"(?<![\d.A-Za-z第])(?P<num>\d+(?:\.\d+)?)(?P<mult>万亿|千万|百万|十万|万|亿)?"
                          r"(?:至|到|~|～|-|－|—)$")
SHARE_BEFORE = ("的", "占", "近", "超过", "超", "约", "逾", "达")  # 占…产值的六成以上
# 六成以上, 近三成: tenths, a share in per cent
TENTHS_RE = re.compile(r"(?<![\d.A-Za-z第])(?P<num>[1-9]|[二两三四五六七八九])成(?![为立功果本员熟型都长交效绩])"
                       r"(?P<after>以上|左右)?")
# 一条龙, 两座城, 两个项目: no figure under three
FEW_UNITS = ("条", "座", "块", "支", "片", "项", "种", "盒", "瓶", "个", "双", "副", "款", "栋", "顶")
# 亩 is not a UN/CEFACT unit: areas in 亩 become hectares (1 亩 = 1/15 ha), 平方公里 become hectares too
# (KMK is not in the shapes' unit list); the quote keeps the figure as the article wrote it.
UNIT_FACTORS = {"亩": Decimal(1) / Decimal(15), "平方公里": Decimal(100), "万吨": Decimal(10000)}
CONVERTED_AREAS = ("亩", "平方公里")
MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5,
               "万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}
NAMES_BEFORE_RE = re.compile(r"(?:有限公司|公司|集团|研究院|大学)$")  # A和B两家企业: the two just named
FIELDS_AFTER_RE = re.compile(r"(?:主攻|重点|主导|优势)?(?:方向|领域|赛道|方面|板块)")
# 同比增长21%, 增速12%, 较上年下降3%, 分别增长26%和18%: a rate of change is relative to a base the figure does not
# hold, so it is no figure to keep (a share, a yield or a rate raised to a level, 提升至45%, is a state and stays)
_CHANGE_WORDS = r"(?:增长|增速|增幅|下降|降低|减少|增加|上涨|提高|提升)"
GROWTH_BEFORE_RE = re.compile(_CHANGE_WORDS + r"(?:了|率)?(?:为|是|达到|达|约|超过|超|近|逾|高达)?$")
GROWTH_LIST_BEFORE_RE = re.compile(_CHANGE_WORDS + r"[^，。；：]{0,8}%(?:和|、|与|及)$")
# 完成全年目标任务的78%, 完成年度计划的78.5%: how far a year's target is done, a progress against a figure the
# text gives elsewhere or not at all, no figure of its own (like a rate of change)
# (完成省下达年度目标任务的85%, 完成市下达任务的92%: a target another level set; 占年度计划的60%)
TARGET_SHARE_BEFORE_RE = re.compile(rf"(?:{TARGET_DONE}|占)[^，。；\d]{{0,8}}?(?:目标|任务|计划)(?:任务)?"
                                    r"(?:[\d.]+[万亿]?(?:元|美元|欧元))?的$")  # (完成全年目标110亿元的78.5%)
# 同比增加5艘, 较上年减少3家: a difference from last year's figure, no figure of its own
CHANGE_FROM_LAST_RE = re.compile(r"(?:同比|环比|[较比](?:上年|去年|上一年|前一年)(?:同期)?)" + _CHANGE_WORDS
                                 + r"(?:了)?$")  # (较去年同期增加9.2亿元)
# a rating, not an amount: 9000吨级压铸机, 8兆瓦级机组, 百亿元级 (any unit then 级); 5座电动飞行器 (seats);
# 一艘8.2万吨散货船 (a ship's tonnage)
RATING_AFTER_RE = re.compile(r"级|(?<=座)(?:电动|纯电|飞行器|飞机|汽车|轿车|客车|乘用车|车型|[A-Za-z])|"
                             r"(?<=吨)[\u4e00-\u9fff]{0,4}?(?:散货船|油轮|油船|货轮|集装箱船|化学品船|运输船|滚装船|"
                             r"液压机|压力机|压铸机|锻压机|水压机|油压机|挤压机|压机)")  # 1.6万吨液压机: its force
# 32支、40支精梳棉纱, 其中60支纱3000吨: a yarn's count says how fine it is, no number of sticks
YARN_COUNT_AFTER_RE = re.compile(r"(?:[、和及与至]\d+支)*(?:[\u4e00-\u9fff]{0,6}纱|精梳|普梳|紧密纺|赛络纺|"
                                 r"涡流纺|气流纺)")
YARN_COUNT_BEFORE_RE = re.compile(r"\d支[、和及与至]$")
PAIRED_GOODS_RE = re.compile(r"眼镜|镜架|镜框|太阳镜|手套|护膝|耳环|耳机")
# 铺设1200米、800米污水管网: lengths built, whose list before a noun is no list of goods' sizes (made_lists too)
BUILT_LENGTH_RE = re.compile(r"(?:建成|建设|铺设|新建|改造|敷设|修建|架设|延伸|硬化|拓宽|开挖)[^，。；\d]{0,4}$")
# 1.5米、1.8米实木床: sizes listed right before one noun say which goods, no length built (not 长度分别为1200米、
# 800米和600米, 排水管网2300米和1800米两段, 1200米至1500米不等)
SIZE_RUN_RE = re.compile(r"(?<![\d.])[\d.]+米(?:[、和及与][\d.]+米)+(?=[\u4e00-\u9fff])"
                         r"(?![两一二三四五六七八九十几多的长宽高深厚不左以至各共分和及与])")
# 距市区40公里, 向东15公里, 位于港区以北8公里: a distance says where, it measures nothing a curator keeps
DISTANCE_BEFORE_RE = re.compile(r"(?:距|离|距离|相距|半径|向[东西南北]|以[东西南北]|[东西南北]距|[界线]外)"
                                r"[^，。；\d]{0,12}?(?:约|仅|不足|不到)?$")
# 一支长达123米的叶片 (a length in metres), 单机容量18兆瓦 (one machine's rating)
VOLUME_NOT_MADE_RE = re.compile(r"(?:容量|容积|罐容|方量|土方|混凝土|开挖|回填|浇筑)[^，。；：\d]{0,4}$")
OWNERSHIP_FROM_RE = re.compile(r"(?:注册资本|注册资金|持股比例|股权比例|股比|出资比例)(?:将)?(?:由|从)$")
CHANGED_TO_RE = re.compile(r"(?:增加|增长|提高|提升|扩大|下降|降低|减少|调整|变更|增|升|降|减)(?:至|到|为)")
SIZES_RANGE_RE = re.compile(r"从[^，。；：]{1,12}(?:到|至)$")  # 从50升到20立方米的: the sizes a line's tanks run over
DIMENSION_BEFORE_RE = re.compile(r"(?:长达|全长|长约|直径|叶轮直径|单机(?:容量|功率)|单根长度|单重|厚度|幅宽)"
                                 r"(?:为|达到?|可达|约|仅|超过|超|覆盖)?$|"
                                 r"(?:直径|厚度)(?:覆盖)?[\d.]+[米毫微]*米?[至到]$")
# 培育年产值超10亿元的企业8家: a threshold that says which companies are counted
TRAINED_BEFORE_RE = re.compile(r"(?:培训|培养|实训)[^，。；：\d]{0,8}$")  # 培训技术工人2000人次: a base's count
SAVED_BEFORE_RE = re.compile(r"(?:节省|节约|降低|减少|省下)[^，。；：\d]{0,8}?(?:约|近|超过|超|逾|达)?$")
SERVED_BEFORE_RE = re.compile(r"(?:可|能|能够)?满足$")
PRICED_UNIT = (r"(?:吨|片|公斤|千克|克|斤|台|件|套|千瓦时|千瓦|瓦|度|亩|平方米|立方米|支|只|头|辆|"
               r"(?i:kWh|kW|Wh|W)(?![A-Za-z]))")  # what a unit price is per
UNIT_PRICE_BEFORE_RE = re.compile(rf"每{PRICED_UNIT}[\u4e00-\u9fff]{{0,2}}(?:价|价格|售价|单价|均价)?"
                                  r"(?:约|仅|达|为|可达)?$")
UNIT_PRICE_AFTER_RE = re.compile(rf"\s?[/／]{PRICED_UNIT}")
SERVED_AFTER_RE = re.compile(r"[^，。；：\d]{0,10}?(?:需求|需要)")
ORDINALS_BEFORE_RE = re.compile(r"第(?:\d+[、，,和及])+$")
THRESHOLD_OF_RE = re.compile(r"的?(?:龙头|骨干|领军|工业|制造业|规上|外贸)?(?:企业|项目)(?:达|有|共)?"
                             r"[\d一二三四五六七八九十]")  # (营业收入超10亿元的工业企业达9家)
PARTIES_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:共同|联合)?(?:共建|组建|发起|揭牌|现场签约)")
_UNITS_RE = "|".join(re.escape(u) if u.isascii() is False else f"(?i:{re.escape(u)})"
                     for u in sorted(UNIT_CODES, key=len, reverse=True))
# (上百台, 数十家, 几千名, 成百上千: a crowd, no count; a numeral is read from its first character: 建成三十座)
QUANTITY_RE = re.compile(
    r"(?<![\d.A-Za-z第])(?<!\d,)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    r"(?<![一二两三四五六七八九十百千])(?!(?<=[上数几])[十百千]|(?<=成)[百千])[一二两三四五六七八九十百千]+)\s?"
    r"(?P<mult>万亿|千万|百万|十万|万|亿)?(?P<more>多|余)?(?P<unit>" + _UNITS_RE + r")(?P<per>/年|/月|/天|/日|每年)?")
PERIOD_BEFORE = {"年产": "ANN", "年产能": "ANN", "年处理": "ANN", "年均": "ANN", "日产": "DAY", "月产": "MON"}
# A flow per year further before the figure: 年产值约80亿元, 每年可生产…, 年发电量1.2亿度 (not 2024年, 今年, 全年).
# 年 that is no "per year": a year's date or a span of time (2024年, 今年, 全年, 上半年, 多年, 历年, 往年, 逐年)
NOT_PER_YEAR = r"(?<![\d今去明前全当上下同近半多历往逐])"
INTAKE_VERBS = r"消耗|消纳|利用|使用|输送|转化"  # what a plant takes in or passes on yearly (年消耗天然气…)
TESTING_VERBS = ("检测", "检验", "测试")  # a testing centre's yearly work (年检测光伏组件6000块), a flow per year too
YEARLY_RE = re.compile(NOT_PER_YEAR + r"(?:每年|年)(?:可以|可|能|将|约)?(?:产|副产(?!品|物|氢(?!气))|处理|加工|营收|"
                       r"销售|"
                       r"发电|生产|回收|分离|冶炼|精炼|制|吞吐|出货|交付|出口|供|均|用|减|节约|纳税|税收|收入|利税|创造|封装|封测|建造|屠宰|"
                       rf"{INTAKE_VERBS}|"
                       + "|".join(TESTING_VERBS) + r")[^，。；、\d]{0,14}$")
DAILY_RE = re.compile(r"(?:每天|每日|日)(?:可|能)?(?:产|处理|加工|供|加注|生产|制)[^，。；、\d]{0,6}$")
MONTHLY_RE = re.compile(r"(?:每月|(?<![\d上下本当次])月)(?:可|能)?(?:产|生产|加工|出货)[^，。；、\d]{0,8}$")
EACH_RE = {"ANN": re.compile(r"每年(?:约|超过|超|近|逾)?$"), "MON": re.compile(r"每月(?:约|超过|超|近|逾)?$"),
           "DAY": re.compile(r"每(?:天|日)(?:约|超过|超|近|逾)?$")}
LIST_JOIN_RE = re.compile(r"[^，。；：！？\d]{0,16}?(?:、|和|及|以及|与)[^，。；：！？\d]{0,4}")
PERIOD_AFTER = {"/年": "ANN", "每年": "ANN", "/月": "MON", "/天": "DAY", "/日": "DAY"}
QUALIFIER_BEFORE = (("不低于", "at-least"), ("不少于", "at-least"), ("至少", "at-least"), ("超过", "more-than"),
                    ("突破", "more-than"), ("超", "more-than"), ("逾", "more-than"), ("近", "about"), ("约", "about"),
                    ("最高", "up-to"), ("最多", "up-to"))
QUALIFIER_AFTER = (("以上", "more-than"), ("左右", "about"), ("以内", "up-to"))
# a qualifier of one character ending a word of its own (彩超, 节约, 附近) is no qualifier: 年产便携式彩超3000台
# counts ultrasound scanners, it does not say "more than"; these two-character words still qualify
QUALIFYING_WORDS = {"将近", "接近", "大约"}


def qualifier_before(before: str) -> tuple[str, str] | None:
    """(word, qualifier) the text before a number ends with (超过, 约), or None."""
    found = next(((word, q) for word, q in QUALIFIER_BEFORE if before.endswith(word)), None)
    if found and len(found[0]) == 1 and len(before) >= 2 and before[-2:] not in QUALIFYING_WORDS \
            and in_dictionary(before[-2:]):
        return None
    return found


NUMERAL_OPENERS = "一二三四五六七八九十两"  # the first character of 五家渠, 三台
ZONE_AHEAD = r"[市县区旗镇]|经济|经开|高新|开发|工业|产业|国家|新区"
# after a county's two-character short form only a whole zone word will do (三台工业机器人 are three robots)
SHORT_ZONE_AHEAD = r"[县区]|经开区|经济技术开发区|经济开发区|高新区|高新技术|开发区|工业园区|工业集中区|产业园|新区"


@lru_cache(maxsize=1)
def _numeral_place_re() -> re.Pattern:
    """Places whose name opens on a numeral (五家渠, 六盘水, 二连浩特), written without their level, where what follows
    is a level, a zone's word or a mark (五家渠经济技术开发区; not 五家渠道商, five dealers); a county's
    two-character short form (三台 of 三台县, 九台 of 九台区) only before a level or a whole zone word or as a seat in
    brackets (X中心（三台）), as 三台 is also three machines."""
    long_names = {n for n in generic_regions() if len(n) >= 3 and n[0] in NUMERAL_OPENERS
                  and not n.endswith(("省", "市", "县", "区"))}
    short_names = alternatives({short for short in map(county_short_name, county_names())
                                 if len(short) == 2 and short[0] in NUMERAL_OPENERS})
    return re.compile(f"(?:{alternatives(long_names)})(?={ZONE_AHEAD}|[，。、；：\\s]|$)|"
                      f"(?:{short_names})(?={SHORT_ZONE_AHEAD})|(?<=（)(?:{short_names})(?=）)")


# 4.10万吨粮食仓储项目 under 3.年产10万吨…: a list's item number written right against the figure it opens on
GLUED_ITEM_RE = re.compile(r"(\d{1,2})[.．](?=\d)")


def without_item_number(text: str, sentence: Sentence) -> Sentence:
    """The sentence less the item number it opens on, where that number is glued to a figure and the line before
    opens on the number before it (3. then 4.10万吨: item 4, ten thousand tonnes)."""
    glued = GLUED_ITEM_RE.match(sentence.text)
    if glued is None or (sentence.start and text[sentence.start - 1] != "\n"):
        return sentence
    number = int(glued.group(1))
    lines = [line.strip() for line in text[:sentence.start].splitlines() if line.strip()]
    # the line before opens item number - 1, itself an item and no decimal (2.6万户 then 3.4亿元: two figures)
    if number < 2 or not lines or not re.match(rf"{number - 1}[.．、](?!\d)", lines[-1]):
        return sentence
    cut = glued.end()
    return Sentence(sentence.id, sentence.text[cut:], sentence.start + cut, sentence.end, sentence.kind)


def find_figures(sentence: Sentence) -> list[Figure]:
    """Every figure of the sentence with its value in the unit's code (亩 in hectares)."""
    out = []
    text = sentence.text
    for match in QUANTITY_RE.finditer(text):
        num, mult, unit = match.group("num"), match.group("mult"), match.group("unit")
        after = text[match.end():match.end() + 3]
        chinese = not num[0].isdigit()
        if unit == "日元" and not mult:
            continue  # 12日元宵节: a date and a festival, no yen
        if re.fullmatch(r"0\d", num) and match.start() == 0:
            continue  # 04 项目：加快推进: an account post's numbered heading, no count (no figure opens on a 0)
        if chinese and (chinese_number(num) <= 1 or after.startswith(unit)):
            continue  # 一个, 一个个: an article or a reduplication, not a figure
        if unit == "个" and re.match(r"(?:多|半)?(?:月|小时|工作日|百分点|人)", after):
            continue
        if unit == "个" and not mult and re.match(r"亿(?![元美欧日级吨])", after):
            out.append(_spoken_money(sentence, match.start(), match.end() + 1, num))
            continue  # 年产值能够达到45个亿: speech's 亿 with its 元 unsaid, money (not 20个亿元以上项目,
            # 3个亿级产业集群, 2个亿吨级泊位: counts)
        if chinese and (re.match(r"[县市区镇乡村山河湖路街]", after)
                        or _numeral_place_re().match(text, match.start())):
            continue  # 三台县, 七台河市, 五台山, 五家渠经济技术开发区: a place's name, not a figure
        trained = after.startswith("次") and TRAINED_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
        if unit in ("人", "名") and not trained and (
                unit == "人" and (chinese or re.match(r"[次民口均才工]|参|出席|到场|与会|见证|观摩", after))
                or re.search(r"代表|嘉宾|来宾|观众|游客|学员", text[max(0, match.start() - 12):match.start()])):
            continue  # 三人, 万人次, 人民币, 人均, 人才, 200余人参加: no count of staff
        if unit in ("人", "名") and (CREW_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
                                    or CREW_AFTER_RE.match(text, match.end())) \
                and not TAUGHT_RE.search(text, max(0, match.start() - 12), match.start()):
            continue  # 现场有工人1200余名, 200多名建设者: the builders' crew on site, no one's staff
        if unit in DIGITS_ONLY_UNITS and (chinese or re.search(r"[前第]$", text[:match.start()])):
            continue  # 前3名, 两名, 一笔: a rank or a word, not a count
        if unit == "次" and not SERVICE_BEFORE_RE.search(text, max(0, match.start() - 10), match.start()):
            continue  # 三次, 每次, 万人次: a time or a visitor count, not a platform's services
        if unit in ("米", "公里") and chinese:
            continue  # 最后一公里 and the like
        if unit == "羽" and after.startswith(("绒", "毛", "球")):
            continue  # 3万羽绒服: down clothing, not birds
        if unit == "台" and after.startswith(("阶", "账", "湾")):
            continue  # 站上千亿台阶: a step the text climbs, no machines
        if unit == "度" and not (mult or after.startswith("电")):
            continue  # 30度 is an angle or a temperature; 1.2亿度 and 500万度电 are energy
        if re.search(r"(?:这|那|此|上述|以上|以下|前述)$", text[max(0, match.start() - 2):match.start()]):
            continue  # 这4种服务模式: a count of the kinds just named, not a figure to keep
        if unit == "元" and THRESHOLD_AFTER_RE.match(text, match.end()):
            continue  # 10亿元以上项目9个, 500万元以上产业项目: a threshold that says which are counted
        if unit == "个" and not mult and (FIELDS_AFTER_RE.match(text, match.end()) or (text.startswith(
                "环节", match.end()) and "、" in text[max(0, match.start() - 24):match.start()])):
            continue  # 围绕A、B和C三个方向招大引强, 围绕制氢、储运…四个环节: a count of the fields a plan names
        if unit in ("家", "个") and not mult and (LISTED_COUNT_RE.match(text, match.end())
                                                 or NAMES_BEFORE_RE.search(text, 0, match.start())):
            continue  # A、B、C三家企业分别…: a count of the names just listed, not a figure to keep
        if of_listed_firms(text, match, unit, num):
            continue  # A、B、C3家企业…合计实现产值…: the firms just listed and their sum (see LISTED_FIRMS_RE)
        if EVENT_DEALS_BEFORE_RE.search(text, max(0, match.start() - 20), match.start()):
            continue  # 现场签下意向订单3.1亿元: an event's deals, no holder's figure
        if organiser_tally(text, match.start()):
            continue  # 据博览会组委会统计，本届博览会共有参展商1200余家: the whole fair's tally, no holder's
        if unit in ("个", "元") and stages_tally(text, match.start()):
            continue  # 此次集中开工项目6个、投产项目3个，总投资42.6亿元: an event's tally over two stages
        if unit == "元" and event_sum(text, match.start()):
            continue  # 现场共签约项目6个，总投资126亿元: the sum of an event's signings, kept no more than their count
        if unit in ("家", "个") and not mult and (EVENT_TALLY_BEFORE_RE.search(text, 0, match.start())
                                                 or EVENT_TALLY_AFTER_RE.match(text, match.end())
                                                 or text.endswith(("现场共有", "现场有"), 0, match.start())
                                                 and SIGNED_AFTER_RE.match(text, match.end()) or (
                (text[:match.start()].endswith(("等", "与")) or "揭牌" in text[match.end():match.end() + 10])
                and PARTIES_AFTER_RE.match(text, match.end()))):
            continue  # 现场签约项目15个, 等6家单位共建: an event's tally, its parties
        if unit == "%" and (GROWTH_BEFORE_RE.search(text, 0, match.start())
                            or GROWTH_LIST_BEFORE_RE.search(text, max(0, match.start() - 24), match.start())):
            continue  # 同比增长21%: a rate of change, no figure to keep
        if unit == "%" and TARGET_SHARE_BEFORE_RE.search(text, max(0, match.start() - 24), match.start()):
            continue  # 完成全年目标任务的78%: a share of a target done
        if text.startswith("班子", match.end()) or text.startswith("千家万户", match.start()):
            continue  # 四套班子领导: a place's four leading bodies; 千家万户: every household; set phrases, no counts
        if RATING_AFTER_RE.match(text, match.end()) or CHANGE_FROM_LAST_RE.search(text, 0, match.start()):
            continue  # 9000吨级, 5座电动飞行器, 8.2万吨散货船: a rating; 同比增加5艘: a difference
        if unit == "支" and not mult and (YARN_COUNT_AFTER_RE.match(text, match.end())
                                         or YARN_COUNT_BEFORE_RE.search(text, 0, match.start())):
            continue  # 60支精梳棉纱: a yarn's count
        if unit == "米" and not mult and any(run.start() <= match.start() < run.end() and not BUILT_LENGTH_RE.search(
                text, max(0, run.start() - 8), run.start()) for run in SIZE_RUN_RE.finditer(
                text, max(0, match.start() - 40), match.end() + 40)):
            continue  # 1.5米、1.8米实木床: sizes of the goods
        if unit in ("公里", "米") and DISTANCE_BEFORE_RE.search(text, max(0, match.start() - 16), match.start()):
            continue  # 向东40公里: where a place lies, not a length built
        if unit == "立方米" and VOLUME_NOT_MADE_RE.search(text, max(0, match.start() - 8), match.start()):
            continue  # 储罐总容量10万立方米, 完成混凝土方量30万立方米: a tank's size, work done; no output
        if DIMENSION_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()) and not mult \
                and unit != "公里" or \
                SIZES_RANGE_RE.search(text, max(0, match.start() - 16), match.start()) and text.startswith(
                    "的", match.end()):
            continue  # 长达123米的叶片, 单机容量18兆瓦的机组, 从50升到20立方米的发酵罐: the size of one thing
            # (管道全长86公里: a line built, kept)
        if unit == "元" and THRESHOLD_OF_RE.match(text, match.end()):
            continue  # 年产值超10亿元的企业8家: which companies are counted, not a figure of one
        if policy_term(text, match.start(), match.end(), unit):
            continue  # 按设备投资额的10%给予补助，单个项目最高1000万元: what a policy offers, no one holds
        if unit == "元" and (UNIT_PRICE_BEFORE_RE.search(text, max(0, match.start() - 10), match.start())
                            or UNIT_PRICE_AFTER_RE.match(text, match.end())):
            continue  # 出厂价约每片1.3元, 每吨约1.2万元, 3.5元/瓦: a unit price, no amount anyone holds
        if unit in ("吨", "千克", "公斤", "kg") and (re.search(r"每(?:平方米|平米|㎡)[^，。；\d]{0,6}$",
                                                        text[max(0, match.start() - 12):match.start()])
                                              or re.match(r"\s?[/／](?:平方米|平米|㎡|m2)", text[match.end():])):
            continue  # 楼面荷载每平方米1.5吨: what a floor bears, a measure of the building, no amount anyone holds
        if unit == "元" and SAVED_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
            continue  # 为企业节省送检费用近3000万元, 每公斤节省成本0.3元: a saving, no amount anyone holds
        if SERVED_BEFORE_RE.search(text, max(0, match.start() - 4), match.start()) and \
                SERVED_AFTER_RE.match(text, match.end()):
            continue  # 可满足80万亩大田用种需求: what the output serves, not a figure of its own
        if ORDINALS_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
            continue  # 续建项目为第1、2、5项: which rows, not a count
        if OWNERSHIP_FROM_RE.search(text, max(0, match.start() - 10), match.start()) \
                and CHANGED_TO_RE.match(text, match.end()):
            continue  # 注册资本由5亿元增至7.69亿元: the old value, which the new one replaces (a capacity's 从30万台
            # 提升至60万台 keeps both: the plant has the one now and will have the other)
        if unit in FEW_UNITS and chinese and chinese_number(num) < 3 and not mult:
            continue  # 一条龙, 两座城, 一块儿
        if chinese and num == "三七":
            continue  # 三七种植面积: a herb (notoginseng), no number
        if chinese and not mult and (unit == "元" or (unit == "家" and chinese_number(num) < 3)):
            continue  # 三元前驱体, 二元材料: a word, not money; 两家企业: the two just named
        value, code = code_value(_number(num), mult or "", unit)
        item_start = max([match.start() - 10] + [text.rfind(mark, 0, match.start()) + 1 for mark in "、，；。"])
        item_end = min([match.end() + 8] + [i for i in (text.find(m, match.end()) for m in "、，；。") if i >= 0])
        if unit == "副" and PAIRED_GOODS_RE.search(text, max(0, item_start), item_end):
            code = "PR"  # 眼镜架300万副, 300万副手套: frames and gloves come in pairs
        note = f"{match.group(0)} converted to hectares (HAR); 1 亩 = 1/15 ha" if unit in CONVERTED_AREAS else ""
        before = text[max(0, match.start() - 4):match.start()]
        period = PERIOD_AFTER.get(match.group("per") or "")
        period = period or next((code for word, code in PERIOD_BEFORE.items() if before.endswith(word)), None)
        period = period or _period_further_before(text[max(0, match.start() - 16):match.start()])
        qualifier = (qualifier_before(before) or (None, None))[1]
        if match.group("more"):
            qualifier = "more-than"
        qualifier = qualifier or next((q for word, q in QUALIFIER_AFTER if after.startswith(word)), None)
        low = RANGE_LOW_RE.search(text, max(0, match.start() - 12), match.start())
        if low is not None:  # 年产6万至8万吨: two figures, at least the lower and up to the higher
            low_value, _ = code_value(Decimal(low.group("num")), low.group("mult") or mult or "", unit)
            low_figure = _figure(sentence, low.start(), low.end() - 1, low_value, code, None, "at-least", note)
            out.append(low_figure)
            period, qualifier = period or low_figure.per_period, qualifier or "up-to"
        out.append(_figure(sentence, match.start(), match.end(), value, code, period, qualifier, note))
    out += _tenths(sentence)
    _share_list_periods(out, sentence)
    return sorted(out, key=lambda f: f.start)


def _figure(sentence: Sentence, start: int, end: int, value, code, period, qualifier, note) -> Figure:
    """A figure of text[start:end] with the lead word before it (年产, 超过) kept in its text."""
    text = sentence.text
    before = text[max(0, start - 4):start]
    period = period or next((c for word, c in PERIOD_BEFORE.items() if before.endswith(word)), None) or \
        _period_further_before(text[max(0, start - 16):start])
    lead = next((w for w in ("年产能", "年产", "日产", "月产") if before.endswith(w)), "")
    lead = lead or (qualifier_before(before) or ("", None))[0]
    start -= len(lead)
    return Figure(text[start:end], sentence.start + start, sentence.start + end, sentence.id, value, code, period,
                  qualifier, note)


def _number(num: str) -> Decimal:
    """The number a figure writes in digits (1,200: a thousands mark) or in Chinese numerals (三十)."""
    return Decimal(num.replace(",", "")) if num[0].isdigit() else Decimal(chinese_number(num))


def _spoken_money(sentence: Sentence, start: int, end: int, num: str) -> Figure:
    """45个亿, 三个亿: hundreds of millions of yuan as speech says them."""
    value, code = code_value(_number(num), "亿", "元")
    text = sentence.text
    qualifier = (qualifier_before(text[max(0, start - 4):start]) or (None, None))[1]
    qualifier = qualifier or next((q for word, q in QUALIFIER_AFTER if text.startswith(word, end)), None)
    return _figure(sentence, start, end, value, code, None, qualifier, "")


def _tenths(sentence: Sentence) -> list[Figure]:
    """占全区规上工业产值的六成以上: a share of something in tenths, as per cent (60 P1, more than)."""
    out = []
    for match in TENTHS_RE.finditer(sentence.text):
        num = match.group("num")
        value = Decimal(num if num.isdigit() else chinese_number(num)) * 10
        before = sentence.text[max(0, match.start() - 4):match.start()]
        if not before.endswith(SHARE_BEFORE):
            continue  # 满足自身七成需求: a manner of speaking, not a share the article measures
        qualifier = (qualifier_before(before) or (None, None))[1]
        qualifier = qualifier or next((q for word, q in QUALIFIER_AFTER if word == match.group("after")), None)
        out.append(Figure(match.group(0), sentence.start + match.start(), sentence.start + match.end(), sentence.id,
                          value, "P1", None, qualifier, f"{match.group(0)}: tenths, as per cent"))
    return out


def _period_further_before(before: str) -> str | None:
    """ANN or DAY from a flow word a few characters before the figure (年产值约, 每年可生产, 日加注)."""
    clause = re.split(r"[，。；、：！？]", before)[-1]
    if YEARLY_RE.search(clause):
        return "ANN"
    if DAILY_RE.search(clause):
        return "DAY"
    if MONTHLY_RE.search(clause):
        return "MON"
    return next((code for code, pattern in EACH_RE.items() if pattern.search(clause)), None)


def _share_list_periods(figures: list[Figure], sentence: Sentence) -> None:
    """年产10万吨正极材料、5万吨负极材料: the second figure of the list is per year as well."""
    for prev, figure in zip(figures, figures[1:], strict=False):
        if figure.per_period or not prev.per_period or prev.unit != figure.unit:
            continue
        between = sentence.text[prev.end - sentence.start:figure.start - sentence.start]
        if LIST_JOIN_RE.fullmatch(between):
            figure.per_period = prev.per_period


def code_value(number: Decimal, mult: str, unit: str) -> tuple[Decimal, str]:
    """(value, UN/CEFACT code) of a number written with a multiplier and a unit (360, "", 亩 -> 24, HAR;
    450000, "万", 元 -> 4500000000, CNY), for prose and for a table's header alike.

    An area converted to hectares is rounded to 0.0001 ha (1/15 repeats, and 0.0001 ha is one square metre);
    a figure already in the code's unit is kept as written (2.66667公顷 stays 2.66667: rounding it would change
    what the article says, not only how it is written)."""
    value = number * MULTIPLIERS.get(mult, 1) * UNIT_FACTORS.get(unit, 1)
    if unit in CONVERTED_AREAS:
        value = value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
    return value, UNIT_CODES.get(unit) or UNIT_CODES.get(unit.lower()) or _unit_ignoring_case(unit)


def _unit_ignoring_case(unit: str) -> str:
    return next(code for name, code in UNIT_CODES.items() if name.lower() == unit.lower())


def plain_number(value: Decimal):
    """A Decimal as the YAML number a curator would write: 20, not 20.0 or 2E+1."""
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else float(format(value, "f"))
