"""`chaingraph extract ID [-o FILE]`: propose a draft facts file for a curator to confirm."""

from __future__ import annotations

import sys
from pathlib import Path

from chaingraph.authoring.extract import extract
from chaingraph.authoring.extract.candidates import kind_counts
from chaingraph.authoring.extract.draft import draft_yaml
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.cli.common import project_from
from chaingraph.core.atomic import OutputError, write_atomic
from chaingraph.core.problems import display_path
from chaingraph.sources.captures import load_source


def register(commands) -> None:
    cmd = commands.add_parser("extract", help="propose a draft facts file for a source (candidates to confirm)")
    cmd.add_argument("source", help="source id (data/sources/ID.txt)")
    cmd.add_argument("-o", "--output", help="write the draft here (default: print it)")
    cmd.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    cmd.add_argument("--no-own-facts", action="store_true",
                     help="do not link to entities that only this source's own facts file declares")
    cmd.set_defaults(run=run)


def run(args) -> int:
    project = project_from(args)
    source = load_source(project.sources, args.source)
    exclude = {args.source} if args.no_own_facts else set()
    fact_files = sorted(project.facts.glob("*.yaml")) if project.facts.is_dir() else []
    gazetteer = build_gazetteer(fact_files, exclude)
    draft = extract(source.normalized, source.id, gazetteer, source.date or source.visit_date)
    text = draft_yaml(draft)
    counts = kind_counts(draft)
    linked = sum(1 for c in draft.candidates if c.existing)
    summary = (f"{len(draft.candidates)} candidates ({', '.join(f'{k}: {n}' for k, n in sorted(counts.items()))}); "
               f"{linked} linked to existing ids")
    if not args.output:
        sys.stdout.write(text)
        print(f"# {summary}", file=sys.stderr)
        return 0
    path = Path(args.output)
    if path.exists() and not args.force:
        raise OutputError(f"{display_path(path)} exists; it may hold curated facts (use --force to overwrite)")
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as err:
        raise OutputError(f"cannot write {display_path(path)}: {err.strerror}") from None
    print(f"wrote {display_path(path)}: {summary}")
    print("next: review it (fill every `en: TODO`, confirm `existing:` links), then chaingraph build")
    return 0
