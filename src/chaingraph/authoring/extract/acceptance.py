"""Whether the words found before a suffix make a name: not a fragment, not a kind of thing.

A name needs something that says which one: a place, a proper noun, a brand jieba does not
know, a national prefix (国家…中心); a park may be named by a rare noun (板仓工业园区), a platform
by the industry it serves (氢能关键材料中试平台), a government body by its level alone (市经信局).
Words that only say what kind of thing (生产制造基地, 公共服务平台, 全资子公司, 国家级…创新中心),
a company's facility (运营中心, 生产基地), a count of projects (光伏玻璃项目4个) or a category of
them (光伏产业链项目) name nothing.
"""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary, word_frequency
from chaingraph.authoring.extract.fragments import fragment_problem
from chaingraph.authoring.extract.name_words import CJK_WORD, COMPASS, PHASE, Context, place, place_read_as_verb
from chaingraph.authoring.extract.project_names import placed_product, project_named
from chaingraph.authoring.extract.rules import (
    ALIAS_OPENING,
    BARE_ZONES,
    CJK_NAME,
    FACILITY_STEMS,
    GENERIC_STEMS,
    HUB_SUFFIXES,
    INDUSTRY_WORDS,
    KIND_OF,
    LEVEL_WORDS,
    NAME_VERBS,
    NEW_TOWN_SUFFIXES,
    NOT_NAMES,
    PARK_BASE_STEMS,
    PRODUCT_GENERIC,
    PROPER_TAGS,
    SUFFIX_CLASSES,
    SUFFIXES,
    ZONE_WORDS,
    clause_start_before,
)
from chaingraph.authoring.extract.schools import is_school
from chaingraph.authoring.extract.tokens import Token, is_pronoun
from chaingraph.authoring.extract.words import FUNCTION_CHARS, generic_word

# product suffixes that alone name a kind of goods, not a product
PRODUCT_KINDS = {"材料", "电池", "设备", "装备", "组件", "器件", "药物", "制剂", "试剂", "玻璃", "面板", "模组", "芯片",
                 "电机", "壳体", "零部件", "系统", "汽车", "粉", "阀"}
LEVEL_QUALIFIERS = ("国家级", "省级", "市级", "县级", "区级", "世界级", "国际级")
# 冷链物流一期工程, 德昌500千伏输变电工程: one project; 重点工程, 民生工程: kinds of work
ONE_WORK_RE = re.compile(r"[一二三四五六七八九十\d]期工程$|\d(?:千伏|kV|KV)[\u4e00-\u9fff]{0,12}工程$")
SPECIFIC_ALONE = {"University", "Publisher"}  # X大学, X日报 are names whatever words X is made of
NATIONAL = ("国家", "中国", "全国", "中央", "中华")
RARE = 1000  # jieba counts common nouns in thousands
RARE_PLACE = 200  # adjectives and adverbs rarer than this are place names jieba mistook (固安, 正定)


# suffixes of the names of things that are not made: a word ending in one says where or who, not which
# (光谷 of 光谷生物城 names which park: a valley or hub word heads a name, see ``suffixes.suffix_at``)
NAMING_SUFFIXES = tuple(s for s, cls in SUFFIX_CLASSES.items()
                        if KIND_OF[cls] != "product" and s not in HUB_SUFFIXES and len(s) >= 2)  # not 谷 of 光谷
# the suffixes of each kind's names, made once: the checks below test many tokens per article
SUFFIXES_OF_KIND = {kind: tuple(s for s, cls in SUFFIX_CLASSES.items() if KIND_OF[cls] == kind)
                    for kind in {KIND_OF[cls] for cls in SUFFIX_CLASSES.values()}}
ALL_SUFFIXES = tuple(SUFFIX_CLASSES)
PRODUCT_SUFFIXES = SUFFIXES_OF_KIND["product"]
ORGANISATION_SUFFIXES = SUFFIXES_OF_KIND["organisation"]


# 市行政中心, 市民中心, 国际会展中心: a place's buildings named by what they host
VENUE_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}?[省市县区]?(?:行政|市民|会展|会议|博览|体育|文化艺术)中心$")


