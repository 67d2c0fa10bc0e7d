"""`chaingraph build`: check the inputs, build the dataset, validate it, write outputs/."""

from __future__ import annotations

import contextlib

from chaingraph.cli.common import project_from
from chaingraph.core.problems import display_path
from chaingraph.dataset.build import build_dataset, rdf_files_in_child, write_outputs


def register(commands) -> None:
    cmd = commands.add_parser("build", help="build the graph from data/ and write outputs/")
    cmd.add_argument("--outputs", help="output folder (default: outputs/ in the project)")
    cmd.add_argument("--check", action="store_true", help="check and validate only; write nothing")
    cmd.add_argument("--clean", action="store_true",
                     help="make every source again instead of reusing unchanged ones from the output folder's cache")
    cmd.add_argument("--parallel-write", action="store_true",
                     help="write the six RDF files on a second core while the views are made: faster on two "
                          "cores, about 230 bytes more memory per quad while both run")
    cmd.set_defaults(run=run)


def run(args) -> int:
    from chaingraph.core.memory import collector_paused
    from chaingraph.core.progress import stages
    from chaingraph.dataset.build import BUILD_STAGES
    from chaingraph.views.outputs import PROVIDERS

    project = project_from(args)
    extra = [] if args.check else [*PROVIDERS, "writing"]
    stage = stages(BUILD_STAGES + extra)
    result = build_dataset(project, stage=stage, incremental=not args.check and not args.clean, keep_facts=False)
    summary = (f"{len(result.sources)} source(s), {result.entity_count} entities, "
               f"{result.statement_count} sourced statements, {result.quad_count} quads; SHACL: conforms")
    conflicts = conflict_lines(result)
    if args.check:
        print(summary)
        print("\n".join(conflicts), end="\n" if conflicts else "")
        return 0
    # By default the RDF files are written after the views, in this process: a 1M-quad build then
    # peaks within 1.5 GB. With --parallel-write a forked child writes them meanwhile, and the
    # pages of the quad objects both processes read are copied (docs/performance.md).
    beside = rdf_files_in_child(result) if args.parallel_write else contextlib.nullcontext()
    with beside as rdf_files:
        files = extra_outputs(result, stage)
        release_derived(result)
        with stage("writing"), collector_paused():  # a million quads regrouped: no garbage to find
            written = write_outputs(result, files, rdf_files)
    print(summary)
    if result.reuse is not None and result.reuse.reused:
        print(f"  reused {result.reuse.reused} unchanged source(s) from the cache; "
              f"made {len(result.reuse.changed)} again, {len(result.reuse.removed)} removed")
    print("\n".join(conflicts), end="\n" if conflicts else "")
    for path in written:
        print(f"  wrote {display_path(path)}")
    return 0


def conflict_lines(result) -> list[str]:
    """Figures two sources disagree on: both are kept in the graph; the curator should know."""
    return [f"  conflict: {conflict}" for conflict in result.conflicts]


def release_derived(result) -> None:
    """Drop what the views shared (statements, entity graph, citations: a few hundred megabytes
    at province scale) before the RDF files are written, which need only the quads."""
    from chaingraph.core.memory import release_freed_memory

    result.derived.clear()
    release_freed_memory()


def extra_outputs(result, stage=None) -> dict:
    """Outputs beyond the RDF formats (explorer page, reports...), from modules that provide them."""
    from chaingraph.views.outputs import extra_output_files

    return extra_output_files(result, stage)
