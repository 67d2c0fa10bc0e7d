"""Sentences into POS-tagged words, with the gazetteer's names kept whole.

The tokenizer is jieba's, private to the extractor: the normalizer scores garble repairs with
jieba's default dictionary, which adding names to would change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chaingraph.authoring.counties import county_regions, county_stems
from chaingraph.authoring.dictionary import base_tokenizer, pos_tagger
from chaingraph.authoring.extract.rules import (
    CJK_NAME,
    HUB_SUFFIXES,
    KIND_OF,
    LEGAL_SUFFIXES,
    ROLE_RE,
    SUFFIX_CLASSES,
)
from chaingraph.authoring.extract.word_joins import drug_spans
from chaingraph.authoring.gazetteer import (
    ADMIN_SUFFIX,
    CITY_NAMES,
    PROVINCES,
    Gazetteer,
    county_short_forms,
    generic_regions,
)
from chaingraph.sources.sentences import Sentence

# words that end in 等 and are words of their own
REAL_DENG_WORDS = {"等等", "中等", "高等", "同等", "平等", "对等", "均等"}


# prepositions and conjunctions jieba may glue to an unknown word after them
FUNCTION_HEADS = set("由与在和将对从向把被为是及跟同于了的")


@dataclass(frozen=True)
class Token:
    word: str
    tag: str
    start: int  # offsets in the normalized text
    end: int


# the areas round an airport the genre names zones and parks by (临空港经开区, 临空产业园)
AIRPORT_AREA_WORDS = ("临空港", "临空")
# the land a solar or storage station is built on (淮南市采煤沉陷区水面光伏电站): jieba reads 采煤/沉陷 as verbs
LAND_WORDS = ("采煤沉陷区", "采煤塌陷区", "沉陷区", "塌陷区")


def pos_tokenizer(gazetteer: Gazetteer):
    """A POS tokenizer that keeps the gazetteer's names whole."""
    import jieba

    base, _ = base_tokenizer()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(base.FREQ), base.total, True
    pos = pos_tagger(tokenizer)
    suffixes = [word for word in SUFFIX_CLASSES  # 经开区, 管委会 whole: jieba would cut 经/开区
                if len(word) >= 3 and KIND_OF[SUFFIX_CLASSES[word]] in ("zone", "park", "organisation", "region")]
    for word in [*suffixes, *AIRPORT_AREA_WORDS, *LAND_WORDS]:  # 临/v 空港: jieba reads the airport area's 临 as a verb
        pos.tokenizer.add_word(word, 2000, "n")  # (a kind of area, no place: 郑州临空经济区 is a zone of 郑州)
        pos.word_tag_tab[word] = "n"
    pos.tokenizer.del_word("项目前期")  # X管道项目/前期工作: the project's name ends at its suffix
    # 35兆帕储氢瓶: a rating (not 35兆, a number, then 帕储氢瓶); 做/强新/材料; 源/泰国/有/资本…; 生物体/外/诊断
    words = (("兆帕", "q"), ("做强", "v"), ("做优", "v"), ("国有资本", "n"), ("国有资产", "n"), ("体外诊断", "n"))
    for word, tag in words:
        pos.tokenizer.add_word(word, 2000, tag)
        pos.word_tag_tab[word] = tag
    short_counties, counties = county_short_forms(), county_regions()
    for name in [*gazetteer.regions, *gazetteer.economic]:
        if name in short_counties:  # 介休, 永康: jieba's own count keeps 郑永康 a person and 贵安新区 whole
            if name in pos.tokenizer.FREQ:
                pos.word_tag_tab[name] = "ns"
            continue
        if name in counties and name not in CITY_NAMES and name.endswith("区"):
            if name in pos.tokenizer.FREQ:  # a district as jieba cuts it: 柯桥/区块链, 滨江/区域 stay words
                pos.word_tag_tab[name] = "ns"
            continue
        if name in counties and name not in CITY_NAMES:  # just whole: 介休/市场监管局 stays a bureau
            pos.tokenizer.add_word(name, pos.tokenizer.suggest_freq(name, False), "ns")
        else:
            pos.tokenizer.add_word(name, 2000, "ns")
        pos.word_tag_tab[name] = "ns"
    for name, entries in gazetteer.names.items():
        if len(name) >= 2 and not is_pronoun(name):
            kind = KIND_OF.get(entries[0].cls)
            tag = "ns" if kind in ("region", "zone", "park") else "nt" if kind == "organisation" else \
                "nr" if kind == "person" else "n"  # an industry or a product is a common noun
            pos.tokenizer.add_word(name, 2000, tag)
            pos.word_tag_tab[name] = tag
    return pos


