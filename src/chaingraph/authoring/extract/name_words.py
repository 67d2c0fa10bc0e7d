"""Which words can be a word of a name, one token at a time.

``spans`` walks a name back from its suffix; at each step it asks ``name_part`` whether the
token before is still a word of the name. The answer depends on the kind being named: a project
holds its figure and the verbs of what it makes, a product holds no place and no company, a
park or zone holds its place, its number and its brand. jieba's tags are the first guide and its
dictionary the second: a word it does not know is most often a brand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chaingraph.authoring.dictionary import in_dictionary, word_frequency
from chaingraph.authoring.extract.rules import (
    CJK_NAME,
    INDUSTRY_TAILS,
    INDUSTRY_VERBS,
    INDUSTRY_WORDS,
    KIND_OF,
    NAME_TAGS,
    NAME_VERBS,
    NOT_NAMES,
    PRODUCT_LEADING,
    PROJECT_STOPS,
    PROPER_TAGS,
    ROLE_RE,
    SUFFIX_CLASSES,
    SUFFIXES,
    ZONE_WORDS,
)
from chaingraph.authoring.extract.tokens import Token, is_pronoun
from chaingraph.authoring.extract.words import (
    FUNCTION_CHARS,
    LEADING_VERBS,
    STOP_WORDS,
)
from chaingraph.authoring.gazetteer import PROVINCES, Gazetteer, generic_regions

# Words that join a name whatever jieba tags them (自贡高新中平…基金: 高新 is the zone's short name).
# 氢能产业引导基金, 现代产业引导基金: jieba tags 引导 a verb, 现代 a time word; 自主创新园; 首台（套）验证…平台;
# 瑞昌通用航空产业园: general aviation, jieba's verb; 户外功能面料…中心: where goods are used, jieba's place; 零件/mq
NAME_JOINERS = {"高新", "经开", "城投", "产投", "国投", "交投", "发展", "控股", "投资", "建设", "科创", "之", "返乡",
                "引导", "现代", "自主", "首台", "首台套", "通用", "户外", "室内", "零件"}
DAILY_LEAD_RE = re.compile(r"(?:^|日)(?:日|熔化|熔|熔化量|熔量|量|产|产能|处理)$")  # 日/熔化/量, 日产, 日处理
# Verbs a project's name may hold (what the project does), not what is done to it.
PROJECT_VERBS = {"示范", "治疗", "制备", "回收", "利用", "加工", "改造", "提升", "扩能", "技改", "储存", "存储", "封装",
                 "测试", "检测", "研发", "孵化", "配套", "集成", "应用", "制造", "生产", "智造", "循环", "综合利用",
                 "扩产", "扩建", "改扩建", "升级", "搬迁", "衍生",  # 艾草精油及衍生制品项目: what is derived
                 "提取", "萃取", "提纯", "精制", "分离", "冶炼", "精炼", "仓储"}  # 中药提取及配方颗粒扩能项目
# the sizes a rating class is named by with no number before its measure word (大兆瓦, 小兆瓦, 超兆瓦, 超大兆瓦), also
# where jieba glued the size to the brand before it (华风大/兆瓦) or read it as a noun (小/n)
RATING_SIZES = ("大", "小", "超", "巨", "高", "低", "微")
SELDOM_PLACE = 500  # 坝上 (64) is a stretch of land the text names; 当地, 本地, 海上 are words of any clause
# units that say which kind of product, not how much of it (12英寸晶圆, 28纳米芯片)
SPEC_UNITS = {"英寸", "寸", "纳米", "nm", "代", "位", "层", "微米", "千伏", "kV"}
# What may stand in brackets inside a name besides a place: 四川发展（控股）有限责任公司.
BRACKET_WORDS = {"控股", "集团", "股份", "中国", "有限合伙", "筹", "专家", "套"}  # 院士（专家）工作站, 首台（套）…平台
# directions jieba tags f, and names hold (北方稀土, 东方电气, 西部矿业, 华东勘测, 黄河上游水电)
DIRECTIONS = {"东方", "西方", "南方", "北方", "东部", "西部", "南部", "北部", "中部", "华东", "华南", "华北", "华中",
              "西南", "西北", "东北", "东南", "上游", "中游", "下游"}
COMPASS = DIRECTIONS - {"上游", "中游", "下游"}  # a region's head (西部细胞治疗技术创新中心), no stage of a chain
# time words that are brands of parks and zones (湘湖未来产业园, 金坛未来科技城): jieba tags them t
TIME_BRANDS = {"未来", "明日", "明天", "新时代", "新世纪", "青年"}  # 喀什青年农创双创基地: whom it serves
# 三大平台, 两大园区: a count of the names just listed, no word of the last one's name
COUNT_WORD = re.compile(r"[一二两三四五六七八九十几多]大")
CJK_WORD = re.compile(rf"{CJK_NAME}{{2,}}")
PHASE = re.compile(r"[一二三四五六七八九十\d]+期")
ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
HYPHENS = ("-", "－")
NUMERALS = r"[一二两三四五六七八九十百千万亿几多半首第个批项家座每数余]"  # 首批, 第一: counts, not nouns
# what opens a chemical's name before its hyphen: a Greek letter, a Latin one, a position (α-烯烃, L-缬氨酸, 1-辛烯)
FIRM_KINDS = {"上市", "龙头", "链主", "骨干", "头部", "配套", "外资", "民营", "国有", "央企"}  # (X企业 before a name)
ASSOCIATION_ENDS = ("协会", "商会", "联盟", "联合会", "促进会", "研究会")


def _association_after(ctx: Context, k: int) -> bool:
    """中国上市公司协会, 农业龙头企业协会: the kind of firm is the members' and part of the body's own name."""
    return any(t.word.endswith(ASSOCIATION_ENDS) for t in ctx.tokens[k + 1:k + 4])


HOLDER_WORDS = {"企业", "股东", "单位", "会员", "成员", "客户", "供应商", "伙伴", "子公司", "母公司", "一家",
                "国企", "央企", "民企", "外企"}  # (区属国企/天津…有限公司: what the company is, then its name)
CHEMICAL_HEAD = re.compile(r"[α-ωΑ-Ω]|[A-Za-z]|\d{1,2}(?:,\d{1,2})*")  # (1,4-丁二醇: locants)


@dataclass
class Context:
    """One sentence's tokens and what in it cannot be part of a name."""

    tokens: list[Token]
    blocked: list[tuple[int, int]]  # figures
    titles: list[tuple[int, int]]  # 《…》
    gazetteer: Gazetteer

    def in_figure(self, token: Token) -> bool:
        return any(s < token.end and token.start < e for s, e in self.blocked)

    def in_title(self, token: Token) -> bool:
        return any(s < token.end and token.start < e for s, e in self.titles)

    def known(self, word: str) -> bool:
        """A region or a name the graph has (not a pronoun like 该区)."""
        return word in self.gazetteer.regions or (word in self.gazetteer.names and not is_pronoun(word))


