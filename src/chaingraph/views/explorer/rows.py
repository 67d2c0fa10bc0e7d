"""What the chain view's segment tables, the capacities table and the timeline share: the
evidence indices behind a fact, a row's kind by class, labels and the date a fact refers to.

Rows point at evidence by index into the page's own evidence table (the `ev` lists of the page's
nodes), so that the page words every source the same way, in its panel and in its tables.
"""

from __future__ import annotations

from chaingraph.analysis.chain import label
from chaingraph.core.namespaces import CG
from chaingraph.facts.wording import PERIODS, UNITS

KIND_CLASSES = (("company", CG.Company), ("project", CG.Project), ("capacity", CG.Capacity),
                ("signing", CG.Cooperation))


def labels_of(G, node: str) -> dict[str, str]:
    return {"zh": label(G, node, "zh"), "en": label(G, node, "en")}


def date_of(attrs: dict) -> str | None:
    """The date a fact refers to (cg:date, else cg:startDate), never the article's date."""
    value = attrs.get("date") or attrs.get("start_date")
    return str(value) if value else None


def unit_words(unit: str | None, period: str | None) -> dict[str, dict[str, str]]:
    """Unit and period in words by language (吨 / t, 年 / per year), from `facts.wording`; a code
    wording does not know stays as given rather than vanish."""
    names = UNITS.get(unit or "", (None, None, None))
    periods = PERIODS.get(period or "", (None, None, None))
    return {"unit": {"zh": names[0] or unit or "", "en": names[1] or unit or ""},
            "period": {"zh": (periods[0] or period or "").lstrip("/"), "en": (periods[1] or period or "").strip()}}


class Kinds:
    """A row's kind by its entity's class: company, project, capacity, signing (a cooperation) or other."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.cache: dict[str, str] = {}

    def of(self, G, entity: str) -> str:
        return self.of_class(G.nodes[entity]["cls"])

    def of_class(self, cls: str | None) -> str:
        if cls not in self.cache:
            term = CG[cls] if cls else None
            self.cache[cls] = next((kind for kind, root in KIND_CLASSES
                                    if term is not None and self.vocab.is_a(term, root)), "other")
        return self.cache[cls]


class FactEvidence:
    """Evidence indices of a fact, looked up in the page's own nodes (so they index DATA.evidence).
    A node has a handful of facts and is asked about once or twice: its facts are scanned on each
    question rather than indexed. Facts are as the page carries them (`entities.nodes`):
    `[property number, object, evidence...]`, a related entity by its node's position."""

    def __init__(self, nodes: list[dict], properties: list[str]):
        self.by_id = {n["id"]: n for n in nodes}
        self.position = {n["id"]: i for i, n in enumerate(nodes)}
        self.number = {p: i for i, p in enumerate(properties)}

    def of(self, subject: str, predicate: str, target: str | None = None) -> list[int]:
        """Evidence of (subject, predicate, target); without `target`, of every value of the predicate."""
        node = self.by_id.get(subject)
        number = self.number.get(predicate)
        if node is None or number is None:
            return []
        wanted = None if target is None else self.position.get(target, -1)
        found: set[int] = set()
        for fact in node["facts"]:
            if fact[0] == number and (wanted is None or _target(fact[1]) == wanted):
                found.update(fact[2:])
        return sorted(found)

    def all(self, subject: str) -> list[int]:
        """Evidence of every fact about `subject`."""
        node = self.by_id.get(subject)
        return sorted({i for fact in node["facts"] for i in fact[2:]}) if node else []


def _target(value) -> int | None:
    """The node a fact's object points at (a related entity, or a position's organisation)."""
    if value.__class__ is int:
        return value
    return value.get("node") if value.__class__ is dict else None
