"""Where a name that ends in a class suffix starts.

A name is walked back from its suffix over name-like words: proper nouns (nr, ns, nt, nz),
words jieba's dictionary does not know (brands: 容钠, 乐森, 超威), runs of single characters
jieba split out of a brand (亿/纬/锂/能), nouns, and the verbs names are made of (投资, 发展).
It stops at punctuation, a function word, another verb, a figure and at a title in 《》; a
place in brackets between a brand and its suffix is kept (乐森机器人（深圳）有限公司). Verbs
that lead into a name are dropped (建设生产制造基地 -> 生产制造基地); whether what is left names
one thing is for ``acceptance`` to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chaingraph.authoring.extract.rules import (
    CJK,
    CJK_NAME,
    FALSE_SUFFIX_WORDS,
    HUB_SUFFIXES,
    INDUSTRY_TAILS,
    INDUSTRY_WORDS,
    KIND_OF,
    LEGAL_SUFFIXES,
    MAX_NAME,
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
from chaingraph.authoring.extract.tokens import Token, in_dictionary, is_pronoun
from chaingraph.authoring.extract.words import (
    FUNCTION_CHARS,
    LEADING_VERBS,
    LIST_TRIGGERS,
    STOP_WORDS,
    generic_word,
)
from chaingraph.authoring.gazetteer import Gazetteer

# Words that join a name whatever jieba tags them (自贡高新中平…基金: 高新 is the zone's short name).
# 氢能产业引导基金, 现代产业引导基金: jieba tags 引导 a verb, 现代 a time word; 自主创新园; 首台（套）验证…平台
NAME_JOINERS = {"高新", "经开", "城投", "产投", "国投", "交投", "发展", "控股", "投资", "建设", "科创", "之",
                "引导", "现代", "自主", "首台", "首台套"}
# Verbs a project's name may hold (what the project does), not what is done to it.
PROJECT_VERBS = {"示范", "治疗", "制备", "回收", "利用", "加工", "改造", "提升", "扩能", "技改", "储存", "存储", "封装",
                 "测试", "检测", "研发", "孵化", "配套", "集成", "应用", "制造", "生产", "智造", "循环", "综合利用",
                 "扩产", "扩建", "改扩建", "升级", "搬迁"}
# units that say which kind of product, not how much of it (12英寸晶圆, 28纳米芯片)
SPEC_UNITS = {"英寸", "寸", "纳米", "nm", "代", "位", "层", "微米"}
# What may stand in brackets inside a name besides a place: 四川发展（控股）有限责任公司.
BRACKET_WORDS = {"控股", "集团", "股份", "中国", "有限合伙", "筹",
                 "专家", "套"}  # 院士（专家）工作站, 首台（套）验证公共服务平台
# directions jieba tags f, and names hold (北方稀土, 东方电气, 西部矿业, 华东勘测, 黄河上游水电)
DIRECTIONS = {"东方", "西方", "南方", "北方", "东部", "西部", "南部", "北部", "中部", "华东", "华南", "华北", "华中",
              "西南", "西北", "东北", "东南", "上游", "中游", "下游"}
# the compass points of DIRECTIONS: a region's head (西部细胞治疗技术创新中心), not a stage of a chain
COMPASS = DIRECTIONS - {"上游", "中游", "下游"}
# time words that are brands of parks and zones (湘湖未来产业园, 金坛未来科技城): jieba tags them t
TIME_BRANDS = {"未来", "明日", "明天", "新时代", "新世纪"}
# 三大平台, 两大园区: a count of the names just listed, no word of the last one's name
COUNT_WORD = re.compile(r"[一二两三四五六七八九十几多]大")
CJK_WORD = re.compile(rf"{CJK_NAME}{{2,}}")
PHASE = re.compile(r"[一二三四五六七八九十\d]+期")
ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")


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


def suffix_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """(suffix, index of the token it starts in) when the words ending with token i end in a suffix."""
    tail, starts = "", []
    for j in range(i, max(i - 3, -1), -1):
        tail = tokens[j].word + tail
        starts.append((len(tail), j))
    suffix = next((s for s in SUFFIXES if tail.endswith(s)), None)
    if suffix is None:
        return None
    j = next(j for length, j in starts if length >= len(suffix))
    if j == i and tokens[i].word in FALSE_SUFFIX_WORDS:
        return None
    if suffix == "园" and (tokens[i].word != "园" or i < 1 or len(tokens[i - 1].word) < 2
                          or not (tokens[i - 1].tag[:1] in ("n", "l", "j") or tokens[i - 1].word == "”")):
        return None  # 公园, 校园, 入园: words of their own; 新材料/园, 大飞机/园: what the park gathers, then 园
    if suffix == "谷" and not (tokens[i].word == "谷" and i >= 2 and tokens[i - 2].tag == "ns"
                               and CJK_WORD.fullmatch(tokens[i - 1].word) and tokens[i - 1].tag in ("n", "l", "nz")):
        return None  # 龙岩/无人机/谷: a place, what it makes, and 谷 cut off; 低谷, 峡谷 are words
    if j < i and tokens[j].word in FALSE_SUFFIX_WORDS | STOP_WORDS:
        return None
    if (suffix in HUB_SUFFIXES or suffix == "谷") and not suffix.endswith("城") and i + 1 < len(tokens) \
            and _goes_on(tokens[i + 1]):  # (a market town, 家纺城/交易额, heads no longer name)
        return None  # 光谷生物城, 碳谷新材料有限公司, “龙城碳谷”众创空间: the valley heads a longer name
    return suffix, j


def _goes_on(token: Token) -> bool:
    """Whether a token after a park's valley or hub word continues a name rather than the clause."""
    return token.word in ("”", "’") or (re.match(rf"[{CJK}A-Za-z]", token.word) is not None
                                       and (token.tag[:1] in ("n", "a", "j", "b", "s") or token.tag in ("vn", "eng")))


