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

from chaingraph.authoring.dictionary import in_dictionary, word_frequency
from chaingraph.authoring.extract.brands import (
    brand_conjunction,
    brand_verb,
    opening_brand,
    place_brand,
    region_verb,
    verb_brand,
)
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.name_words import (
    BRACKET_WORDS,
    CJK_WORD,
    PHASE,
    Context,
    name_part,
    place,
)
from chaingraph.authoring.extract.rules import (
    BARE_ZONES,
    CJK,
    CJK_NAME,
    HUB_SUFFIXES,
    INDUSTRY_WORDS,
    KIND_OF,
    LEGAL_SUFFIXES,
    MAX_NAME,
    PROJECT_STOPS,
    PROPER_TAGS,
    SUFFIX_CLASSES,
    SUFFIXES,
)
from chaingraph.authoring.extract.seats import seat_before_name
from chaingraph.authoring.extract.tokens import NOT_TOWN_WORDS, Token
from chaingraph.authoring.extract.words import (
    FUNCTION_CHARS,
    LEADING_VERBS,
    STOP_WORDS,
    generic_word,
)

SETTING_UP_VERBS = {"建立", "设立", "成立", "组建"}
# 韩资企业X有限公司, 区域总部X有限公司, 母公司X株式会社: what the firm is, said before its name
DESCRIPTORS = {"母公司", "子公司"}
REGIONAL_HQ_RE = re.compile(r"(?:区域|地区|亚太|全球|中国|华东|华南|华北|华中|西南|西北|东北|北方|南方)区?$")
CAPITAL_ORIGIN_RE = re.compile(r"(?:外|独|合|港|澳|台|侨|韩|日|德|美|法|英|欧|新|意|荷)资$")


