"""The endpoint's SPARQL service description: what `GET /sparql` without a query answers.

An sd:Service naming the endpoint, the query language, the answer formats (from the one table of
formats, in the order the endpoint prefers them) and the dataset's named graphs with their
triple counts, so a client can discover what to query without reading any documentation.
"""

from __future__ import annotations

import pyoxigraph as ox

from chaingraph.dataset.formats import FORMATS, W3C_FORMATS
from chaingraph.web.negotiation import GRAPH_ANSWERS, RESULT_ANSWERS, negotiate

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID_NS = "http://rdfs.org/ns/void#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_PREFIXES = {"sd": SD, "void": VOID_NS, "formats": W3C_FORMATS, "xsd": XSD}
# The description itself comes in Turtle, or in JSON-LD for a client that asks for it.
_OWN_FORMATS = (FORMATS["ttl"], FORMATS["jsonld"])


def describe(endpoint: str, graphs: dict[str, int], accept: str | None) -> tuple[str, bytes]:
    """(media type, document) of the service description, for a request's Accept header."""
    media = negotiate("graph", None, accept)
    fmt = next((f for f in _OWN_FORMATS if f.media_type == media), _OWN_FORMATS[0])
    return fmt.media_type, fmt.write_triples(service_description_triples(endpoint, graphs), _PREFIXES)


def service_description_triples(endpoint: str, graphs: dict[str, int]) -> list[ox.Triple]:
    """An sd:Service naming the endpoint, the language, the result formats and the dataset's graphs."""
    def sd(name):
        return ox.NamedNode(SD + name)

    def count(n: int):
        return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))

    service, dataset, default_graph = ox.NamedNode(endpoint), ox.BlankNode("dataset"), ox.BlankNode("default")
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
    ]
    for fmt in (*RESULT_ANSWERS, *GRAPH_ANSWERS):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(W3C_FORMATS + fmt.w3c)))
    for index, (graph, n) in enumerate(graphs.items()):
        named, described = ox.BlankNode(f"named{index}"), ox.BlankNode(f"graph{index}")
        triples += [
            ox.Triple(dataset, sd("namedGraph"), named),
            ox.Triple(named, RDF_TYPE, sd("NamedGraph")),
            ox.Triple(named, sd("name"), ox.NamedNode(graph)),
            ox.Triple(named, sd("graph"), described),
            ox.Triple(described, RDF_TYPE, sd("Graph")),
            ox.Triple(described, ox.NamedNode(VOID_NS + "triples"), count(n)),
        ]
    return triples
