"""Brands jieba cut apart, found again while a name is walked back (``spans``): a place's brand read as a verb
(陕西/延长/石油…有限责任公司), a brand of characters and verbs after its place (河北/绒/都/纺织集团有限公司), two lone
characters opening a clause (凉/都/氢能院士工作站), a brand's 和 (瑞和生物) and its last two characters read as a
verb (钠/启新/能源). Each test says how a token belongs to the name when jieba's tags say it does not."""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary
from chaingraph.authoring.extract.name_words import (
    CJK_WORD,
    Context,
    brand_char,
    name_part,
    namey,
)
from chaingraph.authoring.extract.rules import (
    CJK_NAME,
    INDUSTRY_TAILS,
    INDUSTRY_WORDS,
    LEGAL_SUFFIXES,
    PLACED_WORK_RE,
    PROJECT_STOPS,
    PROPER_TAGS,
)
from chaingraph.authoring.extract.seats import seat_before_province
from chaingraph.authoring.extract.tokens import Token
from chaingraph.authoring.extract.words import FUNCTION_CHARS, LEADING_VERBS, LIST_TRIGGERS, STOP_WORDS


def region_verb(ctx: Context, k: int, last: int) -> bool:
    """Whether token k, a two-character verb after a province or city, is the brand of a company
    named after its place (陕西延长石油（集团）有限责任公司) or the field of its platform (安徽省再生塑料工程技术
    研究中心): the name ends in a legal suffix or a platform's, the place opens it (after a boundary), and a
    noun follows the verb."""
    tokens = ctx.tokens
    if not (1 <= k < len(tokens) - 1 and tokens[k].tag == "v" and len(tokens[k].word) == 2
            and CJK_WORD.fullmatch(tokens[k].word) and tokens[k].word not in LEADING_VERBS
            and tokens[k].word not in STOP_WORDS and tokens[k - 1].word in ctx.gazetteer.regions):
        return False
    work = tokens[last].word == "项目" and PLACED_WORK_RE.search("".join(t.word for t in tokens[k + 1:last]))
    if not (tokens[last].word.endswith(("有限公司", "有限责任公司", "集团", *PLATFORM_ENDS)) or work):
        return False  # (安徽省再生塑料工程技术研究中心: a province's platform named by what it works on)
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


RESEARCH_SUFFIXES = ("研究院", "研究所", "设计院")
PLATFORM_ENDS = ("研究中心", "实验室", "创新中心", "技术中心")  # a province's or city's platform by its field
BRAND_CHARS = 4  # a brand is two to four characters (绒都, 沪安包装, 恒锦再生)


# 侯马市与/晋峰…: two parties (和, 同 open brands: 乐山和祥, 厦门同芯; so does 与 before a character: 江西与/时/科技)
PARTY_JOINS = ("与", "及", "跟", "向", "对")


def place_brand(ctx: Context, first: int, last: int) -> int:
    """How many tokens before `first` are a place and the brand after it, where jieba cut the brand into
    characters and verbs (河北/绒/都/纺织集团有限公司, 上海/沪/安/包装/科技有限公司, 浙江/远望/船舶设计研究院):
    the place opens the name after a boundary, the brand is at most four characters and holds no particle
    (金城江区的华锑…有限公司: the name is 华锑…, placed by 的), and the words from
    `first` to the legal or institute suffix are all common, so that without the brand the name would
    name no one (0: no such brand)."""
    tokens = ctx.tokens
    ends = LEGAL_SUFFIXES + RESEARCH_SUFFIXES
    end = next((m for m in range(first, last + 1) if tokens[m].word.endswith(ends)
                and (m == last or not tokens[m + 1].word.endswith(ends))), None)  # a project's name goes on after it
    if end is None or not all(_common_word(ctx, t) or t.word.endswith(ends) for t in tokens[first:end + 1]):
        return 0
    chars = 0
    for k in range(first - 1, max(first - 5, -1), -1):
        word = tokens[k].word
        if word in ctx.gazetteer.regions and chars >= 2:
            firm = tokens[end].word.endswith(LEGAL_SUFFIXES)
            while k >= 1 and tokens[k - 1].word in ctx.gazetteer.regions \
                    and not (firm and seat_before_province(ctx, k)):
                k -= 1  # 贵州/息烽/磷/都/化工有限公司: a province before the county, both the name's
                # (not 西平县/河南/豫/嘉/乳业有限公司: the county is where the firm sits)
            before = tokens[k - 1] if k >= 1 else None
            opens = before is None or not re.match(r"\w", before.word) or before.word in STOP_WORDS \
                or before.word in LEADING_VERBS or before.word in LIST_TRIGGERS or before.tag in ("p", "c")
            return first - k if opens else 0
        chars += len(word)
        if chars > BRAND_CHARS or not re.fullmatch(rf"{CJK_NAME}{{1,2}}", word) or word in LEADING_VERBS \
                or tokens[k].tag.startswith("u") or word in PARTY_JOINS and len(tokens[k + 1].word) >= 2 \
                or word in PROJECT_STOPS \
                or word in LIST_TRIGGERS \
                or ctx.known(word) or ctx.in_figure(tokens[k]):
            return 0
    return 0


