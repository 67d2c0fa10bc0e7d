"""The IRI scheme: every IRI chaingraph mints, and the one place that reads them back.

Everything lives under one configurable base (default https://w3id.org/chaingraph/id/):

  BASE ENTITY-ID                      an entity of the facts files
  BASE source/SOURCE-ID               a source (one captured article)
  BASE sentence/SOURCE-ID-SENTENCE    a sentence of a source, e.g. .../sentence/zigong-gaoxinqu-2024-08-s012
  BASE graph/source-SOURCE-ID         the named graph of one source's facts
  BASE graph/reference-NAME           the named graph of one reference file (chain templates)
  BASE graph/inferred                 what the build derives from the stated facts (dataset/inference.py)
  BASE evidence/NAME-DIGEST           the evidence node behind one fact
  BASE publisher/SLUG                 a publisher

>>> iris = Iris("https://example.org/id")
>>> iris.graph("source:zigong").value
'https://example.org/id/graph/source-zigong'
>>> graph_kind("https://example.org/id/graph/reference-sodium-ion")
('reference', 'sodium-ion')
>>> short_graph_name("https://example.org/id/graph/source-zigong", "https://example.org/id/")
'source-zigong'
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import pyoxigraph as ox

from chaingraph.core.namespaces import ONTOLOGY_IRI

INFERRED = "inferred"
_GRAPH = re.compile(r"/graph/(source|reference)-([^/]+)$")


def normalized_base(base: str) -> str:
    """The base with the separator every minted IRI expects after it."""
    return base if base.endswith(("/", "#")) else base + "/"


class Iris:
    """Readable, stable IRIs under one base, as pyoxigraph terms (cached: the same entity is
    named thousands of times in a large region)."""

    def __init__(self, base: str):
        self.base = normalized_base(base)
        self._cache: dict[str, ox.NamedNode] = {}

    def iri(self, text: str) -> ox.NamedNode:
        node = self._cache.get(text)
        if node is None:
            node = self._cache[text] = ox.NamedNode(text)
        return node

    def entity(self, entity_id: str) -> ox.NamedNode:
        return self.iri(self.base + entity_id)

    def source(self, source_id: str) -> ox.NamedNode:
        return self.iri(f"{self.base}source/{source_id}")

    def sentence(self, source_id: str, sentence_id: str) -> ox.NamedNode:
        return self.iri(f"{self.base}sentence/{source_id}-{sentence_id}")

    def graph(self, kind_and_id: str) -> ox.NamedNode:
        """`source:ID` or `reference:NAME` -> the named graph's IRI."""
        kind, _, name = kind_and_id.partition(":")
        return self.iri(f"{self.base}graph/{kind}-{name}")

    def inferred_graph(self) -> ox.NamedNode:
        """The graph of what the build derives: superclasses, containment, date bounds."""
        return self.iri(f"{self.base}graph/{INFERRED}")

    def evidence(self, graph: str, key: str) -> ox.NamedNode:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        _kind, _, name = graph.partition(":")
        return ox.NamedNode(f"{self.base}evidence/{name}-{digest}")

    def publisher(self, publisher_name_en: str) -> ox.NamedNode:
        return self.iri(f"{self.base}publisher/{slug(publisher_name_en) or 'publisher'}")


def minted_for_source(base: str, source_id: str) -> tuple[str, str]:
    """How the IRIs of the nodes a source's graph mints for itself start: its sentences and its
    evidence nodes (`Iris.sentence`, `Iris.evidence` of `source:ID`). Another source whose id
    starts with this one's and a hyphen shares these starts."""
    base = normalized_base(base)
    return f"{base}sentence/{source_id}-", f"{base}evidence/{source_id}-"


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ('' when nothing is left)."""
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in text).split())


@lru_cache(maxsize=65536)  # asked once per quad by the views, of a few hundred graphs
def graph_kind(graph_iri: str | None) -> tuple[str, str] | None:
    """('source', ID) or ('reference', NAME) for a graph chaingraph minted; None otherwise."""
    match = _GRAPH.search(graph_iri) if graph_iri else None
    return (match.group(1), match.group(2)) if match else None


def source_of_graph(graph_iri: str | None) -> str | None:
    """The source id of a source graph; None for any other graph."""
    kind = graph_kind(graph_iri)
    return kind[1] if kind and kind[0] == "source" else None


def is_inferred_graph(graph_iri, base: str | None = None) -> bool:
    """Whether `graph_iri` (a string or a pyoxigraph term) is the graph of what the build derives.

    >>> is_inferred_graph("https://example.org/id/graph/inferred")
    True
    """
    text = getattr(graph_iri, "value", graph_iri)
    if not isinstance(text, str):
        return False
    if base is not None:
        return text == f"{normalized_base(base)}graph/{INFERRED}"
    return text.endswith(f"/graph/{INFERRED}")


def is_reference_graph(graph_iri: str | None) -> bool:
    kind = graph_kind(graph_iri)
    return bool(kind) and kind[0] == "reference"


def entity_id(iri) -> str:
    """The id an entity IRI ends with; ids hold no slash, so no base is needed.

    >>> entity_id("https://example.org/id/jiana-energy")
    'jiana-energy'
    """
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def relative_iri(iri: str, base: str) -> str:
    """What follows the base: an entity's id for an entity, `source/ID` for a source; an IRI
    outside the base unchanged.

    >>> relative_iri("https://example.org/id/jiana-energy", "https://example.org/id")
    'jiana-energy'
    """
    base = normalized_base(base)
    return iri[len(base):] if iri.startswith(base) else iri


def short_graph_name(graph_iri: str, base: str) -> str:
    """`ontology`, `source-ID`, `reference-NAME`, or the last path segment of a foreign IRI."""
    if graph_iri == ONTOLOGY_IRI:
        return "ontology"
    own = f"{normalized_base(base)}graph/"
    if graph_iri.startswith(own):
        return graph_iri[len(own):]
    return re.split(r"[/#]", graph_iri.rstrip("/#"))[-1]
