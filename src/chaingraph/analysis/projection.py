"""Project the RDF dataset onto a typed networkx graph, for graph algorithms and graph tools.

Nodes are the entities (companies, zones, products, capacities, policies, chain segments...),
edges are the chaingraph relations between them. Provenance (sources, sentences, evidence) and
the ontology stay out of the graph; `citations` gives the quotes behind each fact instead.

>>> from chaingraph.dataset.build import build_dataset
>>> G = to_networkx(build_dataset())
>>> jiana = "https://w3id.org/chaingraph/id/jiana-energy"
>>> G.nodes[jiana]["cls"], G.nodes[jiana]["label_zh"]
('Company', '自贡珈钠能源科技有限公司')
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

import networkx as nx
import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from chaingraph.analysis.statements import Lit, Statements, statements
from chaingraph.core.memory import collector_paused
from chaingraph.core.namespaces import CG, ONTOLOGY_IRI
from chaingraph.dataset.formats import oxigraph_quads
from chaingraph.dataset.iris import entity_id, is_inferred_graph, is_reference_graph
from chaingraph.dataset.quads import to_rdflib_term

# Literal properties copied onto nodes, by node attribute name.
NODE_LITERALS = {
    CG.value: "value",
    CG.unitCode: "unit",
    CG.perPeriod: "per_period",
    CG.valueQualifier: "value_qualifier",
    CG.date: "date",
    CG.startDate: "start_date",
}
# Object properties whose targets are ontology individuals, kept as node attributes (notation).
NODE_INDIVIDUALS = {CG.status: "status"}

# The IRIs the projection reads, as the plain strings pyoxigraph terms carry (compared per quad).
_CG = str(CG)
_TYPE, _LABEL, _ALT_LABEL, _NOTATION = str(RDF.type), str(RDFS.label), str(SKOS.altLabel), str(SKOS.notation)
_SUBJECT, _PREDICATE = str(RDF.subject), str(RDF.predicate)
_DESCRIPTION, _SENTENCE_ID, _IDENTIFIER = str(CG.description), str(CG.sentenceId), str(DCTERMS.identifier)
_NODE_LITERALS = {str(iri): name for iri, name in NODE_LITERALS.items()}
_NODE_INDIVIDUALS = {str(iri): name for iri, name in NODE_INDIVIDUALS.items()}


@dataclass(frozen=True)
class Citation:
    """The evidence behind one fact: a quote in a sentence of a source, or a reference basis note."""

    quote: str | None
    sentence: str | None  # sentence id such as s012
    source: str | None  # source id
    basis: str | None  # reference knowledge only


def to_networkx(data, include_reference: bool = True) -> nx.MultiDiGraph:
    """The entities of `data` as a MultiDiGraph keyed by entity IRI.

    `data` is a built dataset (dataset.built.BuiltDataset or a BuildResult), an rdflib Dataset
    or a list of (s, p, o, graph) quads. Node attributes: `id` (slug), `cls` (class local name),
    `label_zh`, `label_en`, `aliases` (list), `reference` (declared only as reference knowledge),
    `description_zh/_en` and, for quantities, `value`, `unit`, `per_period`, `status`, `date`.
    Edge key and `predicate` are the property's local name; `label_zh`/`label_en` are its labels;
    `reference` marks edges stated only in reference graphs. With `include_reference=False`
    reference graphs are left out.

    >>> from chaingraph.dataset.build import build_dataset
    >>> G = to_networkx(build_dataset())
    >>> project = "https://w3id.org/chaingraph/id/jiana-cathode-project"
    >>> sorted(k for _, _, k in G.out_edges(project, keys=True))
    ['hasCapacity', 'inIndustry', 'locatedIn', 'operatedBy', 'produces']
    >>> cap = G.nodes["https://w3id.org/chaingraph/id/jiana-polyanion-capacity"]
    >>> cap["value"], cap["unit"], cap["status"]
    (100000, 'TNE', 'completed')
    """
    quads = _quads(data)
    if not include_reference:
        quads = [q for q in quads if not _is_reference(q.graph_name)]
    ontology = [q for q in quads if q.graph_name.value == ONTOLOGY_IRI]
    facts = [q for q in quads if q.graph_name.value != ONTOLOGY_IRI]
    notations = {q.subject.value: q.object.value for q in ontology if q.predicate.value == _NOTATION}
    term_labels = _labels(ontology)
    entities = _entities(facts)

    graph = nx.MultiDiGraph()
    nodes: dict[str, dict] = {iri: {"id": entity_id(iri), "cls": "", "label_zh": "", "label_en": "",
                                    "aliases": [], "reference": True} for iri in entities}
    edges: dict[tuple, dict] = {}
    reference_graphs: dict[str, bool] = {}  # a graph's kind, worked out once per graph
    for quad in facts:
        attrs = nodes.get(quad.subject.value)
        if attrs is None:
            continue
        p, o, g = quad.predicate.value, quad.object, quad.graph_name.value
        if g not in reference_graphs:
            reference_graphs[g] = is_reference_graph(g)
        if p == _TYPE and isinstance(o, ox.NamedNode) and o.value.startswith(_CG):
            attrs["cls"] = o.value[len(_CG):]
            attrs["reference"] = attrs["reference"] and reference_graphs[g]
        elif p == _LABEL and isinstance(o, ox.Literal) and o.language in ("zh", "en"):
            attrs[f"label_{o.language}"] = o.value
        elif p == _ALT_LABEL:
            if o.value not in attrs["aliases"]:
                attrs["aliases"].append(o.value)
        elif p == _DESCRIPTION and isinstance(o, ox.Literal) and o.language in ("zh", "en"):
            attrs[f"description_{o.language}"] = o.value
        elif p in _NODE_LITERALS:
            attrs[_NODE_LITERALS[p]] = _python_value(o)
        elif p in _NODE_INDIVIDUALS:
            attrs[_NODE_INDIVIDUALS[p]] = notations.get(o.value, _local(o.value))
        elif isinstance(o, ox.NamedNode) and o.value in nodes and p.startswith(_CG):
            name = p[len(_CG):]
            edge = edges.setdefault((quad.subject.value, o.value, name), {
                "predicate": name,
                "label_zh": term_labels.get((p, "zh"), name),
                "label_en": term_labels.get((p, "en"), name),
                "reference": True,
            })
            edge["reference"] = edge["reference"] and reference_graphs[g]
    for iri in sorted(nodes):
        graph.add_node(iri, **nodes[iri])
    for (s, o, name), attrs in sorted(edges.items()):
        graph.add_edge(s, o, key=name, **attrs)
    return graph


def shared_graph(data) -> nx.MultiDiGraph:
    """`to_networkx(data)` of a built dataset, worked out once per build and shared by the views
    (they read it and never change it)."""
    return _shared(data, "entity graph", to_networkx)


def shared_citations(data) -> dict[tuple[str, str, str], list[Citation]]:
    """`citations(data)` of a built dataset, worked out once per build and shared by the views."""
    return _shared(data, "citations", citations)


def _shared(data, name: str, derive):
    if not hasattr(data, "derived"):  # not a built dataset: nothing to share it with
        return derive(data)
    if name not in data.derived:
        data.derived[name] = collector_paused()(derive)(data)
    return data.derived[name]


def citations(data) -> dict[tuple[str, str, str], list[Citation]]:
    """The evidence behind each fact, keyed by (subject IRI, predicate local name, object as text).

    The object text is the IRI for relations and the lexical form for values, so that
    `(s, "value", "100000")` finds the quote behind a capacity's number. Read from the dataset's
    statements (`shared_statements`), which the explorer shares.

    >>> from chaingraph.dataset.build import build_dataset
    >>> cites = citations(build_dataset())
    >>> key = ("https://w3id.org/chaingraph/id/jiana-polyanion-capacity", "value", "100000")
    >>> [c.quote for c in cites[key]]
    ['年产10万吨']
    """
    found = shared_statements(data)
    ids: dict[tuple[str, str], str | None] = {}  # (node, id property) -> its id, looked up once

    def id_of(node: str | None, prop: str) -> str | None:
        if node is None:
            return None
        if (node, prop) not in ids:
            values = found.values(node, prop)
            ids[node, prop] = _text(values[-1]) if values else None
        return ids[node, prop]

    index: dict[tuple[str, str, str], list[Citation]] = defaultdict(list)
    for record in found.evidence:  # in IRI order
        if record.subject is None:
            continue
        citation = Citation(quote=record.quote, sentence=id_of(record.sentence, _SENTENCE_ID),
                            source=id_of(record.source, _IDENTIFIER), basis=record.note)
        key = (_text(record.subject), _local(_text(record.predicate)), _text(record.object))
        index[key].append(citation)
    return dict(index)


def shared_statements(data) -> Statements:
    """`analysis.statements.statements` of a dataset (built, an rdflib Dataset or quads), worked
    out once per build and shared by the citations and the explorer."""
    return _shared(data, "statements",
                   lambda d: statements(d if hasattr(d, "oxigraph_quads") else _quads(d)))


def _text(value) -> str:
    """A plain value as pyoxigraph's `.value` gives it: a literal's lexical form, a blank node's id."""
    if isinstance(value, Lit):
        return value.value
    return value[2:] if value.startswith("_:") else value