def acceptable(ctx: Context, name: str, cls: str, first: int, j: int, last: int) -> bool:
    """Whether `name` (tokens first..last, its suffix starting in token j) is a name of class `cls`."""
    tokens = ctx.tokens
    suffix = next(s for s in SUFFIXES if name.endswith(s))
    stem = name[: -len(suffix)]
    kind = KIND_OF[cls]
    if fragment_problem(name):
        return False
    if kind == "organisation" and PHOTO_CREDIT_RE.search("".join(t.word for t in tokens[max(0, first - 3):first])):
        return False  # 图片｜科技城管委会: who supplied the photos, a credit of the page and no entity of the article
    if QUOTED_KIND_RE.fullmatch(name):
        return False  # 对口合作共建的“飞地”园区: a kind of park, the quoted word its type
    if any(t.word == "暨" for t in tokens[first:last + 1]):
        return False  # 推进会暨中试基地入驻仪式: 暨 alone joins two events, no name holds it (诸暨, 暨南大学 do)
    if name.startswith("年") and first > 0 and tokens[first - 1].word[-1:].isdigit():
        return False  # 到2027年新片区…: the year's 年 starts no name
    if TASK_VERB_RE.match(name):
        return False  # （二）建好产业平台载体, 用好园区: a task's verb and its result, no brand
    if kind == "product" and name == suffix and len(suffix) >= 2 and suffix not in PRODUCT_KINDS:
        return True  # 正极材料, 电解液, 隔膜, 电芯 (not 材料, 电池 alone)
    if len(name) < 3 or not stem or name in NOT_NAMES:
        return False
    if kind == "organisation" and VENUE_RE.search(name):
        return False  # 签约仪式在市行政中心举行: a building where things happen, no body
    if kind == "organisation" and ("某" in stem or tokens[last + 1:last + 2] and tokens[last + 1].word[:1] == "某"):
        return False  # 由中国科学院某研究所团队创办: the writer withholds which one (nor is 中国科学院 the founder)
    if suffix in NEW_TOWN_SUFFIXES and not _new_town_named(ctx, first, last):
        return False  # 打造宜居宜业科技新城: what a place means to become; 落户淞宝创新城: where a plant goes
    if name.endswith("共建园区") or suffix == "共建园" and "".join(t.word for t in tokens[last + 1:last + 2]) \
            .startswith("区"):
        return False  # 推进南北共建园区建设: parks two places build, said of a kind (常熟—泗洪共建园 is one)
    if kind == "park" and suffix == "园区" and stem.endswith(("开发区", "高新区", "经开区", "新区", "园区", "产业园")):
        return False  # 文安经济开发区园区概况: a page about the zone, which 园区 names again; no park of its own
    if suffix == "经济区" and not _zone_brand(ctx, tokens[j - 1] if j > first else None):
        return False  # 成渝经济区, 北部湾经济区: places that plan together, no zone
    if kind == "product":
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        if following is not None and _product_goes_on(following):
            return False  # 电池 in 电池片, 燃料电池 in 燃料电池电堆, IGBT in IGBT芯片
        counted = re.match(r"[\d一二两三四五六七八九十]", name) and not re.match(r"[\d.]+(?:英寸|寸|纳米|nm)", name) \
            and not name.startswith(("一次性", "一体化"))  # 一次性使用无菌注射器 counts nothing
        return not (counted or stem in PRODUCT_GENERIC
                    or (following and following.word in ("产业", "行业", "领域", "企业", "产业链", "制造业", "制造",
                                                         "产业园", "产业集群", "基地")))
    if kind in ("park", "zone") or cls in ("Platform", "Incubator"):
        # A产业园和B产业园两个专业园区: the parks a count gathers; 区内锂电新能源产业园: the zone's own park
        if _listed_under_count(tokens, first, last, kind) or (kind == "park" and (
                _inside_zone(tokens, first) or _described_at_opening(tokens, first, last)
                or DECLARED_AFTER_RE.match("".join(t.word for t in tokens[last + 1:last + 6])))):
            return j > first and not all(generic_word(t.word, keep_industries=True) for t in tokens[first:j])
    if kind in ("park", "zone") and _called(tokens, first) and not any(place(ctx, t) for t in tokens[first:j]) \
            and (re.search(r"(?:特色|示范|重点|专业|主导|标杆)(?:产业)?(?:园区|园|基地|集聚区)$", name)
                 or name.endswith("基地") and _ranked_before(tokens, first)):  # 是我国重要的菱镁产业基地
        return False  # 萝北石墨产业园区…是全省重点打造的石墨新材料特色园区: what the park is called, no other park
    if cls == "Company" and suffix in ("集团", "企业") and j - first == 1 and _called(tokens, first):
        return False  # 塞澄乳业是…成长起来的乳业集团: what the firm is, its trade and a group; no name
    if (kind in ("park", "zone") or cls in ("Platform", "Incubator", "ResearchInstitute")) \
            and _counted(tokens, first, last, batch=kind == "organisation"):
        return False  # 12个氢能创新平台, 氢能创新平台12个, …创新平台集中揭牌: a kind of platform, counted or in a batch
    if kind in ("park", "zone") or cls in ("Platform", "Incubator"):
        if (_quoted(tokens, first, last) or re.match(r"“[^”]{2,8}”", name)) and stem not in GENERIC_STEMS:
            return True  # “碳材料创新港”, “陕北氢能中试基地”: the writer marks the words as a name
    if suffix.startswith("联合") and cls == "ResearchInstitute" and len(stem) >= 4 \
            and not all(generic_word(t.word, keep_industries=True) for t in tokens[first:j]):
        return True  # 整车电控联合实验室, 杂粮营养联合实验室: a lab two partners run is named by its field
    if stem.endswith(("领域", "行业", "赛道", "方向")):
        return False  # 新能源领域平台: the platforms of a field, not one platform
    if cls == "Platform" and co_built(ctx, first) \
            and not all(generic_word(t.word, keep_industries=True) for t in tokens[first:j]):
        return True  # A研究院与B学院共建的氢能中试基地: the partners named with it say which one
    phased = last + 1 < len(tokens) and PHASE.fullmatch(tokens[last + 1].word) is not None
    if kind == "park" and phased and not is_pronoun(name) and name != suffix \
            and not generic_word(stem, keep_industries=True) and not name.startswith(LEVEL_QUALIFIERS) \
            and (suffix != "基地" or stem.endswith(PARK_BASE_STEMS)):  # (整机制造基地一期: a plant's phase)
        return True  # 加快建设半导体产业园二期: a park built in phases is one park (配套产业园二期: a kind of park)
    if is_pronoun(name, tokens[first]) or stem in GENERIC_STEMS or name.startswith(LEVEL_QUALIFIERS):
        return False  # 该公司, 本基地, 产业园, 国家级…创新中心 (a rank to reach, not a name)
    stem_in_token = tokens[j].word[: len(tokens[j].word) - len(_suffix_part(tokens, j, last, suffix))]
    words = [t.word for t in tokens[first:j]] + ([stem_in_token] if stem_in_token else [])
    serves = cls in ("Platform", "ResearchInstitute", "Incubator")  # 氢能…中试平台 is named by what it serves
    placed = any(t.word.endswith(ALL_SUFFIXES) and t.word not in ZONE_WORDS and t.word not in NOT_NAMES
                 and (t.tag in PROPER_TAGS or ctx.known(t.word) or _park_city(t.word))
                 for t in tokens[first:j])  # 滨海新区集成电路产业园, 医学城创新孵化器 (the park's short form)
    if kind == "park" and tokens[first].word in BARE_ZONES + ("航空港区", "综保区") and j > first + 1:
        return True  # 开发区生物医药产业园, 航空港区氢能产业园: the park of the article's own zone
    if kind == "park" and _after_zone_alias(tokens, first) and j > first:
        return True  # 龙岩高新区（以下简称“高新区”）低空经济产业园: the zone's park, its name cut by the alias
    if all(generic_word(w, keep_industries=serves) or w.endswith(NAMING_SUFFIXES) for w in words) \
            and cls != "GovernmentBody" and not placed and not (cls == "University" and len(stem) >= 4) \
            and not (serves and not generic_word(stem, keep_industries=True)) \
            and not (cls == "Project" and placed_product(ctx, tokens[first:j])):
        return False  # 生物科技有限公司, 公共服务平台 (新/材料共享检测平台: an industry jieba cut in two still serves)
    if cls == "Project" and suffix == "工程" and not ONE_WORK_RE.search(name):
        return False  # 重点工程, 民生工程: a kind of work (ONE_WORK_RE)
    if cls == "Project":
        return project_named(ctx, name, stem, first, last)
    if suffix == "企业技术中心":
        return stem not in NATIONAL + LEVEL_WORDS  # 宏远重工企业技术中心; 国家企业技术中心 alone is the rank
    if cls == "Platform" and suffix == "平台" and last + 1 < len(tokens) and tokens[last + 1].word.startswith("公司"):
        return False  # 国有平台公司: a place's financing company (平台公司), no platform
    if cls == "Platform" and words and all(w in OWNERSHIP_WORDS for w in words):
        return False  # 由区属国有平台X集团有限公司: what a place's company is to it (平台公司), no platform
    if suffix == "工作站" and stem.endswith(PRODUCT_SUFFIXES):
        return False  # 焊接机器人工作站: a machine sold in sets, no 院士工作站
    if cls == "University" and is_school(ctx, name, first, last):
        return False  # 东北农业大学食品学院, X学院…共建的漆艺产业学院: a school, its university or college the body
    if cls == "Platform" and name.endswith("研发中心") and _company_department(ctx, first, stem):
        return False  # 穗驰汽车研发中心, X有限公司制剂研发中心: a company's own R&D department
    if cls == "Platform" and len(suffix) <= 2 and stem.endswith(FACILITY_STEMS):
        return False  # 运营中心, 结算中心: a company's facility (智能制造实训基地: its suffix says what it is)
    if cls == "IndustrialPark" and last == first + 1 and tokens[first].tag == "v" and tokens[last].word in HUB_SUFFIXES:
        return False  # 回看/光谷: a verb of the clause before a valley's or a hub's bare name
    if suffix == "基地" and not stem.endswith(PARK_BASE_STEMS):
        return False  # 生产基地, 研发基地: a plant, not a park
    if cls == "GovernmentBody" and re.fullmatch(r"[省市县区旗州盟]+(?:人民)?(?:政府|政协)|各?(?:苏木)?乡镇(?:人民)?政府"
                                                r"|各.{1,6}(?:人民)?政府", name):
        return False  # 县政府, 市政协: the place stands for its own government; 各乡镇人民政府, 苏木乡镇人民政府:
        # all of a county's townships, no one body
    if "".join(t.word for t in tokens[last + 1:last + 3]).startswith(
            ("供图", "供稿", "摄") if cls == "Publisher" else ("供图", "摄") if cls == "GovernmentBody" else ()):
        return False  # 两江新区融媒体中心供图, 南安市委宣传部供图: a photo's credit, chrome (供稿: who wrote it)
    if cls == "GovernmentBody":
        return levelled(ctx, first, j) or is_specific(ctx, first, j, stem_in_token)
    if cls in SPECIFIC_ALONE:
        return True
    if cls == "Fund" and tokens[first].word in ("省", "市", "县", "区", "州") and first + 1 < j:
        return True  # 省氢能产业投资基金, 市产业引导基金: a government's fund, named by its level (not 省级基金)
    if cls == "Company" and name.endswith("上市公司"):
        return False  # 一家浙江上市公司: a company the writer leaves unnamed, by where it is listed
    if cls == "Company" and suffix.endswith("社"):
        return is_specific(ctx, first, j, stem_in_token)  # 鹿溪中药材种植专业合作社 (not 农民专业合作社: a kind)
    if cls == "Company":
        return suffix != "公司" or not _kind_of_company(tokens, first, j)
    building = last + 1 < len(tokens) and tokens[last + 1].word == "项目"  # 先进封装测试基地项目: the project's name
    return is_specific(ctx, first, j, stem_in_token, rare=kind in ("park", "zone") or cls == "Fund",
                       industry=cls in ("Platform", "ResearchInstitute", "Incubator"), trade=not building)


