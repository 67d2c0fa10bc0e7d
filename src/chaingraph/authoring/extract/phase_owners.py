"""Whose a figure of one phase is: a project named only by its company and a phase (津驰新能源一期项目)
stands for that company, and a figure the text gives another phase than the one the project's name
holds (一期…项目…，二期10万吨) is the company's, not that project's.

Apart from ``owners``, which finds the owner a sentence names: this module only corrects an owner found,
when that owner is a phase of a project.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.scopes import NOT_OWNERS

PHASE_NAME_RE = re.compile(r"(.+?)([一二三四五六七八九十首])期(?:工程)?项目")
BARE_PHASE_RE = re.compile(r"(.+?)[一二三四五六七八九十首]期")
# a clause that speaks of one phase, of two (一、二期合计) or of all
OTHER_PHASE_RE = re.compile(r"(?:^|[，；。])(?:[^，；。]{0,12}?)"
                            r"(?:([一二三四五六七八九十首])期|两期|各期|全部|[一二三四]、?[二三四五]期)")


def phase_company(rel, figure: Figure, found):
    """津驰新能源一期项目…年产15万辆: a project named only by its company and a phase stands for the
    company; 晶诺硅业一期年产10万吨多晶硅项目…，二期10万吨…，两期合计…: a figure of another phase than
    the one the project's name holds is the company's."""
    mention, project = found
    bare = BARE_PHASE_RE.fullmatch(project.label)
    if bare is not None:  # 澜海锂电二期年产5万吨…: a company's phase, written without 项目, is the company's
        company = next((c for c in rel.candidates if c.kind == "organisation" and c.cls == "Company"
                        and bare.group(1) in c.names), None)
        if company is not None:
            return company
    inside = mention.start <= figure.start and figure.end <= mention.end
    named = PHASE_NAME_RE.fullmatch(project.label)
    phase = re.search(r"([一二三四五六七八九十首])期", project.label)
    if named is None and (phase is None or inside or any("期" not in n for n in project.names)):
        return None  # (a candidate that also names the whole project, 一期工程 aside, holds every phase)
    if named is None:
        sentence = rel.by_id[figure.sentence]
        clause_start = max([sentence.start] + [i + 1 for i in range(sentence.start, figure.start)
                                               if rel.text[i] in "，；。"])
        other = OTHER_PHASE_RE.search(rel.text[clause_start - 1 if clause_start > sentence.start else clause_start:
                                               figure.start])
        if other is None or other.group(1) == phase.group(1):
            return None
    stem = named.group(1) if named else project.label[:phase.start()]
    if not stem:  # 其一期…已投产，二期12GWh…项目正在建设，全部建成后年产能将达到20GWh: the company the text is on
        return _latest_company(rel, mention)
    companies = [c for c in rel.candidates if c.kind == "organisation" and c.cls not in NOT_OWNERS
                 and any(len(n) >= 2 and (n == stem or (named is None and n in stem)) for n in c.names)]
    if companies or named is not None:
        return max(companies, key=lambda c: len(c.mentions)) if companies else None
    # X有限公司一期年产5万吨工业硅项目: the project's name begins after its company's
    before = [(m, c) for m, c in rel.mentions_in(mention.sentence, ("organisation",), before=mention.start + 1)
              if c.cls not in NOT_OWNERS and mention.start - m.end <= 12]
    return before[-1][1] if before else None


def _latest_company(rel, mention):
    """The company last named before `mention`, in its sentence or the two before, or None."""
    order = rel.order[mention.sentence]
    near = {s.id for s in rel.sentences[max(0, order - 2):order + 1]}
    named = [(m.end, c) for c in rel.candidates if c.kind == "organisation" and c.cls == "Company"
             for m in c.mentions if m.sentence in near and m.end <= mention.start]
    return max(named, key=lambda pair: pair[0])[1] if named else None