def name_start(ctx: Context, i: int, j: int, kind: str) -> int:
    """Index of the first token of the name whose suffix starts in token j and ends with token i."""
    tokens = ctx.tokens
    tail = "".join(t.word for t in tokens[j:i + 1])
    official = tail.endswith(("局", "厅", "委员会", "部", "委"))
    lab = tail.endswith(("实验室", "研究院", "研究所", "研究中心", "中心", "平台"))
    first, length = j, sum(len(t.word) for t in tokens[j:i + 1])
    while first > 0:
        step = _step_back(ctx, first, i, kind, official, lab)
        added = sum(len(t.word) for t in tokens[first - step:first])
        if not step or length + added > MAX_NAME[kind]:
            break
        if kind == "project" and tokens[first - 1].word in PROJECT_STOPS:
            break
        if tokens[first - 1].word in LEADING_VERBS and place(ctx, tokens[first]) and first != j:
            break  # 在经开区建设云南省…中试平台: the verb is the clause's, the name starts at the place after it
        if tokens[first - 1].word in LEADING_VERBS and kind in ("park", "zone") and first != j \
                and tokens[first].tag in PROPER_TAGS:
            break  # 全力建设蓝田碳纤维产业园: a proper name after the clause's verb starts the park's name
        if kind == "park" and tokens[first - 1].word.endswith(("开发区", "高新区", "经开区")) and first != j \
                and place(ctx, tokens[first]) and tokens[j].word == "谷":
            break  # 龙岩高新技术产业开发区龙岩无人机谷: the zone, then the valley named by its own place
        if tokens[first - 1].word in LEADING_VERBS and first >= 2 and _ends_a_name(tokens[first - 2].word):
            break  # 渌口经开区建设新材料中试基地, X研究中心获批省级平台: a whole name, then the clause's verb
        if tokens[first - 1].word in LEADING_VERBS and first >= 3 and tokens[first - 3].word in ("在", "于", "赴") \
                and first != j:
            break  # 在西咸建设电子信息配套产业园: where the clause builds (a zone's short form), then its verb
        first -= step
        length += added
    return first


def listed_head(ctx: Context, first: int) -> int | None:
    """正定/生物医药产业园 after 石家庄国际生物医药园、: in a list of parks or zones, the word before a
    generic name is its place, whatever jieba tags it (正定 an adverb); the index of that word."""
    tokens = ctx.tokens
    if first < 3:
        return None
    head, mark, sibling = tokens[first - 1], tokens[first - 2], tokens[first - 3]
    if mark.word not in ("、", "和", "及", "以及") or not CJK_WORD.fullmatch(head.word) or len(head.word) != 2:
        return None
    if head.word in LEADING_VERBS or head.word in STOP_WORDS or head.word in PROJECT_STOPS \
            or head.tag == "t" or generic_word(head.word) or ctx.in_figure(head):
        return None
    ends = next((s for s in SUFFIXES if sibling.word.endswith(s)), None)
    return first - 1 if ends and KIND_OF[SUFFIX_CLASSES[ends]] in ("park", "zone") else None