def sentence_tokens(tokenizer, sentence: Sentence, cued: frozenset[str] = frozenset()) -> list[Token]:
    """The sentence's words with their tags and offsets in the normalized text; ``cued``: the county stems
    whose county the article names (counties.cued_stems)."""
    out, offset = [], sentence.start
    pairs = [(pair.word, pair.flag) for pair in tokenizer.cut(sentence.text)]
    known = tokenizer.tokenizer.FREQ
    for n, (word, tag) in enumerate(pairs):
        following = pairs[n + 1][0] if n + 1 < len(pairs) else ""
        previous = pairs[n - 1][0] if n else ""
        pieces = (_split_list_end(word, tag, following) or _split_function_head(word, tag, known)
                  or _split_agent(word, previous) or _split_name_end(word) or _split_role(word, tag))
        for piece, piece_tag in pieces:
            out.append(Token(piece, piece_tag, offset, offset + len(piece)))
            offset += len(piece)
    return _town_words(_county_words(_joined_bounds(_drug_words(_chemical_words(out, sentence), sentence)), cued))


# 四氧化三锰, 二氧化硅, 三氯化铁, 五氧化二钒: a compound jieba cuts into numerals and a verb (四/氧化/三/锰)
COMPOUND_RE = re.compile(r"[一二三四五六七八]?(?:氧化|氯化|硫化|氟化|氮化|碳化)[一二三四五六七八]?"
                         r"[铁锰硅铝钒钛锌铜镍钴锂钠钾钙镁铬锆钨钼铟镓锗磷硼碳氢氮硫铅锡银铈镧钕钇]")


def _chemical_words(tokens: list[Token], sentence: Sentence) -> list[Token]:
    """The tokens with each compound that COMPOUND_RE finds, where it starts and ends on word bounds, one noun."""
    for match in COMPOUND_RE.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        inside = [n for n, t in enumerate(tokens) if start <= t.start and t.end <= end]
        if len(inside) >= 2 and tokens[inside[0]].start == start and tokens[inside[-1]].end == end:
            tokens = tokens[:inside[0]] + [Token(match.group(0), "n", start, end)] + tokens[inside[-1] + 1:]
    return tokens


def _drug_words(tokens: list[Token], sentence: Sentence) -> list[Token]:
    """The tokens with each drug's name one noun (瑞舒/伐/他/汀钙 -> 瑞舒伐他汀钙: word_joins.drug_spans)."""
    for first, last in reversed(drug_spans([(t.word, t.tag) for t in tokens])):
        tokens = tokens[:first] + [Token("".join(t.word for t in tokens[first:last + 1]), "n", tokens[first].start,
                                         tokens[last].end)] + tokens[last + 1:]
    return tokens


LOCANT_RE = re.compile(r"\d,\d")


def _joined_bounds(tokens: list[Token]) -> list[Token]:
    """220千伏及以上高压海缆: 及以上 (and 及以下) bounds a rating, one word, no 及 that joins two names;
    闽台银行福州分/行为: a bank's branch before 为 (分行/为), which jieba reads as 分/行为 (behaviour)."""
    out: list[Token] = []
    for token in tokens:
        if out and out[-1].word == "及" and token.word in ("以上", "以下") and out[-1].end == token.start:
            out[-1] = Token("及" + token.word, "f", out[-1].start, token.end)
            continue
        if len(out) >= 3 and token.word == "-" and LOCANT_RE.fullmatch("".join(t.word for t in out[-3:])) \
                and out[-3].start == token.start - 3:
            out[-3:] = [Token("".join(t.word for t in out[-3:]), "m", out[-3].start, token.start)]
            # 1,4-丁二醇: a chemical's locants are one word of its name, no clause's comma
        if out and out[-1].word in ("分", "支") and token.word == "行为" \
                and any(t.word.endswith("银行") for t in out[-4:]):
            out[-1] = Token(out[-1].word + "行", "n", out[-1].start, token.start + 1)
            out.append(Token("为", "p", token.start + 1, token.end))
            continue
        out.append(token)
    return out


