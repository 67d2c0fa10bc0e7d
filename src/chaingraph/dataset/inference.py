"""What the build derives from the stated facts, written into a graph of its own.

An analyst writes plain SPARQL and expects the ontology to answer: `?x a org:Organization` should
find every company, institute and bureau, and "every company in Sichuan" should not need a
property path through parks and zones. The engine does no reasoning, so the build materialises
these few, well-defined consequences into `BASE graph/inferred` (dataset/iris.py). The default
graph is the merge of every named graph (dataset/store.py), so queries see them without asking;
`GRAPH` on the source graphs, or `FILTER NOT EXISTS { GRAPH graph:inferred {...} }`, leaves them out.

The rules, each small enough to check by hand:

- types: `x a C` and `C rdfs:subClassOf+ D` give `x a D`, for every superclass the ontology names
  (cg:, ORG, PROV-O, schema.org, SKOS); evidence and sentence nodes keep their own class only (they
  are most of the dataset, and a third more quads would buy nobody an answer);
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
from itertools import islice

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS, SKOS

from chaingraph.core.memory import release_freed_memory
from chaingraph.core.namespaces import CG, sparql_prologue
from chaingraph.dataset.iris import Iris

TYPE = ox.NamedNode(str(RDF.type))
SUBJECT, PREDICATE, OBJECT = (ox.NamedNode(str(t)) for t in (RDF.subject, RDF.predicate, RDF.object))
NOTE = ox.NamedNode(str(SKOS.note))
SUB_CLASS, SUB_PROPERTY = ox.NamedNode(str(RDFS.subClassOf)), ox.NamedNode(str(RDFS.subPropertyOf))
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
_CG = {name: ox.NamedNode(str(CG[name])) for name in (
    "partOf", "locatedIn", "operatedBy", "hasCapacity", "Evidence", "Project", "date", "startDate")}
# a dated property -> the properties of its period's first and last day
DATE_BOUNDS = {
    _CG["date"]: (ox.NamedNode(str(CG.dateStart)), ox.NamedNode(str(CG.dateEnd))),
    _CG["startDate"]: (ox.NamedNode(str(CG.startDateStart)), ox.NamedNode(str(CG.startDateEnd))),
}
_PROLOGUE = sparql_prologue()
RULES = {
    "subproperty": "derived: a statement of a chaingraph subproperty states its superproperty",
    "partOf": "derived: cg:partOf is transitive",
    "locatedIn": "derived: what is located in a place is located in every place that place is part of",
    "holder": "derived: a project's operator holds the project's capacities",
    "date": "derived: the first or last day of the period the date names",
}


def with_inferred_graph(quads: list[ox.Quad], base: str,
                        store_wanted: bool = True) -> tuple[list[ox.Quad], ox.Store | None, list[ox.Quad]]:
    """`quads` (in any order, a quad perhaps twice) with the inferred graph added, sorted the way
    the build sorts, each quad once; a store of them all, named graphs only (None unless
    `store_wanted`: SHACL reads it; `store.with_merged_default_graph` adds the merge where SPARQL
    needs it); and the inferred quads alone (an incremental build validates what changed in them)."""
    # The rules read a small store of the statements they need (`_rules_store`), so the stated and
    # inferred quads are sorted together, each quad's key made once; the whole dataset is loaded
    # after the sort, when its key strings (a third of a gigabyte at 1M quads) are gone, and only
    # when it is wanted.
    inferred = inferred_quads(quads, base)
    release_freed_memory()  # the rules' store: the sort's keys take its place
    ordered = sorted([*quads, *inferred], key=str)
    # A quad stated twice sorts next to itself (equal quads have equal text): keep the first.
    if any(quad == after for quad, after in zip(ordered, islice(ordered, 1, None), strict=False)):
        ordered = [quad for quad, before in zip(ordered, [None, *ordered[:-1]], strict=True) if quad != before]
    store = None
    if store_wanted:
        store = ox.Store()
        store.bulk_extend(ordered)
    return ordered, store, inferred


def _rules_store(quads: list[ox.Quad], graph: ox.NamedNode) -> ox.Store:
    """A store of the statements the rules read, outside the inferred graph `graph`: the types of
    all but evidence and sentence nodes, the class and property hierarchies, and the properties
    the rules follow or derive, chaingraph's subproperties of its own properties included.

    A subproperty of another vocabulary's property is left out: the rules derive only
    chaingraph's superproperties. The ontology makes most of the evidence's properties
    subproperties of PROV-O's and Web Annotation's (cg:quote, cg:start, cg:end, cg:sentence...),
    and reading those made the store five times larger (609k quads at 1M instead of 121k)."""
    by_predicate: dict[ox.NamedNode, list[ox.Quad]] = defaultdict(list)
    for quad in quads:
        by_predicate[quad.predicate].append(quad)
    hierarchy = [q for q in by_predicate.get(SUB_PROPERTY, []) if _in_chaingraph(q.object)]
    read = {SUB_CLASS, SUB_PROPERTY, *_CG.values(), *DATE_BOUNDS,
            *(q.subject for q in hierarchy), *(q.object for q in hierarchy)}
    untyped = {_CG["Evidence"], ox.NamedNode(str(CG.Sentence))}
    read_quads = [quad for quad in by_predicate.get(TYPE, []) if quad.object not in untyped]
    for predicate in read - {TYPE}:
        read_quads += by_predicate.get(predicate, [])
    store = ox.Store()
    store.bulk_extend(quad for quad in read_quads if quad.graph_name != graph)
    return store


def _in_chaingraph(term) -> bool:
    """A term of chaingraph's own vocabulary: the superproperties the rules derive (the filter on
    `?q` in `inferred_quads`' query of the property hierarchy)."""
    return isinstance(term, ox.NamedNode) and term.value.startswith(str(CG))


