"""The status of a figure, from the words that qualify that figure, and the date it refers to.

Status words are read clause by clause (a clause ends at ，；。！？：): the words of the figure's
own clause decide, then those of the nearest clause of its sentence. Within a clause a word after a
list qualifies the whole list (5GWh电芯、30万吨正极材料等在建或规划产能), else the nearest word before
the figure does. A verb is read with its tense: after 将/预计/计划/拟/力争 it is a plan (预计2026年
建成 -> planned), followed by 后 it is a condition (建成达产后将形成… -> planned), after 已 it is
what it says. A completion or start dated after the source's own date is a plan too. A lone 已
elsewhere in a sentence says nothing about a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chaingraph.authoring.extract.dates import years_apart
from chaingraph.authoring.extract.tables import row_number
from chaingraph.sources.layout import TARGET_AIMS, TARGET_DONE, TARGET_YEAR

PLANNED, UNDER, BOTH = "planned", "under-construction", "planned-or-under-construction"
OPERATING, COMPLETED, ACHIEVED = "operating", "completed", "achieved"

BOTH_RE = re.compile(r"在建(?:[、，,和及与或]|或者)?(?:拟建|规划|计划|待建|筹建)|"
                     r"(?:拟建|规划|待建|筹建)(?:[、，,和及与或]|或者)?在建")
# Trial production (试生产, 试产, 试运行): the plant is built, regular production is still to come — completed
# (the ontology's "construction finished"), not yet operating; a planned trial (计划…试生产) is a plan.
# (投料试车, 窑炉点火, 具备投产条件: built, not producing)
TRIAL_RE = re.compile(r"(?<!测)(?:试生产|试投产|试产)|试运行|试运营|(?:投料|联动|带料)试车|试车(?=成功|[，。；])|"
                      r"(?<=[炉窑置线])点火|一次点火|点火成功|具备(?:了)?投产条件")
# 具备/拥有/现有…产能 or …产线: a capacity the company has is in operation, not a result reached (so are the
# lines a platform has: 中试基地建有中试线5条, and the plants, stores, kilns and fleets a firm or a place holds:
# 在全国拥有生产基地9个, 现有气调冷库12座, 拥有冷藏车120辆; the firms and members it counts are a result)
HELD_CAPACITY_RE = re.compile(r"(?:具备|拥有|现有|建有)(?=[^，。；：]{0,40}?(?:产能|生产能力|产线|生产线|中试线|"
                              r"[^，。；：\d]{0,4}线(?=\d)|生产基地|冷库|海外仓|隧道窑|窑炉|牧场|冷藏车|压铸岛))")
# 可开展检测项目180项, 年检测能力8000台套: what a platform can do today is in operation (建成后年检测能力… is a
# plan: the future decides over it).
PLATFORM_ABILITY_RE = re.compile(r"(?:可开展|可提供|能够开展|可承担)(?=[^，。；：]{0,12}?(?:检测|测试|检验|试验|认证))|"
                                 r"(?:检测|测试|检验|试验|认证)能力")
# 正在进行厂房建设, 正在进行设备安装: building under way, said with 进行.
WORK_UNDER_WAY_RE = re.compile(r"正在进行[\u4e00-\u9fff]{0,6}?(?:建设|施工(?!图)|安装)")
# 正在办理前期手续, 开展前期工作, 已完成备案, 已完成土地摘牌: the paperwork before a start; the project is still a plan.
PREPARATION_RE = re.compile(r"(?:正在|抓紧|加快)?(?:办理|推进|开展)?前期(?:手续|工作)|"
                            r"(?:办理|申请|取得|拿到)(?:了)?施工许可证?|施工图(?:设计|审查)|"
                            r"(?:(?:已经?)?(?:完成|取得|办理)了?(?:项目)?(?:备案|立项|环评批复|环评|能评|用地手续|"
                            r"土地摘牌|土地出让|供地|用地预审)|(?:已经?)?(?:摘牌|摘得)[^，。；]{0,6}?(?:地块|土地))"
                            r"(?![^，。；]{0,4}\d)")  # (完成项目备案126个: a count of filings, a result)
# 新落地, 已落地, 累计落地: projects that settled are a result (将落地 is a plan, by its tense).
SETTLED_RE = re.compile(r"(?:新|已经?|共|累计|成功|先后)落地")
# 目前月产无人机800架: output made today, whatever trial or stage the sentence said before.
CURRENT_OUTPUT_RE = re.compile(r"(?:目前|当前|(?<!实)现在?)(?:已经?)?(?:可|能)?(?:月产|日产|年产|周产)")
# (pattern, status, strength): a stronger word decides over a weaker one in the same clause.
VERBS = (
    (CURRENT_OUTPUT_RE, OPERATING, 3),
    (TRIAL_RE, COMPLETED, 3),
    (HELD_CAPACITY_RE, OPERATING, 2),
    (PLATFORM_ABILITY_RE, OPERATING, 2),
    (WORK_UNDER_WAY_RE, UNDER, 3),
    (PREPARATION_RE, PLANNED, 3),
    (SETTLED_RE, ACHIEVED, 2),
    (re.compile(r"(?:签约|拿地|交地|供地|落地|签约当天)即(?:开工|进场施工)|"  # “签约即开工”: work began at once
                r"正在(?:加快|加紧|抓紧)?建设|正加(?:快|紧)建设|加(?:快|紧)建设|开工建设|建设中(?![\u4e00-\u9fff])|在建|续建|开工|动工(?!具)|开建|"
                r"施工(?!图|许可|单位|方|队|招标|手续)|"  # (施工图设计, 施工许可: paperwork before the work)
                # the shell only (主体完工, 厂房已完工: the equipment is still to come)
                r"奠基|破土|封顶|(?:主体(?:工程|厂房)?|厂房(?:主体)?)(?:已经?|基本|已基本)?(?:完工|竣工)(?!验收)|"
                r"正在有序推进|有序推进|加紧推进|进展顺利|稳步推进|正在(?:抓紧|加紧|加快)?(?:安装|调试)|"
                # 正在松山湖建设X项目: where, then the verb (not 正在规划建设, 正在争取建设用地)
                r"正在(?![\u4e00-\u9fff]{0,6}?(?:规划|谋划|筹备|筹划|争取|研究|申请|选址|论证))[\u4e00-\u9fff]{2,8}?"
                r"建设(?![成的用])|"
                # 已完成主体建设, 完成主体工程, 主体装置已完成80%, 已完成总工程量的六成: the shell or part of the work
                r"完成主体(?:工程|建设|结构|施工)|(?:工程|主体|装置|土建|总工程量|形象进度)[\u4e00-\u9fff]{0,4}?"
                r"(?:已经?)?完成(?:总工程量的)?(?:\d+(?:\.\d+)?%|[一二三四五六七八九]成)|"
                r"完成(?:总)?工程量的(?:\d+(?:\.\d+)?%|[一二三四五六七八九]成)|"
                # (已完成设备安装调试: the equipment in and run, the plant built; 完成设备安装 alone is not yet)
                r"(?<!完成设备)(?<!完成全部设备)(?<!完成了设备)(?<!完成)安装调试(?!(?:已经?)?完成)|"
                r"完成设备安装(?!调试)|设备安装(?!调试)|设备调试|进行调试|设备进场|[\u4e00-\u9fff](?<![共已成和及与、])安装(?=[，。；、]|$|接近|过半|进入)|"
                r"(?:工程|主体|施工|建设|安装|土建|调试)[\u4e00-\u9fff]{0,3}?(?:接近尾声|进入尾声|进入收尾阶段)|"
                # 正在进行厂房建设, 正在进行钢结构吊装: the work under way, named between 进行 and its verb
                r"正在进行[\u4e00-\u9fff]{0,8}?(?:建设|施工|安装|吊装|调试|浇筑|装修)|吊装|"
                r"正在实施|加快实施|实施中(?![\u4e00-\u9fff])|"  # 改造项目正在实施: carried out now
                # 加快推进A项目、B项目建设: the building of the projects named between is pushed on
                r"(?:加快|加紧|全力)推进(?=[^，。；]{2,48}?建设(?:[，。；]|$))|"
                r"(?:加快|加速|加紧)(?=[^，。；]{2,48}?项目建设(?:[，。；]|$))"), UNDER, 3),  # 加快X项目建设
    (re.compile(r"投产|投运|(?:(?<!建设|负责|投资)|(?=运营后))运营(?!项目|公司|中心|平台|主体)|量产|达产|满产|投入使用|投入生产|投用|"
                r"并网|试生产|试运行|正式生产|运行|运转|满负荷|上线(?![上下])"),  # 点亮上线, 正式上线: a centre gone
     # live (线上线下 sales are no stage; 负责建设运营: who will run it; 重卡运营项目: a project's name, no stage)
     OPERATING, 3),
    (re.compile(r"建成|竣工|完工|落成|建设完成|完成建设|完成安装|安装完成|全面完工|交付使用|交付投用|"
                r"完成[^，。；]{0,6}?安装调试|安装调试(?:已经?)?完成"), COMPLETED, 3),
    (re.compile(r"签约|签署|签订|拟建|规划建设|计划建设|筹建|待建|安排(?=[^，。；]{0,10}?项目)|"
                r"(?:支持|鼓励|引导)(?=[^，。；]{0,24}?(?:建设|新建|扩建|投建))"), PLANNED, 3),  # 支持X建设…: a plan
    (re.compile(r"实现|完成|累计|引进|落户|孵化|培育|新增|招引|吸引|带动|转化了|集聚|聚集|入驻|已有|到位|"
                r"采购|外购|购进|购入|交付|供货|推广|(?:已经?|现已|均已)(?=[\u4e00-\u9fff])"), ACHIEVED, 2),
    (re.compile(r"具备|拥有|现有|形成|达到|突破|超过|目前|当前|现阶段|去年|上年|(?<!到)达(?=约|超|近|[\d一二两三四五六七八九十])"),
     ACHIEVED, 1),
)
# (已对接目标企业36家: the firms a place aims at, no target figure; 完成年度目标任务45亿元的20.7%: a target
# measured against, in a report of what was done, its sum and 的 after it as TARGET_MET_AFTER says)
TARGET_MET_AFTER = r"任务的|(?:任务)?[\d.]+[万亿]?元的"
FUTURE_RE = re.compile(r"将|预计|计划|拟|力争|争取|有望|预期|确保|即将|届时|未来|"
                       rf"目标(?!企业|客户|市场|用户|{TARGET_MET_AFTER})|"
                       r"规划(?!年?产能)|可望|年底前|年内|"
                       r"等待(?=[^，。；]{0,10}?(?:投产|开工|并网|投用|运行)(?!验收))|"
                       r"(?:(?<![已共])(?<!累计|先后)推动|重点推进)(?!了)(?=[^，。；了]{0,12}?(?:竣工|投产|开工|建成|达产|落地))")
# (推动10个项目竣工投产: a task; 累计推动32个项目竣工投产, 已推动12个项目落地: results)
EARLY_RE = re.compile(r"(?:早|早日|尽早|尽快)(?:投产|达产|达效|建成|竣工|完工|开工|投用|见效)|(?:为了?|以便?|旨在)实现")
# a clause that frames the rest of its sentence as a target: 力争到2026年，…产值突破300亿元，培育…企业5家
FRAME_RE = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?(?:{TARGET_AIMS})?{TARGET_YEAR}$")
AIM_RE = re.compile(r"将|力争|争取|确保|预计|目标")
TARGET_DONE_RE = re.compile(TARGET_DONE + r"[^，。；\d]{0,8}$")
UNTIL_NOW_RE = re.compile(r"^截(?:至|止)")  # 截至2024年底: a count up to a past date, no target
# 今年1至8月, 前三季度, 一季度: a part of the year already gone (全年 may be a target's year)
GONE_PART_RE = re.compile(r"以来|截至|截止|上半年|前三季度|[一二三]季度|前[一二三四五六七八九十\d]+个?月|"
                          r"\d{1,2}[—–\-至]\d{1,2}月")
# 今年以来，X出口服装1260万件，出口额2300万美元，公司计划全年…: a sentence opening on a period gone tells its results
# where nothing between says a stage, and a plan in a later clause is that clause's own
PERIOD_GONE_OPENING_RE = re.compile(rf"(?:今年)?(?:{GONE_PART_RE.pattern})")
# 会议要求，到2026年全市…产值达到400亿元，新培育…10家: a clause that opens on a year to reach frames itself and the
# clauses after it
FRAME_OPEN_RE = re.compile(rf"^(?:{TARGET_AIMS})?{TARGET_YEAR}(?=[\u4e00-\u9fff])")
YEAR_RE = re.compile(r"20\d\d")
# 可开展检测项目1200余项, 可同时承接8个菌种, 年检测样品1.2万份: the work a platform or a plant can do, which is
# what it holds (a 库容, a 能力): the stage said of the place (建成投用, 去年投运) is its status. A port's 设计吞吐量
# or 年吞吐量 is what it can handle; the 吞吐量 it 完成 in a period is that period's result
HELD_KIND_RE = re.compile(r"库容|储量|能力|产能|(?:日|每天)[\u4e00-\u9fff]{1,4}量|处理量|"
                          r"(?:设计|(?<![全今去上当半明])年)[\u4e00-\u9fff]{0,4}吞吐量")
HELD_BEFORE_RE = re.compile(rf"(?:{HELD_KIND_RE.pattern})(?:为|达到?|约|超过)?$")
# 200台新型喷气织机, 40台套电解槽, 6条生产线: the machines a plant holds, which are there when it is built
EQUIPMENT_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:织机|机床|设备|生产线|产线|机组|电解槽|反应釜|窑炉|熔炉)"
                                r"(?![\u4e00-\u9fff]{0,2}(?:产能|项目|企业))")
SERVICE_VERBS = r"(?:开展|承接|检测|检验|培养|培训|服务|提供|处理|接待|容纳|满足|孵化|加注|储存|存储|储备|完成|出具)"
CAPABILITY_RE = re.compile(rf"(?:可|能够|可以)(?:同时|为企业|每年|年均?)?{SERVICE_VERBS}|"
                           rf"^(?:每年|年均?|每天|日均?|每月|月均?){SERVICE_VERBS}")
SIGNED_RE = re.compile(r"签约|签署|签订")
# 订单已排到6月, 订单排至明年: how far the order book runs, no stage of the plant or its figures
ORDER_BOOK_RE = re.compile(r"订单(?:已经?|均已|早已)?(?:排到|排至|排满|排产至|锁定至)")
# 投产仪式上，X项目签约落户: the event a clause names as the occasion, no stage of the project told after it
OCCASION_RE = re.compile(r"(?:在|于)?[^，。；]{0,16}(?:仪式|活动|大会|典礼)(?:上|中|现场)")
OPERATOR_RE = re.compile(r"运营|运行|运转|管理")
PAST_RE = re.compile(r"已经?|现已|目前已|业已|均已|曾")
PAST_TIME_RE = re.compile(r"去年|上年|前年|过去一年|截至|截止")
NOW_RE = re.compile(r"目前|当前|现已")  # 目前累计完成投资: so far, whatever plan came before (累计 alone may be the
# plan's: 计划实施…，累计完成投资300亿元以上)
# the sum a project plans to invest and a park's planned area: nouns, no aim (规划面积8平方公里，新入驻企业8家)
PLANNED_AREA = r"规划(?:总)?(?:面积|用地|占地)"
PLANNED_SUM_RE = re.compile(rf"计划(?:总)?投资|{PLANNED_AREA}")
PLANNED_AREA_RE = re.compile(PLANNED_AREA)
CONDITION_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:后|之后|以后)")  # 建成达产后, 投产后
STATE_RE = re.compile(r"在建的|已建成的|已投产的|正在?(?:加紧|加快)?建设的")  # (今年正建设的X项目)
LIST_HEAD_RE = re.compile(r"^的?(?:产能|项目|生产能力|能力|规模|产线|生产线|基地|工厂)")


@dataclass
class Cue:
    start: int  # offsets in the normalized text
    end: int
    word: str
    status: str
    strength: int  # 4 for 在建或规划, 3 for stage verbs, 2 for results and plans, 1 for 具备/达到
    stage: str = ""  # the stage a condition names (投产后: operating); set only on a condition
    dated: bool = True  # whether a date in its clause is the date of this status

    @property
    def conditional(self) -> bool:
        """建成后: what follows in the sentence is a plan."""
        return bool(self.stage)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of text[start:end] as (start, end) offsets."""
    out, left = [], start
    for i in range(start, end):
        if text[i] in "，；。！？：,;!?" and not _inside_number(text, i):
            out.append((left, i))
            left = i + 1
    out.append((left, end))
    return [(a, b) for a, b in out if b > a]


