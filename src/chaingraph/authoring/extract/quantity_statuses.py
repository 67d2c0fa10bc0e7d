"""A figure's status and the date it refers to: the words of its own clause; else, for a capacity or an investment
of a project, the stage the article gives the project (``stages``: 6月底整个项目竣工); else the words of the rest of
its sentence; else a guess said as such (an investment is planned, a capacity planned, another figure achieved)."""

from __future__ import annotations

import re
from dataclasses import replace

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.changes import (
    AFTER_CHANGE_RE,
    FROM_RATE_RE,
    RAISED_TO_END_RE,
    RATE_CHANGED_RE,
    change_told_done,
    raised_later,
)
from chaingraph.authoring.extract.deals import SIGNED_BEFORE_RE, deal_signed
from chaingraph.authoring.extract.figure_clause import (
    PART_OPENING_RE,
    PAST_PERIOD_RE,
    clause_span,
    clause_start_of,
    framed_stage,
    inside,
    part_of_before,
    period_opening,
    same_clause,
)
from chaingraph.authoring.extract.figures import INTAKE_VERBS
from chaingraph.authoring.extract.holdings import holding_status
from chaingraph.authoring.extract.owners import OWNER_KINDS
from chaingraph.authoring.extract.place_totals import WHOLE_PLACE_RE
from chaingraph.authoring.extract.product_forms import farm_product_place
from chaingraph.authoring.extract.quantity_kinds import COUNT_UNITS, ORDER_SUM, kind_word, lines_counted_after
from chaingraph.authoring.extract.rate_statuses import rate_before_change, rate_held_now, year_gone
from chaingraph.authoring.extract.rules import clause_start_before
from chaingraph.authoring.extract.scopes import framing_line, tasks_section
from chaingraph.authoring.extract.stages import (
    AS_REPORTED,
    BUILDING_TASK_RE,
    PHASE_CLAUSE_RE,
    date_near,
    own_cell_stage,
    project_stage,
    row_progress,
)
from chaingraph.authoring.extract.statuses import (
    ACHIEVED,
    COMPLETED,
    FUTURE_RE,
    GONE_PART_RE,
    OPERATING,
    PAST_RE,
    PHASE,
    PHASE_OPENING_RE,
    PLANNED,
    UNDER,
    Cue,
    capability,
    clauses,
    cue_for,
    cues_in,
    held_kind,
    settle,
)
from chaingraph.authoring.extract.tables import row_at
from chaingraph.authoring.extract.tech_deals import tech_planned
from chaingraph.facts.checks import CURRENCIES

PLANNED_KINDS_RE = re.compile(r"投资|签约|协议|规模")
RESPECTIVE_RE = re.compile(r"分别(?:为|是|达到?|约)?$")
FIELD_LABEL_RE = re.compile(r"[^，。；：]{2,6}[：:]")  # 建设内容：…: a record's field, its stage in another field
# 首批成员单位36家, 会员企业已达128家: the members an association counts today
# 签订…采购合同，金额1.3亿元: a purchase signed, its goods still to deliver (not 已获得订单8.6亿元 or 签下订单,
# orders won: a result, nor 在手订单, held)
# 县财政安排…专项资金3000万元, 会议决定对该项目给予技改补助280万元: money a budget sets aside or a meeting grants,
# still to be paid (已拨付1800万元 is paid)
BUDGETED_RE = re.compile(r"(?<!共)(?:安排|统筹)[^，。；\d]{0,20}$")
# (去年已给予…, 县财政已经安排…, 2025年，县财政累计安排…: paid, whatever the verb; not 对去年新进规上的企业给予…, a year
# that says which firms)
PAID_SINCE_RE = re.compile(r"已|累计|先后")
GRANTED_RE = re.compile(r"给予[^，。；\d]{0,12}$")
DECIDED_RE = re.compile(r"(?:会议|常务会|办公会)(?:研究)?(?:决定|同意|审议通过)")
ORDER_SIGNED_RE = re.compile(r"(?:(?:签订|签署)[^，。；]{0,20}?(?:订单|合同)|签下[^，。；]{0,20}?合同)"
                             + ORDER_SUM)
