"""`chaingraph export` and the dataset description: every format read back by an independent parser."""

from __future__ import annotations

import json
import socket
import urllib.request
from collections import Counter

import pyoxigraph as ox
import pytest
import rdflib
import rdflib.namespace as rdfns
from support import ROOT, copy_project

from chaingraph.cli.main import main
from chaingraph.core.outputnames import DATASET_FILE, DATASET_STEM, DESCRIPTION
from chaingraph.dataset.description import build_date
from chaingraph.dataset.formats import FORMATS


@pytest.fixture(scope="module")
def expected_counts(zigong):
    """Counts from the build itself: distinct triples of the union, and triples per named graph."""
    union = {(s, p, o) for s, p, o, _ in zigong.quads}
    per_graph = Counter(str(g) for _, _, _, g in zigong.quads)
    return len(union), per_graph


def export(built_outputs, tmp_path, name: str, *extra: str):
    target = tmp_path / f"export{FORMATS[name].extension}"
    code = main(
        ["--root", str(ROOT), "export", "--outputs", str(built_outputs), "--format", name, "-o", str(target), *extra]
    )
    assert code == 0
    return target


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection (a remote JSON-LD context, say) fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_parses_back_with_the_same_counts(built_outputs, tmp_path, expected_counts, name, no_network):
    union_size, per_graph = expected_counts
    path = export(built_outputs, tmp_path, name)
    if FORMATS[name].keeps_graphs:
        dataset = rdflib.Dataset()
        dataset.parse(path, format=FORMATS[name].media_type)  # rdflib's parsers answer to media types
        graphs = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
        assert graphs == dict(per_graph)
        assert "https://w3id.org/chaingraph/ns" in graphs
        assert "https://w3id.org/chaingraph/id/graph/source-zigong-gaoxinqu-2024-08" in graphs
    else:
        graph = rdflib.Graph().parse(path, format=FORMATS[name].media_type)
        assert len(graph) == union_size


def test_json_ld_carries_its_context_inline(built_outputs, tmp_path):
    document = json.loads(export(built_outputs, tmp_path, "jsonld").read_text(encoding="utf-8"))
    assert isinstance(document["@context"], dict)
    assert document["@context"]["cg"] == "https://w3id.org/chaingraph/ns#"


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_exports_are_deterministic_and_equal_to_the_build(built_outputs, tmp_path, name):
    first = export(built_outputs, tmp_path / "one", name).read_bytes()
    second = export(built_outputs, tmp_path / "two", name).read_bytes()
    assert first == second
    assert first == (built_outputs / f"{DATASET_STEM}{FORMATS[name].extension}").read_bytes()


def test_export_to_standard_output_and_format_from_extension(built_outputs, tmp_path, capsysbinary):
    assert main(["--root", str(ROOT), "export", "--outputs", str(built_outputs), "--format", "nt"]) == 0
    assert capsysbinary.readouterr().out == (built_outputs / f"{DATASET_STEM}{FORMATS['nt'].extension}").read_bytes()
    target = tmp_path / "graph.rdf"
    assert main(["--root", str(ROOT), "export", "--outputs", str(built_outputs), "-o", str(target)]) == 0
    assert target.read_bytes() == (built_outputs / f"{DATASET_STEM}{FORMATS['rdfxml'].extension}").read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["graph.rdf"]  # no temporary file left behind


def test_export_without_a_build_says_to_build(tmp_path, capsys):
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "export", "--format", "ttl"]) == 1
    assert "run `chaingraph build` first" in capsys.readouterr().err