def _inside_number(text: str, i: int) -> bool:
    """1,4-丁二醇 and 1,200: a comma between digits is a chemical's locants or a thousands mark, no clause's end."""
    return text[i] == "," and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()


def cues_in(text: str, start: int, end: int, names: tuple[tuple[int, int], ...] = ()) -> list[Cue]:
    """The status words of one clause, each read with its tense; none inside a name (经济运行局)."""
    clause = text[start:end]
    found: list[Cue] = []
    taken: list[tuple[int, int]] = [(a, b) for a, b in names if a < end and start < b]
    named = list(taken)

    def add(match, status, strength):
        a, b = start + match.start(), start + match.end()
        if any(s < b and a < e for s, e in taken):
            return
        taken.append((a, b))
        found.append(Cue(a, b, match.group(0), status, strength))

    for match in BOTH_RE.finditer(clause):
        add(match, BOTH, 4)
    for match in EARLY_RE.finditer(clause):
        add(match, PLANNED, 1)  # 为实现项目早投产: an aim, weaker than any stage said outright
    for pattern, status, strength in VERBS:
        for match in pattern.finditer(clause):
            add(match, status, strength)
    for cue in list(found):  # 建成投产, 竣工投产: the later stage said in the same breath is the one reached
        following = next((c for c in found if 0 <= c.start - cue.end <= 1 and c.status == OPERATING), None)
        if cue.status == COMPLETED and following is not None:
            found.remove(cue)
        elif cue.word.startswith("主体") and any(c.start >= cue.end and c.status in (OPERATING, COMPLETED)
                                                 and c.strength >= 3 for c in found):
            found.remove(cue)  # 主体工程已竣工并投入使用: the shell, then the plant in use
    for cue in found:
        if cue.status == BOTH or cue.strength == 1 and cue.status == PLANNED or STATE_RE.match(text, cue.start):
            continue  # 将加快推进在建的12个项目: 在建 describes the projects, whatever the plan
        before = _before(text, start, cue.start, named)
        marker = _last(FUTURE_RE, before + cue.word, len(before))  # (推动…开工: 推动 looks ahead to its verb)
        past = _last(PAST_RE, before)
        if marker is not None and (past is None or past < marker):
            cue.status, cue.strength = PLANNED, max(cue.strength, 2)
        # 建成达产后, 技改完成后: a stage reached later, the condition of what follows (not 引进后, a result)
        if (cue.status != ACHIEVED or cue.word == "完成") and CONDITION_RE.match(text[cue.end:end]):
            cue.stage, cue.status, cue.strength = cue.status, PLANNED, 3
        if cue.status == PLANNED and SIGNED_RE.fullmatch(cue.word) and PAST_RE.search(before[-3:]):
            cue.status = ACHIEVED  # 已签约项目11个: the signing is done, the count is a result
    for match in FUTURE_RE.finditer(clause):
        a = start + match.start()
        if _target_done(text, a):
            continue  # 完成全年目标任务的56%: the target is what was done against
        if not any(c.start - 8 <= a < c.end for c in found):
            found.append(Cue(a, a + len(match.group(0)), match.group(0), PLANNED, 2))
    return sorted(found, key=lambda c: c.start)


