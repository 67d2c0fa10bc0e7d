"""The build: load -> check -> RDF dataset -> SHACL validation -> outputs.

Each stage is a plain function over the previous stage's value; the command line and the
Python API are thin layers over `build_dataset` and `write_outputs`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from chaingraph.core.atomic import build_lock, publish_files
from chaingraph.core.namespaces import prefixes
from chaingraph.core.outputnames import DATASET_STEM
from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.core.progress import Stage, no_progress
from chaingraph.core.project import Project, find_project
from chaingraph.dataset.formats import FORMATS, serialize
from chaingraph.dataset.quads import Quad, build_oxigraph_quads, to_dataset, to_rdflib_quads
from chaingraph.dataset.shacl import Violation, validate
from chaingraph.dataset.shaclfast import UnsupportedShape, validate_store
from chaingraph.dataset.store import with_merged_default_graph
from chaingraph.facts.loader import Facts, load_facts
from chaingraph.facts.vocabulary import Vocabulary, load_vocabulary
from chaingraph.sources.captures import Source, load_sources


@dataclass
class BuildResult:
    project: Project
    vocabulary: Vocabulary
    sources: dict[str, Source]
    facts: Facts
    oxigraph_quads: list[ox.Quad]  # the dataset as built: pyoxigraph terms, sorted subject first
    violations: list[Violation] = field(default_factory=list)

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

    @property
    def prefixes(self) -> dict[str, str]:
        return prefixes(self.project.base)


class ValidationError(Exception):
    """The built graph does not conform to the SHACL shapes; nothing was written."""

    def __init__(self, violations: list[Violation], shapes: str = "ontology/shapes.ttl"):
        self.violations = violations
        self.shapes = shapes
        super().__init__("\n".join(f"SHACL: {v}" for v in violations))


BUILD_STAGES = ["ontology", "sources", "facts", "dataset", "SHACL"]


def build_dataset(project: Project | None = None, validate_shapes: bool = True,
                  stage: Stage | None = None) -> BuildResult:
    """Load the ontology, sources and facts, check them, and build the dataset.

    Raises InputError (every problem with file, line and field) or ValidationError. `stage`
    reports progress (see chaingraph.core.progress); scripts leave it out.
    """
    project = project or find_project()
    stage = stage or no_progress()
    with stage("ontology"):
        vocabulary = _load_vocabulary(project.ontology)
    with stage("sources"):
        sources = load_sources(project.sources)
    with stage("facts"):
        facts = load_facts(
            sorted(project.facts.glob("*.yaml")),
            sorted(project.reference.glob("*.yaml")) if project.reference.is_dir() else [],
            vocabulary,
            {sid: source.normalized for sid, source in sources.items()},
        )
    with stage("dataset"):
        quads = build_oxigraph_quads(facts, sources, vocabulary, project.base)
        result = BuildResult(project, vocabulary, sources, facts, quads)
    if validate_shapes:
        with stage("SHACL"):
            result.violations = validate_result(result)
        if result.violations:
            raise ValidationError(result.violations, display_path(project.shapes))
    return result


def validate_result(result: BuildResult) -> list[Violation]:
    """SHACL validation: the compiled fast path in pyoxigraph, or pyshacl when the shapes use a
    feature the fast path does not implement (their findings agree; see tests/test_shaclfast.py)."""
    shapes = Graph().parse(result.project.shapes, format="turtle")
    try:
        return validate_store(result.store, shapes)
    except UnsupportedShape:
        return validate(result.quads, result.project.shapes)


def output_files(result: BuildResult) -> dict[Path, bytes]:
    """Every file a build writes, by path (nothing is written here)."""
    out = result.project.output_dir
    return {out / f"{DATASET_STEM}{fmt.extension}": serialize(result.oxigraph_quads, name, result.prefixes)
            for name, fmt in FORMATS.items()}


def write_outputs(result: BuildResult, extra: dict[Path, bytes] | None = None) -> list[Path]:
    """Write all outputs atomically under the build lock; return the paths written."""
    files = output_files(result) | (extra or {})
    with build_lock(result.project.output_dir):
        publish_files(files)
    return sorted(files)


def _load_vocabulary(path: Path) -> Vocabulary:
    try:
        return load_vocabulary(path)
    except FileNotFoundError:
        raise InputError([Problem(display_path(path), None, "file", "ontology not found")]) from None
    except Exception as err:  # rdflib raises several parser exception types
        raise InputError([Problem(display_path(path), None, "turtle", f"cannot parse ontology: {err}")]) from None
