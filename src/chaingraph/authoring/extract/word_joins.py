"""Words jieba cuts apart that a product's name keeps whole: a last character split off (单晶硅/棒), a chemical's
stem read as a word of its own (己/二腈), a character before a style in 式 (预/充式)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chaingraph.authoring.dictionary import word_frequency

# the words a product's name keeps around its noun, whatever jieba tags them: a machine's rating written after its
# number (1000标方碱性电解槽, 500千瓦机组: no part of the name), a size class, a powder's grain size (中颗粒碳化钨粉),
# an isomer's or a polymer's prefix (仲钨酸铵, 异丙醇, 聚谷氨酸), where the thing works (海底电缆)
RATING_WORDS = {"标方", "标准立方米", "千伏安", "马力"}
SIZE_CLASSES = {"大型", "小型", "中型", "微型"}
GRAIN_WORDS = {"颗粒", "粒径", "粒度"}
CHEMICAL_PREFIXES = {"仲", "叔", "异", "偏", "聚"}
WHERE_USED = {"海底", "海上", "水下", "地下", "井下", "陆上", "深海", "高空", "低空", "太空", "舰载", "车载", "机载",
              "体外", "体内"}
# what the goods do, a verb to jieba before the noun that names them (体外诊断试剂, 重载AGV, 康复治疗设备)
USE_WORDS = {"诊断", "重载", "治疗", "监测"}


@dataclass
class Word:
    word: str
    flag: str


def joined_tail(words: list) -> list:
    """智能网/关, 单晶硅/棒: a single character jieba splits off as a verb or an adjective after a noun ends that
    noun (智能网关, 单晶硅棒)."""
    if len(words) >= 2 and len(words[-1].word) == 1 and words[-1].flag[0] in "vaz" and \
            words[-2].flag.startswith("n") and len(words[-2].word) >= 2:
        return [*words[:-2], Word(words[-2].word + words[-1].word, "n")]
    return words


# 己/二腈: the stem characters of organic chemistry's names (甲醇, 己二腈, 丙烯腈) that jieba may read
# as a word of their own (己 as in 自己), before a noun that goes on with a count or a chemical root.
CHEMICAL_STEMS = set("甲乙丙丁戊己庚辛壬癸")
CHEMICAL_GOES_ON_RE = re.compile(r"[一二三四五六七八九烯炔醇醛酮酸胺腈酯醚烷苯酚基]")
CHEMICAL_ROOT_RE = re.compile(r"[烯炔醇醛酮胺腈酯醚烷苯酚]")


# 氧化/锡 -> 氧化锡: an inorganic compound's head jieba reads as a verb, before a metal it may read as a place
COMPOUND_HEADS = {"氧化", "氯化", "氟化", "硫化", "氮化", "碳化", "溴化", "碘化", "氢氧化"}
METALS = set("锡铟镓锗铝锌铁铜锂钴镍锰钛钒钨钼硅硼镁钙钠钾锆铪铌钽银金铂钯铈镧钕镨铽镝钇铬铅铋锑汞镉锶钡铷铯"
             "钐钆铒铥镱镥钪")


def joined_chemicals(words: list) -> list:
    """己/二腈 -> 己二腈: a stem character jieba cut off is joined to the chemical noun after it; so is an inorganic
    compound's head to its metal (氧化/锡), and a metal jieba cut off to the metal after it (钐/钴)."""
    joined: list = []
    for word in words:
        previous = joined[-1] if joined else None
        if previous is not None and (previous.word in CHEMICAL_STEMS and word.flag[0] in "nm"
                                     and CHEMICAL_GOES_ON_RE.match(word.word) or previous.flag[0] == "n"
                                     and word.flag == "x" and CHEMICAL_ROOT_RE.fullmatch(word.word)
                                     or previous.word in COMPOUND_HEADS and word.word[0] in METALS
                                     or len(word.word) == 1 and previous.word[-1] in METALS and word.word in METALS
                                     and (len(previous.word) == 1 or previous.flag[0] == "n")):
            # (钐/钴/合金: the metals of an alloy, one noun; 氧化镨/钕: the two metals of one oxide)
            joined[-1] = Word(previous.word + word.word, "n")  # (石墨/烯: a root jieba does not know)
        elif previous is not None and previous.word in ("间", "对", "邻") and word.word == "位":
            joined[-1] = Word(previous.word + word.word, "n")  # 间/位 芳纶: meta-, a place on the ring
        else:
            joined.append(word)
    return joined


