"""One table of export formats: name -> media type, file extension, writer.

The command line, the server and the tests all look formats up here. Serialization is done by
pyoxigraph (fast, streaming); quads arrive sorted, so every output is byte-identical across runs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from chaingraph.rdfgraph import Quad


@dataclass(frozen=True)
class ExportFormat:
    name: str
    media_type: str
    extension: str
    keeps_graphs: bool
    write: Callable[[list[Quad], dict[str, str]], bytes]


def to_oxigraph_term(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def oxigraph_quads(quads: list[Quad]) -> list[ox.Quad]:
    convert = to_oxigraph_term
    return [ox.Quad(convert(s), convert(p), convert(o), convert(g)) for s, p, o, g in quads]


def union_triples(quads: list[Quad]) -> list[ox.Triple]:
    """The dataset's triples with graphs merged, sorted by subject, predicate, object."""
    triples = sorted({(s, p, o) for s, p, o, _ in quads}, key=lambda t: (str(t[0]), str(t[1]), t[2].n3()))
    convert = to_oxigraph_term
    return [ox.Triple(convert(s), convert(p), convert(o)) for s, p, o in triples]


def _triples_writer(fmt: ox.RdfFormat, with_prefixes: bool = True):
    def write(quads, prefixes):
        return ox.serialize(union_triples(quads), format=fmt, prefixes=prefixes if with_prefixes else None)
    return write


def _quads_writer(fmt: ox.RdfFormat, with_prefixes: bool = True):
    def write(quads, prefixes):
        return ox.serialize(oxigraph_quads(quads), format=fmt, prefixes=prefixes if with_prefixes else None)
    return write


def _write_jsonld(quads, prefixes) -> bytes:
    """JSON-LD with its context inside the document: no remote context is ever fetched."""
    expanded = json.loads(ox.serialize(oxigraph_quads(quads), format=ox.RdfFormat.JSON_LD))
    document = {"@context": dict(sorted(prefixes.items())), "@graph": expanded}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("ttl", "text/turtle", ".ttl", False, _triples_writer(ox.RdfFormat.TURTLE)),
        ExportFormat("nt", "application/n-triples", ".nt", False, _triples_writer(ox.RdfFormat.N_TRIPLES, False)),
        ExportFormat("nq", "application/n-quads", ".nq", True, _quads_writer(ox.RdfFormat.N_QUADS, False)),
        ExportFormat("trig", "application/trig", ".trig", True, _quads_writer(ox.RdfFormat.TRIG)),
        ExportFormat("jsonld", "application/ld+json", ".jsonld", True, _write_jsonld),
        ExportFormat("rdfxml", "application/rdf+xml", ".rdf", False, _triples_writer(ox.RdfFormat.RDF_XML)),
    )
}


def serialize(quads: list[Quad], format_name: str, prefixes: dict[str, str]) -> bytes:
    return FORMATS[format_name].write(quads, prefixes)
