"""Whether a rate in % (a yield, a purity, a share of local supply) of a plant holds now: a standing measure, told
with the stage `operating`, rather than a period's result.

* 良品率稳定在96%以上: a rate held steady (not 达产后，良品率可稳定在…, still to come);
* 本地配套率由2023年的41%提高到目前的63%, 良率由去年的93%提升至97%: the rate raised to from a past one (the one
  raised from is the past's result, and 研发投入占比由去年的18%提高到26% compares two periods: a result);
* 产品纯度达到99.999%, 8英寸产线良品率达到98.5%, 本地配套率已达到68%: a measure of the goods made or of the supply
  a plant draws on, as it runs, unless the sentence looks ahead or dates it to a period gone (去年良品率…, 一季度…,
  截至2025年底…) or to a first batch (首批电池片…转换效率…).
A place's rates (全县绿电使用比例, 全市本地配套率) are its period's results: only a plant's hold now.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.changes import CHANGE_RE, FROM_RATE_RE
from chaingraph.authoring.extract.figure_clause import PAST_PERIOD_RE
from chaingraph.authoring.extract.statuses import FUTURE_RE
from chaingraph.authoring.extract.words import QUALITY_RATES

STEADY_RATE_RE = re.compile(r"(?:稳定|保持|维持)在(?:约|了)?$")
# 达产后，良品率可稳定在98%以上, 努力使…: still to come (not 可降解, 使用: words of the goods or the line)
TO_COME_RE = re.compile(r"后[，,]|可(?=达|稳定|保持|维持|提升|提高|实现)|努力|使(?!用)")
# a measure of the goods made (纯度, 良品率, 产品中硅含量) or of the supply a plant draws on (本地配套率, 绿电占比)
STANDING = (rf"(?:纯度|(?:产品|成品)[^，。；\d]{{0,4}}?(?:含量|品位)|{QUALITY_RATES}|本地配套率|配套率|本地配套占比|"
            r"国产化率|自给率|(?:就地|就近|本地)转化率|绿电(?:使用)?(?:比例|占比))")
PAST_RATE = r"(?:由|从)(?:20\d\d年|去年|上年|前年)(?:同期|底|末)?的?[\d.]+%(?:提高|提升|增加|增长|上升)(?:到|至)"
RATE_FROM_PAST_RE = re.compile(rf"{PAST_RATE}(?:目前|现在|当前)的?$")
STANDING_FROM_PAST_RE = re.compile(rf"{STANDING}[^，。；\d%]{{0,4}}{PAST_RATE}$")
STANDING_RATE_RE = re.compile(rf"{STANDING}[^，。；\d%]{{0,6}}$")
# 当天下线的首批电池片…转换效率达到26.3%, 投产首月…良品率达到99.6%, 改造前…为23.2%: a first batch's measure, or
# the one before a change, anywhere before it in the sentence: a result then
FIRST_OR_BEFORE_RE = re.compile(r"首批|首月|改造前|技改前")
YEAR_IN_CLAUSE_RE = re.compile(r"(20\d\d)年(?![产底末内前])")  # a year written in the figure's clause (2024年生产…)


def rate_held_now(rel, figure: Figure, sentence_start: int, clause_start: int, place: bool) -> str | None:
    """Why a rate in % holds now (see the module's note), or None; `place`: the figure is a region's or a zone's."""
    said = rel.text[sentence_start:figure.start]
    if figure.unit != "P1" or FUTURE_RE.search(said):
        return None
    if RATE_FROM_PAST_RE.search(rel.text, clause_start, figure.start):
        return "a rate raised since a past one"
    if place or TO_COME_RE.search(said):
        return None
    if STEADY_RATE_RE.search(rel.text, clause_start, figure.start):
        return None if year_gone(rel, said) else "a rate held steady"
    if STANDING_FROM_PAST_RE.search(rel.text, clause_start, figure.start):
        return "a plant's rate raised since a past one"
    standing = STANDING_RATE_RE.search(rel.text, clause_start, figure.start)
    if standing is None or FROM_RATE_RE.search(rel.text, clause_start, figure.start):
        return None
    opening = re.match(r"[^，,。；]{1,10}[，,]", rel.text[sentence_start:clause_start])  # (去年，…: the frame)
    told = (opening.group(0) if opening else "") + rel.text[clause_start:standing.start()]
    if FIRST_OR_BEFORE_RE.search(rel.text, sentence_start, standing.start()) or year_gone(rel, told) \
            or PAST_PERIOD_RE.search(told):
        return None
    return "a measure of goods or of supply as the plant runs"


def year_gone(rel, text: str) -> bool:
    """Whether `text` dates what it says to a year before the source's (2025年，全县新签约… in a 2026 report)."""
    years = [int(y) for y in YEAR_IN_CLAUSE_RE.findall(text)]
    return bool(years and rel.source_date and max(years) < int(rel.source_date[:4]))


def rate_before_change(rel, figure: Figure, sentence_start: int, clause: str) -> bool:
    """合格率将由94.5%提高到98.5%, 改造后…良品率由93%提升至99%: a rate of the goods a change (a renovation, or one to
    come) raises from is the line's rate today; a share a place raised over a year gone by (去年…占比由33%提高到37%,
    2024年…改造，合格率由95%…) is that period's result."""
    sentence = rel.text[sentence_start:figure.start]
    return figure.unit == "P1" and re.search(QUALITY_RATES, clause) is not None and not year_gone(rel, sentence) \
        and (CHANGE_RE.search(rel.text, sentence_start, rel.by_id[figure.sentence].end) or FUTURE_RE.search(clause))
