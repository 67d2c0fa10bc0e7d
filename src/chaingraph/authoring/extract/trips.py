"""Places a delegation travels to (县长率队赴浙江杭州、绍兴和上海开展招商活动，拜访企业14家，签订投资协议2个).

The genre reports a place's promotion trips in the words of the place that sends them: what the trip signed,
visited or courted is the home place's tally, and the places it went to hold none of it (what they have, 园区去年实现
地区生产总值…, stays theirs). A module of its own, copied by the owner ranker's trainer (tools/train_owners.py) with
``owner_ranker``, so it needs nothing but ``re``.
"""

from __future__ import annotations

import re

# 赴, 前往 and the places after them, listed (赴浙江杭州、绍兴和上海): where the delegation goes
TRIP_BEFORE_RE = re.compile(r"(?:率队|带队|组团|一行)?(?:赴|前往|远赴|奔赴)[^，。；：\d]{0,16}$")
# what it goes there to do, in the same clause (开展招商活动, 参加推介会, 考察对接)
TRIP_ACT_RE = re.compile(r"开展|进行|举办|参加|出席|考察|拜访|走访|对接|推介|招商|洽谈|参展")
# what a trip brings home, in the figure's clause (拜访企业14家, 签订投资协议2个、协议投资2.1亿元)
TRIP_TALLY_RE = re.compile(r"签订|签约|签署|拜访|走访|洽谈|达成|对接|考察|引进|邀请")
CLAUSE_MARKS = "，。；：！？\n"


def trip_destination(text: str, start: int, end: int) -> bool:
    """Whether the place written at text[start:end] is where a trip goes (赴X开展招商活动)."""
    if not TRIP_BEFORE_RE.search(text, max(0, start - 20), start):
        return False
    clause_end = min((i for i in (text.find(mark, end) for mark in CLAUSE_MARKS) if i >= 0), default=len(text))
    return TRIP_ACT_RE.search(text, end, clause_end) is not None


def visited(text: str, start: int, end: int, figure_start: int) -> bool:
    """Whether the place at text[start:end] is where a trip goes and the figure at `figure_start`, after it, is in a
    clause of what the trip brought (the home place's)."""
    clause_start = max(text.rfind(mark, 0, figure_start) for mark in CLAUSE_MARKS) + 1
    return end <= figure_start and trip_destination(text, start, end) \
        and TRIP_TALLY_RE.search(text, max(clause_start, end), figure_start) is not None