# verbs of where something goes or comes from, or what share it takes: before 园区 they are the clause's
# (货车驶出园区, 电芯全部来自园区, 产值占园区), while a park may be named by what it offers (东湖共享园区)
PLACE_CLAUSE_VERBS = {"驶出", "驶入", "驶离", "进入", "走进", "走出", "来自", "迁入", "迁出", "搬入", "入驻", "占",
                      "留在", "扎根", "落户", "聚集", "集聚", "覆盖", "辐射", "运往", "发往", "运出",
                      "转向", "转给", "交给", "投向", "供", "供应", "供给"}  # (订单转向园区企业, 优先供园区企业使用)


RARE_VERB = 10  # a two-character "verb" jieba saw fewer times than this is a place it does not know (迎水 2, 象鼻 3)
TRAINED_AFTER = ("实训", "培训", "实践", "培养", "协会", "学会")  # 工程师实训基地: whom the body trains or gathers
PLACE_BEFORE = {"在", "于", "位于", "落户", "落地", "入驻", "到", "赴"}  # words before a place's name


def place_read_as_verb(token: Token) -> bool:
    return token.tag == "v" and len(token.word) == 2 and CJK_WORD.fullmatch(token.word) is not None \
        and 0 < word_frequency(token.word) < RARE_VERB


