"""The SPARQL-compiled SHACL fast path finds exactly what pyshacl finds."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from support import ROOT

from chaingraph.core.namespaces import CG
from chaingraph.dataset.formats import oxigraph_quads
from chaingraph.dataset.shacl import validate
from chaingraph.dataset.shaclfast import UnsupportedShape, validate_store
from chaingraph.dataset.store import store_from_quads

SHAPES = ROOT / "ontology" / "shapes.ttl"


def _findings(violations):
    return {(v.focus, v.path) for v in violations}


def _both(quads):
    """pyshacl's findings, and the fast path's, which must be the same whether it reads the merged
    default graph or the union of the named graphs (as the build does)."""
    slow = validate(quads, SHAPES)
    fast = validate_store(store_from_quads(quads), Graph().parse(SHAPES))
    named = ox.Store()
    named.bulk_extend(oxigraph_quads(quads))
    assert validate_store(named, Graph().parse(SHAPES), union=True) == fast
    return slow, fast


def test_the_zigong_graph_conforms_on_both_paths(zigong):
    slow, fast = _both(zigong.quads)
    assert slow == [] and fast == []


def _break(quads):
    """Remove a seeded sample of required facts and add values the shapes forbid."""
    rng = random.Random(7)
    required = [q for q in quads if q[1] in (CG.unitCode, RDFS.label, CG.holder, CG.ofProduct, CG.status)]
    dropped = set(rng.sample(required, 15))
    broken = [q for q in quads if q not in dropped]
    graph = quads[-1][3]
    capacity = URIRef("https://w3id.org/chaingraph/id/zone-sodium-ion-cell-capacity")
    broken += [
        (capacity, CG.unitCode, Literal("GIGAWATTS"), graph),  # not a known unit, and a second unit
        (capacity, CG.value, Literal("lots"), graph),  # not a decimal
        (URIRef("https://w3id.org/chaingraph/id/jiana-energy"), CG.locatedIn,
         URIRef("https://w3id.org/chaingraph/id/polyanion-cathode-material"), graph),  # not a place, no evidence
        (URIRef("https://w3id.org/chaingraph/id/ghost"), RDF.type, CG.Company, graph),  # no labels
    ]
    return broken


def test_a_broken_graph_gives_the_same_findings_on_both_paths(zigong):
    slow, fast = _both(_break(zigong.quads))
    assert len(slow) >= 15
    assert _findings(fast) == _findings(slow)


def test_a_broken_synthetic_region_gives_the_same_findings(tmp_path):
    from chaingraph.authoring.synth import generate
    from chaingraph.core.project import Project
    from chaingraph.dataset.build import build_dataset

    generate(zones=3, companies=15, seed=5, target=tmp_path, project_root=ROOT)
    quads = build_dataset(Project(root=tmp_path), validate_shapes=False).quads
    slow, fast = _both(_break(quads))
    assert len(slow) >= 10
    assert _findings(fast) == _findings(slow)


def test_an_unknown_shacl_feature_is_refused_not_ignored(zigong):
    shapes = Graph().parse(SHAPES)
    shapes.add((URIRef("https://w3id.org/chaingraph/shapes#Quantity"),
                URIRef("http://www.w3.org/ns/shacl#closed"), Literal(True)))
    with pytest.raises(UnsupportedShape):
        validate_store(store_from_quads(zigong.quads), shapes)


def test_a_store_without_its_merged_default_graph_is_refused_not_passed(zigong):
    bare = ox.Store()
    bare.bulk_extend(zigong.oxigraph_quads)
    with pytest.raises(ValueError, match="default graph is empty"):
        validate_store(bare, Graph().parse(SHAPES))
