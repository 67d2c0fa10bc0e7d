"""`chaingraph serve`: a read-only SPARQL 1.1 Protocol endpoint over the built dataset.

Shape of a request: uvicorn reads it on one event loop (chaingraph.web.protocol adds the limits on
connections and request heads), the ASGI application (chaingraph.web.handler) checks the query
text (chaingraph.web.querycheck: no update, no SERVICE), picks the answer format
(chaingraph.web.negotiation), and the query waits its turn (chaingraph.web.queue) for one of a few
worker processes (chaingraph.web.workers), each with its own pyoxigraph store and no network
(chaingraph.web.sandbox). A query that runs past the time limit costs its worker, never the server;
an idle connection costs a socket, never a thread.

This module is the public entry: `make_server` with its `Limits`, and the running server.
"""

from __future__ import annotations

import dataclasses
import resource
import socket
import threading

import uvicorn

from chaingraph.core.namespaces import prefixes as chaingraph_prefixes
from chaingraph.core.project import Project
from chaingraph.web.app import App, graph_counts, load_examples
from chaingraph.web.handler import Endpoint
from chaingraph.web.limits import Limits
from chaingraph.web.protocol import GuardedHttpProtocol
from chaingraph.web.workers import QueryWorkers

LISTEN_BACKLOG = 1024  # connections the kernel holds while the loop accepts (50 clients at once fit)


class SparqlServer:
    """The bound socket, the endpoint's App and the uvicorn server that runs it."""

    def __init__(self, listener: socket.socket, app: App):
        self.listener = listener
        self.app = app
        self.server_address = listener.getsockname()
        protocol = type("ChaingraphProtocol", (GuardedHttpProtocol,), {"limits": app.limits})
        config = uvicorn.Config(Endpoint(app), http=protocol, loop="asyncio", lifespan="off", log_config=None,
                                access_log=False, server_header=False, proxy_headers=False, backlog=LISTEN_BACKLOG,
                                timeout_keep_alive=int(max(1, app.limits.keep_alive)),
                                timeout_graceful_shutdown=3)
        self.uvicorn = uvicorn.Server(config)
        self._stopped = threading.Event()

    @property
    def url(self) -> str:
        return self.app.base_url

    def serve_forever(self) -> None:
        """Serve until `close()` (from another thread) or Ctrl-C (in the main thread: KeyboardInterrupt)."""
        try:
            self.uvicorn.run(sockets=[self.listener])
        finally:
            self._stopped.set()

    def close(self) -> None:
        """Stop serving and stop the query workers (call from another thread than serve_forever's)."""
        self.uvicorn.should_exit = True
        if self.uvicorn.started:
            self._stopped.wait(30)
        self.server_close()

    def server_close(self) -> None:
        self.listener.close()
        self.app.queue.close()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto given explicitly: asyncio turns Nagle's algorithm off (TCP_NODELAY) only on sockets whose
    # proto says TCP, and an accepted socket inherits the listener's
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(LISTEN_BACKLOG)
        listener.set_inheritable(True)
    except BaseException:
        listener.close()
        raise
    return listener


def _raise_open_files_limit(connections: int) -> int:
    """Raise this process's open-file limit towards what `connections` need; the connections it allows."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = connections + 256  # the workers' pipes, the dataset, the page files
    if soft != resource.RLIM_INFINITY and soft < wanted:
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    return connections if soft == resource.RLIM_INFINITY else max(1, min(connections, soft - 256))


def make_server(project: Project, host: str = "127.0.0.1", port: int = 7070, limits: Limits | None = None,
                quiet: bool = False, public_url: str | None = None,
                cors_origins: tuple[str, ...] = ()) -> SparqlServer:
    """A server bound to host:port (port 0: any free port) with its query workers started.

    Run it with `serve_forever()`; stop it with `close()` from another thread.
    Raises chaingraph.core.problems.InputError when there is no built dataset, OSError when the
    address cannot be bound.
    """
    limits = limits or Limits()
    allowed = _raise_open_files_limit(limits.max_connections)
    if allowed < limits.max_connections:
        limits = dataclasses.replace(limits, max_connections=allowed)
    graphs = graph_counts(project)  # also checks, before binding, that a built dataset exists
    examples = load_examples(project.queries)
    listener = _bind(host, port)
    try:
        bound_host, bound_port = listener.getsockname()[:2]
        shown = "127.0.0.1" if bound_host in ("0.0.0.0", "::") else bound_host
        workers = QueryWorkers(project, limits)
        app = App(project, limits, f"http://{_url_host(shown)}:{bound_port}", graphs, examples, workers, quiet,
                  chaingraph_prefixes(project.base), public_url.rstrip("/") + "/sparql" if public_url else None,
                  tuple(origin.rstrip("/") for origin in cors_origins))
    except BaseException:
        listener.close()
        raise
    return SparqlServer(listener, app)


def start_in_thread(server: SparqlServer) -> threading.Thread:
    """Serve in a daemon thread; returns once the server accepts connections."""
    thread = threading.Thread(target=server.serve_forever, name="chaingraph-serve", daemon=True)
    thread.start()
    for _ in range(600):
        if server.uvicorn.started or not thread.is_alive():
            break
        threading.Event().wait(0.05)
    return thread