BUILDING_KIND_RE = re.compile(r"(?:新建|在建|续建|建设)[^，。；]{0,6}(?:厂房|楼宇|仓库|车间|用房|大楼)")
# the count of projects a place signed, before their investment (新签约项目11个, 签约落地项目9个, 签约12个项目)
SIGNED_COUNT_RE = re.compile(r"签约[^，。；]{0,16}?项目(?:达|共|合计)?\d+[个项]|签约了?\d+[个项][^，。；]{0,12}?项目")
SIGNED_RE = re.compile(r"签约|签署|签订")
# a plant's yearly intake, what it saves or cuts, what it generates (年消耗天然气…, 每年可节约标准煤…, 年发电量…)
YEARLY_FLOW_RE = re.compile(rf"(?:每年|年)(?:可以|可|约)?(?:{INTAKE_VERBS}|处理|节约|节省|减少|减排|降低|发电)")
# a figure after a status word in its clause (预计总产量10万吨), not a date (已于11月开工, 今年7月并网)
FIGURE_AHEAD_RE = re.compile(r"\d+(?:\.\d+)?(?![\d.年月日号时点期])")
# 意向订单, 意向采购协议: what a fair or a buyer intends to buy, still to be bought (a figure within the words after)
INTENT_RE = re.compile(r"意向(?:订单|采购|合同|协议|订货|金额|投资)")
# 在谈项目9个, 储备项目11个，估算总投资9.5亿元: projects still being courted and what they would bring, a plan (not
# 洽谈项目8个 on a trip: talks held; 储备项目中已开工项目8个: some begun); 与3家企业签订意向协议: firms that signed in
# intent only
PROSPECTS = (r"(?:在谈|正在洽谈|储备|意向签约|拟签约)(?:(?!已|开工|签约|转|落地|投产|建成)[^，。；\d]){0,6}?"
             r"项目(?:还有|共|达|有)?")
PROSPECTS_RE = re.compile(PROSPECTS + "$")
PROSPECTS_SUM_RE = re.compile(PROSPECTS + r"\d+个[，、](?:估算|计划|预计|意向)?总?投资(?:约|达|超过?|近)?$")
INTENT_AFTER_RE = re.compile(r"[^，。；\d]{0,6}?(?:签订|签署|达成)[^，。；\d]{0,4}?意向")
# the deal's parts in the clause after an intent
DEAL_PART_RE = re.compile(r"(?:采购|进口|订购|购买|合同|协议|订单|总?金额|总额|涉及金额|数量|共计|合计)")
QUARTER_RE = re.compile(r"[一二三四]季度")  # 一季度…新签约项目7个，合同引资…: the quarter's signings (开工: under way)
PLAN_BEFORE_RE = re.compile(r"(?:计划|拟|将)[^，。；]{0,16}?(?:建设|扩建|新建|实施)[^，。；]{0,8}[，,]$")
LATER_PHASE_RE = re.compile(r"^[^已]{0,6}[二三四五]期(?!已)[^已]*$")
# 完成全年目标110亿元的78.5%, 完成全年招商引资目标任务30亿元的52%: the target a result is measured against (with 的
# after the figure; statuses.TARGET_MET_AFTER keeps such a 目标 out of FUTURE_RE)
TARGET_NAMED_RE = re.compile(r"(?:全年|年度|完成)[^，。；\d]{0,6}?目标(?:任务)?$")
# a floor area or a count of buildings right after what is built (新建标准厂房18万平方米, 共有厂房18栋, 加氢站6座)
BUILT = (r"(?:厂房|楼宇|楼栋|大楼|研发及生产空间|生产空间|办公空间|载体|用房|仓库|宿舍|"
         r"加氢站|充电站|换电站|充换电站|基站)")
BUILT_BEFORE_RE = re.compile(BUILT + r"[^，。；、]{0,4}$")
DEVELOPED_RE = re.compile(r"已(?:开发|建成)(?:面积)?(?:约|近|达到?)?$")
BUILT_AFTER_RE = re.compile(r"的?(?:标准化?|高标准|多层)?" + BUILT)  # 一期22万平方米楼宇已全部交付
# 已建成, 去年投产: a task's section may still tell what is done; without such a word its 建成 is the task
DONE_MARK_RE = re.compile(r"已|曾|去年|上年|目前|现有|以来|截至|截止|过去一年")
# 年度计划投资, 拟补助金额: a plan, whatever the row's stage
PLAN_COLUMN_RE = re.compile(r"^拟|计划(?:完成)?投资|目标投资")
DONE_COLUMN_RE = re.compile(r"^(?!.*(?:计划|目标|力争|拟|预计|预期))[^完]*完成(?:投资|投资额)$")  # (not 计划完成投资)


# a later clause with no subject of its own saying the thing built now runs
RUNNING_AFTER_RE = re.compile(r"[，；](?:(?:已|并)于[^，；。将拟计划预争]{0,10}?[年月日底初末]|已经?|并已|均已|都已|"
                              r"现已|目前已)(?:正式|全面|顺利)?"
                              r"(并网运行|投入运行|投入运营|投运|投产|运行|运营)")
SUBJECTLESS_RE = re.compile(r"(?:已于|已经|于|已|并|现已|目前已)")  # a clause going on with its subject unsaid
PHASE_BEFORE_CUE_RE = re.compile(rf"{PHASE}(?:工程|项目)?(?:已经?|现已|已于[^，；。]{{0,12}}|正在)?(?:建成|竣工)?$")