# a park's designation a town's name runs on to (近海镇医疗器械产业园, 娘子关镇大数据产业园)
PARK_AFTER_TOWN_RE = re.compile(rf"^(?!的){CJK_NAME}{{0,10}}?(?:产业园|工业园|园区|产业集聚区|开发区|小镇)")
# words for a kind of town, no town's name (重镇, 小镇, 乡镇); the words a join must not end in add the old and new
# towns and the words of 乡 that are no place (城乡, 下乡, 家乡)
TOWN_KINDS = ("城镇", "乡镇", "小镇", "重镇", "名镇", "集镇")
NOT_TOWN_WORDS = TOWN_KINDS + ("古镇", "新镇", "城乡", "下乡", "家乡", "返乡", "老乡")


# words jieba tags as nouns that describe a town rather than name it (重点镇, 所在镇, 落户镇…工业园区), and the
# characters before a town that are a level or a direction of travel (function characters are checked apart)
NOT_TOWN_HEADS = {"重点", "特色", "示范", "中心", "所在", "落户", "落地", "入驻", "建设", "全国", "经济",
                  "工业", "农业", "重要", "强", "每", "各", "县", "市", "区", "省", "经", "到", "往", "至"}


def _town_words(tokens: list[Token]) -> list[Token]:
    """A town jieba cut apart (近海/镇, 三十/铺镇, 浩/口镇, 娘子/关镇), joined again and tagged a place where a
    park's name runs on from it (近海镇医疗器械产业园): the park's name starts at the town."""
    out: list[Token] = []
    for n, token in enumerate(tokens):
        previous = out[-1] if out else None
        if previous is not None and token.word[-1] in "镇乡" and len(token.word) <= 2 \
                and previous.end == token.start and 3 <= len(previous.word) + len(token.word) <= 4 \
                and _town_head(previous, ("p", "v", "u", "c", "ns")) \
                and not previous.word.endswith(("个", "们", "批", "些")) \
                and not (previous.word + token.word).endswith(NOT_TOWN_WORDS) \
                and PARK_AFTER_TOWN_RE.match("".join(t.word for t in tokens[n + 1:n + 6])):
            out[-1] = Token(previous.word + token.word, "ns", previous.start, token.end)
            head = out[-2] if len(out) >= 2 else None
            if head is not None and head.end == previous.start and len(out[-1].word) == 3 and len(head.word) == 1 \
                    and _town_head(head, ("p", "v", "u", "c", "d", "r", "m")):
                out[-2:] = [Token(head.word + out[-1].word, "ns", head.start, token.end)]  # 东/花园/镇: 东花园镇
            continue
        out.append(token)
    return out


def _town_head(token: Token, not_tags: tuple[str, ...]) -> bool:
    """Whether a word before 镇/乡 may open a town's name: name characters, none of ``not_tags``, no pronoun's or
    function character and no word that describes a town (重点, 所在)."""
    return re.fullmatch(rf"{CJK_NAME}+", token.word) is not None and token.tag not in not_tags \
        and token.word[0] not in PRONOUN_HEADS and token.word not in FUNCTION_HEADS \
        and token.word not in NOT_TOWN_HEADS


# what a zone's or park's name goes on with after its county (仙桃/经济开发区, 合作/高新区)
ZONE_DESIGNATION_RE = re.compile(r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区"
                                 r"|工业园区|工业集中区|产业园|工业园)")


def _county_words(tokens: list[Token], cued: frozenset[str] = frozenset()) -> list[Token]:
    """A county's short form jieba reads as a common word (仙桃, a peach) is the county where a zone's or
    park's designation follows it, or, in an article that names the county, where a company's name runs on
    from it to its legal suffix (互助高原乳业有限公司): tagged a place, so the name starts there. A county jieba
    cut from its suffix (喀左/县, 安州/区) is joined again."""
    stems, counties = county_stems(), county_regions()
    out = []
    for token in tokens:
        if out and token.word in ("县", "旗", "市", "区") and out[-1].end == token.start \
                and out[-1].word + token.word in counties and out[-1].word in stems:
            out[-1] = Token(out[-1].word + token.word, "ns", out[-1].start, token.end)
            continue
        out.append(token)
    out = _split_stems(out, cued)
    tokens = list(out)
    for n, token in enumerate(tokens[:-1]):
        if token.tag != "ns" and token.word in stems:
            after = "".join(t.word for t in tokens[n + 1:n + 4])
            if ZONE_DESIGNATION_RE.match(after) and (token.word[0] not in PRONOUN_HEADS or token.word in cued) \
                    or token.word in cued and (_opens_company(tokens[n + 1:]) or _opens_named_place(tokens[n + 1:])):
                # (全州工业园区: the whole prefecture's parks, unless the article names 全州县)
                out[n] = Token(token.word, "ns", token.start, token.end)
    return out


