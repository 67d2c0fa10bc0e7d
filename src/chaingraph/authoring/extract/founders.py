"""A company's founder named beside it: 晶衡半导体由常州晶衡科技集团有限公司于2021年投资设立. The founder (由Y…设立,
由Y控股) set the company up or holds it; the figures the text gives next are the company's, not the founder's, so
neither the owner rules nor the owner ranker hand them to the founder's name."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention

# (not 共同投资建设并成立项目公司: they build the project, the company they set up only runs it; a founder's name
# may hold 建设 or 运营: 青屿城市建设投资集团)
FOUNDED_AFTER_RE = re.compile(r"(?:(?!投资建设|共同建设|建设并)[^，。；]){0,30}?"
                              r"(?:投资设立|出资设立|发起设立|设立|成立|组建|创办|控股)")


# 由A与B合资设立: the second founder, after the first and a joining word
PARTNER_FOUNDER_RE = re.compile(r"由[^，。；由]{2,40}(?:与|和|、|及)$")


def is_founder(text: str, mention: Mention | None) -> bool:
    """Whether the name stands as a founder: 由 before it (or before the founder it joins), a verb of setting up
    after it in its clause."""
    if mention is None or FOUNDED_AFTER_RE.match(text, mention.end) is None:
        return False
    return text[mention.start - 1:mention.start] == "由" \
        or PARTNER_FOUNDER_RE.search(text, max(0, mention.start - 45), mention.start) is not None


# X是Y的全资子公司, X是Y2019年在张店设立的全资子公司, X是Y控股的铸造企业: Y says whose X is
PARENT_TAIL_RE = re.compile(r"[^，。；]*?(?:的(?:全资|控股)?(?:子公司|孙公司|分公司|成员企业)|"
                            r"(?:控股|旗下|下属)的[^，。；]{0,8}?(?:企业|公司))$")


def is_parent_named(text: str, mention: Mention | None) -> bool:
    """Whether the name stands as the parent of the clause's subject (X是Y的全资子公司): the figures the text gives
    next (该公司…, 公司…) are X's, not Y's."""
    if mention is None:
        return False
    start = max(text.rfind(mark, 0, mention.start) for mark in "，。；\n") + 1
    ends = [i for i in (text.find(mark, mention.end) for mark in "，。；\n") if i >= 0]
    end = min(ends) if ends else len(text)
    return re.search(r"是|为|系", text[start:mention.start]) is not None \
        and PARENT_TAIL_RE.match(text, mention.end, end) is not None