def name_part(ctx: Context, k: int, kind: str) -> bool:
    """Whether token k can be a word of a name of this kind."""
    token = ctx.tokens[k]
    word = token.word
    if ctx.in_title(token):
        return False
    if kind == "park" and word in PLACE_CLAUSE_VERBS and k + 1 < len(ctx.tokens) \
            and ctx.tokens[k + 1].word in ("园区", "工业区", "基地"):
        return False  # 货车驶出/园区, 产值占/园区, 电芯全部来自/园区: the clause's verb before a park's bare word
    in_figure = ctx.in_figure(token)
    if kind == "project":
        if not word.strip() or re.fullmatch(r"\d{1,2}[.．]", word):
            return False  # 01 项目…？, 1.续建项目: a heading's or a note's number and its space open no project
        if in_figure or PHASE.fullmatch(word) or word in ("年产", "年产能"):
            return True
        if DAILY_LEAD_RE.search("".join(t.word for t in ctx.tokens[max(0, k - 2):k + 1])) and \
                any(ctx.in_figure(t) for t in ctx.tokens[k + 1:k + 4]):
            return True  # 日熔化量1200吨光伏玻璃项目: the measure of a daily capacity opens the name like 年产
        following = ctx.tokens[k + 1].word if k + 1 < len(ctx.tokens) else ""
        preceding = ctx.tokens[k - 1].word if k > 0 else ""
        if token.tag == "m" and CJK_WORD.fullmatch(word) and not re.search(NUMERALS, word) and k + 1 < len(ctx.tokens) \
                and ctx.tokens[k + 1].word.startswith("项目"):
            return True  # 年产10万吨富硒大米项目: a noun jieba read as a numeral (大米/m) ends what is made
        if (token.tag == "t" or re.fullmatch(r"第[一二三四五六]代", word)) and word.endswith("代") and len(word) >= 2:
            return True  # 高世代模组二期项目, 惠州第三代半导体衬底项目: a generation, a grade of what is made
        if word in MADE_ATTRIBUTES and ctx.tokens[k + 1:k + 2] and ctx.tokens[k + 1].tag.startswith("n") \
                and ctx.tokens[k + 1].word != "项目" and preceding not in ("及", "和", "与", "、"):
            return True  # 一次性/医用耗材项目, 碳纤维/增强/尼龙复合材料项目: a word of what is made, whatever its tag
        if word in MAKING_VERBS and k > 0 and place(ctx, ctx.tokens[k - 1]) and ctx.tokens[k + 1:k + 2] \
                and ctx.tokens[k + 1].tag.startswith("n") and ctx.tokens[k + 1].word != "项目":
            return True  # 芦溪县/复合/绝缘子…项目: a verb that says what kind of thing is made, after a place
        if word == "级" and k > 0 and ctx.tokens[k - 1].tag == "m":
            return False  # 百亿级高端液压件项目: a rank the writer gives the project, its name starts after it
        if word in HYPHENS and CHEMICAL_HEAD.fullmatch(preceding) and CJK_WORD.fullmatch(following):
            return True  # 年产40万吨POE及α-烯烃…项目, L-缬氨酸: the hyphen of a chemical's name
        if CHEMICAL_HEAD.fullmatch(word) and following in HYPHENS:
            return True  # (the α or L before it)
        if word in TIME_BRANDS and KIND_OF.get(SUFFIX_CLASSES.get(following, "")) in ("park", "zone"):
            return True  # 未来科技城智算中心项目: the park the project is built in, named by a time word
        if _how_it_works(ctx, k):
            return True  # 农光/互补/200兆瓦光伏发电项目: a noun and a verb say how the plant works
        if re.fullmatch(r"\d{1,3}", word) and k > 0 and re.fullmatch(rf"{CJK_NAME}+", ctx.tokens[k - 1].word) \
                and re.fullmatch(rf"{CJK_NAME}+", following) \
                and any(ctx.in_figure(t) for t in ctx.tokens[max(0, k - 3):k]):
            return True  # 年产50万吨锦纶6切片…项目: a grade's number inside what is made (nylon 6)
        if re.fullmatch(r"\d+(?:\.\d+)?", word) and following in SPEC_UNITS:
            return True  # 6英寸碳化硅衬底二期项目: the size is part of what the project makes
        if word in ("千伏", "kV") and re.fullmatch(r"\d+", preceding):
            return True  # 会理500千伏输变电工程: a grid work is named by its voltage
        if token.tag == "m" and re.fullmatch(r"[一二三四五六七八九十\d.]+", word) and following[:1] not in "个项家批":
            return True  # 六氟磷酸锂, 12英寸: a number inside a product's name, not a count of projects
        pair = word + following if word in ("内", "外") else preceding + word if preceding in ("内", "外") else ""
        if len(pair) == 2 and in_dictionary(pair) and any(ctx.in_figure(t) for t in ctx.tokens[max(0, k - 5):k]):
            return True  # 年产80万平方米装配式内/装部品…项目: a word jieba cut in two, inside what is made
        if token.tag == "s" and CJK_WORD.fullmatch(word) and not word.endswith("内"):
            return True  # 海上风电安装船项目, 体外诊断试剂项目 (not 区内, 国内: where, not what)
        if token.tag.startswith("v") and word in PROJECT_VERBS:
            return True  # 风光制氢一体化示范项目, 细胞治疗产业化基地项目
        if token.tag.startswith("v") and k > 0 and ctx.in_figure(ctx.tokens[k - 1]) and CJK_WORD.fullmatch(word):
            return True  # 年产30万吨再生铝…项目: after the figure comes what is made, whatever jieba tags it
        if _made_after_figure(ctx, k):
            return True  # 1.5万吨大丝束碳纤维项目, 1.5亿支一次性使用输注器械项目: what is made, whatever its tags
        if token.tag == "q" and CJK_WORD.fullmatch(word) and k > 0 and not ctx.in_figure(ctx.tokens[k - 1]) \
                and (ctx.tokens[k - 1].tag in ("a", "b") or ctx.tokens[k - 1].word.endswith(RATING_SIZES)):
            return True  # 大/兆瓦, 海诺小/兆瓦, 华风超/兆瓦…项目: a rating class with no number, what is made
    elif in_figure:
        return False
    if kind == "product":  # 高新区钠离子电池电芯, 擎源氢能燃料电池: a place or a brand owns the product
        if names_other_kind(word, ctx.gazetteer):
            return False
        if not ctx.known(word) and token.tag in ("ns", "nt"):
            return False
        before = ctx.tokens[k - 1].word if k > 0 else ""
        if word in INDUSTRY_TAILS and CJK_WORD.fullmatch(before) and not in_dictionary(before) \
                and not ctx.known(before):
            return False  # 擎源氢能 is a company's short name, its 燃料电池电堆 the product
        if word in PRODUCT_LEADING:
            return False  # 动力电池配套生产电池包: the product is 电池包
        if re.fullmatch(r"(?:首|第[一二三四五六七八九十\d]+)[台套批条](?:机组)?", word):
            return False  # 电站首台/机组: which unit of the station, not the goods' name
        if word in ("成", "为") and k > 0 and CJK_WORD.fullmatch(ctx.tokens[k - 1].word):
            return False  # 碳化/成/碳化钨粉, 加工/成/红薯淀粉: what a step turns the goods into
        if word in ("一次性", "使用") and "一次性使用" in "".join(t.word for t in ctx.tokens[max(0, k - 1):k + 2]):
            return True  # 一次性使用无菌注射器: a medical device's name says it is for one use
    before = ctx.tokens[k - 1].word if k > 0 else ""
    after = ctx.tokens[k + 1].word if k + 1 < len(ctx.tokens) else ""
    if kind in ("organisation", "zone", "park") and ROLE_RE.fullmatch(word) and not after.startswith(TRAINED_AFTER) \
            and ROLE_RE.match("".join(t.word for t in ctx.tokens[k:k + 4])):
        return False  # 主任彭立军代表管委会: a post and a person between names (not 院士工作站, 工程师实训基地)
    if kind in ("organisation", "zone", "park") and token.tag.startswith("nr") and ROLE_RE.fullmatch(before):
        return False  # 主任/彭立/军代表: the name after a post is a person's
    if kind == "organisation" and re.fullmatch(r"[一二三四五六七八九十\d]{1,2}号", word) and k > 0 \
            and re.fullmatch(r"[\u4e00-\u9fff]+", before) and not ctx.in_figure(token):
        return True  # 广饶氢动/一号/股权投资合伙企业: a fund numbered in its sponsor's series
    if word == "月份":
        return False  # 今年3月份高端刀具项目投产: a date's word opens no name
    if COUNT_WORD.fullmatch(word) or COUNT_WORD.fullmatch(before + word) or COUNT_WORD.fullmatch(word + after):
        return False  # 萧山半导体检验检测中心三大平台, 两/大/平台: the name ends before the count
    if kind == "organisation" and (word in ("上市公司", "龙头企业") or word in ("企业", "公司")
                                   and before in FIRM_KINDS) and not _association_after(ctx, k):
        return False  # 上市企业/粤光股份, 上市公司/锐锡科技: what the company is, before its name
    if kind == "organisation" and word in HOLDER_WORDS and k + 1 < len(ctx.tokens) and place(ctx, ctx.tokens[k + 1]):
        return False  # 配套企业/河南康晟…有限公司, 控股股东/福建永纶…: what the company is to the text, before its name
    if word in TIME_BRANDS and kind in ("organisation", "zone", "park") and k > 0 \
            and name_part(ctx, k - 1, kind) and ctx.tokens[k - 1].tag != "t":
        return True  # 湘湖未来产业园: 未来 after a place is the park's brand, not a time
    if word == "都" and token.tag == "d" and kind in ("organisation", "zone", "park") and 0 < k < len(ctx.tokens) - 1 \
            and ctx.tokens[k - 1].tag[:1] == "n" and CJK_WORD.fullmatch(ctx.tokens[k - 1].word) \
            and ctx.tokens[k + 1].tag[:1] in ("n", "s") and CJK_WORD.fullmatch(ctx.tokens[k + 1].word):
        return True  # 安国数字中药都交易平台, 甘其毛都口岸加工园区: 都 ends a trade's capital or a place, no 'all'
    if token.tag == "m" and re.fullmatch("[一二三四五六七八九]{2}", word) and kind in ("organisation", "park") \
            and k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].tag[:1] == "n" \
            and CJK_WORD.fullmatch(ctx.tokens[k + 1].word):
        return True  # 文山州三七中试基地, 三七国际交易中心: a herb jieba reads as a numeral (not 三大, 五六个: a count)
    if kind in ("zone", "park") and ORDINAL.fullmatch(word) and k + 1 < len(ctx.tokens) \
            and ctx.tokens[k + 1].word in SUFFIX_CLASSES:
        return True  # 金山第二工业区: zones a place numbers
    if place_read_as_verb(token) and kind in ("zone", "park") and k + 1 < len(ctx.tokens) \
            and ctx.tokens[k + 1].tag[:1] == "n" and ctx.tokens[k + 1].word not in SUFFIX_CLASSES \
            and word not in LEADING_VERBS and word not in PLACE_CLAUSE_VERBS \
            and (k == 0 or not re.match(CJK_NAME, ctx.tokens[k - 1].word) or ctx.tokens[k - 1].word in PLACE_BEFORE):
        return True  # ，迎水/v 算力小镇, 落户象鼻/v 储能材料产业社区: a place jieba took for a verb it seldom saw,
        # opening the name (not 两县共推/v 储能材料产业园, 企业参建/v X产业园: a clause's verb after its subject)
    if kind == "park" and 0 < k < len(ctx.tokens) - 1 and (
            word == "共建" and ctx.tokens[k + 1].word in ("产业园", "产业园区", "工业园", "园区", "园")
            and not (ctx.tokens[k - 1].word.endswith(("省", "市", "区", "县", "地", "方"))  # (宣州与嘉定共建产业园,
                     or place(ctx, ctx.tokens[k - 1]))  # 两地共建产业园: the builders, then the clause's verb)
            or word in ("东西部", "山海", "南北") and ctx.tokens[k + 1].word in ("协作", "合作", "共建")):
        return True  # 嘉定—宣州…共建产业园, 温南东西部协作产业园: a park two places build together, or its programme
    if word == "特别" and kind == "zone" and k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].word in ("合作区", "试验区"):
        return True  # 深汕特别合作区, 粤桂合作特别试验区: a zone two provinces run under a special regime
    if word in ("东", "西", "南", "北") and kind in ("organisation", "zone", "park") and k + 1 < len(ctx.tokens) \
            and place(ctx, ctx.tokens[k + 1]):
        return True  # 西/太湖科技产业园: a compass point jieba split from the place it heads
    if token.tag == "s" and kind in ("organisation", "zone", "park") and k + 1 < len(ctx.tokens) \
            and ctx.tokens[k + 1].word in INDUSTRY_WORDS and CJK_WORD.fullmatch(word) \
            and not word.endswith(("内", "外")):
        return True  # 陆丰海上风电装备产业园: 海上 is where the industry works, a word of the name
    if token.tag == "s" and kind in ("zone", "park", "organisation") and len(word) >= 3 \
            and CJK_WORD.fullmatch(word) and not word.endswith(("内", "外", "上", "下", "中", "里", "边", "旁")):
        return True  # 青岛西海岸/s 新区, 西海岸/s 芯创孵化器: a stretch of coast naming a zone, no where of the clause
    if word in ALONG_WORDS and kind in ("zone", "park", "organisation") \
            and 0 < k < len(ctx.tokens) - 1 and place(ctx, ctx.tokens[k - 1]) \
            and not province(ctx.tokens[k - 1]) \
            and KIND_OF.get(SUFFIX_CLASSES.get(ctx.tokens[k + 1].word, "")) in ("zone", "park"):
        return True  # 丰南/沿海/f 工业区(管委会): the coast a county's zone lies on (江苏沿海开发区: a province's plan)
    if token.tag == "s" and kind == "organisation" and len(word) == 2 and CJK_WORD.fullmatch(word) and k > 0 \
            and word_frequency(word) < SELDOM_PLACE \
            and place(ctx, ctx.tokens[k - 1]) and not word.endswith(("内", "外", "中", "里", "边", "旁")) \
            and k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].tag[:1] == "n" \
            and CJK_WORD.fullmatch(ctx.tokens[k + 1].word):
        return True  # 张家口/坝上/s 风能开发有限公司: a stretch of land the place names (its plateau) heads the firm
    if token.tag == "s" and kind == "organisation" and CJK_WORD.fullmatch(word) and k + 1 < len(ctx.tokens) \
            and ctx.tokens[k + 1].word.endswith(("大学", "学院")) and not word.endswith(("内", "外")):
        return True  # 塞上/s 理工大学: a place jieba reads as a position names the college
    if ctx.known(word) or word in NAME_JOINERS or word in INDUSTRY_WORDS or (word in DIRECTIONS and kind != "product"):
        return True  # 零部件 is tagged a measure word, 高新 an adverb, 北方 a direction: still words of names
    if word in ("-", "－", ".") and 0 < k < len(ctx.tokens) - 1 and _latin(ctx.tokens[k - 1]) \
            and _latin(ctx.tokens[k + 1]):
        return True  # TFT-LCD, SK-On, RH-102
    if kind == "product" and word.isdigit() and k > 0 and ctx.tokens[k - 1].word in ("-", "－"):
        return True  # the 102 of RH-102注射液: a model number
    if kind == "product" and re.fullmatch(r"\d+(?:\.\d+)?", word) and k + 1 < len(ctx.tokens) \
            and ctx.tokens[k + 1].word in SPEC_UNITS and not in_figure:
        return True  # 12英寸功率半导体晶圆
    if kind in ("zone", "park") and ((word in ("—", "-") and 0 < k < len(ctx.tokens) - 1 and place(
            ctx, ctx.tokens[k + 1]) and CJK_WORD.fullmatch(ctx.tokens[k - 1].word)) or (k + 2 < len(ctx.tokens)
            and ctx.tokens[k + 1].word in ("—", "-") and place(ctx, ctx.tokens[k + 2])
            and any(word + level in generic_regions() for level in "区县市旗"))):
        return True  # 新站—肥东产业合作园, 即墨/v—镇宁…产业园: a park two places build together is named by both
    if re.fullmatch(r"第[一二三四五六]代", word) and kind in ("organisation", "park"):
        return True  # 湘乡第三代半导体中试平台: a generation of what the platform serves
    if token.tag == "m" and kind in ("organisation", "park") and len(word) >= 2 and CJK_WORD.fullmatch(word) \
            and not re.search(NUMERALS, word) and k > 0 and place(ctx, ctx.tokens[k - 1]):
        return True  # 五常/大米/m 精深加工园: a noun jieba reads as a numeral, after the place that names it
    if word in STOP_WORDS or not re.match(r"[\w〓]", word) or "〓" in word:
        return False
    if kind != "project" and word in ("年产", "年产能", "申报"):
        return False  # 这家企业年产焊接工作站300套, 支持企业申报省级创新平台: the clause's verb, no name's word
    if kind in ("organisation", "zone", "park") and (word == "式" and k > 0 and CJK_WORD.fullmatch(before)
                                                     or token.tag.startswith("v") and after == "式"):
        return True  # 漂浮/式 风电试验平台, 分布/式: a verb and 式 make what kind, a word of the name
    if token.tag.startswith("v") and after == "件" and CJK_WORD.fullmatch(word) and word not in LEADING_VERBS:
        return True  # 汽车覆盖/件 模具, 冲压/件: a part named by how it is made, a noun jieba cuts at its verb
    if word in ("年", "月", "日", "号") and k > 0 and ctx.tokens[k - 1].word.isdigit():
        return False  # 1—11月川姜家纺城: a date before the name
    if word in ("后", "前") and token.tag == "f" and k > 0 and ctx.tokens[k - 1].tag.startswith("v"):
        return False  # 投产后/公司…, 建成前: a time after a verb, before the subject; no word of a name
    if len(word) == 1 and kind in ("organisation", "zone", "park", "project"):  # (园区原/桂林…公司: what was there
        return word not in FUNCTION_CHARS and not (word in "原来" and len(ctx.tokens[k + 1].word) >= 2 and k > 0
                                                   and ctx.tokens[k - 1].word.endswith(("区", "园", "企业"))) \
            and not word.isdigit() and (namey(token) or token.tag.endswith("g") or _in_brand_run(ctx, k)  # before;
                                        or kind == "project")  # 企业来/顺昌…: coming; 电池/片, N/型 in a project's name
    if kind in ("organisation", "zone", "park", "project") and CJK_WORD.fullmatch(word) and not in_dictionary(word) \
            and not (word in LEADING_VERBS and token.tag.startswith("v")) \
            and not (len(word) == 2 and word[1] in "到在赴" and k > 0 and ctx.tokens[k - 1].tag.startswith("nr")):
        return True  # a word jieba does not know: a brand (珈钠, 容钠, 乐森); not a verb it lacks (获批), nor a
        # person's last character glued to the verb of going (书记马骏/nr 驰到/v 西海…产业园)
    if token.tag.startswith("v") and _split_noun(ctx, k) and (kind == "park" or kind == "organisation" and (
            SUFFIX_CLASSES[ctx.tokens[k + 2].word] in ("Platform", "Incubator", "ResearchInstitute", "Association"))):
        return True  # 经开区/预制/菜/产业园, 莱阳市/预制/菜/中试基地: jieba cut 预制菜 in two, the verb is half a noun
    if token.tag.startswith("v") and token.tag != "vn":
        return word in NAME_VERBS or (kind in ("organisation", "project", "park") and _compound_verb(ctx, k)) \
            or (word in INDUSTRY_VERBS and kind in ("organisation", "park", "project")) \
            or (kind in ("organisation", "zone") and work_before_work(ctx, k))
    if token.tag == "s" and kind == "organisation" and CJK_WORD.fullmatch(word) and k + 1 < len(ctx.tokens) \
            and ctx.tokens[k + 1].word in NAME_VERBS:
        return True  # 光伏组件户外实证平台: where the platform tests, then what it does
    return namey(token)