def _last(pattern: re.Pattern, text: str, before: int | None = None) -> int | None:
    """Where the last match of `pattern` in `text` starts (of those starting before `before`, when given)."""
    starts = [m.start() for m in pattern.finditer(text) if before is None or m.start() < before]
    return starts[-1] if starts else None


def _before(text: str, start: int, at: int, names: list[tuple[int, int]], width: int = 12) -> str:
    """The `width` characters of the clause before `at`, a name counting as one character: the tense word
    before a long name is as near its verb as before a short one (推动总投资65亿元的X有限公司…项目开工)."""
    out, i = [], at
    while i > start and len(out) < width:
        span = next(((a, b) for a, b in names if a < i <= b and a < at), None)
        if span is not None:
            out.append("名")
            i = max(span[0], start)
        else:
            i -= 1
            out.append(text[i])
    return "".join(reversed(out))


def cue_for(text: str, sentence_start: int, sentence_end: int, start: int, end: int,
            names: tuple[tuple[int, int], ...] = (), source_date: str | None = None) -> Cue | None:
    """The status word that qualifies the figure at text[start:end] in its sentence, if any. In a row of a
    project table with a 建设内容 column, what the row says it will build (新增产能…, 形成…能力) is the
    project's scope, a plan, unless the row gives a stage of its own (已投产, 在建)."""
    cue = _cue_in_sentence(text, sentence_start, sentence_end, start, end, names, source_date)
    if (cue is None or cue.status == ACHIEVED) and _in_scope_row(text, start):
        return Cue(start, end, "a project table's 建设内容", PLANNED, 2)
    return cue


