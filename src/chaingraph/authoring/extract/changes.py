"""Changes a sentence tells: a line rebuilt, a capacity or a rate raised from one figure to another. What the
figure raised from was and what it was raised to is, depend on whether the change is told as done (改造后，年产能由
3万吨提升到5万吨) or still to come (将从现有的年产800吨增至…); ``quantity_statuses`` reads the stages from these."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.figure_clause import clause_start_of
from chaingraph.authoring.extract.statuses import FUTURE_RE
from chaingraph.authoring.extract.words import BEFORE_CHANGE

RAISED_RE = re.compile(r"(?:提升|提高|增加|扩大|增长|扩)(?:至|到)|增至|达到")
RAISED_TO_END_RE = re.compile(r"(?:提升|提高|增加|扩大|增长|扩)(?:至|到)$|增至$")
FROM_RE = re.compile(rf"(?:由|从){BEFORE_CHANGE}?的?$")  # 从现有的年产800吨增至…
# 改造后，…由3万吨提升到5万吨; 去年投资…实施改造，…良率由97.1%提升至99.2%; 由改造前的86%提高到…: a change the
# sentence (or the one before: 走进改造后的车间) tells as done, before the figure's clause (由去年的18%提高到26%
# compares a period with the year before: no change of a line)
# (完成二次扩产; 新上…生产线6条: lines added)
CHANGE = r"(?:改造|技改|升级|搬迁|改建|扩建|扩产|扩能|换装|转型|新[增上](?!市)[^，。；]{0,12}线|线[^，。；]{0,8}投用)"
CHANGE_RE = re.compile(CHANGE)
DONE_CHANGE_RE = re.compile(CHANGE + r"(?:完成)?后|去年|上年|"
                            r"已经?(?:全部)?(?:完成|建成|投产|竣工|完工)|(?:正式)?(?:投用|投入使用)|"
                            r"(?:建成|竣工|完工)(?:投产|投用)|"  # 项目今年5月建成投产
                            r"完成了?[\u4e00-\u9fff]{0,8}?(?:改造|技改|升级|扩建|扩产|扩能|搬迁)")  # 今年完成智能化改造
# 正在实施产线升级, 二期扩建项目已开工: a change under way, not done
UNDER_WAY_RE = re.compile(r"正在|在建|推进|开工|启动|拟|计划")
# …率由93.5%提升到97.8%: a rate raised or cut from one measure to another
RATE_CHANGED_RE = re.compile(r"(?:由|从)[^，。；\d]{0,6}?\d+(?:\.\d+)?%[^，。；\d]{0,4}?"
                             r"(?:提升|提高|增加|增长|降低|下降|减少|压缩|降)(?:至|到)$")
FROM_RATE_RE = re.compile(r"(?:由|从)[^，。；\d]{0,6}$")  # 合格率由95%…: the rate raised from, not to
AFTER_CHANGE_RE = re.compile(CHANGE + r"(?:完成)?后，?")  # 改造后TOPCon…效率达到…


def change_told_done(rel, figure: Figure, after_change: bool = False) -> bool:
    """Whether the sentence up to the figure, or the sentence before it, tells a change as done (with
    `after_change`, a clause opening on 改造后 tells it too) and nothing in the figure's sentence looks ahead (将,
    预计, 建成后) or says the change is under way (正在, 已开工)."""
    sentence = rel.by_id[figure.sentence]
    said = rel.text[sentence.start:figure.start]
    if FUTURE_RE.search(said) or re.search(r"(?:建成|达产|投产|满产)后", said):
        return False
    if "改造前" in said:
        return True  # (由改造前的86%提高到…: compared with before, the change is done)
    if UNDER_WAY_RE.search(said):
        return False
    if after_change and AFTER_CHANGE_RE.match(rel.text, clause_start_of(rel, figure)):
        return True
    order = rel.order[figure.sentence]
    previous = rel.sentences[order - 1].text if order > 0 else ""
    told = rel.text[sentence.start:clause_start_of(rel, figure)]
    return CHANGE_RE.search(said) is not None and DONE_CHANGE_RE.search(told) is not None or re.search(
        r"(?:改造|技改|升级|搬迁)(?:完成)?后的", previous) is not None


def raised_later(rel, figure: Figure) -> bool:
    """由3000万支提升至…, 将从现有的年产800吨增至…: the figure raised from is what there is today."""
    return bool(FROM_RE.search(rel.text, max(0, figure.start - 5), figure.start)) and \
        RAISED_RE.match(rel.text, figure.end) is not None
