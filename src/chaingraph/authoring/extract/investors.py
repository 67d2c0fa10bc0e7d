"""The investor of a sum paid into a company: 某某合伙企业（有限合伙）已向晟锐新材注资1亿元 is the fund's
investment. The sum leaves the clause's subject, whoever receives it, so the owner rules' nearest name (the
company after 向) is the wrong one; a bare 基金 as the subject is the fund the sentence named before it.
"""

from __future__ import annotations

import re

# 向/对 the receiver, then the verb of paying in, then the sum (首期投资, 完成…投资 and 了 may stand between)
INTO_RE = re.compile(r"(?:已|先后|累计|去年|今年|近日|此前|共)*(?:向|对)(?P<receiver>[^，。；：]{2,24}?)的?"
                     r"(?:首期|首轮|累计|追加)?(?:注资|投资|出资|增资)了?(?:共|累计|合计)?$")
BARE_FUND_RE = re.compile(r"(?:该|这支|这只|此)?基金(?:已|已经)?(?:完成)?$")
INVESTOR_CLASSES = ("Fund", "Company", "GovernmentBody")
GAP = 4  # characters of time words between the investor's name and 向 (去年, 已经)


def investor_of(rel, figure):
    """(mention, candidate) of the investor whose payment into a company the figure is, or None."""
    sentence = rel.by_id[figure.sentence]
    head = rel.text[sentence.start:figure.start]
    clause = max(head.rfind(mark) for mark in "，；：") + 1
    paid = INTO_RE.search(head, clause)
    if paid is None:
        return None
    at = sentence.start + paid.start()
    subject = head[clause:paid.start()]
    if BARE_FUND_RE.search(subject):
        return _latest(rel, at, ("Fund",), sentence.start)
    return _ending_at(rel, at)


def _ending_at(rel, at: int):
    for candidate in rel.candidates:
        if candidate.cls not in INVESTOR_CLASSES:
            continue
        for mention in candidate.mentions:
            if at - GAP <= mention.end <= at and re.fullmatch(r"(?:已|先后|去年|今年|近日|此前|已经)*",
                                                              rel.text[mention.end:at]):
                return mention, candidate
    return None


def _latest(rel, before: int, classes: tuple[str, ...], since: int):
    found = [(m.end, m, c) for c in rel.candidates if c.cls in classes for m in c.mentions
             if since <= m.start and m.end <= before]
    return max(found, key=lambda t: t[0])[1:] if found else None
