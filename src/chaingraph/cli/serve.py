"""`chaingraph serve`: the read-only SPARQL endpoint, the query page and the explorer over HTTP."""

from __future__ import annotations

import sys

from chaingraph.cli.common import project_from


def register(commands) -> None:
    cmd = commands.add_parser("serve", help="serve the built dataset as a read-only SPARQL endpoint")
    cmd.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    cmd.add_argument("--port", type=int, default=7070, help="port (default 7070; 0 picks a free one)")
    cmd.add_argument("--outputs", help="folder holding the built dataset (default: outputs/ in the project)")
    cmd.add_argument("--time-limit", type=float, default=10.0, help="seconds a query may run (default 10)")
    cmd.add_argument("--max-rows", type=int, default=10_000, help="rows or triples per answer (default 10000)")
    cmd.add_argument("--workers", type=int, default=2, help="queries run at the same time (default 2)")
    cmd.add_argument("--quiet", action="store_true", help="do not log each request")
    cmd.set_defaults(run=run)


def run(args) -> int:
    from chaingraph.core.problems import UsageError
    from chaingraph.web.server import Limits, make_server

    if args.time_limit <= 0 or args.max_rows <= 0 or args.workers <= 0:
        raise UsageError("--time-limit, --max-rows and --workers must be positive")
    limits = Limits(time_limit=args.time_limit, max_rows=args.max_rows, workers=args.workers)
    try:
        server = make_server(project_from(args, needs_inputs=False), args.host, args.port, limits, quiet=args.quiet)
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
        server.app.workers.close()
    return 0