def name_start(ctx: Context, i: int, j: int, kind: str) -> int:
    """Index of the first token of the name whose suffix starts in token j and ends with token i."""
    tokens = ctx.tokens
    tail = "".join(t.word for t in tokens[j:i + 1])
    official = tail.endswith(("局", "厅", "委员会", "部", "委"))
    # 船舶与海工装备产业基金, 磷化工与新能源材料中试基地
    labs = ("实验室", "研究院", "研究所", "研究中心", "中心", "平台", "基金", "中试基地")
    lab = tail.endswith(labs) or kind == "project" and j > 0 and tokens[j - 1].word.endswith(labs[:4])  # (X研究院项目)
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
        if tokens[first - 1].word in LEADING_VERBS and kind in ("park", "zone") and (
                first != j and (tokens[first].tag in PROPER_TAGS or _unknown_word(tokens[first].word))
                or first == j and len(tokens[j].word) >= 2 and _own_name(ctx, tokens[j])):
            break  # 全力建设蓝田碳纤维产业园, 谋划建设黄铺航空小镇: a proper name after the verb starts the park
            # (规划建设云谷: a valley's own one-word name)
        if first >= 2 and tokens[first - 2].word[-1:] + tokens[first - 1].word in LEADING_VERBS \
                and len(tokens[first - 1].word) == 1:
            break  # 做/大 数据中心集群, 要用/好 X中试基地: a task's verb jieba cut in two, no brand
        if kind == "park" and tokens[first - 1].word.endswith(("开发区", "高新区", "经开区")) and first != j \
                and place(ctx, tokens[first]) and tokens[j].word == "谷":
            break  # 龙岩高新技术产业开发区龙岩无人机谷: the zone, then the valley named by its own place
        if kind == "park" and tokens[first - 1].word.endswith(("开发区", "高新区", "经开区")) and first != j \
                and not any(t.word == "飞地" for t in tokens[first:j]) and _own_name(ctx, tokens[first]) \
                and (tokens[first - 1].word not in BARE_ZONES or (
                    first >= 2 and name_part(ctx, first - 2, "zone") and tokens[first - 2].word not in LEADING_VERBS)):
            # (在经开区晶澜…产业园, 选址经开区白岭…产业园: a bare zone stays in the park's name)
            break  # 鞍山高新技术产业开发区达道湾新材料产业新城, 西青经开区精武生物园中园: the zone, then a park
            # with a name of its own (a zone's park named by its industry alone keeps the zone: 楚雄高新区医药产业园;
            # so does the zone's enclave in another county: 海口高新区澄迈飞地产业园)
        if kind == "park" and first != j and _town(tokens[first]) and place(ctx, tokens[first - 1]):
            break  # 阳泉市平定县娘子关镇大数据产业园: the city and county say where the town is; the park is the town's
        if kind == "organisation" and first != j and tokens[first].word in ctx.gazetteer.regions and \
                tokens[first - 1].word.endswith(("产业园", "工业园", "园区", "开发区", "高新区", "经开区")):
            break  # 浩口镇电子化学品产业园湖北楚晶…有限公司: where the company is, then its name, opening on its place
        if tokens[first - 1].word in LEADING_VERBS and first >= 2 and _ends_a_name(tokens[first - 2].word) \
                and not (tokens[first - 2].word in HUB_SUFFIXES and tail.endswith(LEGAL_SUFFIXES)) \
                and not (tail.endswith(LEGAL_SUFFIXES) and _capital_words(tokens[first - 1:j])):
            break  # 渌口经开区建设新材料中试基地, X研究中心获批省级平台: a whole name, then the clause's verb
            # (not 两江氢谷投资发展有限公司: a valley or hub word heads a company's name)
        if tokens[first - 1].word in LEADING_VERBS and first >= 3 and tokens[first - 3].word in ("在", "于", "赴") \
                and first != j:
            break  # 在西咸建设电子信息配套产业园: where the clause builds (a zone's short form), then its verb
        if kind == "organisation" and tokens[first - 1].word in SETTING_UP_VERBS:
            break  # 院士沈国强团队建立院士工作站: who set it up and the verb stand before the platform's name
        if kind == "organisation" and tokens[first - 1].word == "占":
            break  # 储能产品营收占公司总营收的58%: a share of the firm's revenue, no firm named
        if kind in ("organisation", "project") and _described_before(tokens, first, kind):
            break  # 港资企业X有限公司, 区域总部X有限公司: what the firm is, then its name
        if kind == "zone" and first != j and place(ctx, tokens[first]) \
                and tokens[first - 1].word[:-1] == tokens[first].word and tokens[first - 1].word[-1] in "市县区旗":
            break  # 宿松县宿松经济开发区, 宜宾市宜宾高新区: the place, then the zone named after it (not 唐山市丰南…)
        if seat_before_name(ctx, first, kind, tail):
            break  # 秀洲区浙江芯澄…有限公司, 主会场湖北楚驰…项目: where the firm sits, then its name, opening on its
            # province (当涂县浙江商会: the chamber of a province's merchants in the county is named by both)
        first -= step
        length += added
    return first


# the last character of a village's or a hamlet's name (六里坪, 黄泥坝, 三道沟)
HAMLET_ENDS = "坪坝湾岭沟桥铺店庄村坡岗塘洲营寨堡屯垭坳畈埠墩滩嘴垸峪"


def _split_place(ctx: Context, first: int) -> bool:
    """Whether the two tokens before a park's own words are one place jieba cut apart (六里/m 坪/v, 八里/m 铺/v):
    together a word its dictionary lacks, ending as villages do."""
    after = ctx.tokens[first]
    if first < 2 or not (after.word in INDUSTRY_WORDS or generic_word(after.word) or after.tag in ("n", "vn", "nz")):
        return False
    head, end = ctx.tokens[first - 2].word, ctx.tokens[first - 1].word
    if len(end) != 1 or head in FUNCTION_CHARS or head in LEADING_VERBS or head in STOP_WORDS:
        return False  # (到/夏家营: a verb, then a whole name jieba knows)
    joined = head + end
    return CJK_WORD.fullmatch(joined) is not None and len(joined) in (3, 4) and joined[-1] in HAMLET_ENDS \
        and not in_dictionary(joined) and not any(in_dictionary(joined[k:]) for k in (1, 2) if len(joined) - k >= 2)


