"""Whether the words before 项目 or 工程 name one project, not a kind of project or a count of them.

A project is named by its owner (X有限公司Y项目), a product with a place (本溪特钢精密管材项目), a place's facility or
work (衡南县医药物流中心项目, 船山通用机场项目), a capacity or a phase; 23个…项目 counts projects, 光伏产业链项目 and
鄂尔多斯绿氢项目 name a kind, 察看项目 is the object of a verb.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.name_words import PROJECT_VERBS, Context, province
from chaingraph.authoring.extract.rules import CJK, FACILITY_STEMS, PLACED_WORK_RE, UTILITY_PHASE_RE, ZONE_WORDS
from chaingraph.authoring.extract.tokens import Token
from chaingraph.authoring.extract.words import generic_word

# 检测项目, 测试项目: the items a testing centre tests, unless the project builds the centre (检测中心建设项目)
TEST_ITEMS_RE = re.compile(r"(?<!建设)(?<!封装)(?:检测|检验|测试|试验|认证)项目$")  # (封装测试项目: a plant)
COMPANY_HEAD_RE = re.compile(r"(?:有限责任公司|有限公司|股份公司)(?=.{4,}项目$)")  # a company's own project
# X有限公司（以下简称“Y”）Z项目: the company's own project, its short name said between them
ALIAS_BEFORE_RE = re.compile(r"(?:有限责任公司|有限公司|股份公司|集团)[（(](?:以下)?简称[“\"][^”\"]{1,12}[”\"][)）]$")
# 江门高新区一半导体封测项目: "a project" in a zone, the headline's way of not naming it (not 一期, 一体化, 一汽, 一中)
INDEFINITE_RE = re.compile(r"(?:区|县|市|镇|园)一(?![期号批体站流带次二三四五六七八九十汽中院重小医建])")
PHASE_ONLY_RE = re.compile(rf"[一二三四五六七八九十首\d]+期(?:[\d.]+万?[{CJK}A-Za-z]{{1,3}})?(?:工程项目|工程|项目)")


def project_named(ctx: Context, name: str, stem: str, first: int, last: int) -> bool:
    """A project is named by an owner, a product, a capacity or a phase; 23个…项目 and 光伏玻璃项目4个
    count projects, 光伏产业链项目 and 鄂尔多斯绿氢项目 name a kind of project, not one."""
    tokens = ctx.tokens
    after = "".join(t.word for t in tokens[last + 1:last + 5])  # (新开工机器人项目不少于10个: a count too)
    if re.match(r"[\d一二两三四五六七八九十百千]+[个项]", name) \
            or re.match(r"(?:不少于|不低于|超过|达到?|共)?[\d一二两三四五六七八九十]+个", after) \
            or re.search(r"[\d一二两三四五六七八九十百千]+个", name):  # 长春汽开区三个零部件项目: a count
        return False
    if after.startswith(("清单", "名单", "名录", "库", "资金", "补助", "审批", "招商")):
        return False  # 重大项目清单: a list of projects
    if TEST_ITEMS_RE.search(name):
        return False  # 可开展中药材及饮片检测项目2400项: what a testing centre can test, items and no project
    if name.startswith("最"):
        return False  # 是我市今年投产的最大食品项目: a rank the text gives a project named elsewhere
    if UTILITY_PHASE_RE.fullmatch(name):
        return False  # 园区污水处理厂二期工程: a phase of the park's works, which the park holds (the golds' reading)
    if stem.removesuffix("建设").endswith(("产业", "产业链", "产业集群", "攻关", "重点", "重大", "大")) \
            and not COMPANY_HEAD_RE.search(name):  # (X有限公司葛根全产业链项目: the company's one project)
        return False  # 集成电路重点项目, 市重点建设项目, 疫苗大项目: a kind of project
    if _acted_on(tokens, first, last):
        return False  # 实地察看项目进展, 某某叮嘱项目方: the project a verb acts on, named elsewhere
    joined = any(t.word == "暨" for t in tokens[first:last + 1])  # (诸暨: a place, its 暨 no conjunction)
    if joined or (after.startswith(("集中", "签约仪式", "开工仪式")) and not COMPANY_HEAD_RE.search(name)):
        return False  # 招商推介会暨项目集中签约仪式: an event, its 项目 projects in general (X有限公司Y项目开工仪式: Y)
    if PHASE_ONLY_RE.fullmatch(re.sub(r"^.*?(?:有限责任公司|有限公司|集团|股份公司)", "", name)):
        return False  # 二期项目, 某某有限公司一期项目, 二期3万吨项目: a phase of something, not a project's name
    if INDEFINITE_RE.search(name):
        return False
    words = [t for t in tokens[first:last + 1]][:-1]
    if ALIAS_BEFORE_RE.search("".join(t.word for t in tokens[max(0, first - 12):first])) and len(name) >= 6:
        return True
    if _placed_facility(ctx, words) or _placed_work(ctx, words):
        return True  # 衡南县医药物流中心项目, 船山通用机场项目: the project builds a place's named facility
    if len(name) >= 6 and _described_as_one(ctx, first, last) or len(name) >= 5 and _built_with_sum(ctx, first):
        return True  # 总投资8亿元的电池包箱体项目, 电池包箱体项目由X投资建设: one project, named by what it makes
    if all(ctx.known(t.word) or t.tag == "ns" or generic_word(t.word) or t.word in ZONE_WORDS
           or t.word in PROJECT_VERBS or re.fullmatch(r"\d{4}|年", t.word) for t in words) \
            and not placed_product(ctx, words):
        return False  # 绿氢制备项目, 江苏省2024年重大项目
    return len(name) >= 6 or bool(re.search(r"\d|期|年产", name))


def _described_as_one(ctx: Context, first: int, last: int) -> bool:
    """Whether the text gives the project an amount of its own before it (总投资8亿元的…项目), the stage it reached
    (同日投产的…项目) or its builder right after it (…项目由X投资建设): one project, whatever kind of words name it."""
    tokens = ctx.tokens
    return first >= 2 and tokens[first - 1].word == "的" and (
        ctx.in_figure(tokens[first - 2]) or tokens[first - 2].word in STAGE_WORDS) \
        or last + 1 < len(tokens) and tokens[last + 1].word == "由"


def _built_with_sum(ctx: Context, first: int) -> bool:
    """投资6亿元建设电池包项目 (also after a list of sums: 分别投资6亿元、4.5亿元建设…): the sum builds one project."""
    tokens = ctx.tokens
    return first >= 2 and tokens[first - 1].word in BUILD_WORDS and ctx.in_figure(tokens[first - 2])


BUILD_WORDS = {"建设", "新建", "投建", "扩建", "实施"}
STAGE_WORDS = {"投产", "开工", "竣工", "签约", "落地", "建成", "动工", "开建", "投运"}


def _placed_facility(ctx: Context, words: list[Token]) -> bool:
    """Whether the words before 项目 are a place and a facility named by its work (衡南县医药物流中心, X市数据中心):
    one facility of that place, not a kind of project (鄂尔多斯绿氢项目)."""
    return len(words) >= 3 and words[-1].word == "中心" and words[-2].word in FACILITY_STEMS \
        and _opens_on_place(ctx, words)


def placed_product(ctx: Context, words: list[Token]) -> bool:
    """Whether the words before 项目 are a place and what one plant of it makes, in two words or more and six
    characters or more (本溪特钢精密管材, 瑞安智能线控制动系统): one project, where 鄂尔多斯绿氢 and 惠州新能源汽车
    name a kind."""
    rest = [t for t in words[1:] if not re.fullmatch(r"\d{4}|年", t.word)]
    return len(words) >= 3 and _opens_on_place(ctx, words) and not province(words[0]) \
        and len(rest) >= 2 and sum(len(t.word) for t in rest) >= 6 \
        and all(t.tag != "ns" and not t.word.endswith(("区", "园")) for t in rest)  # (天长经开区新材料项目: a kind)


def _placed_work(ctx: Context, words: list[Token]) -> bool:
    """Whether the words before 项目 are a place and one work of it (船山通用机场, 盘州市氢能重卡示范运营): one
    project of that place, where 鄂尔多斯绿氢 names a kind of project."""
    rest = "".join(t.word for t in words[1:])
    return len(words) >= 2 and len(rest) >= 2 and _opens_on_place(ctx, words) and not province(words[0]) \
        and PLACED_WORK_RE.search(rest) is not None


def _opens_on_place(ctx: Context, words: list[Token]) -> bool:
    """Whether the words before 项目 open on a place (a region, a known name), not on a figure's words."""
    return (words[0].tag == "ns" or ctx.known(words[0].word)) and not ctx.in_figure(words[0])