def _how_it_works(ctx: Context, k: int) -> bool:
    """Whether token k, a two-character verb between a noun and a project's figure, says how the plant works
    (农光/互补/200兆瓦…项目, 渔光/互补): no clause's verb (建设, 新增) nor one after a place or a name."""
    tokens = ctx.tokens
    word = tokens[k].word
    return 0 < k < len(tokens) - 1 and tokens[k].tag.startswith("v") and tokens[k].tag != "vn" \
        and len(word) == 2 and CJK_WORD.fullmatch(word) is not None and ctx.in_figure(tokens[k + 1]) \
        and word not in LEADING_VERBS and word not in STOP_WORDS and word not in PROJECT_STOPS \
        and (tokens[k - 1].tag[:1] in ("n", "j") or tokens[k - 1].tag == "vn") and tokens[k - 1].tag != "ns" \
        and CJK_WORD.fullmatch(tokens[k - 1].word) is not None \
        and not ctx.known(tokens[k - 1].word) and not ctx.in_figure(tokens[k - 1])


def work_before_work(ctx: Context, k: int) -> bool:
    """适航/验证 of 低空飞行器适航验证中试基地, 江海/联动/开发 of a 示范区: a verb between a noun and the
    work a platform or zone does (验证, 测试, 开发) says what that work is, a word of the name."""
    tokens = ctx.tokens
    return 0 < k < len(tokens) - 1 and CJK_WORD.fullmatch(tokens[k].word) is not None \
        and len(tokens[k].word) == 2 and tokens[k].word not in LEADING_VERBS and tokens[k].word not in STOP_WORDS \
        and tokens[k + 1].word in NAME_VERBS and tokens[k + 1].tag.startswith("v") \
        and tokens[k - 1].tag[:1] in ("n", "l") and not ctx.in_figure(tokens[k - 1])  # (无人机/l: a noun)