def _said_of_phase(rel, cue, figure: Figure) -> bool:
    """其中一期已于去年竣工投产，形成年产10万台…的能力: the stage of the phase the clause before opens on is
    the figure's, not the whole project's."""
    between = rel.text[cue.end:figure.start]
    if cue.end > figure.start or "。" in between or len(re.findall(r"[，；：]", between)) > 1:
        return False
    start = clause_start_before(rel.text, cue.start)
    if SUBJECTLESS_RE.match(rel.text, start) and start >= 2 and rel.text[start - 1] == "，" \
            and PHASE_OPENING_RE.match(rel.text, clause_start_before(rel.text, start - 1)):
        return True  # 项目一期投资18亿元，于去年建成投产，年产…: the phase the clause before opens on
    return PHASE_CLAUSE_RE.match(rel.text, start) is not None or PHASE_BEFORE_CUE_RE.search(
        rel.text[start:cue.start]) is not None  # X公司Y项目一期已经投产，年产能40万套


# 关于X项目环境影响报告书拟审批的公示, X项目环境影响评价第二次公示: a notice on a project before its approval, as
# its title says; what it says of the project (占地, 新建厂房, 劳动定员, 年产) is all still to come (not a report on
# 环评审批 reform: a notice's title ends on 公示, 公告 or 征求意见稿)
ASSESSMENT_RE = re.compile(r"(?:环境影响|环评|能评|节能审查|节能报告|稳评)[^。\n]{0,30}?(?:公示|公告|征求意见稿?）?)$")


def _assessment_notice(rel) -> bool:
    return any(ASSESSMENT_RE.search(s.text.strip()) for s in rel.sentences if s.kind == "title")


LINES_SOLD_RE = re.compile(r"交付|出口|销售|发货|供货|订单")
# 原计划今年三季度开工，总投资1.5亿元: what a project was first planned at, before the change the text tells
# (not 中原定制, 太原计量: a place's 原; 原设计产能: a design rating)
OLD_PLAN_RE = re.compile(r"(?<![中太平高草荒燎复还])原(?:计划|规划|定于|拟)")
# …，现调整为…, 实际提前半年建成, 已全部开工: the plan changed, or the work done since
REVISED_RE = re.compile(r"(?<![实出发体表呈])现(?!场)|调整|变更|增至|增加到|提高到|提升至|扩大到|扩至|改为|追加|已"
                        r"|实际|提前|建成")


def status_of(rel, figure: Figure, capacity: bool, owner, kind: str | None):
    """(status, quote, (date, quote, note) or None, note) of the figure."""
    status, quote, date, note = _status_of(rel, figure, capacity, owner, kind)
    if (framed := framed_stage(rel.text, figure.start)) and re.search(r" in s\d|^no status word", note):
        return framed, quote, date, "among the projects an event started: their stage"  # (not 建成后年产…: its own)
    if status == ACHIEVED and lines_counted_after(rel, figure) is not None:
        return OPERATING, quote, date, "lines named by their goods, there now: in operation; check"  # (3条覆铜板生产线)
    return status, quote, date, note


