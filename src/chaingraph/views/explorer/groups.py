"""The explorer's aggregated view, for large regions: the groups the page opens on (zones, parks,
top-level chain segments, then classes) and the members each expands into. Every entity is in
exactly one group.

The page makes the groups and lays them out itself (`static/explorer-layout.js`), from the facts
it carries, so that no build spends the time (0.6 to 0.9 s of CPU at 20,000 entities) and the
page carries no positions. The build tells it only which classes
head a group of their own, from the ontology (which the page does not carry):

- zones, industrial parks and top-level chain segments are groups of their own;
- an entity located in (or part of) a park joins the park, else a zone; a product joins its
  segment's top-level segment;
- a capacity or indicator joins its holder, a project its operator, a cooperation its first
  partner, a person the organisation of their position, a body the place it governs (FOLLOW, in
  that order of preference, repeated while a chain of followers resolves);
- whatever is left is grouped by class.
"""

from __future__ import annotations

from chaingraph.core.namespaces import CG

GROUP_CLASSES = (("zone", CG.HighTechZone), ("park", CG.IndustrialPark), ("segment", CG.ChainSegment))


def group_kinds(classes: list[dict], vocab) -> dict[str, str]:
    """The kind of group ("zone", "park" or "segment") each class present heads, for the classes
    that head one: a class is of the kind of the first of GROUP_CLASSES it is a subclass of."""
    found = {}
    for cls in sorted(c["key"] for c in classes):
        above = vocab.superclasses(CG[cls])
        kind = next((kind for kind, ancestor in GROUP_CLASSES if ancestor in above), None)
        if kind:
            found[cls] = kind
    return found
