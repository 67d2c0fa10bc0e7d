"""Where a product's name starts and ends, decided by what its words are, whatever phrase a writer uses.

Every product span is bounded here, however it was found (a suffix walked back, a figure's noun, a list):

* it never starts with the scope or the place of what is said (全县, 本市, 国家级, 所产, a place the gazetteer
  knows, 徐水/区 where jieba split a place from its suffix), with a plan or a status (计划, 新开工, 力争, 拟建),
  with a word of supply (供给, 副产), nor with the unit or counter of the number before it (314Ah, 800架份);
* it never ends with a modal or a time word (拟于, 将, 今年), a count (两条), or the kind of plant or the work a
  facility word goes on with (智能工厂, 回收利用项目, 总装生产线);
* a Latin word right before it stays in it (Mini LED背光模组, 3D视觉传感器), and so do where it works (海上) and a
  degree jieba glued to the verb before (开发出低/重稀土…磁体);
* an organisation's name the article gives is no part of it (晶银新能源单晶硅片 -> 单晶硅片; 擎川机器人 is a
  company's short name, its 川机器人 no product).
"""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.figures import TESTING_VERBS, UNIT_CODES
from chaingraph.authoring.extract.grouping import core_name
from chaingraph.authoring.extract.products import ELEMENTS, NOT_PRODUCTS, product_words, tagger
from chaingraph.authoring.extract.rules import KIND_OF, LEGAL_SUFFIXES
from chaingraph.authoring.extract.statuses import FUTURE_RE, START_RE
from chaingraph.authoring.extract.word_joins import WHERE_USED
from chaingraph.authoring.extract.words import EDGE_CHARS

PACKING_VERBS = ("封装", "封测", "测试")  # work done on chips before they ship, no word of what they are

# the scope a figure is of, not what is made: 全县, 本市, 我省, 各区, 国家级, 省级, 所产, 所制, 所生产
SCOPE_RE = re.compile(r"(?:全|本|我|该|各)[省市区县州镇乡国]|(?:国家|省|市|县|区)级|(?:全|当|今|去|明)年|"
                      r"所(?:产|制|生产|制备|供|用|需|使用)?")  # (所用硅片: the input a plant uses)
# a plan or a status before what is made: 计划, 新开工, 力争, 拟建, 已投产, 正在建设
_DONE = rf"(?:{START_RE.pattern}|签约|落地|竣工|达产|量产)"
STATUS_RE = re.compile(rf"(?:新|已|已经|正在|首次)?(?:(?:{FUTURE_RE.pattern}){_DONE}?|{_DONE})")
# whom what is made goes to, or how it comes: 供给, 供应, 配套, 副产, 当属 (a verb jieba splits: 当/属)
SUPPLY_WORDS = {"供给", "供应", "配套", "副产", "联产", "当", "属", "当属", "主要", "加工", "销往"}
# work done on a machine or a good while it goes on, no word of it (工人正在调试焊接设备)
HANDLING_WORDS = {"调试", "安装", "检修", "维修", "运送", "搬运"}
# 工人在产线上调试, 技术人员在…中心调试, 正忙着安装调试: where or by whom the work is done, then the work
WORKED_AT_RE = re.compile(r"(?:(?:工人|人员|师傅|技术员|工程师)们?(?:正|正在|正忙着|忙着)?在[^，。；：]{1,20}"
                          r"(?:上|里|内|中|旁|）)|(?:安装|检修|维修))$")
PLACE_SUFFIXES = set("区县市州镇乡旗省")
MAKER_WORDS = {"企业", "公司", "集团", "厂家", "厂商"}  # 企业6英寸碳化硅晶圆: the maker said before its goods
FOCUS_WORDS = {"主攻", "专攻", "专注", "主营", "主打", "聚焦"}  # 主攻12英寸晶圆: what the firm works at, then the goods
# a count of what follows (两条产线, 三大平台): a numeral and a counter
COUNT_RE = re.compile(r"[一二两三四五六七八九十几]+[条台套个家座项批种款类大期]")
# the kind of plant, or the work done, a facility word goes on with: 智能工厂, 回收利用项目, 总装生产线
PLANT_WORDS = {"智能", "智慧", "数字", "数字化", "绿色", "零碳", "低碳", "灯塔", "超级", "未来", "总装", "组装", "装配",
               "回收", "利用", "回收利用", "综合利用", "再生利用", "拆解", "生产", "制造", "加工", "研发", "扩产",
               "技改", "示范", "产业化"}
# (what is left of the plant's words after the name: 智能/制造项目, where 制造 was taken off before)
FACILITY_AFTER_RE = re.compile(rf"(?:{'|'.join(sorted(PLANT_WORDS, key=len, reverse=True))})*"
                               r"(?:生产线|产线|基地|工厂|车间|项目|园区|中心)")
DEGREES = set("低高超轻薄细微")  # 低重稀土, 高纯, 超薄: a degree that opens a product's name
MODIFIER_END_RE = re.compile(r"[化型式级性]$")


GLUED_PRONOUN_RE = re.compile(r"其[^他中余次实后间它]")