def _status_of(rel, figure: Figure, capacity: bool, owner, kind: str | None):
    sentence = rel.by_id[figure.sentence]
    clause_start, clause_end = clause_span(rel, figure)  # read once: every test below looks at the figure's clause
    clause = rel.text[clause_start:clause_end]
    if kind and DONE_COLUMN_RE.search(kind):  # a table's 上半年完成投资, 累计完成投资: money already spent
        return ACHIEVED, rel.clause(figure.start, figure.end), None, f"under the column {kind!r}: a result; check"
    if kind and PLAN_COLUMN_RE.search(kind) and row_at(rel.text, figure.start) is not None:
        return PLANNED, rel.clause(figure.start, figure.end), None, f"under the column {kind!r}: a plan; check"
    progress = None if own_cell_stage(rel, figure.start, figure.end) else row_progress(rel, figure.start)
    if progress is not None:  # a table row's 项目进展 cell: its project's stage
        status = OPERATING if progress.status == ACHIEVED and capacity else progress.status
        return status, rel.clause(progress.start, progress.end), date_near(rel, figure.sentence, figure.start), \
            f"status from {progress.word!r} in the row's progress cell; check"
    if (held := holding_status(rel, figure, sentence, clause_start)) is not None:
        return held[0], rel.clause(figure.start, figure.end), None, held[1]
    if (old := OLD_PLAN_RE.search(rel.text, sentence.start, figure.start)) \
            and not REVISED_RE.search(rel.text, old.end(), figure.start):  # (原计划X，现调整为Y: Y is the plan now)
        return PLANNED, rel.clause(old.start(), figure.end), None, "an old plan, since changed: a plan; check"
    if figure.unit in CURRENCIES and (BUDGETED_RE.search(rel.text, clause_start, figure.start) or GRANTED_RE.search(
            rel.text, clause_start, figure.start) and DECIDED_RE.search(rel.text, sentence.start, figure.start)) \
            and not PAID_SINCE_RE.search(rel.text, sentence.start, figure.start):
        return PLANNED, rel.clause(figure.start, figure.end), None, "money set aside or granted by a decision: to pay"
    intent = INTENT_RE.search(rel.text, clause_start, figure.start) or (
        INTENT_RE.search(rel.text, max(sentence.start, clause_start - 30), clause_start)
        and DEAL_PART_RE.match(rel.text, clause_start))  # 签订意向采购协议，采购油菜籽3万吨，金额1650万美元
    in_hand = re.search(r"累计|已(?:经)?(?:获得|拿到|签下|收获|取得|斩获|接到|收到)",
                        rel.text[clause_start:figure.start])  # (已获得意向订单350架: orders in hand; not 已达)
    if PROSPECTS_RE.search(rel.text, clause_start, figure.start) or PROSPECTS_SUM_RE.search(
            rel.text, sentence.start, figure.start) or INTENT_AFTER_RE.match(rel.text, figure.end):
        return PLANNED, rel.clause(figure.start, figure.end), None, "projects courted or signed in intent: to come"
    if intent and not capacity and not in_hand:
        return PLANNED, rel.clause(figure.start, figure.end), None, "an intent to buy or invest: still to come; check"
    if figure.unit in CURRENCIES and (signed := ORDER_SIGNED_RE.search(rel.text, sentence.start, figure.start)) \
            and not SIGNED_BEFORE_RE.search(rel.text, sentence.start, signed.start()):
        return PLANNED, rel.clause(figure.start, figure.end), None, "an order signed: its goods still to deliver; check"
    if (planned := tech_planned(rel, figure)) is not None:  # 榜额480万元, 以320万元转让给A (tech_deals)
        return PLANNED if planned else ACHIEVED, rel.clause(figure.start, figure.end), None, "a technology paid for"
    if figure.unit != "P1" and deal_signed(rel, figure) and not in_hand:
        return PLANNED, rel.clause(figure.start, figure.end), None, "a supply agreed: still to deliver; check"
    if (paired := _paired_before(rel, figure)) is not None:  # 200MW/400MWh: a station's power and energy, one stage
        return status_of(rel, paired, True, owner, kind)  # (the power is a capacity, whatever the energy is)
    if (first := _first_listed(rel, figure)) is not None:
        return status_of(rel, first, capacity, owner, kind_word(rel, first))  # (总投资 said before the first)
    if raised_later(rel, figure) and change_told_done(rel, figure):
        return ACHIEVED, rel.clause(figure.start, figure.end), None, \
            "the figure raised from, before a change told as done: what there was; check"
    if figure.unit == "P1" and not FROM_RATE_RE.search(rel.text, clause_start, figure.start) and (
            RATE_CHANGED_RE.search(rel.text, clause_start, figure.start) or AFTER_CHANGE_RE.match(
                rel.text, clause_start)) and change_told_done(rel, figure, after_change=True):
        return OPERATING, rel.clause(figure.start, figure.end), None, \
            "a rate after a change told as done: what holds now; check"
    if TARGET_NAMED_RE.search(rel.text, clause_start, figure.start) and rel.text.startswith("的", figure.end):
        return PLANNED, rel.clause(figure.start, figure.end), None, "a target a result is measured against; check"
    place = owner is not None and owner[1].kind in ("region", "zone") or WHOLE_PLACE_RE.search(
        rel.text, clause_start, figure.start) is not None  # (全县绿电使用比例: a place's)
    if (held := rate_held_now(rel, figure, sentence.start, clause_start, place)) is not None:
        return OPERATING, rel.clause(figure.start, figure.end), None, f"{held}: what holds now; check"
    if raised_later(rel, figure):  # (产能将从现有的年产800吨增至…: a capacity whatever its product)
        held = capacity or "产能" in clause or "能力" in clause or figure.text.startswith("年产") or \
            rate_before_change(rel, figure, sentence.start, clause)  # 合格率将由94.5%提高到…: the line's rate now
        if not held and kind and PLANNED_KINDS_RE.search(kind):  # 计划总投资由3亿元增至4.5亿元: the plan before
            return PLANNED, rel.clause(figure.start, figure.end), None, "an investment raised from: the old plan; check"
        return (OPERATING if held else ACHIEVED), rel.clause(figure.start, figure.end), None, \
            "the figure raised from: what there is today; check"
    names = tuple((m.start, m.end) for c in rel.candidates if c.kind not in ("product", "quantity")
                  for m in c.mentions if m.sentence == figure.sentence)
    cue = cue_for(rel.text, sentence.start, sentence.end, figure.start, figure.end, names, rel.source_date)
    frame = framing_line(rel, sentence) if cue is None or cue.strength < 2 else None
    if frame is not None:  # 到2027年 / ▶ 200亿元: a target of the plan (scopes)
        return PLANNED, rel.clause(frame.start, frame.end), None, f"a target under {frame.text.strip()!r}; check"
    own = cue is not None and cue.strength >= 2 and same_clause(rel, cue.start, figure.start)
    if cue is not None and not own and cue.status == PLANNED and cue.start > figure.end \
            and _farm_figure(rel, figure) and _leads_own_figure(rel, cue):
        cue = None  # 今年全县种植…中药材33万亩，…预计总产量10万吨: the plan is the harvest's, the land is planted
    if (not own or cue.word in ("新增", "新建")) and owner and owner[1].kind == "project" and _assessment_notice(rel):
        return PLANNED, rel.clause(figure.start, figure.end), None, \
            "a project an impact assessment's notice describes, before approval: still to be built; check"
    invested = bool(kind and PLANNED_KINDS_RE.search(kind))
    # 冷库库容8万吨，今年8月建成运营, 建成投用，可开展检测1200项: what is built holds it, the built place's stage
    held = held_kind(kind) or capability(rel.text, clause_start, figure.start, figure.end) or bool(
        kind and kind.endswith(("生产线", "产线")) and not LINES_SOLD_RE.search(rel.text, clause_start, figure.start))
    # (新上生产线3条: lines a plant puts in, in its stage; 交付生产线46条: lines a maker sells)
    # 新建标准厂房15万平方米，目前主体已全部封顶: the building's stage, said after it (not another phase's before it,
    # nor a plan's: 二期新建…，计划明年开工 keeps the rules below)
    built = bool(kind and BUILDING_KIND_RE.search(kind)) and cue is not None and cue.start > figure.end \
        and cue.status in (UNDER, COMPLETED) and tasks_section(rel, sentence) is None \
        or _floor_of_building_said(rel, cue, clause_start, figure)
    said_before = cue  # (the stage said before a building's floor space: 二期正在建设，新建厂房…)
    if capacity and cue is not None and not own and cue.status == COMPLETED and cue.end <= clause_start \
            and RAISED_TO_END_RE.search(rel.text, clause_start, figure.start) and not FUTURE_RE.search(clause):
        return OPERATING, rel.clause(figure.start, figure.end), None, \
            "a capacity raised to, after the lines built: in operation; check"  # 建成…产线5条，年产能提升至15万支
    if cue is not None and not own and not (capacity or invested or held or built) and cue.status in (
            UNDER, COMPLETED, OPERATING):
        cue = None  # 项目去年投产，效率超过26%: a stage said of the project is no status of this figure
    if cue is not None and not own and cue.status == PLANNED and cue.start >= clause_end and not capacity \
            and _gone_part(rel, figure) and tasks_section(rel, sentence) is None \
            and owner is not None and owner[1].kind in ("region", "zone", "park"):  # (not a project's investment)
        # 1至8月…实际使用外资1.92亿美元，全年…力争达到2.5亿美元: the target is the year's, the period's sum a result
        return ACHIEVED, rel.clause(figure.start, figure.end), date_near(rel, figure.sentence, figure.start), \
            "a part of the year gone by: a result (the plan after it is another figure's); check"
    section = tasks_section(rel, sentence)  # 二、2025年重点工作: the year's tasks the sentence stands under, or None
    tasks = section if cue is None or cue.status == ACHIEVED or (
        cue.status in (COMPLETED, OPERATING) and not _told_done(rel, sentence, cue.end)) or (
        cue.word in ("开工建设", "开工", "动工") and figure.unit != "C62" and not _told_done(rel, sentence, cue.end)) \
        else None  # (开工建设X项目 under the year's tasks: to start; 新开工项目85个 keeps its stage)
    if tasks is not None and BUILDING_TASK_RE.search(clause):
        return UNDER, rel.clause(figure.start, figure.end), None, "加快…项目建设: a project being built; check"
    if tasks is not None:  # 二、2025年重点工作 / …新增标准厂房40万平方米: a task of the year, still to do
        return PLANNED, rel.clause(figure.start, figure.end), None, f"a task under {tasks.text.strip()!r}; check"
    if not own and figure.unit == "C62" and (whole := _whole_counted(rel, figure)) is not None:
        return status_of(rel, whole, capacity, owner, kind)  # 其中…项目14个: a part of the count, in its stage
    floor = cue is None and bool(kind and re.search(r"建筑面积|厂房", kind))  # 当天开工的X项目…建筑面积12万平方米
    project = owner[1] if owner and owner[1].kind == "project" and (capacity or invested or floor) else None
    foreseen = capacity and cue is not None and cue.status == PLANNED and cue.strength >= 2 and not own and \
        cue.end <= figure.start and not inside(figure, owner, "project")  # 正在建设，预计6月投产，年产…80万套
    phased = cue is not None and not own and (_said_of_phase(rel, cue, figure) or (
        cue.start > figure.end and PHASE_OPENING_RE.match(rel.text, clause_start) is not None
        and not re.search(PHASE, rel.text[figure.end:cue.start])))  # 二期年产…，计划… (not 二期新增…)
    if (not own or inside(figure, owner, "project")) and project is not None and not (foreseen or phased):
        staged = project_stage(rel, project)  # a figure in a project's name takes the project's stage
        if staged is not None:  # (the floor space of a project in operation is built: completed)
            cue = replace(staged, status=COMPLETED) if floor and staged.status == OPERATING else staged
    if cue is None and capacity:
        cue = _stage_before(rel, figure, owner[1] if owner else None)  # 生产线正满负荷运转。…该产线年产…
    if cue is None and capacity and owner and owner[1].kind == "organisation":
        cue = Cue(figure.start, figure.end, "present tense", OPERATING, 1)  # 公司年产减速器40万套: what it makes today
    if cue is None and figure.per_period and owner and owner[1].kind in ("organisation", "project", "park") \
            and YEARLY_FLOW_RE.search(rel.text, clause_start, figure.start) \
            and not year_gone(rel, rel.text[sentence.start:figure.start]) \
            and not PAST_PERIOD_RE.search(rel.text, sentence.start, figure.start):  # 年消耗天然气…: what it does now
        cue = Cue(figure.start, figure.end, "present tense", OPERATING, 1)
    # 签约额, 合同引资, 协议总投资: the amount the agreements signed hold is a result of the signing, as the count
    # is; so is a place's tally of the period's signings (今年以来，全县新签约项目11个，总投资42.6亿元). A company's
    # or a project's bare 总投资 stays its plan.
    period_start = period_opening(rel, figure)
    tallied = figure.unit in CURRENCIES and owner is not None and owner[1].kind in ("region", "zone", "park") \
        and SIGNED_COUNT_RE.search(rel.text, period_start, figure.start) is not None
    # 2025年，全县新签约… in a 2026 report: the tally of a year gone by
    past_tally = tallied and year_gone(rel, rel.text[period_start:figure.start])
    if cue is None and kind and kind.startswith("新建") and BUILDING_KIND_RE.search(kind) and (
            said_before is None or said_before.status in (UNDER, PLANNED)) \
            and not DONE_MARK_RE.search(rel.text, sentence.start, figure.start) \
            and not FIELD_LABEL_RE.match(sentence.text):  # (过去一年，全区新建…: a result; 建设内容：… a record's)
        # 总投资5亿元，新建标准厂房12万平方米: floor space to build, still to come (being built after 正在建设)
        status = UNDER if said_before is not None and said_before.status == UNDER else PLANNED
        return status, rel.clause(figure.start, figure.end), date_near(rel, figure.sentence, figure.start), \
            "floor space to be built new: " + ("being built; check" if status == UNDER else "a plan; check")
    if cue is None:
        planned = capacity or bool(kind and PLANNED_KINDS_RE.search(kind))
        date = date_near(rel, figure.sentence, figure.start)
        if planned and _past_year(rel, figure):  # 产业园2024年生产整车380万辆: a year gone by, a result
            return ACHIEVED, rel.clause(figure.start, figure.end), date, "a past year's figure: a result; check"
        if planned and tallied and (PAST_PERIOD_RE.search(rel.text, period_start, figure.start) or past_tally) \
                and not FUTURE_RE.search(rel.text, period_start, figure.start):
            # 前三季度，全县新签约项目38个，总投资216.4亿元；其中氢能项目9个，总投资87亿元: a part of the tally
            return ACHIEVED, rel.clause(figure.start, figure.end), date, "the sum of signings told: a result; check"
        return (PLANNED if planned else ACHIEVED), rel.clause(figure.start, figure.end), date, \
            "no status word found: a guess, check"
    status = cue.status
    if status == PLANNED and owner is not None and owner[1].cls == "Fund" and re.search(r"(?:完成|取得)了?备案",
                                                                                          cue.word):
        status = ACHIEVED  # 基金规模10亿元，已于3月完成备案: a fund filed is set up (a project's filing comes before
        # its start)
    signed_result = figure.unit == "C62" or tallied or bool(kind and (re.search(r"签约|合同|引资", kind)
                                                                      and "投资" not in kind or "协议" in kind))
    period = PAST_PERIOD_RE.search(rel.text, period_start, figure.start) or (
        SIGNED_RE.fullmatch(cue.word) and QUARTER_RE.search(rel.text, period_start, figure.start)) or past_tally
    in_tasks = status == PLANNED and section is not None \
        and not _told_done(rel, sentence, figure.start)  # (under 二、2025年重点工作, no 去年 or 2024年 said)
    if status == PLANNED and signed_result and not capacity and SIGNED_RE.fullmatch(cue.word) and period \
            and not FUTURE_RE.search(rel.text, period_start, figure.start) and not in_tasks:  # (力争全年新签约…)
        status = ACHIEVED  # 今年以来新签约项目14个，签约额86.5亿元: the period's results; 新开工项目9个 keeps
        # its stage, as 在建/已投产 counts do: the projects started are being built
    elif status == PLANNED and figure.unit == "C62" and not capacity and cue.word in ("签约", "签订", "签署") and \
            _in_clause(rel, figure, cue) and not in_tasks and (
                PAST_RE.search(rel.text, clause_start, cue.start)
                or not FUTURE_RE.search(rel.text, min(clause_start, period_start), cue.end)):
        status = ACHIEVED  # 全区共签约项目35个, 已有12家企业签约入驻: the count of a signing done (not 我市将…，全年
        # 新签约…不少于40个, a target; not …签约活动，6个项目总投资…: the projects a signing brought, counted as plans)
    if capacity and status == ACHIEVED and cue.word == "新增" and LATER_PHASE_RE.search(clause) or (
            capacity or held) and status in (ACHIEVED, OPERATING) and rel.text.startswith("新增", clause_start) \
            and PLAN_BEFORE_RE.search(rel.text, sentence.start, clause_start):
        status = PLANNED  # 二期新增电堆1.5万台, 计划投资7亿元建设二期，新增…: what a plan adds is still to come
    elif status in (ACHIEVED, OPERATING) and (total := re.search(r"累计(..)?", rel.text[clause_start:figure.start])) \
            and (figure.unit not in COUNT_UNITS or total.group(1) in ("配套", "交付", "供货", "销售", "出货")):
        status = ACHIEVED  # 累计并网装机容量达到820万千瓦, 累计配套系统1200余套: a running total, a result (counts of
        # what is built keep their stage)
    elif status == ACHIEVED and figure.unit in ("MTK", "C62") and \
            (BUILT_BEFORE_RE.search(rel.text, clause_start, figure.start)
             or BUILT_AFTER_RE.match(rel.text, figure.end)) or status == ACHIEVED and figure.unit in ("HAR", "MTK") \
            and DEVELOPED_RE.search(rel.text, clause_start, figure.start):  # 首期已开发600亩: land made ready
        status = COMPLETED  # 一期22万平方米楼宇已全部交付, 共有厂房18栋: what is built and standing is completed
    elif status == ACHIEVED and (capacity or held) and not (cue.word in ("去年", "上年") and re.search(
            r"产量|销量|出货量", clause) and "产能" not in clause):  # (年产量由…提高到去年的410吨: a year's output)
        status = OPERATING  # a capacity reached (具备, 形成, 达到), and what a plant holds or can do, is in operation
    if status == COMPLETED and (running := RUNNING_AFTER_RE.search(rel.text, cue.end, sentence.end)) is not None:
        later = Cue(running.start(1), running.end(1), running.group(1), OPERATING, 2)
        if _settled(rel, OPERATING, later)[0] == OPERATING:
            status, cue = OPERATING, later  # 投资3.2亿元建成X电站，…，已于去年12月并网运行: built, and running since
    cue_sentence = rel._sentence(cue.start)
    held_order = status == ACHIEVED and in_hand and "订单" in clause  # 已接到明年一季度订单75万台: in hand now
    status, late, date = _settled(rel, status, cue) if not held_order else (status, None, None)
    note = f"status from {cue.word!r}" + (f" in {cue_sentence.id}" if cue_sentence.id != figure.sentence else "")
    note += f"; {late}" if late else "; check"
    return status, rel.clause(cue.start, cue.end), date, note