def _town(token: Token) -> bool:
    """A town's name as one word (娘子关镇, 近海镇; tokens joins those jieba cut), not 小镇 or 城镇."""
    return token.tag == "ns" and len(token.word) >= 3 and token.word[-1] in "镇乡" \
        and not token.word.endswith(NOT_TOWN_WORDS)


def _unknown_word(word: str) -> bool:
    """A word of two characters or more that jieba's dictionary lacks: a place or a brand (黄铺, 鱼复)."""
    return CJK_WORD.fullmatch(word) is not None and not in_dictionary(word)


SELDOM = 100  # how often jieba saw a noun that is a place or a brand more than a word (精武 11, 电动 234)


def _own_name(ctx: Context, token: Token) -> bool:
    """Whether a park's words after its zone's name open with a name of their own: a place, a proper
    noun, a word jieba lacks or a noun it has seldom seen (达道湾, 红草, 精武), not an industry (医药, 低空经济)
    nor a common attribute (电动 of 电动自行车产业园)."""
    if token.word in INDUSTRY_WORDS or generic_word(token.word):
        return False  # 集成电路 (a proper noun to jieba) says what the park is for
    return place(ctx, token) or token.tag in PROPER_TAGS or _unknown_word(token.word) \
        or (token.tag == "n" and len(token.word) == 2 and word_frequency(token.word) < SELDOM)


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


QUOTED_REST = 6  # “凌霄”eVTOL复合材料结构件项目; not “万卡”智算项目, a scale in quotes before a kind of project
# a plant's buildings and lines: X车间和测试中心 are two parts of a plant, no lab named by its work
PLANT_WORDS = ("车间", "厂房", "产线", "生产线", "仓库")


# the words of a zone's or a city's investment company after its place (淮北高新区建设投资集团有限公司)
CAPITAL_WORDS = {"建设", "投资", "集团", "发展", "控股", "开发", "运营", "管理", "实业", "资产", "经营", "城市"}


def _capital_words(tokens: list[Token]) -> bool:
    """Whether the words between a zone and a legal suffix all name an investment company's business, so the
    zone heads the company's name (X经开区建设发展有限公司), no clause's verb after a name."""
    return bool(tokens) and all(t.word in CAPITAL_WORDS for t in tokens)


def _described_before(tokens: list[Token], first: int, kind: str) -> bool:
    """Whether the word before `first` says what the firm is (港资企业, 区域总部) rather than opening its name (a
    project's 总部 is part of it: 研发及总部项目)."""
    word = tokens[first - 1].word
    before = "".join(t.word for t in tokens[max(0, first - 3):first - 1])
    if kind == "organisation" and (word in DESCRIPTORS or word == "总部" and REGIONAL_HQ_RE.search(before)):
        return True  # 韩国母公司X, 区域总部X (not 青屿总部基地开发有限公司, where 总部 opens the name)
    return word == "企业" and bool(CAPITAL_ORIGIN_RE.search(before))


