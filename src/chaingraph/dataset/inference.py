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

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS, SKOS

from chaingraph.core.memory import release_freed_memory
from chaingraph.core.namespaces import CG, sparql_prologue
from chaingraph.dataset.iris import Iris
from chaingraph.dataset.lines import joined, merged, parsed, sorted_lines

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


def with_inferred_graph(runs: list[list[bytes]], base: str,
                        store_wanted: bool = True) -> tuple[list[ox.Quad], ox.Store | None, bytes]:
    """The stated quads, given as runs of sorted N-Quads lines (dataset/lines.py; each source's
    graph, a line perhaps in two runs), with the inferred graph added, as quads sorted the way the
    build sorts, each quad once; a store of them all, named graphs only (None unless `store_wanted`:
    SHACL reads it; `store.with_merged_default_graph` adds the merge where SPARQL needs it); and
    the inferred graph alone, as N-Quads (an incremental build caches it, and validates what
    changed in it)."""
    # Every quad is sorted and merged as its line (dataset/lines.py); the rules read a small store
    # of the lines they need (`_rules_store_of_lines`); each quad's Python object is made once, from
    # the merged lines, and the whole dataset is loaded after that, when the lines are gone, and
    # only when it is wanted.
    stated = merged(runs)
    runs.clear()  # the caller hands the runs over: their lines are freed with the merged ones
    graph = Iris(base).inferred_graph()
    inferred = inferred_quads([], base, _rules_store_of_lines(stated, graph))
    release_freed_memory()  # the rules' store
    inferred_lines = sorted_lines(inferred)
    del inferred
    every = merged([stated, inferred_lines])
    del stated
    ordered = parsed(every, consume=True)
    del every
    release_freed_memory()  # the lines: the store takes their place
    store = None
    if store_wanted:
        store = ox.Store()
        store.bulk_extend(ordered)
    return ordered, store, joined(inferred_lines)


def _read_predicates(hierarchy: list[ox.Quad]) -> set:
    """The predicates the rules read besides rdf:type, given the rdfs:subPropertyOf statements:
    the hierarchies, the properties the rules follow or derive, subproperties and superproperties."""
    return {SUB_CLASS, SUB_PROPERTY, *_CG.values(), *DATE_BOUNDS,
            *(q.subject for q in hierarchy), *(q.object for q in hierarchy)} - {TYPE}


_UNTYPED = {_CG["Evidence"], ox.NamedNode(str(CG.Sentence))}  # their types are not followed up


def _rules_store(quads: list[ox.Quad], graph: ox.NamedNode) -> ox.Store:
    """A store of the statements the rules read, outside the inferred graph `graph`: the types of
    all but evidence and sentence nodes, and the predicates of `_read_predicates`."""
    by_predicate: dict[ox.NamedNode, list[ox.Quad]] = defaultdict(list)
    for quad in quads:
        by_predicate[quad.predicate].append(quad)
    read_quads = [quad for quad in by_predicate.get(TYPE, []) if quad.object not in _UNTYPED]
    for predicate in _read_predicates(by_predicate.get(SUB_PROPERTY, [])):
        read_quads += by_predicate.get(predicate, [])
    store = ox.Store()
    store.bulk_extend(quad for quad in read_quads if quad.graph_name != graph)
    return store


def _rules_store_of_lines(lines: list[bytes], graph: ox.NamedNode) -> ox.Store:
    """`_rules_store` of quads given as N-Quads lines: only the lines it keeps are parsed."""
    by_predicate: dict[bytes, list[bytes]] = defaultdict(list)
    for line in lines:  # "<s> <p> o g ." (a subject or predicate has no space)
        by_predicate[line.split(b" ", 2)[1]].append(line)
    untyped = {str(node).encode() for node in _UNTYPED}
    read = [line for line in by_predicate.get(str(TYPE).encode(), []) if line.split(b" ", 3)[2] not in untyped]
    for predicate in _read_predicates(parsed(by_predicate.get(str(SUB_PROPERTY).encode(), []))):
        read += by_predicate.get(str(predicate).encode(), [])
    in_graph = f" {graph} .".encode()
    store = ox.Store()
    store.bulk_extend(parsed([line for line in read if not line.endswith(in_graph)]))
    return store


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
