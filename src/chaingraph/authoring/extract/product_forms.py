"""Products of figures said in forms the phrase rules of ``products`` do not read.

* a product in quotes after a verb of making (生产“314Ah大容量储能电芯”2.1GWh): the writer marks the name whole;
* the next item of a list after one verb of making whose first count is in a unit read as no figure
  (年产颗粒剂5亿袋、片剂8亿片: 袋 counts nothing the extractor measures, 片剂 is still made);
* a delivery or a sale said with no noun right after a capacity of the same sentence (现有电堆年产能5000台，今年已
  交付1800台): what was delivered is what the capacity makes.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.figure_clause import clause_start_of
from chaingraph.authoring.extract.product_candidates import capacity_product
from chaingraph.authoring.extract.products import PRODUCING, looks_like_product
from chaingraph.authoring.extract.quantity_kinds import COUNT_UNITS

MAKING_VERBS = r"(?:生产|制造|产出|交付|出货|销售|供应|下线)"
QUOTED_RE = re.compile(MAKING_VERBS + r"了?[“\"「]([^”\"」，。；]{2,24})[”\"」](?:约|近|超过|达|共)?$")
# 年产颗粒剂5亿袋、片剂8亿片: an item, a number with its counter, then the item the figure counts
LIST_ITEM_RE = re.compile(PRODUCING + r"[^，。；：\d]{2,16}?\d+(?:\.\d+)?[万亿千百]?[\u4e00-\u9fffA-Za-z]{1,3}"
                          r"、([^，。；：、\d]{2,12})$")
RATING_RE = re.compile(r"^\d+(?:\.\d+)?[A-Za-z]+")
# 今年已交付1800台: the verb of delivery right before the figure, no noun between
DELIVERED_BARE_RE = re.compile(r"(?:已|已经|累计|共|全年|今年|上半年)*" + MAKING_VERBS +
                               r"了?(?:约|近|超过|超|逾|达)?$")


def said_product_place(rel, figure: Figure) -> tuple[int, int] | None:
    """(start, end) of a product the figure's clause names in quotes or as the next item of a list after a verb
    of making, or None."""
    clause_start = clause_start_of(rel, figure)
    before = rel.text[clause_start:figure.start]
    for pattern in (QUOTED_RE, LIST_ITEM_RE):
        match = pattern.search(before)
        # (314Ah大容量储能电芯: a rating that opens a name in quotes is part of it, the words after it say what it is)
        if match and looks_like_product(RATING_RE.sub("", match.group(1).strip())):
            return clause_start + match.start(1), clause_start + match.end(1)
    return None


def delivered_again(rel, figure: Figure, made: dict):
    """现有燃料电池电堆年产能5000台，今年已交付1800台: a delivery said with no noun is of the product of the
    capacity before it in the sentence, counted the same way; (mention, product) or None."""
    if figure.unit not in COUNT_UNITS:
        return None
    head = rel.text[clause_start_of(rel, figure):figure.start]
    verb = DELIVERED_BARE_RE.search(head)
    if verb is None or not re.fullmatch(r"[^\d]{0,6}", head[:verb.start()]):
        return None  # (the clause may open on a few words: 其中, 该公司)
    for candidate in reversed(list(made.values())):
        earlier = candidate.figure
        if candidate.cls == "Capacity" and earlier.sentence == figure.sentence and earlier.unit == figure.unit \
                and earlier.end <= figure.start:
            return capacity_product(candidate)
    return None
