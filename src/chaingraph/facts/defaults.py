"""What the loader states when a curator leaves it out, so that no figure is silently ambiguous.

A capacity is a rate (per year, per month, per day) or a total, and summing the two is wrong. An
article often gives a capacity without saying which ("5GWh电芯产能"): then the loader records the
period as UNKNOWN, stated like any fact (in the source's graph, with a basis note instead of a
quote), so a query that sums only yearly figures (`cg:perPeriod "ANN"`) leaves it out on purpose
rather than by accident. The period codes themselves are checked here too.
"""

from __future__ import annotations

from chaingraph.core.problems import Problem
from chaingraph.facts.checks import classes_under
from chaingraph.facts.loader import Evidence, Facts, Statement, TypedValue

PERIODS = ("ANN", "MON", "DAY", "TOTAL", "UNKNOWN")
UNKNOWN_PERIOD = "UNKNOWN"
DEFAULT_BASIS = "no period stated in the source; recorded as UNKNOWN by the loader"


def check_periods(facts: Facts) -> list[Problem]:
    """A period that is none of the known codes, with its file, line and field."""
    return [Problem(s.file, s.line, f"{s.subject}.perPeriod", f"unknown period {s.value.lexical!r}",
                    "use ANN (per year), MON, DAY, TOTAL (not a rate) or UNKNOWN (the source does not say)")
            for s in facts.statements
            if s.prop == "perPeriod" and isinstance(s.value, TypedValue) and s.value.lexical not in PERIODS]


def default_periods(facts: Facts, vocab) -> list[Statement]:
    """An explicit `perPeriod UNKNOWN` for every capacity no file gives a period."""
    capacity_classes = classes_under(vocab, ("Capacity",))
    with_period = {s.subject for s in facts.statements if s.prop == "perPeriod"}
    defaults = []
    for entity in sorted(facts.entities.values(), key=lambda e: e.id):
        if entity.cls not in capacity_classes or entity.id in with_period or not entity.graphs:
            continue
        # the graph the capacity is declared in: an article's before a reference file's
        graph = min(entity.graphs, key=lambda g: (g.startswith("reference:"), g))
        defaults.append(Statement(entity.id, "perPeriod", TypedValue(UNKNOWN_PERIOD), graph,
                                  Evidence(None, None, DEFAULT_BASIS), entity.file, entity.line))
    return defaults
