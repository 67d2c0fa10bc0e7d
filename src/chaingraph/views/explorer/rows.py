"""What the chain view's segment tables read (the evidence indices behind a fact, a row's kind by
class, labels and the date a fact refers to), and what the page needs to make the capacities
table and the timeline itself from the facts (`static/explorer-rows.js`): each class's kind of
row, the words of units and periods, each status term's notation.

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


def unit_table() -> dict[str, dict[str, list[str]]]:
    """The words of each unit and period code by language, `[zh, en]` (吨 / t, /年 / per year), from
    `facts.wording`, which the page words the capacities table with (`static/explorer-rows.js`:
    a code not in the table stays as given rather than vanish)."""
    return {"units": {code: list(words[:2]) for code, words in sorted(UNITS.items())},
            "periods": {code: list(words[:2]) for code, words in sorted(PERIODS.items())}}


def row_kinds(classes: list[dict], vocab) -> dict[str, str]:
    """The kind of row (company, project, capacity, signing) of each class present that has one."""
    kinds = Kinds(vocab)
    return {c["key"]: kinds.of_class(c["key"]) for c in classes if kinds.of_class(c["key"]) != "other"}


def status_terms(vocab) -> dict[str, str]:
    """Each coded individual's notation by its local name (`Completed` -> `completed`): the facts
    name a status by its term, the page's words (`status_words`) by its notation."""
    return {str(iri).split("#")[-1]: notation for notation, iri in sorted(vocab.individuals.items())}


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
