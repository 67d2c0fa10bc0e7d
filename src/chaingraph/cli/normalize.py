"""`chaingraph normalize ID`: show a source's normalized text with sentence ids, for curators."""

from __future__ import annotations

from chaingraph.cli.common import project_from
from chaingraph.sources.captures import load_source


def register(commands) -> None:
    cmd = commands.add_parser("normalize", help="print a source's normalized text, one sentence a line")
    cmd.add_argument("source", help="source id (data/sources/ID.txt)")
    cmd.add_argument("--changes", action="store_true", help="also list every change the normalizer made")
    cmd.set_defaults(run=run)


def run(args) -> int:
    source = load_source(project_from(args).sources, args.source)
    normalized = source.normalized
    for sentence in normalized.sentences:
        print(f"{sentence.id}\t{sentence.kind}\t{sentence.text}")
    if args.changes:
        for change in normalized.changes:
            print(f"line {change.line}\t{change.kind}\t{change.before!r} -> {change.after!r}")
    summary = ", ".join(f"{kind}: {count}" for kind, count in sorted(normalized.summary().items()))
    print(f"# {len(normalized.sentences)} sentences; changes: {summary or 'none'}")
    return 0
