"""The query engine: a pyoxigraph store loaded from the built dataset.

Queries run on outputs/chaingraph.nq (written by `chaingraph build`), so asking a question never
rebuilds from YAML. The default graph is the union of all named graphs.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from chaingraph.config import Project
from chaingraph.exports import oxigraph_quads
from chaingraph.problems import InputError, Problem, display_path

DATASET_FILE = "chaingraph.nq"


def built_dataset_path(project: Project) -> Path:
    return project.output_dir / DATASET_FILE


def open_store(project: Project) -> ox.Store:
    """An in-memory store holding the last build's dataset; a clear error when there is none."""
    path = built_dataset_path(project)
    if not path.exists():
        raise InputError([Problem(display_path(path), None, "dataset", "no built dataset",
                                  "run `chaingraph build` first")])
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return store


def store_from_quads(quads) -> ox.Store:
    """A store holding the given quads (pyoxigraph or rdflib terms)."""
    store = ox.Store()
    store.bulk_extend(oxigraph_quads(quads))
    return store
