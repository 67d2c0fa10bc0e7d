"""Names in a list: 引进兴储世纪、深圳珈钠、广东容钠等企业. Regional news names the companies a
place has attracted by their short names, with no suffix to say what they are; the list says it
instead, by its head noun (等企业, 等三家公司, 等高校; 等12个项目 when the items are brands) or,
with no head, by the verb that opens it (引进, 招引, 落户, 签约 …) or by the class of the items
that do carry a suffix (管委会、市科技局、市卫健委).

Items are the words between 、 (and 和/及/与 before the last); the first item starts after the
verb or function word before it, the last ends at 等 or at the first word that cannot be part
of a name. A short name made of a place and a brand (深圳珈钠) is one organisation, not a region.
"""

from __future__ import annotations

import re
from collections import Counter

from chaingraph.authoring.dictionary import in_dictionary, word_frequency
from chaingraph.authoring.extract.brands import brand_conjunction
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.glossary import INDUSTRIES, PRODUCTS
from chaingraph.authoring.extract.name_words import DIRECTIONS, Context
from chaingraph.authoring.extract.rules import (
    CJK,
    CJK_NAME,
    GENERIC_STEMS,
    INDUSTRY_TAILS,
    INDUSTRY_WORDS,
    KIND_OF,
    NAME_VERBS,
    PROPER_TAGS,
    ROLE_RE,
    SUFFIX_CLASSES,
    SUFFIXES,
)
from chaingraph.authoring.extract.tokens import Token
from chaingraph.authoring.extract.words import (
    CATEGORY_WORDS,
    FUNCTION_CHARS,
    GOODS_LAST_CHARS,
    LEADING_VERBS,
    LIST_HEADS,
    LIST_TRIGGERS,
    NOT_LIST_HEADS,
    STOP_WORDS,
    generic_word,
)
from chaingraph.sources.sentences import Sentence

CLAUSE_ENDS = set("，。；：！？,;:!?“”\"《》()（）【】")
JOINS = {"和", "及", "以及", "与", "、"}
LEAD_INS = {"了", "先后", "相继", "陆续", "成功", "已", "已经", "又", "还", "共", "累计", "一批", "多家", "一大批"}
COUNT_RE = re.compile(r"(?:[\d一二两三四五六七八九十百千几数多余]+|一批|一大批|多家|众多|诸多)[家个批所]?$")
MAX_ITEM = 14
# 等上下游企业, 等辅材企业: firms named by the link they make
CHAIN_LINK_HEADS = ("上下游", "上游", "下游", "中游", "配套", "辅材", "辅料")
HEADING_NUMBER_RE = re.compile(r"[一二三四五六七八九十]{1,3}|\d{1,2}")
KIND_SIBLING_LEN = 3  # 塔筒, 飞控, 果蔬汁: a short name among kinds is a kind; brands listed short run longer
BRAND_SELDOM = 10  # how often jieba saw a word a list's item starts with, that is a brand whatever its tag
FIELD_WORDS = {"领域", "行业", "环节", "方向", "赛道"}
# a brand's tags; nr only for a word jieba lacks (恩捷隔膜), since it reads 石英 of 石英坩埚 as a name too
BRAND_TAGS = {"nt", "nz", "ns", "j", "eng"}
# 光刻胶、电子特气等配套材料企业: a head that says what goods the companies make lists the goods, not companies
GOODS_ENDS = ("配套材料", "化学品", "原料", "耗材")  # (not 零部件企业: brands are listed before it)
MATERIAL_CODE_RE = re.compile(r"[A-Z]{2,5}")  # EVA, POE, PCB: a material's letters before the goods they make


def listed_names(ctx: Context, sentence: Sentence, named: list[Mention]) -> list[Mention]:
    """Organisations named without a suffix in a list whose head, verb or siblings say they are;
    `named` are the names found by their suffix, which the list's items must not cut."""
    out = []
    for lo, hi in _clauses(ctx.tokens):
        out += _names_in_clause(ctx, sentence, lo, hi, named)
    return out