def test_an_unwritable_target_is_reported_without_a_traceback(built_outputs, tmp_path, capsys):
    (tmp_path / "a-file").write_text("not a folder")
    code = main(
        ["--root", str(ROOT), "export", "--outputs", str(built_outputs), "-o", str(tmp_path / "a-file" / "x.ttl")]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("chaingraph: cannot write") and "Traceback" not in err


# ---------------------------------------------------------------- the dataset description (void.ttl)


@pytest.fixture(scope="module")
def description(built_outputs):
    return rdflib.Graph().parse(built_outputs / DESCRIPTION, format="turtle")


@pytest.fixture(scope="module")
def built_store(built_outputs):
    store = ox.Store()
    store.bulk_load(path=str(built_outputs / DATASET_FILE), format=ox.RdfFormat.N_QUADS)
    return store


def sparql_counts(store, query: str) -> dict[str, int]:
    return {row[0].value: int(row[1].value) for row in store.query(query)}


DATASET = rdflib.URIRef("https://w3id.org/chaingraph/id/dataset")


def test_description_totals_match_sparql_over_the_built_dataset(description, built_store):
    def one(query):
        return int(next(iter(built_store.query(query)))[0].value)

    triples = one("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    entities = one("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } FILTER(isIRI(?s)) }")
    assert description.value(DATASET, rdfns.VOID.triples).toPython() == triples
    assert description.value(DATASET, rdfns.VOID.entities).toPython() == entities
    assert (DATASET, rdflib.RDF.type, rdfns.VOID.Dataset) in description
    assert (DATASET, rdflib.RDF.type, rdfns.DCAT.Dataset) in description


def test_description_partitions_match_sparql(description, built_store):
    classes = sparql_counts(
        built_store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c"
    )
    properties = sparql_counts(
        built_store,
        """SELECT ?p (COUNT(*) AS ?n) WHERE {
        SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?p""",
    )
    described_classes = {
        str(description.value(part, rdfns.VOID["class"])): description.value(part, rdfns.VOID.entities).toPython()
        for part in description.objects(DATASET, rdfns.VOID.classPartition)
    }
    described_properties = {
        str(description.value(part, rdfns.VOID.property)): description.value(part, rdfns.VOID.triples).toPython()
        for part in description.objects(DATASET, rdfns.VOID.propertyPartition)
    }
    assert described_classes == classes
    assert described_properties == properties
    assert described_classes["https://w3id.org/chaingraph/ns#Capacity"] == 4  # the four capacities of s012 and s024


def test_description_counts_each_named_graph(description, built_store):
    graphs = sparql_counts(built_store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    described = {
        str(g): description.value(g, rdfns.VOID.triples).toPython()
        for g in description.objects(DATASET, rdfns.VOID.subset)
    }
    assert described == graphs


def test_description_names_sources_licence_and_build_date(description, built_outputs):
    source = rdflib.URIRef("https://w3id.org/chaingraph/id/source/zigong-gaoxinqu-2024-08")
    assert (DATASET, rdfns.DCTERMS.source, source) in description
    assert rdflib.Literal("看自贡高新区如何深耕集成授权改革“试验田”", lang="zh") in set(
        description.objects(source, rdfns.DCTERMS.title)
    )
    publisher = description.value(source, rdfns.DCTERMS.publisher)
    assert rdflib.Literal("自贡网", lang="zh") in set(description.objects(publisher, rdflib.RDFS.label))
    ontology = rdflib.URIRef("https://w3id.org/chaingraph/ns")
    assert description.value(ontology, rdfns.DCTERMS.license) == rdflib.URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert any("CC BY 4.0" in str(note) for note in description.objects(DATASET, rdfns.DCTERMS.rights))
    created = description.value(DATASET, rdfns.DCTERMS.created)
    assert created.datatype == rdfns.XSD.date and str(created) == build_date(ROOT)
    formats = {
        str(description.value(d, rdfns.DCTERMS.title)) for d in description.objects(DATASET, rdfns.DCAT.distribution)
    }
    assert formats == {f"{DATASET_STEM}{f.extension}" for f in FORMATS.values()}


def test_build_date_follows_source_date_epoch(monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1722816000")  # 2024-08-05T00:00:00Z
    assert build_date(ROOT) == "2024-08-05"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    import datetime as dt

    assert build_date(tmp_path) == dt.date.today().isoformat()  # not a git checkout
