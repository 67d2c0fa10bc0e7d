"""The stage of a project and the date a status refers to.

A project's stage is the last one the article gives it in so many words, in the sentences that
name it or stand for it (该项目, 整个项目): the status its capacities and investments take when their
own clause says nothing, and the project's own status. The date a status refers to is the date
written in the clause of its status word, else the source's own date (the figure as reported).
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Fact
from chaingraph.authoring.extract.records import record_progress
from chaingraph.authoring.extract.rules import CJK_NAME, HEADING_RE, SAYS_RE
from chaingraph.authoring.extract.scopes import tasks_section
from chaingraph.authoring.extract.statuses import (
    COMPLETED,
    FUTURE_RE,
    OCCASION_RE,
    OPERATING,
    PAST_RE,
    PLANNED,
    SIGNED_RE,
    STATE_RE,
    TRIAL_RE,
    UNDER,
    VERBS,
    Cue,
    clauses,
    cues_in,
    dated_after,
    settle,
)
from chaingraph.authoring.extract.tables import row_at, row_number

# 该项目, and a bare 项目 opening a clause (项目全部达产后); not 两个项目 or 钠电产业链项目, which are others
PROJECT_REF_RE = re.compile(r"(?:(?:该|本|此|整个|这个|这一)|(?:^|(?<=[，。；：“]))(?:目前|同时|其中)?)"
                            r"项目(?!负责人|经理|部|方)")
# 电站去年底全容量并网: a station the project is (X储能电站) said again; any other project's 电站 is another one
# 两个项目均已进场施工: the projects the sentence before named, all of them
BOTH_REF_RE = re.compile(r"(?:^|(?<=[，。；：]))(?:目前|同时)?(?:这|上述|以上)?[两三]个项目(?=均|都|全部|同时|分别)")
STATION_REF_RE = re.compile(r"(?:(?:该|本|此|这个|这一)|(?:^|(?<=[，。；：“]))(?:目前|同时)?)电站")
# the event an article reports (集中开工, 签约仪式): the stage of the projects it lists, unless they say their own
EVENT_RE = re.compile(r"(?:集中|同日|同步|批)(开工|签约|投产)|(开工|签约|投产)(?:仪式|活动|大会)")
EVENT_STATUS = {"开工": UNDER, "签约": PLANNED, "投产": OPERATING, "在建": UNDER}
# 开工项目中，X项目…; 新签约的项目中: the projects a sentence opens on are of that stage
LISTED_STAGE_RE = re.compile(r"^\s*(?:此次|本次|本批|今年|集中|新)?(开工|签约|投产|在建)的?(?:重点)?项目中")
# a clause that opens on a subject of its own (投资方现有的…, 园区配套的污水处理厂…, 此外…, 全市…): the project's
# subject carried on from the clause before stops there
OTHER_SUBJECT_RE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}?(?:方|企业|公司|集团|园区|厂区|全市|全县|全区|全省|"
                              r"我市|我县|我区|政府|部门)|此外|另外|与此同时|其他|其余|周边|上游|下游)")
# a park or zone opening a clause on what it has built (产业园二期已建成标准厂房…): the place's stock, not a project's
# stage (a signing or a start the clause tells stays the project's: 经开区与X公司签约，…项目落户园区)
PLACE_STOCK_RE = re.compile(r"(?:已建成|建成|竣工|交付)[^，；。]{0,6}?(?:标准化?厂房|厂房|仓库|道路|管网|配套)")
PLACE_SUBJECT_RE = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?(?:产业园|园区|工业园|开发区|高新区|经开区)")
# 计划三季度开工, 拟建的, 正在办理前期手续: a project not started yet, whatever event the article reports
NOT_STARTED_RE = re.compile(r"开工|动工(?!具)|开建|拟建|待建|筹建|前期|备案|立项|环评|摘牌")
# a "project" named only by a word that stands for one (8月整个项目) is a reference, not another project
PROJECT_WORD_RE = re.compile(r"(?:该|本|此|整个|这个|这一)项目$")
# 去年开工的, 2023年签约落地的: a stage in the words that describe the name after them
DESCRIBING_RE = re.compile(r"[^，。；]{0,3}?的")
PHASE_RE = re.compile(r"[一二三四首]期")
# 其中一期已于去年竣工投产, 目前一期生产线运行平稳: a clause about one phase of the project
PHASE_CLAUSE_RE = re.compile(r"\s*(?:其中|目前|同时|现在?|而|另外)?[一二三四首]期")
# 完成投资41亿元, 完成年度投资: what a project has put in so far, said of a project no stage is given to
INVESTED_RE = re.compile(r"(?<!计划)完成(?:年度|全年|当年)?(?:计划)?投资")
# 备注：续建项目为第1、2、5项，新开工项目第3、4、6项: a note under a project table that gives rows their stage
ROW_STAGE_RE = re.compile(r"(续建|新开工|开工|在建|竣工|投产|拟建|新建)的?项目(?:为|是|包括|有)?第?"
                          r"((?:\d{1,3}[、，,和及])*\d{1,3})项")
ROW_STAGE = {"续建": UNDER, "新开工": UNDER, "开工": UNDER, "在建": UNDER, "竣工": COMPLETED, "投产": OPERATING,
             "拟建": PLANNED, "新建": PLANNED}
HEADING_STAGE = {**ROW_STAGE, **EVENT_STATUS}  # 一、重点签约项目, 投产一批：: the stage a heading gives
# a task to go on building: 加快X项目建设, 加快建设X项目
BUILDING_TASK_RE = re.compile(r"^(?:(?:加快|加速|加快推进|推进)[^，。；]{2,40}项目建设|"
                              r"(?:加快|加紧|加速)(?:推进)?建设)")
DATE_TAIL_RE = re.compile(rf"(?:前|底|初|中|末|份|左右|内)?(?:全面|正式|全部|基本)?{CJK_NAME}{{0,3}}")  # (9月试生产)


def row_progress(rel, at: int) -> Cue | None:
    """The stage the progress cell (项目进展: 在建，支架安装过半; 主体厂房完工，正在调试) of the table row at `at`
    gives its project: the strongest stage it says, the first of equals (the rest is detail of the work)."""
    row = row_at(rel.text, at)
    cell = row.cell("progress") if row is not None else None
    span = (cell.start, cell.end) if cell is not None else record_progress(rel.text, at)  # (进展情况：… of a record)
    if span is None:
        return None
    cues = [c for a, b in clauses(rel.text, *span) for c in cues_in(rel.text, a, b) if c.strength >= 2]
    # 一期已投产, 完成备案，计划12月开工: the stage verb, not a bare 已 or a step done on the way
    return max(cues, key=lambda c: c.strength) if cues else None


def own_cell_stage(rel, start: int, end: int) -> bool:
    """Whether the figure's own words in its table cell or record field say a stage (建成后年新增…, 达产后月产…: a
    plan whatever the row's progress)."""
    row = row_at(rel.text, start)
    cell = next((c for c in row.cells if c.start <= start and end <= c.end), None) if row is not None else None
    span = (cell.start, cell.end) if cell is not None else _record_field(rel.text, start, end)
    if span is None:
        return False
    clause = next(((a, b) for a, b in clauses(rel.text, *span) if a <= start < b), None)
    return clause is not None and any(c.strength >= 3 or c.conditional or (c.status == OPERATING and c.strength >= 2)
                                      for c in cues_in(rel.text, *clause))  # (现有年产1万吨…产能: what is there now)


