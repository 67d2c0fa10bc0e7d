"""Owners written out as a record's fields, and names that annotate another: a project table turned into lines
(项目名称：P / 建设单位：X / 总投资：120亿元), and a name in brackets after a name that says whose that one is
(X有限公司（系Y集团全资子公司）)."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.rules import ALIAS_OPENING, CJK_NAME, PHASE_TAIL_RE
from chaingraph.authoring.extract.scopes import NOT_OWNERS, OWNER_KINDS

ALIAS_OPENING_RE = re.compile(ALIAS_OPENING + r"为?[：:]?[“\"]?$")
FIELD_RE = re.compile(rf"^\s*({CJK_NAME}{{2,6}})[：:]")
RECORD_FIELDS = (("项目名称", "项目", "名称"), ("建设单位", "实施主体", "企业名称", "投资主体", "业主单位", "签约企业"))


def record_holder(rel, sentence):
    """项目名称：P / 建设单位：X / 总投资：120亿元 — a table turned into lines: a figure of a field line
    belongs to the project (else the company) its record names in the lines above."""
    if not FIELD_RE.match(sentence.text):
        return None
    order = rel.order[sentence.id]
    lines = []
    for back in range(1, 8):
        if order - back < 0:
            break
        earlier = rel.sentences[order - back]
        field = FIELD_RE.match(earlier.text)
        if field is None:
            break
        lines.append((field.group(1), earlier))
        if field.group(1) in RECORD_FIELDS[0]:
            break  # the record's first line
    head = rel.sentences[order - len(lines) - 1] if order - len(lines) >= 1 else None
    parks = rel.mentions_in(head.id, ("park", "zone")) if head is not None else []
    if parks and PHASE_TAIL_RE.fullmatch(rel.text, parks[0][0].end, head.end):
        return parks[0]  # 3.X产业园二期 / 建设单位：Y / 总投资：6.8亿元: a park's phase, the park's figures
    for labels, kinds in ((RECORD_FIELDS[0], ("project",)), (RECORD_FIELDS[1], ("organisation",))):
        for label, earlier in lines:
            if label in labels:
                named = [(m, c) for m, c in rel.mentions_in(earlier.id, kinds) if c.cls not in NOT_OWNERS
                         and not annotation(rel, m)]
                if named:
                    return named[0]
    return None


def annotation(rel, mention: Mention) -> bool:
    """X有限公司（系Y集团全资子公司）, X（Y控股）: a name in brackets right after a name says whose that
    one is; the name before the bracket stays the subject."""
    alias = ALIAS_OPENING_RE.search(rel.text, max(0, mention.start - 10), mention.start)
    if alias and any(m.end == alias.start() for c in rel.candidates for m in c.mentions):
        return True  # X位于Y（以下简称“Y′”），总建筑面积…: the short name declared stands where Y stands
    opening = rel.text.rfind("（", max(0, mention.start - 4), mention.start + 1)
    if opening < 0 or "）" in rel.text[opening:mention.start]:
        return False
    return any(m.end == opening and m.sentence == mention.sentence for c in rel.candidates
               if c.kind in OWNER_KINDS and c.cls not in NOT_OWNERS for m in c.mentions)


# 进展情况：已于8月建成投产, 类别：开工 — the field of a project record that says where the project stands (not
# 投资进度：已完成投资8亿元, money spent)
PROGRESS_FIELD_RE = re.compile(r"(?<![\u4e00-\u9fff])(?:进展情况|项目进展|建设进展|推进情况|形象进度|建设进度|项目进度|"
                               r"建设状态|项目类别|类别)[：:]")  # (not 行业类别, 产品类别)
NUMBERED = r"^\s*(?:[（(]?\d{1,2}[）).、．]\s*)?"  # a record's number, where it has one (1., （2）)
RECORD_OPENING_RE = re.compile(NUMBERED + r"项目名称[：:]")
# 企业名称：X opens a firm's record, with no project's stage
FIRM_OPENING_RE = re.compile(NUMBERED + r"(?:企业名称|公司名称|单位名称)[：:]")
FIELD_CLOSE_RE = re.compile(rf"；\s*{CJK_NAME}{{2,6}}[：:]")


def _line_at(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def record_progress(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the progress field of the project record that holds offset `at`: a record on one line
    (1.项目名称：P；建设单位：X；总投资：8.5亿元；进展情况：已完成立项备案) or field lines that open with 项目名称
    and run to the next record; None outside such a record (重点项目：…, 企业名称：… open none)."""
    first = _line_at(text, at)
    for _ in range(8):  # back to the record's opening, over field lines only
        line = text[first[0]:first[1]]
        if RECORD_OPENING_RE.match(line):
            break
        if not FIELD_RE.match(line) or FIRM_OPENING_RE.match(line) or first[0] == 0:
            return None
        first = _line_at(text, first[0] - 1)
    else:
        return None
    lines, at_line = [first], first
    while at_line[1] < len(text) and len(lines) < 9:  # on to the next record, over field lines only
        at_line = _line_at(text, at_line[1] + 1)
        line = text[at_line[0]:at_line[1]]
        if RECORD_OPENING_RE.match(line) or FIRM_OPENING_RE.match(line) or not FIELD_RE.match(line):
            break
        lines.append(at_line)
    for a, b in lines:
        field = PROGRESS_FIELD_RE.search(text, a, b)
        if field is not None:
            close = FIELD_CLOSE_RE.search(text, field.end(), b)
            return field.end(), close.start() if close else b
    return None
