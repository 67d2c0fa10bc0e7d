"""The owner of a figure, chosen among the names around it by weights learned from the test articles' golds.

The rules of ``owners`` give one answer; they were written against the articles at hand and miss forms they
never saw. Here every company, project, park, zone or region named near the figure (its sentence, the three
sentences before, the place the article is about) and "no owner" are scored as a weighted sum of plain
features: where the name stands (same clause, sentences back, after the figure), what stands next to it
(在/由/与/、/的), which words open the figure's clause (该项目, 园区, 全市), what the figure measures, and
whether the rules chose it. The weights (``owner_weights.json``) are a logistic regression fitted by
``tools/train_owners.py`` on what the rules answered for batches of articles they had not yet seen; reading
them needs nothing but this module. That trainer copies this module (with ``article_place``, ``founders``,
``partners``, ``abroad`` and ``trips``) into the extractor of earlier days, so it imports of the rules only what
every such day has (``owners.NOT_OWNERS``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from chaingraph.authoring.extract.abroad import abroad
from chaingraph.authoring.extract.article_place import article_place
from chaingraph.authoring.extract.candidates import Figure, Mention
from chaingraph.authoring.extract.founders import is_founder, is_parent_named
from chaingraph.authoring.extract.partners import joined_partner, served_buyer
from chaingraph.authoring.extract.scopes import NOT_OWNERS
from chaingraph.authoring.extract.trips import visited
from chaingraph.facts.checks import CURRENCIES

WEIGHTS = Path(__file__).with_name("owner_weights.json")
OWNER_KINDS = ("organisation", "project", "park", "zone", "region")
REACH = 3  # sentences back
# Where the rules give no owner, the dev golds' owner is none, a region or a zone in 42 figures of 46 (the rules
# pass over a whole place's total, 全市…产值: its region when the article names it), a company or project in 4.
WHOLE_PLACE_KINDS = ("region", "zone")
CLAUSE_MARKS = "，；：,;:"
# what the figure's clause says it measures
MEASURES = (("output", re.compile(r"产值|营收|营业收入|销售收入|主营业务收入|销售额|税收|利税|增加值|规模")),
            ("invest", re.compile(r"投资|投入|出资|募资|融资|基金")),
            ("capacity", re.compile(r"年产|产能|生产能力|规模化|产量|生产线|产线")),
            ("tally", re.compile(r"签约|引进|落地|落户|招引|开工|竣工|投产|项目\d|企业\d|家|个项目")),
            ("area", re.compile(r"占地|用地|面积|亩|平方米")))
WORDS_FOR = (("project", re.compile(r"(?:该|本|此|这个|这一|整个)?项目")),
             ("company", re.compile(r"(?:该|本|这家|此)(?:公司|企业|集团)|公司|企业")),
             ("park", re.compile(r"(?:该|本)?(?:园区|产业园|工业园|基地)")),
             ("zone", re.compile(r"全区|我区|该区|本区|(?:该|本)?(?:高新区|经开区|开发区|新区)")),
             ("region", re.compile(r"全市|全县|全省|我市|本市|全州|全旗|我县|本县")))
WHOLE_PLACE = (("region", re.compile(r"全(?:市|县|省|州|盟|旗)|我市|本市|我县|本县")),
               ("zone", re.compile(r"全区|我区|本区|该区")))
COMPANY_IN_NAME_RE = re.compile(r"(?:有限公司|有限责任公司|集团|股份)\S*项目$")
BEFORE_MARKS = (("place", re.compile(r"(?:在|于|落户|落地|位于|入驻|来到|走进|进驻|扎根|布局|选址)$")),
                ("agent", re.compile(r"由$")), ("partner", re.compile(r"(?:与|和|同|跟|及)$")),
                ("listed", re.compile(r"、$")), ("copula", re.compile(r"(?:是|为|系)$")),
                ("acted", re.compile(r"(?:投资|引进|依托|支持|服务|带动|打造|建设|组建)$")),
                ("opening", re.compile(r"(?:^|[，。；：“\n])$")))
AFTER_MARKS = (("listed", re.compile(r"^(?:、|等)")), ("of", re.compile(r"^的")), ("bracket", re.compile(r"^[（(]")),
               ("partner", re.compile(r"^(?:与|和|同|联合)")),
               ("acts", re.compile(r"^(?:将|已|已经|计划|拟|正在|正|今年|去年|目前|现|共|累计|总投资|投资|建设|实现|"
                                   r"年产|拥有|主要|新建|规划|预计|达产|建成|项目总投资)")),
               ("is", re.compile(r"^(?:是|为|系|作为)")), ("at", re.compile(r"^(?:位于|坐落|地处|选址)")))


def _unit_kind(figure: Figure) -> str:
    if figure.unit in CURRENCIES:
        return "money"
    if figure.per_period:
        return "rate"
    if figure.unit == "C62":
        return "count"
    if figure.unit in ("HAR", "MTK", "KMK"):
        return "area"
    return "measure"


def _clause_start(text: str, start: int, at: int) -> int:
    return max([start] + [i + 1 for i in range(start, at) if text[i] in CLAUSE_MARKS + "。"])


def _capped(n: int, cap: int = 3) -> str:
    return str(n) if n <= cap else f"{cap}+"


def _size(n: int) -> str:
    return next((label for limit, label in ((3, "3"), (10, "10"), (25, "25"), (60, "60")) if n <= limit), "far")


def choices(rel, figure: Figure) -> list[tuple[Mention | None, object]]:
    """(mention, candidate) of every name that may own the figure, its nearest mention; a candidate once."""
    order = rel.order[figure.sentence]
    window = {rel.sentences[i].id for i in range(max(0, order - REACH), order + 1)}
    best: dict[int, tuple[Mention, object]] = {}
    for candidate in rel.candidates:
        if candidate.kind not in OWNER_KINDS or candidate.cls in NOT_OWNERS:
            continue
        for mention in candidate.mentions:
            if mention.sentence not in window:
                continue
            held = best.get(id(candidate))
            if held is None or _nearness(mention, figure) < _nearness(held[0], figure):
                best[id(candidate)] = (mention, candidate)
    return list(best.values())


def _holds(mention: Mention, figure: Figure) -> bool:
    """The name holds the figure (年产10万吨…项目)."""
    return mention.start <= figure.start and figure.end <= mention.end


def _nearness(mention: Mention, figure: Figure) -> tuple:
    if _holds(mention, figure):
        return (0, 0)
    if mention.end <= figure.start:
        return (1, figure.start - mention.end)
    return (2, mention.start - figure.end)


@dataclass
class Scene:
    """What every choice of one figure shares: the figure, its clause's words, the names near it."""

    rel: object
    figure: Figure
    ruled: object  # the rules' candidate, or None
    place: object  # the article's own place, or None
    near: list  # (mention, candidate) of every name near the figure (``choices``)
    clause_at: int
    unit: str
    measures: list[str]
    opened: list[str]
    whole: list[str]
    latest: dict[str, int]  # per kind, where the latest name of that kind before the figure ends
    mention_counts: dict[str, list[int]]  # per kind, how many mentions each name of that kind has


