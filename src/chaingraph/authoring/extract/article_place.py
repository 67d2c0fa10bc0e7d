"""The place an article reports on: the zone, park or region its title names, else the zone it names most, else the
portal's place.

A module of its own because the owner ranker's trainer (tools/train_owners.py) copies it, with
``owner_ranker``, into the extractor of earlier days: the ranker's features must see the same place there
as in extraction today.
"""

from __future__ import annotations


def article_place(rel, before: int):
    """The place the article reports on: the zone, park or region its title names, else the zone named most, else
    the place whose portal the page is."""
    titles = [s for s in rel.sentences if s.kind == "title"]
    for kind in ("zone", "park", "region"):
        named = [(rel.text.find(n, s.start, s.end), c) for c in rel.candidates if c.kind == kind
                 for n in set(c.names + [m.text for m in c.mentions] + _region_short_forms(c)) if len(n) >= 2
                 for s in titles]
        named = [(at, c) for at, c in named if at >= 0]
        if named:
            return min(named, key=lambda pair: pair[0])[1]
    zones = [(sum(m.start < before for m in c.mentions), c) for c in rel.candidates if c.kind == "zone"]
    zones = [(n, c) for n, c in zones if n]
    # a report on a county's portal whose title names no place (政府工作报告（摘要）): the portal's place
    # (``site_place``; the trainer's older Relations have no ``site``)
    return max(zones, key=lambda pair: pair[0])[1] if zones else getattr(rel, "site", None)


def _region_short_forms(candidate) -> list[str]:
    """蚌埠 of 蚌埠市: a title writes a region without its suffix (2024年蚌埠硅基新材料产业盘点)."""
    if candidate.kind != "region":
        return []
    return [n[:-1] for n in candidate.names if len(n) >= 3 and n.endswith(("市", "区", "县"))]