# 序号 项目名称 建设单位 建设内容 总投资（万元）: the head of a project table whose rows say what each will build
SCOPE_HEAD_RE = re.compile(r"序号[^\n]*(?:建设内容|建设规模)")


def _in_scope_row(text: str, at: int) -> bool:
    """Whether offset `at` lies in a numbered row under a 建设内容 table head, every line between being a row."""
    line_start = text.rfind("\n", 0, at) + 1
    while row_number(text, line_start) is not None:  # (tables)
        if line_start == 0:
            return False
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        line_end = text.find("\n", line_start)
        if SCOPE_HEAD_RE.search(text, line_start, len(text) if line_end < 0 else line_end):
            return True
    return False


def _cue_in_sentence(text: str, sentence_start: int, sentence_end: int, start: int, end: int,
                     names: tuple[tuple[int, int], ...] = (), source_date: str | None = None) -> Cue | None:
    spans = clauses(text, sentence_start, sentence_end)
    own = next((i for i, (a, b) in enumerate(spans) if a <= start < b), 0)
    by_clause = [[] if ORDER_BOOK_RE.search(text, a, b) else cues_in(text, a, b, names) for a, b in spans]
    by_clause[own] = [c for c in by_clause[own]  # 超过, 突破 lead the figure; 将突破 is still a plan
                      if not (start <= c.start and c.end <= end) or c.status == PLANNED]
    cue = _in_own_clause(text, by_clause[own], start, end, spans[own][1])
    framed = any(FRAME_RE.match(_bare(text[a:b])) and not UNTIL_NOW_RE.match(_bare(text[a:b]))
                 and not _year_gone(text[a:b], source_date) for a, b in spans[:own]) \
        or any(FRAME_OPEN_RE.match(opening := _bare(text[a:min(b, start)])) and not _year_gone(opening, source_date)
               for a, b in spans[:own + 1])
    if framed and (cue is None or cue.status == ACHIEVED) and not _reached(text, cue, spans[own][0]):
        return Cue(start, end, "a target framed before", PLANNED, 2)
    if cue is not None and (turned := _phase_told_after(text, cue, spans, own, by_clause)
                            or _signed_then_planned(cue, by_clause[own + 1:])
                            or _stage_then_added(text, cue, by_clause[:own])
                            or _plan_continued(text, cue, spans, own)):
        return turned
    conditional = next((c for cues in by_clause[:own] for c in reversed(cues) if c.conditional), None)
    if conditional is not None and _dated_before_source(text, conditional, source_date) \
            and not (cue is not None and cue.status == PLANNED):
        # 二期项目今年5月投产后，年产能由6万片提升至18万片 (in August): the condition is met, its stage holds
        return Cue(conditional.start, conditional.end, conditional.word, conditional.stage, 3)
    earlier = next((c for cues in reversed(by_clause[:own]) for c in reversed(cues) if c.strength >= 2), None)
    if cue is not None and cue.strength >= 2 and not (
            conditional is not None and cue.status == ACHIEVED and not PAST_RE.match(cue.word)):
        return cue  # (建成后年可生产…，年实现销售收入18亿元: 实现 after a condition is the condition's plan)
    if conditional is not None:
        return conditional
    if cue is not None:  # 具备, 达到 in the figure's clause; a plan or stage said before it in the sentence wins
        return earlier or cue
    # 二期年产绿氢2万吨，计划明年开工建设: a clause opening on a phase is told of in the clauses after it first
    if own > 0 and PERIOD_GONE_OPENING_RE.fullmatch(_bare(text[spans[0][0]:spans[0][1]]).rstrip("，,")) \
            and not any(by_clause[1:own]):  # (今年以来，新签约项目11个，用地面积…: the signing's plan, told before)
        return Cue(spans[0][0], spans[0][1], "a period gone framing the sentence", ACHIEVED, 1)
    ahead = PHASE_OPENING_RE.match(text, spans[own][0]) is not None and own + 1 < len(spans) \
        and not re.match(rf"[\s，；、]*{PHASE}", text[spans[own + 1][0]:spans[own + 1][1]])  # (二期新增…)
    for distance in range(1, len(spans)):
        for index in ((own + distance, own - distance) if ahead else (own - distance, own + distance)):
            nouns = [c for c in by_clause[index] if not PLANNED_AREA_RE.match(text, c.start)] if 0 <= index < len(
                spans) and not (index < own and years_apart(text, spans[index], spans[own], source_date)
                                and not GONE_PART_RE.search(text, *spans[own])) else []
            # (规划面积12平方公里，汇聚企业136家: a planned area says nothing of the tenants; 2019年落户平舆，今年再投资
            # 4.8亿元…: what happened in another year says nothing of this year's money, unless a part of this year
            # gone frames it: 去年实现…，今年上半年出货…)
            if nouns:
                cues = [c for c in nouns if c.strength >= 2] or nouns
                # 已于去年投运: the stage, not the 已 that gives its tense
                cues = [c for c in cues if not (PAST_RE.fullmatch(c.word) and any(
                    o.start > c.start and o.strength >= 3 for o in cues))]
                return cues[-1] if index < own else cues[0]
    return cue