def bounded_span(text: str, start: int, end: int, regions) -> tuple[int, int] | None:
    """(start, end) of the product text[start:end] names, its words bounded by what they are; None when no
    word of a product is left."""
    if text[start] in PLACE_SUFFIXES and start > 0 and re.match(r"[\u4e00-\u9fff]", text[start - 1]) \
            and text[start - 1] not in EDGE_CHARS and not SCOPE_RE.match(text, start):  # (的省级医用材料: a scope)
        start += 1  # 桐梓/市纺织机器人, 乃东/区高海拔光伏组件: the suffix of a place the walk stopped inside
    if start >= 2 and GLUED_PRONOUN_RE.fullmatch(text, start - 2, start) \
            and next(iter(tagger().cut(text[start - 2:end]))).word == text[start - 2:start]:
        start -= 1  # 其车/规级芯片: jieba glued the name's first character to the pronoun before it
    words = _words(text, start, end)
    first = _first_word(words, text, start, regions)
    last = _end_word(words, text, end, first)
    if first >= last:
        return None
    if all(tag in ("m", "q", "mq") for _, _, _, tag in words[first:last]):
        return None  # 万吨: a number or a unit alone names nothing made
    start, end = words[first][1], words[last - 1][2]
    start = _with_words_before(text, start)
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", text[start:end]) or end - start < 2 and text[start:end] not in ELEMENTS:
        return None
    return start, end


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
    """(word, start, end, tag) of each word jieba reads in text[start:end]."""
    out, at = [], start
    for word in product_words(text[start:end]):
        out.append((word.word, at, at + len(word.word), word.flag))
        at += len(word.word)
    return out


def _first_word(words: list, text: str, start: int, regions) -> int:
    """The index of the first word that can open a product's name."""
    first = 0
    for k, (word, _, end, _) in enumerate(words[:-1]):
        opening = text[start:end]
        if SCOPE_RE.fullmatch(word) or word[-1] in PLACE_SUFFIXES and 3 <= len(opening) <= 5 and (
                opening in regions or not in_dictionary(opening)) and not re.search(r"\d", opening):
            first = k + 1  # 徐水/区汽车零部件, 盘/州市氢能重卡: a place jieba split; 工厂所产组件: whose it is
    while first < len(words) - 1:
        word, at, _, tag = words[first]
        rest = sum(len(w[0]) for w in words[first + 1:])
        # 314Ah, 210mm, 800架份: letters right after a number are its unit (3D, 5G: one capital is a code), and
        # a counter right after a number or a counter (800架/份) is one too
        unit = at > 0 and (text[at - 1].isdigit() and (re.fullmatch(r"[A-Za-z]+|μm", word) and not re.fullmatch(
            r"[A-Z]", word) or word[:1] in UNIT_CODES) or word in UNIT_CODES and text[at - 1] in UNIT_CODES
                                                    and word not in ("副", "双"))  # (一根根副车架总成: a word)
        placed = word in regions and rest >= 2  # (普洱茶 is one word: its place stays)
        # 年检测光伏组件: a testing centre's work after 年 or 可, no word of what it tests (检测试剂 is a product)
        testing = word in TESTING_VERBS and at > 0 and text[at - 1] in "年可"
        # 年封装测试功率器件: the packing and the testing are work done on the devices, as 年检测 is
        testing = testing or word in PACKING_VERBS and at > 0 \
            and (text[at - 1] in "年可" or text[at - 2:at] in PACKING_VERBS)
        doubled = tag == "a" and len(word) == 2 and word[0] == word[1]  # 薄薄铜箔: a describing word, doubled
        # 工人正在调试焊接设备: the work going on (年产搬运机器人: a kind of robot)
        handling = word in HANDLING_WORDS and (re.search(r"(?:正在|抓紧|忙着|在|正)$", text[max(0, at - 2):at])
                                               or WORKED_AT_RE.search(text, max(0, at - 24), at))
        if SCOPE_RE.fullmatch(word) or STATUS_RE.fullmatch(word) or word in SUPPLY_WORDS or unit or testing \
                or handling or doubled or word in MAKER_WORDS and rest >= 2 or word in FOCUS_WORDS \
                or COUNT_RE.fullmatch(word) \
                or placed or tag in ("t", "p", "c", "d", "r") and word not in WHERE_USED \
                and not MODIFIER_END_RE.search(word):
            first += 1
            continue
        break
    return first


def _end_word(words: list, text: str, end: int, first: int) -> int:
    """One past the index of the last word of the name: a modal, a time word or a count ends it, and before a
    facility word (工厂, 项目, 生产线) the plant's kind or the work done goes."""
    for k in range(first + 1, len(words)):
        word, tag = words[k][0], words[k][3]
        if tag == "t" or COUNT_RE.fullmatch(word) or word in ("拟", "将", "拟于", "将于", "计划", "预计"):
            return k
    last = len(words)
    if FACILITY_AFTER_RE.match(text, end):
        while last > first + 1 and words[last - 1][0] in PLANT_WORDS and not MODIFIER_END_RE.search(words[last - 2][0]):
            last -= 1  # (晶圆级封装: a name never ends with a word made to qualify, so the work stays)
    return last