def _ends_a_name(word: str) -> bool:
    """Whether a word is the suffix of a whole organisation, zone or park (经开区, 工程技术研究中心)."""
    return word in SUFFIX_CLASSES and KIND_OF[SUFFIX_CLASSES[word]] in ("organisation", "zone", "park")


def place(ctx: Context, token: Token) -> bool:
    return token.word in ctx.gazetteer.regions or token.tag == "ns" or token.word in ZONE_WORDS


def _step_back(ctx: Context, first: int, last: int, kind: str, official: bool, lab: bool) -> int:
    """How many tokens right before `first` belong to the name (0: the name starts at `first`)."""
    tokens = ctx.tokens
    token = tokens[first - 1]
    if lab and token.word in ("与", "和") and first > 1 and tokens[first - 2].tag in ("n", "vn") \
            and not tokens[first - 2].word.endswith(tuple(SUFFIX_CLASSES)) and name_part(ctx, first - 2, kind):
        return 1  # 稀土资源研究与综合利用国家重点实验室: a lab is named by the work it does
    if token.word in ("）", ")") and kind in ("organisation", "zone", "park", "project"):
        return _bracket(ctx, first - 1, kind)
    if token.word == "”" and kind in ("organisation", "zone", "park"):
        return _quoted_brand(ctx, first - 1)
    if (kind in ("zone", "park") or kind == "organisation" and _research(tokens[last].word)) \
            and joined_by_mark(ctx, first - 1, kind):
        return 1  # 陇原大学—锂泰…联合实验室, 亦庄·徐水…飞地园区: two partners name what they run together
    if kind == "organisation" and region_verb(ctx, first - 1, last):
        return 2  # 陕西/延长/石油（集团）有限责任公司: a place, then a brand jieba read as a verb
    if kind in ("organisation", "project") and verb_brand(ctx, first - 1, last):
        return 1  # 远航/新材料股份有限公司: without the verb jieba read, the company would have no brand
    if (official and token.word == "和" and first > 1  # 经济和信息化局, 住房和城乡建设局
            and not tokens[first - 2].word.endswith(tuple(SUFFIX_CLASSES))):
        return 1
    if kind in ("organisation", "project") and brand_conjunction(ctx, first - 1):
        return 2  # 瑞和生物科技有限公司, 包头天和磁材…: the brand's 和 is no conjunction
    if kind in ("organisation", "project") and brand_verb(ctx, first - 1):
        return 2  # 钠/启新/能源: jieba read the brand's last two characters as a verb
    if kind == "project" and token.word in ("及", "和") and ctx.in_figure(tokens[first]) \
            and _made_item_before(ctx, first - 1):
        return 1  # 年产20万吨特种聚酯及10万吨可降解材料项目: the project makes both items
    if kind == "project" and token.word == "及" and first > 1 and name_part(ctx, first - 2, kind) \
            and not ctx.known(tokens[first - 2].word) and tokens[first].word not in ("年产", "年产能") \
            and not ctx.in_figure(tokens[first]):  # 燃料电池电堆及膜电极生产基地项目, not 总部及年产…项目
        return 1
    if name_part(ctx, first - 1, kind):
        return 1
    return _after_company(ctx, first) if kind == "project" else 0


def _made_item_before(ctx: Context, mark: int) -> bool:
    """Whether the words right before a 及/和 at `mark` are a figure and what it measures (20万吨特种聚酯)."""
    if ctx.tokens[mark + 1].word.startswith("年产"):
        return False  # 年产5万吨A项目和年产3万吨B项目: two projects, each named in full
    for m in range(mark - 1, max(mark - 5, -1), -1):
        word = ctx.tokens[m].word
        if ctx.in_figure(ctx.tokens[m]):
            return m < mark - 1
        if not re.fullmatch(rf"{CJK_NAME}+", word) or word in STOP_WORDS or word.endswith("项目"):
            return False
    return False