def _quads(data) -> list[ox.Quad]:
    """The stated quads of `data` as pyoxigraph terms, whatever form `data` comes in. The graph
    of what the build infers (superclasses, containment) would add a node's superclass as its
    class and shortcut edges, so the projection leaves it out."""
    if hasattr(data, "oxigraph_quads"):  # a built dataset: its quads are read as they are
        quads = data.oxigraph_quads
    elif hasattr(data, "quads"):  # an rdflib Dataset
        quads = oxigraph_quads([(s, p, o, g.identifier if hasattr(g, "identifier") else g)
                                for s, p, o, g in data.quads()])
    else:
        quads = oxigraph_quads(list(data))
    inferred = {graph for graph in {q.graph_name for q in quads} if is_inferred_graph(graph)}  # asked once per graph
    return [q for q in quads if q.graph_name not in inferred]


def _entities(quads) -> set[str]:
    """Entities are the subjects of evidenced rdf:type statements: that leaves out the build's
    own nodes (sources, sentences, evidence, publishers from source metadata)."""
    evidence_of_type = {q.subject.value for q in quads
                        if q.predicate.value == _PREDICATE and q.object.value == _TYPE}
    return {q.object.value for q in quads if q.predicate.value == _SUBJECT
            and q.subject.value in evidence_of_type and isinstance(q.object, ox.NamedNode)}


def _labels(quads) -> dict[tuple[str, str], str]:
    return {(q.subject.value, q.object.language): q.object.value for q in quads
            if q.predicate.value == _LABEL and isinstance(q.object, ox.Literal) and q.object.language}


def _python_value(term):
    """Numbers as int or float (what graph tools accept); dates and codes as their lexical form."""
    literal = to_rdflib_term(term)
    value = literal.toPython() if isinstance(literal, Literal) else None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(literal)


def _is_reference(graph) -> bool:
    return is_reference_graph(graph.value)


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]
