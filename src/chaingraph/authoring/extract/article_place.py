"""The place an article reports on: the zone, park or region its title names, else the zone it names most, else the
portal's place.

A module of its own because the owner ranker's trainer (tools/train_owners.py) copies it, with
``owner_ranker``, into the extractor of earlier days: the ranker's features must see the same place there
as in extraction today. Code of those days may lack ``titles``; there the first place the title names stands.
"""

from __future__ import annotations

try:
    from chaingraph.authoring.extract.titles import titled
except ImportError:  # (the code of an earlier day, replayed by the trainer)
    titled = None


def article_place(rel, before: int):
    """The place the article reports on: the zone, park or region its title names (the innermost of places
    written inside one another: 长春市二道区政府工作报告 is 二道区's), else the zone named most, else the place whose
    portal the page is."""
    for kind in ("zone", "park", "region"):
        candidates = [c for c in rel.candidates if c.kind == kind]
        found = titled(rel, candidates) if titled is not None else _first_titled(rel, candidates)
        if found is not None:
            return found
    zones = [(sum(m.start < before for m in c.mentions), c) for c in rel.candidates if c.kind == "zone"]
    zones = [(n, c) for n, c in zones if n]
    # a report on a county's portal whose title names no place (政府工作报告（摘要）): the portal's place
    # (``site_place``; the trainer's older Relations have no ``site``)
    return max(zones, key=lambda pair: pair[0])[1] if zones else getattr(rel, "site", None)


def _first_titled(rel, candidates):
    """The candidate a title spells first, where ``titles`` is not there to read places inside one another."""
    titles = [s for s in rel.sentences if s.kind == "title"]
    short = {id(c): [n[:-1] for n in c.names if len(n) >= 3 and n.endswith(("市", "区", "县"))] for c in candidates
             if c.kind == "region"}  # (蚌埠 of 蚌埠市)
    named = [(rel.text.find(n, s.start, s.end), c) for c in candidates
             for n in set(c.names + [m.text for m in c.mentions] + short.get(id(c), [])) if len(n) >= 2
             for s in titles]
    named = [(at, c) for at, c in named if at >= 0]
    return min(named, key=lambda pair: pair[0])[1] if named else None