# the verbs that say two partners build a platform together (A与B共建X, A和B联合建设的X)
CO_BUILD_RE = re.compile(r"(?:共建|共同建设|联合建设|合作建设|联合共建|合作共建|携手共建|共同组建|联合组建)的?$")


def co_built(ctx: Context, first: int) -> bool:
    """Whether the name follows the verb of two partners who build it together, named before it in its clause (A研究院
    与B学院共建人才培训基地, A和B共同建设的中试基地; one partner's name ends in an organisation's suffix): that one."""
    tokens = ctx.tokens
    lead = "".join(t.word for t in tokens[max(0, first - 3):first])
    if not CO_BUILD_RE.search(lead):
        return False
    partner = False  # (野趣户外与川北科技学院共建的…: a firm's short name, the college's suffix after 与)
    for k in range(first - 1, -1, -1):
        word = tokens[k].word
        if word in ("，", "；", "。", "：", "\n"):
            return False
        if word in ("与", "和", "同") and k > 0 and (partner or tokens[k - 1].word.endswith(ORGANISATION_SUFFIXES)):
            return True
        partner = partner or word.endswith(ORGANISATION_SUFFIXES)
    return False


TASK_VERB_RE = re.compile(r"[建办用做抓管搞育守打]好")
QUOTED_KIND_RE = re.compile(r"“[^“”]{1,4}”(?:园区|园|基地|平台)")
# 图｜, 摄影： before a name: a credit; not the 图 ending a word (发展蓝图：, 规划图：)
PHOTO_CREDIT_RE = re.compile(r"(?:图片|(?<![\u4e00-\u9fff])图|摄影|摄)\s*[｜|：:/]\s*$")
COUNT_RE = re.compile(r"[\d一二两三四五六七八九十百几多]+[个家座批类]|一批|多个|多家|若干")
BATCH_RE = re.compile(r"集中(?:揭牌|授牌|签约|开工|亮相|发布|落地|挂牌)")  # not 集中办公, 集中了


