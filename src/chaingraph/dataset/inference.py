"""What the build derives from the stated facts, written into a graph of its own.

An analyst writes plain SPARQL and expects the ontology to answer: `?x a org:Organization` should
find every company, institute and bureau, and "every company in Sichuan" should not need a
property path through parks and zones. The engine does no reasoning, so the build materialises
these few, well-defined consequences into `BASE graph/inferred` (dataset/iris.py). The default
graph is the merge of every named graph (dataset/store.py), so queries see them without asking;
`GRAPH` on the source graphs, or `FILTER NOT EXISTS { GRAPH graph:inferred {...} }`, leaves them out.

The rules, each small enough to check by hand:

- types: `x a C` and `C rdfs:subClassOf+ D` give `x a D`, for every superclass the ontology names
  (cg:, ORG, PROV-O, schema.org, SKOS);
- chaingraph's own subproperties: `x cg:leadIndustry y` gives `x cg:supportsIndustry y`;
- containment: `cg:partOf` is transitive, and `x cg:locatedIn y`, `y cg:partOf+ z` give
  `x cg:locatedIn z`;
- holders: a project's operator holds the project's capacities (`p cg:operatedBy o`,
  `p cg:hasCapacity c` give `o cg:hasCapacity c`);
- dates: `cg:date` and `cg:startDate` as written (a year, a month or a day) get the first and
  last day of that period as `xsd:date` (`cg:dateStart`/`cg:dateEnd`,
  `cg:startDateStart`/`cg:startDateEnd`), so a date filter never drops a `2024-06`.

Only what is not already stated is written. Every derived chaingraph statement gets an evidence
node whose `skos:note` names its rule, so that "every statement has evidence" holds for the
inferred graph too (ontology/shapes.ttl checks it).
"""

from __future__ import annotations

import calendar
from collections import defaultdict

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS, SKOS

from chaingraph.core.namespaces import CG
from chaingraph.dataset.iris import Iris

TYPE = ox.NamedNode(str(RDF.type))
SUBCLASS, SUBPROPERTY = ox.NamedNode(str(RDFS.subClassOf)), ox.NamedNode(str(RDFS.subPropertyOf))
SUBJECT, PREDICATE, OBJECT = (ox.NamedNode(str(t)) for t in (RDF.subject, RDF.predicate, RDF.object))
NOTE = ox.NamedNode(str(SKOS.note))
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
_CG = {name: ox.NamedNode(str(CG[name])) for name in (
    "partOf", "locatedIn", "operatedBy", "hasCapacity", "Evidence", "Project", "date", "startDate")}
# a dated property -> the properties of its period's first and last day
DATE_BOUNDS = {
    _CG["date"]: (ox.NamedNode(str(CG.dateStart)), ox.NamedNode(str(CG.dateEnd))),
    _CG["startDate"]: (ox.NamedNode(str(CG.startDateStart)), ox.NamedNode(str(CG.startDateEnd))),
}
RULES = {
    "subproperty": "derived: a statement of a chaingraph subproperty states its superproperty",
    "partOf": "derived: cg:partOf is transitive",
    "locatedIn": "derived: what is located in a place is located in every place that place is part of",
    "holder": "derived: a project's operator holds the project's capacities",
    "date": "derived: the first or last day of the period the date names",
}


def with_inferred_graph(quads: list[ox.Quad], base: str) -> list[ox.Quad]:
    """`quads` (sorted) with the inferred graph added, sorted again the way the build sorts."""
    return sorted(quads + inferred_quads(quads, base), key=str)