def _bare(clause: str) -> str:
    """A clause without the spaces and the opening quote around it (“到2027年，我们要…: a leader's target quoted)."""
    return clause.strip().lstrip("“「『\"'")


def _reached(text: str, cue: Cue | None, clause_start: int) -> bool:
    """到2023年底全市已建成充电桩1200个, 至2023年末累计推广…: a year-end tally, a past cue (已, 累计) in the
    figure's own clause, is what was reached by then, whatever frame the clause opens on."""
    if cue is None:
        return False
    return bool(PAST_RE.match(cue.word) or cue.word == "累计"
                or PAST_RE.search(text[max(clause_start, cue.start - 3):cue.start]))


# the month or year right before a stage word: 今年5月投产后, 去年建成后, 2025年3月投产后
STAGE_DATE_RE = re.compile(r"(?:(?P<rel>去年|前年|上年)|(?:(?P<y>20\d\d)年|今年)?(?:(?P<m>\d{1,2})月份?[底初]?)?)"
                           r"(?:[上中下]旬)?(?:正式|顺利|全面|建成)?$")


def _dated_before_source(text: str, cue: Cue, source_date: str | None) -> bool:
    """Whether the stage word is dated, right before it, to a month or year gone by the source's date: a
    condition (投产后) that has been met."""
    date = STAGE_DATE_RE.search(text, max(0, cue.start - 12), cue.start)
    if not source_date or date is None or not (date["rel"] or date["y"] or date["m"]):
        return False
    if date["rel"]:
        return True
    year = int(date["y"] or source_date[:4])
    month = int(date["m"] or 12)  # (2025年投产后: the year's end; 今年 alone never reaches here)
    return (year, month) < (int(source_date[:4]), int(source_date[5:7]))