def _research(word: str) -> bool:
    """Whether a word ends the name of a lab, a platform or an incubator (what partners run together)."""
    suffix = next((s for s in SUFFIXES if word.endswith(s)), None)
    return suffix is not None and SUFFIX_CLASSES[suffix] in ("Platform", "ResearchInstitute", "Incubator")


# the marks that join two partners in one name: an em dash, a hyphen, a middle dot
PARTNER_MARKS = ("—", "－", "-", "·", "•")


def joined_by_mark(ctx: Context, k: int, kind: str) -> bool:
    """Whether token k, a single dash or middle dot, joins two partners in one name: for a lab or a
    platform the first partner is a whole organisation (陇原大学—锂泰新能源…联合实验室, 清华大学—长城汽车…),
    for a park or zone a place or a proper name (亦庄·徐水…飞地园区, 株洲·中国动力谷…). A double dash
    (园中园——海宁经编新材料园) sets a name apart, it joins none."""
    tokens = ctx.tokens
    if not (0 < k < len(tokens) - 1 and tokens[k].word in PARTNER_MARKS):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    if before.word in PARTNER_MARKS or after.word in PARTNER_MARKS or not CJK_WORD.fullmatch(before.word) \
            or not re.match(rf"[{CJK}A-Za-z]", after.word) or ctx.in_figure(before):
        return False
    if kind == "organisation":
        whole = before.word.endswith(tuple(s for s, c in SUFFIX_CLASSES.items() if KIND_OF[c] == "organisation"))
        brand = k >= 2 and before.tag.startswith("n") and (  # 柏盛医疗—湘北医学院…: a company's short name
            tokens[k - 2].tag in PROPER_TAGS or (CJK_WORD.fullmatch(tokens[k - 2].word) is not None
                                                 and not in_dictionary(tokens[k - 2].word)))
        return (whole or brand or ctx.known(before.word) or before.tag == "nt") and name_part(ctx, k + 1, kind)
    proper = before.tag in PROPER_TAGS or ctx.known(before.word) or place(ctx, before)
    placed_after = place(ctx, after) or ctx.known(after.word)
    return (proper and (after.tag in PROPER_TAGS or placed_after)) or (  # 大兴/b·涿州: a place jieba tags b
        placed_after and len(before.word) == 2 and before.tag[:1] in ("b", "a", "n"))


def _after_company(ctx: Context, first: int) -> int:
    """X有限公司船用低速柴油机曲轴项目: the words between a company's name and 项目 are the project's,
    whatever jieba tags them (低速 an adverb, 巡检 a verb); how many of them lie before `first`."""
    tokens = ctx.tokens
    for m in range(first - 1, max(first - 6, -1), -1):
        word = tokens[m].word
        if word.endswith(("有限公司", "公司", "集团")) and m < first - 1:
            return first - 1 - m
        if not re.fullmatch(rf"[{CJK}A-Za-z]+", word) or word in STOP_WORDS or word in LEADING_VERBS \
                or word in PROJECT_STOPS or ctx.in_title(tokens[m]):
            return 0
    return 0


def _quoted_brand(ctx: Context, close: int) -> int:
    """“龙城碳谷”众创空间, “蓉药”众创空间: a brand in quotes right before the suffix is the name's
    head; how many tokens from the opening quote to the closing one."""
    tokens = ctx.tokens
    for open_ in range(close - 1, max(close - 6, -1), -1):
        if tokens[open_].word == "“":
            inside = tokens[open_ + 1:close]
            if inside and all(re.fullmatch(rf"[{CJK}A-Za-z0-9]+", t.word) and t.word not in STOP_WORDS
                              for t in inside) and sum(len(t.word) for t in inside) <= 8:
                return close - open_ + 1
            return 0
    return 0


def region_verb(ctx: Context, k: int, last: int) -> bool:
    """Whether token k, a two-character verb after a province or city, is the brand of a company
    named after its place (陕西延长石油（集团）有限责任公司): the name ends in a legal suffix, the
    place opens it (after a boundary), and a noun follows the verb."""
    tokens = ctx.tokens
    if not (1 <= k < len(tokens) - 1 and tokens[k].tag == "v" and len(tokens[k].word) == 2
            and CJK_WORD.fullmatch(tokens[k].word) and tokens[k].word not in LEADING_VERBS
            and tokens[k].word not in STOP_WORDS and tokens[k - 1].word in ctx.gazetteer.regions):
        return False
    if not tokens[last].word.endswith(("有限公司", "有限责任公司", "集团")):
        return False
    before = tokens[k - 2] if k >= 2 else None
    return (before is None or not re.match(r"\w", before.word) or before.word in STOP_WORDS
            or before.word in LEADING_VERBS) and tokens[k + 1].tag.startswith("n")


