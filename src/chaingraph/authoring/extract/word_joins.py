"""Words jieba cuts apart that a product's name keeps whole: a last character split off (单晶硅/棒), a chemical's
stem read as a word of its own (己/二腈), a character before a style in 式 (预/充式)."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
