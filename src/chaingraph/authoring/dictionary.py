"""jieba's default dictionary, read by the extractor and by the county list (authoring/counties.py): a tokenizer
of their own, so that the normalizer, which scores garble repairs with jieba's default dictionary, never sees the
words the gazetteer adds; and the counts and tags that tell a rare word (a name) from a common one."""

from __future__ import annotations

import logging
from functools import lru_cache

from chaingraph.facts.checks import TRADE_WORDS

TRADE_TAILS = "|".join(word[1:] for word in TRADE_WORDS if word[0] == "等")  # what after 等 is no list's end


@lru_cache(maxsize=8)
def base_tokenizer():
    """jieba's default dictionary in a tokenizer of the extractor's own, with its POS tagger."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()  # private: the normalizer scores repairs with jieba's default dictionary
    tokenizer.initialize()
    for word in (*TRADE_WORDS, *VERB_READ_WORDS):
        tokenizer.add_word(word, 2000, "n")
    return tokenizer, jieba.posseg


def pos_tagger(tokenizer):
    """jieba's POS tagger over `tokenizer`; it reads its tags from jieba's dictionary file, so the trade words added
    to the tokenizer are tagged here, as nouns; 暨 (and), which its dictionary tags as an organisation's name, is the
    conjunction it is (一期投产暨二期开工)."""
    import jieba.posseg

    pos = jieba.posseg.POSTokenizer(tokenizer)
    pos.word_tag_tab = {**pos.word_tag_tab, **dict.fromkeys(TRADE_WORDS, "n"), "暨": "c",  # (暨: 'and', no name)
                        **dict.fromkeys(MISCOUNTED_GOODS + VERB_READ_WORDS, "n")}
    return pos


# goods jieba's dictionary tags as numerals, read as 大 + 米 (a big metre): 年产大米20万吨 names rice; and goods it
# tags as verbs (恒钜精密带钢有限公司 lost its name at 带钢/v, 宣纸年产量 its goods, 其中当归24万亩 its herb,
# 电池托盘 its pallets)
MISCOUNTED_GOODS = ("大米", "丝束", "大丝束", "小丝束", "微阵列", "大部件", "带钢", "宣纸", "三七", "当归", "托盘")
# words of trades and goods jieba's dictionary lacks and cuts into verbs: 浙江瓯蓄抽水/v 蓄能/v 有限公司 lost its name
# there, 预灌/v 封/q 注射器 its grade, 能/v 繁/a 母猪 (sows kept to breed) its herd's kind, 3/D/打印/v 钛合金粉末 its
# process
VERB_READ_WORDS = ("抽水蓄能", "预灌封", "能繁母猪", "能繁母牛", "能繁母羊", "3D打印")


def in_dictionary(word: str) -> bool:
    """Whether jieba's own dictionary has the word: brands and new names are mostly not in it."""
    return word_frequency(word) > 0


def word_tag(word: str) -> str:
    """The tag jieba's own dictionary gives the word ("" for a word it does not know)."""
    _, posseg = base_tokenizer()
    return posseg.dt.word_tag_tab.get(word) or ""


def place_tag(word: str) -> bool:
    """Whether jieba's own dictionary tags the word as a place name (ns: 和县, 和平区)."""
    return word_tag(word) == "ns"


def word_frequency(word: str) -> int:
    """How often jieba's dictionary saw the word (0: not a word it knows)."""
    base, _ = base_tokenizer()
    return base.FREQ.get(word) or 0
