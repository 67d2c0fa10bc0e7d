"""`chaingraph serve`: a read-only SPARQL 1.1 Protocol endpoint over the built dataset.

Shape of a request: the HTTP thread (chaingraph.web.handler) checks the query text
(chaingraph.web.querycheck: no update, no SERVICE, FROM only on the dataset's own graphs), picks
the answer format (chaingraph.web.negotiation), then hands the query to one of a few worker
processes (chaingraph.web.workers), each with its own pyoxigraph store and no network
(chaingraph.web.sandbox). A query that runs past the time limit costs its worker, never the server.

This module is the public entry: `make_server` with its `Limits`, and the listening server that
refuses connections beyond the limit rather than queueing them.
"""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer

from chaingraph.core.namespaces import prefixes as chaingraph_prefixes
from chaingraph.core.project import Project
from chaingraph.web.app import App, graph_counts, load_examples
from chaingraph.web.handler import Handler
from chaingraph.web.limits import Limits
from chaingraph.web.workers import QueryWorkers

TOO_MANY_CONNECTIONS = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                        b"Connection: close\r\nContent-Length: 32\r\n\r\ntoo many connections; try again\n")


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 overflows when dozens of clients connect at once: their
    # connections were reset or waited a second for a SYN retry (benchmarks/load.py, 50 clients)
    request_queue_size = 128
    app: App

    def __init__(self, address, app_factory):
        super().__init__(address, Handler)
        host, port = self.server_address[:2]
        try:
            self.app = app_factory(f"http://{_url_host(host)}:{port}")
        except BaseException:
            self.server_close()
            raise
        self._connections = threading.BoundedSemaphore(self.app.limits.max_connections)

    def process_request(self, request, client_address):
        """Refuse at once, rather than queue a thread, when too many connections are open."""
        if not self._connections.acquire(blocking=False):
            try:
                request.sendall(TOO_MANY_CONNECTIONS)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._connections.release()

    @property
    def url(self) -> str:
        return self.app.base_url

    def close(self) -> None:
        """Stop serving and stop the query workers (call from another thread than serve_forever's)."""
        self.shutdown()
        self.server_close()
        self.app.workers.close()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def make_server(project: Project, host: str = "127.0.0.1", port: int = 7070, limits: Limits | None = None,
                quiet: bool = False) -> SparqlServer:
    """A server bound to host:port (port 0: any free port) with its query workers started.

    Run it with `serve_forever()`; stop it with `close()` from another thread.
    Raises chaingraph.core.problems.InputError when there is no built dataset.
    """
    limits = limits or Limits()
    graphs = graph_counts(project)  # also checks, before binding, that a built dataset exists
    examples = load_examples(project.queries)

    def app_factory(base_url: str) -> App:
        workers = QueryWorkers(project, limits)
        return App(project, limits, base_url, graphs, examples, workers, quiet, chaingraph_prefixes(project.base))

    return SparqlServer((host, port), app_factory)


def start_in_thread(server: SparqlServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, name="chaingraph-serve", daemon=True)
    thread.start()
    return thread
