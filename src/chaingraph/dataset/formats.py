"""The one table of formats: RDF serializations of the dataset, and SPARQL answers.

FORMATS are the RDF formats: the files `chaingraph build` writes, `chaingraph export --format`,
the distributions in void.ttl, the answers the endpoint gives to CONSTRUCT and DESCRIBE (those
marked `answers`), the media types it serves the build's files with, and what `chaingraph publish`
uploads. RESULT_FORMATS are the ways to write a SELECT or ASK answer: `chaingraph query --format`
and the endpoint's content negotiation. Both tables are in order of preference: the endpoint
answers in the first format that fits. FILE_TYPES gives the media type of every other kind of file
the build writes or the endpoint serves (pages, figures, graph files). Commands, the server and
the tests all read them, so a new format is one entry here.

Serialization is done by pyoxigraph (fast, streaming). Quads arrive sorted subject first (N-Quads
line order); dataset formats regroup them by graph with a stable sort, so every output is
byte-identical across runs.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import pyoxigraph as ox

from chaingraph.dataset.fileparts import LastFile, Layout, Part, write_parts
from chaingraph.dataset.quads import to_oxigraph_term
from chaingraph.dataset.results import write_csv, write_json, write_tsv, write_xml
from chaingraph.dataset.sparql import aligned_table, display_term, markdown_table

W3C_FORMATS = "http://www.w3.org/ns/formats/"  # the IRIs a SPARQL service description names formats by


@dataclass(frozen=True)
class ExportFormat:
    """One RDF serialization of the dataset."""

    name: str  # `chaingraph export --format NAME`, and a short name the endpoint accepts
    media_type: str
    extension: str  # of the build's file: chaingraph.ttl
    keeps_graphs: bool  # the named graphs are kept; otherwise their merge is written
    prefixed: bool  # pyoxigraph writes the project's prefix declarations into it
    w3c: str  # its name under W3C_FORMATS
    answers: bool = False  # the endpoint answers CONSTRUCT and DESCRIBE in it
    aliases: tuple[str, ...] = ()  # other names and media types the endpoint takes for it
    own_writer: Callable[[list[ox.Quad], dict[str, str]], bytes] | None = None  # instead of pyoxigraph's

    @property
    def engine(self) -> ox.RdfFormat:
        """pyoxigraph's reader and writer of the format."""
        return ox.RdfFormat.from_media_type(self.media_type)

    def write(self, quads: list[ox.Quad], prefixes: dict[str, str]) -> bytes:
        """The dataset's sorted pyoxigraph quads in this format."""
        if self.own_writer:
            return self.own_writer(quads, prefixes)
        return self.write_triples(by_graph(quads) if self.keeps_graphs else union_triples(quads), prefixes)

    def write_triples(self, statements: list, prefixes: dict[str, str]) -> bytes:
        """Triples (a CONSTRUCT answer) or quads in this format, by pyoxigraph."""
        return ox.serialize(statements, format=self.engine, prefixes=prefixes if self.prefixed else None)


@dataclass(frozen=True)
class ResultFormat:
    """One way to write a SELECT or ASK answer."""

    name: str  # `chaingraph query --format NAME`, and a short name the endpoint accepts
    media_type: str | None  # None: a layout for people, printed by `chaingraph query` only
    write: Callable[[list[str], list[list], dict[str, str]], bytes]  # variables, rows of terms, prefixes
    w3c: str | None = None  # its name under W3C_FORMATS
    aliases: tuple[str, ...] = ()  # other names and media types the endpoint takes for it
    command_line: bool = True  # offered by `chaingraph query --format`

    @property
    def engine(self) -> ox.QueryResultsFormat | None:
        """pyoxigraph's writer of a standard format: `chaingraph query` and ASK answers use it."""
        return ox.QueryResultsFormat.from_media_type(self.media_type) if self.media_type else None


def oxigraph_quads(quads) -> list[ox.Quad]:
    """pyoxigraph quads from a list of pyoxigraph or rdflib quads."""
    if not quads or isinstance(quads[0], ox.Quad):
        return list(quads)
    convert = to_oxigraph_term
    return [ox.Quad(convert(s), convert(p), convert(o), convert(g)) for s, p, o, g in quads]