def _step_back(ctx: Context, first: int, last: int, kind: str, official: bool, lab: bool) -> int:
    """How many tokens right before `first` belong to the name (0: the name starts at `first`)."""
    tokens = ctx.tokens
    token = tokens[first - 1]
    if lab and token.word in ("与", "和", "及") and first > 1 and tokens[first - 2].tag in ("n", "vn") \
            and (token.word != "及" or tokens[first].word.startswith(tokens[first - 2].word)) \
            and not tokens[first - 2].word.endswith(tuple(SUFFIX_CLASSES) + PLANT_WORDS) \
            and name_part(ctx, first - 2, kind) \
            and not place(ctx, tokens[first]):  # (县里与河南省…基金: two parties, the second a place's fund)
        return 1  # 稀土资源研究与综合利用国家重点实验室, 钛及钛合金检验检测中心: a lab is named by its work
    if lab and token.tag.startswith("v") and len(token.word) >= 2 and first >= 2 and tokens[first].tag == "vn" \
            and (tokens[first - 2].word in ctx.gazetteer.regions or tokens[first - 2].tag == "ns") \
            and token.word not in LEADING_VERBS and token.word not in STOP_WORDS:  # (开发区建有…: the zone's verb)
        return 1  # 浙江省/伺服/v 驱动/vn 工程研究中心: a lab's field read as a verb (not 安徽省推出/v 科创/n 基金)
    if lab and (between := _field_after_region(ctx, first)):
        return between  # 江西省/高密度/互连/d 电路板工程技术研究中心: the province names the lab, whatever its field
    if kind == "park" and token.word in ("及", "和", "与") and first > 1 and _industry_pair(ctx, first - 1):
        return 1  # 碳纤维及复合材料产业园: a park gathers both industries
    if token.word in ("）", ")") and kind in ("organisation", "zone", "park", "project"):
        return _bracket(ctx, first - 1, kind)
    if token.word == "”" and kind in ("organisation", "zone", "park"):
        return 0 if _branded(ctx, first, last) else _quoted_brand(ctx, first - 1)
    if token.word == "”" and kind == "project" and sum(len(t.word) for t in tokens[first:last + 1]) >= QUOTED_REST:
        return _quoted_brand(ctx, first - 1)  # “凌霄”eVTOL复合材料结构件项目: the brand in quotes heads the name
    if kind == "project" and token.word == "等":
        return _made_list(ctx, first - 1)  # 年产5万吨PEEK、PPS等特种工程塑料项目
    if (kind in ("zone", "park") or kind == "organisation" and _research(tokens[last].word)) \
            and joined_by_mark(ctx, first - 1, kind):
        return 1  # 陇原大学—锂泰…联合实验室, 亦庄·徐水…飞地园区: two partners name what they run together
    if kind in ("organisation", "project") and region_verb(ctx, first - 1, last):
        return 2  # 陕西/延长/石油（集团）有限责任公司, 船山/通用/机场项目: a place, then a word jieba read as a verb
    if kind in ("organisation", "project") and verb_brand(ctx, first - 1, last):
        return 1  # 远航/新材料股份有限公司: without the verb jieba read, the company would have no brand
    if kind in ("organisation", "project") and (cut := place_brand(ctx, first, last)):
        return cut  # 河北/绒/都/纺织集团有限公司: a place, then a brand jieba cut into characters and verbs
    if (official and token.word == "和" and first > 1  # 经济和信息化局, 住房和城乡建设局
            and not tokens[first - 2].word.endswith(tuple(SUFFIX_CLASSES))):
        return 1
    if kind == "organisation" and opening_brand(ctx, first):
        return 2  # 凉/都/氢能院士工作站: a brand jieba cut into two characters opens the clause and the name
    if kind in ("organisation", "project") and brand_conjunction(ctx, first - 1):
        return 2  # 瑞和生物科技有限公司, 包头天和磁材…: the brand's 和 is no conjunction
    if kind in ("organisation", "project") and brand_verb(ctx, first - 1):
        return 2  # 钠/启新/能源: jieba read the brand's last two characters as a verb
    if kind == "project" and token.word in ("及", "和", "、") and ctx.in_figure(tokens[first]) \
            and _made_item_before(ctx, first - 1):
        return 1  # 年产20万吨特种聚酯及10万吨可降解材料项目, 5万吨A、3万吨B项目: the project makes both items
    if kind == "project" and token.word == "及" and first > 1 and name_part(ctx, first - 2, kind) \
            and not ctx.known(tokens[first - 2].word) and tokens[first].word not in ("年产", "年产能") \
            and not ctx.in_figure(tokens[first]):  # 燃料电池电堆及膜电极生产基地项目, not 总部及年产…项目
        return 1
    if kind == "project" and token.word == "、" and _made_item_before(ctx, first - 1) \
            and not ctx.in_figure(tokens[first]):
        return 1  # 年产2000吨红芪、党参精深加工项目: the figure's items, one project making both
    if kind == "project" and token.word == "、" and first > 1 and ctx.in_figure(tokens[first - 2]) \
            and any(ctx.in_figure(t) for t in tokens[first:last]) and not tokens[first].word.startswith("年产") \
            and MADE_BEFORE_RE.search("".join(t.word for t in tokens[max(0, first - 8):first - 1])):
        return 1  # 年回收废铝20万吨、生产再生铝合金锭15万吨项目: one project, two figures of what it makes
    if kind == "project" and first > 2 and tokens[first - 2].word == "、" and _made_item_before(ctx, first - 2) \
            and CJK_WORD.fullmatch(token.word) and not ctx.in_figure(token):
        return 2  # 黄芪、当归/v 精深加工项目: the second item, whatever jieba tags it
    if kind == "project" and token.word in ("/", "／") and first > 1 and ctx.in_figure(tokens[first]) \
            and ctx.in_figure(tokens[first - 2]):
        return 1  # 北川100兆瓦/200兆瓦时共享储能电站: a station's power and its energy, one name
    if kind == "project" and token.word.isspace() and first > 1 and re.search(r"[A-Za-z0-9]$", tokens[first - 2].word) \
            and re.match(r"[A-Za-z]", tokens[first].word):
        return 1  # Micro LED显示模组项目, 年产10GW N型TOPCon电池片项目: a space between Latin words is inside the name
    if kind == "park" and _split_place(ctx, first):
        return 2  # 六里/m 坪/v 汽车零部件产业园: a village jieba lacks, cut into a number and a verb
    if kind == "park" and (first == 1 or tokens[first - 2].word == "的" or tokens[first - 2].tag == "x") \
            and re.fullmatch(CJK_NAME, token.word) and token.word not in FUNCTION_CHARS \
            and token.tag not in ("p", "c", "d", "r", "uj") and tokens[first].tag == "ns" \
            and not in_dictionary(token.word + tokens[first].word):
        return 1  # 三星镇的叠/v 石桥/ns 家纺智造产业园: a place's first character jieba read as a verb
    if name_part(ctx, first - 1, kind):
        return 1
    return _after_company(ctx, first) if kind == "project" else 0


