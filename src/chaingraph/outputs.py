"""Outputs beyond the RDF serializations, written by `chaingraph build` beside them.

Each provider is a function BuildResult -> {path: bytes}; providers are looked up by module
name so a stage that is not installed simply contributes nothing.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from chaingraph.progress import no_progress

PROVIDERS = (
    "chaingraph.description:output_files",   # VoID/DCAT dataset description
    "chaingraph.explorer:output_files",      # the planners' explorer page
    "chaingraph.graphtools:output_files",    # GraphML and GEXF
    "chaingraph.report:output_files",        # planners' report and chain figure
)


def extra_output_files(result, stage=None) -> dict[Path, bytes]:
    """Every provider's files; `stage` (chaingraph.progress) reports each provider as it runs."""
    files: dict[Path, bytes] = {}
    stage = stage or no_progress()
    for provider in PROVIDERS:
        module_name, _, function = provider.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as err:
            if err.name == module_name:
                continue
            raise
        with stage(module_name.rsplit(".", 1)[-1]):
            files.update(getattr(module, function)(result))
    return files