def _clauses(tokens: list[Token]) -> list[tuple[int, int]]:
    spans, lo = [], 0
    for i, token in enumerate(tokens):
        if token.word in CLAUSE_ENDS:
            if i > lo:
                spans.append((lo, i))
            lo = i + 1
    if lo < len(tokens):
        spans.append((lo, len(tokens)))
    return [(_after_heading_number(tokens, lo, hi), hi) for lo, hi in spans]


def _after_heading_number(tokens: list[Token], lo: int, hi: int) -> int:
    """Where a clause's words start after a heading's number (二、光伏产业链重点项目进展): its 、 lists nothing."""
    if lo + 2 < hi and tokens[lo + 1].word == "、" and HEADING_NUMBER_RE.fullmatch(tokens[lo].word):
        return lo + 2
    return lo


def _names_in_clause(ctx: Context, sentence: Sentence, lo: int, hi: int, named: list[Mention]) -> list[Mention]:
    tokens = ctx.tokens
    commas = [i for i in range(lo, hi) if tokens[i].word == "、"]
    etc = next((i for i in range(commas[-1] if commas else lo, hi) if tokens[i].word in ("等", "等等")), None)
    if not commas and etc is None:
        return []
    items = _items(ctx, lo, hi, commas, etc)
    if not items or (len(items) < 2 and etc is None):
        return []
    end = etc if etc is not None else items[-1][1]
    cls = _head_class(tokens, end + (1 if etc is not None else 0), hi)
    if cls is None:
        return []
    branded_only = cls == "Project"  # 晶合集成、颀中科技等12个项目: projects named by their companies
    texts = ["".join(t.word for t in tokens[a:b]) for a, b in items]

    def overlaps(a: int, b: int) -> list[Mention]:  # a product's name in a list of companies is the company's
        return [m for m in named if m.start < tokens[b - 1].end and tokens[a].start < m.end and m.kind != "product"]

    if cls == "?":  # no head: the opening verb or the siblings with a suffix say what the items are
        if ROLE_RE.search("".join(t.word for t in tokens[lo:hi])):
            return []  # 包头市委常委、高新区党工委书记赵刚: a list of a person's posts
        opened = _opening_verb(tokens, lo, items[0][0]) in LIST_TRIGGERS or _partners_listed(tokens, lo, items[0][0])
        siblings = Counter(m.cls for a, b in items for m in overlaps(a, b) if m.kind == "organisation")
        if not (opened or siblings):
            return []
        cls = siblings.most_common(1)[0][0] if siblings else "Company"  # 管委会、市科技局、市卫健委
    out = []
    kinds_listed = _kinds_listed(ctx, items, texts, dropped=len(commas) + 1 - len(items))
    chain_links = etc is not None and "".join(t.word for t in tokens[etc + 1:etc + 3]).startswith(CHAIN_LINK_HEADS)

    def lead(a: int, b: int) -> int:  # a place before a brand (深圳珈钠) heads the company's short name
        return a + 1 if tokens[a].word in ctx.gazetteer.regions and b - a > 1 else a

    def branded(a: int, b: int) -> bool:  # a company's name starts with its brand
        return _brand_word(ctx, tokens[lead(a, b)]) or _cut_brand(tokens, lead(a, b), b)

    # POE、电子级双氧水等项目: an acronym among kinds of projects is one more kind, no brand
    kinds_of_projects = branded_only and any(_suffix_kind(text) is None and not branded(a, b)
                                             for (a, b), text in zip(items, texts, strict=True))
    for (a, b), text in zip(items, texts, strict=True):
        if _suffix_kind(text) not in (None, "product") or overlaps(a, b) or not _company_like(ctx, a, b, text) \
                or (text in SUFFIX_CLASSES and KIND_OF[SUFFIX_CLASSES[text]] != "product"):
            continue  # names with a suffix are found by their suffix; places, kinds and a kind's word alone
            # (工程技术研究中心、检验检测中心等平台) are no company
        if b - a == 1 and _suffix_kind(text) == "product" and in_dictionary(text) and not ctx.known(text):
            continue  # 引进伺服电机、控制器等核心零部件企业: one common word ending in a good's name is a kind of goods
        if a > 0 and ROLE_RE.fullmatch(tokens[a - 1].word) or text.endswith(("先生", "女士", "代表", "委员")):
            continue  # 管委会副主任高峰先生、…: a person after a post, not a company
        if kinds_listed and not ctx.known(text) and (len(text) <= KIND_SIBLING_LEN or chain_links and all(
                in_dictionary(t.word) and t.tag not in PROPER_TAGS for t in tokens[a:b])
                and tokens[b - 1].word not in INDUSTRY_TAILS):
            continue  # 引进整机、叶片、塔筒等企业: among kinds of goods, a short unknown word is one more kind; so are
            # common words before 等上下游企业 (原料药、中间体、药用辅料; 远景动力 ends in a company's trade)
        acronym = b - a > 1 and MATERIAL_CODE_RE.fullmatch(tokens[a].word) is not None  # EVA/胶膜: a material's code
        if chain_links and not ctx.known(text) and (b - a > 1 and tokens[a].word in INDUSTRY_WORDS or text.endswith(
                GOODS_LAST_CHARS) and not any(t.tag in BRAND_TAGS or t.tag == "nr" and not in_dictionary(t.word)
                                              for t in tokens[a + acronym:b])):
            continue  # 光伏银浆、轮速传感器、EVA胶膜等配套企业: goods, the firms named by what they make
        if branded_only and (not branded(a, b) or kinds_of_projects and re.fullmatch(r"[A-Za-z0-9\-]+", text)):
            continue  # 储能电站、光伏辅材等项目: kinds of projects; a company's name starts with its brand
        if etc is None and cls != "?" and not any(_brand_word(ctx, t) for t in tokens[a:b]):
            continue  # 芯片设计和封装测试企业: with no 等, the head qualified by the items says what kinds
        start, end_ = tokens[a].start, tokens[b - 1].end
        out.append(Mention(text, start, end_, sentence.id, "Company" if branded_only else cls))
    return out


