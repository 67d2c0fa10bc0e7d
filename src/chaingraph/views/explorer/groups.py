"""The explorer's aggregated view, for large regions: the groups the page opens on (zones, parks,
top-level chain segments, then classes) and the members each expands into. Every entity is in
exactly one group.
"""

from __future__ import annotations

from collections import defaultdict

from chaingraph.analysis.columns import top_segment
from chaingraph.core.namespaces import CG

GROUP_CLASSES = (("zone", CG.HighTechZone), ("park", CG.IndustrialPark), ("segment", CG.ChainSegment))
PLACEMENT = ("locatedIn", "partOf")  # relations that put an entity in a park or zone
# How an entity without a place of its own joins a group: (direction, relation), in order of preference.
FOLLOW = (("in", "hasCapacity"), ("in", "hasIndicator"), ("out", "operatedBy"), ("out", "partner"),
          ("out", "position"), ("out", "governs"), ("out", "subOrganizationOf"), ("in", "operatedBy"))


def aggregates(nodes, edges, classes, vocab) -> tuple[list[dict], list[list[str]]]:
    """The aggregated view's groups, and each group's members (`edges` as `entities.edges` gives them).

    Zones, industrial parks and top-level chain segments are groups of their own. An entity
    located in (or part of) a park joins the park, else a zone; a product joins its segment; a
    capacity or indicator joins its holder, a project its operator, a cooperation its first
    partner, a person the organisation of their position, a body the place it governs. Whatever
    is left is grouped by class."""
    by_id = {n["id"]: n for n in nodes}
    kind_of_class = {}
    for cls in sorted({n["cls"] for n in nodes}):
        above = vocab.superclasses(CG[cls])
        kind_of_class[cls] = next((kind for kind, ancestor in GROUP_CLASSES if ancestor in above), None)
    kinds = {n["id"]: kind_of_class[n["cls"]] for n in nodes if kind_of_class[n["cls"]]}
    outgoing, incoming = defaultdict(list), defaultdict(list)
    for source, target, p, _ in edges:
        outgoing[source].append((p, target))
        incoming[target].append((p, source))
    parent = {}
    for source, target, p, _ in edges:
        if p == "subSegmentOf" and kinds.get(target) == "segment":
            parent.setdefault(source, target)

    group: dict[str, tuple[str, str]] = {}
    for entity, kind in kinds.items():
        group[entity] = (kind, top_segment(parent.get, entity) if kind == "segment" else entity)
    for node in nodes:
        if node["id"] in group:
            continue
        for wanted, props in (("park", PLACEMENT), ("zone", PLACEMENT), ("segment", ("inSegment",))):
            found = sorted(t for p, t in outgoing[node["id"]] if p in props and kinds.get(t) == wanted)
            if found:
                group[node["id"]] = group[found[0]]
                break
    for _ in range(len(FOLLOW)):  # a chain of followers (capacity -> project -> operator) resolves in a few rounds
        changed = False
        for node in nodes:
            if node["id"] in group:
                continue
            for direction, prop in FOLLOW:
                links = outgoing if direction == "out" else incoming
                found = sorted(t for p, t in links[node["id"]] if p == prop and t in group)
                if found:
                    group[node["id"]] = group[found[0]]
                    changed = True
                    break
        if not changed:
            break
    for node in nodes:
        group.setdefault(node["id"], ("class", node["cls"]))

    class_order = [c["key"] for c in classes]
    kind_order = ["zone", "park", "segment", "class"]
    keys = sorted(set(group.values()), key=lambda k: (kind_order.index(k[0]),
                                                      class_order.index(k[1]) if k[0] == "class" else 0, k[1]))
    number = {key: i for i, key in enumerate(keys)}
    members: list[list[str]] = [[] for _ in keys]
    for node in nodes:
        members[number[group[node["id"]]]].append(node["id"])
    class_labels = {c["key"]: c["labels"] for c in classes}
    found_groups = []
    for i, (kind, key) in enumerate(keys):
        entity = None if kind == "class" else key
        members[i] = _member_order(members[i], entity, outgoing, incoming)
        found_groups.append({"id": f"@group/{i}", "kind": kind, "entity": entity,
                             "cls": by_id[key]["cls"] if entity else key,
                             "labels": by_id[key]["labels"] if entity else class_labels[key],
                             "count": len(members[i])})
    _add_totals(found_groups, outgoing)
    return found_groups, members


def _add_totals(groups: list[dict], outgoing) -> None:
    """Each group's `total`, the number its label shows: its own members and, for a zone, the
    members of the parks inside it (a zone's own group holds little more than its bureaus)."""
    zone_of = {g["entity"]: i for i, g in enumerate(groups) if g["kind"] == "zone"}
    for group in groups:
        group["total"] = group["count"]
    for group in groups:
        if group["kind"] != "park":
            continue
        zones = sorted(t for p, t in outgoing[group["entity"]] if p in PLACEMENT and t in zone_of)
        if zones:
            groups[zone_of[zones[0]]]["total"] += group["count"]


def _member_order(members: list[str], first: str | None, outgoing, incoming) -> list[str]:
    """Members in depth-first order over the links between them, starting at the group's own
    place or segment: a company, its project and the project's capacity come out next to each
    other, so that they sit side by side on the rings around the group's centre."""
    inside = set(members)
    neighbours = {m: sorted({t for _, t in outgoing[m] + incoming[m] if t in inside and t != m}) for m in members}
    order, seen = [], set()
    for start in ([first] if first in inside else []) + sorted(members):
        stack = [start]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            order.append(current)
            stack.extend(reversed([n for n in neighbours[current] if n not in seen]))
    return order
