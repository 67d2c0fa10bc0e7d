"""`chaingraph publish`: upload the built dataset to a store with the SPARQL 1.1 Graph Store Protocol.

Each named graph of outputs/chaingraph.nq goes up in parts of at most `part_triples` triples, as
N-Triples: `PUT {endpoint}?graph=<IRI>` with the first part replaces the graph on the server, a
`POST` with each further part appends to it. Publishing again gives the same store, never a second
copy. A server answers a large PUT much more slowly than the same triples in parts (one transaction
holding a whole graph), hence the parts. Nothing is written locally.

The next parts are read and written while the server loads the last one (a thread: parsing and
the server's work overlap). An Oxigraph server (its `Server` header) is asked to load each part
with its bulk loader (`no_transaction`), as `oxigraph load` does: a reader may see a graph half
loaded, as it may between the parts anyway.
"""

from __future__ import annotations

import queue
import re
import threading
import urllib.error
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field

import pyoxigraph as ox

from chaingraph.core.project import Project
from chaingraph.dataset.iris import short_graph_name
from chaingraph.dataset.store import existing_dataset_path
from chaingraph.web.graphstore import PART_TRIPLES, UPLOAD, GraphStoreClient, NotResent, Sent, graph_url


class PublishError(Exception):
    """The server could not be reached or refused a graph; the message says what it answered."""


@dataclass
class PublishedGraph:
    local_iri: str | None  # None: the default graph
    remote_iri: str | None
    triples: int = 0
    requests: list[Sent] = field(default_factory=list)

    @property
    def status(self) -> int:
        """The server's answer to the replacing PUT, e.g. 201 Created or 204 No Content."""
        return self.requests[0].status


@dataclass(frozen=True)
class Part:
    """Up to `part_triples` triples of one graph, as the body that carries them."""

    graph: str | None
    first: bool  # the graph's first part: it replaces the graph, the others append
    triples: int
    payload: bytes
    blanks: bool = False  # holds blank nodes: sending it twice would give them twice


def parts_of(project: Project, part_triples: int = PART_TRIPLES) -> Iterator[Part]:
    """The built dataset's graphs in parts, in file order (the build writes each graph together;
    a graph met again later is appended to, so any order gives the same graphs).

    A blank node means the same node only within one request, so a graph's triples that hold a
    blank node go together in one part, sent as soon as the graph ends (in chaingraph's data: the
    ontology's OWL lists, a few dozen triples, with no limit on their number). A graph met again
    later may bring more such triples only about new blank nodes: one already sent cannot be
    named again, and the dataset is refused (PublishError) rather than sent wrong. A file that
    cannot be parsed is a PublishError naming it and the line.
    """
    path = existing_dataset_path(project)
    seen: set[str | None] = set()
    sent_blanks: dict[str | None, set[str]] = {}  # the blank nodes already sent, per graph
    graph: str | None = None
    triples: list[ox.Triple] = []
    with_blanks: list[ox.Triple] = []

    def part(name: str | None, chunk: list[ox.Triple], blanks: bool = False) -> Part:
        first = name not in seen
        seen.add(name)
        return Part(name, first, len(chunk), UPLOAD.write_triples(chunk, {}), blanks)

    def blank_part(name: str | None, chunk: list[ox.Triple]) -> Part:
        labels = {term.value for triple in chunk for term in (triple.subject, triple.object)
                  if isinstance(term, ox.BlankNode)}
        earlier = sent_blanks.setdefault(name, set())
        if labels & earlier:
            where = "the default graph" if name is None else f"graph <{name}>"
            raise PublishError(f"{where} names blank node _:{min(labels & earlier)} again after the graph "
                               "ended: the dataset is not as chaingraph build writes it; build again")
        earlier |= labels
        return part(name, chunk, blanks=True)

    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            name = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None
            if name != graph:
                if triples:
                    yield part(graph, triples)
                    triples = []
                if with_blanks:
                    yield blank_part(graph, with_blanks)
                    with_blanks = []
            elif len(triples) >= part_triples:
                yield part(graph, triples)
                triples = []
            graph = name
            if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
                with_blanks.append(quad.triple)
            else:
                triples.append(quad.triple)
    except SyntaxError as err:  # pyoxigraph's message names the line and columns
        raise PublishError(f"{path} cannot be read: {err.msg or err}; build again") from None
    if triples:
        yield part(graph, triples)
    if with_blanks:
        yield blank_part(graph, with_blanks)


def remote_graph_iri(graph_iri: str, project: Project, graph_prefix: str | None) -> str:
    """The graph's IRI on the server: unchanged, or `graph_prefix` + its short name.

    Short names: `ontology` for the ontology graph, `source-ID` / `reference-NAME` for the graphs
    under BASE graph/, and the last path segment of any other IRI.
    """
    if not graph_prefix:
        return graph_iri
    return graph_prefix + short_graph_name(graph_iri, project.base)