def _farm_figure(rel, figure: Figure) -> bool:
    """A crop's land or a fungus's bags or logs: what a season has planted."""
    return (figure.unit == "HAR" or figure.text.endswith(("袋", "棒"))) and farm_product_place(rel, figure) is not None


def _leads_own_figure(rel, cue: Cue) -> bool:
    """Whether the status word leads a figure of its own clause (预计总产量10万吨; not 预计2026年3月投产, a date)."""
    clause_end = min((i for i in (rel.text.find(mark, cue.end) for mark in "，。；") if i >= 0), default=len(rel.text))
    return FIGURE_AHEAD_RE.search(rel.text, cue.end, clause_end) is not None


def _settled(rel, status: str, cue: Cue):
    """(status, what settled it, date) of a status the cue says: a stage dated after the source's own date is still
    to come."""
    date = date_near(rel, rel._sentence(cue.start).id, cue.start)
    status, late = settle(status, date[0] if date and date[2] != AS_REPORTED else None, rel.source_date)
    return status, late, date


def _told_done(rel, sentence, end: int) -> bool:
    """Whether the sentence up to `end` says what it tells is done (已, 去年, 2024年 before the source's year): a
    task's section may look back, and then its 建成 or 新签约 is a result."""
    said = rel.text[sentence.start:end]
    years = [int(y) for y in re.findall(r"(20\d\d)年", said)]
    return DONE_MARK_RE.search(said) is not None or bool(years and rel.source_date
                                                          and min(years) < int(rel.source_date[:4]))