def union_triples(quads: list[ox.Quad]) -> list[ox.Triple]:
    """The dataset's triples with graphs merged, in the quads' (subject-first) order."""
    return list(dict.fromkeys(quad.triple for quad in quads))


def merged_triples(quads: list[ox.Quad]) -> Iterator[ox.Triple]:
    """The merged triples of quads sorted as the build sorts them (subject first), one at a time,
    in the order `union_triples` gives, for pyoxigraph to write as it reads them.

    Sorted subject first, the quads of one triple in several graphs are neighbours, so a repeated
    triple follows its first quad: comparing with the previous one is enough. Three times faster
    than `union_triples`, whose cost is hashing a million triples, and nothing is held."""
    last = None
    for quad in quads:
        triple = quad.triple
        if triple != last:
            yield triple
            last = triple


def write_to(output: BinaryIO, quads: list[ox.Quad], name: str, prefixes: dict[str, str]) -> None:
    """Write the build's sorted quads in one of FORMATS into a binary file, as `serialize` would
    give them, without holding the serialization in memory (the whole file at once; the build
    writes a part at a time, `write_parts_to`)."""
    fmt = FORMATS[name]
    opening, closing = _frame(fmt, prefixes)
    output.write(opening)
    statements = by_graph(quads) if fmt.keeps_graphs else merged_triples(quads)
    ox.serialize(statements, output, format=fmt.engine, prefixes=prefixes if fmt.prefixed else None)
    output.write(closing)


def write_parts_to(output: BinaryIO, name: str, prefixes: dict[str, str], parts: list[Part],
                   last: LastFile | None = None, layout: Layout | None = None) -> None:
    """Write the dataset in one of FORMATS a part at a time (dataset/fileparts.py), as `write_to`
    writes it: the graphs in the order of their IRIs for a format that keeps graphs, else runs of
    the build's sorted quads, as merged triples. A part whose text under its key is in `last` is
    copied from there; `layout` receives where each keyed part's text stands in the file."""
    fmt = FORMATS[name]
    opening, closing = _frame(fmt, prefixes)
    output.write(opening)
    write_parts(output, name, fmt.engine, parts, prefixes if fmt.prefixed else None, last, layout, len(opening))
    output.write(closing)


def by_graph(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The quads regrouped by graph name, in their order within each graph (a stable sort on the
    graph's IRI). Made by putting each quad in its graph's list: a sort would hold a key string
    per quad, a tenth of a gigabyte at province scale, while the build writes its files."""
    graphs: dict = {}
    for quad in quads:
        graph = quad.graph_name
        found = graphs.get(graph)
        if found is None:
            found = graphs[graph] = []
        found.append(quad)
    grouped = []
    for graph in sorted(graphs, key=lambda g: g.value):
        grouped += graphs.pop(graph)
    return grouped


def _write_jsonld(quads, prefixes) -> bytes:
    """JSON-LD with its context inside the document: no remote context is ever fetched."""
    output = io.BytesIO()
    write_to(output, quads, "jsonld", prefixes)
    return output.getvalue()


def _frame(fmt: ExportFormat, prefixes: dict[str, str]) -> tuple[bytes, bytes]:
    """What a file in `fmt` holds before and after pyoxigraph's text: for JSON-LD, an inline
    context opening the document and the brace closing it. pyoxigraph writes expanded JSON-LD
    (full IRIs), which stays valid under any context; the prefixes are there for readers that
    compact it. The other formats are pyoxigraph's text alone."""
    if fmt.own_writer is not _write_jsonld:
        return b"", b""
    context = json.dumps({"@context": dict(sorted(prefixes.items()))}, ensure_ascii=False)
    return context[:-1].encode("utf-8") + b', "@graph": ', b"}\n"


def _standard(write: Callable[[list[str], list[list]], bytes]):
    """A standard results format writes full IRIs: the prefixes are not for it."""
    return lambda names, rows, prefixes: write(names, rows)


def _for_people(arrange: Callable[[list[str], list[tuple[str, ...]]], str]):
    """A layout for people: each term as `display_term` shows it, IRIs shortened with the prefixes."""
    def write(names, rows, prefixes) -> bytes:
        return arrange(names, [tuple(display_term(term, prefixes) for term in row) for row in rows]).encode("utf-8")
    return write


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("ttl", "text/turtle", ".ttl", keeps_graphs=False, prefixed=True, w3c="Turtle", answers=True,
                 aliases=("turtle", "n3", "text/n3", "application/x-turtle", "application/turtle")),
    ExportFormat("nt", "application/n-triples", ".nt", keeps_graphs=False, prefixed=False, w3c="N-Triples",
                 answers=True, aliases=("ntriples", "n-triples", "text/plain")),
    ExportFormat("nq", "application/n-quads", ".nq", keeps_graphs=True, prefixed=False, w3c="N-Quads"),
    ExportFormat("trig", "application/trig", ".trig", keeps_graphs=True, prefixed=True, w3c="TriG"),
    ExportFormat("jsonld", "application/ld+json", ".jsonld", keeps_graphs=True, prefixed=False, w3c="JSON-LD",
                 answers=True, aliases=("json-ld", "json", "application/json"), own_writer=_write_jsonld),
    ExportFormat("rdfxml", "application/rdf+xml", ".rdf", keeps_graphs=False, prefixed=True, w3c="RDF_XML",
                 answers=True, aliases=("xml", "application/xml")),
)}

