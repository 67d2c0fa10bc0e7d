"""`chaingraph publish`: upload the built dataset to a store with the SPARQL 1.1 Graph Store Protocol.

Each named graph of outputs/chaingraph.nq goes up as one `PUT {endpoint}?graph=<IRI>` holding its
triples as N-Triples. PUT replaces the graph on the server, so publishing again gives the same
store, never a second copy. Nothing is written locally.
"""

from __future__ import annotations

import base64
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from chaingraph.core.project import Project
from chaingraph.dataset.formats import FORMATS
from chaingraph.dataset.iris import short_graph_name
from chaingraph.dataset.store import existing_dataset_path

UPLOAD = FORMATS["nt"]  # every Graph Store takes N-Triples, and it needs no prefixes


class PublishError(Exception):
    """The server could not be reached or refused a graph; the message says what it answered."""


@dataclass(frozen=True)
class PublishedGraph:
    local_iri: str | None  # None: the default graph
    remote_iri: str | None
    triples: int
    status: int  # the server's answer, e.g. 201 Created or 204 No Content


def graphs_of(project: Project) -> dict[str | None, list[ox.Triple]]:
    """The built dataset's triples by graph IRI (None for the default graph), in file order."""
    path = existing_dataset_path(project)
    graphs: dict[str | None, list[ox.Triple]] = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        name = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None
        graphs.setdefault(name, []).append(quad.triple)
    return graphs


def remote_graph_iri(graph_iri: str, project: Project, graph_prefix: str | None) -> str:
    """The graph's IRI on the server: unchanged, or `graph_prefix` + its short name.

    Short names: `ontology` for the ontology graph, `source-ID` / `reference-NAME` for the graphs
    under BASE graph/, and the last path segment of any other IRI.
    """
    if not graph_prefix:
        return graph_iri
    return graph_prefix + short_graph_name(graph_iri, project.base)


def graph_url(endpoint: str, graph_iri: str | None) -> str:
    """The Graph Store Protocol URL of one graph (`?graph=...`, or `?default`)."""
    joiner = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    if graph_iri is None:
        return f"{endpoint}{joiner}default"
    return f"{endpoint}{joiner}{urllib.parse.urlencode({'graph': graph_iri})}"


class GraphStoreClient:
    """PUTs graphs with the credentials attached up front.

    A server that refuses an unauthenticated PUT (Virtuoso does) may close the connection before it
    reads a large body, and its answer would be lost in a broken pipe; so the client first learns
    the server's digest or basic challenge from a bodiless GET, then signs every PUT.
    """

    def __init__(self, endpoint: str, user: str | None, password: str | None, timeout: float):
        self.opener = urllib.request.build_opener()
        self.user, self.timeout = user, timeout
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, endpoint, user or "", password or "")
        self.digest = urllib.request.HTTPDigestAuthHandler(passwords)
        self.basic = base64.b64encode(f"{user or ''}:{password or ''}".encode()).decode("ascii")
        self.challenge: tuple[str, dict] | None = None
        self.learned = False

    def put(self, url: str, payload: bytes) -> int:
        """Replace the graph at `url`; the HTTP status, or HTTPError with the server's answer."""
        if self.user is not None and not self.learned:
            self._learn_challenge(url)
        try:
            return self._put(url, payload)
        except urllib.error.HTTPError as err:
            if err.code != 401 or self.user is None:
                raise
            self._learn_challenge(url)  # e.g. a stale nonce: one more try with a fresh one
            return self._put(url, payload)
        except (BrokenPipeError, ConnectionResetError):
            self._probe(url)  # the server answered before reading the body: hear what it said
            return self._put(url, payload)

    def _signed(self, request: urllib.request.Request) -> urllib.request.Request:
        if self.user is not None and self.challenge is not None:
            scheme, params = self.challenge
            if scheme == "basic":
                request.add_unredirected_header("Authorization", f"Basic {self.basic}")
            else:
                authorization = self.digest.get_authorization(request, params)
                if authorization:
                    request.add_unredirected_header("Authorization", f"Digest {authorization}")
        return request

    def _put(self, url: str, payload: bytes) -> int:
        request = urllib.request.Request(url, data=payload, method="PUT",
                                         headers={"Content-Type": UPLOAD.media_type,
                                                  "Content-Length": str(len(payload))})
        with self.opener.open(self._signed(request), timeout=self.timeout) as response:
            response.read()
            return response.status

    def _learn_challenge(self, url: str) -> None:
        self.learned = True
        try:
            with self.opener.open(urllib.request.Request(url, method="GET"), timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as err:
            err.read()
            if err.code != 401:
                return
            scheme, _, params = (err.headers.get("WWW-Authenticate") or "").strip().partition(" ")
            if scheme.lower() == "digest":
                self.challenge = ("digest", urllib.request.parse_keqv_list(urllib.request.parse_http_list(params)))
            elif scheme.lower() == "basic":
                self.challenge = ("basic", {})

    def _probe(self, url: str) -> None:
        """A signed bodiless GET: raises HTTPError when the server refuses it."""
        with self.opener.open(self._signed(urllib.request.Request(url, method="GET")),
                              timeout=self.timeout) as response:
            response.read()


def publish(project: Project, endpoint: str, user: str | None = None, password: str | None = None,
            graph_prefix: str | None = None, timeout: float = 120.0) -> list[PublishedGraph]:
    """Replace each graph of the built dataset on the Graph Store endpoint; the graphs as sent.

    Raises PublishError with the server's answer when it cannot be reached or refuses a graph.
    Graphs already sent stay on the server (the protocol has no transaction across graphs);
    publishing again completes the upload.
    """
    if not re.match(r"^https?://[^/\s]+", endpoint):
        raise PublishError(f"{endpoint!r} is not an http(s) URL of a Graph Store endpoint")
    client = GraphStoreClient(endpoint, user, password, timeout)
    published: list[PublishedGraph] = []
    for local_iri, triples in graphs_of(project).items():
        remote_iri = None if local_iri is None else remote_graph_iri(local_iri, project, graph_prefix)
        url = graph_url(endpoint, remote_iri)
        payload = UPLOAD.write_triples(triples, {})
        try:
            status = client.put(url, payload)
        except urllib.error.HTTPError as err:
            raise PublishError(_refusal(endpoint, remote_iri, err, published)) from None
        except OSError as err:  # URLError, refused connections and timeouts alike
            reason = getattr(err, "reason", err)
            raise PublishError(f"cannot reach {endpoint}: {reason}{_so_far(published)}") from None
        published.append(PublishedGraph(local_iri, remote_iri, len(triples), status))
    return published


def _refusal(endpoint: str, graph: str | None, err: urllib.error.HTTPError, published: list) -> str:
    body = err.read(4000).decode("utf-8", "replace") if err.fp else ""
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip()[:500]
    answered = f"{err.code} {err.reason}" + (f": {text}" if text else "")
    target = "the default graph" if graph is None else f"graph <{graph}>"
    return f"{endpoint} answered {answered} when asked to replace {target}{_hint(err.code, text)}{_so_far(published)}"


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


def _so_far(published: list[PublishedGraph]) -> str:
    if not published:
        return "; no graph was uploaded"
    return f"; {len(published)} graph(s) had been replaced before this one; publish again to finish"