def _kinds_listed(ctx: Context, items: list[tuple[int, int]], texts: list[str], dropped: int) -> bool:
    """Whether at least half the list's items are kinds of goods or trades (整机、叶片、塔筒、海缆; 芯片设计、制造、
    封测; 果蔬汁、休闲食品, an item with a verb in it, that no name holds): a list of brands holds no common words,
    so its short unknown words are kinds as well."""
    kinds = max(dropped, 0) + sum(1 for (a, b), text in zip(items, texts, strict=True)
                                  if text not in ctx.gazetteer.regions and not re.search(r"[省市县区州镇乡]$", text)
                                  and not _company_like(ctx, a, b, text))
    listed = len(items) + max(dropped, 0)
    return listed >= 2 and 2 * kinds >= listed


def _items(ctx: Context, lo: int, hi: int, commas: list[int], etc: int | None) -> list[tuple[int, int]]:
    """Token ranges of the list's items."""
    tokens = ctx.tokens
    bounds = [lo - 1, *commas]
    items = []
    for n, sep in enumerate(bounds[1:], start=1):  # each item that ends at a 、
        a = bounds[n - 1] + 1
        if n == 1:  # the first item: walk back from the 、 to where the name starts
            a = _item_start(ctx, lo, sep)
        items.append((a, sep))
    # the last item: up to 等, or as far as name words go
    a = commas[-1] + 1 if commas else lo
    if etc is not None:
        b = etc
        if not commas:  # X等企业: walk back from 等
            a = _item_start(ctx, lo, etc)
    else:
        b = a
        while b < hi and not _ends_item(tokens[b]) and (
                _item_part(ctx, b) or (tokens[b].word in JOINS and b + 1 < hi and b > a and _item_part(ctx, b + 1))):
            b += 1
    # 和/及/与 before the last item splits it: A、B和C等
    joins = [k for k in range(a, b) if tokens[k].word in JOINS]
    if joins:
        items.append((a, joins[0]))
        a = joins[-1] + 1
    items.append((a, b))
    return [(x, y) for x, y in items if y > x and all(_item_part(ctx, k) for k in range(x, y))]


