"""A partner joined to the company named right before it (X联合Y, X同时携手Y): the company leads, the partner joins;
a buyer a company serves (集团向Y供货, 拿下Y订单): the seller holds what is sold and won, the buyer none of it.

Its own module because the owner rules and the ranker both read it, and ``tools/train_owners.py`` copies the ranker
with what it imports into each older era's tree, where the owner rules of that day stay as they were.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention

PARTNER_JOINS_RE = re.compile(r"(?:并|还|同时)?(?:联合|携手|会同|协同)$")


def joined_partner(rel, mention: Mention) -> bool:
    """X联合Y, X同时携手Y: Y joins the company named right before the joining word, which leads."""
    joins = PARTNER_JOINS_RE.search(rel.text, max(0, mention.start - 4), mention.start)
    return joins is not None and any(m.end == joins.start() for c in rel.candidates if c.kind == "organisation"
                                     for m in c.mentions)


# 向Y供货, 为Y批量配套: the buyer named between the seller's 向/为 and what it does for it
SERVED_BEFORE_RE = re.compile(r"(?:向|为|给)$")
# 其中80%供应绛通集团, 产品销往Y: the buyer named right after the verb of selling
SOLD_TO_BEFORE_RE = re.compile(r"(?:供应|供货给|供给|销往|卖给|销售给)$")
SERVED_AFTER_RE = re.compile(r"(?:批量|稳定|独家)?(?:供货|供应|配套|交付|直供)")
# 拿下Y订单6800万元, 拿到Y两款新车型的座椅定点: the buyer an order or a supplier's nomination comes from
ORDER_WON_VERBS = "拿到|获得|斩获|拿下|签下|承接"  # (deals reads the same verbs for the order's holder)
WON_BEFORE_RE = re.compile(rf"(?:{ORDER_WON_VERBS}|赢得)了?$")
WON_AFTER_RE = re.compile(r"[^，。；]{0,14}?(?:订单|定点)")


def served_buyer(rel, mention: Mention) -> bool:
    """集团向Y供货260万套, 公司拿下Y订单6800万元, 其中80%供应Y: Y is the buyer served; the figures are the seller's."""
    ahead = rel.text[max(0, mention.start - 3):mention.start]
    return bool(SERVED_BEFORE_RE.search(ahead) and SERVED_AFTER_RE.match(rel.text, mention.end)
                or WON_BEFORE_RE.search(ahead) and WON_AFTER_RE.match(rel.text, mention.end)
                or SOLD_TO_BEFORE_RE.search(ahead))