# the suffixes of names other than products' (碳纤维, 复合材料 end like products and are industries)
NAME_ENDS = tuple(s for s, c in SUFFIX_CLASSES.items() if KIND_OF[c] != "product")


def _field_after_region(ctx: Context, first: int) -> int:
    """How many tokens right before `first` are a lab's field words jieba read as an adverb or cut into characters
    (互连/d, 道/q 地/n of 道地药材), between them and a province's, city's or county's full name (0: none)."""
    tokens = ctx.tokens
    for r in range(first - 2, max(first - 5, -1), -1):
        region = tokens[r].word
        if region in ctx.gazetteer.regions and region.endswith(("省", "市", "县", "区")):
            between = tokens[r + 1:first]
            text = "".join(t.word for t in between)
            odd = any(t.word in LEADING_VERBS or t.word in STOP_WORDS or t.tag[:1] in ("v", "p", "c", "r", "u", "m")
                      for t in between)
            singles = [len(t.word) == 1 for t in between]
            paired = all(not single or (k > 0 and singles[k - 1]) or (k + 1 < len(singles) and singles[k + 1])
                         for k, single in enumerate(singles))  # a word jieba lacks, cut into characters
            if re.fullmatch(f"{CJK_NAME}{{2,6}}", text) and not odd and paired:
                return len(between)
            return 0
    return 0