def _item_start(ctx: Context, lo: int, end: int) -> int:
    """Where the item that ends before token `end` starts: back over name words, but not past a
    word like 企业 or 代表 once a brand is in (园区企业代表宁远储能 -> 宁远储能)."""
    a = end
    while a > lo and _item_part(ctx, a - 1) and ctx.tokens[a - 1].word not in SUPPLY_VERBS:
        word = ctx.tokens[a - 1].word
        if a < end and not all(generic_word(t.word) for t in ctx.tokens[a:end]) and (
                _ends_item(ctx.tokens[a - 1]) or word in ("代表", "园区", "企业", "公司")):
            break
        a -= 1
    return a


def _ends_item(token: Token) -> bool:
    """…和鑫达电子有关负责人: the list's head or a word like 有关 comes after its last item."""
    word = token.word
    return word in ("有关", "相关", "等", "等等") or word.endswith(NOT_LIST_HEADS) \
        or any(word.endswith(head) for head, _ in LIST_HEADS)


def _item_part(ctx: Context, k: int) -> bool:
    token = ctx.tokens[k]
    word = token.word
    if brand_conjunction(ctx, k):
        return True  # 天和磁材
    if ctx.in_title(token) or ctx.in_figure(token) or word in STOP_WORDS or word in LEAD_INS \
            or word in LEADING_VERBS or word in LIST_TRIGGERS:
        return False
    if not re.fullmatch(rf"[{CJK}A-Za-z0-9&·\-]+", word) or word.isdigit():
        return False
    if ROLE_RE.fullmatch(word) or token.tag == "i":
        return False  # 副区长罗明前不久/i 来企业调研: a post and an idiom of time, no company's name
    if len(word) == 1:
        return word not in FUNCTION_CHARS
    if ctx.known(word) or not in_dictionary(word) or word_frequency(word) < BRAND_SELDOM:
        return True  # 星汉/存储: a word jieba saw twice, whatever its tag, is a brand
    if token.tag.startswith("v") and token.tag != "vn":
        return word in NAME_VERBS or _trade_after_brand(ctx, k)
    if word in DIRECTIONS:
        return True  # 北方稀土
    return token.tag[0] not in "dpcurtmqf" and word not in LIST_TRIGGERS


def _trade_after_brand(ctx: Context, k: int) -> bool:
    """京唐/伺服、: a two-character word jieba reads as a verb, after a brand and right before the list's next mark,
    is the trade the company's short name ends in (a clause's verb follows the last item, never a 、)."""
    tokens = ctx.tokens
    return 0 < k < len(tokens) - 1 and len(tokens[k].word) == 2 and tokens[k + 1].word in ("、", "等", "和", "及") \
        and _brand_word(ctx, tokens[k - 1])


def _brand_word(ctx: Context, token: Token) -> bool:
    """A word only a name has: one jieba does not know, or tags as a proper noun other than a place."""
    if token.word in ctx.gazetteer.regions or token.word in INDUSTRY_WORDS or token.word in GENERIC_STEMS:
        return False
    return (re.fullmatch(rf"{CJK_NAME}{{2,}}", token.word) is not None and not in_dictionary(token.word)) \
        or token.tag in ("nr", "nz", "nt", "nrt", "nrfg", "eng")


