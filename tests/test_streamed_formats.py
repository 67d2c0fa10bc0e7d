"""The build writes each RDF file straight into its staged file, the merged triples made one at a
time from the sorted quads: the bytes are those `formats.serialize` gives, and a second parser
(rdflib) reads in every merged file the triples of the dataset, each once."""

from __future__ import annotations

import io

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph

from chaingraph.cli.main import main
from chaingraph.core.project import Project
from chaingraph.dataset.build import build_dataset
from chaingraph.dataset.formats import FORMATS, merged_triples, serialize, union_triples, write_to


def test_every_format_written_to_a_file_is_what_serialize_gives(zigong):
    for name in FORMATS:
        output = io.BytesIO()
        write_to(output, zigong.oxigraph_quads, name, zigong.prefixes)
        assert output.getvalue() == serialize(zigong.oxigraph_quads, name, zigong.prefixes), name


def test_streamed_json_ld_holds_every_quad_for_a_second_parser(zigong):
    """JSON-LD goes through one streaming writer whichever way it is called, so comparing the two
    calls proves nothing about it: rdflib reads the file back and finds every quad of the dataset."""
    output = io.BytesIO()
    write_to(output, zigong.oxigraph_quads, "jsonld", zigong.prefixes)
    parsed = Dataset()
    parsed.parse(data=output.getvalue(), format="json-ld")
    expected = Dataset()
    expected.parse(data=serialize(zigong.oxigraph_quads, "nq", zigong.prefixes), format="nquads")
    found, wanted = list(parsed.quads()), list(expected.quads())
    assert len(found) == len(wanted) == len(zigong.oxigraph_quads)
    assert _ground(found) == _ground(wanted) and len(_ground(wanted)) > 4000  # blank nodes get new names


def _ground(quads) -> set:
    """The quads without blank nodes (a parser gives blank nodes names of its own)."""
    return {q for q in quads if not any(isinstance(t, BNode) for t in q[:3])}


def test_a_triple_two_sources_state_is_written_once_in_the_merged_formats(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["synth", "--zones", "3", "--companies", "6", "--seed", "3", "-o", "region"]) == 0
    region = build_dataset(Project(root=tmp_path / "region"), validate_shapes=False)
    quads = region.oxigraph_quads
    repeated = len(quads) - len(set(q.triple for q in quads))
    assert repeated > 0  # the zones name each other in their own graphs: the case the merge is for
    assert list(merged_triples(quads)) == union_triples(quads)
    for name in ("ttl", "nt", "rdfxml"):
        output = io.BytesIO()
        write_to(output, quads, name, region.prefixes)
        parsed = Graph().parse(data=output.getvalue(), format={"rdfxml": "xml"}.get(name, name))
        assert len(parsed) == len(quads) - repeated, name


def test_quads_out_of_order_or_in_the_default_graph_are_still_merged_by_serialize():
    a, b, c = (ox.NamedNode(f"https://example.org/{x}") for x in "abc")
    quads = [ox.Quad(a, b, c, ox.NamedNode("https://example.org/g1")), ox.Quad(c, b, a, ox.DefaultGraph()),
             ox.Quad(a, b, c, ox.NamedNode("https://example.org/g2"))]
    assert serialize(quads, "nt", {}).count(b"\n") == 2