def publish(project: Project, endpoint: str, user: str | None = None, password: str | None = None,
            graph_prefix: str | None = None, timeout: float = 120.0,
            part_triples: int = PART_TRIPLES) -> list[PublishedGraph]:
    """Replace each graph of the built dataset on the Graph Store endpoint; the graphs as sent.

    Raises PublishError with the server's answer when it cannot be reached or refuses a part.
    Graphs already sent stay on the server (the protocol has no transaction across graphs);
    publishing again completes the upload.
    """
    if not re.match(r"^https?://[^/\s]+", endpoint):
        raise PublishError(f"{endpoint!r} is not an http(s) URL of a Graph Store endpoint")
    existing_dataset_path(project)  # no build: say so before asking the server anything
    client = GraphStoreClient(endpoint, user, password, timeout)
    try:
        server = client.server_name(endpoint)
    except OSError as err:  # URLError, refused connections and timeouts alike
        raise PublishError(f"cannot reach {endpoint}: {getattr(err, 'reason', err)}; no graph was uploaded") from None
    extra = {"no_transaction": ""} if server.startswith("Oxigraph/") else {}
    published: dict[str | None, PublishedGraph] = {}
    with closing(_read_ahead(parts_of(project, part_triples))) as parts:  # a failure stops the reading thread
        for part in parts:
            graph = published.get(part.graph)
            if graph is None:
                remote = None if part.graph is None else remote_graph_iri(part.graph, project, graph_prefix)
                graph = published[part.graph] = PublishedGraph(part.graph, remote)
            try:
                sent = client.send("PUT" if part.first else "POST", graph_url(endpoint, graph.remote_iri, **extra),
                                   part.payload, resend=part.first or not part.blanks)
            except NotResent as err:
                raise PublishError(f"the connection to {endpoint} broke ({err.reason}) when trying to "
                                   f"{_target(graph, part)}; it was not sent again, since the server may have "
                                   f"applied it and its blank nodes would be there twice"
                                   f"{_so_far(graph, list(published.values()))}") from None
            except urllib.error.HTTPError as err:
                raise PublishError(_refusal(endpoint, graph, part, err, list(published.values()))) from None
            except OSError as err:
                raise PublishError(f"cannot reach {endpoint}: {getattr(err, 'reason', err)} when trying to "
                                   f"{_target(graph, part)}{_so_far(graph, list(published.values()))}") from None
            graph.triples += part.triples
            graph.requests.append(sent)
    return list(published.values())


def _read_ahead(parts: Iterator[Part], depth: int = 2) -> Iterator[Part]:
    """`parts`, made by a second thread up to `depth` ahead: the next part is parsed and written
    while the server loads this one. Stops that thread when the caller stops early."""
    ready: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    done = object()

    def offer(item) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def make() -> None:
        try:
            for part in parts:
                if not offer(part):
                    return
            offer(done)
        except BaseException as err:  # handed to the caller, who raises it
            offer(err)
        finally:
            close = getattr(parts, "close", None)  # a generator: its file is let go here, on this thread
            if close is not None:
                close()

    worker = threading.Thread(target=make, name="publish-read-ahead", daemon=True)
    worker.start()
    try:
        while (item := ready.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def _refusal(endpoint: str, graph: PublishedGraph, part: Part, err: urllib.error.HTTPError,
             published: list[PublishedGraph]) -> str:
    body = err.read(4000).decode("utf-8", "replace") if err.fp else ""
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip()[:500]
    answered = f"{err.code} {err.reason}" + (f": {text}" if text else "")
    return (f"{endpoint} answered {answered} when asked to {_target(graph, part)}{_hint(err.code, text)}"
            f"{_so_far(graph, published)}")


def _target(graph: PublishedGraph, part: Part) -> str:
    name = "the default graph" if graph.remote_iri is None else f"graph <{graph.remote_iri}>"
    if part.first:
        return f"replace {name}"
    if part.blanks:
        return (f"append part {len(graph.requests) + 1} (its {part.triples} triples with blank nodes) to {name}, "
                "which the server now holds only in part")
    return (f"append part {len(graph.requests) + 1} (triples {graph.triples + 1}–{graph.triples + part.triples}) "
            f"to {name}, which the server now holds only in part")


def _hint(status: int, answer: str) -> str:
    """What a refusal most likely means: wrong credentials only for 401; 403 and 405 are a server
    that does not take writes (a read-only endpoint, or an account without write permission)."""
    if status == 401:
        return " (check --user and --password)"
    if status in (403, 405):
        said = "read-only" if "read-only" in answer.lower() or "read only" in answer.lower() else ""
        return (f" (the server {'says it is read-only' if said else 'does not accept writes here'}: publish to a "
                "Graph Store endpoint that accepts PUT, with a user allowed to write)")
    return ""


def _so_far(failed: PublishedGraph, published: list[PublishedGraph]) -> str:
    """What the server holds: every graph before the failed one was sent whole (its blank-node
    part follows its other parts), the failed one at most in part."""
    done = [graph for graph in published if graph is not failed]
    if not done and not failed.requests:
        return "; no graph was uploaded"
    return f"; {len(done)} graph(s) had been replaced whole before this one; publish again to finish"