def _cut_brand(tokens: list[Token], a: int, b: int) -> bool:
    """湘/楚/化学: an item opening with two single characters, no function words, before a word of its trade is a
    brand jieba cut into characters."""
    return b - a >= 3 and all(re.fullmatch(CJK_NAME, tokens[k].word) and tokens[k].word not in FUNCTION_CHARS
                              and tokens[k].tag[:1] not in ("d", "p", "c", "m", "u", "r") for k in (a, a + 1))


def _head_class(tokens: list[Token], k: int, hi: int) -> str | None:
    """The class the noun after the list says ("?" when there is none), None when it names no
    organisations (等产品, 等城市, 等企业负责人)."""
    while k < hi and (COUNT_RE.match(tokens[k].word) or tokens[k].tag in ("m", "q", "mq")):
        k += 1
    words = []
    while k < hi and (tokens[k].tag.startswith(("n", "a", "b", "j", "v")) or tokens[k].word in ("及", "和", "与")
                      or tokens[k].word in INDUSTRY_WORDS or tokens[k].word in ("上游", "中游", "下游")):  # 等下游企业
        if tokens[k].tag.startswith("v") and tokens[k].tag != "vn" or tokens[k].word in STOP_WORDS - {"和", "与", "及"}:
            break
        words.append(tokens[k].word)
        k += 1
    head = "".join(words)
    if not head:
        return "?"
    parts = re.split(r"[及和与]", head)  # 企业和机构, 整车及零部件企业
    if parts[-1].endswith(NOT_LIST_HEADS):
        return None
    for n in range(len(words), 0, -1):  # 等12个项目现场签约: the head is 项目, not 项目现场
        phrase = "".join(words[:n])
        found = next((cls for part in re.split(r"[及和与]", phrase) for word, cls in LIST_HEADS
                      if part.endswith(word)), None)
        if found and any(word in FIELD_WORDS for word in words[:n - 1]):
            return None  # 硬质合金、碳化硅等新材料领域平台: the items are fields, the platforms are in them
        if found and n >= 2 and "".join(words[:n - 1]).endswith(GOODS_ENDS):
            return None  # 光刻胶、电子特气等配套材料企业: the items are the goods the companies make
        if found:
            return found
    return None


# 主要配套华擎汽车、远航新能源等整车企业: a supplier's verb before its customers, no word of the first one's name (the
# head after the list still says whether they are companies: 供应乌海、阿拉善等地 lists places)
SUPPLY_VERBS = {"配套", "供应", "供货"}
# 客户包括楚运物流、鄂西港务等, 主要供应商为…: the companies a company trades with, named after who they are to it
PARTNER_NOUNS = {"客户", "供应商", "合作伙伴", "股东", "合作方", "采购商", "经销商"}
PARTNER_VERBS = {"包括", "有", "为", "是", "涵盖"}


def _partners_listed(tokens: list[Token], lo: int, first: int) -> bool:
    """Whether the list is of a company's customers, suppliers or partners (客户包括X、Y等)."""
    k = first - 1
    return k - 1 >= lo and tokens[k].word in PARTNER_VERBS and tokens[k - 1].word.endswith(tuple(PARTNER_NOUNS))


def _opening_verb(tokens: list[Token], lo: int, first: int) -> str:
    """The word right before a list, past lead-ins like 了, 先后, 一批."""
    k = first - 1
    while k >= lo and (tokens[k].word in LEAD_INS or COUNT_RE.match(tokens[k].word)):
        k -= 1
    return tokens[k].word if k >= lo else ""


def _suffix_kind(text: str) -> str | None:
    suffix = next((s for s in SUFFIXES if text.endswith(s)), None)
    if suffix is None or suffix == text:
        return None
    return KIND_OF[SUFFIX_CLASSES[suffix]]


