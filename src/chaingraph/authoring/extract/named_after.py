"""A holder named after its figure: 总投资20亿元的X项目, 投资60亿元(，)建设X项目, 年产10万吨颗粒硅的X项目, the
figures listed before it (投资65亿元、年产10万吨颗粒硅的X项目) and a builder between them
(总投资4.5亿元、由Y投资建设的X项目)."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.scopes import NOT_OWNERS

# (总投资4.5亿元、由X投资建设的P项目: past who builds it, to the project it measures; not after a comma, where a
# sentence may go on to another project: 计划完成投资50亿元，由Y投资建设的Z项目已开工)
AFTER_OWNER_RE = re.compile(r"^(?:左右|以上|多)?(?:的|(?:用于|主要用于)?(?:建设|投建|新建|打造|实施)的?|"
                            r"，(?:建设|投建|新建)|、由[^，。；的]{2,30}?(?:共同)?(?:投资建设|投资|建设|投建|承建|实施)的)")


def named_after(rel, figure: Figure):
    """总投资20亿元的X项目, 投资60亿元建设X项目: the figure qualifies the project or fund named right after, or
    the company, platform or park its 的 opens (总投资35亿元的X产业化基地)."""
    sentence = rel.by_id[figure.sentence]
    end = _past_what_it_measures(rel, figure, sentence.end)
    tail = AFTER_OWNER_RE.match(rel.text[end:sentence.end])
    if tail is None or tail.group(0).startswith("，") and "分别" in rel.text[sentence.start:figure.start]:
        return None  # (A、B分别投资5亿元和3亿元，建设P和Q: each its own, for respective_owner)
    at = end + tail.end()
    clause_end = next((i for i in range(at, sentence.end) if rel.text[i] in "，。；：！？"), sentence.end)
    found = [(m, c) for m, c in rel.mentions_in(figure.sentence, ("project", "organisation", "park"))
             if at <= m.start < clause_end and m.start - at <= 12 and c.cls not in NOT_OWNERS
             and (c.kind == "project" or c.cls == "Fund" or m.start == at)]
    if found and (paired := _respective_project(rel, figure, sentence, end, at, clause_end)) is not None:
        return paired
    return min(found, key=lambda pair: (pair[0].start, -(pair[0].end - pair[0].start))) if found else None


def _respective_project(rel, figure: Figure, sentence, end: int, at: int, clause_end: int):
    """A、B分别投资6亿元、4.5亿元建设P项目和Q项目: the sums and the projects paired in their order."""
    respectively = rel.text.rfind("分别", sentence.start, figure.start)
    if respectively < 0:
        return None
    sums = [f for f in rel.figures if f.sentence == figure.sentence and respectively < f.start and f.end <= end
            and f.unit == figure.unit]
    projects = sorted(((m, c) for m, c in rel.mentions_in(figure.sentence, ("project",)) if at <= m.start < clause_end),
                      key=lambda pair: pair[0].start)
    projects = [p for p in projects if not any(o is not p and o[0].start <= p[0].start and p[0].end <= o[0].end
                                               for o in projects)]  # (outermost names only)
    if len(sums) < 2 or len(projects) != len(sums) or figure not in sums:
        return None
    return projects[sums.index(figure)]


def _past_what_it_measures(rel, figure: Figure, sentence_end: int) -> int:
    """Where the words that qualify a holder begin after a figure: past the product it measures when 的 follows
    (年产10万吨颗粒硅的X项目) and past the figures listed with it (投资65亿元、年产10万吨颗粒硅的X项目)."""
    end = figure.end
    while True:
        joined = LISTED_FIGURE_RE.match(rel.text, end, sentence_end)
        listed = joined and next((f for f in rel.figures if f.sentence == figure.sentence
                                  and joined.end() <= f.start <= joined.end() + LISTED_GAP), None)
        if listed is None:
            break
        end = listed.end
    if rel.text.startswith("的", end):
        return end  # 总投资20亿元的X项目的主体工程: the holder comes right after the figure's own 的
    measured = MEASURED_BEFORE_DE_RE.match(rel.text, end, sentence_end)
    named = measured and any(end <= m.start < measured.end() for c in rel.candidates if c.kind != "product"
                             for m in c.mentions)
    return measured.end() if measured and not named else end  # (投资10亿元的华锐公司的: not past a name)


LISTED_FIGURE_RE = re.compile(r"、|和|及")  # 、年产10万吨, 、总投资5亿元: the next figure, at most
LISTED_GAP = 3  # three characters on (what it measures: 总投资)
MEASURED_BEFORE_DE_RE = re.compile(r"[^的，。；：、\d\s]{1,8}?(?=的)")  # 颗粒硅 of 年产10万吨颗粒硅的