def _split_noun(ctx: Context, k: int) -> bool:
    """Whether token k, a two-character verb, and the one noun character after it are a noun jieba cut
    (预制/菜), right before a suffix: no clause's verb stands between a verb and its suffix so."""
    tokens = ctx.tokens
    return k + 2 < len(tokens) and CJK_WORD.fullmatch(tokens[k].word) is not None and len(tokens[k].word) == 2 \
        and tokens[k].word not in LEADING_VERBS and tokens[k].word not in PROJECT_STOPS \
        and re.fullmatch(CJK_NAME, tokens[k + 1].word) is not None and tokens[k + 1].tag.startswith("n") \
        and tokens[k + 1].word not in FUNCTION_CHARS and tokens[k + 2].word in SUFFIX_CLASSES


def _compound_verb(ctx: Context, k: int) -> bool:
    """质子/交换/膜, 联析/诊断/试剂: a verb between two nouns is a word of a compound noun, not a predicate."""
    tokens = ctx.tokens
    if not (0 < k < len(tokens) - 1 and CJK_WORD.fullmatch(tokens[k].word) and len(tokens[k].word) == 2):
        return False
    word = tokens[k].word
    if word in LEADING_VERBS or word in STOP_WORDS or word in PROJECT_STOPS or ctx.in_figure(tokens[k - 1]) \
            or word.endswith(("有", "在", "为", "是", "到")):
        return False  # 园区建有…实验室: the clause's verb
    before, after = tokens[k - 1], _after_bracket(tokens, k + 1)
    if before.word in NOT_NAMES or before.word in ZONE_WORDS:  # 园区建有…
        return False
    if len(before.word) >= 3 and before.word in SUFFIX_CLASSES and SUFFIX_CLASSES[before.word] != "Material":
        return False  # 光明芯孵化器占据科技园的三栋楼: a name ends before the verb, its subject's
    if before.tag in ("nr", "nrfg", "nrt") and len(before.word) >= 2 and k > 1 and ROLE_RE.search(tokens[k - 2].word):
        return False  # 市长刘晓东宣布项目开工: a person, then what they do
    if _plain_verb(after) and k + 2 < len(tokens) and tokens[k + 2].tag in ("n", "nz") and not ctx.known(before.word) \
            and before.tag[:1] in ("n", "j") and CJK_WORD.fullmatch(before.word) is not None:
        return True  # 电动/垂直/起降/飞行器: two verbs between two nouns are one compound noun's words
    if _plain_verb(before) and k > 1 and tokens[k - 2].tag[:1] in ("n", "j") and not ctx.known(tokens[k - 2].word) \
            and CJK_WORD.fullmatch(tokens[k - 2].word) is not None and after.tag in ("n", "nz"):
        return True  # (the second of the two: 起降 after 垂直)
    return (before.tag[:1] in ("n", "j", "s") or before.tag == "vn") and not _known_holder(ctx, before.word) \
        and (after.tag in ("n", "nz") or after.word in SUFFIX_CLASSES) \
        and (CJK_WORD.fullmatch(before.word) is not None  # not 产业链/补短/板; 信创/适配/测试中心
             or _brand_tail(ctx, k - 1))