def _paired_before(rel, figure: Figure) -> Figure | None:
    """The figure a slash pairs this one with (the 200MW of 200MW/400MWh), if any."""
    if figure.start == 0 or rel.text[figure.start - 1] not in "/／":
        return None
    return next((f for f in rel.figures if f.end == figure.start - 1), None)


def _first_listed(rel, figure: Figure) -> Figure | None:
    """The first of a list of sums given in turn (总投资分别为3.1亿元、1.5亿元和2亿元: one stage said for them all)
    that this later one belongs to, if any."""
    first = figure
    while first.start > 0 and rel.text[first.start - 1] in "、和及与" and (before := next(
            (f for f in rel.figures if f.end == first.start - 1 and f.unit == figure.unit), None)) is not None:
        first = before
    listed = first is not figure and RESPECTIVE_RE.search(rel.text, max(0, first.start - 8), first.start)
    return first if listed else None


def _past_year(rel, figure: Figure) -> bool:
    """Whether the figure's clause dates it to a year before the source's, with no future word."""
    clause = rel.text[clause_start_of(rel, figure):figure.start]
    return year_gone(rel, clause) and not FUTURE_RE.search(clause)


def _whole_counted(rel, figure: Figure) -> Figure | None:
    """累计引进项目26个，计划总投资312亿元，其中10亿元以上项目9个: the count a 其中 count is part of; in the
    sentence before when the sentence opens on 其中 (…新签约项目26个…。其中，半导体类项目14个)."""
    start = clause_start_of(rel, figure)
    sentence = rel.by_id[figure.sentence]
    opening = rel.text[sentence.start:start].strip()
    if rel.text.startswith("其中", start):
        earlier = [f for f in rel.figures if f.sentence == figure.sentence and f.end <= start and f.unit == "C62"]
    elif PART_OPENING_RE.fullmatch(opening) and (before := part_of_before(rel, sentence)) is not None:
        earlier = [f for f in rel.figures if f.sentence == before.id and f.unit == "C62"]
    else:
        return None
    counted = [f for f in earlier if f.text[-1:] == figure.text[-1:]]  # 个 with 个, 家 with 家 (not 3000人)
    return counted[-1] if counted else None


