"""Where a name walked back from its suffix really starts: the words that lead into it without
being part of it are dropped (建设, 打造, 园区 before a park; 现有, 投产 before a product; 龙头企业 or
省级新型研发机构 before an organisation's place)."""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary, word_frequency
from chaingraph.authoring.extract.name_words import CJK_WORD, Context, place
from chaingraph.authoring.extract.rules import KIND_OF, NOT_NAMES, PRODUCT_LEADING, ZONE_WORDS
from chaingraph.authoring.extract.topic_places import TOPIC_LEVELS
from chaingraph.authoring.extract.words import LEADING_VERBS, STOP_WORDS, generic_word

# the part a company plays, written before its name: 由合作伙伴广东华韶…有限公司, 园区运营方遂宁…有限公司
PARTY_WORDS = {"合作伙伴", "合作方", "运营方", "承建方", "建设方", "投资方", "出资方", "实施方", "甲方", "乙方",
               "业主", "业主单位", "总包方", "施工方", "股东", "港方", "外方", "中方", "港方股东", "外方股东",
               "中方股东", "控股股东"}  # 项目业主云南…有限公司, 港方股东香港…有限公司
# the rank a company holds in a chain, written before its name: 产业链龙头福建…有限公司, 链主湖北…有限公司
RANK_WORDS = {"龙头", "链主", "头部", "领军", "领军企业", "龙头企业", "链主企业", "头部企业"}
# whose capital a company is, written before its name: 港资企业金威…有限公司, 外资企业诺德…有限公司
OWNERSHIP_WORDS = {"港资", "澳资", "台资", "外资", "日资", "韩资", "美资", "欧资", "侨资", "内资", "民营", "国有",
                   "中外合资", "外商独资", "合资", "独资", "港资企业", "外资企业", "台资企业", "民营企业", "国有企业",
                   "合资企业", "独资企业", "外商投资企业", "县属", "市属", "区属", "省属", "州属", "国企"}
WITHIN_WORDS = {"县内", "市内", "区内", "省内", "镇内", "境内", "域内", "县域内", "市域内"}
COMMON = 100  # a word jieba saw this often is a word of the language, not a brand


def trim_start(ctx: Context, first: int, j: int, cls: str) -> int:
    """Drop the words that lead into a name but are not part of it (建设, 打造, 园区; 现有, 投产 before a product)."""
    tokens = ctx.tokens
    while first < j:
        token = tokens[first]
        if KIND_OF.get(cls) == "product" and (token.word in PRODUCT_LEADING
                                              or token.tag.startswith("v") and token.tag != "vn"):
            first += 1
            continue
        if KIND_OF.get(cls) == "project" and len(token.word) == 1 and token.tag == "v" \
                and not in_dictionary(token.word + tokens[first + 1].word[:2]):  # (可/再生能源: one word)
            first += 1  # 再添/疫苗大项目, 新上/…项目: a one-character verb of the clause starts no project's name
            continue
        if KIND_OF.get(cls) == "organisation" and (
                token.word in PARTY_WORDS or (token.word == "方" and first > 0 and f"{tokens[first - 1].word}方"
                                              in PARTY_WORDS)):
            first += 1  # 运营/方/遂宁…: jieba leaves the party's 方 to the name
            continue
        if token.word in ("县", "市", "区", "省", "州", "旗", "镇") and first > 0 \
                and tokens[first - 1].word in ("我", "本", "全"):
            first += 1  # 我/县/云岙抽水蓄能电站: the writer's own county, then the name
            continue
        if token.word in WITHIN_WORDS:
            first += 1  # 县内/风电项目: where, in the writer's own place, then what
            continue
        following = tokens[first + 1]
        if KIND_OF.get(cls) == "organisation" and first + 1 < j and token.word in ("产业链", "链上", "行业") \
                and following.word in RANK_WORDS:
            first += 2  # 产业链/龙头/福建闽芯…: the chain's leader, then its name
            continue
        if KIND_OF.get(cls) == "organisation" and first + 2 < j and token.word in ("链", "产业链") \
                and following.word == "上" and tokens[first + 2].word in RANK_WORDS:
            first += 3  # 链/上/龙头/吉林澜嵩…, 产业链/上/龙头…: the chain's leader, 上 cut apart
            continue
        if KIND_OF.get(cls) == "organisation" and token.word in OWNERSHIP_WORDS and first + 2 < j:
            first += 2 if following.word == "企业" else 1  # 港资/企业/金威…: whose capital, then the name
            continue
        if KIND_OF.get(cls) == "organisation" and (named := _named_after_role(ctx, first, j)) is not None:
            first = named  # 核心团队持股/平台/上海衡睿…: what the body is for, then its name from its place
            continue
        if token.word in RANK_WORDS and first + 2 < j and (KIND_OF.get(cls) == "organisation" or KIND_OF.get(
                cls) == "project" and re.search("公司|集团", "".join(t.word for t in ctx.tokens[first + 1:j]))):
            first += 2 if following.word == "企业" else 1  # 链主/企业/金陵芯源…: no company is named for its rank
            # (nor its project: 龙头企业X有限公司年产…项目; not 龙头镇污水处理厂项目, 链主企业培育工程项目)
            continue
        if cls == "Company" and first + 1 < j and _place_before_brand(ctx, first, j):
            first += 1  # 宜宾市蜀能航电（宜宾）电池有限公司: the clause's city, then a name with its own place
            continue
        place = _category_run(ctx, first, j) if KIND_OF.get(cls) == "organisation" else None
        if place is not None:
            first = place  # 新型研发机构陇原新材料研究院: what kind of body it is, then its name
            continue
        if KIND_OF.get(cls) == "organisation" and len(token.word) >= 2 and generic_word(token.word) and \
                first + 1 < j and (following.word in ctx.gazetteer.regions or following.tag == "ns"
                                   or _ranked_before_place(ctx, first + 1, j)):
            first += 1  # 龙头企业江西弘晟光能…, 链主/企业/湖北…: a name starts at its place, not its rank
            continue
        leading_verb = token.word in LEADING_VERBS and (cls != "GovernmentBody" or token.word != "发展")
        generic_place = token.word in NOT_NAMES and token.word not in ZONE_WORDS and not (
            KIND_OF.get(cls) == "project" and token.word in ("材料", "电池", "设备"))  # 电池包箱体项目: what is made
        if not (leading_verb or generic_place or token.word in STOP_WORDS):
            break
        first += 1
    return first


