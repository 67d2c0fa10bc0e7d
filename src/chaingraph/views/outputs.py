"""Outputs beyond the RDF serializations, written by `chaingraph build` beside them.

Each provider is a function BuildResult -> {path: bytes}, listed here by name in the order a
build runs them; a new output is a module with `output_files` and one line in PROVIDERS.
"""

from __future__ import annotations

from pathlib import Path

from chaingraph.core.memory import collector_paused
from chaingraph.core.progress import no_progress
from chaingraph.dataset import description
from chaingraph.views import explorer, graphfiles, report

PROVIDERS = {
    "description": description.output_files,  # VoID/DCAT dataset description
    "explorer": explorer.output_files,        # the planners' explorer page
    "graphtools": graphfiles.output_files,    # GraphML and GEXF
    "report": report.output_files,            # planners' report and chain figure
}


def extra_output_files(result, stage=None) -> dict[Path, bytes]:
    """Every provider's files; `stage` (chaingraph.core.progress) reports each provider as it runs.

    The cycle collector is paused over all of them: they keep what they share (the statements,
    the entity graph, the citations: millions of dicts and lists at province scale) until the last
    one has run, and each full pass of the collector went over all of it and freed nothing. At 1M
    quads, adding one source, that was 2 to 5 s of CPU each for `void.ttl`, the graph files and the
    report (docs/performance.md). What they drop is freed by reference counting; the few cycles
    left (the figure's) are collected when the collector runs again."""
    files: dict[Path, bytes] = {}
    stage = stage or no_progress()
    with collector_paused():
        for name, provider in PROVIDERS.items():
            with stage(name):
                files.update(provider(result))
    return files