def verb_brand(ctx: Context, k: int, last: int) -> bool:
    """Whether token k, a two-character verb opening a clause or following a preposition or a place,
    is the brand of the company named after it (远航新材料股份有限公司, 与振兴材料科技有限公司签约):
    the words from k+1 to the legal suffix are all common words, so without k the company would be
    named by no one (精工股份有限公司 is no name)."""
    tokens = ctx.tokens
    word = tokens[k].word if 0 <= k < len(tokens) else ""
    if not (tokens[k].tag == "v" and len(word) == 2 and CJK_WORD.fullmatch(word)) or word in LEADING_VERBS \
            or word in STOP_WORDS or word in PROJECT_STOPS or word in LIST_TRIGGERS or ctx.in_title(tokens[k]):
        return False
    before = tokens[k - 1] if k >= 1 else None
    if not (before is None or not re.match(r"\w", before.word) or before.word in STOP_WORDS
            or before.word in LEADING_VERBS or before.word in LIST_TRIGGERS or ctx.known(before.word)
            or before.tag == "ns" or before.tag == "t"):
        return False
    for m in range(k + 1, last + 1):
        token = tokens[m]
        if token.word.endswith(LEGAL_SUFFIXES):
            return m > k + 1
        common = token.word in INDUSTRY_WORDS or token.word in INDUSTRY_TAILS or (
            re.fullmatch(rf"{CJK_NAME}+", token.word) and in_dictionary(token.word)
            and token.tag not in PROPER_TAGS and not (token.tag.startswith("v") and token.tag != "vn"))
        if not common or ctx.known(token.word):
            return False  # 远航/新/材料, 飞扬/光电: adjectives and industry words name no one
    return False


def brand_conjunction(ctx: Context, k: int) -> bool:
    """Whether token k, a 和 or 与, belongs to a brand (瑞和, 天和): a lone character before it that
    starts a name (after a place or a boundary), and a word of a name after it."""
    tokens = ctx.tokens
    if tokens[k].word not in ("和", "与") or k < 1 or k + 1 >= len(tokens) or not _brand_char(tokens[k - 1]):
        return False
    before = tokens[k - 2] if k >= 2 else None
    starts = before is None or ctx.known(before.word) or before.tag == "ns" or not re.match(r"[\w]", before.word) \
        or before.word in STOP_WORDS or before.word in LEADING_VERBS
    after = tokens[k + 1]
    return starts and re.fullmatch(rf"{CJK_NAME}{{2,}}", after.word) is not None and after.word not in STOP_WORDS \
        and not ctx.known(after.word) and after.tag != "ns"


def brand_verb(ctx: Context, k: int) -> bool:
    """Whether token k, a two-character verb, ends a brand that jieba cut in two (钠/启新 of 钠启新能源):
    a lone character that starts a name before it, and a word of a name after it."""
    tokens = ctx.tokens
    if not (0 < k < len(tokens) - 1 and tokens[k].tag == "v" and CJK_WORD.fullmatch(tokens[k].word)
            and len(tokens[k].word) == 2 and _brand_char(tokens[k - 1]) and _namey(tokens[k - 1])):
        return False
    before = tokens[k - 2] if k >= 2 else None
    return (before is None or ctx.known(before.word) or not re.match(r"\w", before.word)
            or before.word in STOP_WORDS or before.word in LEADING_VERBS) and name_part(ctx, k + 1, "organisation")


