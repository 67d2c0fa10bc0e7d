"""Products listed after the words that say what a company makes (主要生产A和B, 主营A、B, 产品包括A、B及C).

Such a list names products whatever their last word, so items no product suffix would find (涤纶长丝,
锦纶切片, 碳纤维预浸料, 抗生素原料药) are proposed too. An item is kept only when it is nouns from end to end
(``noun_tail``) and looks like a product: a list of fields after 用于 (氢能储运、轨道交通) is not read here.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.products import PRODUCT_KINDS, looks_like_product, noun_tail
from chaingraph.sources.sentences import Sentence

MAKES_LIST_RE = re.compile(r"(?:主要生产|主营|主要产品(?:包括|为|有)|产品(?:包括|涵盖|主要有))"
                           r"([^，。；：！？\d]{2,40}?)(?=[，。；！？]|等|$)")
ITEM_SPLIT_RE = re.compile(r"、|和|及|与|以及")


def product_lists(sentence: Sentence) -> list[Mention]:
    """Every item of a list of what a company makes, as a product mention."""
    out = []
    for match in MAKES_LIST_RE.finditer(sentence.text):
        pos = match.start(1)
        for item in ITEM_SPLIT_RE.split(match.group(1)):
            start = sentence.text.index(item, pos) if item else pos
            pos = start + len(item)
            cls = class_of(item)
            whole = noun_tail(item) == item or (cls in PRODUCT_KINDS and len(noun_tail(item)) >= 2)  # 模拟芯片
            if len(item) < 2 or not whole or not looks_like_product(item):
                continue
            start += sentence.start
            out.append(Mention(item, start, start + len(item), sentence.id,
                               cls if cls in PRODUCT_KINDS else "Product"))
    return out
