"""The endpoint's SPARQL service description: what `GET /sparql` without a query answers.

An sd:Service naming the endpoint, the query language, the answer formats (from the one table of
formats, in the order the endpoint prefers them), the dataset's named graphs with their triple
counts (as its default dataset and as sd:availableGraphs), so a client can discover what to query
without reading any documentation. It comes in every RDF format the endpoint answers CONSTRUCT in.
"""

from __future__ import annotations

import pyoxigraph as ox

from chaingraph.dataset.formats import W3C_FORMATS
from chaingraph.web.negotiation import GRAPH_ANSWERS, RESULT_ANSWERS

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID_NS = "http://rdfs.org/ns/void#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_PREFIXES = {"sd": SD, "void": VOID_NS, "formats": W3C_FORMATS, "xsd": XSD}
_BY_TYPE = {f.media_type: f for f in GRAPH_ANSWERS}


def describe(endpoint: str, graphs: dict[str, int], media_type: str) -> bytes:
    """The service description in `media_type`, one of the endpoint's graph formats (negotiated)."""
    return _BY_TYPE[media_type].write_triples(service_description_triples(endpoint, graphs), _PREFIXES)


def service_description_triples(endpoint: str, graphs: dict[str, int]) -> list[ox.Triple]:
    """An sd:Service naming the endpoint, the language, the result formats and the dataset's graphs."""
    def sd(name):
        return ox.NamedNode(SD + name)

    def count(n: int):
        return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))

    service, dataset, default_graph = ox.NamedNode(endpoint), ox.BlankNode("dataset"), ox.BlankNode("default")
    available = ox.BlankNode("available")
    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, sd("Graph")),
        ox.Triple(default_graph, ox.NamedNode(VOID_NS + "triples"), count(sum(graphs.values()))),
        ox.Triple(service, sd("availableGraphs"), available),
        ox.Triple(available, RDF_TYPE, sd("GraphCollection")),
    ]
    for fmt in (*RESULT_ANSWERS, *GRAPH_ANSWERS):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(W3C_FORMATS + fmt.w3c)))
    for index, (graph, n) in enumerate(graphs.items()):
        named, described = ox.BlankNode(f"named{index}"), ox.BlankNode(f"graph{index}")
        triples += [
            ox.Triple(dataset, sd("namedGraph"), named),
            ox.Triple(available, sd("namedGraph"), named),
            ox.Triple(named, RDF_TYPE, sd("NamedGraph")),
            ox.Triple(named, sd("name"), ox.NamedNode(graph)),
            ox.Triple(named, sd("graph"), described),
            ox.Triple(described, RDF_TYPE, sd("Graph")),
            ox.Triple(described, ox.NamedNode(VOID_NS + "triples"), count(n)),
        ]
    return triples