def _bracket(ctx: Context, close: int, kind: str) -> int:
    """乐森机器人（深圳）有限公司: a bracketed place between a brand and its suffix is part of the name."""
    tokens = ctx.tokens
    for open_ in range(close - 1, max(close - 5, 0), -1):
        if tokens[open_].word in ("（", "("):
            inside = tokens[open_ + 1:close]
            places = inside and all(t.word in ctx.gazetteer.regions or t.tag == "ns" or t.word in BRACKET_WORDS
                                    for t in inside)
            if kind == "project" and inside and all(PHASE.fullmatch(t.word) for t in inside):
                places = True  # 某某（二期）项目: the phase in brackets is part of the project's name
            if places and open_ > 0 and name_part(ctx, open_ - 1, kind):
                return close - open_ + 1
            return 0
    return 0


def name_part(ctx: Context, k: int, kind: str) -> bool:
    """Whether token k can be a word of a name of this kind."""
    token = ctx.tokens[k]
    word = token.word
    if ctx.in_title(token):
        return False
    in_figure = ctx.in_figure(token)
    if kind == "project":
        if in_figure or PHASE.fullmatch(word) or word in ("年产", "年产能"):
            return True
        following = ctx.tokens[k + 1].word if k + 1 < len(ctx.tokens) else ""
        if re.fullmatch(r"\d+(?:\.\d+)?", word) and following in SPEC_UNITS:
            return True  # 6英寸碳化硅衬底二期项目: the size is part of what the project makes
        if token.tag == "m" and re.fullmatch(r"[一二三四五六七八九十\d.]+", word) and following[:1] not in "个项家批":
            return True  # 六氟磷酸锂, 12英寸: a number inside a product's name, not a count of projects
        if token.tag == "s" and CJK_WORD.fullmatch(word) and not word.endswith("内"):
            return True  # 海上风电安装船项目, 体外诊断试剂项目 (not 区内, 国内: where, not what)
        if token.tag.startswith("v") and word in PROJECT_VERBS:
            return True  # 风光制氢一体化示范项目, 细胞治疗产业化基地项目
        if token.tag.startswith("v") and k > 0 and ctx.in_figure(ctx.tokens[k - 1]) and CJK_WORD.fullmatch(word):
            return True  # 年产30万吨再生铝…项目: after the figure comes what is made, whatever jieba tags it
        if any(ctx.in_figure(t) for t in ctx.tokens[max(0, k - 2):k]) and re.fullmatch(rf"{CJK_NAME}+", word) \
                and word not in STOP_WORDS and word not in FUNCTION_CHARS:
            return True  # 年产1.5万吨大丝束碳纤维项目: 大 and 丝束 (a measure word to jieba) are what is made
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
        if word in ("一次性", "使用") and "一次性使用" in "".join(t.word for t in ctx.tokens[max(0, k - 1):k + 2]):
            return True  # 一次性使用无菌注射器: a medical device's name says it is for one use
    before = ctx.tokens[k - 1].word if k > 0 else ""
    after = ctx.tokens[k + 1].word if k + 1 < len(ctx.tokens) else ""
    if COUNT_WORD.fullmatch(word) or COUNT_WORD.fullmatch(before + word) or COUNT_WORD.fullmatch(word + after):
        return False  # 萧山半导体检验检测中心三大平台, 两/大/平台: the name ends before the count
    if word in TIME_BRANDS and kind in ("organisation", "zone", "park") and k > 0 \
            and name_part(ctx, k - 1, kind) and ctx.tokens[k - 1].tag != "t":
        return True  # 湘湖未来产业园: 未来 after a place is the park's brand, not a time
    if kind in ("zone", "park") and ORDINAL.fullmatch(word) and k + 1 < len(ctx.tokens) \
            and ctx.tokens[k + 1].word in SUFFIX_CLASSES:
        return True  # 金山第二工业区: zones a place numbers
    if word in ("东", "西", "南", "北") and kind in ("organisation", "zone", "park") and k + 1 < len(ctx.tokens) \
            and place(ctx, ctx.tokens[k + 1]):
        return True  # 西/太湖科技产业园: a compass point jieba split from the place it heads
    if token.tag == "s" and kind in ("organisation", "zone", "park") and k + 1 < len(ctx.tokens) \
            and ctx.tokens[k + 1].word in INDUSTRY_WORDS and CJK_WORD.fullmatch(word) \
            and not word.endswith(("内", "外")):
        return True  # 陆丰海上风电装备产业园: 海上 is where the industry works, a word of the name
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
    if word in ("—", "-") and kind in ("zone", "park") and 0 < k < len(ctx.tokens) - 1 \
            and place(ctx, ctx.tokens[k + 1]) and CJK_WORD.fullmatch(ctx.tokens[k - 1].word):
        return True  # 新站—肥东产业合作园: a park two places build together is named by both
    if word in STOP_WORDS or not re.match(r"[\w〓]", word) or "〓" in word:
        return False
    if word in ("年", "月", "日", "号") and k > 0 and ctx.tokens[k - 1].word.isdigit():
        return False  # 1—11月川姜家纺城: a date before the name
    if len(word) == 1 and kind in ("organisation", "zone", "park", "project"):
        return word not in FUNCTION_CHARS and not word.isdigit() and (
            _namey(token) or token.tag.endswith("g") or _in_brand_run(ctx, k)
            or kind == "project")  # 电池/片, N/型 in a project's name
    if kind in ("organisation", "zone", "park", "project") and CJK_WORD.fullmatch(word) and not in_dictionary(word) \
            and not (word in LEADING_VERBS and token.tag.startswith("v")):
        return True  # a word jieba does not know: a brand (珈钠, 容钠, 乐森); not a verb it lacks (获批)
    if token.tag.startswith("v") and token.tag != "vn":
        return word in NAME_VERBS or (kind in ("organisation", "project") and _compound_verb(ctx, k)) \
            or (kind in ("organisation", "zone") and work_before_work(ctx, k))
    if token.tag == "s" and kind == "organisation" and CJK_WORD.fullmatch(word) and k + 1 < len(ctx.tokens) \
            and ctx.tokens[k + 1].word in NAME_VERBS:
        return True  # 光伏组件户外实证平台: where the platform tests, then what it does
    return _namey(token)


