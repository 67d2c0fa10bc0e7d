"""The score of a reading: a unigram word model over jieba's dictionary, in Simplified text.

Characters the dictionary does not hold get fixed penalties (common CJK punctuation a small prior),
so a reading full of rare characters loses to one made of words.
"""

from __future__ import annotations

import logging
import math
from functools import lru_cache

from chaingraph.sources.cleaning import CJK_RE
from chaingraph.sources.garble.bytepairs import simp_char
from chaingraph.sources.simplify import t2s

COMMON_PUNCT = set("。，、；：？！“”‘’（）《》「」『』【】—…·")
UNKNOWN_PENALTY = -22.0
SYMBOL_PENALTY = -18.0
PUNCT_PRIOR = math.log(0.01)


class Model:
    """Unigram word model over jieba's dictionary, used to rank readings."""

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.dt.check_initialized()
        # FREQ also holds every prefix of every word (with count 0): the word
        # search walks it like a trie.
        self.freq = jieba.dt.FREQ
        self.log_total = math.log(jieba.dt.total)

    def word(self, w: str) -> float:
        """Log-probability of a dictionary word, -inf if it is none."""
        if len(w) == 1:
            return self.char(w)
        f = self.freq.get(w)
        return math.log(f) - self.log_total if f else -math.inf

    def char(self, c: str) -> float:
        f = self.freq.get(c)
        if f:
            return math.log(f) - self.log_total
        if c in COMMON_PUNCT:
            return PUNCT_PRIOR
        if c.isascii() and c.isalnum():
            return -8.0
        return UNKNOWN_PENALTY if CJK_RE.match(c) else SYMBOL_PENALTY


@lru_cache(maxsize=1)
def model() -> Model:
    return Model()


def fixed_score(text: str) -> float:
    """Best segmentation score of a fixed text (the literal reading of a span)."""
    words = model()
    best = [0.0] + [-math.inf] * len(text)
    for i in range(len(text)):
        if best[i] == -math.inf:
            continue
        for j in range(i + 1, min(len(text), i + 12) + 1):
            piece = t2s(text[i:j]) if j - i > 1 else simp_char(text[i])
            if j - i > 1 and words.freq.get(piece) is None:
                break
            best[j] = max(best[j], best[i] + words.word(piece))
    return best[-1]