def _year_gone(frame: str, source_date: str | None) -> bool:
    """到2022年底… in an article of 2024: the frame's year ended before the source was written, so it frames
    a count, not a target (the year of the source itself may still be ahead: 到2024年底 in March is a plan)."""
    year = YEAR_RE.search(frame)
    return bool(year and source_date and int(year.group(0)) < int(source_date[:4]))


PHASE = "[一二三四五首]期"  # a project's phase (一期, 首期)
PHASE_AT_RE = re.compile(rf"\s*{PHASE}")  # (matched at a clause's start, in place: no copy of the text)
PROJECT_PHASE_AT_RE = re.compile(rf"\s*(?:该?项目)?{PHASE}")
# (一期年提纯氢气2000吨, 一期月产晶圆1万片: any yearly or monthly making opens the phase's clause; not 一期年底建成)
PHASE_OPENING_RE = re.compile(rf"\s*(?:该?项目|工程)?{PHASE}(?:工程|项目)?(?:年(?![底内初末])|月产|日产|建设|新增|规划"
                              r"|总投资|投资|占地)")
START_RE = re.compile(r"开工|动工(?!具)|开建|建设|投产")  # (电动工具: tools)
ADDED_RE = re.compile(r"新增(?![^，。；]{0,8}(?:产值|收入|营收|税收|利税|就业|岗位|投资))")


