"""The clause a figure stands in, the period that frames it, and whether a figure lies inside its owner's name: what
the quantity steps (``quantities``, ``quantity_kinds``, ``quantity_statuses``) read around a figure."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.rules import MAKES_LEAD
from chaingraph.authoring.extract.statuses import COMPLETED, FUTURE_RE, GONE_PART_RE, OPERATING, UNDER, clauses
from chaingraph.authoring.extract.words import WORK_CAPACITY


def first_person_quote(rel, figure: Figure) -> tuple[int, int] | None:
    """(opening, closing) of the quotation a figure stands in where the speaker says 我们 before it (“我们将力争…”),
    or None."""
    opening, closing = rel.text.rfind("“", 0, figure.start), rel.text.find("”", figure.end)
    said = rel.text[opening:figure.start]
    if opening < 0 or closing < 0 or "”" in said or "我们" not in said:
        return None
    return opening, closing


def inside(figure: Figure, owner, kind: str) -> bool:
    if owner is None:
        return False
    mention, holder = owner
    return (kind == "any" or holder.kind == kind) and mention.start <= figure.start and figure.end <= mention.end


def clause_span(rel, figure: Figure) -> tuple[int, int]:
    """(start, end) of the clause the figure stands in: the last clause of its sentence that opens at or before it.
    A figure on a mark between clauses, or past the sentence's last clause, is read with the clause before it,
    never with the whole sentence (whose other clauses say nothing of it)."""
    sentence = rel.by_id[figure.sentence]
    return max(((a, b) for a, b in clauses(rel.text, sentence.start, sentence.end) if a <= figure.start),
               default=(sentence.start, sentence.end))


def clause_start_of(rel, figure: Figure) -> int:
    """Where the figure's clause opens: what the words before the figure are read from."""
    return clause_span(rel, figure)[0]


def clause_text(rel, figure: Figure) -> str:
    a, b = clause_span(rel, figure)
    return rel.text[a:b]


def same_clause(rel, a: int, b: int) -> bool:
    return not re.search(r"[，；：。！？]", rel.text[min(a, b):max(a, b)])


# a clause that is only a capacity (产能达每年, 年产能约), after a clause that closes a list with 等 and its kind
BARE_CAPACITY_RE = re.compile(r"^(?:目前|现有|现已)?(?:年产能|产能|年生产能力|生产能力|[年月日]产量?|"
                              rf"年?{WORK_CAPACITY})(?:将|可|已)?(?:达|达到|为|约|超过)?(?:每年)?(?:约|近)?$")
CLAUSE_CATEGORY_RE = re.compile(r"、[^，。；：、\d]{1,16}等([^，。；：、\d等（）]{2,10})(?:（[^（）]{1,20}）)?$")
# 该公司主要生产高纯晶硅（棒状硅和颗粒硅）, A、B等预制构件（PC构件），年产能…: the one product the clause before names
# (为X配套新能源汽车减速器齿轮，年产能180万件: what the supplier makes for its customer)
CLAUSE_MADE_RE = re.compile(rf"(?:{MAKES_LEAD}|(?:小?批量|规模化|开始|专业|已|可)"
                            r"生产(?!线|车间|基地|规模|能力|经营|销售|运营|订单)|(?<=[^，。；：]{2})配套(?:生产)?(?!企业|项目|设施|能力|生产))"
                            r"((?:(?![和及与等])[^，。；：、\d（）]){2,14})(?:（[^（）]{1,20}）)?$")
CLAUSE_NAMING = (CLAUSE_CATEGORY_RE, CLAUSE_MADE_RE)  # what the clause before a bare capacity names


# 年产能由8万吨提升到12万吨。企业产品以风电轮毂、机床床身等大型铸件为主: the goods the next sentence says the firm
# mainly makes, the kind its list closes with (or the one product it names)
MAINLY_MADE_RE = re.compile(r"^(?:企业|公司|该公司|工厂|其)?(?:的)?(?:主要|主导)?产品(?:主要)?以([^，。；]{2,30}?)为主")


def mainly_made_after(rel, figure: Figure) -> tuple[int, int] | None:
    """Where the goods of a capacity that names none are named in the sentence after it, or None."""
    order = rel.order[figure.sentence]
    if order + 1 >= len(rel.sentences) or not re.search(r"产能|年产|生产能力", rel.text[
            clause_start_of(rel, figure):figure.start]):
        return None
    following = rel.sentences[order + 1]
    made = MAINLY_MADE_RE.match(following.text)
    if made is None or "\n" in rel.text[figure.end:following.start]:
        return None  # (a paragraph after is another story's)
    start = following.start + made.start(1)
    kind = CLAUSE_CATEGORY_RE.search(made.group(1))
    if kind is not None:
        return start + kind.start(1), start + kind.end(1)
    return (start, start + len(made.group(1))) if "、" not in made.group(1) and len(made.group(1)) <= 10 else None


PART_OPENING_RE = re.compile(r"其中[，,：:]")  # …。其中，半导体项目14个: a part of what the sentence before told
PAST_PERIOD_RE = re.compile(rf"{GONE_PART_RE.pattern}|累计|全年|过去一年|去年(?!\d{{1,2}}月)")  # a part gone, or a year


def period_opening(rel, figure: Figure) -> int:
    """Where the period that frames the figure may be said: its sentence, or back to the full stop when
    the sentence opens after a semicolon; a sentence opening on 其中 with no period of its own tells a part of the
    one before, in that one's past period (前三季度…。其中，…新签约项目17个), not in a target it names."""
    start = max(rel.text.rfind("。", 0, figure.start), rel.text.rfind("\n", 0, figure.start)) + 1
    if not PART_OPENING_RE.match(rel.text, start, figure.start) or rel.text[start - 1:start] != "。" \
            or PAST_PERIOD_RE.search(rel.text, start, figure.start):
        return start
    before = rel.text[max(rel.text.rfind("。", 0, start - 1), rel.text.rfind("\n", 0, start - 1)) + 1:start]
    return start - len(before) if PAST_PERIOD_RE.search(before) and not FUTURE_RE.search(before) else start


def part_of_before(rel, sentence):
    """The sentence before, when this one opens on 其中 and tells a part of it (…。其中，半导体项目14个), else None."""
    order = rel.order[sentence.id]
    return rel.sentences[order - 1] if order > 0 and PART_OPENING_RE.match(sentence.text) else None


# 在开工项目中，X项目总投资2.8亿元，占地120亩: a sentence opening among the projects an event started (put into
# production, finished) frames each project it names, across its ；
FRAMED_RE = re.compile(r"\s*在?(?:此次|本次|这次|当天)?(?:集中|同期)?(?P<stage>开工|投产|竣工)的?(?:重点|重大)?项目中"
                       r"[，,：:]")
FRAME_STAGES = {"开工": UNDER, "投产": OPERATING, "竣工": COMPLETED}


def framed_stage(text: str, at: int) -> str | None:
    """The stage of the projects a sentence opens among (在开工项目中，…), for the figure at `at`, or None."""
    framed = FRAMED_RE.match(text, max(text.rfind(mark, 0, at) for mark in "。\n") + 1)
    return FRAME_STAGES[framed["stage"]] if framed else None
