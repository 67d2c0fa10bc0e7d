"""The inferred graph: superclasses, containment, derived holders and date bounds, answered by plain SPARQL.

Expected sets are computed from the stated facts and the ontology's own subclass axioms (read with
rdflib, not through the build's inference), or checked against the article (sentence ids in comments).
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import RDF, RDFS
from support import ROOT

from chaingraph.analysis.projection import to_networkx
from chaingraph.core.namespaces import ONTOLOGY_IRI, ORG
from chaingraph.dataset.inference import inferred_quads, period_bounds
from chaingraph.dataset.iris import Iris
from chaingraph.dataset.sparql import run_query
from chaingraph.dataset.store import store_from_quads

ID = "https://w3id.org/chaingraph/id/"
INFERRED = ID + "graph/inferred"


@pytest.fixture(scope="module")
def store(zigong):
    return store_from_quads(zigong.oxigraph_quads)


def select(store, zigong, text: str) -> set[tuple[str, ...]]:
    result = run_query(store, text, zigong.project.base)
    return {tuple(row[v.value].value for v in result.variables) for row in result}


def test_org_organization_finds_all_nine_organisations(store, zigong):
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "chaingraph.ttl")
    under_org = {c for c in ontology.subjects(RDFS.subClassOf * "+", ORG.Organization)}
    stated = {str(s) for s, p, o, g in zigong.quads if p == RDF.type and o in under_org and str(g) != INFERRED}
    found = {row[0] for row in select(store, zigong, "SELECT ?x WHERE { ?x a org:Organization }")}
    assert found == stated
    assert len(found) == 9  # 8 organisations of the facts file and the source's publisher
    assert found == {row[0] for row in select(store, zigong, "SELECT ?x WHERE { ?x a cg:Organization }")}


@pytest.mark.parametrize(("entity", "cls"), [
    ("id:jiana-energy", "schema:Corporation"),
    ("id:jiana-energy", "prov:Agent"),
    ("id:jiana-cathode-project", "prov:Activity"),
    ("id:jiana-cathode-project", "schema:Project"),
    ("id:polyanion-cathode-material", "cg:Product"),
    ("id:tusstar-incubator", "cg:Platform"),
    ("id:bancang-industrial-park", "org:Site"),
    ("source:zigong-gaoxinqu-2024-08", "schema:NewsArticle"),
    ("source:zigong-gaoxinqu-2024-08", "prov:Entity"),
    ("cg:Completed", "skos:Concept"),
])
def test_schema_org_prov_and_cg_superclasses_are_stated(store, zigong, entity, cls):
    assert run_query(store, f"ASK {{ {entity} a {cls} }}", zigong.project.base)


def test_a_company_in_the_province_through_park_zone_and_city(store, zigong):
    # s011 the project is in 板仓工业园区, the park is in the zone, the zone in 自贡, 自贡 in 四川 (reference)
    assert select(store, zigong, """SELECT ?company WHERE {
        ?company a cg:Company . ?project cg:operatedBy ?company ; cg:locatedIn id:sichuan }""") == {
        (ID + "jiana-energy",)}
    assert run_query(store, "ASK { id:bancang-industrial-park cg:partOf id:sichuan }", zigong.project.base)
    located = {row[0] for row in select(store, zigong, "SELECT ?x WHERE { ?x cg:locatedIn id:zigong }")}
    assert {ID + "carbon-materials-institute", ID + "jiana-cathode-project", ID + "tusstar-incubator"} <= located


def test_inferred_statements_live_in_their_own_graph_and_repeat_nothing_stated(zigong):
    graph = ox.NamedNode(INFERRED)
    inferred = {q.triple for q in zigong.oxigraph_quads if q.graph_name == graph}
    stated = {q.triple for q in zigong.oxigraph_quads if q.graph_name != graph}
    assert inferred and not inferred & stated
    again = inferred_quads([q for q in zigong.oxigraph_quads if q.graph_name != graph], zigong.project.base)
    assert {q.triple for q in again} == inferred  # the build adds exactly what inference derives


def test_every_derived_relation_has_evidence_naming_its_rule(store, zigong):
    missing = select(store, zigong, """SELECT ?s ?p ?o WHERE {
        GRAPH graph:inferred { ?s ?p ?o FILTER(STRSTARTS(STR(?p), STR(cg:))) }
        FILTER NOT EXISTS { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; skos:note ?note }
    }""")
    assert missing == set()
    notes = select(store, zigong, """SELECT ?note WHERE {
        ?e rdf:subject id:jiana-energy ; rdf:predicate cg:hasCapacity ; skos:note ?note }""")
    assert notes == {("derived: a project's operator holds the project's capacities",)}


def test_the_operator_of_the_project_holds_its_capacity(store, zigong):
    # s012 珈钠能源年产10万吨聚阴离子正极材料一期项目: the company runs the project that has the capacity
    holders = {row[0] for row in select(store, zigong,
                                        "SELECT ?h WHERE { ?h cg:hasCapacity id:jiana-polyanion-capacity }")}
    assert holders == {ID + "jiana-cathode-project", ID + "jiana-energy"}


def test_the_views_see_the_stated_graph_only(zigong):
    G = to_networkx(zigong)
    assert G.nodes[ID + "jiana-energy"]["cls"] == "Company"
    assert G.nodes[ID + "tusstar-incubator"]["cls"] == "Incubator"
    assert not G.has_edge(ID + "tusstar-incubator", ID + "zigong", "locatedIn")
    assert not G.has_edge(ID + "jiana-energy", ID + "jiana-polyanion-capacity", "hasCapacity")


def test_exports_and_the_description_carry_the_inferred_graph(built_outputs):
    dataset = rdflib.Dataset()
    dataset.parse(built_outputs / "chaingraph.trig", format="trig")
    inferred = dataset.graph(rdflib.URIRef(INFERRED))
    assert (rdflib.URIRef(ID + "jiana-energy"), RDF.type, ORG.Organization) in inferred
    void = rdflib.Graph().parse(built_outputs / "void.ttl")
    VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
    assert (None, VOID.subset, rdflib.URIRef(INFERRED)) in void
    assert int(void.value(rdflib.URIRef(INFERRED), VOID.triples)) == len(inferred)


def test_the_ontology_graph_is_not_rewritten(zigong):
    # inference adds instances' types; the ontology keeps its own axioms as written
    ontology = ox.NamedNode(ONTOLOGY_IRI)
    graph = Iris(zigong.project.base).inferred_graph()
    assert not any(q.graph_name == graph and q.subject.value.startswith("https://w3id.org/chaingraph/ns#")
                   and q.predicate.value != str(RDF.type) for q in zigong.oxigraph_quads)
    assert any(q.graph_name == ontology for q in zigong.oxigraph_quads)


@pytest.mark.parametrize(("written", "bounds"), [
    ("2023", ("2023-01-01", "2023-12-31")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2023-02", ("2023-02-01", "2023-02-28")),
    ("2024-06", ("2024-06-01", "2024-06-30")),
    ("2024-08-05", ("2024-08-05", "2024-08-05")),
    ("2024-13", None),
    ("soon", None),
])
def test_period_bounds(written, bounds):
    assert period_bounds(written) == bounds


@pytest.fixture(scope="module")
def small_region(tmp_path_factory):
    """A synthetic region with every kind of statement the rules read (zones in parks, projects
    with operators and capacities, dated statuses), built without SHACL and with it."""
    from chaingraph.cli.main import main
    from chaingraph.core.project import Project
    from chaingraph.dataset.build import build_dataset

    folder = tmp_path_factory.mktemp("region")
    assert main(["synth", "--zones", "3", "--companies", "8", "--seed", "5", "-o", str(folder / "region")]) == 0
    project = Project(root=folder / "region")
    return build_dataset(project, validate_shapes=False), build_dataset(project)


@pytest.mark.parametrize("dataset", ["zigong", "region"])
def test_the_rules_store_holds_everything_the_rules_read(dataset, zigong, small_region):
    """The rules read a store of only the statements they need: what they derive from it is what
    they derive from a store of every stated quad."""
    built = zigong if dataset == "zigong" else small_region[1]
    graph = ox.NamedNode(INFERRED)
    stated = [q for q in built.oxigraph_quads if q.graph_name != graph]
    derived = inferred_quads(stated, built.project.base)
    assert derived and derived == inferred_quads(stated, built.project.base, store_from_quads(stated))
    rules = {str(q.object) for q in derived if q.predicate == ox.NamedNode(str(rdflib.SKOS.note))}
    assert len(rules) >= (2 if dataset == "zigong" else 4), rules  # several rules fired, not only types
    if dataset == "zigong":  # its lead industries: a subproperty of chaingraph's own, kept in the small store
        assert any("subproperty" in rule for rule in rules), rules


def test_a_build_without_shacl_makes_the_same_quads_without_loading_the_dataset_into_a_store(small_region):
    unvalidated, validated = small_region
    assert unvalidated.oxigraph_quads == validated.oxigraph_quads
    assert len(set(unvalidated.oxigraph_quads)) == len(unvalidated.oxigraph_quads)  # each quad once
    assert unvalidated.oxigraph_quads == sorted(unvalidated.oxigraph_quads, key=str)
