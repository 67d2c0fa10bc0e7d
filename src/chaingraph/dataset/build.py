"""The build: load -> check -> RDF dataset -> SHACL validation -> outputs.

Each stage is a plain function over the previous stage's value; the command line and the
Python API are thin layers over `build_dataset` and `write_outputs`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from chaingraph.core.atomic import build_lock, publish_files
from chaingraph.core.outputnames import DATASET_STEM
from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.core.progress import Stage, no_progress
from chaingraph.core.project import Project, find_project
from chaingraph.dataset.built import BuiltDataset
from chaingraph.dataset.formats import FORMATS, serialize
from chaingraph.dataset.inference import with_inferred_graph
from chaingraph.dataset.quads import build_oxigraph_quads
from chaingraph.dataset.shacl import Violation, validate
from chaingraph.dataset.shaclfast import UnsupportedShape, validate_store
from chaingraph.facts.loader import Facts, load_facts
from chaingraph.facts.vocabulary import Vocabulary, load_vocabulary
from chaingraph.sources.captures import Source, load_sources


@dataclass
class BuildResult(BuiltDataset):
    """A dataset just built from data/, with the inputs it was built from (for curators' checks)."""

    sources: dict[str, Source] = field(default_factory=dict)
    facts: Facts = field(default_factory=lambda: Facts({}, []))
    violations: list[Violation] = field(default_factory=list)


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
            sources,  # their dates let the facts stage refuse a status reported as done after the report
        )
    with stage("dataset"):
        quads, store = with_inferred_graph(build_oxigraph_quads(facts, sources, vocabulary, project.base), project.base)
        result = BuildResult(project, vocabulary, quads, sources=sources, facts=facts)
        result.store = store  # loaded once, by inference
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
