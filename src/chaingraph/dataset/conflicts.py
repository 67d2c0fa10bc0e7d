"""Values two sources disagree on, read from the dataset.

A functional property (owl:FunctionalProperty in the ontology: cg:value, cg:unitCode, cg:status,
cg:ofProduct, ...) takes one value per subject. Within one source the loader refuses a second
value; across sources both values are kept, each in its source's graph with its evidence, and
listed here so the build summary and the report can flag them. A quantity's cg:date says when its
figure held, so two reports of different dates are not a conflict by themselves: the date is shown
beside each value.

Owners and holders are compared too, though a project may have several operators and a capacity
several holders: when two sources name different sets, the conflict lists each source's set.
The owner of a project, platform or park is its cg:operatedBy; the holder of a capacity or figure
is the subject of cg:hasCapacity or cg:hasIndicator pointing at it, flagged as "held by (...)".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import chain

import pyoxigraph as ox

from chaingraph.core.namespaces import CG
from chaingraph.dataset.catalog import source_records
from chaingraph.dataset.iris import graph_kind, normalized_base, relative_iri
from chaingraph.dataset.sortedquads import span_of_subjects_under

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
OWNERS = ("operatedBy",)  # subject -> its owners
HOLDERS = ("hasCapacity", "hasIndicator")  # holder -> what it holds: compared from the held side
_EVIDENCE_FIELDS = (_RDF + "subject", _RDF + "predicate", _RDF + "object", str(CG.quote))


@dataclass(frozen=True)
class ConflictValue:
    value: str
    source: str | None  # source id; None for reference knowledge
    source_date: str | None  # the source's publication (or visit) date
    as_of: str | None  # the subject's cg:date as that source states it
    quote: str | None

    def __str__(self) -> str:
        when = ", ".join(x for x in (self.source_date and f"dated {self.source_date}",
                                     self.as_of and f"as of {self.as_of}") if x)
        said = f": “{self.quote}”" if self.quote else ""
        return f"{self.value} ({self.source or 'reference'}{', ' + when if when else ''}{said})"


@dataclass(frozen=True)
class Conflict:
    subject: str  # entity id
    prop: str  # property local name; "held by (hasCapacity)" for the holders of a capacity
    values: tuple[ConflictValue, ...]

    def __str__(self) -> str:
        return f"{self.subject} {self.prop}: " + " vs ".join(str(v) for v in self.values)


def find_conflicts(data) -> list[Conflict]:
    """Every (subject, functional property) given different values by different sources.

    `data` is a built dataset (dataset.built.BuiltDataset or a BuildResult): its quads, its
    vocabulary and its base IRI are read.
    """
    vocabulary, base = data.vocabulary, data.project.base
    functional = {str(p.iri): name for name, p in vocabulary.properties.items() if p.functional}
    owners = {str(vocabulary.properties[n].iri): n for n in OWNERS if n in vocabulary.properties}
    holders = {str(vocabulary.properties[n].iri): n for n in HOLDERS if n in vocabulary.properties}
    notations = {str(iri): code for code, iri in vocabulary.individuals.items()}
    date_iri = str(CG.date)
    read = functional.keys() | owners.keys() | holders.keys()

    stated: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # (subject, prop) -> graph -> value
    sets: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # owners, holders
    dates: dict[tuple[str, str], str] = {}  # (subject, graph) -> cg:date
    # An evidence node is minted for one graph (dataset/iris.py), so it holds no value two sources
    # disagree on: its quads, neighbours in the sorted list, are read only for the quotes of the
    # values that do disagree.
    quads = data.oxigraph_quads
    first, end = span_of_subjects_under(quads, f"{normalized_base(base)}evidence/")
    evidence_quads = quads[first:end]
    if evidence_quads:
        quads = chain(quads[:first], quads[end:])
    for quad in quads:
        predicate = quad.predicate.value
        if predicate not in read:
            continue
        graph = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None
        if graph_kind(graph) is None:
            continue
        if predicate in functional:
            stated[(quad.subject.value, functional[predicate])][graph] = _text(quad.object, base, notations)
            if predicate == date_iri:
                dates[(quad.subject.value, graph)] = quad.object.value
        elif predicate in owners:
            sets[(quad.subject.value, owners[predicate])][graph].add(_text(quad.object, base, notations))
        elif isinstance(quad.object, ox.NamedNode):  # a holder
            holder = relative_iri(quad.subject.value, base)
            sets[(quad.object.value, f"held by ({holders[predicate]})")][graph].add(holder)

    sources = data.source_records if hasattr(data, "source_records") else source_records(data.oxigraph_quads, base)
    has_value = {subject for subject, prop in stated if prop == "value"}
    differing = {key: {g: {v} for g, v in by_graph.items()} for key, by_graph in stated.items()
                 if not (key[1] == "date" and key[0] in has_value)}  # a figure's date is its context
    differing.update(sets)
    differing = {key: by_graph for key, by_graph in differing.items()
                 if len(by_graph) >= 2 and len({frozenset(v) for v in by_graph.values()}) >= 2}
    quotes = _quotes(evidence_quads, base, notations, differing) if differing else {}
    conflicts = []

    def order(item):
        (subject, prop), _ = item
        return relative_iri(subject, base), prop

    for (subject, prop), by_graph in sorted(differing.items(), key=order):
        subject_id = relative_iri(subject, base)
        values = []
        for graph, named in by_graph.items():
            kind, name = graph_kind(graph)
            source = sources.get(name) if kind == "source" else None
            values.append(ConflictValue(
                value=" + ".join(sorted(named)), source=name if kind == "source" else None,
                source_date=source.dated if source else None, as_of=dates.get((subject, graph)),
                quote=_quote(quotes, vocabulary, subject_id, prop, sorted(named)[0], graph)))
        values.sort(key=lambda v: (v.source_date or "", v.source or "", v.value))
        conflicts.append(Conflict(subject_id, prop, tuple(values)))
    return conflicts


def _quotes(evidence_quads: list[ox.Quad], base: str, notations: dict[str, str],
            differing: dict) -> dict[tuple[str, str, str, str], str]:
    """(subject, predicate, object, graph) -> the quote of the evidence behind it, for the evidence
    of the statements about the subjects and holders of `differing` only."""
    wanted = set()
    for (subject, prop), by_graph in differing.items():
        wanted.add(relative_iri(subject, base))
        if prop.startswith("held by ("):
            wanted.update(value for values in by_graph.values() for value in values)
    fields: dict[str, dict[str, str]] = defaultdict(dict)  # evidence node -> field -> value
    for quad in evidence_quads:
        predicate = quad.predicate.value
        if predicate in _EVIDENCE_FIELDS:
            fields[quad.subject.value][predicate] = _text(quad.object, base, notations)
            fields[quad.subject.value]["graph"] = quad.graph_name.value
    quote = str(CG.quote)
    return {(f[_RDF + "subject"], f[_RDF + "predicate"], f[_RDF + "object"], f["graph"]): f[quote]
            for f in fields.values() if quote in f and f.get(_RDF + "subject") in wanted}


def _quote(quotes, vocabulary, subject_id: str, prop: str, value: str, graph: str) -> str | None:
    """The quote behind one value: of the triple (subject prop value), or (holder prop subject) for a holder."""
    if prop.startswith("held by ("):
        predicate = str(vocabulary.properties[prop[len("held by ("):-1]].iri)
        return quotes.get((value, predicate, subject_id, graph))
    return quotes.get((subject_id, str(vocabulary.properties[prop].iri), value, graph))


def _text(term, base: str, notations: dict[str, str]) -> str:
    """A value as the facts files write it: a literal's lexical form, an individual's code, an id."""
    if isinstance(term, ox.NamedNode):
        return notations.get(term.value) or relative_iri(term.value, base)
    return term.value
