"""The dataset description (VoID, DCAT and Dublin Core) that `chaingraph build` writes as outputs/void.ttl.

It counts what the build's files hold: triples, entities, every class and property, every named
graph; it names the sources with their titles and publishers, carries the licence notes and the
build date. It is a separate file rather than a graph inside the dataset, so the counts never
have to count themselves.

The build date keeps builds byte-identical: it is SOURCE_DATE_EPOCH when set (the reproducible-
builds convention), else the date of the project's last git commit when the project is a git
checkout, else today's date.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from chaingraph.core.namespaces import DCAT, ONTOLOGY_IRI, VOID
from chaingraph.core.outputnames import DATASET_STEM, DESCRIPTION
from chaingraph.dataset.formats import FORMATS, oxigraph_quads
from chaingraph.dataset.iris import is_inferred_graph
from chaingraph.dataset.sparql import compact_iri
from chaingraph.dataset.voidcounts import (
    DCTERMS,
    DCTERMS_LICENSE,
    RDF_TYPE,
    RDFS_LABEL,
    SOURCE_PROPERTIES,
    Counts,
    count_quads,
    count_with_cache,
)

XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")

RIGHTS_NOTE = {
    "en": "Facts and short quotes are derived from the news reports named as dcterms:source; each report's "
          "own rights statement applies to its quotes. The chaingraph ontology is licensed CC BY 4.0.",
    "zh": "事实与简短引文摘自 dcterms:source 所列的新闻报道，引文的权利以各报道自身的声明为准；"
          "chaingraph 本体以 CC BY 4.0 许可发布。",
}


INFERRED_NOTE = {
    "en": "What the build derives from the stated facts: every superclass of an entity's class, the "
          "containment of places (cg:partOf, cg:locatedIn), the holder of a project's capacity, the first and "
          "last day of every date. Part of the default graph; each derived relation has evidence naming its rule.",
    "zh": "构建由所述事实推出的三元组：实体所属类的全部上位类、地点的包含关系（cg:partOf、cg:locatedIn）、"
          "项目产能的运营主体、每个日期所指时段的首末日。属于默认图；每条推出的关系都有注明规则的证据。",
}


def output_files(result) -> dict[Path, bytes]:
    """Build output provider: {outputs/void.ttl: the description of `result`'s dataset}."""
    date = build_date(result.project.root)
    quads = getattr(result, "oxigraph_quads", None) or result.quads  # pyoxigraph terms when the build has them
    graph_sizes = getattr(result, "graph_sizes", None)
    reuse = getattr(result, "reuse", None)  # an incremental build: most counts are in the cache
    counts = None
    if reuse is not None and graph_sizes is not None:
        counts = count_with_cache(quads, result.project.base, reuse.keys, reuse.cache, graph_sizes)
    description = describe(quads, result.prefixes, date, graph_sizes, counts)
    return {result.project.output_dir / DESCRIPTION: description}


def describe(quads, prefixes: dict[str, str], created: str, graph_sizes: Counter | None = None,
             counts: Counts | None = None) -> bytes:
    """The VoID/DCAT description of a dataset given as quads (rdflib or pyoxigraph, sorted by their
    N-Quads line as the build sorts them), as Turtle; `graph_sizes` counts the quads of each
    graph when the caller has counted them, `counts` everything the description counts
    (dataset/voidcounts.py) when an incremental build has."""
    quads = oxigraph_quads(quads)
    base = prefixes["id"]
    dataset = ox.NamedNode(f"{base}dataset")
    stats = counts if counts is not None else count_quads(quads, graph_sizes)
    out: list[ox.Triple] = []

    def add(subject, predicate, obj) -> None:
        predicate = predicate if isinstance(predicate, ox.NamedNode) else ox.NamedNode(predicate)
        out.append(ox.Triple(subject, predicate, obj))

    add(dataset, RDF_TYPE, ox.NamedNode(VOID.Dataset))
    add(dataset, RDF_TYPE, ox.NamedNode(DCAT.Dataset))
    add(dataset, DCTERMS + "title", ox.Literal("产业链知识图谱", language="zh"))
    add(dataset, DCTERMS + "title", ox.Literal("chaingraph industrial-chain knowledge graph", language="en"))
    add(dataset, DCTERMS + "created", ox.Literal(created, datatype=XSD_DATE))
    for language, note in RIGHTS_NOTE.items():
        add(dataset, DCTERMS + "rights", ox.Literal(note, language=language))
    add(dataset, VOID.uriSpace, ox.Literal(base))
    _add_counts(add, dataset, stats)
    _add_partitions(add, dataset, stats, prefixes)
    _add_graphs(add, dataset, stats)
    _add_sources(add, out, dataset, stats)
    _add_vocabularies(add, dataset, stats, prefixes)
    _add_distributions(add, dataset)
    # partitions and distributions are fragments of the dataset IRI: a prefix keeps them readable
    own_prefixes = {**prefixes, "dataset": f"{dataset.value}#"}
    return ox.serialize(sorted(set(out), key=str), format=ox.RdfFormat.TURTLE, prefixes=own_prefixes)


def _count(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


def _add_counts(add, dataset, stats: Counts) -> None:
    add(dataset, VOID.triples, _count(stats.triples))
    add(dataset, VOID.entities, _count(stats.entities))
    add(dataset, VOID.distinctSubjects, _count(stats.subjects))
    add(dataset, VOID.distinctObjects, _count(stats.objects))
    add(dataset, VOID.classes, _count(len(stats.class_sizes)))
    add(dataset, VOID.properties, _count(len(stats.property_sizes)))


def _add_partitions(add, dataset, stats: Counts, prefixes) -> None:
    for cls, size in stats.class_sizes.items():
        partition = ox.NamedNode(f"{dataset.value}#class-{_slug(cls, prefixes)}")
        add(dataset, VOID.classPartition, partition)
        add(partition, VOID["class"], cls)
        add(partition, VOID.entities, _count(size))
    for prop, count in stats.property_sizes.items():
        partition = ox.NamedNode(f"{dataset.value}#property-{_slug(prop, prefixes)}")
        add(dataset, VOID.propertyPartition, partition)
        add(partition, VOID.property, prop)
        add(partition, VOID.triples, _count(count))


def _add_graphs(add, dataset, stats: Counts) -> None:
    """Each named graph is a subset with its own triple count; the ontology keeps its licence, and
    the inferred graph says what it holds (dataset/inference.py)."""
    for graph, count in stats.graph_sizes.items():
        add(dataset, VOID.subset, graph)
        add(graph, RDF_TYPE, ox.NamedNode(VOID.Dataset))
        add(graph, VOID.triples, _count(count))
        if is_inferred_graph(graph):
            for language, note in INFERRED_NOTE.items():
                add(graph, DCTERMS + "description", ox.Literal(note, language=language))
    ontology = ox.NamedNode(ONTOLOGY_IRI)
    for triple in stats.triples_of(DCTERMS_LICENSE):
        if triple.subject == ontology:
            add(ontology, DCTERMS_LICENSE, triple.object)


def _add_sources(add, out, dataset, stats: Counts) -> None:
    sources = stats.sources
    publishers = set()
    for predicate in SOURCE_PROPERTIES:
        for t in stats.triples_of(predicate):
            if t.subject in sources:
                out.append(t)
                if predicate.value == DCTERMS + "publisher":
                    publishers.add(t.object)
    for source in sources:
        add(dataset, DCTERMS + "source", source)
    out.extend(t for t in stats.triples_of(RDFS_LABEL) if t.subject in publishers)


def _add_vocabularies(add, dataset, stats: Counts, prefixes) -> None:
    used = {p.value for p in stats.property_sizes} | {c.value for c in stats.class_sizes}
    data_namespaces = {prefixes[name] for name in ("id", "source", "sentence", "evidence", "graph")}
    for namespace in set(prefixes.values()) - data_namespaces:
        if any(term.startswith(namespace) for term in used):
            add(dataset, VOID.vocabulary, ox.NamedNode(namespace))


def _add_distributions(add, dataset) -> None:

    for name, fmt in FORMATS.items():
        distribution = ox.NamedNode(f"{dataset.value}#distribution-{name}")
        add(dataset, DCAT.distribution, distribution)
        add(distribution, RDF_TYPE, ox.NamedNode(DCAT.Distribution))
        add(distribution, DCTERMS + "title", ox.Literal(f"{DATASET_STEM}{fmt.extension}"))
        add(distribution, DCAT.mediaType, ox.NamedNode(f"https://www.iana.org/assignments/media-types/{fmt.media_type}"))


def _slug(term: ox.NamedNode, prefixes: dict[str, str]) -> str:
    compact = compact_iri(term.value, prefixes)
    if compact.startswith("<"):  # no prefix fits: fall back on a short stable digest
        import hashlib

        return "iri-" + hashlib.sha256(term.value.encode()).hexdigest()[:12]
    return compact.replace(":", "-")


def build_date(project_root: Path) -> str:
    """The build date (YYYY-MM-DD): SOURCE_DATE_EPOCH, else the last git commit's date, else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
    committed = _git_commit_date(project_root)
    return committed or dt.date.today().isoformat()


def _git_commit_date(root: Path) -> str | None:
    """The committer date of HEAD when `root` is the top of a git checkout, else None."""
    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    top = git("rev-parse", "--show-toplevel")
    if not top or Path(top).resolve() != Path(root).resolve():
        return None
    committed = git("log", "-1", "--format=%cI")
    return committed[:10] if committed else None