def joined_styles(words: list) -> list:
    """预/充式 -> 预充式: a character jieba cuts off before a two-character word in 式 makes one modifier with it;
    超高/清 -> 超高清, a display's grade."""
    joined: list = []
    for word in words:
        previous = joined[-1] if joined else None
        if previous is not None and len(previous.word) == 1 and previous.flag[0] not in "pcumr" and \
                len(word.word) == 2 and word.word.endswith("式"):
            joined[-1] = Word(previous.word + word.word, "z")
        elif previous is not None and previous.word == "超高" and word.word == "清":
            joined[-1] = Word("超高清", "b")
        else:
            joined.append(word)
    return joined


# 瑞舒伐他汀钙, 盐酸二甲双胍, 厄贝沙坦: a drug's name, which jieba cuts into names, verbs and characters
# (瑞舒/伐/他/汀钙), told by the stem of its class (the Chinese forms of the international nonproprietary names'
# stems) and a salt's metal after it
DRUG_STEM_RE = re.compile(r"(?:他汀|沙坦|普利|地平|洛尔|霉素|西林|替尼|单抗|沙星|拉唑|双胍|司琼|肝素)"
                          r"(?:钙|钠|钾|镁|锌)?")
PIECE_SELDOM = 100  # how often jieba saw a word of a drug's name at most (二甲, 阿托; not 现有, 新型)
SALT_ACIDS = {"盐酸", "硫酸", "磷酸", "枸橼酸", "马来酸", "甲磺酸", "富马酸", "酒石酸", "琥珀酸", "苯磺酸", "氢溴酸"}
NAME_PIECE_TAGS = {"nr", "nrt", "nrfg", "nz", "b", "m", "g", "r", "v", "vg", "ng"}


def drug_spans(pieces: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """(first, last) indexes of the (word, tag) pieces that make each drug's name: back from its stem over the
    pieces jieba cut the name into (single characters, name-like and numeral-like words), and a salt's acid."""
    ends, at = [], 0
    for word, _ in pieces:
        at += len(word)
        ends.append(at)
    spans = []
    for match in DRUG_STEM_RE.finditer("".join(word for word, _ in pieces)):
        if match.end() not in ends:
            continue
        last = ends.index(match.end())
        first = next(n for n, end in enumerate(ends) if end > match.start())
        while first > 0 and _drug_piece(*pieces[first - 1]):
            first -= 1
        if first > 0 and pieces[first - 1][0] in SALT_ACIDS:
            first -= 1
        if last > first and not (spans and first <= spans[-1][1]):
            spans.append((first, last))
    return spans


def _drug_piece(word: str, tag: str) -> bool:
    if re.search(r"[万亿千百支片粒瓶袋盒吨台套个只件]", word):
        return False  # (300万支/单抗注射液: a count, no part of a name)
    if re.fullmatch(r"[\u4e00-\u9fff]", word):
        return word not in "的和及与或年产等为是在将已" and tag not in ("c", "p", "u", "d")
    return len(word) <= 3 and tag in NAME_PIECE_TAGS and word not in SALT_ACIDS and word_frequency(word) < PIECE_SELDOM


def joined_drugs(words: list) -> list:
    """瑞舒/伐/他/汀钙 -> 瑞舒伐他汀钙: a drug's name one noun (drug_spans)."""
    for first, last in reversed(drug_spans([(w.word, w.flag) for w in words])):
        words = words[:first] + [Word("".join(w.word for w in words[first:last + 1]), "n")] + words[last + 1:]
    return words
