"""What the dataset description (`void.ttl`, dataset/description.py) counts, and how an
incremental build counts most of it without reading most of the quads.

The counts are of the merged graph: a triple stated in several graphs counts once, except in its
graphs' own sizes. A clean build reads every quad once (`count_quads`). The quads come sorted by
their N-Quads line (the build's order), so the copies of one triple in several graphs are
neighbours, and comparing each quad with the one before finds them.

An incremental build (`count_with_cache`) reads most of them from the build cache instead. The
nodes a source's graph mints for itself, its sentences and evidence nodes (dataset/iris.py), are
most of the dataset, and no other graph states anything about them: a triple about one of them
is that source's alone, and so is the node. Their quads stand in two runs of the sorted quads,
which a binary search finds, and what the description counts of those runs (quads, subjects,
typed subjects, triples by property and by class, the objects as N-Triples terms, and the few
triples the description copies) is kept in the cache beside the source's quads, under the same
key (`dataset/cache.py`, KEY.void.json, JSON). Those counts add up across sources, but the
objects, which other graphs name too (entities, quotes, numbers), are a union. Everything else
is counted from the quads at every build: the entities' statements and types (several sources
state the same ones), labels, publishers, the sources' own nodes (the inferred graph types
them), and the inferred, ontology and reference graphs.

Kept counts are used only when the two runs hold exactly as many quads as the source's graph
has there: a quad of another graph about one of those nodes makes the runs longer, and they are
then read from the quads. A source whose id starts with another's and a hyphen shares its runs,
so neither is counted from the cache. A missing or damaged entry is counted from the quads and
kept for the next build.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from chaingraph.core.namespaces import CG
from chaingraph.dataset.iris import Iris, minted_for_source
from chaingraph.dataset.sortedquads import span_of_subjects_under

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DCTERMS = "http://purl.org/dc/terms/"
# Properties of a source copied into the description, so it names its sources on its own.
SOURCE_PROPERTIES = tuple(ox.NamedNode(DCTERMS + name) for name in ("title", "publisher", "date", "rights"))
DCTERMS_LICENSE = ox.NamedNode(DCTERMS + "license")
SOURCE_CLASS = ox.NamedNode(CG.Source)
# the triples the description reads again (the sources' metadata, publishers' labels, licences)
KEPT = frozenset({*SOURCE_PROPERTIES, RDFS_LABEL, DCTERMS_LICENSE})
ENTRY_FORMAT = 1  # of the kept counts; an entry of another format is not read


@dataclass
class Counts:
    """What the description says of the merged graph."""

    triples: int = 0
    subjects: int = 0
    objects: int = 0
    entities: int = 0  # IRI subjects with a type
    property_sizes: Counter = field(default_factory=Counter)  # predicate -> distinct triples
    class_sizes: Counter = field(default_factory=Counter)  # class -> distinct instances
    sources: set = field(default_factory=set)  # the instances of cg:Source
    by_predicate: dict = field(default_factory=lambda: defaultdict(list))  # KEPT predicate -> its triples
    graph_sizes: Counter = field(default_factory=Counter)  # named graph -> its quads

    def triples_of(self, predicate: ox.NamedNode) -> list[ox.Triple]:
        return self.by_predicate.get(predicate, [])


class _Tally:
    """Counts of quads read in the build's order, in one or more runs."""

    def __init__(self):
        self.triples = 0
        self.subjects: set = set()
        self.objects: set = set()
        self.members: dict = defaultdict(set)  # class -> its instances
        self.property_sizes: Counter = Counter()
        self.kept: list[ox.Triple] = []
        self._previous = None

    def add(self, quads, graph: ox.NamedNode | None = None) -> bool:
        """Count `quads`; with `graph`, stop at the first quad of another graph and say so (False)."""
        subjects, objects, members, kept = self.subjects, self.objects, self.members, self.kept
        sizes = self.property_sizes
        previous, triples = self._previous, self.triples
        try:
            for subject, predicate, obj, in_graph in quads:
                if graph is not None and in_graph != graph:
                    return False
                triple = (subject, predicate, obj)
                if triple == previous:
                    continue
                previous = triple
                triples += 1
                subjects.add(subject)
                objects.add(obj)
                sizes[predicate] += 1
                if predicate == RDF_TYPE:
                    members[obj].add(subject)
                elif predicate in KEPT:
                    kept.append(ox.Triple(subject, predicate, obj))
            return True
        finally:
            self._previous, self.triples = previous, triples

    def typed(self) -> int:
        return len({s for members in self.members.values() for s in members if isinstance(s, ox.NamedNode)})

    def counts(self, graph_sizes: Counter) -> Counts:
        counts = Counts(self.triples, len(self.subjects), len(self.objects), self.typed(), Counter(self.property_sizes),
                        Counter({cls: len(members) for cls, members in self.members.items()}),
                        set(self.members.get(SOURCE_CLASS, ())), defaultdict(list), graph_sizes)
        for triple in self.kept:
            counts.by_predicate[triple.predicate].append(triple)
        return counts

    def entry(self, source_id: str, quads: int) -> dict | None:
        """The counts as the cache keeps them for one source (None if a class is not an IRI)."""
        if not all(isinstance(cls, ox.NamedNode) for cls in self.members):
            return None
        kept = [*self.kept, *(ox.Triple(s, RDF_TYPE, SOURCE_CLASS) for s in self.members.get(SOURCE_CLASS, ()))]
        return {"format": ENTRY_FORMAT, "source": source_id, "quads": quads, "subjects": len(self.subjects),
                "entities": self.typed(), "properties": {p.value: n for p, n in self.property_sizes.items()},
                "classes": {cls.value: len(members) for cls, members in self.members.items()},
                "objects": [str(obj) for obj in self.objects], "kept": [f"{t} ." for t in kept]}


