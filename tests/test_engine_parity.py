"""The fast engine (pyoxigraph) answers every library question exactly as rdflib's SPARQL does.

Scripts get rdflib objects (BuildResult.dataset) and may query them with rdflib; analysts and the
server use pyoxigraph. Both must agree on the Zigong data, row for row and term for term.
"""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef
from support import ROOT

from chaingraph.core.namespaces import sparql_prologue
from chaingraph.dataset.sparql import library, run_query

QUESTIONS = library(ROOT / "queries")


def _oxigraph_rows(result, query_text):
    answer = run_query(result.store, query_text, result.project.base)
    if isinstance(answer, bool) or type(answer).__name__ == "QueryBoolean":
        return bool(answer)
    names = [v.value for v in answer.variables]
    rows = []
    for solution in answer:
        terms = [solution[name] for name in names]
        rows.append(tuple(_from_oxigraph(t) for t in terms))
    return sorted(rows, key=repr)


def _from_oxigraph(term):
    if term is None:
        return None
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode",)
    if term.language:
        return ("lit", term.value, term.language, None)
    datatype = term.datatype.value
    return ("lit", term.value, None, None if datatype.endswith("#string") else datatype)


def _from_rdflib(term):
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ("iri", str(term))
    if isinstance(term, BNode):
        return ("bnode",)
    assert isinstance(term, Literal)
    if term.language:
        return ("lit", str(term), term.language, None)
    datatype = str(term.datatype) if term.datatype else None
    return ("lit", str(term), None, None if datatype and datatype.endswith("#string") else datatype)


def _rdflib_rows(result, query_text):
    answer = result.dataset.query(sparql_prologue(result.project.base) + query_text)
    if answer.type == "ASK":
        return bool(answer.askAnswer)
    return sorted((tuple(_from_rdflib(row[v]) for v in answer.vars) for row in answer), key=repr)


@pytest.mark.parametrize("question", QUESTIONS, ids=[q.id for q in QUESTIONS])
def test_pyoxigraph_and_rdflib_give_the_same_answer(zigong, question):
    ours = _oxigraph_rows(zigong, question.text)
    theirs = _rdflib_rows(zigong, question.text)
    assert ours == theirs
    assert ours, "a library question with no answer on the Zigong data proves nothing here"


def test_plain_string_literals_match_on_both_engines(zigong):
    query = 'SELECT ?c WHERE { ?c cg:unitCode "GWH" }'
    assert _oxigraph_rows(zigong, query) == _rdflib_rows(zigong, query) == [
        (("iri", "https://w3id.org/chaingraph/id/zone-sodium-ion-cell-capacity"),)]


def test_the_known_typed_string_difference_is_why_the_library_uses_plain_strings(zigong):
    """pyoxigraph follows RDF 1.1 ("GWH"^^xsd:string is "GWH"); rdflib's engine does not. chaingraph
    writes plain literals and its questions match plain strings, so both engines agree on them."""
    typed = 'SELECT ?c WHERE { ?c cg:unitCode "GWH"^^xsd:string }'
    assert _oxigraph_rows(zigong, typed) == [(("iri", "https://w3id.org/chaingraph/id/zone-sodium-ion-cell-capacity"),)]
    assert _rdflib_rows(zigong, typed) == []
    assert not any("^^xsd:string" in q.text for q in QUESTIONS)


def test_decimal_values_keep_their_lexical_form_on_both_engines(zigong):
    query = "SELECT ?v WHERE { id:jiana-polyanion-capacity cg:value ?v }"
    assert _oxigraph_rows(zigong, query) == _rdflib_rows(zigong, query) == [
        (("lit", "100000", None, "http://www.w3.org/2001/XMLSchema#decimal"),)]


def test_a_triple_stated_by_two_sources_is_one_answer(zigong):
    """The default graph is the RDF merge of the sources' graphs, not one copy per graph."""
    import pyoxigraph as ox

    from chaingraph.dataset.store import store_from_quads

    zone = "https://w3id.org/chaingraph/id/chengdu-high-tech-zone"
    second = ox.NamedNode("https://w3id.org/chaingraph/id/graph/source-second-article")
    restated = [ox.Quad(q.subject, q.predicate, q.object, second) for q in zigong.oxigraph_quads
                if isinstance(q.subject, ox.NamedNode) and q.subject.value == zone]
    store = store_from_quads(zigong.oxigraph_quads + restated)
    rows = list(run_query(store, f"SELECT ?label WHERE {{ <{zone}> rdfs:label ?label }}"))
    assert len(rows) == 2  # one @zh and one @en label, each once although two graphs hold it
    graphs = list(run_query(store, f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{zone}> rdfs:label ?l }} }}"))
    assert len(graphs) == 2