def inferred_quads(quads: list[ox.Quad], base: str) -> list[ox.Quad]:
    """The quads of the inferred graph for a dataset's stated quads (the graph itself excluded)."""
    iris = Iris(base)
    graph = iris.inferred_graph()
    stated = {q.triple for q in quads if q.graph_name != graph}
    schema = [t for t in stated if t.predicate in (SUBCLASS, SUBPROPERTY)]
    superclasses = _closure((t.subject, t.object) for t in schema if t.predicate == SUBCLASS)
    superproperties = _closure((t.subject, t.object) for t in schema if t.predicate == SUBPROPERTY
                               and t.object.value.startswith(str(CG)))
    derived: dict[ox.Triple, str | None] = {}  # triple -> its rule (None: a type, no evidence needed)
    for t in stated:
        if t.predicate == TYPE:
            for cls in superclasses.get(t.object, ()):
                derived.setdefault(ox.Triple(t.subject, TYPE, cls), None)
        for prop in superproperties.get(t.predicate, ()):
            derived.setdefault(ox.Triple(t.subject, prop, t.object), "subproperty")
        if t.predicate in DATE_BOUNDS and isinstance(t.object, ox.Literal):
            bounds = period_bounds(t.object.value)
            if bounds:
                for prop, day in zip(DATE_BOUNDS[t.predicate], bounds, strict=True):
                    derived.setdefault(ox.Triple(t.subject, prop, ox.Literal(day, datatype=XSD_DATE)), "date")
    for triple, rule in _containment(stated) + _holders(stated, superclasses):
        derived.setdefault(triple, rule)
    out = []
    for triple in sorted(set(derived) - stated, key=str):
        out.append(ox.Quad(*triple, graph))
        rule = derived[triple]
        if rule is not None:
            node = iris.evidence(":inferred", f"{triple}|{rule}")
            out += [ox.Quad(s, p, o, graph) for s, p, o in (
                (node, TYPE, _CG["Evidence"]), (node, SUBJECT, triple.subject), (node, PREDICATE, triple.predicate),
                (node, OBJECT, triple.object), (node, NOTE, ox.Literal(RULES[rule], language="en")))]
    return out


def period_bounds(lexical: str) -> tuple[str, str] | None:
    """The first and last day of a year, a month or a day written in ISO form.

    >>> period_bounds("2024"), period_bounds("2024-02"), period_bounds("2024-08-05")
    (('2024-01-01', '2024-12-31'), ('2024-02-01', '2024-02-29'), ('2024-08-05', '2024-08-05'))
    """
    parts = lexical.split("-")
    if not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if not 1 <= month <= 12:
        return None
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return (lexical, lexical) if len(parts) == 3 else None


def _closure(pairs) -> dict[ox.NamedNode, set[ox.NamedNode]]:
    """Every node's ancestors along the (child, parent) pairs, the node itself excluded."""
    parents: dict = defaultdict(set)
    for child, parent in pairs:
        if child != parent:
            parents[child].add(parent)
    closure = {}
    for start in parents:
        seen, todo = set(), list(parents[start])
        while todo:
            node = todo.pop()
            if node not in seen and node != start:
                seen.add(node)
                todo.extend(parents.get(node, ()))
        closure[start] = seen
    return closure


def _containment(facts) -> list[tuple[ox.Triple, str]]:
    part_of, located_in = _CG["partOf"], _CG["locatedIn"]
    within = _closure((t.subject, t.object) for t in facts if t.predicate == part_of)
    derived = [(ox.Triple(place, part_of, outer), "partOf") for place, outers in within.items() for outer in outers]
    for t in facts:
        if t.predicate == located_in:
            derived += [(ox.Triple(t.subject, located_in, outer), "locatedIn") for outer in within.get(t.object, ())]
    return derived


def _holders(facts, superclasses) -> list[tuple[ox.Triple, str]]:
    project = _CG["Project"]
    projects = {t.subject for t in facts if t.predicate == TYPE
                and (t.object == project or project in superclasses.get(t.object, ()))}
    operators = defaultdict(set)
    for t in facts:
        if t.predicate == _CG["operatedBy"] and t.subject in projects:
            operators[t.subject].add(t.object)
    return [(ox.Triple(operator, _CG["hasCapacity"], t.object), "holder")
            for t in facts if t.predicate == _CG["hasCapacity"] for operator in operators.get(t.subject, ())]
