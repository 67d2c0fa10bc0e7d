"""Projects named by a phase with no 项目 after it: what is built, then which phase of it.

Reports name a later phase after the facility or the company whose first phase came before it, and write no
项目: 云岭算力智算中心二期正在进行机电安装, 总投资18亿元的湘瑞影像二期等项目. The phase ends the project's
name; its start is walked back as a project's (``spans.name_start``), so a company's full name before the
facility stays in it (X有限公司智算中心一期).
A phase alone (一期已投产), a company's phase (X有限公司二期, the company's plant, said of the company), a
phase of words that name no one (生产线二期), a park's phase (its figures are the park's), a phase that says
which of the things after it (一期船坞, 二期厂房) and a trial's (临床三期) are none; a phase with 项目 or 工程 after
it is the suffix's. A facility the article names with two of its phases (X智算中心一期, X智算中心二期) is one
project, the whole, which each phase's mention names (``wholes_of_phases``).
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.fragments import fragment_problem
from chaingraph.authoring.extract.name_words import PHASE, Context
from chaingraph.authoring.extract.rules import KIND_OF, LEGAL_SUFFIXES, SUFFIX_CLASSES, SUFFIXES, UTILITY_PHASE_RE
from chaingraph.authoring.extract.spans import name_start
from chaingraph.authoring.extract.words import LEADING_VERBS, generic_word
from chaingraph.sources.sentences import Sentence

# what may follow a phase that is the suffix's, not the end of the name: 二期项目, 一期工程, （二期）项目
SUFFIX_AFTER = ("项目", "工程", "）项目", ")项目")
# wholes whose phase is no project of its own: a project's (X项目一期), a trial's (临床三期)
PHASED_WHOLES = ("项目", "工程", "临床")
# 卫生用品产业园标准厂房二期, 园区标准厂房二期: a park's standard factories in a phase, which the park holds
PARK_FACTORIES_PHASE_RE = re.compile(r"(?:.{0,14}?(?:园区|产业园|工业园|集聚区|开发区|高新区|经开区|园))?标准化?厂房"
                                     r"[一二三四五六七八九十]期")
EVENT_WORDS = ("暨", "投产", "开工", "竣工", "签约", "达产")  # what happens to a phase, no word of a name


def phase_projects(ctx: Context, sentence: Sentence) -> list[Mention]:
    """Projects whose name ends in a phase (一期, 二期, 3期) with no 项目 or 工程 after it."""
    tokens, out = ctx.tokens, []
    for i, token in enumerate(tokens):
        if not PHASE.fullmatch(token.word) or i == 0 or ctx.in_title(token) or ctx.in_figure(token):
            continue
        if "".join(t.word for t in tokens[i + 1:i + 3]).startswith(SUFFIX_AFTER) or _qualifies(tokens, i):
            continue
        first = name_start(ctx, i, i, "project")
        name = "".join(t.word for t in tokens[first:i + 1])
        stem = name[: -len(token.word)]
        if first == i or len(stem) < 2 or fragment_problem(name) or stem.endswith(LEGAL_SUFFIXES) \
                or re.search(r"\d", stem) or _names_no_one(ctx, first, i, stem) or UTILITY_PHASE_RE.fullmatch(name) \
                or PARK_FACTORIES_PHASE_RE.fullmatch(name):
            continue  # (集聚区污水处理厂二期: the park's works, ``acceptance``; 园区标准厂房二期: its buildings)
        out.append(Mention(name, tokens[first].start, token.end, sentence.id, "Project"))
    return out


def _names_no_one(ctx: Context, first: int, phase: int, stem: str) -> bool:
    """Whether the words before the phase name no project of their own: kinds of things built (生产线), a
    park's or a hub's phase (its figures are the park's: 龙兴氢能产业园一期已入驻…), a project's phase (X项目一期),
    a trial's (临床三期) or a clause's verb (启动二期)."""
    if stem.endswith(PHASED_WHOLES) or ctx.tokens[first].tag in ("v", "vd") or (
            phase == first + 1 and ctx.tokens[first].tag[:1] in ("a", "c", "d", "p", "r")) or any(
            t.word in LEADING_VERBS or t.tag == "t" or t.word in EVENT_WORDS for t in ctx.tokens[first:phase]):
        return True  # (计划明年启动二期: a time and a verb of the clause; 连同一期: a word that names nothing;
        # X项目一期投产暨二期开工: an event's two stages)
    ends = next((s for s in SUFFIXES if stem.endswith(s)), None)
    if ends and KIND_OF[SUFFIX_CLASSES[ends]] in ("park", "zone"):
        return True
    words = [t.word for t in ctx.tokens[first:phase]]
    return all(generic_word(word) for word in words) or generic_word(stem)


def _qualifies(tokens, phase: int) -> bool:
    """海澜重工一期船坞, 昱辉光能一期5GW电池片产线, 海翔航空二期厂房: the phase says which of the things after
    it; the name that ends in it is theirs, not a project's."""
    after = tokens[phase + 1] if phase + 1 < len(tokens) else None
    return after is not None and re.match(r"[\w]", after.word) is not None \
        and (after.tag[:1] in ("n", "m", "q", "a", "b") or after.tag in ("vn", "eng"))


def wholes_of_phases(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """陇算智算中心一期…投入运营；推动陇算智算中心二期建成投运: a facility the article names with two of its phases
    is one project built in phases; wherever a phase of it is named, the whole is, and its figures keep their own
    stages (a single phase named alone stays the project, X二期; a company's phases are the company's)."""
    phased = [(m, stem) for m in mentions if (stem := _facility_of_phase(m)) is not None]
    named = {stem: [(s, m) for s in sentences for m in re.finditer(re.escape(stem) + PHASE_AFTER, s.text)]
             for stem in {stem for _, stem in phased}}  # every phase of each facility the text names
    wholes = {stem for stem, found in named.items() if len({m.group(1) for _, m in found}) >= 2}
    out = [m for m in mentions if not any(m is p and stem in wholes for p, stem in phased)]
    for stem in wholes:
        for sentence, match in named[stem]:
            start = sentence.start + match.start()
            out.append(Mention(stem, start, start + len(stem), sentence.id, "Project"))
    return out


PHASE_AFTER = rf"({PHASE.pattern})"  # the phase written right after the facility's name
FACILITY_ENDS = ("中心", "基地", "工厂", "电站", "站", "厂", "园", "港", "城", "馆", "库")


def _facility_of_phase(mention: Mention) -> str | None:
    """The facility a project named by its phase is a phase of (X智算中心 of X智算中心二期), or None: a company's
    short name and its phase (远景动力二期) are the company's plant, said of the company."""
    match = re.search(PHASE_AFTER + "$", mention.text) if mention.cls == "Project" else None
    stem = mention.text[: match.start()] if match else ""
    return stem if len(stem) >= 4 and stem.endswith(FACILITY_ENDS) else None
