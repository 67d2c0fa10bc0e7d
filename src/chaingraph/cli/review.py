"""`chaingraph review ID`: review the draft of a source on a page served on 127.0.0.1."""

from __future__ import annotations

import sys


def register(commands) -> None:
    cmd = commands.add_parser("review", help="review a source's draft on a local page and save its facts file")
    cmd.add_argument("source", help="source id (data/sources/ID.txt)")
    cmd.add_argument("--port", type=int, default=7071, help="port on 127.0.0.1 (default 7071; 0 picks a free one)")
    cmd.add_argument("--force", action="store_true",
                     help="review even if data/facts/ID.yaml exists (a save replaces it)")
    cmd.set_defaults(run=run)


def run(args) -> int:
    from chaingraph.authoring.review.server import ReviewServer
    from chaingraph.cli.common import project_from
    from chaingraph.core.problems import UsageError, display_path
    from chaingraph.core.values import ID_PATTERN
    from chaingraph.sources.captures import load_source

    project = project_from(args)
    if not ID_PATTERN.match(args.source):
        raise UsageError(f"{args.source!r} is not a source id (a lowercase slug such as zigong-gaoxinqu-2024-08)")
    load_source(project.sources, args.source)  # an unknown id fails here, with the folder it looked in
    target = project.facts / f"{args.source}.yaml"
    if target.exists() and not args.force:
        raise UsageError(f"{display_path(target)} exists; it may hold curated facts (use --force to review anyway)")
    print(f"chaingraph: drafting {args.source} and reading the project's facts ...", file=sys.stderr, flush=True)
    try:
        server = ReviewServer(project, args.source, args.port)
    except OSError as err:
        raise UsageError(f"cannot listen on 127.0.0.1:{args.port}: {err.strerror}") from None
    print(f"chaingraph: review {args.source} at {server.url}/ (this machine only; Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("chaingraph: stopped", file=sys.stderr)
    finally:
        server.socket.close()
    return 0
