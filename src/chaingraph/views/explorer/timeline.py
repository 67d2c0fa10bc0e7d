"""The timeline: projects, signings (cooperations) and capacities placed by the dates they refer
to, so that a graph of many sources reads as a sequence of events rather than of articles.

Each dated fact is one event: a start (`cg:startDate`: a project broke ground, a cooperation was
signed) or a dated status (`cg:date` with the entity's `cg:status`: completed in 2024-06). The
article's own date never places an event. Undated entities of these kinds are counted, so the
page can say how many it could not place.
"""

from __future__ import annotations

from chaingraph.views.explorer.rows import FactEvidence, Kinds

TIMELINE_KINDS = ("project", "signing", "capacity")


def timeline(G, nodes: list[dict], slug, vocab, facts: FactEvidence | None = None) -> dict:
    """{"events": [...] sorted by date, kind and entity; "undated": {kind: count}}."""
    facts = facts or FactEvidence(nodes)  # shared by the three tables when given
    kinds = Kinds(vocab)
    events, undated = [], dict.fromkeys(TIMELINE_KINDS, 0)
    for entity, cls in sorted(G.nodes(data="cls")):
        kind = kinds.of_class(cls)
        if kind not in TIMELINE_KINDS:
            continue
        attrs = G.nodes[entity]
        dated = [(attrs.get("start_date"), "start", "startDate"), (attrs.get("date"), "status", "date")]
        dated = [d for d in dated if d[0]]
        if not dated:
            undated[kind] += 1
        for date, event, predicate in dated:
            events.append({"date": str(date), "kind": kind, "entity": slug(entity), "event": event,
                           "status": attrs.get("status") if event == "status" else None,
                           "ev": sorted(set(facts.of(slug(entity), predicate))
                                        | set(facts.of(slug(entity), "status") if event == "status" else ()))})
    order = {k: i for i, k in enumerate(TIMELINE_KINDS)}
    events.sort(key=lambda e: (e["date"], order[e["kind"]], e["entity"], e["event"]))
    return {"events": events, "undated": undated}