# verbs that act on a project named elsewhere (看, 说, 要, 得): 项目 after one is their object, no name's suffix
ACTING_VERBS = {"宣布", "叮嘱", "嘱咐", "察看", "查看", "视察", "考察", "调研", "观摩", "参观", "走访", "看望", "了解",
                "听取", "呈现", "取得", "跟着", "围绕", "盯紧", "盯住", "督促", "推动", "保障", "要求", "强调", "指出",
                "表示", "希望", "助力", "争取", "招引", "洽谈", "服务", "聚焦", "抓好", "抓实", "狠抓", "紧盯", "协调"}


def _acted_on(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the word right before 项目 is a verb acting on a project (察看项目, 宣布项目开工), or a verb after
    a person's name (梁振宇叮嘱项目方): the words then name no project."""
    if last <= first or tokens[last].word != "项目":
        return False
    verb = tokens[last - 1]
    if not verb.tag.startswith("v") or verb.tag == "vn" or verb.word in PROJECT_VERBS or len(verb.word) != 2:
        return False  # (晶/圆/vg: a character of a product jieba read as a verb)
    person = last - 2 >= first and tokens[last - 2].tag in ("nr", "nrfg", "nrt") and len(tokens[last - 2].word) >= 2
    return verb.word in ACTING_VERBS or person
