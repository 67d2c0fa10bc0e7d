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
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from chaingraph.core.namespaces import CG, ONTOLOGY_IRI
from chaingraph.dataset.iris import entity_id, is_inferred_graph, is_reference_graph

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


@dataclass(frozen=True)
class Citation:
    """The evidence behind one fact: a quote in a sentence of a source, or a reference basis note."""

    quote: str | None
    sentence: str | None  # sentence id such as s012
    sentence_iri: str | None
    source: str | None  # source id
    basis: str | None  # reference knowledge only


def to_networkx(data, include_reference: bool = True) -> nx.MultiDiGraph:
    """The entities of `data` as a MultiDiGraph keyed by entity IRI.

    `data` is a BuildResult, an rdflib Dataset or a list of (s, p, o, graph) quads.
    Node attributes: `id` (slug), `cls` (class local name), `label_zh`, `label_en`, `aliases`
    (list), `reference` (declared only as reference knowledge), `description_zh/_en` and, for
    quantities, `value`, `unit`, `per_period`, `status`, `date`. Edge key and `predicate` are the
    property's local name; `label_zh`/`label_en` are its labels; `reference` marks edges stated
    only in reference graphs. With `include_reference=False` reference graphs are left out.

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
        quads = [q for q in quads if not _is_reference(q[3])]
    ontology = [q for q in quads if str(q[3]) == ONTOLOGY_IRI]
    facts = [q for q in quads if str(q[3]) != ONTOLOGY_IRI]
    notations = {s: str(o) for s, p, o, _ in ontology if p == SKOS.notation}
    term_labels = _labels((s, p, o) for s, p, o, _ in ontology)
    entities = _entities(facts)

    graph = nx.MultiDiGraph()
    nodes: dict[URIRef, dict] = {iri: {"id": entity_id(iri), "cls": "", "label_zh": "", "label_en": "",
                                       "aliases": [], "reference": True} for iri in entities}
    edges: dict[tuple, dict] = {}
    for s, p, o, g in facts:
        if s not in nodes:
            continue
        attrs = nodes[s]
        if p == RDF.type and isinstance(o, URIRef) and o.startswith(CG):
            attrs["cls"] = o[len(CG):]
            attrs["reference"] = attrs["reference"] and _is_reference(g)
        elif p == RDFS.label and isinstance(o, Literal) and o.language in ("zh", "en"):
            attrs[f"label_{o.language}"] = str(o)
        elif p == SKOS.altLabel:
            if str(o) not in attrs["aliases"]:
                attrs["aliases"].append(str(o))
        elif p == CG.description and isinstance(o, Literal) and o.language in ("zh", "en"):
            attrs[f"description_{o.language}"] = str(o)
        elif p in NODE_LITERALS:
            attrs[NODE_LITERALS[p]] = _python_value(o)
        elif p in NODE_INDIVIDUALS:
            attrs[NODE_INDIVIDUALS[p]] = notations.get(o, _local(o))
        elif o in nodes and p.startswith(CG):
            name = p[len(CG):]
            edge = edges.setdefault((str(s), str(o), name), {
                "predicate": name,
                "label_zh": term_labels.get((p, "zh"), name),
                "label_en": term_labels.get((p, "en"), name),
                "reference": True,
            })
            edge["reference"] = edge["reference"] and _is_reference(g)
    for iri in sorted(nodes, key=str):
        graph.add_node(str(iri), **nodes[iri])
    for (s, o, name), attrs in sorted(edges.items()):
        graph.add_edge(s, o, key=name, **attrs)
    return graph


def citations(data) -> dict[tuple[str, str, str], list[Citation]]:
    """The evidence behind each fact, keyed by (subject IRI, predicate local name, object as text).

    The object text is the IRI for relations and the lexical form for values, so that
    `(s, "value", "100000")` finds the quote behind a capacity's number.

    >>> from chaingraph.dataset.build import build_dataset
    >>> cites = citations(build_dataset())
    >>> key = ("https://w3id.org/chaingraph/id/jiana-polyanion-capacity", "value", "100000")
    >>> [c.quote for c in cites[key]]
    ['年产10万吨']
    """
    quads = _quads(data)
    by_node: dict[URIRef, dict] = defaultdict(dict)
    sentence_ids: dict[URIRef, str] = {}
    source_ids: dict[URIRef, str] = {}
    for s, p, o, _ in quads:
        if p in (RDF.subject, RDF.predicate, RDF.object, CG.quote, CG.sentence, CG.evidenceSource, SKOS.note):
            by_node[s][p] = o
        elif p == CG.sentenceId:
            sentence_ids[s] = str(o)
        elif p == DCTERMS.identifier:
            source_ids[s] = str(o)
    index: dict[tuple[str, str, str], list[Citation]] = defaultdict(list)
    for node in sorted(by_node, key=str):
        fields = by_node[node]
        if RDF.subject not in fields:
            continue
        sentence = fields.get(CG.sentence)
        citation = Citation(
            quote=str(fields[CG.quote]) if CG.quote in fields else None,
            sentence=sentence_ids.get(sentence) if sentence else None,
            sentence_iri=str(sentence) if sentence else None,
            source=source_ids.get(fields.get(CG.evidenceSource)),
            basis=str(fields[SKOS.note]) if SKOS.note in fields else None,
        )
        key = (str(fields[RDF.subject]), _local(fields[RDF.predicate]), str(fields[RDF.object]))
        index[key].append(citation)
    return dict(index)


def _quads(data) -> list:
    """The stated quads: the graph of what the build infers (superclasses, containment) would add
    a node's superclass as its class and shortcut edges, so the projection leaves it out."""
    if hasattr(data, "quads") and isinstance(data.quads, list):  # a BuildResult
        quads = data.quads
    elif hasattr(data, "quads"):  # an rdflib Dataset
        quads = [(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in data.quads()]
    else:
        quads = list(data)
    return [q for q in quads if not is_inferred_graph(str(q[3]))]


def _entities(quads) -> set[URIRef]:
    """Entities are the subjects of evidenced rdf:type statements: that leaves out the build's
    own nodes (sources, sentences, evidence, publishers from source metadata)."""
    evidence_of_type = {s for s, p, o, _ in quads if p == RDF.predicate and o == RDF.type}
    return {o for s, p, o, _ in quads if p == RDF.subject and s in evidence_of_type}


def _labels(triples) -> dict[tuple[URIRef, str], str]:
    return {(s, o.language): str(o) for s, p, o in triples
            if p == RDFS.label and isinstance(o, Literal) and o.language}


def _python_value(literal):
    """Numbers as int or float (what graph tools accept); dates and codes as their lexical form."""
    value = literal.toPython() if isinstance(literal, Literal) else None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(literal)


def _is_reference(graph) -> bool:
    return is_reference_graph(str(graph))


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]
