"""Sentences into POS-tagged words, with the gazetteer's names kept whole.

The tokenizer is jieba's, private to the extractor: the normalizer scores garble repairs with
jieba's default dictionary, which adding names to would change.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from chaingraph.authoring.extract.rules import KIND_OF, ROLE_RE, SUFFIX_CLASSES
from chaingraph.authoring.gazetteer import Gazetteer
from chaingraph.sources.sentences import Sentence


@dataclass(frozen=True)
class Token:
    word: str
    tag: str
    start: int  # offsets in the normalized text
    end: int


@lru_cache(maxsize=8)
def base_tokenizer():
    """jieba's default dictionary in a tokenizer of the extractor's own, with its POS tagger."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()  # private: the normalizer scores repairs with jieba's default dictionary
    tokenizer.initialize()
    return tokenizer, jieba.posseg


def pos_tokenizer(gazetteer: Gazetteer):
    """A POS tokenizer that keeps the gazetteer's names whole."""
    import jieba

    base, posseg = base_tokenizer()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(base.FREQ), base.total, True
    pos = posseg.POSTokenizer(tokenizer)
    pos.word_tag_tab = dict(pos.word_tag_tab)
    for name in gazetteer.regions:
        pos.tokenizer.add_word(name, 2000, "ns")
        pos.word_tag_tab[name] = "ns"
    for name, entries in gazetteer.names.items():
        if len(name) >= 2 and not is_pronoun(name):
            tag = "ns" if KIND_OF.get(entries[0].cls) in ("region", "zone", "park") else "nt"
            pos.tokenizer.add_word(name, 2000, tag)
            pos.word_tag_tab[name] = tag
    return pos


def sentence_tokens(tokenizer, sentence: Sentence) -> list[Token]:
    """The sentence's words with their tags and offsets in the normalized text."""
    out, offset = [], sentence.start
    for pair in tokenizer.cut(sentence.text):
        word, tag = pair.word, pair.flag
        for piece, piece_tag in _split_role(word, tag):
            out.append(Token(piece, piece_tag, offset, offset + len(piece)))
            offset += len(piece)
    return out


def _split_role(word: str, tag: str) -> list[tuple[str, str]]:
    """jieba's dictionary has words like 局局长: split the organisation's suffix from the role."""
    match = ROLE_RE.search(word)
    if match and match.start() > 0 and match.end() == len(word) and word[: match.start()].endswith(
            tuple(SUFFIX_CLASSES)):
        return [(word[: match.start()], "n"), (word[match.start():], "n")]
    return [(word, tag)]


def is_pronoun(name: str) -> bool:
    """Whether a name is one character or starts like a pronoun (该公司, 我市, 本项目): it names nothing alone."""
    return name[0] in "该我全本此这其" or len(name) < 2