def _counted(tokens: list[Token], first: int, last: int, batch: bool) -> bool:
    """Whether a count stands right before or after the name (建成12个…平台, …平台12个) or, with `batch`, a batch
    follows it (…平台集中揭牌; a park before 集中签约 is where it is held): the name says what kind is counted."""
    before = "".join(t.word for t in tokens[max(0, first - 2):first])
    after = "".join(t.word for t in tokens[last + 1:last + 3])
    return bool(re.search(rf"(?:{COUNT_RE.pattern})$", before) or COUNT_RE.match(after)
                or (batch and BATCH_RE.match(after)))


COUNTED_HEAD_RE = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})[个大家座]")


def _listed_under_count(tokens: list[Token], first: int, last: int, kind: str) -> bool:
    """Whether the name closes a list of names of its kind that a count of them follows (A产业园和B产业园两个专业园区,
    A平台、B平台三大平台): each item is one of the things counted, named by its own words."""
    if first < 2 or tokens[first - 1].word not in ("和", "、", "及", "与") \
            or not tokens[first - 2].word.endswith(SUFFIXES_OF_KIND[kind]):
        return False
    after = "".join(t.word for t in tokens[last + 1:last + 4])
    count = COUNTED_HEAD_RE.match(after)
    return count is not None and after[count.end():].endswith(SUFFIXES_OF_KIND[kind])