def _brand_tail(ctx: Context, k: int) -> bool:
    """恒川/云/计算有限公司: one character jieba cut off the end of a brand it does not know, the brand before it."""
    tokens = ctx.tokens
    return k > 0 and brand_char(tokens[k]) and CJK_WORD.fullmatch(tokens[k - 1].word) is not None \
        and (tokens[k - 1].tag in PROPER_TAGS or not in_dictionary(tokens[k - 1].word)) \
        and not ctx.known(tokens[k - 1].word) and not ctx.in_figure(tokens[k - 1])


def _after_bracket(tokens: list[Token], k: int) -> Token:
    """Token k, or the one after the bracket it opens: 恒川云计算（怀来）有限公司 goes on to its suffix."""
    if tokens[k].word in ("（", "("):
        close = next((n for n in range(k + 1, min(k + 5, len(tokens))) if tokens[n].word in ("）", ")")), None)
        if close is not None and close + 1 < len(tokens):
            return tokens[close + 1]
    return tokens[k]


def _known_holder(ctx: Context, word: str) -> bool:
    """A region or a known name of a holder: 光伏 of 光伏/压延/玻璃 is a known industry, a word of the compound
    like a product; a place or a company before a verb is the clause's subject."""
    if not ctx.known(word):
        return False
    known = ctx.gazetteer.lookup(word)
    return word in ctx.gazetteer.regions or known is None or KIND_OF.get(known.cls) not in (None, "product")


