"""Outputs beyond the RDF serializations, written by `chaingraph build` beside them.

Each provider is a function BuildResult -> {path: bytes}, listed here by name in the order a
build runs them; a new output is a module with `output_files` and one line in PROVIDERS.
"""

from __future__ import annotations

from pathlib import Path

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
    """Every provider's files; `stage` (chaingraph.core.progress) reports each provider as it runs."""
    files: dict[Path, bytes] = {}
    stage = stage or no_progress()
    for name, provider in PROVIDERS.items():
        with stage(name):
            files.update(provider(result))
    return files
