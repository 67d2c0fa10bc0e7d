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
from chaingraph.sources.captures import Source, load_source
from chaingraph.sources.metadata import read_capture_meta


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
    reference_files = sorted(project.reference.glob("*.yaml")) if project.reference.is_dir() else []
    gazetteer = build_gazetteer(fact_files + reference_files, exclude)  # reference chains: products' segments
    date, where = _source_date(source)
    draft = extract(source.normalized, source.id, gazetteer, date)
    if not (source.date or source.visit_date):
        print(f"warning: {_date_warning(source, draft.source_date, where)}", file=sys.stderr)
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
    print("next: review it (check the English labels marked `# en proposed`, confirm `existing:` links), "
          "then chaingraph build")
    return 0


def _source_date(source: Source) -> tuple[str | None, str | None]:
    """The date relative dates resolve against: the metadata's, else the one the capture names (by the
    rules `chaingraph ingest` uses), with where it came from."""
    if source.date or source.visit_date:
        return source.date or source.visit_date, None
    found = read_capture_meta(source.normalized, source.url)
    finding = found.date or found.visit_date
    return (finding.value, f"{finding.how} ({finding.line!r})") if finding else (None, None)


def _date_warning(source: Source, used: str | None, where: str | None) -> str:
    meta = f"data/sources/{source.id}.meta.yaml"
    if used is None:
        return (f"no date in {meta} nor in the capture: relative dates (去年, 6月底) stay unresolved; "
                "add `date: YYYY-MM-DD` to the metadata")
    where = where or "the first date the article's head names"
    return (f"{meta} has no date; the draft uses {used}, read from {where}: "
            f"add `date: {used}` to the metadata if it is right")