def _plain_verb(token: Token) -> bool:
    """A two-character verb that is no clause's lead-in (垂直, 起降; not 建设, 签约)."""
    return token.tag == "v" and len(token.word) == 2 and CJK_WORD.fullmatch(token.word) is not None \
        and token.word not in LEADING_VERBS and token.word not in STOP_WORDS and token.word not in PROJECT_STOPS


def _latin(token: Token) -> bool:
    return re.fullmatch(r"[A-Za-z0-9]+", token.word) is not None


def brand_char(token: Token) -> bool:
    return re.fullmatch(rf"{CJK_NAME}", token.word) is not None and token.word not in FUNCTION_CHARS


def namey(token: Token) -> bool:
    return token.tag in NAME_TAGS or token.tag.startswith("n")


def _in_brand_run(ctx: Context, k: int) -> bool:
    """jieba cuts an unknown brand into single characters (亿/纬/锂/能): a run of them is a name."""
    tokens = ctx.tokens

    def single(n: int) -> bool:
        return 0 <= n < len(tokens) and re.fullmatch(rf"{CJK_NAME}", tokens[n].word) is not None \
            and tokens[n].word not in FUNCTION_CHARS

    def brand(n: int) -> bool:
        word = tokens[n].word if 0 <= n < len(tokens) else ""
        return bool(CJK_WORD.fullmatch(word)) and not in_dictionary(word) and not ctx.known(word)

    def noun(n: int) -> bool:  # 曜/辉光/能: jieba took the brand's 光 into a word and left 能 alone
        return n >= 0 and len(tokens[n].word) >= 2 and namey(tokens[n]) and tokens[n].word not in STOP_WORDS \
            and not ctx.in_figure(tokens[n])

    return single(k - 1) or single(k + 1) or brand(k - 1) or brand(k + 1) or noun(k - 1)