def scene(rel, figure: Figure, ruled, place) -> Scene:
    sentence = rel.by_id[figure.sentence]
    clause_at = _clause_start(rel.text, sentence.start, figure.start)
    clause, before = rel.text[clause_at:min(figure.end + 6, sentence.end)], rel.text[sentence.start:figure.start]
    latest: dict[str, int] = {}
    mention_counts: dict[str, list[int]] = {}
    for candidate in rel.candidates:
        if candidate.cls in NOT_OWNERS:
            continue
        ends = [m.end for m in candidate.mentions if m.end <= figure.start]
        latest[candidate.kind] = max([latest.get(candidate.kind, -1), *ends])
        mention_counts.setdefault(candidate.kind, []).append(len(candidate.mentions))
    return Scene(rel, figure, ruled, place, choices(rel, figure), clause_at, _unit_kind(figure),
                 measures=[name for name, pattern in MEASURES if pattern.search(clause)],
                 opened=[name for name, pattern in WORDS_FOR if pattern.match(rel.text, clause_at)],
                 whole=[name for name, pattern in WHOLE_PLACE if pattern.search(before)],
                 latest=latest, mention_counts=mention_counts)


def features(at: Scene, mention: Mention | None, candidate) -> dict[str, float]:
    """The features of one choice (``candidate`` None: no owner)."""
    if candidate is None:
        found = {"none": 1.0, f"none&unit={at.unit}": 1.0, "none&ruled_none": float(at.ruled is None)}
        found.update({f"none&measure={m}": 1.0 for m in at.measures})
        found.update({f"none&opens={w}": 1.0 for w in at.opened})
        found.update({f"none&whole={w}": 1.0 for w in at.whole})
        return found
    kind = candidate.kind if candidate.kind != "organisation" else candidate.cls
    found = _what_it_is(at, candidate, kind)
    if mention is None:
        found["unnamed_near"] = 1.0
        return found
    found.update(_where_it_stands(at, mention, candidate, kind))
    found.update(_marks_around(at, mention, kind))
    found.update(_standing(at, mention, candidate, kind))
    return found


