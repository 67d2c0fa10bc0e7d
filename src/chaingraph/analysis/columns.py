"""The chain's columns, upstream to downstream: the one layering both the chain figure (report)
and the explorer's chain view place their segments by.

A flow is a directed graph whose edges run upstream -> downstream (cg:upstreamOf, cg:inputTo).
Every node gets a column, upstream = 0, after every node that feeds it; nodes on a cycle share
one. Where a node may go is a range (a BMS can sit anywhere before the packs it feeds), and the
two views settle it differently:

- "late": as late as its downstream allows, so that everything one segment needs shares the
  column just before it (the chain figure);
- "early": as early as its upstream allows, except that a node nothing feeds sits just before
  the first node it feeds rather than with the raw materials (the explorer's chain view).

>>> import networkx as nx
>>> flow = nx.DiGraph([("salts", "cathode"), ("cathode", "cells"), ("bms", "packs"), ("cells", "packs"),
...                    ("foil", "cells")])
>>> late, early = chain_columns(flow, "late"), chain_columns(flow, "early")
>>> [late[n] for n in ("salts", "cathode", "foil", "cells", "bms", "packs")]
[0, 1, 1, 2, 2, 3]
>>> [early[n] for n in ("salts", "cathode", "foil", "cells", "bms", "packs")]
[0, 1, 1, 2, 2, 3]
>>> flow.add_edges_from([("salts", "additive"), ("additive", "packs")])  # column 1 or 2 would do
>>> chain_columns(flow, "late")["additive"], chain_columns(flow, "early")["additive"]
(2, 1)
>>> flow.add_edge("salts", "recycling")  # a sink: late puts it last, early right after what feeds it
>>> chain_columns(flow, "late")["recycling"], chain_columns(flow, "early")["recycling"]
(3, 1)
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx


def chain_columns(flow: nx.DiGraph, align: str) -> dict:
    """The column of every node of `flow`; `align` is "late" or "early" (see the module)."""
    condensed = nx.condensation(flow)  # one node per cycle, so that the flow is acyclic
    order = list(nx.topological_sort(condensed))
    if align == "late":
        to_end: dict[int, int] = {}
        for component in reversed(order):
            to_end[component] = max((to_end[c] + 1 for c in condensed.successors(component)), default=0)
        last = max(to_end.values(), default=0)
        column = {component: last - steps for component, steps in to_end.items()}
    elif align == "early":
        column = {}
        for component in order:
            column[component] = max((column[c] + 1 for c in condensed.predecessors(component)), default=0)
        for component in condensed:
            fed = [column[c] for c in condensed.successors(component)]
            if fed and condensed.in_degree(component) == 0:
                column[component] = min(fed) - 1
    else:
        raise ValueError(f"align must be 'late' or 'early', not {align!r}")
    mapping = condensed.graph["mapping"]
    return {node: column[mapping[node]] for node in flow}


def top_segment(parent_of: Callable[[str], str | None], segment: str) -> str:
    """The top-level segment above `segment` (itself if it has no parent), following `parent_of`
    (segment -> its broader segment, or None); a cycle stops the climb where it closes.

    >>> top_segment({"hard-carbon": "anode", "anode": "materials"}.get, "hard-carbon")
    'materials'
    """
    seen = {segment}
    while (parent := parent_of(segment)) is not None and parent not in seen:
        segment = parent
        seen.add(segment)
    return segment
