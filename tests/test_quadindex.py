"""The sorted quads' index answers every lookup an incremental build's SHACL makes as a store of
the same quads does (dataset/quadindex.py), on a synthetic region's real dataset."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from chaingraph.cli.main import main
from chaingraph.core.namespaces import ONTOLOGY_IRI
from chaingraph.core.project import find_project
from chaingraph.dataset.build import build_dataset
from chaingraph.dataset.quadindex import SortedQuadIndex


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("region")
    assert main(["synth", "--zones", "2", "--companies", "4", "--seed", "5", "-o", str(folder / "region")]) == 0
    result = build_dataset(find_project(folder / "region"), validate_shapes=False)
    store = ox.Store()
    store.bulk_extend(result.oxigraph_quads)
    ontology = ox.NamedNode(ONTOLOGY_IRI)
    index = SortedQuadIndex(result.oxigraph_quads,
                            {ontology: [q for q in result.oxigraph_quads if q.graph_name == ontology]})
    return result.oxigraph_quads, store, index


def same(index, store, *pattern) -> bool:
    return sorted(map(str, index.quads_for_pattern(*pattern))) == sorted(map(str, store.quads_for_pattern(*pattern)))


def test_every_pattern_of_sampled_quads_is_answered_as_a_store_answers_it(built):
    quads, store, index = built
    sample = random.Random(7).sample(quads, 300)
    assert any(isinstance(q.subject, ox.BlankNode) for q in quads)  # the ontology's lists
    sample += [q for q in quads if isinstance(q.subject, ox.BlankNode)][:20]
    for quad in sample:
        s, p, o, g = quad.subject, quad.predicate, quad.object, quad.graph_name
        for pattern in [(s, None, None), (s, p, None), (s, p, o), (s, None, o), (None, p, o), (None, None, o),
                        (s, None, None, g), (None, p, None), (None, None, None, g)]:
            assert same(index, store, *pattern), pattern
    assert index.quads_for_pattern(s, p, o, g) == [quad]


def test_what_is_not_there_is_not_found(built):
    _, store, index = built
    missing = ox.NamedNode("https://example.org/not-in-the-dataset")
    for pattern in [(missing, None, None), (None, None, missing), (None, missing, None), (None, None, None, missing)]:
        assert index.quads_for_pattern(*pattern) == [] and same(index, store, *pattern)
    # a subject whose IRI is another's followed by more characters is not that subject
    subject = next(q.subject for q in built[0] if isinstance(q.subject, ox.NamedNode))
    assert same(index, store, ox.NamedNode(subject.value[:-1]), None, None)
