"""A partner joined to the company named right before it (X联合Y, X同时携手Y): the company leads, the partner joins.

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