def _industry_pair(ctx: Context, mark: int) -> bool:
    """Whether the words either side of a 及/和/与 at `mark` are two industries' nouns (碳纤维, 复合材料), none
    a name's suffix nor a place: what one park gathers, not two names. A field the dictionary names with 工程 in
    it (船舶与海洋工程装备产业园) is an industry, not a project."""
    def industry(token: Token) -> bool:
        field = token.word.endswith("工程") and in_dictionary(token.word)
        return CJK_WORD.fullmatch(token.word) is not None and token.tag[:1] in ("n", "j", "l") and token.tag != "ns" \
            and (field or not token.word.endswith(NAME_ENDS)) and not ctx.known(token.word) \
            and not ctx.in_figure(token) and token.word not in STOP_WORDS
    return industry(ctx.tokens[mark - 1]) and industry(ctx.tokens[mark + 1])


def _made_list(ctx: Context, mark: int) -> int:
    """年产5万吨PEEK、PPS等特种工程塑料项目: how many tokens before the 等 at `mark` are a list of what the
    project makes, its items joined by 、 right after the capacity's figure (0: no such list)."""
    tokens, items = ctx.tokens, 0
    for m in range(mark - 1, max(mark - 12, -1), -1):
        word = tokens[m].word
        if ctx.in_figure(tokens[m]):
            return mark - m - 1 if items >= 2 and tokens[m + 1].word != "、" else 0
        if word == "、":
            if tokens[m + 1].word == "、" or m + 1 == mark:
                return 0
            continue
        if not re.fullmatch(rf"[{CJK}A-Za-z0-9]+", word) or word in STOP_WORDS or word.endswith(NAME_ENDS):
            return 0
        if tokens[m - 1].word == "、" or ctx.in_figure(tokens[m - 1]):
            items += 1
    return 0


# 年回收废铝20万吨: a figure of what is made or taken in, no investment or area (总投资12亿元、…项目)
MADE_BEFORE_RE = re.compile(r"^(?!.*(?:投资|占地|面积)).*年(?:产|回收|加工|处理|生产|制)")


def _made_item_before(ctx: Context, mark: int) -> bool:
    """Whether the words right before a 及/和 at `mark` are a figure and what it measures (20万吨特种聚酯)."""
    if ctx.tokens[mark + 1].word.startswith("年产"):
        return False  # 年产5万吨A项目和年产3万吨B项目: two projects, each named in full
    for m in range(mark - 1, max(mark - 8, -1), -1):
        word = ctx.tokens[m].word
        if ctx.in_figure(ctx.tokens[m]):
            return m < mark - 1
        if not (re.fullmatch(rf"(?:{CJK_NAME}|[A-Za-z0-9])+", word) or word.isspace()) or word in STOP_WORDS \
                or word.endswith("项目"):
            return False  # (10GW N型TOPCon电池及5GW组件: a model's letters are part of what is made)
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


def _branded(ctx: Context, first: int, last: int) -> bool:
    """Whether the words from `first` to the suffix open with a brand of their own (蜀/j 飞 of “邻居”蜀飞…有限公司):
    a word in quotes before them is then the writer's, not the name's."""
    head = ctx.tokens[first]
    return first < last and head.word not in FUNCTION_CHARS and re.fullmatch(rf"{CJK_NAME}+", head.word) is not None \
        and head.tag in PROPER_TAGS and head.word not in SUFFIX_CLASSES


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


def _trade_then_legal(tokens: list[Token], at: int) -> bool:
    """Whether the words from `at` are a trade of one to three nouns, then a legal suffix (科技/有限公司)."""
    for k in range(at, min(at + 3, len(tokens) - 1)):
        if not (tokens[k].tag[:1] in ("n", "v") and CJK_WORD.fullmatch(tokens[k].word)):
            return False
        if tokens[k + 1].word.startswith(LEGAL_SUFFIXES):
            return True
    return False