def count_quads(quads: list[ox.Quad], graph_sizes: Counter | None = None) -> Counts:
    """The counts of every quad, read one by one."""
    tally = _Tally()
    tally.add(quads)
    return tally.counts(graph_sizes if graph_sizes is not None else Counter(q.graph_name for q in quads))


def count_with_cache(quads: list[ox.Quad], base: str, keys: dict[str, str], cache, graph_sizes: Counter) -> Counts:
    """The counts of `quads` (the build's, sorted), each source's own nodes counted from its entry
    in `cache` (dataset.cache.BuildCache) under its key in `keys` (source id -> key) when the entry
    is there and still fits; entries made here are kept for the next build."""
    iris = Iris(base)
    runs = {source_id: [span_of_subjects_under(quads, start) for start in minted_for_source(base, source_id)]
            for source_id in keys if source_id not in sharing_runs(keys)}
    entries, read_again = [], []
    for source_id, spans in runs.items():
        length = sum(end - first for first, end in spans)
        entry = _readable(cache.counts(keys[source_id]), source_id)
        if entry is None or entry["quads"] != length:
            entry = _counted(quads, spans, iris.graph(f"source:{source_id}"), source_id, length)
            if entry is not None:
                cache.keep_counts(keys[source_id], json.dumps(entry, ensure_ascii=False).encode("utf-8"))
                entry = _readable(entry, source_id)
        if entry is None:  # another graph says something of its nodes: they are read with the rest
            read_again += spans
        else:
            entries.append(entry)
    tally = _Tally()
    skipped = sorted({span for spans in runs.values() for span in spans} - set(read_again))
    position = 0
    for first, end in skipped:
        tally.add(quads[position:first])
        position = max(position, end)
    tally.add(quads[position:])
    return _with_entries(tally.counts(graph_sizes), tally.objects, entries)


def sharing_runs(keys: dict[str, str]) -> set[str]:
    """The sources whose id is another's followed by a hyphen, and that other: their minted
    nodes' IRIs start alike, so their runs of the sorted quads overlap."""
    sharing = set()
    for source_id in keys:
        parts = source_id.split("-")
        for cut in range(1, len(parts)):
            head = "-".join(parts[:cut])
            if head in keys:
                sharing.update((source_id, head))
    return sharing


def _counted(quads: list[ox.Quad], spans: list[tuple[int, int]], graph: ox.NamedNode, source_id: str,
             length: int) -> dict | None:
    """One source's entry, counted from its runs; None when a quad there is of another graph."""
    tally = _Tally()
    if all(tally.add(quads[first:end], graph) for first, end in spans):
        return tally.entry(source_id, length)
    return None


def _readable(entry, source_id: str) -> dict | None:
    """A kept entry with its terms read back (`terms`, `triples`), or None if it is not one."""
    if not (isinstance(entry, dict) and entry.get("format") == ENTRY_FORMAT and entry.get("source") == source_id):
        return None
    numbers = [entry.get(name) for name in ("quads", "subjects", "entities")]
    by_term = [entry.get("properties"), entry.get("classes")]
    texts = [entry.get("objects"), entry.get("kept")]
    if not (all(type(n) is int and n >= 0 for n in numbers)
            and all(isinstance(d, dict) and all(type(n) is int and n > 0 for n in d.values()) for d in by_term)
            and all(isinstance(t, list) and all(isinstance(s, str) for s in t) for t in texts)):
        return None
    try:
        terms = {name: Counter({ox.NamedNode(iri): n for iri, n in entry[name].items()})
                 for name in ("properties", "classes")}
        triples = [quad.triple for quad in ox.parse("\n".join(entry["kept"]).encode("utf-8"),
                                                    format=ox.RdfFormat.N_TRIPLES)]
    except (SyntaxError, ValueError):
        return None
    return {**entry, "terms": terms, "triples": triples}


def _with_entries(counts: Counts, objects: set, entries: list[dict]) -> Counts:
    """`counts` (of the quads read) with the sources' entries added: their nodes are theirs alone,
    so everything but the objects adds up."""
    if not entries:
        return counts
    names = {str(obj) for obj in objects}
    for entry in entries:
        counts.triples += entry["quads"]
        counts.subjects += entry["subjects"]
        counts.entities += entry["entities"]
        counts.property_sizes.update(entry["terms"]["properties"])
        counts.class_sizes.update(entry["terms"]["classes"])
        names.update(entry["objects"])
        for triple in entry["triples"]:
            if triple.predicate == RDF_TYPE:
                counts.sources.add(triple.subject)
            else:
                counts.by_predicate[triple.predicate].append(triple)
    counts.objects = len(names)
    return counts
