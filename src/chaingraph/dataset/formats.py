"""One table of export formats: name -> media type, file extension, writer.

The command line, the server and the tests all look formats up here. Serialization is done by
pyoxigraph (fast, streaming). Quads arrive sorted subject first (N-Quads line order); graph
formats regroup them by graph with a stable sort, so every output is byte-identical across runs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from chaingraph.dataset.quads import to_oxigraph_term


@dataclass(frozen=True)
class ExportFormat:
    name: str
    media_type: str
    extension: str
    keeps_graphs: bool
    write: Callable[[list[ox.Quad], dict[str, str]], bytes]


def oxigraph_quads(quads) -> list[ox.Quad]:
    """pyoxigraph quads from a list of pyoxigraph or rdflib quads."""
    if not quads or isinstance(quads[0], ox.Quad):
        return list(quads)
    convert = to_oxigraph_term
    return [ox.Quad(convert(s), convert(p), convert(o), convert(g)) for s, p, o, g in quads]


def union_triples(quads: list[ox.Quad]) -> list[ox.Triple]:
    """The dataset's triples with graphs merged, in the quads' (subject-first) order."""
    return list(dict.fromkeys(quad.triple for quad in quads))


def by_graph(quads: list[ox.Quad]) -> list[ox.Quad]:
    return sorted(quads, key=lambda q: q.graph_name.value)


def _triples_writer(fmt: ox.RdfFormat, with_prefixes: bool = True):
    def write(quads, prefixes):
        return ox.serialize(union_triples(quads), format=fmt, prefixes=prefixes if with_prefixes else None)
    return write


def _quads_writer(fmt: ox.RdfFormat, with_prefixes: bool = True):
    def write(quads, prefixes):
        return ox.serialize(by_graph(quads), format=fmt, prefixes=prefixes if with_prefixes else None)
    return write


def _write_jsonld(quads, prefixes) -> bytes:
    """JSON-LD with its context inside the document: no remote context is ever fetched.

    pyoxigraph writes expanded JSON-LD (full IRIs), which stays valid under any context; the
    prefixes are added as an inline context for readers that compact it."""
    expanded = ox.serialize(by_graph(quads), format=ox.RdfFormat.JSON_LD)
    context = json.dumps({"@context": dict(sorted(prefixes.items()))}, ensure_ascii=False)
    return context[:-1].encode("utf-8") + b', "@graph": ' + expanded.strip() + b"}\n"


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


def serialize(quads, format_name: str, prefixes: dict[str, str]) -> bytes:
    """Serialize sorted quads (pyoxigraph or rdflib terms) in one of FORMATS."""
    return FORMATS[format_name].write(oxigraph_quads(quads), prefixes)