def inferred_quads(quads: list[ox.Quad], base: str, store: ox.Store | None = None) -> list[ox.Quad]:
    """The quads of the inferred graph for a dataset's stated quads (the graph itself excluded);
    `store`, when given, already holds `quads` in its named graphs, or at least what the rules read.

    Each rule reads only the statements it needs with SPARQL over the store: iterating over every
    quad in Python would cost a minute on a large region.
    """
    iris = Iris(base)
    graph = iris.inferred_graph()
    if store is None:
        store = _rules_store(quads, graph)

    def rows(text: str):
        return store.query(_PROLOGUE + text, use_default_graph_as_union=True)

    superclasses = _closure((r["c"], r["d"]) for r in rows("SELECT DISTINCT ?c ?d { ?c rdfs:subClassOf ?d }"))
    superproperties = _closure((r["p"], r["q"]) for r in rows(
        "SELECT DISTINCT ?p ?q { ?p rdfs:subPropertyOf ?q FILTER(STRSTARTS(STR(?q), STR(cg:))) }"))
    stated: set[tuple] = set()  # the stated statements a rule could derive again
    derived: dict[tuple, str | None] = {}  # (s, p, o) -> its rule (None: a type, no evidence needed)
    typed = [(r["x"], r["c"]) for r in rows(
        "SELECT DISTINCT ?x ?c { ?x a ?c FILTER(?c NOT IN (cg:Evidence, cg:Sentence)) }")]
    stated.update((x, TYPE, c) for x, c in typed)
    for x, c in typed:
        for cls in superclasses.get(c, ()):
            derived.setdefault((x, TYPE, cls), None)
    for prop, supers in superproperties.items():
        for r in rows(f"SELECT DISTINCT ?s ?o {{ ?s <{prop.value}> ?o }}"):
            for sup in supers:
                derived.setdefault((r["s"], sup, r["o"]), "subproperty")
    for prop, (first, last) in DATE_BOUNDS.items():
        for r in rows(f"SELECT DISTINCT ?s ?d {{ ?s <{prop.value}> ?d FILTER(isLiteral(?d)) }}"):
            bounds = period_bounds(r["d"].value)
            for bound, day in zip((first, last), bounds or (), strict=False):
                derived.setdefault((r["s"], bound, ox.Literal(day, datatype=XSD_DATE)), "date")
    supers = {q for qs in superproperties.values() for q in qs}
    derivable = {_CG["partOf"], _CG["locatedIn"], _CG["hasCapacity"], *supers}
    relations = {prop: [(r["s"], r["o"]) for r in rows(f"SELECT DISTINCT ?s ?o {{ ?s <{prop.value}> ?o }}")]
                 for prop in derivable}
    stated.update((s, prop, o) for prop, pairs in relations.items() for s, o in pairs)
    containment = _containment(relations[_CG["partOf"]], relations[_CG["locatedIn"]])
    for triple, rule in containment + _holders(rows, superclasses):
        derived.setdefault(triple, rule)
    out = []
    for triple in sorted(set(derived) - stated, key=str):
        out.append(ox.Quad(*triple, graph))
        rule = derived[triple]
        if rule is not None:
            node = iris.evidence(":inferred", f"{ox.Triple(*triple)}|{rule}")
            out += [ox.Quad(s, p, o, graph) for s, p, o in (
                (node, TYPE, _CG["Evidence"]), (node, SUBJECT, triple[0]), (node, PREDICATE, triple[1]),
                (node, OBJECT, triple[2]), (node, NOTE, ox.Literal(RULES[rule], language="en")))]
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


def _containment(part_of_pairs, located_in_pairs) -> list[tuple[tuple, str]]:
    part_of, located_in = _CG["partOf"], _CG["locatedIn"]
    within = _closure(part_of_pairs)
    derived = [((place, part_of, outer), "partOf") for place, outers in within.items() for outer in outers]
    for thing, place in located_in_pairs:
        derived += [((thing, located_in, outer), "locatedIn") for outer in within.get(place, ())]
    return derived


def _holders(rows, superclasses) -> list[tuple[tuple, str]]:
    projects = " ".join(f"<{c.value}>" for c, supers in superclasses.items()
                        if isinstance(c, ox.NamedNode) and _CG["Project"] in supers)
    found = rows(f"""SELECT DISTINCT ?o ?c {{ VALUES ?class {{ cg:Project {projects} }}
                     ?p a ?class ; cg:operatedBy ?o ; cg:hasCapacity ?c }}""")
    return [((r["o"], _CG["hasCapacity"], r["c"]), "holder") for r in found]