def _in_clause(rel, figure: Figure, cue: Cue) -> bool:
    start, end = clause_span(rel, figure)
    return start <= cue.start and cue.end <= end


def _gone_part(rel, figure: Figure) -> bool:
    """Whether a part of the year already gone frames the figure (前三季度，…; 今年1至8月，…), with no plan said
    between them."""
    start = period_opening(rel, figure)
    said = rel.text[start:figure.start]
    years = [int(y) for y in re.findall(r"(20\d\d)年", said)]
    return GONE_PART_RE.search(said) is not None and not FUTURE_RE.search(said) \
        and not re.search(r"明年|后年|下半年|下一?季度", said) \
        and not (years and rel.source_date and max(years) > int(rel.source_date[:4]))  # (截至2027年底: to come)


BUILDING_BEFORE_CUE_RE = re.compile(r"(?:厂房|楼宇|仓库|车间|用房|大楼)[^，。；]{0,3}$")
FLOOR_SPACE_RE = re.compile(r"[，,\s]*(?:总)?(?:建筑|占地)?面积(?:约|为|达|共)?")
PLACE_OPENING_RE = re.compile(r"\s*(?:该园|园区|产业园|开发区|高新区|经开区|全区|全县|全市)")


def _floor_of_building_said(rel, cue, clause_start: int, figure: Figure) -> bool:
    """二期标准化厂房正在建设，建筑面积6万平方米: the floor space of the building the clause before says is being
    built takes that stage."""
    return cue is not None and cue.status == UNDER and figure.unit == "MTK" and cue.end <= clause_start \
        and BUILDING_BEFORE_CUE_RE.search(rel.text, max(0, cue.start - 6), cue.start) is not None \
        and FLOOR_SPACE_RE.fullmatch(rel.text, clause_start, figure.start) is not None


def _stage_before(rel, figure: Figure, holder=None):
    """The stage the sentence before says outright, for a capacity whose own sentence says none; not
    when that sentence is about another holder (…项目预计明年投产。精衡公司年产减速器40万套)."""
    order = rel.order[figure.sentence]
    if order == 0:
        return None
    previous = rel.sentences[order - 1]
    absent = holder is not None and not any(m.sentence == previous.id for m in holder.mentions)
    if absent and any(m.sentence == previous.id for c in rel.candidates if c.kind in OWNER_KINDS and c is not holder
                      for m in c.mentions):
        return None
    if absent and holder.kind in ("organisation", "project") and PLACE_OPENING_RE.match(previous.text):
        return None  # 园区在建标准化厂房18万平方米。园区内，X公司年产…: the park's works, not X's stage
    names = tuple((m.start, m.end) for c in rel.candidates if c.kind not in ("product", "quantity")
                  for m in c.mentions if m.sentence == previous.id)
    stages = [c for a, b in clauses(rel.text, previous.start, previous.end) for c in cues_in(rel.text, a, b, names)
              if c.strength >= 3]
    return stages[-1] if stages else None