def _split_stems(tokens: list[Token], cued: frozenset[str]) -> list[Token]:
    """启/东海/泓药业有限公司 in an article that names 启东市: jieba read the county's stem across two words; the
    stem is cut out again (启东/海/泓…), so the company's name opens on its county."""
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        token, following = tokens[n], tokens[n + 1] if n + 1 < len(tokens) else None
        if following is not None and token.word + following.word in cued and token.end == following.start \
                and token.tag != "ns":  # 于/都: jieba read the stem as two words, a preposition and an adverb
            out.append(Token(token.word + following.word, "ns", token.start, following.end))
            n += 2
            continue
        stem = next((c for c in cued if _stem_across(token, following, c)), None) if following else None
        if stem is None and following is not None:
            stem = _province_across(token, following, tokens[n + 2:])
        if stem is not None and token.word in FUNCTION_HEADS and following.tag == "ns":
            stem = None  # 从/江苏, 同/江西: a preposition before a province, no 从江 or 同江 cut out of it
        if stem is None and following is not None and (straddled := _province_straddled(token, following,
                                                                                         tokens[n + 2:])):
            out += straddled  # 龙头山/西晋/纤碳材料有限公司: 龙头 山西 晋纤碳材料有限公司
            n += 2
            continue
        if stem is None:
            out.append(token)
            n += 1
            continue
        cut = following.start + len(stem) - len(token.word)
        out += [Token(stem, "ns", token.start, cut), Token(following.word[cut - following.start:], "nz", cut,
                                                              following.end)]
        n += 2
    return out


# a province's short form (湖南 of 湖南省, 内蒙古 of 内蒙古自治区)
PROVINCE_STEMS = tuple(ADMIN_SUFFIX.sub("", p) for p in PROVINCES)


def _province_across(token: Token, following: Token, rest: list[Token]) -> str | None:
    """湖/南麓/翔航空科技有限公司, 上/海瑞/沣医疗器械有限公司: jieba read a province across two words (南麓, a
    mountain's foot; 海瑞, a person) where a company's name opens on it; the province, else None."""
    for stem in PROVINCE_STEMS:
        if _stem_across(token, following, stem):
            piece = following.word[len(stem) - len(token.word):]
            if _opens_company([Token(piece, "nz", following.start, following.end), *rest]):
                return stem
    return None


def _province_straddled(token: Token, following: Token, rest: list[Token]) -> list[Token] | None:
    """龙头山/西晋/纤碳材料有限公司: a province of two characters that jieba read across the end of one word and the
    start of the next, where a company's name opens on it; the three words cut again, else None."""
    for stem in PROVINCE_STEMS:
        if len(stem) == 2 and len(token.word) >= 2 and token.word.endswith(stem[0]) and token.tag != "x" \
                and len(following.word) >= 2 and following.word.startswith(stem[1]) and token.end == following.start:
            piece = Token(following.word[1:], "nz", following.start + 1, following.end)
            if _opens_company([piece, *rest]):
                return [Token(token.word[:-1], token.tag, token.start, token.end - 1),
                        Token(stem, "ns", token.end - 1, following.start + 1), piece]
    return None


def _stem_across(token: Token, following: Token, stem: str) -> bool:
    """Whether a county's stem opens on `token` (not a place already) and ends inside `following`."""
    head = len(token.word)
    return token.tag not in ("ns", "x") and head < len(stem) and stem.startswith(token.word) \
        and token.end == following.start and following.word.startswith(stem[head:]) \
        and len(following.word) > len(stem) - head


def _opens_company(rest: list[Token]) -> bool:
    """Whether the words after a county stem run on, name words only, to a company's legal suffix or a bank's
    (天元/农村/商业银行), or are a bank's branch named after the county (长株潭发展银行/天元/支行)."""
    return _runs_to(rest[:6], LEGAL_SUFFIXES[:5] + ("银行",), 6, ("p", "c", "u")) or \
        bool(rest) and rest[0].word in ("支行", "分行")


# what a platform's or a park's name ends with after its county (无为/储能产品检验检测中心, 五常/大米加工园)
NAMED_PLACE_ENDS = ("检测中心", "检验中心", "研究院", "研究中心", "创新中心", "中试基地", "中试平台", "实验室",
                    "园", "园区", "孵化器")


