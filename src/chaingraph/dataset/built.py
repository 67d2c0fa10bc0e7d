"""The built dataset, the one thing every view reads.

A `BuiltDataset` is the validated quads with the project they belong to and the vocabulary of
their ontology graph. `chaingraph build` makes one from data/ (dataset.build.build_dataset returns
a BuildResult, which is a BuiltDataset with the loaded inputs beside it) and hands it to every
output provider; `report`, `path`, `neighbours`, `query`, `serve`, `export` and `publish` read the
one the last build wrote to outputs/chaingraph.nq. So every view shows the same dataset, and a
fact edited in YAML shows up in none of them until the next build has checked it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

import pyoxigraph as ox
from rdflib import Dataset, Graph

from chaingraph.core.memory import collector_paused
from chaingraph.core.namespaces import ONTOLOGY_IRI, prefixes
from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.core.project import Project
from chaingraph.dataset.catalog import SourceRecord, source_records
from chaingraph.dataset.conflicts import Conflict, find_conflicts
from chaingraph.dataset.quads import Quad, to_dataset, to_rdflib_quads
from chaingraph.dataset.store import existing_dataset_path, with_merged_default_graph
from chaingraph.facts.vocabulary import Vocabulary, vocabulary_from_graph


@dataclass
class BuiltDataset:
    project: Project
    vocabulary: Vocabulary
    oxigraph_quads: list[ox.Quad]  # pyoxigraph terms, sorted subject first (N-Quads line order)
    # What layers above derive from the quads (the entity graph, the citations), by name: worked
    # out once per build and shared by every view, so that no view reads a million quads again.
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def quad_count(self) -> int:
        return len(self.oxigraph_quads)

    @cached_property
    def quads(self) -> list[Quad]:
        """The dataset as sorted rdflib quads, for scripts (converted on first use)."""
        return to_rdflib_quads(self.oxigraph_quads)

    @cached_property
    def dataset(self) -> Dataset:
        """The dataset as an rdflib Dataset with a union default graph (built on first use)."""
        return to_dataset(self.quads, self.project.base)

    @cached_property
    def store(self) -> ox.Store:
        """The dataset in a pyoxigraph store, for SPARQL (built on first use)."""
        store = ox.Store()
        store.bulk_extend(self.oxigraph_quads)
        return with_merged_default_graph(store)

    @cached_property
    def conflicts(self) -> list[Conflict]:
        """Values two sources disagree on (the build's summary and the report both show them)."""
        with collector_paused():  # its dicts of a province's values: full passes over every quad found nothing
            return find_conflicts(self)

    @cached_property
    def graph_sizes(self) -> Counter:
        """The quads of each named graph, counted once for every view (`void.ttl`'s subsets, the
        report's reference graphs)."""
        return Counter(map(attrgetter("graph_name"), self.oxigraph_quads))

    @cached_property
    def source_records(self) -> dict[str, SourceRecord]:
        """The sources as the dataset describes them, by id."""
        return source_records(self.oxigraph_quads, self.project.base)

    @property
    def prefixes(self) -> dict[str, str]:
        return prefixes(self.project.base)


def read_built(project: Project) -> BuiltDataset:
    """The dataset the last `chaingraph build` wrote for `project` (outputs/chaingraph.nq)."""
    path = existing_dataset_path(project)
    try:
        quads = list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
    except (SyntaxError, ValueError) as err:
        raise InputError([Problem(display_path(path), None, "dataset", f"cannot read the built dataset: {err}",
                                  "run `chaingraph build` again")]) from None
    quads.sort(key=str)  # the build's order, whatever order the file was written in
    ontology = ox.NamedNode(ONTOLOGY_IRI)
    graph = Graph()
    for triple in to_rdflib_quads([q for q in quads if q.graph_name == ontology]):
        graph.add(triple[:3])
    return BuiltDataset(project, vocabulary_from_graph(graph), quads)