def names_other_kind(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word names a place or an organisation (so it is not part of a product's name)."""
    if word in gazetteer.regions or word in ZONE_WORDS:
        return True
    known = gazetteer.lookup(word)
    if known and KIND_OF.get(known.cls) not in (None, "product"):
        return True
    suffix = next((s for s in SUFFIXES if word.endswith(s)), None)
    return suffix is not None and KIND_OF[SUFFIX_CLASSES[suffix]] != "product"


# words of a material's or a product's kind that jieba tags as verbs or adverbs (一次性/d, 增强/v, 阻燃/v)
MADE_ATTRIBUTES = {"一次性", "增强", "阻燃", "耐高温", "耐腐蚀", "耐磨", "可降解", "抗菌", "防水", "超薄", "轻质"}
# verbs jieba reads inside a product's name, saying what kind of thing it is (复合绝缘子, 改性塑料, 导热膜); a
# clause's verbs (召开, 招引, 推动) are left out: after a place they act on what follows
MAKING_VERBS = {"复合", "改性", "导热", "导电", "降解", "再生", "集成", "节能", "封装", "制冷", "驱动", "转向", "涂覆",
                "镀膜", "发光", "储氢", "加氢", "制氢", "储热", "切削", "铸造", "锻造", "冲压", "注塑"}


# the shore a zone lies along, a word of its name after the county's (丰南沿海工业区); jieba tags them as positions
# like 周边 or 以南, which are where something is, no name's word
ALONG_WORDS = {"沿海", "沿江", "沿湖", "沿边"}


def province(token: Token) -> bool:
    """A province's name (内蒙古, 江苏省): its projects of a kind are not one project (宁夏新能源汽车项目), its coast
    no word of a zone's name (江苏沿海开发区)."""
    return generic_regions().get(token.word) in PROVINCES


def place(ctx: Context, token: Token) -> bool:
    return token.word in ctx.gazetteer.regions or token.tag == "ns" or token.word in ZONE_WORDS


def _made_after_figure(ctx: Context, k: int) -> bool:
    """Whether token k and the words back to a figure up to four words before are words of a name (or 16兆瓦级)."""
    for back in range(k - 1, max(-1, k - 5), -1):
        if ctx.in_figure(ctx.tokens[back]):
            return all(re.fullmatch(rf"{CJK_NAME}+|\d+(?:\.\d+)?", t.word) and t.word not in STOP_WORDS
                       and t.word not in FUNCTION_CHARS for t in ctx.tokens[back + 1:k + 1])
    return False
