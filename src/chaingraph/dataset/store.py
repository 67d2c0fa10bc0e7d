"""The query engine: a pyoxigraph store loaded from the built dataset.

Queries run on outputs/chaingraph.nq (written by `chaingraph build`), so asking a question never
rebuilds from YAML. Every store chaingraph queries holds the named graphs as built plus a default
graph that is their RDF merge: a triple two sources state is one triple there. (pyoxigraph's
`use_default_graph_as_union` would return it once per graph, so queries would count it twice.)
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from chaingraph.core.outputnames import DATASET_FILE
from chaingraph.core.problems import InputError, Problem, UsageError, display_path
from chaingraph.core.project import Project
from chaingraph.dataset.formats import oxigraph_quads

_MERGE_INTO_DEFAULT = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def built_dataset_path(project: Project) -> Path:
    return project.output_dir / DATASET_FILE


def existing_dataset_path(project: Project) -> Path:
    """The last build's dataset file; an InputError saying to build first when there is none."""
    path = built_dataset_path(project)
    if not path.exists() and not project.has_inputs:  # nothing here could build it
        raise UsageError(f"no built dataset at {display_path(path)} and no chaingraph project here to build "
                         "one: pass --outputs DIR (a folder `chaingraph build` wrote), or run inside a project")
    if not path.exists():
        raise InputError([Problem(display_path(path), None, "dataset", "no built dataset",
                                  "run `chaingraph build` first")])
    return path


def open_store(project: Project) -> ox.Store:
    """An in-memory store holding the last build's dataset; a clear error when there is none."""
    path = existing_dataset_path(project)
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return with_merged_default_graph(store)


def store_from_quads(quads) -> ox.Store:
    """A store holding the given quads (pyoxigraph or rdflib terms)."""
    store = ox.Store()
    store.bulk_extend(oxigraph_quads(quads))
    return with_merged_default_graph(store)


def with_merged_default_graph(store: ox.Store) -> ox.Store:
    """Fill the default graph with the merge of all named graphs (done inside the engine)."""
    store.update(_MERGE_INTO_DEFAULT)
    return store


def named_graph_quads(store: ox.Store):
    """The quads of the named graphs only (the default graph is derived from them)."""
    return (q for q in store if isinstance(q.graph_name, ox.NamedNode))
