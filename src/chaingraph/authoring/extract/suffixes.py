"""Where a name's suffix is: the class word that ends a name (有限公司, 产业园, 中试基地, 谷), found over the last
tokens, and the single-character suffixes (园, 谷) only where what stands before them is a park's work or a place's
industry, not a word of its own (公园, 峡谷)."""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary
from chaingraph.authoring.extract.name_words import CJK_WORD, PLACE_CLAUSE_VERBS
from chaingraph.authoring.extract.rules import CJK, FALSE_SUFFIX_WORDS, HUB_SUFFIXES, PROPER_TAGS, SUFFIXES
from chaingraph.authoring.extract.tokens import Token
from chaingraph.authoring.extract.words import LEADING_VERBS, STOP_WORDS

# the offices a body names by what they serve (项目服务处, 项目组); not a project
OFFICE_WORDS = {"服务处", "服务中心", "服务科", "办", "办公室", "处", "科", "组", "股", "专班", "管理处", "推进办"}


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
    if any(tail.endswith(word) and len(word) > len(suffix) for word in FALSE_SUFFIX_WORDS):
        return None  # 社会/资本, 民间/资本: a word that ends like a name across two tokens is still that word
    if suffix == "园" and i >= 2 and tokens[i].word == "园" and tokens[i - 2].word.endswith("科技园区") \
            and tokens[i - 1].tag in ("nr", "ns") and len(tokens[i - 1].word) >= 2:
        return suffix, i  # 中关村科技园区/昌平/园: a zone's part named by its district (``mentions.class_of``)
    if suffix == "园" and (tokens[i].word != "园" or i < 1 or len(tokens[i - 1].word) < 2
                          or tokens[i - 1].word.endswith(("入", "进", "出"))  # 新入/园: entering a park
                          or not (tokens[i - 1].tag[:1] in ("n", "l", "j") or tokens[i - 1].tag == "vn"
                                  or tokens[i - 1].word == "”"
                                  or tokens[i - 1].tag == "a" and i >= 2 and tokens[i - 2].tag == "n"
                                  or _work_of_park(tokens, i - 1))):
        return None  # 公园, 校园, 入园: words of their own; 新材料/园, 加工/vn 园, 装备/配套/a 园: what it gathers
    if suffix == "谷" and not (tokens[i].word == "谷" and i >= 2 and tokens[i - 2].tag == "ns"
                               and (CJK_WORD.fullmatch(tokens[i - 1].word) and tokens[i - 1].tag in ("n", "l", "nz")
                                    or re.fullmatch(f"[{CJK}]", tokens[i - 1].word) and tokens[i - 1].tag == "n")):
        return None  # 龙岩/无人机/谷, 江北/膜/谷: a place, what it makes, and 谷 cut off; 低谷, 峡谷 are words
    if j < i and tokens[j].word in FALSE_SUFFIX_WORDS | STOP_WORDS:
        return None
    if (suffix in HUB_SUFFIXES or suffix == "谷") and not suffix.endswith("城") and i + 1 < len(tokens) \
            and _goes_on(tokens[i + 1]) and not _adverb_new(tokens, i + 1) and not _manner(tokens, i + 1):
        return None  # 光谷生物城, 碳谷新材料有限公司, “龙城碳谷”众创空间: the valley heads a longer name (a 城 heads
        # none: 家纺城/交易额)
    if suffix == "控股" and i + 1 < len(tokens) and tokens[i + 1].word in ("子公司", "孙公司", "的", "公司"):
        return None  # X集团有限公司控股/子公司Y: the parent's holding in Y, no name ending in 控股
    if suffix == "项目" and i + 1 < len(tokens) and tokens[i + 1].word in OFFICE_WORDS:
        return None  # 管委会项目服务处, 县发改委项目办: an office that serves projects, no project
    return suffix, j



def _work_of_park(tokens: list[Token], k: int) -> bool:
    """径河/细胞/治疗/v 园, 镜湖/先进/封装/v 园: the work a park is for, a verb after the noun or the grade it works on,
    with a place or a name before them (not 企业/入驻 园: what is done at a park; not 村里的草莓/采摘 园: a kind of
    farm plot)."""
    named = k >= 2 and CJK_WORD.fullmatch(tokens[k - 2].word) is not None \
        and (tokens[k - 2].tag in PROPER_TAGS or not in_dictionary(tokens[k - 2].word))
    return tokens[k].tag == "v" and k >= 1 and tokens[k - 1].tag[:1] in ("n", "a") and named \
        and CJK_WORD.fullmatch(tokens[k - 1].word + tokens[k].word) is not None \
        and tokens[k].word not in LEADING_VERBS | STOP_WORDS | PLACE_CLAUSE_VERBS


def _manner(tokens: list[Token], k: int) -> bool:
    """与南京生物医药谷错位发展。: a noun and the verb closing the clause after it say how the park acts (错位/n
    发展/vn), no word of a longer name."""
    return k + 2 < len(tokens) and tokens[k].tag.startswith("n") and tokens[k + 1].tag.startswith("v") \
        and not tokens[k].word.endswith(tuple(SUFFIXES)) \
        and re.fullmatch(r"[，。；！？、]", tokens[k + 2].word) is not None


def _adverb_new(tokens: list[Token], k: int) -> bool:
    """淮南储能智造谷新入驻企业35家: 新 before a verb says what is new, no word of a longer name."""
    return tokens[k].word == "新" and k + 1 < len(tokens) and tokens[k + 1].tag.startswith("v")


# 永康车业智谷二期, 纺织科创港运营一年来: a park's phase or what the park does next, no longer name
# (滨江芯谷规划面积2.3平方公里: the valley's measures follow its name; the clause, not a longer name)
PARK_GOES_ON_NOT_RE = re.compile(r"[一二三四五六七八九十首]期|运营|启用|开园|投用|规划(?:面积)?|(?:总|占地|建筑)?面积"
                                 r"|占地|现有|目前|今年|去年|全年|累计")


def _goes_on(token: Token) -> bool:
    """Whether a token after a park's valley or hub word continues a name rather than the clause."""
    if PARK_GOES_ON_NOT_RE.fullmatch(token.word):
        return False
    return token.word in ("”", "’") or (re.match(rf"[{CJK}A-Za-z]", token.word) is not None
                                       and (token.tag[:1] in ("n", "a", "j", "b", "s") or token.tag in ("vn", "eng")))