def _what_it_is(at: Scene, candidate, kind: str) -> dict[str, float]:
    found = {f"kind={kind}": 1.0, f"unit={at.unit}&kind={kind}": 1.0}
    if candidate is at.ruled:
        found["ruled"] = 1.0
        found[f"ruled&kind={kind}"] = 1.0
    if candidate is at.place:
        found["place"] = 1.0
        found[f"place&unit={at.unit}"] = 1.0
    found.update({f"measure={m}&kind={kind}": 1.0 for m in at.measures})
    found.update({f"opens={w}&kind={kind}": 1.0 for w in at.opened})
    found.update({f"whole={w}&kind={kind}": 1.0 for w in at.whole})
    if candidate.kind == "project" and COMPANY_IN_NAME_RE.search(candidate.label):
        found["project_named_by_company"] = 1.0  # X有限公司年产…项目: golds often give its figures to X
    return found


def _where_it_stands(at: Scene, mention: Mention, candidate, kind: str) -> dict[str, float]:
    """Inside the figure's project name, before it in its sentence, sentences back, or after it."""
    text, figure = at.rel.text, at.figure
    back = at.rel.order[figure.sentence] - at.rel.order[mention.sentence]
    if _holds(mention, figure):
        where = "holds"
    elif back == 0:
        where = "before" if mention.end <= figure.start else "after"
    else:  # the rules' answer may come from further back, or from a later sentence
        where = f"back{back}" if 0 < back <= REACH else "back4+" if back > REACH else "later"
    found = {f"where={where}": 1.0, f"where={where}&kind={kind}": 1.0}
    if candidate is at.ruled:  # how far the rules reached for it says how much to trust them
        found[f"ruled&where={where}"] = 1.0
        found[f"ruled&unit={at.unit}"] = 1.0
    if where == "before":
        between = text[mention.end:figure.start]
        marks = sum(ch in CLAUSE_MARKS for ch in between)
        found[f"clauses={_capped(marks)}"] = 1.0
        found[f"clauses={_capped(marks)}&kind={kind}"] = 1.0
        found[f"gap={_size(len(between))}"] = 1.0
        rivals = sum(1 for m, c in at.near if c is not candidate and m.sentence == figure.sentence
                     and mention.end <= m.start and m.end <= figure.start)
        found[f"rivals_between={_capped(rivals, 2)}"] = 1.0
        found[f"rivals_between={_capped(rivals, 2)}&kind={kind}"] = 1.0
        if rivals == 0:
            found.update({f"nearest&measure={m}&kind={kind}": 1.0 for m in at.measures})
            found[f"nearest&unit={at.unit}&kind={kind}"] = 1.0
        found["same_clause"] = float(mention.start >= at.clause_at)
    elif where == "after":
        gap = text[figure.end:mention.start]
        found[f"after_gap={_size(len(gap))}"] = 1.0
        found["after_same_clause"] = float(not any(ch in CLAUSE_MARKS for ch in gap))
        found["after_of"] = float(bool(re.match(r"^(?:左右|以上|多)?的", gap)))
    return found


def _marks_around(at: Scene, mention: Mention, kind: str) -> dict[str, float]:
    """在/由/与/、 right before the name, 的/（/将/总投资 right after it."""
    text, rel = at.rel.text, at.rel
    own_sentence = rel.by_id[mention.sentence]
    ahead = text[max(own_sentence.start, mention.start - 4):mention.start]
    found = {}
    for name, pattern in BEFORE_MARKS:
        if pattern.search(ahead):
            found[f"before_mark={name}"] = 1.0
            found[f"before_mark={name}&kind={kind}"] = 1.0
    for name, pattern in AFTER_MARKS:
        if pattern.match(text[mention.end:mention.end + 6]):
            found[f"after_mark={name}"] = 1.0
            found[f"after_mark={name}&kind={kind}"] = 1.0
    return found


def _standing(at: Scene, mention: Mention, candidate, kind: str) -> dict[str, float]:
    """How the article treats the name: in its title, named most of its kind, latest of its kind."""
    rel = at.rel
    found = {}
    if any(s.kind == "title" and m.sentence == s.id for m in candidate.mentions for s in rel.sentences[:3]):
        found["in_title"] = 1.0
    found[f"mentions={_capped(len(candidate.mentions), 5)}"] = 1.0
    if _named_most(at, candidate):
        found[f"most_named_of_kind&kind={kind}"] = 1.0
    found["latest_of_kind"] = float(mention.end == at.latest.get(candidate.kind, -1))
    if found["latest_of_kind"]:
        found.update({f"latest&opens={w}&kind={kind}": 1.0 for w in at.opened})
    return found