RESULT_FORMATS: dict[str, ResultFormat] = {f.name: f for f in (
    ResultFormat("table", None, _for_people(aligned_table)),  # columns aligned for a terminal
    ResultFormat("json", "application/sparql-results+json", _standard(write_json), w3c="SPARQL_Results_JSON",
                 aliases=("application/json",)),
    ResultFormat("xml", "application/sparql-results+xml", _standard(write_xml), w3c="SPARQL_Results_XML",
                 aliases=("application/xml", "text/xml"), command_line=False),
    ResultFormat("csv", "text/csv", _standard(write_csv), w3c="SPARQL_Results_CSV"),
    ResultFormat("tsv", "text/tab-separated-values", _standard(write_tsv), w3c="SPARQL_Results_TSV"),
    ResultFormat("md", None, _for_people(markdown_table)),  # a Markdown table
)}

# file extension -> media type, for every file served from the build's folder or the package
FILE_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8", ".json": "application/json", ".md": "text/markdown; charset=utf-8",
    ".svg": "image/svg+xml", ".png": "image/png", ".graphml": "application/xml", ".gexf": "application/xml",
    **{f.extension: f.media_type for f in FORMATS.values()},
}


def serialize(quads, format_name: str, prefixes: dict[str, str]) -> bytes:
    """Serialize sorted quads (pyoxigraph or rdflib terms) in one of FORMATS."""
    return FORMATS[format_name].write(oxigraph_quads(quads), prefixes)


def format_results(result, fmt: str = "table", prefixes: dict[str, str] | None = None) -> bytes:
    """Serialize a `chaingraph.dataset.sparql.run_query` result as UTF-8 bytes (this consumes the result).

    SELECT: `table` (aligned, CJK characters two columns wide), `md` (a Markdown table), or one of
    the standard SPARQL 1.1 results formats (`csv`, `tsv`, `json`, `xml`). ASK: yes/no for `table`
    and `md`, the standard boolean otherwise. CONSTRUCT/DESCRIBE: Turtle, whatever `fmt` says.
    IRIs in `table` and `md` are shortened with `prefixes`; literals show their value.
    """
    if fmt not in RESULT_FORMATS:
        raise ValueError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    if isinstance(result, ox.QueryTriples):
        turtle = FORMATS["ttl"].write_triples(sorted(result, key=str), prefixes or {})
        return turtle if turtle.endswith(b"\n") or not turtle else turtle + b"\n"
    chosen = RESULT_FORMATS[fmt]
    if chosen.engine is not None:
        return result.serialize(format=chosen.engine)
    if isinstance(result, ox.QueryBoolean):
        return b"yes\n" if bool(result) else b"no\n"
    names = [variable.value for variable in result.variables]
    return chosen.write(names, [[solution[name] for name in names] for solution in result], prefixes or {})
