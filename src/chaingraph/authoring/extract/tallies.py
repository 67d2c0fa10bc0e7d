"""Counts and sums no holder keeps: an event's own tally and what its signings sum to (现场签约项目6个，总投资
126亿元), the parties to an act (等6家单位共建), and the firms a clause has just listed, counted or summed
(A、B、C3家企业…合计). ``figures`` asks these before it keeps a count."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.words import LIST_TRIGGERS
from chaingraph.core.values import chinese_number

LISTED_COUNT_RE = re.compile(r"(?:企业|公司|单位|机构|项目)?分别")
# 祁连牧歌、陇原薯业、天乐食品3家企业前三季度合计…, 上述企业去年合计纳税5.8亿元: the firms just listed, counted, and
# their sum; neither is a figure of one holder (not 引进A、B等企业12家, a place's tally of firms it drew)
LISTED_FIRMS_RE = re.compile(r"、[^、，。；：\d]{2,14}?等?$")
FIRMS_AFTER_RE = re.compile(r"(?:骨干|龙头|重点|链主|规上)?(?:企业|公司)")
LISTED_SUM_RE = re.compile(r"(?:、[^、，。；：\d]{2,14}?等?[一二两三四五六七八九十\d]+家(?:骨干|龙头|重点|链主|规上)?"
                           r"(?:企业|公司)|(?:上述|前述)(?:企业|公司))[^，。；：]{0,14}?合计[^，。；：\d]{0,12}$")
DREW_FIRMS = LIST_TRIGGERS | {"培育", "新增", "认定", "评为", "表彰"}  # a place's tally of the firms it drew or named
LIST_VERBS_RE = re.compile("|".join(sorted(DREW_FIRMS, key=len, reverse=True)))
# an event's own tally (现场签约项目6个) and the parties to an act (等6家单位共建, 与3家企业组建, 5个平台同时揭牌): what
# the event was, not a figure a planner keeps
# the signing the article reports, its own tally and sum (a groundbreaking's, 本次集中开工项目28个, most golds keep as
# the place's: see tests/articles/README.md)
EVENT_OPENING = "(?:此次|本次)"
EVENT_NO_PLACE = "[^，。；：\\d县市区镇乡旗园]"  # (此次X区共签约项目8个: the place's tally, kept)
EVENT_TALLY_BEFORE_RE = re.compile(r"现场(?:共|集中)?签约[^，。；：\d]{0,10}$|"
                                   # 此次共签约项目8个: the signing event's own count
                                   rf"(?:^|[，；\s]){EVENT_OPENING}{EVENT_NO_PLACE}{{0,8}}?签约"
                                   r"[^，。；：\d]{0,10}(?:\d+[个家项]、[^，。；：\d]{0,10})*$|"
                                   r"(?:走访|拜访|走进|观摩|考察|调研)了?[^，。；：\d]{0,8}$")  # 走访企业12家: a visit
# 8个项目现场签约: the count an event's signing makes, told after it (现场共有7个项目签约: with the venue before)
EVENT_TALLY_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,10}?项目(?:在)?现场(?:集中)?签约")
# 现场签下意向订单3.1亿元, 现场达成合作意向20余项: what a fair's floor agreed in intent, its tally (not 现场签署
# 年产80万套…项目投资协议: a project's own figure)
EVENT_DEALS_BEFORE_RE = re.compile(r"现场(?:共)?(?:签下|达成|签订|签署)[^，。；：\d]{0,6}?意向[^，。；：\d]{0,6}$")
SIGNED_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,10}?签约")
# …，总投资126亿元 after an event's tally: what its signings sum to
EVENT_SUM_LEAD_RE = re.compile(r"[，,\s\u3000](?:总投资|投资总额|协议投资|计划总投资|签约金额|总金额|协议金额|合同金额)"
                               r"(?:达|约|超过|超|为|近)?$")


def event_sum(text: str, start: int) -> bool:
    """现场共签约项目6个，总投资126亿元 / 8个项目现场签约，总投资86亿元: the money right after an event's tally, a
    count of projects (not …现场签约年产2万吨隔膜项目，总投资15亿元: one project's own investment)."""
    lead = EVENT_SUM_LEAD_RE.search(text, 0, start)
    if lead is None:
        return False
    clause = re.split(r"[，。；]", text[:lead.start()])[-1]
    opened = re.match(rf"\s*{EVENT_OPENING}{EVENT_NO_PLACE}{{0,8}}?签约", clause)
    return ("现场" in clause and "签约" in clause or bool(opened)) and PROJECT_COUNT_RE.search(clause) is not None


# 此次集中开工项目6个、投产项目3个，总投资42.6亿元: an event's tally over two stages with one sum, no place named in
# it, is the event's (the golds leave all three out; 此次全县集中开工项目12个, X经开区此次… and a sum per stage are the
# place's)
STAGES_TALLY_RE = re.compile(rf"(?:^|(?<=[，。；：\s])){EVENT_OPENING}集中{EVENT_NO_PLACE}{{0,6}}?项目\d+个、"
                             rf"{EVENT_NO_PLACE}{{0,8}}?项目\d+个(?:，(?:计划)?总投资(?:达|约|超过|超|为|近)?[\d.]+亿元)?")


# 据博览会组委会统计，本届博览会共有参展商1200余家…: the organiser's count of a whole fair or meeting the place only
# took part in; the figures of that sentence are the event's (a fair the place's own bureau held is told without it),
# but for a share (其中…) or a clause naming its firm or place (岚峰机械有限公司签订订单…, 榕江县企业成交…)
ORGANISER_COUNT_RE = re.compile(r"据[^，。；！？\d]{0,14}?(?:组委会|主办方|承办方|主办单位|组织方)的?(?:初步)?统计")
HOLDER_NAMED_RE = re.compile(r"其中|有限公司|集团|[县市区旗](?!场|域)")


def organiser_tally(text: str, start: int) -> bool:
    """Whether the figure starting at `start` lies in a sentence the fair's organiser counts (据…组委会统计), with no
    share or holder named between."""
    sentence = max(text.rfind(mark, 0, start) for mark in "。！？\n") + 1
    counted = ORGANISER_COUNT_RE.search(text, sentence, start)
    return counted is not None and HOLDER_NAMED_RE.search(text, counted.end(), start) is None


def stages_tally(text: str, start: int) -> bool:
    """Whether the figure starting at `start` is a count or the sum of an event's tally over two stages."""
    return any(m.start() <= start < m.end() for m in STAGES_TALLY_RE.finditer(text))


_COUNT = r"(?:\d+|[一二两三四五六七八九十]+)个"
PROJECT_COUNT_RE = re.compile(rf"{_COUNT}[\u4e00-\u9fff]{{0,8}}?项目|项目(?:共|达|合计)?{_COUNT}")


def of_listed_firms(text: str, match, unit: str, num: str) -> bool:
    """Whether a count is of the firms its clause has just listed, every one named (A、B、C3家企业; not A、B等15家企业,
    more than are named), or a sum of such firms (…合计实现产值, 上述企业合计纳税); a list a place drew (引进, 培育,
    新增…) is the place's tally."""
    clause = max(text.rfind(mark, 0, match.start()) for mark in "，。；：") + 1
    before = text[clause:match.start()]
    if LIST_VERBS_RE.search(before):
        return False
    if unit == "家" and (listed := LISTED_FIRMS_RE.search(before)) and FIRMS_AFTER_RE.match(text, match.end()):
        count = chinese_number(num) if not num[0].isdigit() else int(float(num))
        return not listed.group(0).endswith("等") or count == before.count("、") + 1
    return LISTED_SUM_RE.search(before) is not None