def _signed_then_planned(cue: Cue, later: list[list[Cue]]) -> Cue | None:
    """已完成签约，…预计年内开工: a project signed but still to start; its figures are plans."""
    if cue.status != ACHIEVED or not SIGNED_RE.search(cue.word):
        return None
    return next((c for cues in later for c in cues if c.status == PLANNED and START_RE.search(c.word)), None)


def _phase_told_after(text: str, cue: Cue, spans: list[tuple[int, int]], own: int,
                      by_clause: list[list[Cue]]) -> Cue | None:
    """一期…已进入试生产，二期新增3000吨，计划明年建成: what a phase adds is told of in the clause after it, not by
    the stage of the phase before."""
    if cue.status != ACHIEVED or not ADDED_RE.match(text, cue.start) or own + 1 >= len(spans) \
            or not PHASE_OPENING_RE.match(text, spans[own][0]) or PHASE_AT_RE.match(text, spans[own + 1][0]):
        return None
    told = max(by_clause[own + 1], key=lambda c: c.strength, default=None)  # (目前正在建设: the stage, not 目前)
    return None if told is None or told.conditional else told  # (…，设备安装完成后就能试生产: a condition, no stage)


def _clause_opens_on_phase(text: str, at: int) -> bool:
    """Whether the clause holding offset `at` opens on a phase (二期正在建设, 该项目二期…)."""
    return PROJECT_PHASE_AT_RE.match(text, max(text.rfind(m, 0, at) for m in "，；。\n") + 1) is not None


def _stage_then_added(text: str, cue: Cue, earlier: list[list[Cue]]) -> Cue | None:
    """分别于去年建成投运，分别新增标准机架8000架; 二期正在建设，新增年产能5万辆 (a phase being built, its clause
    opening on it; not …正在建设，去年新增产能…, a result): what a stage added takes that stage (not 新增产值)."""
    if cue.status != ACHIEVED or not ADDED_RE.match(text, cue.start):
        return None
    said = text[max(0, cue.start - 8):cue.start].rsplit("，", 1)[-1]
    dated = PAST_RE.search(said) or PAST_TIME_RE.search(said) or GONE_PART_RE.search(said)
    stages = [c for cues in earlier for c in cues if c.strength >= 3 and (c.status in (OPERATING, COMPLETED) or (
        c.status == UNDER and not dated and _clause_opens_on_phase(text, c.start)))]
    return stages[-1] if stages else None


def _target_done(text: str, at: int) -> bool:
    return TARGET_DONE_RE.search(text, max(0, at - 14), at) is not None


