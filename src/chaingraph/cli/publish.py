"""`chaingraph publish`: upload the built dataset to a SPARQL 1.1 Graph Store endpoint."""

from __future__ import annotations

import getpass
import os
import sys

from chaingraph.cli.common import project_from
from chaingraph.web.graphstore import PART_TRIPLES


def register(commands) -> None:
    cmd = commands.add_parser("publish", help="upload each named graph to a store (Graph Store Protocol, PUT + POST)")
    cmd.add_argument("--endpoint", required=True,
                     help="the store's Graph Store endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph) or "
                          "http://127.0.0.1:8890/sparql-graph-crud-auth (Virtuoso)")
    cmd.add_argument("--user", help="user for digest or basic authentication")
    cmd.add_argument("--password", help="password (default: $CHAINGRAPH_PASSWORD, else asked for)")
    cmd.add_argument("--graph-prefix", help="publish graph ID as <PREFIX + ID> instead of its own IRI")
    cmd.add_argument("--outputs", help="folder holding the built dataset (default: outputs/ in the project)")
    cmd.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the server per request")
    cmd.add_argument("--part-triples", type=int, default=PART_TRIPLES, metavar="N",
                     help=f"send a graph in parts of at most N triples: PUT the first, POST the rest "
                          f"(default {PART_TRIPLES:,})")
    cmd.set_defaults(run=run)


def run(args) -> int:
    from chaingraph.core.problems import UsageError
    from chaingraph.web.publish import PublishError, publish

    prefix = args.graph_prefix
    if args.part_triples < 1:
        raise UsageError(f"--part-triples must be at least 1, not {args.part_triples}")
    if prefix is not None and (":" not in prefix or any(c in prefix for c in ' <>"{}|^`\\')):
        raise UsageError(f"--graph-prefix {prefix!r} is not an absolute IRI")
    password = args.password
    if args.user and password is None:
        password = os.environ.get("CHAINGRAPH_PASSWORD")
        if password is None:
            password = getpass.getpass(f"password for {args.user}: ") if sys.stdin.isatty() else ""
    project = project_from(args, needs_inputs=False)  # publish reads only the built dataset
    try:
        graphs = publish(project, args.endpoint, args.user, password, prefix, args.timeout, args.part_triples)
    except PublishError as err:
        print(f"chaingraph: publish failed: {err}", file=sys.stderr)
        return 1
    for graph in graphs:
        name = "default graph" if graph.remote_iri is None else f"<{graph.remote_iri}>"
        sent = graph.requests
        print(f"  {name}: {graph.triples} triples (HTTP {graph.status}) in {len(sent)} request(s), "
              f"{sum(r.bytes for r in sent)} bytes, {sum(r.seconds for r in sent):.3f} s")
    print(f"published {len(graphs)} graph(s), {sum(g.triples for g in graphs)} triples to {args.endpoint}")
    return 0