# what a sentence about one park says of it: its area and the companies in it
PARK_DESCRIPTION_RE = re.compile(r"(?:总?规划(?:面积|用地)|占地|(?:目前|现)?已?入驻|现有企业|已集聚|已建成标准厂房)")


# what may come between a sentence's start and a park it opens on: a source (据介绍，) or a role (作为产业主阵地，)
LEAD_IN_RE = re.compile(r"(?:^|[。；！？])(?:(?:据介绍|据了解|目前|如今|眼下|当前|近年来|作为[^，。；]{2,14})，)?$")
# （以下简称“装备园”） after a park named by its industry alone: the writer names the one park it means
DECLARED_AFTER_RE = re.compile(ALIAS_OPENING)
# 是…的园中园, 作为X的“园中园”: the words that make the name before them a park inside a park
ENCLAVE_RE = re.compile(r"(?:是|作为)[^，。；]{2,18}?的?[“\"]?园中园")


def _called(tokens: list[Token], first: int) -> bool:
    """Whether the words before a name say what something is (是…的X, 被评为X, 获批X): a title, not a name."""
    before = "".join(t.word for t in tokens[max(0, first - 8):first])
    before = re.split(r"[，。；：！？]", before)[-1]
    return re.search(r"是[^，。；]{0,14}的$|(?:被评为|获评|获批|入选|成为|列为)$", before) is not None


def _ranked_before(tokens: list[Token], first: int) -> bool:
    """是我国重要的X基地, 是全国最大的X基地: a rank among the country's or province's bases, what a place is."""
    before = "".join(t.word for t in tokens[max(0, first - 8):first])
    return re.search(r"(?:我国|全国|国内|全省|省内|世界|全球)?(?:重要|最大|主要|知名|著名|领先)", before) is not None


