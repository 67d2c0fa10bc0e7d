"""`chaingraph ingest FILE --id ID`: store a capture under data/sources/ and show what normalizing changed."""

from __future__ import annotations

from pathlib import Path

from chaingraph.cli.common import project_from
from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.sources.ingest import ingest


def register(commands) -> None:
    cmd = commands.add_parser("ingest", help="add a captured article to data/sources/ and normalize it")
    cmd.add_argument("file", help="the capture as saved from the web (UTF-8 or GB18030 text, HTML remnants welcome)")
    cmd.add_argument("--id", required=True, dest="source_id", help="source id, a slug such as zigong-gaoxinqu-2024-08")
    cmd.add_argument("--title", help="title (default: the article's headline line)")
    cmd.add_argument("--publisher",
                     help="the newspaper or site that published the article, as ZH or ZH=EN (default: the capture's "
                          "来源 line, the masthead of its dateline or the site's name; required when none is found)")
    cmd.add_argument("--date", help="publication date YYYY-MM-DD (default: the capture's dateline, 发布时间 line or "
                                    "8月5日讯; a warning says when none is found)")
    cmd.add_argument("--url", help="the page's address")
    cmd.add_argument("--force", action="store_true",
                     help="replace a different capture under this id, or ingest bytes already stored under another id")
    cmd.set_defaults(run=run)


def run(args) -> int:
    project = project_from(args)
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError([Problem(display_path(path), None, "file", f"cannot read: {err.strerror}")]) from None
    result = ingest(project, data, args.source_id, title=args.title, publisher=args.publisher,
                    date=args.date, url=args.url, force=args.force)
    if result.status == "unchanged":
        print(f"{args.source_id}: already ingested, nothing changed ({display_path(result.capture)})")
        return 0
    for line in result.report():
        print(line)
    print(f"{result.status} {display_path(result.capture)} and {display_path(result.meta)}")
    print(f"next: chaingraph extract {args.source_id} -o data/facts/{args.source_id}.yaml")
    return 0
