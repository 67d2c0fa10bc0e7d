"""The sources of a dataset as its quads record them: titles, publishers, dates, addresses.

Views list and date their sources from here rather than from data/sources/, so a view of the
built dataset (outputs/chaingraph.nq) shows exactly what a view made during the build shows.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from chaingraph.core.namespaces import CG
from chaingraph.dataset.iris import normalized_base, source_of_graph
from chaingraph.dataset.sortedquads import of_subject, of_subjects_under

_DCTERMS = "http://purl.org/dc/terms/"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass(frozen=True)
class SourceRecord:
    id: str
    title: str
    title_en: str | None
    publisher_zh: str
    publisher_en: str
    date: str | None  # publication date (dcterms:issued)
    visit_date: str | None  # when the page was read, for captures without a date (dcterms:date)
    url: str | None

    @property
    def dated(self) -> str | None:
        """The date a reader should see first: publication, else the visit."""
        return self.date or self.visit_date


def source_records(quads: list[ox.Quad], base: str) -> dict[str, SourceRecord]:
    """Every source described in the quads (sorted by their N-Quads line, as the build sorts
    them), by source id (in id order). Only the sources' own quads and their publishers' labels
    are read, found by binary search (dataset/sortedquads.py)."""
    source_type = str(CG.Source)
    fields: dict[str, dict[str, object]] = {}
    for quad in of_subjects_under(quads, f"{normalized_base(base)}source/"):
        subject, predicate, obj = quad.subject, quad.predicate.value, quad.object
        source_id = source_of_graph(quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None)
        if source_id is None or not subject.value.endswith(f"/source/{source_id}"):
            continue
        record = fields.setdefault(source_id, {})
        if predicate == _TYPE and obj.value == source_type:
            record["typed"] = True
        elif predicate == _DCTERMS + "title" and isinstance(obj, ox.Literal):
            record["title_en" if obj.language == "en" else "title"] = obj.value
        elif predicate == _DCTERMS + "publisher":
            record["publisher"] = obj.value
        elif predicate == _DCTERMS + "issued":
            record["date"] = obj.value
        elif predicate == _DCTERMS + "date":
            record["visit_date"] = obj.value
        elif predicate == _DCTERMS + "source":
            record["url"] = obj.value
    labels: dict[str, dict[str, str]] = {}
    for publisher in {str(record["publisher"]) for record in fields.values() if "publisher" in record}:
        for quad in of_subject(quads, publisher, _LABEL):
            if isinstance(quad.object, ox.Literal) and quad.object.language:
                labels.setdefault(publisher, {})[quad.object.language] = quad.object.value
    records = {}
    for source_id in sorted(fields):
        record = fields[source_id]
        if not record.get("typed"):
            continue
        publisher = labels.get(str(record.get("publisher", "")), {})
        records[source_id] = SourceRecord(
            id=source_id, title=str(record.get("title", source_id)), title_en=record.get("title_en"),
            publisher_zh=publisher.get("zh", ""), publisher_en=publisher.get("en", ""),
            date=record.get("date"), visit_date=record.get("visit_date"), url=record.get("url"))
    return records