def _described_at_opening(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the park opens its sentence and the sentence gives its area or its tenants (新能源汽车零部件产业园
    规划面积3.2平方公里, …已入驻企业38家): an article about a zone names its park by the industry alone, as the one
    it means."""
    before = "".join(t.word for t in tokens[max(0, first - 10):first])
    opens = first == 0 or not tokens[first - 1].word.strip() or LEAD_IN_RE.search(before) is not None \
        or before.endswith("所在的")  # 平台所在的风电装备产业园占地2400亩: the park the platform is in
    after = "".join(t.word for t in tokens[last + 1:last + 16])
    if ENCLAVE_RE.match(after):
        return opens  # 中医药科技产业园是南川工业园区重点打造的园中园: the article says it is a park in a park
    placed = re.match(r"，?位于[^。；]{2,16}?，", after)  # 储能产业园(，)位于开发区主城片区，规划面积8.6平方公里
    return opens and PARK_DESCRIPTION_RE.match(after, placed.end() if placed else 0) is not None


def _inside_zone(tokens: list[Token], first: int) -> bool:
    """Whether the park is named right after the words that place it inside the article's zone (区内, 高新区内):
    a zone's park is often named by its industries alone (区内锂电新能源产业园)."""
    k = first - 1
    while k >= 0 and tokens[k].word in ("—", "-", "：", ":", "－"):
        k -= 1
    if k < first - 1 and k >= 0 and tokens[k].word == "园中园":
        return True  # 园中园——储能装备配套园: a heading names the park inside the park
    if first > 2 and tokens[first - 1].word == "的":
        first -= 1  # 新材料园内的储能电池产业园, 开发区内的X产业园: a park inside, named short
    before = tokens[first - 1].word if first > 0 else ""
    return before in ("区内", "园内") or (before == "内" and first > 1 and (
        tokens[first - 2].word in ZONE_WORDS or tokens[first - 2].word.endswith(("园", "园区"))))


# words that say who owns a company or what role it plays for a place, not which company (国有平台公司)
OWNERSHIP_WORDS = {"国有", "国资", "平台", "全资", "下属", "旗下", "市属", "区属", "县属", "国有独资"}


def _kind_of_company(tokens: list[Token], first: int, j: int) -> bool:
    """池州经开区国有平台公司, 某区国资公司: a place's company named by the kind it is (国有, 平台, 国资) and a
    bare 公司 is a role the article describes, not a name: every word after the place says what kind."""
    words = [t.word for t in tokens[first:j]]
    rest = next((n for n in range(len(words), 0, -1) if words[n - 1].endswith(ZONE_WORDS)
                 or tokens[first + n - 1].tag == "ns"), 0)
    kinds = words[rest:]
    return bool(kinds) and rest > 0 and all(w in OWNERSHIP_WORDS for w in kinds)


def _after_zone_alias(tokens: list[Token], first: int) -> bool:
    """Whether the name starts right after a bracket declaring a zone's short name (X高新区（以下简称“高新区”）)."""
    if first < 2 or tokens[first - 1].word not in ("）", ")"):
        return False
    opening = next((k for k in range(first - 2, max(first - 10, -1), -1) if tokens[k].word in ("（", "(")), None)
    inside = "".join(t.word for t in tokens[opening + 1:first - 1]) if opening else ""
    return opening is not None and opening > 0 and "简称" in inside \
        and tokens[opening - 1].word.endswith(SUFFIXES_OF_KIND["zone"])


def _park_city(word: str) -> bool:
    """医学城, 科技城, 生物城: a park named as a city; alone, local news means its own (成都医学城)."""
    return len(word) >= 3 and word.endswith("城") and KIND_OF.get(SUFFIX_CLASSES.get(word, "")) == "park"


def _zone_brand(ctx: Context, word: Token | None) -> bool:
    """Whether the word before 经济区 names what a zone is built around (空港, 临空 of 天津空港经济区,
    郑州临空经济区) rather than places that plan together (成渝, 淮海, 海峡西岸, 北部湾 经济区)."""
    return word is not None and word.tag not in ("ns", "nr", "s") and word.word not in ctx.gazetteer.regions \
        and word.word not in ctx.gazetteer.economic and word.word not in COMPASS \
        and CJK_WORD.fullmatch(word.word) is not None


# the words before a place where something is or happens (落户X, 在X, 以X为主阵地), and after its name the words of
# a place's own (X管委会, X内, X两个园区)
WHERE_BEFORE = {"在", "于", "落户", "落地", "入驻", "进驻", "位于", "以", "走进", "来到", "深入", "赴", "到", "和",
                "与", "及", "、", "，", "：", "；", "“", " ", "\n"}
WHERE_AFTER_RE = re.compile(r"(?:管委会|管理委员会|内|[两二三四五六七八九十]个园区)")


# the verbs of an aim a place's new town may be (打造宜居宜业科技新城, 建设成…智造新城): what it means to become
AIM_RE = re.compile(r"打造|建设成|建设为|建成|创建|争创|成为")
# the words of what a town should be like, which jieba may tag as places (宜居/ns 宜业, 产城融合)
TOWN_QUALITIES = {"宜居", "宜业", "产城", "宜商", "宜游"}


def _new_town_named(ctx: Context, first: int, last: int) -> bool:
    """Whether a place's new town named by its industry is one park: it opens on a place's name (淞宝创新城,
    台山工业新城; 绿色低碳科技新城, 宜居宜业智造新城 do not), stands where a place does, and no aim earlier in its
    clause makes it a goal."""
    tokens = ctx.tokens
    opening = tokens[first]
    named = opening.word not in TOWN_QUALITIES and (
        place(ctx, opening) or opening.tag in ("nr", "nz", "g", "j") or word_frequency(opening.word) < RARE_PLACE)
    before = "".join(t.word for t in tokens[:first])
    return named and _where_something_is(tokens, first, last) \
        and AIM_RE.search(before, clause_start_before(before, len(before))) is None


def _where_something_is(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the name stands where a place does: opening its sentence, after a verb or preposition of place
    (落户淞宝创新城, 在美安生态科技新城) or before its committee: a park, where 打造…科技新城 is an aim."""
    after = "".join(t.word for t in tokens[last + 1:last + 4])
    return first == 0 or tokens[first - 1].word in WHERE_BEFORE or re.sub(r"^\d+[.．、]\s*", "", "".join(
        t.word for t in tokens[max(0, first - 3):first])) == "" or WHERE_AFTER_RE.match(after) is not None


def _quoted(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the name stands alone in quotes (打造“榆林氢港”)."""
    return first > 0 and last + 1 < len(tokens) and tokens[first - 1].word == "“" and tokens[last + 1].word == "”"


def _product_goes_on(following: Token) -> bool:
    """Whether the word after a product's suffix continues its name (片, 壳, 电堆, 芯片)."""
    if KIND_OF.get(SUFFIX_CLASSES.get(following.word, "")) == "product":
        return True
    return len(following.word) == 1 and re.fullmatch(CJK_NAME, following.word) is not None \
        and following.word not in FUNCTION_CHARS and following.tag in ("n", "q", "ng", "k")


def _suffix_part(tokens: list[Token], j: int, last: int, suffix: str) -> str:
    """The part of token j that belongs to the suffix (科技股份 with suffix 股份 -> 股份)."""
    rest = len(suffix) - sum(len(t.word) for t in tokens[j + 1:last + 1])
    return tokens[j].word[len(tokens[j].word) - rest:] if rest > 0 else ""


def is_specific(ctx: Context, first: int, j: int, stem_in_suffix_token: str, rare: bool = False,
                industry: bool = False, trade: bool = False) -> bool:
    """Whether the words before the suffix name one thing: a place, a proper noun, a brand, a
    national prefix (国家…中心), or a word of a known name. A park, zone or fund may also be named by
    a `rare` noun that is no industry word (板仓工业园区, 光谷…产业基金); a platform by the `industry` it serves
    (氢能关键材料中试平台, but not 公共服务平台), or with `trade` by a narrow trade (先进封装中试平台)."""
    tokens = ctx.tokens[first:j]
    if len(stem_in_suffix_token) >= 2 and _specific_word(ctx, stem_in_suffix_token, "n"):
        return True
    for n, token in enumerate(tokens):
        if _specific_word(ctx, token.word, token.tag):
            return True
        if (rare and _rare_noun(token)) or (industry and _serves(token.word) and len(tokens) >= 2):
            return True
        if rare and n == 0 and place_read_as_verb(token):
            return True  # 象鼻/v 储能材料产业社区: a place jieba took for a verb opens the name
        if industry and trade and len(tokens) >= 2 and (_rare_noun(token) or _rare_work(token)):
            return True  # 羊绒产业创新中心, 船用物资保税供应平台, 先进封装中试平台: a narrow field says which one
        if industry and token.word in COMPASS:
            return True  # 西部细胞治疗技术创新中心: a region's platform, named by its part of the country
        if len(token.word) == 1 and n + 1 < len(tokens) and len(tokens[n + 1].word) == 1 \
                and not {token.word, tokens[n + 1].word} & FUNCTION_CHARS:
            return True  # 中/天 科技: a brand jieba cut into characters
    return False


def _serves(word: str) -> bool:
    """An industry or a material a platform serves (氢能, 复合材料 of 碳纤维复合材料协同创新平台)."""
    return word in INDUSTRY_WORDS or (len(word) >= 3 and word.endswith(("材料", "器件", "装备", "药物")))


SELDOM_WORK = 200  # a work jieba seldom saw is a narrow trade (封装 112, 印染 100), not a kind of service (孵化 454)


def _rare_work(token: Token) -> bool:
    """The narrow work of one trade a platform serves (封装 of 先进封装中试平台, 印染, 提纯)."""
    return token.word in NAME_VERBS and not generic_word(token.word) and word_frequency(token.word) < SELDOM_WORK


def _specific_word(ctx: Context, word: str, tag: str) -> bool:
    if word in GENERIC_STEMS or word in INDUSTRY_WORDS or word in ZONE_WORDS or word in NOT_NAMES:
        return False
    if ctx.known(word) or word.startswith(NATIONAL) or re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]*", word):
        return True
    if tag in PROPER_TAGS:
        return True
    return bool(CJK_WORD.fullmatch(word)) and not in_dictionary(word)


def _rare_noun(token: Token) -> bool:
    """A noun jieba's dictionary has but seldom saw (板仓, 松山湖): a place word more than a kind."""
    if token.word in GENERIC_STEMS or token.word in INDUSTRY_WORDS or len(token.word) < 2 or generic_word(token.word):
        return False  # 汽车产业: industry words jieba keeps as one rare word
    if token.word.endswith(PRODUCT_SUFFIXES):
        return False  # 碳纤维产业片区: a material says what the park is for, not which one
    if token.tag in ("a", "d", "ad") and len(token.word) == 2:
        return word_frequency(token.word) < RARE_PLACE  # 固安/a 产业新城, 正定/d: a county read as a word
    return token.tag.startswith("n") and word_frequency(token.word) < RARE


def levelled(ctx: Context, first: int, j: int | None = None) -> bool:
    """A government body named by its level (市经信局, 区管委会, 高新区管委会, 省发展改革委) or by the zone
    it runs (空港经济区管委会, 航空港区管委会: a zone's type or short form right before the suffix)."""
    word = ctx.tokens[first].word
    zone = j is not None and j > first and ctx.tokens[j - 1].word.endswith(SUFFIXES_OF_KIND["zone"])
    return word.startswith(LEVEL_WORDS) or word in ZONE_WORDS or ctx.known(word) or zone


# what heads a 研发中心 that is a platform: a college, an institute, a hospital, a zone, two partners (重庆大学—宜宾…)
HOSTED_RD_RE = re.compile(r"大学|学院|研究院|研究所|科学院|医院|新区|高新区|经开区|开发区|联合|—|与")


def _company_department(ctx: Context, first: int, stem: str) -> bool:
    """Whether a 研发中心 is a company's department: its stem names a company, or opens on neither a place, a level,
    an economic region nor a host that makes it a platform (海城市服装设计研发中心, 成渝氢能研发中心, 某大学…)."""
    head = ctx.tokens[first]
    placed = levelled(ctx, first) or head.word in ctx.gazetteer.regions or head.tag == "ns" \
        or any(region.startswith(head.word) for region in ctx.gazetteer.economic)  # (成渝 of 成渝地区…)
    return bool(re.search(r"公司|集团", stem)) or not (placed or HOSTED_RD_RE.search(stem))
