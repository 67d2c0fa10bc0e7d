"""The build: load -> check -> RDF dataset -> SHACL validation -> outputs.

Each stage is a plain function over the previous stage's value; the command line and the
Python API are thin layers over `build_dataset` and `write_outputs`.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from chaingraph.core.atomic import Streamed, build_lock, publish_files
from chaingraph.core.filesinchild import FilesInChild, files_in_child
from chaingraph.core.memory import collector_paused, release_freed_memory
from chaingraph.core.namespaces import ONTOLOGY_IRI
from chaingraph.core.outputnames import DATASET_STEM
from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.core.progress import Stage, no_progress
from chaingraph.core.project import Project, find_project
from chaingraph.dataset.built import BuiltDataset
from chaingraph.dataset.cache import BuildCache, FileRecords, nquads, shared_inputs_key, source_key
from chaingraph.dataset.fileparts import LastFile, Layout, Part
from chaingraph.dataset.focus import Node, changed_statements, focus_nodes, focus_store, incoming_read
from chaingraph.dataset.formats import FORMATS, merged_triples, write_parts_to
from chaingraph.dataset.inference import with_inferred_graph
from chaingraph.dataset.iris import Iris, minted_for_source
from chaingraph.dataset.quadindex import SortedQuadIndex
from chaingraph.dataset.quads import build_oxigraph_quads, ontology_quads, source_graph_quads, statements_by_graph
from chaingraph.dataset.shacl import Violation, validate
from chaingraph.dataset.shaclfast import UnsupportedShape, validate_store
from chaingraph.dataset.sortedquads import span_of_subjects_under
from chaingraph.dataset.voidcounts import sharing_runs
from chaingraph.facts.loader import Facts, load_facts
from chaingraph.facts.vocabulary import Vocabulary, load_vocabulary
from chaingraph.sources.captures import Source, load_sources


@dataclass
class BuildResult(BuiltDataset):
    """A dataset just built from data/, with the inputs it was built from (for curators' checks)."""

    sources: dict[str, Source] = field(default_factory=dict)
    facts: Facts = field(default_factory=lambda: Facts({}, []))
    violations: list[Violation] = field(default_factory=list)
    reuse: Reuse | None = None  # what an incremental build took from the cache (None: no cache)
    entity_count: int = 0  # of the checked facts, kept when the facts themselves are not (`keep_facts`)
    statement_count: int = 0


@dataclass
class Reuse:
    """An incremental build's use of the cache: the key of each source, and which were changed."""

    cache: BuildCache
    shared: str  # the key of the inputs every source depends on
    keys: dict[str, str]  # source id -> its key
    changed: list[str]  # sources made again (new, or changed since the cache's entry)
    removed: list[str]  # sources the last build had and this one has not
    previous: dict  # the last successful build's manifest
    inferred: list = field(default_factory=list)  # this build's inferred graph (cached beside the sources)
    validated: bool = False  # SHACL found nothing: only then may the next build trust what it reuses
    graph_keys: dict[str, str] = field(default_factory=dict)  # graph IRI -> what its quads are made from
    layouts: dict[str, Layout] = field(default_factory=dict)  # format -> where its graphs' texts stand

    @cached_property
    def inferred_nquads(self) -> bytes:
        """The inferred graph as the cache keeps it (made once: compared, then written)."""
        return nquads(self.inferred)

    @property
    def reused(self) -> int:
        return len(self.keys) - len(self.changed)


class ValidationError(Exception):
    """The built graph does not conform to the SHACL shapes; nothing was written."""

    def __init__(self, violations: list[Violation], shapes: str = "ontology/shapes.ttl"):
        self.violations = violations
        self.shapes = shapes
        super().__init__("\n".join(f"SHACL: {v}" for v in violations))


BUILD_STAGES = ["ontology", "sources", "facts", "dataset", "SHACL"]


def build_dataset(project: Project | None = None, validate_shapes: bool = True,
                  stage: Stage | None = None, incremental: bool = False, keep_facts: bool = True) -> BuildResult:
    """Load the ontology, sources and facts, check them, and build the dataset.

    Raises InputError (every problem with file, line and field) or ValidationError. `stage`
    reports progress (see chaingraph.core.progress); scripts leave it out. `incremental` reuses
    unchanged sources' quads from the output folder's cache (dataset.cache) and validates only
    what changed; `write_outputs` then updates the cache. `keep_facts=False` drops the checked
    facts once their quads are made (`chaingraph build`: at province scale they are a tenth of the
    memory SHACL and the views run beside); the result keeps their counts.
    """
    project = project or find_project()
    stage = stage or no_progress()
    cache = BuildCache.of(project) if incremental else None
    shared = shared_inputs_key(project) if incremental else ""
    with stage("ontology"):
        vocabulary = _load_vocabulary(project.ontology)
    with stage("sources"):
        sources = load_sources(project.sources)
    with stage("facts"), collector_paused():  # millions of objects made, none of them garbage
        facts = load_facts(
            sorted(project.facts.glob("*.yaml")),
            sorted(project.reference.glob("*.yaml")) if project.reference.is_dir() else [],
            vocabulary,
            sources,  # their dates let the facts stage refuse a status reported as done after the report
            FileRecords(cache, shared) if cache else None,  # unchanged files are not read again
        )
    with stage("dataset"), collector_paused():
        by_graph = statements_by_graph(facts) if cache else {}
        reuse = _reuse(project, by_graph, sources, cache, shared) if cache else None
        made = _made(reuse, by_graph, sources, vocabulary, project.base) if reuse else {}
        ontology = ontology_quads(vocabulary)
        homed: dict[str, list] = {}
        stated = build_oxigraph_quads(facts, sources, vocabulary, project.base, made, sort=False, ontology=ontology,
                                      homed=homed)
        counts = {"entity_count": len(facts.entities), "statement_count": len(facts.statements)}
        kept = facts if keep_facts else Facts({}, [])
        del facts, by_graph  # before the store is loaded, when they are not kept
        # An incremental build after a validated one looks up what the change touches in the sorted
        # quads (dataset/quadindex.py); a store of every quad is loaded only to validate everything.
        focused = reuse is not None and bool(reuse.previous)
        quads, store, inferred = with_inferred_graph(stated, project.base,
                                                     store_wanted=validate_shapes and not focused)
        del stated
        release_freed_memory()  # the sort's million key strings
        result = BuildResult(project, vocabulary, quads, sources=sources, facts=kept, reuse=reuse, **counts)
        if reuse is not None:
            reuse.inferred = inferred
            reuse.graph_keys = _graph_keys(reuse, homed, project.base)
        del homed
    if validate_shapes:
        with stage("SHACL"), collector_paused():
            if focused:
                index = SortedQuadIndex(quads, {ox.NamedNode(ONTOLOGY_IRI): ontology})
                focus = _focus(reuse, made, index)
                store = index if focus is not None else _store_of(quads)
            else:
                focus = None
            # the store inference loaded, read as the union of its named graphs: no merged copy is
            # made; an incremental build's focus store is taken from the same named graphs
            result.violations = validate_result(result, focus, store)
            del store
            result.__dict__.pop("store", None)  # a million quads twice over: made again if a script asks
            release_freed_memory()
        if result.violations:
            raise ValidationError(result.violations, display_path(project.shapes))
        if reuse is not None:
            reuse.validated = True
    return result


def validate_result(result: BuiltDataset, focus: set[Node] | None = None,
                    store: ox.Store | SortedQuadIndex | None = None) -> list[Violation]:
    """SHACL validation: the compiled fast path in pyoxigraph, or pyshacl when the shapes use a
    feature the fast path does not implement (their findings agree; see tests/test_shaclfast.py).
    `store` is a store holding the dataset's named graphs and no default graph (the build's own),
    read as their union; without it, `result.store`. `focus` limits the fast path to those nodes
    (an incremental build, dataset/focus.py), whose statements are then looked up in `store`,
    which may be the sorted quads' index instead; pyshacl checks everything."""
    shapes = Graph().parse(result.project.shapes, format="turtle")
    try:
        if focus is None and store is not None:
            return validate_store(store, shapes, union=True)
        if focus is None:
            return validate_store(result.store, shapes)
        small = focus_store(store if store is not None else result.store, focus, ox.NamedNode(ONTOLOGY_IRI),
                            incoming_read(shapes))
        shown = {node.value for node in focus}
        return [violation for violation in validate_store(small, shapes) if violation.focus in shown]
    except UnsupportedShape:
        return validate(result.quads, result.project.shapes)


def _output_makers(result: BuildResult) -> dict[Path, Streamed]:
    """The RDF files of a build, each as a function writing it into its staged file: `write_outputs`
    writes them one at a time, straight to disk, so a million-quad build never holds a whole
    serialization in memory (or a forked child does, `rdf_files_in_child`). Each is written a
    part at a time (dataset/fileparts.py): the formats that keep graphs a graph at a time, the
    others a run of the sorted quads at a time (each source's sentences, its evidence nodes, and
    what lies between), and an incremental build copies the text of each part whose quads did
    not change from the last build's file. The quads of the graphs written afresh are picked out
    once for the three formats that keep graphs."""
    out = result.project.output_dir
    reuse = result.reuse
    by_graphs, by_runs = _graph_parts(result), _run_parts(result)
    last = {name: _last_file(result, name) for name in FORMATS}

    def maker(name: str) -> Streamed:
        parts = by_graphs if FORMATS[name].keeps_graphs else by_runs
        layout = reuse.layouts.setdefault(name, {}) if reuse is not None else None
        return Streamed(lambda output: write_parts_to(output, name, result.prefixes, parts, last[name], layout))

    return {out / f"{DATASET_STEM}{fmt.extension}": maker(name) for name, fmt in FORMATS.items()}


def _graph_parts(result: BuildResult) -> list[Part]:
    """The dataset's graphs in the order of their IRIs, each a part keyed as `_graph_keys` keys it.
    The quads of those the last files may lack (the new source's, the inferred graph) are picked
    out in one pass when first asked for; any other's, with the rest, in one more."""
    keys = _with_inferred_key(result.reuse, result.project.base) if result.reuse is not None else {}
    layouts = result.reuse.previous.get("layouts", {}) if result.reuse is not None else {}
    graphs = sorted(result.graph_sizes, key=lambda g: g.value)
    picked: dict[ox.NamedNode, list[ox.Quad]] = {}

    def quads_of(graph: ox.NamedNode) -> list[ox.Quad]:
        if graph not in picked:
            expected = not picked
            wanted = {g for g in graphs if g not in picked and (not expected or not all(
                isinstance(layouts.get(name), dict) and keys.get(g.value) in layouts[name]
                for name, fmt in FORMATS.items() if fmt.keeps_graphs))} | {graph}
            picked.update(_quads_of_graphs(result.oxigraph_quads, wanted))
        return picked[graph]

    return [Part(keys.get(graph.value), result.graph_sizes[graph], lambda graph=graph: quads_of(graph))
            for graph in graphs]


def _run_parts(result: BuildResult) -> list[Part]:
    """The sorted quads cut into runs: each source's sentences and evidence nodes (keyed with the
    source's key, kept for the next build only when all of a run is its source's graph) and what
    lies between them. A source whose id extends another's shares its runs: it gets none."""
    quads = result.oxigraph_quads
    keys = result.reuse.keys if result.reuse is not None else {}
    runs, iris = [], Iris(result.project.base)
    for source_id in sorted(set(keys) - sharing_runs(keys)):
        graph = iris.graph(f"source:{source_id}")
        for kind, start in zip(("sentences", "evidence"), minted_for_source(result.project.base, source_id),
                               strict=True):
            first, end = span_of_subjects_under(quads, start)
            if end > first:
                runs.append((first, end, f"{keys[source_id]} {kind}", graph))
    parts, at = [], 0
    for first, end, key, graph in sorted(runs):
        if first > at:
            parts.append(_run(quads, at, first, None, None))
        parts.append(_run(quads, first, end, key, graph))
        at = end
    if at < len(quads):
        parts.append(_run(quads, at, len(quads), None, None))
    return parts


def _run(quads: list[ox.Quad], first: int, end: int, key: str | None, graph: ox.NamedNode | None) -> Part:
    pure: list[bool] = []

    def keepable() -> bool:  # asked once per format: the answer is kept
        if not pure:
            pure.append(all(quad.graph_name == graph for quad in quads[first:end]))
        return pure[0]

    return Part(key, end - first, lambda: merged_triples(quads[first:end]), keepable)


def _last_file(result: BuildResult, name: str) -> LastFile | None:
    """The last build's file in one format, with where its parts stand (from the cache's
    manifest), if an incremental build has them."""
    if result.reuse is None:
        return None
    layout = result.reuse.previous.get("layouts", {}).get(name) if result.reuse.previous else None
    if not isinstance(layout, dict):
        return None
    return LastFile(result.project.output_dir / f"{DATASET_STEM}{FORMATS[name].extension}", layout)


def _quads_of_graphs(quads: list[ox.Quad], wanted: set[ox.NamedNode]) -> dict[ox.NamedNode, list[ox.Quad]]:
    """The quads of the `wanted` graphs, each graph's in the build's order."""
    found: dict[ox.NamedNode, list[ox.Quad]] = {graph: [] for graph in wanted}
    for quad in quads:
        into = found.get(quad.graph_name)
        if into is not None:
            into.append(quad)
    return found


def rdf_files_in_child(result: BuildResult) -> contextlib.AbstractContextManager[FilesInChild]:
    """Start writing the RDF files in a forked child, on the second core, while the caller makes
    the views (core.filesinchild); hand what it yields to `write_outputs`. If the block fails, the
    child is stopped and its files removed."""
    return files_in_child(_output_makers(result), result.quad_count)


def write_outputs(result: BuildResult, extra: dict[Path, bytes] | None = None,
                  rdf_files: FilesInChild | None = None) -> list[Path]:
    """Write all outputs atomically under the build lock, then the cache of an incremental build;
    return the paths written. `rdf_files` (from `rdf_files_in_child`) are the RDF files a child is
    writing: they are waited for and published with the rest (written here if the child failed)."""
    with build_lock(result.project.output_dir):
        rdf = rdf_files.finished() if rdf_files is not None else _output_makers(result)
        files = rdf | (extra or {})
        publish_files(files)
        if result.reuse is not None and result.reuse.validated:  # the next build validates only what changes
            result.reuse.cache.finish(result.reuse.shared, result.reuse.keys, result.reuse.inferred_nquads,
                                      result.reuse.layouts)
    return sorted(files)


# ---------------------------------------------------------------- incremental builds


def _reuse(project: Project, by_graph: dict[str, list], sources: dict[str, Source], cache: BuildCache,
           shared: str) -> Reuse:
    """Each source's key, and which sources changed since the last successful build; `by_graph`
    is the facts' statements by graph (`statements_by_graph`)."""
    facts_paths = {display_path(path): path for path in project.facts.glob("*.yaml")}
    files_of: dict[str, set[Path]] = {}
    for graph, statements in by_graph.items():
        files_of[graph] = {facts_paths[s.file] for s in statements if s.file in facts_paths}
    keys = {source_id: source_key(shared, sorted(project.sources.glob(f"{source_id}.*")),
                                  sorted(files_of.get(f"source:{source_id}", ())))
            for source_id in sources}
    previous = cache.manifest()
    before = previous.get("sources", {}) if previous.get("shared") == shared else {}
    changed = [source_id for source_id, key in keys.items() if before.get(source_id) != key]
    removed = sorted(set(before) - set(keys))
    return Reuse(cache, shared, keys, changed, removed, previous if before else {})


def _made(reuse: Reuse, by_graph: dict[str, list], sources, vocabulary, base) -> dict[str, list]:
    """Every source's graph quads: read back from the cache, or made and kept for it."""
    made = {}
    for source_id, key in reuse.keys.items():
        quads = reuse.cache.quads(key)
        if quads is None:
            quads = source_graph_quads(sources[source_id], by_graph.get(f"source:{source_id}", []), vocabulary, base)
            reuse.cache.keep(key, quads)
        made[source_id] = quads
    return made


def _graph_keys(reuse: Reuse, homed: dict[str, list], base: str) -> dict[str, str]:
    """What each source's graph is made from, as a key of its text in the RDF files
    (dataset/fileparts.py): the source's key and the entities' labels, aliases and descriptions
    its graph carries (they go where an entity is declared first, a choice across sources)."""
    iris = Iris(base)
    keys = {}
    for source_id, key in reuse.keys.items():
        graph = iris.graph(f"source:{source_id}").value
        digest = hashlib.sha256(f"{key}\n".encode())
        digest.update(nquads(sorted(homed.get(graph, []), key=str)))
        keys[graph] = digest.hexdigest()
    return keys


def _with_inferred_key(reuse: Reuse, base: str) -> dict[str, str]:
    """The graphs' keys with the inferred graph's, the digest of its N-Quads: made when the files
    are written, so that its N-Quads (70 MB at 1M quads) are not held through SHACL by a build
    that needs them only for the cache."""
    return reuse.graph_keys | {
        Iris(base).inferred_graph().value: "inferred " + hashlib.sha256(reuse.inferred_nquads).hexdigest()}


def _focus(reuse: Reuse, made: dict[str, list], store: SortedQuadIndex) -> set[Node] | None:
    """The nodes SHACL must validate: all (None) when the last build is unknown; else those the
    statements that entered or left the dataset may affect (dataset/focus.py). `store` looks up
    the new dataset's quads."""
    if not reuse.previous:
        return None
    before = []
    for source_id in [*reuse.changed, *reuse.removed]:
        old_key = reuse.previous["sources"].get(source_id)
        if old_key is None:
            continue  # a new source: nothing before
        old = reuse.cache.quads(old_key, use=False)
        if old is None:
            return None  # the old entry is gone: validate everything
        before += old
    after = [quad for source_id in reuse.changed for quad in made[source_id]]
    # The inferred graph is made from every source at once: its changes are found by comparing
    # it with the last build's.
    changes = reuse.cache.inferred_changes(reuse.inferred_nquads)
    if changes is None:
        return None
    before += changes[0]
    after += changes[1]
    return focus_nodes(changed_statements(before, after, store), store)


def _store_of(quads: list[ox.Quad]) -> ox.Store:
    store = ox.Store()
    store.bulk_extend(quads)
    return store


def _load_vocabulary(path: Path) -> Vocabulary:
    try:
        return load_vocabulary(path)
    except FileNotFoundError:
        raise InputError([Problem(display_path(path), None, "file", "ontology not found")]) from None
    except Exception as err:  # rdflib raises several parser exception types
        raise InputError([Problem(display_path(path), None, "turtle", f"cannot parse ontology: {err}")]) from None