def work_before_work(ctx: Context, k: int) -> bool:
    """适航/验证 of 低空飞行器适航验证中试基地, 江海/联动/开发 of a 示范区: a verb between a noun and the
    work a platform or zone does (验证, 测试, 开发) says what that work is, a word of the name."""
    tokens = ctx.tokens
    return 0 < k < len(tokens) - 1 and CJK_WORD.fullmatch(tokens[k].word) is not None \
        and len(tokens[k].word) == 2 and tokens[k].word not in LEADING_VERBS and tokens[k].word not in STOP_WORDS \
        and tokens[k + 1].word in NAME_VERBS and tokens[k + 1].tag.startswith("v") \
        and tokens[k - 1].tag.startswith("n") and not ctx.in_figure(tokens[k - 1])


def _compound_verb(ctx: Context, k: int) -> bool:
    """质子/交换/膜, 联析/诊断/试剂: a verb between two nouns is a word of a compound noun, not a predicate."""
    tokens = ctx.tokens
    if not (0 < k < len(tokens) - 1 and CJK_WORD.fullmatch(tokens[k].word) and len(tokens[k].word) == 2):
        return False
    word = tokens[k].word
    if word in LEADING_VERBS or word in STOP_WORDS or word in PROJECT_STOPS or ctx.in_figure(tokens[k - 1]) \
            or word.endswith(("有", "在", "为", "是", "到")):
        return False  # 园区建有…实验室: the clause's verb
    before, after = tokens[k - 1], tokens[k + 1]
    if before.word in NOT_NAMES or before.word in ZONE_WORDS:  # 园区建有…
        return False
    if before.tag in ("nr", "nrfg", "nrt") and len(before.word) >= 2 and k > 1 and ROLE_RE.search(tokens[k - 2].word):
        return False  # 市长刘晓东宣布项目开工: a person, then what they do
    return (before.tag[:1] in ("n", "j", "s") or before.tag == "vn") and not ctx.known(before.word) \
        and (after.tag in ("n", "nz") or after.word in SUFFIX_CLASSES) \
        and CJK_WORD.fullmatch(before.word) is not None  # not 产业链/补短/板; 信创/适配/测试中心


def _latin(token: Token) -> bool:
    return re.fullmatch(r"[A-Za-z0-9]+", token.word) is not None


def _brand_char(token: Token) -> bool:
    return re.fullmatch(rf"{CJK_NAME}", token.word) is not None and token.word not in FUNCTION_CHARS


def _namey(token: Token) -> bool:
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
        return n >= 0 and len(tokens[n].word) >= 2 and _namey(tokens[n]) and tokens[n].word not in STOP_WORDS \
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