def _named_after_role(ctx: Context, first: int, j: int) -> int | None:
    """Where a name opens on its place after a few words saying what the body is for (核心团队持股平台上海衡睿…,
    县属国有企业泸溪县…), else None: no name holds 平台 or 企业 right before a place."""
    tokens = ctx.tokens
    placed = [t.tag == "ns" or t.word in ctx.gazetteer.regions for t in tokens]
    for k in range(first, min(j - 2, first + 5)):
        if placed[k]:
            return None
        if tokens[k].word in ("平台", "企业") and placed[k + 1]:
            return k + 1
    return None


def brand_before_seat(ctx: Context, first: int, j: int, cls: str) -> int:
    """The start of a company's name of the form brand（seat）kind有限公司 whose walk stopped short of its brand
    because jieba read the brand as a verb or a numeral (启明/v 新能源（宜良）, 大元/m 精密（武汉）): where only common
    words stand between the start and the bracketed seat, a rare word of two or three characters before is the brand."""
    tokens = ctx.tokens
    seat = _seat(ctx, first, j)
    if cls != "Company" or first == 0 or seat is None or seat == first or not all(
            generic_word(t.word) or word_frequency(t.word) >= COMMON for t in tokens[first:seat]):
        return first
    brand = tokens[first - 1]
    rare = CJK_WORD.fullmatch(brand.word) and 2 <= len(brand.word) <= 3 and word_frequency(brand.word) < COMMON
    plain = brand.word not in LEADING_VERBS | STOP_WORDS | PARTY_WORDS | RANK_WORDS and not generic_word(brand.word) \
        and brand.word not in ctx.gazetteer.regions and brand.tag not in ("p", "c", "u", "uj", "x", "r")
    return first - 1 if rare and plain else first


def _place_before_brand(ctx: Context, first: int, j: int) -> bool:
    """Whether the city or county at `first` stands before a name that carries its own place in brackets: a brand's
    plant is named by the brand and its seat (蜀能航电（宜宾）电池有限公司), never by a city in front of it."""
    word = ctx.tokens[first].word
    if ctx.gazetteer.regions.get(word) != word or not word.endswith(TOPIC_LEVELS):
        return False
    return _seat(ctx, first + 1, j) is not None


def _seat(ctx: Context, start: int, j: int) -> int | None:
    """The index of the （place） a name carries before its suffix at j (蜀能航电（宜宾）电池有限公司), or None."""
    tokens = ctx.tokens
    return next((k for k in range(start, j - 2) if tokens[k].word in ("（", "(")
                 and tokens[k + 1].word in ctx.gazetteer.regions and tokens[k + 2].word in ("）", ")")), None)


def _ranked_before_place(ctx: Context, first: int, j: int) -> bool:
    """Whether the tokens from `first` on are generic words of two characters or more up to a place."""
    for k in range(first, j):
        token = ctx.tokens[k]
        if token.word in ctx.gazetteer.regions or token.tag == "ns":
            return k > first
        if len(token.word) < 2 or not generic_word(token.word):
            return False
    return False


def _category_run(ctx: Context, first: int, j: int) -> int | None:
    """The index of the place that starts the name when the words from `first` to it only say what
    kind of body follows (新型研发机构, 省级重点实验室): None when there are none or no place follows."""
    tokens = ctx.tokens
    for k in range(first + 1, j):
        if place(ctx, tokens[k]) or tokens[k].tag in ("nr", "nz", "nt"):
            words = [t.word for t in tokens[first:k]]
            return k if "机构" in words and all(generic_word(w) or w == "机构" for w in words) else None
        if not (generic_word(tokens[k].word) or tokens[k].word == "机构"):
            return None
    return None