def _record_field(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The field of a project record that holds text[start:end] (建设内容：…，达产后月产…), as (start, end)."""
    if record_progress(text, start) is None:
        return None
    opening = max(text.rfind("；", 0, start), text.rfind("\n", 0, start)) + 1
    closing = min((i for i in (text.find("；", end), text.find("\n", end)) if i >= 0), default=len(text))
    return opening, closing


def stage_of_project(rel, project: Candidate) -> None:
    """A project's status and the date it refers to, where the article gives its stage."""
    cue = next((c for m in project.mentions if (c := row_progress(rel, m.start)) is not None), None) or \
        project_stage(rel, project, bookkept=True)
    if not (cue is not None and cue.status != PLANNED):  # the row's 建设内容 is the project's scope, its figures
        cue = _row_stage(rel, project) or cue            # plans; the note says where the project itself stands
    if cue is None or any(f.prop == "status" for f in project.facts):
        return
    sentence = rel._sentence(cue.start)
    date = date_near(rel, sentence.id, cue.start) if cue.dated else \
        (rel.source_date, rel.clause(cue.start, cue.end), AS_REPORTED) if rel.source_date else None
    status = PLANNED if SIGNED_RE.fullmatch(cue.word) or _set_as_task(rel, sentence, cue) else cue.status
    status, late = settle(status, date[0] if date and date[2] != AS_REPORTED else None, rel.source_date)
    note = f"status from {cue.word!r} in {sentence.id}" + (f"; {late}" if late else "; check")
    project.facts.append(Fact("status", status, rel.clause(cue.start, cue.end), note))
    if date:
        project.facts.append(Fact("date", date[0], date[1], date[2]))


def _set_as_task(rel, sentence, cue: Cue) -> bool:
    """二、2026年主要任务 / 推动X项目开工建设: a stage a work report sets as the year's task is still to come
    (signed projects are plans anyway); 加快X项目建设 goes on building one, and 已 says what is done."""
    if cue.status not in (UNDER, COMPLETED, OPERATING) or tasks_section(rel, sentence) is None \
            or STATE_RE.match(rel.text, cue.start):  # 加快推进在建的X项目: 在建 says where it stands
        return False
    end = next(b for a, b in clauses(rel.text, sentence.start, sentence.end) if a <= cue.start < b)
    return not (BUILDING_TASK_RE.match(rel.text[cue.start:end]) or PAST_RE.search(rel.text, max(0, cue.start - 3),
                                                                                    cue.start))


def project_stage(rel, project: Candidate, bookkept: bool = False):
    """The stage the article last gives the project in so many words: in the first sentence naming it, or
    in a clause that names it or says 该项目/整个项目 before another project is named. A plan (预计明年
    投产) counts only when nothing else is said; a clause about one phase (一期已投产) speaks of the whole only
    where no other phase is left to build; a chronology (当年开工、当年投产) has come to its last stage; a
    project introduced by 其中 shares the stage
    of the sentence before (集中开工的8个项目 … 其中，X项目). `bookkept`: for the project's own status, money it
    has put in (完成投资) says it is being built when nothing else does."""
    order = sorted({rel.order[m.sentence] for m in project.mentions if m.sentence in rel.order})
    if not order:
        return None
    others = {rel.order[m.sentence] for c in rel.candidates if c.kind == "project" and c is not project
              and not PROJECT_WORD_RE.search(c.label) for m in c.mentions if m.sentence in rel.order}
    others |= _builders_of_others(rel, project)
    stages, plans, phases, investing = [], [], [], []
    record = _record_lines(rel, order[0])
    index = last_about = order[0]
    while index < len(rel.sentences) and index <= max(order[-1] + 3, max(record, default=0)):
        if index > order[0] and index not in order and index in others:
            break
        sentence = rel.sentences[index]
        own = [(m.start, m.end) for m in project.mentions if m.sentence == sentence.id]
        # 建设进度：已开工建设 in the project's record speaks of it (a phase's clause there still of the phase)
        fields = [(a, a) for a, _ in clauses(rel.text, sentence.start, sentence.end)] if index in record else []
        named = [(m, c) for c in rel.candidates for m in c.mentions if m.sentence == sentence.id
                 and not (c.kind == "project" and PROJECT_WORD_RE.search(c.label))]
        names = [(m.start, m.end) for m, _ in named]
        subjects = [(m.start, m.end) for m, c in named if c.kind != "product"]
        words = [(sentence.start + r.start(), sentence.start + r.end()) for r in PROJECT_REF_RE.finditer(sentence.text)]
        if index == order[-1] + 1:
            words += [(sentence.start + r.start(), sentence.start + r.end())
                      for r in BOTH_REF_RE.finditer(sentence.text)]
        if project.label.endswith("电站"):
            words += [(sentence.start + r.start(), sentence.start + r.end())
                      for r in STATION_REF_RE.finditer(sentence.text)]
        refs = own + fields + [(s, e) for s, e in words if not any(a <= s < b for a, b in names)
                      and not _spoken_of_other(rel, project, s)]
        elsewhere = [(m.start, m.end) for c in rel.candidates if c.kind == "project" and c is not project
                     and not PROJECT_WORD_RE.search(c.label) for m in c.mentions if m.sentence == sentence.id]
        about = phase = False  # 项目总投资25亿元，于9月28日开工: the subject carries on until another is named
        for a, b in clauses(rel.text, sentence.start, sentence.end):
            mine = any(a <= s < b for s, _ in refs)
            carried = not mine and about and not any(a <= s < b for s, _ in subjects) \
                and OTHER_SUBJECT_RE.match(rel.text, a) is None
            # 总经理介绍，一期工程去年12月投运…；二期正在安装电解槽: the phases of the project named just before
            told = index == last_about + 1 and not elsewhere and PHASE_CLAUSE_RE.match(rel.text, a) is not None
            about = mine or carried or told
            last_about = index if mine or carried else last_about
            if not (index == order[0] or about) or not mine and OCCASION_RE.fullmatch(rel.text, a, b):
                continue
            if not any(a <= s < b for s, _ in refs) and any(a <= s < b for s, _ in elsewhere):
                continue  # X项目已投产，Y项目正在办理前期手续: the other project's clause is its own
            if not mine and own and b <= min(own)[0] and PLACE_SUBJECT_RE.match(rel.text, a) \
                    and PLACE_STOCK_RE.search(rel.text, a, b):
                continue  # 产业园二期已建成标准厂房…，X公司拟投资…建设Y项目: a clause of another subject before it
            phase = any(PHASE_RE.match(rel.text, e, min(b, e + 3)) for s, e in refs if a <= s < b) or \
                PHASE_CLAUSE_RE.match(rel.text, a) and not any(s == a for s, _ in own) or \
                phase and (carried or any(s == a for s, _ in fields)) or told  # 一期计划…建成，2026年投产: the phase's
            if phase:  # (一期年产…项目: its name)
                # 项目一期已于今年4月投产: a phase, not the whole project (but see `building` below),
                # unless the phases belong to another project named since this one
                if not _other_project_between(rel, project, sentence.id, [s for s, _ in refs if s < a], a):
                    phases += [c for c in cues_in(rel.text, a, b, tuple(names)) if c.strength >= 3]
                continue
            cues = cues_in(rel.text, a, b, tuple(names))
            strong = [c for c in cues if c.strength >= 3]
            described = [c for c in strong if STATE_RE.match(rel.text, c.start)]
            if described:  # 在建的X项目预计今年11月投产: 在建的 says where it stands, the rest is its plan
                stages += described
                continue
            if len({c.status for c in strong}) >= 2:
                strong = _predicate_stages(rel.text, strong, [(s, e) for s, e in refs if a <= s < b])
                strong = _state_then_plan(rel.text, strong)
                if len({c.status for c in strong}) >= 2:
                    continue
            stages += [c for c in strong if c.status != PLANNED and not _signing(c)]
            plans += [c for c in cues if (c.status == PLANNED or _signing(c)) and c.strength >= 2]
            investing += [Cue(m.start(), m.end(), m.group(0), UNDER, 3) for m in INVESTED_RE.finditer(rel.text, a, b)
                          if (carried or any(a <= r < m.start() for r, _ in refs))
                          and not FUTURE_RE.search(rel.text, a, m.start())]
        index += 1
    first = rel.sentences[order[0]]
    listed = LISTED_STAGE_RE.match(first.text)
    if not stages and listed:  # 开工项目中，A项目、B项目分别投资…: the projects of that stage
        word = listed.group(1)
        at = first.start + listed.start(1)
        stages = [Cue(at, at + len(word), word, EVENT_STATUS.get(word, UNDER), 3)]
    if not stages and first.text.startswith("其中") and order[0] > 0:
        previous = rel.sentences[order[0] - 1]
        stages = [c for c in cues_in(rel.text, previous.start, previous.end) if c.strength >= 3 and c.status != PLANNED
                  or SIGNED_RE.fullmatch(c.word)]  # (签约仪式上…共签约项目11个。其中，A项目…: signed, a plan)
    if not stages and not any(NOT_STARTED_RE.search(c.word) for c in plans):  # (建成后可年产…: still started)
        stages = [c for c in [_section_stage(rel, first)] if c is not None]  # 一、重点签约项目 / （一）A项目。
    ahead = [c for c in stages if _dated_ahead(rel, c)]  # 按计划，项目2027年建成: a stage yet to come is a plan
    stages = [c for c in stages if c not in ahead] if len(ahead) < len(stages) else stages
    if stages:
        running = [c for c in stages + phases if c.status == OPERATING and c.start < stages[-1].start]
        if stages[-1].status == COMPLETED and running:  # 二期正式投产，标志着项目全面建成: built and running
            return running[-1]
        if stages[-1].word in ("运行", "运转") and len(stages) >= 2 and TRIAL_RE.search(stages[-2].word):
            return stages[-2]  # 已进入试生产阶段，各项指标运行平稳: the trial is what runs
        return stages[-1]
    building = [c for c in phases if c.status == UNDER]
    if building:  # 一期已建成投产，二期正在进行厂房建设: the project is still being built
        return building[-1]
    if any(c.status in (OPERATING, COMPLETED) for c in phases) and phases[-1].status == PLANNED \
            and not NOT_STARTED_RE.search(phases[-1].word):  # (二期计划明年开工: nothing of it is being built)
        last = phases[-1]  # 一期已于去年投运，二期预计今年9月建成: the rest of it is being built
        return Cue(last.start, last.end, last.word, UNDER, 3, dated=False)  # (its date is the phase's plan)
    reached = [c for c in phases if c.status in (OPERATING, COMPLETED)]
    if reached and all(c in reached or NOT_STARTED_RE.search(c.word) for c in phases):
        # 一期5GW已于去年投产，二期正式投产; 项目一期已建成投产(，二期计划明年开工): every phase begun is built
        return next((c for c in reversed(reached) if c.status == OPERATING), reached[-1])
    plans += [c for c in phases if c.status == PLANNED]  # 一期…计划2026年建成投产: the phase's plan, the project's
    if investing and bookkept:  # X项目完成投资41亿元: money put in so far, the project itself is being built
        return investing[-1]  # (not its figures: 二期总投资 after it is still the plan of a phase)
    starts = [c for c in plans if c.status == PLANNED and not _signing(c)]
    if starts and any(c.status != PLANNED for c in plans):  # 已完成签约，预计年内开工: signed, still a plan
        return starts[-1]
    signed = [c for c in plans if SIGNED_RE.fullmatch(c.word)]  # 同日…签约年产8GWh…项目: its own event
    starting = [c for c in starts if NOT_STARTED_RE.search(c.word)]
    return (signed[-1] if signed else None) or (starting[-1] if starting else None) or _event(rel) or \
        (plans[0] if plans else None)


ALIAS_GAP_RE = re.compile(r"(?:[（(][^（）()]{0,24}[）)])?的?")


def _spoken_of_other(rel, project: Candidate, at: int) -> bool:
    """“项目总投资15亿元…”驰鼎动力总经理徐振华说: 项目 in a quotation is the project of the speaker's company;
    not this one when that company is named and does not build it."""
    opening, closing = rel.text.rfind("“", 0, at), rel.text.find("”", at)
    if opening < 0 or closing < 0 or rel.text.find("”", opening, at) >= 0:
        return False
    lead = rel.text[closing + 1:closing + 41].split("。")[0]
    if not SAYS_RE.search(lead):
        return False
    speakers = [c for c in rel.candidates if c.kind == "organisation"
                and any(closing < m.start <= closing + len(lead) for m in c.mentions)]
    return bool(speakers) and not any(builds(rel, company, project) for company in speakers)


def builds(rel, company: Candidate, project: Candidate) -> bool:
    """Whether the project is the company's: named in it, run by it, or named right after it (X有限公司（以下简称
    “X”）电驱动总成项目)."""
    return any(n in project.label for n in company.names if len(n) >= 3) \
        or any(f.prop == "operatedBy" and f.value is company for f in project.facts) \
        or any(ALIAS_GAP_RE.fullmatch(rel.text[c.end:p.start]) for c in company.mentions for p in project.mentions
               if c.end <= p.start)


def _dated_ahead(rel, cue: Cue) -> bool:
    """Whether the date of a stage's own clause lies after the source's date (项目2027年建成)."""
    date = date_near(rel, rel._sentence(cue.start).id, cue.start)
    return date is not None and date[2] != AS_REPORTED and dated_after(date[0], rel.source_date)


def _signing(cue: Cue) -> bool:
    """A signing (签约, 已签约), which says no stage of building; “签约即开工” says work began."""
    return SIGNED_RE.search(cue.word) is not None and cue.status != UNDER


# 一、重点签约项目, 二、新开工项目: a numbered section of projects of one stage
SECTION_STAGE_RE = re.compile(r"^\s*[一二三四五六七八九十]+、\s*(?:重点|重大)?(签约|新开工|开工|在建|续建|投产|竣工)"
                              r"的?(?:重点|重大|产业)?项目")


NUMBERED_NAME_RE = re.compile(r"(?:\d{1,2}[.、．]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])\s*"
                              r"[^，。；：:]{2,40}?(?:项目|工程|二期|三期|园)。?")
ITEM_LINE_RE = re.compile(r"\s*(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)])")
LIST_STAGE_RE = re.compile(r"^\s*(?:集中)?(签约|开工|投产|竣工)(?:一批|的项目|项目)[：:]?\s*$")


def _section_stage(rel, sentence) -> Cue | None:
    """The stage the numbered section a project stands under gives its projects (一、重点签约项目 / （一）X项目。;
    投产一批： / 1.X项目；), or None: the nearest list head or first-level heading before the sentence."""
    items = True  # whether only a list's numbered items stand between the project and the line looked at
    for i in range(rel.order[sentence.id], -1, -1):
        line = rel.sentences[i]
        listed = LIST_STAGE_RE.match(line.text)
        if listed is not None and i < rel.order[sentence.id] and items:  # 投产一批： / 1.X项目； 2.Y项目；
            return _heading_cue(line, listed)
        items = items and (i == rel.order[sentence.id] or ITEM_LINE_RE.match(line.text) is not None
                           or listed is not None)
        if HEADING_RE.match(line.text):
            match = SECTION_STAGE_RE.match(line.text)
            return _heading_cue(line, match) if match is not None else None
    return None


def _heading_cue(line, match) -> Cue:
    """The stage a heading's word (签约, 新开工, 投产…, group 1 of `match`) gives the projects under it, undated."""
    word = match.group(1)
    status = HEADING_STAGE.get(word, UNDER)
    return Cue(line.start + match.start(1), line.start + match.end(1), word, status, 3, dated=False)


def _builders_of_others(rel, project: Candidate) -> set[int]:
    """The sentences naming the company another project is named after (A公司年产3万吨…项目 … 走进A公司施工现场):
    what they say (该项目…) is of that project, not of this one."""
    others = [c.label for c in rel.candidates if c.kind == "project" and c is not project]
    return {rel.order[m.sentence] for c in rel.candidates if c.kind == "organisation"
            and not project.label.startswith(c.label) and any(o.startswith(c.label) for o in others)
            for m in c.mentions if m.sentence in rel.order}


LIFE = (UNDER, COMPLETED, OPERATING)  # the order a project goes through its stages


# 当年开工、当年投产, 3月开工，10月建成投产: a stage, then a time, then the next (not X开工与Y投产仪式: two subjects)
CHRONOLOGY_GAP_RE = re.compile(r"[、，,]?(?:当年|同年|次年|\d{1,2}月(?:份|底)?|年内|随后|即|并)?")


def _state_then_plan(text: str, strong: list) -> list:
    """完成投料试车、预计8月正式投产: one stage reached, then what is planned after it (or a signing before it); the
    stage is where the project stands (the plan is kept as a plan). Otherwise all of them."""
    reached = [c for c in strong if c.status != PLANNED and not _signing(c)]

    def before_it(c) -> bool:  # 4月签约、5月开工: a signing, a time, then the stage (not “签约即拿地开工”, a slogan)
        following = next((r for r in reached if r.start >= c.end), None)
        return _signing(c) and following is not None and CHRONOLOGY_GAP_RE.fullmatch(text[c.end:following.start])
    if not reached or not all(c.start > reached[-1].start or before_it(c) for c in strong if c not in reached):
        return strong
    if len({c.status for c in reached}) == 1:
        return reached  # (4月签约、5月开工: the signing before is done with)
    ranks = [LIFE.index(c.status) for c in reached if c.status in LIFE]
    if len(ranks) == len(reached) and ranks == sorted(ranks) and not any(_signing(c) for c in strong) and all(
            CHRONOLOGY_GAP_RE.fullmatch(text[a.end:b.start]) for a, b in zip(reached, reached[1:], strict=False)):
        return reached[-1:]  # 当年开工、当年投产: a chronology, where it has come to (当年签约、当年建成、当年
        # 投产 is the speed of a project, no stage)
    return strong


def _predicate_stages(text: str, strong: list, named: list[tuple[int, int]]) -> list:
    """去年开工的X项目今年9月建成投产: a stage said before the project's name in words that describe it (…的)
    is its past; the stage its predicate states after the name is where it stands. Otherwise all of them."""
    if not named:
        return strong
    start, end = min(s for s, _ in named), max(e for _, e in named)
    before = [c for c in strong if c.end <= start]
    after = [c for c in strong if c.start >= end]
    if before and after and all(DESCRIBING_RE.match(text, c.end, start) for c in before):
        return after
    return strong


def _other_project_between(rel, project: Candidate, sentence_id: str, before: list[int], at: int) -> bool:
    """Whether another project is named between the project's last mention before `at` and `at` (X项目建成投产，
    Y项目一期已投产，二期正在加紧建设: the phases are Y's)."""
    since = max(before, default=-1)
    return any(since < m.start < at for c in rel.candidates if c.kind == "project" and c is not project
               and not PROJECT_WORD_RE.search(c.label) for m in c.mentions if m.sentence == sentence_id)


FIELD_RE = re.compile(rf"^\s*{CJK_NAME}{{2,6}}[：:]")


BULLET_NAME_RE = re.compile(r"^\s*[▶►▷•●■◆★]\s*\S{2,40}$")
CARD_FIELDS_RE = re.compile(r"\S\s*[|｜丨▏]\s*\S")
ITEM_END_RE = re.compile(r"\s*(?:全[县市区省镇旗州盟]|其他|其余|同类|此外|另外|今年以来|截至|该公司|该企业|公司|企业)")
# 第一站 X项目: a tour report's stop, its heading; the paragraph under it is about the project it names
STOP_HEADING_RE = re.compile(r"^\s*第[一二三四五六七八九十\d]{1,3}站\s*[：:]?\s*\S")


def _record_lines(rel, first: int) -> set[int]:
    """项目名称：P (or 1.P) / 建设单位：…: the field lines after a project's name line, up to the next record; ▶ P /
    总投资 4.5亿元 | 在建: a card's line of bars under its bullet; 第一站 P / …: what a tour says under the stop."""
    numbered = NUMBERED_NAME_RE.fullmatch(rel.sentences[first].text.strip()) and first + 1 < len(rel.sentences) \
        and not FIELD_RE.match(rel.sentences[first + 1].text)  # （二）X项目。建设单位为…，已于8月投运: its own line
    if numbered or STOP_HEADING_RE.match(rel.sentences[first].text):
        lines = set()
        for index in range(first + 1, min(len(rel.sentences), first + 10)):
            sentence, gap = rel.sentences[index], rel.text[rel.sentences[index - 1].end:rel.sentences[index].start]
            if STOP_HEADING_RE.match(sentence.text) or sentence.kind != "body" or "\n" in gap and (
                    numbered or index > first + 1) or numbered and index > first + 1 and (
                    ITEM_END_RE.match(sentence.text) or any(m.sentence == sentence.id and m.start - sentence.start <= 2
                                                            for c in rel.candidates if c.kind == "organisation"
                                                            for m in c.mentions)):
                break  # the paragraph or the item's line, up to the place's tally or a firm's own story (岳工重机已…)
            lines.add(index)
        return lines
    if BULLET_NAME_RE.match(rel.sentences[first].text):
        after = first + 1
        return {after} if after < len(rel.sentences) and CARD_FIELDS_RE.search(rel.sentences[after].text) \
            and not BULLET_NAME_RE.match(rel.sentences[after].text) else set()
    if not (re.match(r"\s*(?:项目名称|项目)[：:]", rel.sentences[first].text)
            or NUMBERED_NAME_RE.fullmatch(rel.sentences[first].text.strip())):  # 1.电驱动总成项目 / 建设单位：…
        return set()
    lines = set()
    for index in range(first + 1, min(len(rel.sentences), first + 10)):
        text = rel.sentences[index].text
        goes_on = index - 1 in lines and rel.sentences[index - 1].text.rstrip().endswith("；")  # a field's next part
        if not (FIELD_RE.match(text) or goes_on) or re.match(r"\s*(?:项目名称|项目)[：:]", text) \
                or NUMBERED_NAME_RE.fullmatch(text.strip()):
            break
        lines.add(index)
    return lines


def _row_stage(rel, project: Candidate) -> Cue | None:
    """1 年产30万套…项目 … / 备注：续建项目为第1、2、5项: the stage a note under the table gives the row the
    project is named in, by its number."""
    order = sorted({rel.order[m.sentence] for m in project.mentions if m.sentence in rel.order})
    row = row_number(rel.sentences[order[0]].text) if order else None  # (tables)
    if row is None:
        return None
    for sentence in rel.sentences:
        for match in ROW_STAGE_RE.finditer(sentence.text):
            if row in re.split(r"[、，,和及]", match.group(2)):
                start = sentence.start + match.start()
                return Cue(start, sentence.start + match.end(), match.group(0), ROW_STAGE[match.group(1)], 3)
    return None


def _event(rel):
    """The stage of the event the title or the lead sentence reports (…项目集中开工): what the projects the
    article lists have reached when they say no stage of their own, only plans (计划明年建成投产)."""
    lead = [s for s in rel.sentences if s.kind == "title"][:1] + [s for s in rel.sentences if s.kind == "body"][:1]
    for sentence in lead:
        match = EVENT_RE.search(sentence.text)
        if match:
            word = match.group(1) or match.group(2)
            start = sentence.start + match.start()
            return Cue(start, sentence.start + match.end(), match.group(0), EVENT_STATUS[word], 3)
    return None


AS_REPORTED = "the source's date: the figure as reported"


def date_near(rel, sentence_id: str, at: int):
    """(date, quote, note): the date written in the clause at `at`, else the source's date."""
    sentence = rel.by_id[sentence_id]
    a, b = next(((a, b) for a, b in clauses(rel.text, sentence.start, sentence.end) if a <= at < b),
                (sentence.start, sentence.end))
    in_clause = [d for d in rel.dates if d.sentence == sentence_id and a <= d.start < b
                 and not _other_stage_between(rel.text, d.start, d.end, at)]
    first = clauses(rel.text, sentence.start, sentence.end)[0]
    if not in_clause and first[0] < a and first[1] - first[0] <= 10:  # 2023年，全区新开工…: said for the sentence
        in_clause = [d for d in rel.dates if d.sentence == sentence_id and first[0] <= d.start < first[1]]
    if in_clause:
        date = min(in_clause, key=lambda d: abs(d.start - at))
        return date.value, rel.clause(date.start, date.end), f"date from {date.text!r}"
    if rel.source_date:
        return rel.source_date, rel.clause(at, at + 1), AS_REPORTED
    return None


def _other_stage_between(text: str, start: int, end: int, at: int) -> bool:
    """Whether another stage word stands between a date and the word at `at`: 在建的…项目预计明年6月投产
    dates the 投产, not the 在建."""
    if start > at:  # 预计明年6月投产, 2026年底建成: a date leading a stage word is that word's
        between = text[at + 1:start] + "|" + DATE_TAIL_RE.match(text, end).group(0)
    else:
        between = text[end:at]
    return any(pattern.search(between) for pattern, _status, strength in VERBS if strength >= 3)