def _common_word(ctx: Context, token: Token) -> bool:
    """An industry word or a word jieba knows that is no proper noun and no verb: it names no one alone."""
    return token.word in INDUSTRY_WORDS or token.word in INDUSTRY_TAILS or (
        re.fullmatch(rf"{CJK_NAME}+", token.word) is not None and in_dictionary(token.word)
        and token.tag not in PROPER_TAGS and not (token.tag.startswith("v") and token.tag != "vn")
        and not ctx.known(token.word))


def opening_brand(ctx: Context, first: int) -> bool:
    """Whether the two single characters right before `first` open the clause and are a brand jieba cut
    (凉/都 of 凉都氢能院士工作站, 都 read as an adverb): the first is no function character, the two are no
    word jieba knows, and a noun of the name follows them."""
    tokens = ctx.tokens
    if first < 2 or not all(re.fullmatch(CJK_NAME, tokens[k].word) for k in (first - 2, first - 1)):
        return False
    head, tail = tokens[first - 2], tokens[first - 1]
    before = tokens[first - 3] if first >= 3 else None
    opens = before is None or not re.match(r"\w", before.word)
    return opens and head.word not in FUNCTION_CHARS and head.tag[:1] not in ("d", "p", "c", "m", "r", "u") \
        and tail.tag[:1] not in ("p", "c", "m", "r", "u", "y") \
        and not in_dictionary(head.word + tail.word) and not ctx.in_figure(head) \
        and CJK_WORD.fullmatch(tokens[first].word) is not None and namey(tokens[first])


def brand_conjunction(ctx: Context, k: int) -> bool:
    """Whether token k, a 和 or 与, belongs to a brand (瑞和, 天和): a lone character before it that
    starts a name (after a place or a boundary), and a word of a name after it."""
    tokens = ctx.tokens
    if tokens[k].word not in ("和", "与") or k < 1 or k + 1 >= len(tokens) or not brand_char(tokens[k - 1]):
        return False
    before = tokens[k - 2] if k >= 2 else None
    starts = before is None or ctx.known(before.word) or before.tag == "ns" or not re.match(r"[\w]", before.word) \
        or before.word in STOP_WORDS or before.word in LEADING_VERBS
    after = tokens[k + 1]
    return starts and re.fullmatch(rf"{CJK_NAME}{{2,}}", after.word) is not None and after.word not in STOP_WORDS \
        and not ctx.known(after.word) and after.tag not in ("ns", "nt")  # (祁连胜与/东北大学/nt: a partner named whole)


def brand_verb(ctx: Context, k: int) -> bool:
    """Whether token k, a two-character verb, ends a brand that jieba cut in two (钠/启新 of 钠启新能源):
    a lone character that starts a name before it, and a word of a name after it."""
    tokens = ctx.tokens
    if not (0 < k < len(tokens) - 1 and tokens[k].tag == "v" and CJK_WORD.fullmatch(tokens[k].word)
            and len(tokens[k].word) == 2 and brand_char(tokens[k - 1]) and namey(tokens[k - 1])):
        return False
    before = tokens[k - 2] if k >= 2 else None
    return (before is None or ctx.known(before.word) or not re.match(r"\w", before.word)
            or before.word in STOP_WORDS or before.word in LEADING_VERBS) and name_part(ctx, k + 1, "organisation")
