"""`chaingraph serve`: the read-only SPARQL endpoint, the query page and the explorer over HTTP."""

from __future__ import annotations

import re
import sys

from chaingraph.cli.common import project_from

_ORIGIN = re.compile(r"^(\*|https?://[^/\s]+)$")


def register(commands) -> None:
    cmd = commands.add_parser("serve", help="serve the built dataset as a read-only SPARQL endpoint")
    cmd.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    cmd.add_argument("--port", type=int, default=7070, help="port (default 7070; 0 picks a free one)")
    cmd.add_argument("--outputs", help="folder holding the built dataset (default: outputs/ in the project)")
    cmd.add_argument("--time-limit", type=float, default=10.0, help="seconds a query may run (default 10)")
    cmd.add_argument("--max-rows", type=int, default=10_000, help="rows or triples per answer (default 10000)")
    cmd.add_argument("--workers", type=int, default=2, help="queries run at the same time (default 2)")
    cmd.add_argument("--queue", type=int, default=64,
                     help="queries that may wait for a worker; one more is refused with 503 (default 64)")
    cmd.add_argument("--queue-wait", type=float, default=30.0,
                     help="seconds a query may wait for a worker before a 503 (default 30)")
    cmd.add_argument("--max-connections", type=int, default=4096,
                     help="open connections; one more is refused with 503 (default 4096)")
    cmd.add_argument("--answer-cache", type=float, default=32.0, metavar="MB",
                     help="megabytes of answers kept for a question asked again on the same dataset "
                          "(default 32; 0 runs every query)")
    cmd.add_argument("--public-url", help="the URL clients reach the server at, e.g. https://graph.example.org "
                                          "(advertised in the service description; default: the Host they used)")
    cmd.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                     help="let pages on ORIGIN (e.g. https://yasgui.example.org, or *) read answers; repeatable "
                          "(default: no other origin)")
    cmd.add_argument("--quiet", action="store_true", help="do not log each request")
    cmd.set_defaults(run=run)


def run(args) -> int:
    from chaingraph.core.problems import UsageError
    from chaingraph.web.server import Limits, make_server

    if (min(args.time_limit, args.max_rows, args.workers, args.queue_wait, args.max_connections) <= 0
            or min(args.queue, args.answer_cache) < 0):
        raise UsageError("--time-limit, --max-rows, --workers, --queue-wait and --max-connections must be positive "
                         "(--queue and --answer-cache may be 0)")
    for origin in args.cors_origin:
        if not _ORIGIN.match(origin.rstrip("/")):
            raise UsageError(f"--cors-origin {origin!r} is not an origin such as https://example.org (or *)")
    if args.public_url and not re.match(r"^https?://[^/\s]+(/\S*)?$", args.public_url):
        raise UsageError(f"--public-url {args.public_url!r} is not an http(s) URL")
    limits = Limits(time_limit=args.time_limit, max_rows=args.max_rows, workers=args.workers,
                    queue_length=args.queue, queue_wait=args.queue_wait, max_connections=args.max_connections,
                    answer_cache_bytes=int(args.answer_cache * 1024 * 1024))
    try:
        server = make_server(project_from(args, needs_inputs=False), args.host, args.port, limits, quiet=args.quiet,
                             public_url=args.public_url, cors_origins=tuple(args.cors_origin))
    except OSError as err:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {err.strerror}") from None
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"chaingraph: listening on {args.host}: other machines can reach this endpoint", file=sys.stderr)
    print(f"chaingraph: SPARQL endpoint {server.url}/sparql, query page {server.url}/ "
          f"(Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("chaingraph: stopped", file=sys.stderr)
    finally:
        server.server_close()
    return 0
