"""The place an article's title names: the first candidate its title spells, and in a title that names a place
inside another (重庆市万州区政府工作报告, 湖南省长沙市浏阳市…), the innermost one. Totals of a whole place
(place_totals) belong to the place the article is about, and its title says that first."""

from __future__ import annotations

from chaingraph.authoring.counties import county_parent_sets
from chaingraph.authoring.extract.trips import trip_destination
from chaingraph.authoring.gazetteer import PROVINCES


def titled(rel, candidates):
    """The candidate the title names first (by its names' spelling: jieba may split 静海区 there); in a title that
    names a place inside another (重庆市万州区政府工作报告), the inner one."""
    titles = [s for s in rel.sentences if s.kind == "title"]
    named = [(rel.text.find(n, s.start, s.end), len(n), c) for c in candidates
             for n in set(c.names + [m.text for m in c.mentions] + _short_forms(c)) if len(n) >= 2 for s in titles]
    named = [(at, size, c) for at, size, c in named  # (我县赴浙江、上海开展招商: not the places a trip goes to)
             if at >= 0 and not trip_destination(rel.text, at, at + size)]
    named = sorted(named, key=lambda found: (found[0], -found[1]))
    if not named:
        return None
    at, size, chosen = named[0]
    while (inner := next(((a, n, c) for a, n, c in named if a == at + size and _inside(c, chosen)), None)):
        at, size, chosen = inner  # 湖南省长沙市浏阳市: the last place of the chain
    return chosen


def _inside(inner, outer) -> bool:
    """Whether one region lies in another: a county in its city, any region in its province (not 成都重庆两地)."""
    return inner is not outer and (outer.label in PROVINCES or outer.label in county_parent_sets().get(inner.label, ()))


def _short_forms(candidate) -> list[str]:
    """萧山 of 萧山区, 宁德 of 宁德市: a region's name without its suffix, as titles write it."""
    if candidate.kind != "region":
        return []
    return [n[:-1] for n in candidate.names if len(n) >= 3 and n.endswith(("市", "区", "县"))]