def _named_most(at: Scene, candidate) -> bool:
    """No other name of its kind has as many mentions."""
    others = list(at.mention_counts.get(candidate.kind, []))
    own = len(candidate.mentions)
    if candidate.cls not in NOT_OWNERS and own in others:
        others.remove(own)  # its own count
    return all(n < own for n in others)


class Choice(NamedTuple):
    score: float
    mention: Mention | None
    candidate: object  # None: no owner
    features: dict


@cache
def weights() -> dict[str, float]:
    return json.loads(WEIGHTS.read_text(encoding="utf-8")) if WEIGHTS.exists() else {}


def score(found: dict[str, float], table: dict[str, float] | None = None) -> float:
    table = weights() if table is None else table
    return table.get("(intercept)", 0.0) + sum(table.get(name, 0.0) * value for name, value in found.items())


def inside_project(figure: Figure, ruled) -> bool:
    """A figure inside the name of the project the rules chose (年产10万吨…项目) is that project's: the rules are
    right so in 159 of the 169 such figures of the training batches (``tools/train_owners.py check``)."""
    return ruled is not None and ruled[1].kind == "project" and _holds(ruled[0], figure)


def ranked(rel, figure: Figure, ruled, place) -> list[Choice]:
    """Every choice with its score and features, best first; the rules' choice joins when no mention is near.
    ``ruled`` is the rules' (mention, candidate) or None, ``place`` the article's own place or None."""
    if inside_project(figure, ruled):
        return [Choice(0.0, *ruled, {})]
    at = scene(rel, figure, ruled[1] if ruled else None, place)
    options = list(at.near)
    if ruled is not None and all(c is not ruled[1] for _m, c in options):
        options.append(ruled)
    if place is not None and all(c is not place for _m, c in options):
        options.append((None, place))
    if ruled is None:  # the rules left it open (a whole place's total): only a region or zone may take it
        options = [(m, c) for m, c in options if c.kind in WHOLE_PLACE_KINDS]
    scored = []
    for mention, candidate in options + [(None, None)]:
        found = features(at, mention, candidate)
        scored.append(Choice(score(found), mention, candidate, found))
    return sorted(scored, key=lambda choice: -choice.score)


def ranked_owner(rel, figure: Figure, ruled):
    """(mention, candidate) of the figure's owner, or None: the rules' answer ``ruled`` weighed against the other
    names around the figure; the rules' answer where there are no weights."""
    if not weights():
        return ruled
    place = article_place(rel, figure.start)
    choices = ranked(rel, figure, ruled, place)
    best = next(c for c in choices if c.candidate is None or not abroad(c.candidate))  # (abroad: holds no figure)
    if best.mention is not None and best.candidate.kind == "region" and visited(
            rel.text, best.mention.start, best.mention.end, figure.start):
        # 赴浙江杭州…开展招商，拜访企业14家: the places a trip goes to hold none of its tally; the home place does
        best = next((c for c in choices if c.candidate is place and place is not None), None) or next(
            c for c in choices if c.mention is None or not visited(rel.text, c.mention.start, c.mention.end,
                                                                     figure.start))
    if best.candidate is None:
        return None
    if ruled is not None and (best.candidate is ruled[1] or _builder_of_clause_project(rel, figure, ruled, best)
                              or _phase_of_place(rel, figure, ruled) or _quoted_word(rel, figure, ruled)
                              or _headed_word(rel, figure, ruled) or _respective(rel, figure, ruled)
                              or is_founder(rel.text, best.mention) or is_parent_named(rel.text, best.mention)
                              or _one_of_a_group(rel, best.mention)
                              or best.mention is not None and (joined_partner(rel, best.mention)
                                                               or served_buyer(rel, best.mention))):
        return ruled
    sentence = rel.by_id[figure.sentence]
    return best.mention or Mention(sentence.text, sentence.start, sentence.end, sentence.id, best.candidate.cls), \
        best.candidate


def _one_of_a_group(rel, mention) -> bool:
    """岚氟新材等企业的…年产能合计: the first of a group of firms, whose sum is no one firm's."""
    return mention is not None and GROUP_AFTER_RE.match(rel.text, mention.end) is not None