def _company_like(ctx: Context, a: int, b: int, text: str) -> bool:
    """An item can be a company's short name: not a place alone, not a category, not one common word."""
    tokens = ctx.tokens[a:b]
    if not 2 <= len(text) <= MAX_ITEM or re.search(r"\d", text):
        return False
    if text in ctx.gazetteer.regions or re.search(r"[省市县区州镇乡]$", text):
        return False  # a place; jieba's ns alone is no proof (阿斯利康)
    if any(word in text for word in CATEGORY_WORDS):
        return False
    if all(generic_word(t.word) for t in tokens):
        return False  # 新能源、新材料等企业
    if (tokens[0].word in ctx.gazetteer.regions or tokens[0].word in ctx.gazetteer.economic) and len(tokens) > 1 \
            and all(generic_word(t.word) for t in tokens[1:]):
        return False  # 对接粤港澳大湾区医疗器械企业: the companies of a place's industry, no company
    if len(tokens) > 1 and tokens[-1].tag.startswith("v") and all(
            len(t.word) >= 2 and in_dictionary(t.word) and t.tag not in PROPER_TAGS and not ctx.known(t.word)
            for t in tokens):  # (钠/创新/能: a brand jieba cut into a character and verbs)
        return False  # 引进数据标注、模型训练等企业: common words ending in a work are a trade, not a company
    if len(tokens) == 1 and in_dictionary(text) and tokens[0].tag not in ("nr", "nt", "nz", "nrt", "ns", "j", "eng"):
        return False  # 光伏、储能等企业: kinds of companies, not companies
    if text in PRODUCTS or text in INDUSTRIES:
        return False  # 电驱、线束、内外饰等配套企业: a goods or trade word the glossary translates is a kind, no brand
    if text in SUFFIX_CLASSES or _suffix_kind(text) == "product" and all(
            in_dictionary(t.word) and t.tag not in PROPER_TAGS for t in tokens):
        return False  # 电堆、储氢瓶、加氢设备等关键环节企业: goods the companies make (锦江电芯: a place heads a brand)
    return True


# “生命蓝湾”“智造谷”等特色园区, “氢启未来”“芯火”等双创平台: names in quotes, listed before 等 and the head that
# says what they are; quotes mark the words as names, whatever they end in
QUOTED_ITEM = r"“[^“”，。；、]{2,12}”"
QUOTED_LIST_RE = re.compile(
    rf"((?:{QUOTED_ITEM}[、和及与]?){{1,10}})等(?:[\d一二两三四五六七八九十]+[个家座处])?"
    r"(?:特色|专业|主题|双创|创新|科创|孵化)?(园区|产业园|园中园|小镇|产业社区|平台|孵化器|众创空间|加速器)")
QUOTED_HEADS = {"园区": "IndustrialPark", "产业园": "IndustrialPark", "园中园": "IndustrialPark",
                "小镇": "IndustrialPark", "产业社区": "IndustrialPark", "平台": "Platform", "孵化器": "Incubator",
                "众创空间": "Incubator", "加速器": "Incubator"}


def quoted_list_names(sentence: Sentence) -> list[Mention]:
    """The parks, platforms and incubators a list names in quotes before 等 and its head (“生命蓝湾”“智造谷”等特色
    园区): each quoted item is one, of the class its own suffix says, else the head's."""
    out = []
    for match in QUOTED_LIST_RE.finditer(sentence.text):
        head = QUOTED_HEADS[match.group(2)]
        for item in re.finditer(r"“([^“”]+)”", match.group(1)):
            name = item.group(1)
            suffix = next((s for s in SUFFIXES if name.endswith(s)), None)
            cls = SUFFIX_CLASSES[suffix] if suffix and KIND_OF[SUFFIX_CLASSES[suffix]] != "product" else head
            if KIND_OF[cls] != KIND_OF[head] or name in CATEGORY_WORDS or generic_word(name):
                continue  # “链主”等平台: a kind; a zone in a list of parks is left to its suffix
            start = sentence.start + match.start(1) + item.start(1)
            out.append(Mention(name, start, start + len(name), sentence.id, cls))
    return out