def _opens_named_place(rest: list[Token]) -> bool:
    """Whether the words after a county stem run on, name words only, to a platform's or park's ending, or are
    a valley or a hub named by its industry (天元/储能谷, 五常/健康港)."""
    return _runs_to(rest[:7], NAMED_PLACE_ENDS, 5, ("p", "c", "u", "v")) or bool(rest) and rest[0].word in HUB_SUFFIXES


def _runs_to(words: list[Token], ends: tuple[str, ...], shortest: int, not_tags: tuple[str, ...]) -> bool:
    """Whether `words` run on, name words only (none a function word or tagged `not_tags`), to one of `ends`,
    the name at least `shortest` characters long."""
    name = ""
    for token in words:
        if not re.fullmatch(rf"{CJK_NAME}+", token.word) or token.word in FUNCTION_HEADS or token.tag in not_tags:
            return False
        name += token.word
        if name.endswith(ends) and len(name) >= shortest:
            return True
    return False


def _split_list_end(word: str, tag: str, following: str) -> list[tuple[str, str]]:
    """星恒等12家企业: jieba reads 恒等 as a word; before a count or a noun like 企业, 等 ends a list."""
    if len(word) < 2 or not word.endswith("等") or word in REAL_DENG_WORDS:
        return []
    if re.match(r"[\d一二两三四五六七八九十百千数多几]", following) or following.startswith(("企业", "公司", "单位")):
        return [(word[:-1], "n"), ("等", "u")]
    return []


def _split_name_end(word: str) -> list[tuple[str, str]]:
    """汨罗北加氢/站于/9月投运: jieba glues the 于 that follows a name to the name's last character."""
    if len(word) == 2 and word[1] == "于" and word[0] in NAME_END_CHARACTERS:
        return [(word[0], "n"), ("于", "p")]
    return []


# the last characters of names jieba may glue to a following 于 (站于, 园于, 厂于)
NAME_END_CHARACTERS = set("站园厂馆")


def _split_function_head(word: str, tag: str, known: dict) -> list[tuple[str, str]]:
    """由擎源氢能: jieba's guess for an unknown brand can swallow the preposition before it."""
    if len(word) >= 2 and word[0] in FUNCTION_HEADS and not known.get(word) and re.fullmatch(rf"{CJK_NAME}+", word):
        return [(word[0], "p"), (word[1:], tag)]
    return []


def _split_agent(word: str, previous: str) -> list[tuple[str, str]]:
    """基金管理/人为/成都…有限公司: jieba reads 人为 (man-made) where an agent noun ends before 为 (is)."""
    if word == "人为" and previous.endswith(("管理", "负责", "代表", "托管", "承办", "执行事务合伙")):
        return [("人", "n"), ("为", "p")]
    return []


def _split_role(word: str, tag: str) -> list[tuple[str, str]]:
    """jieba's dictionary has words like 局局长: split the organisation's suffix from the role."""
    match = ROLE_RE.search(word)
    if match and match.start() > 0 and match.end() == len(word) and word[: match.start()].endswith(
            tuple(SUFFIX_CLASSES)):
        return [(word[: match.start()], "n"), (word[match.start():], "n")]
    return [(word, tag)]


# the characters a pronoun opens with (该公司, 我市, 本项目, 全县, 此次, 这家, 其)
PRONOUN_HEADS = "该我全本此这其"


def is_pronoun(name: str, head: Token | None = None) -> bool:
    """Whether a name is one character or starts like a pronoun (该公司, 我市, 本项目): it names nothing alone;
    a place that opens on such a character (本溪, 全椒县) does, and so does a county's stem read as the place
    (``head``, the name's first word: 全州/ns 工业园区 in an article that names 全州县)."""
    county = head is not None and head.tag == "ns" and head.word in county_stems() and name.startswith(head.word)
    return len(name) < 2 or (name[0] in PRONOUN_HEADS and not name.startswith(_places_like_pronouns()) and not county)


@lru_cache(maxsize=1)
def _places_like_pronouns() -> tuple[str, ...]:
    return tuple(sorted((n for n in generic_regions() if n[0] in PRONOUN_HEADS and len(n) >= 2), key=len, reverse=True))


def title_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of 《…》 titles (an open 《 runs to the end): words inside a title name no entity."""
    spans, start = [], None
    for i, char in enumerate(text):
        if char == "《" and start is None:
            start = i
        elif char == "》" and start is not None:
            spans.append((offset + start, offset + i + 1))
            start = None
    if start is not None:
        spans.append((offset + start, offset + len(text)))
    return spans