GROUP_AFTER_RE = re.compile(r"等(?:\d+|[一二两三四五六七八九十几多]+)?(?:家|个)?(?:企业|公司|单位|龙头)")


def _respective(rel, figure: Figure, ruled) -> bool:
    """A、B、C三家企业分别签约建设X、Y和Z: the rules pair the names listed and the figures after 分别 in their order;
    the names near each figure say nothing of whose it is."""
    return ruled[0] is not None and ruled[0].sentence == figure.sentence \
        and re.search("分别|依次", rel.text[ruled[0].end:figure.start]) is not None


PHASE_OPENING_RE = re.compile(r"[一二三四五首]期(?:项目|工程)?(?:由|总投资|规划|占地|建成|将)")


def _headed_word(rel, figure: Figure, ruled) -> bool:
    """第二站 X物流园 / 项目由Y投资建设，总投资5.2亿元: the rules read the word opening the sentence as the one name of
    the heading line right above it; the builder after that word is not whose the figure is. So with a numbered
    item that opens on its name, the figures after it on its line ((四)X开发区。新建标准厂房6万平方米)."""
    sentence = rel.by_id[figure.sentence]
    order = rel.order[figure.sentence]
    if ruled[0] is None or order == 0:
        return False
    heading = rel.sentences[order - 1]
    named = any(m.sentence == heading.id for m in ruled[1].mentions)
    same_line = "\n" not in rel.text[heading.start:sentence.start]
    if ITEM_RE.match(heading.text) and len(heading.text) <= 30 and same_line:
        return named and ruled[0].sentence == heading.id
    if ruled[0].start != sentence.start or ruled[0].end - ruled[0].start > 3:
        return False
    return not re.search(r"[，。；：！？,]", heading.text) and named


# a numbered item's opening sentence that is only a name: （四）X经济开发区。 / 3.X产业园。
ITEM_RE = re.compile(r"\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])"
                     r"[^，；：]+。?$")


def _quoted_word(rel, figure: Figure, ruled) -> bool:
    """“项目总投资15亿元…”驰鼎动力总经理徐振华说: the rules read 项目 or 公司 in the figure's quotation as the
    speaker's; the names around the quotation say nothing of whose it is."""
    mention = ruled[0]
    if mention is None or mention.text not in ("项目", "公司") or not mention.start < figure.start:
        return False
    opening = rel.text.rfind("“", 0, mention.start)
    closing = rel.text.find("”", mention.end)
    return opening >= 0 and rel.text.rfind("”", opening, mention.start) < 0 and closing > figure.end


def _phase_of_place(rel, figure: Figure, ruled) -> bool:
    """二期由X投资建设，总投资9亿元: a sentence that opens on a phase speaks of the park or project the rules found
    for it (the gold format: a park's phase without 项目 is the park), not of the company building that phase."""
    sentence = rel.by_id[figure.sentence]
    return ruled[1].kind in ("park", "project") and PHASE_OPENING_RE.match(sentence.text.lstrip()) is not None


def _builder_of_clause_project(rel, figure: Figure, ruled, best: Choice) -> bool:
    """由X投资建设的P项目总投资12亿元: the rules' project and the company building it both stand in the figure's
    clause, or the company opens the sentence before the project (X负责建设的P项目总投资60亿元，包括年产5GW…).
    The golds take either (owner: [P, X]); the project keeps what is measured of it."""
    if ruled[1].kind != "project" or best.mention is None or best.candidate.cls != "Company":
        return False
    sentence = rel.by_id[figure.sentence]
    clause_at = _clause_start(rel.text, sentence.start, figure.start)
    in_clause = all(m.sentence == figure.sentence and clause_at <= m.start and m.end <= figure.start
                    for m in (ruled[0], best.mention))
    company, project = best.mention, ruled[0]
    builds = company.sentence == project.sentence == figure.sentence and company.end <= project.start \
        and project.end <= figure.start
    # 该项目由X投资建设，一期建设年产1万套…: the word opening the sentence is the project, X only builds it
    built_by = project.sentence == company.sentence == figure.sentence and project.end <= company.start \
        and rel.text[project.end:company.start] == "由"
    # X公司Y改造项目正在建设，…新增产能6万吨: the company opens the project's own name, which goes on with words of
    # its own (not 楚源锂能项目, the company's short name and 项目)
    rest = rel.text[company.end:project.end]
    named_in = project.start <= company.start and company.end <= project.end \
        and len(rest) >= 5 and not re.fullmatch(r"[一二三四五首]?期?项目", rest)
    return in_clause or builds or built_by or named_in