def _with_words_before(text: str, start: int) -> int:
    """Mini LED背光模组, 3D视觉传感器, 海上风电机组: a Latin word, a code of digits and a letter, or where the
    product works, right before it, belongs to its name."""
    rated = re.search(r"(?<![\d.])\d+(?:\.\d+)?$", text[max(0, start - 8):start])
    if rated and re.match(r"(?:V|kV|Ah|mm)(?![A-Za-z])", text[start:start + 3]):
        return start - len(rated.group(0))  # 800V油冷驱动电机: the rating's number goes with its unit
    latin = re.search(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]* $", text[max(0, start - 12):start])
    if latin and re.match(r"[A-Za-z]", text[start:start + 1]):
        return start - len(latin.group(0))
    code = re.search(r"(?<![\d.])\d$", text[max(0, start - 2):start])
    if code and re.match(r"[A-Z](?![A-Za-z])", text[start:start + 2]):
        return start - 1  # 3D, 5G: not 314Ah, where the letters are a unit
    for word in WHERE_USED:
        if text.endswith(word, max(0, start - len(word)), start):
            return start - len(word)
    glued = list(tagger().cut(text[max(0, start - 4):start]))[-1:]
    if glued and len(glued[0].word) == 2 and glued[0].flag == "v" and glued[0].word[-1] in DEGREES \
            and not in_dictionary(glued[0].word):
        return start - 1  # 开发出低/重稀土…磁体: a degree jieba glued to the verb before qualifies the product
    return start


def bounded_products(mentions: list[Mention], text: str, regions, companies: list[str],
                     literal: set[str]) -> list[Mention]:
    """Product mentions cut to their bounds; those with no product left are dropped. `companies` are the
    organisations' short names (晶银新能源, 擎川机器人, 凯硅材料), `literal` those written inside the full name."""
    kept = []
    for mention in mentions:
        if KIND_OF.get(mention.cls) != "product" or mention.text != text[mention.start:mention.end]:
            kept.append(mention)  # (医药级透明质酸钠 over 医药级、食品级透明质酸钠: a name the text writes in parts)
            continue
        start, end, covered = past_company(text, mention.start, mention.end, companies)
        if covered and text[start:end] in literal:
            mention.start, mention.end, mention.text = start, end, text[start:end]
            kept.append(mention)  # 擎川机器人: the company's short name, which grouping files under the company
            continue
        if covered:
            continue  # 凯硅材料 for 凯硅电子材料: a company's name shortened, no product
        span = bounded_span(text, start, end, regions)
        if span is None or text[span[0]:span[1]] in NOT_PRODUCTS:
            continue  # (调试设备 cut to 设备: a word for any made thing names no product of its own)
        mention.start, mention.end = span
        mention.text = text[mention.start:mention.end]
        kept.append(mention)
    return kept


def past_company(text: str, start: int, end: int, companies: list[str]) -> tuple[int, int, bool]:
    """(start, end, covered): the span past a company's short name it starts with or inside (晶银新能源单晶硅片
    -> 单晶硅片), or when the short name covers it all (川机器人 in 擎川机器人), the short name's span, covered."""
    for short in companies:
        for lead in range(len(short)):  # how much of the short name stands before the span
            if start - lead >= 0 and text.startswith(short, start - lead):
                after = start - lead + len(short)
                return (start - lead, after, True) if after >= end else (after, end, False)
    return start, end, False


def company_short_names(names: list[str], gazetteer) -> list[str]:
    """The short forms of the article's companies' names that hold a brand (宁夏晶银新能源科技有限公司 ->
    晶银新能源; 北京凯硅电子材料股份有限公司 -> 凯硅电子材料, 凯硅材料): no place, no legal suffix, a brand
    first (two characters jieba's dictionary lacks, or a first word it tags a name), then any of its last words."""
    out = set()
    for name in names:
        if not name.endswith(LEGAL_SUFFIXES):
            continue
        core = re.sub(r"（[^）]*）|\([^)]*\)", "", core_name(name, gazetteer)[1])  # 钠启新能源（许昌）
        words = list(tagger().cut(core))
        if len(words) > 2 and words[0].flag == "ns":
            core, words = core[len(words[0].word):], words[1:]  # 岱山/海瑞船用设备: a place the gazetteer lacks
        if len(core) < 3 or not (not in_dictionary(core[:2]) or words[0].flag in ("nr", "nz")):
            continue
        out.add(core)
        if len(words) > 2 and words[0].flag == "nr" and len(words[0].word) >= 3 and words[1].flag != "n":
            out.add(core[len(words[0].word):])  # 柴达木/锂源新材料: a place jieba reads as a person's name
        tails = [core[len(core) - sum(len(w.word) for w in words[k:]):] for k in range(1, len(words))]
        out.update(core[:2] + tail for tail in tails if len(tail) >= 2 and not core.startswith(tail, 2))
    return sorted(out, key=len, reverse=True)
