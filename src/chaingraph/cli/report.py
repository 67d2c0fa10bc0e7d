"""`chaingraph report`: the planners' report (coverage, gaps, hubs, partners, policies) and the
chain figure, written to outputs/report.md, report.html, chain.svg and chain.png.

It reads the dataset the last build wrote (like query, serve and export), so the report never
shows facts that the build has not checked; `chaingraph build` writes the same report itself.
"""

from __future__ import annotations

from chaingraph.analysis.chain import NameNotFound
from chaingraph.cli.common import project_from
from chaingraph.core.atomic import build_lock, publish_files
from chaingraph.core.problems import display_path
from chaingraph.dataset.built import read_built


def register(commands) -> None:
    cmd = commands.add_parser("report", help="write the chain report and figure to outputs/")
    cmd.add_argument("--outputs", help="output folder (default: outputs/ in the project)")
    cmd.add_argument("--zone", help="the zone to report on: id, Chinese or English label, or alias "
                                    "(default: the place most facts are attached to)")
    cmd.set_defaults(run=run)


def run(args) -> int:
    from chaingraph.core.problems import UsageError
    from chaingraph.views.report import build_report, report_files

    project = project_from(args, needs_inputs=False)
    result = read_built(project)
    try:
        report = build_report(result, args.zone)
    except NameNotFound as err:
        raise UsageError(f"--zone: {err}") from None
    files = report_files(report, project.output_dir)
    with build_lock(project.output_dir):  # never interleaved with a build writing the same folder
        publish_files(files)
    for path in sorted(files):
        print(f"  wrote {display_path(path)}")
    return 0