def _plan_continued(text: str, cue: Cue, spans: list[tuple[int, int]], own: int) -> Cue | None:
    """今年将力争产值突破350亿元，新增企业10家以上: a result word without a tense of its own, in the clause
    right after a plan, is one more target; so is a stage that opens that clause (…突破800亿元，开工建设亿元
    以上项目30个以上: the projects to start), after an aim (将, 力争; not 计划总投资, a noun)."""
    stage = cue.status in (UNDER, OPERATING, COMPLETED) and own > 0 and cue.start - spans[own][0] <= 2 \
        and not PAST_RE.search(text, cue.start, spans[own][1])
    if (cue.status != ACHIEVED and not stage) or own == 0 or PAST_RE.match(cue.word) \
            or PAST_RE.search(text[max(0, cue.start - 3):cue.start]) \
            or PAST_TIME_RE.search(text, spans[own][0], cue.start) or NOW_RE.search(text, spans[own][0], cue.start):
        return None  # (二期预计今年投产，公司去年实现产值…: a clause dated in the past is a result, not a target;
        # 计划总投资12亿元，目前累计完成投资7.8亿元: what is spent so far)
    a, b = spans[own - 1]
    marker = next((m for m in (AIM_RE if stage else FUTURE_RE).finditer(text, a, b)
                   if not PLANNED_SUM_RE.match(text, m.start()) and not _target_done(text, m.start())), None)
    # (计划总投资: a noun; 完成年度目标任务的85%，实现产值…: the target looks back, the output is a result)
    if marker is None or PAST_RE.search(text, a, b):
        return None
    return Cue(cue.start, cue.end, f"{marker.group(0)}…{cue.word}", PLANNED, 2)


def _in_own_clause(text: str, cues: list[Cue], start: int, end: int, clause_end: int) -> Cue | None:
    """A word after a list qualifies it; else the nearest strong word before, the strongest after, a weak one."""
    before = [c for c in cues if c.start < end and c.end <= end]  # a word leading the figure (将突破) counts
    # 其运营的众创空间累计孵化项目48个: 运营的 says who runs the place, the word after it the figure's status
    before = [c for c in before if not (OPERATOR_RE.fullmatch(c.word) and text.startswith("的", c.end)
                                        and any(o.start > c.end and o.strength >= 2 for o in before))]
    after = [c for c in cues if c.start >= end]
    if after:
        first = after[0]
        if first.strength >= 3 and LIST_HEAD_RE.match(text[first.end:clause_end]) and not before:
            return first
        if first.status == BOTH and LIST_HEAD_RE.match(text[first.end:clause_end]):
            return first  # …等在建或规划产能: the word after the list qualifies every figure of it
    strong_after = next((c for c in after if c.strength >= 3 and c.status in (UNDER, OPERATING, COMPLETED)), None)
    nearest_before = max(before, key=lambda c: c.start, default=None)
    if strong_after is not None and nearest_before is not None and text.startswith("的", nearest_before.end):
        return strong_after  # 去年建成的一期2万吨生产线已稳定运行: 建成的 describes, 运行 says where it stands
    # the strongest word decides (已有40台套电解槽完成安装: completed; 已完成主体结构施工: still building),
    # the nearest before the figure among equals, else the first after it
    ranked = [(c.strength, 1, c.start) for c in before] + [(c.strength, 0, -c.start) for c in after]
    if not ranked:
        return None
    best = max(range(len(ranked)), key=lambda i: ranked[i])
    return (before + after)[best]


def held_kind(kind: str | None) -> bool:
    """库容, 年检测能力, 年产能, 日熔化量: a measure of what a plant or a place holds or can do."""
    return bool(kind and HELD_KIND_RE.search(kind))


def capability(text: str, clause_start: int, at: int, end: int | None = None) -> bool:
    """Whether the words before a figure in its clause say what a place can do (可开展…, 年检测…), name what
    it holds right before the figure (日熔化量1200吨), or the figure counts the plant's machines (200台新型织机)."""
    before = text[clause_start:at]
    return bool(CAPABILITY_RE.search(before) or HELD_BEFORE_RE.search(before)
                or end is not None and EQUIPMENT_AFTER_RE.match(text, end))


def dated_after(date: str | None, source_date: str | None) -> bool:
    """Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) begins after the source's own date."""
    if not date or not source_date:
        return False
    first = date + "-01-01"[len(date) - 4:] if len(date) < 10 else date
    return first > source_date


def settle(status: str, date: str | None, source_date: str | None) -> tuple[str, str]:
    """A stage reached after the source's date is still a plan: (status, note)."""
    if status in (UNDER, COMPLETED, OPERATING, ACHIEVED) and dated_after(date, source_date):
        return PLANNED, f"{status} dated {date}, after the source's date {source_date}: still a plan"
    return status, ""