def _bracket(ctx: Context, close: int, kind: str) -> int:
    """乐森机器人（深圳）有限公司: a bracketed place between a brand and its suffix is part of the name."""
    tokens = ctx.tokens
    for open_ in range(close - 1, max(close - 5, 0), -1):
        if tokens[open_].word in ("（", "("):
            inside = tokens[open_ + 1:close]
            legal = close + 1 < len(tokens) and tokens[close + 1].word.startswith(LEGAL_SUFFIXES) or _trade_then_legal(
                tokens, close + 1)  # 曜辉光能（景泰）科技有限公司: the place of registry, then the trade and the suffix
            places = inside and all(t.word in ctx.gazetteer.regions or t.tag == "ns" or t.word in BRACKET_WORDS
                                    or (legal and t.tag in PROPER_TAGS and CJK_WORD.fullmatch(t.word))
                                    for t in inside)  # 北疆算力（和林格尔/nz）有限公司: a county jieba tags nz
            # 恒川云计算（怀来/v）有限公司: before a legal suffix, one word in brackets is the place of registry
            places = places or (legal and len(inside) == 1 and CJK_WORD.fullmatch(inside[0].word) is not None
                                and len(inside[0].word) <= 4 and inside[0].word not in STOP_WORDS)
            said = "".join(t.word for t in inside)
            if kind == "organisation" and not legal and 2 <= len(said) <= 6 and open_ > 0 \
                    and CJK_WORD.fullmatch(said) and said[-1] == tokens[open_ - 1].word[-1] \
                    and not said.endswith(("区", "园")):  # (开发区（园区）: a place's kinds, not a trade's)
                places = True  # 贵阳市中药（民族药）检验检测中心: the kind of what it serves, said again more closely
            enclave = any("飞地" in t.word for t in tokens[close + 1:close + 4])
            if kind == "park" and enclave and len(inside) == 1 and inside[0].tag in PROPER_TAGS \
                    and CJK_WORD.fullmatch(inside[0].word):
                places = True  # 越城（张江/nr）科创飞地: the enclave's host, where it lies, in brackets
            if kind == "project" and inside and all(PHASE.fullmatch(t.word) for t in inside):
                places = True  # 某某（二期）项目: the phase in brackets is part of the project's name
            if kind == "project" and len(inside) == 1 and re.fullmatch(r"[A-Z][A-Za-z0-9]{1,7}", inside[0].word):
                places = True  # 年产10万套电池管理系统（BMS）项目: the product's abbreviation, in its name
            if kind == "project" and inside and CJK_WORD.fullmatch(said) and len(said) <= 8 \
                    and any(ctx.in_figure(t) for t in tokens[max(0, open_ - 6):open_]):
                places = True  # 年产3000吨铝钛硼丝（晶粒细化剂）项目: what is made, glossed in brackets
            if kind == "project" and open_ > 0 and ctx.in_figure(tokens[open_ - 1]) and len(said) == 1 \
                    and said.isalpha():
                return close - open_ + 1  # 年产30亿片（粒）固体制剂项目: a second counter for the figure
            if places and open_ > 0 and (name_part(ctx, open_ - 1, kind) or (
                    tokens[open_ - 1].word == "”" and _quoted_brand(ctx, open_ - 1))):
                return close - open_ + 1  # (“吉药宝”（通化）健康科技有限公司: a brand in quotes before the place)
            return 0
    return 0


QUOTED_PARK_RE = re.compile(r"“([^“”]{3,12})”(?:产业园区?|科技园|工业园|产业基地|园区)")  # 共建“松金芯谷”产业园


def quoted_park_core(mention: Mention) -> Mention:
    """A park named in quotes before its kind is named by the quoted words (“松金芯谷”产业园 -> 松金芯谷)."""
    quoted = QUOTED_PARK_RE.fullmatch(mention.text) if mention.cls == "IndustrialPark" else None
    if quoted is None:
        return mention
    start = mention.start + quoted.start(1)
    return Mention(quoted.group(1), start, start + len(quoted.group(1)), mention.sentence, mention.cls)
