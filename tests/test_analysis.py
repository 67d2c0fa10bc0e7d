"""Chain analysis of the Zigong graph: reference chain, projection, coverage, gaps, hubs, paths,
and the `path` / `neighbours` commands. Expected figures are checked against the article text."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from support import ZIGONG

from chaingraph.analysis import chain as analysis
from chaingraph.analysis.columns import chain_columns
from chaingraph.analysis.projection import citations, to_networkx
from chaingraph.cli.main import main
from chaingraph.core.namespaces import CG

ID = "https://w3id.org/chaingraph/id/"
REFERENCE_GRAPH = URIRef(ID + "graph/reference-sodium-ion-battery-chain")
SOURCE_GRAPH = URIRef(f"{ID}graph/source-{ZIGONG}")
SODIUM_GAPS = {
    "sodium-salts-segment", "anode-materials-segment", "current-collector-segment", "electrolyte-segment",
    "electrolyte-salt-segment", "separator-segment", "bms-segment", "thermal-management-segment",
    "module-pack-segment", "energy-storage-system-segment", "power-battery-vehicle-segment",
    "two-wheeler-segment", "other-applications-segment", "recycling-segment",
}


@pytest.fixture(scope="module")
def G(zigong):
    return to_networkx(zigong)


@pytest.fixture(scope="module")
def cover(G):
    return {c.segment[len(ID):]: c for c in analysis.coverage(G)}


def slugs(nodes):
    return [n[len(ID):] for n in nodes]


# ---------------------------------------------------------------- the reference chain in the dataset


def test_segments_are_reference_knowledge_with_a_basis_in_their_own_graph(zigong):
    quads = zigong.quads
    segments = {s for s, p, o, g in quads if p == RDF.type and o == CG.ChainSegment}
    assert len(segments) >= 20
    for segment in segments:
        # stated types only: the inferred graph adds skos:Concept, the superclass
        graphs = {g for s, p, o, g in quads
                  if s == segment and p == RDF.type and not str(g).endswith("/graph/inferred")}
        assert all("/graph/reference-" in str(g) for g in graphs), segment
        labels = {o.language for s, p, o, g in quads if s == segment and p == RDFS.label}
        assert labels == {"zh", "en"}, segment
    # every upstreamOf link carries a basis note, and none is stated in an article's graph
    links = [(s, o, g) for s, p, o, g in quads if p == CG.upstreamOf]
    assert links and all("/graph/reference-" in str(g) for _, _, g in links)
    subjects = {e: s for e, p, s, _ in quads if p == RDF.subject}
    objects = {e: o for e, p, o, _ in quads if p == RDF.object}
    noted = {(subjects[e], objects[e]) for e, p, _, _ in quads if p == SKOS.note}
    assert all((s, o) in noted for s, o, _ in links)
    assert any(p == SKOS.note for s, p, o, g in quads if g == REFERENCE_GRAPH)


def test_article_products_keep_their_labels_in_the_article_graph_and_are_mapped_in_reference(zigong):
    product = URIRef(ID + "polyanion-cathode-material")
    label_graphs = {g for s, p, o, g in zigong.quads if s == product and p == RDFS.label}
    assert label_graphs == {SOURCE_GRAPH}
    mapping = [(o, g) for s, p, o, g in zigong.quads if s == product and p == CG.inSegment]
    assert mapping == [(URIRef(ID + "polyanion-cathode-segment"),
                        URIRef(ID + "graph/reference-zigong-product-segments"))]


def test_sub_segment_relation_is_declared_in_the_ontology(zigong):
    labels = {o.language for s, p, o in zigong.vocabulary.graph.triples((CG.subSegmentOf, RDFS.label, None))}
    assert labels == {"zh", "en"}
    assert "subSegmentOf" in zigong.vocabulary.properties


def test_supporting_chains_feed_the_sodium_chain(G):
    industries = {o[len(ID):] for s, o, k in G.edges(keys=True) if k == "inIndustry"
                  and G.nodes[s]["cls"] == "ChainSegment"}
    assert {"lithium-battery-industry", "photovoltaic-industry", "carbon-materials-industry"} <= industries
    assert G.has_edge(ID + "carbon-precursor-segment", ID + "hard-carbon-anode-segment", "upstreamOf")


# ---------------------------------------------------------------- projection


def test_projection_has_one_node_per_entity_and_no_provenance_nodes(zigong, G):
    assert set(slugs(G.nodes)) == set(zigong.facts.entities)
    classes = {d["cls"] for _, d in G.nodes(data=True)}
    assert not classes & {"Evidence", "Sentence", "Source", ""}
    jiana = G.nodes[ID + "jiana-energy"]
    assert (jiana["cls"], jiana["label_zh"], jiana["label_en"]) == (
        "Company", "自贡珈钠能源科技有限公司", "Zigong Jiana Energy Technology Co., Ltd.")
    assert "珈钠能源" in jiana["aliases"]
    edge = G.edges[ID + "jiana-cathode-project", ID + "bancang-industrial-park", "locatedIn"]
    assert (edge["predicate"], edge["label_zh"], edge["label_en"]) == ("locatedIn", "位于", "located in")


def test_projection_without_reference_leaves_the_chain_out(zigong):
    G = to_networkx(zigong, include_reference=False)
    assert not [n for n, d in G.nodes(data=True) if d["cls"] == "ChainSegment"]
    assert not [e for e in G.edges(keys=True) if e[2] == "inSegment"]
    assert ID + "jiana-energy" in G


def test_citations_give_the_quote_and_sentence_behind_a_fact(zigong):
    cites = citations(zigong)[(ID + "jiana-cathode-project", "produces", ID + "polyanion-cathode-material")]
    text = zigong.sources[ZIGONG].normalized
    assert [c.quote for c in cites] == ["珈钠能源年产10万吨聚阴离子正极材料一期项目"]
    sentence = next(s for s in text.sentences if s.id == cites[0].sentence)
    assert cites[0].quote in sentence.text


# ---------------------------------------------------------------- coverage and gaps


def test_article_states_the_capacities_the_coverage_must_find(zigong):
    text = zigong.sources[ZIGONG].normalized.text
    for phrase in ("年产10万吨聚阴离子正极材料", "5GWh钠离子电池电芯", "30万吨钠电正极材料", "500万件精密结构件",
                   "等在建或规划产能", "6月底整个项目竣工"):
        assert phrase in text


def test_cathode_materials_are_covered_by_the_jiana_project_and_zone_capacity(cover):
    cathode = cover["cathode-materials-segment"]
    assert cathode.covered
    assert cathode.totals == {("TNE", "ANN", "completed"): 100000,
                              ("TNE", "UNKNOWN", "planned-or-under-construction"): 300000}
    details = {(c.capacity[len(ID):], c.holder[len(ID):], c.value, c.status) for c in cathode.capacities}
    assert details == {
        ("jiana-polyanion-capacity", "jiana-cathode-project", 100000, "completed"),
        ("zone-sodium-cathode-capacity", "zigong-high-tech-zone", 300000, "planned-or-under-construction"),
    }
    assert ("jiana-cathode-project", "polyanion-cathode-material") in {
        (e[len(ID):], p[len(ID):]) for e, p in cathode.producers}
    polyanion = cover["polyanion-cathode-segment"]
    assert polyanion.covered and polyanion.totals == {("TNE", "ANN", "completed"): 100000}
    assert not cover["layered-oxide-cathode-segment"].covered


def test_cells_and_structural_parts_are_covered_by_zone_capacity(cover):
    assert cover["cell-segment"].totals == {("GWH", "UNKNOWN", "planned-or-under-construction"): 5}
    assert cover["structural-parts-segment"].totals == {("C62", "UNKNOWN", "planned-or-under-construction"): 5000000}
    covered = {s for s, c in cover.items() if c.covered and c.parent is None}
    assert covered == {"cathode-materials-segment", "cell-segment", "structural-parts-segment"}


def test_the_jiana_company_is_local_through_its_project_in_bancang_park(G):
    local = analysis.local_entities(G, ID + "zigong-high-tech-zone")
    assert [f[1] for f in local[ID + "jiana-energy"]] == ["partOf", "locatedIn", "operatedBy"]
    assert ID + "chengdu-high-tech-zone" not in local


def test_gaps_are_exactly_the_uncovered_segments_ranked_by_dependents(G):
    found = analysis.gaps(G)
    assert set(slugs(g.segment for g in found)) == SODIUM_GAPS
    first = found[0]
    assert first.segment == ID + "sodium-salts-segment"
    assert slugs(first.dependents) == ["cathode-materials-segment", "cell-segment"]
    counts = [len(g.dependents) for g in found]
    assert counts == sorted(counts, reverse=True)
    anode = next(g for g in found if g.segment.endswith("/anode-materials-segment"))
    assert slugs(anode.dependents) == ["cell-segment"]
    assert slugs(anode.narrower) == ["hard-carbon-anode-segment"]
    # the carbon materials institute and its pilot platform are the local lead for hard carbon
    assert {(e[len(ID):], k) for e, k, _ in anode.leads} == {
        ("carbon-materials-institute", "researchField"), ("carbon-pilot-platform", "researchField")}


def test_default_zone_and_chain_are_the_articles(G):
    assert analysis.default_zone(G) == ID + "zigong-high-tech-zone"
    assert analysis.chain_industry(G) == ID + "sodium-ion-battery-industry"


def test_hubs_put_the_zone_first(G):
    ranked = analysis.hubs(G, top=5)
    assert ranked[0][0] == ID + "zigong-high-tech-zone"
    assert all(G.nodes[n]["cls"] != "ChainSegment" for n, _, _ in ranked)


# ---------------------------------------------------------------- names, paths, neighbourhoods


@pytest.mark.parametrize("name", ["珈钠能源", "自贡珈钠能源科技有限公司", "Jiana Energy", "jiana-energy",
                                  "zigong jiana energy technology co., ltd.", ID + "jiana-energy"])
def test_names_resolve_by_id_label_alias_or_case(G, name):
    assert analysis.resolve(G, name) == ID + "jiana-energy"


def test_an_ambiguous_name_lists_the_candidates():
    G = nx.MultiDiGraph()
    for slug in ("a", "b"):
        G.add_node(slug, id=slug, cls="Company", label_zh=f"甲{slug}", label_en=slug.upper(), aliases=["同名"])
    with pytest.raises(analysis.NameNotFound) as err:
        analysis.resolve(G, "同名")
    assert err.value.ambiguous and len(err.value.candidates) == 2


def test_path_from_chengdu_zone_to_jiana_goes_through_zigong_zone(G):
    steps = analysis.shortest_path(G, analysis.resolve(G, "成都高新区"), analysis.resolve(G, "珈钠能源"))
    nodes = [steps[0].source] + [s.target for s in steps]
    assert nodes[0].endswith("/chengdu-high-tech-zone") and nodes[-1].endswith("/jiana-energy")
    assert ID + "zigong-high-tech-zone" in nodes
    for step in steps:  # every step is a stated relation, in the direction it says
        u, v = (step.source, step.target) if step.forward else (step.target, step.source)
        assert G.has_edge(u, v, step.predicate)


def test_neighbourhood_grows_with_depth(G):
    jiana = ID + "jiana-energy"
    one = {s.target for _, s in analysis.neighbourhood(G, jiana, 1)}
    assert {ID + "jiana-cathode-project", ID + "polyanion-cathode-material", ID + "huang-feng-staff"} <= one
    two = {s.target for _, s in analysis.neighbourhood(G, jiana, 2)}
    assert ID + "bancang-industrial-park" in two - one


def test_path_command_prints_the_route_through_zigong(built_outputs, capsys):
    assert main(["path", "成都高新区", "珈钠能源", "--outputs", str(built_outputs)]) == 0
    out = capsys.readouterr().out
    assert "自贡高新区 (Zigong High-tech Zone)" in out and "partner" in out


def test_neighbours_command_takes_english_names_and_depth(built_outputs, capsys):
    assert main(["neighbours", "Bancang Industrial Park", "--depth", "2", "--outputs", str(built_outputs)]) == 0
    out = capsys.readouterr().out
    assert "珈钠能源年产10万吨聚阴离子正极材料一期项目" in out and "自贡珈钠能源科技有限公司" in out


def test_unknown_names_are_usage_errors_with_suggestions(built_outputs, capsys):
    assert main(["path", "成都高新技术园", "珈钠能源", "--outputs", str(built_outputs)]) == 2
    err = capsys.readouterr().err
    assert "matches no entity" in err and "chengdu-high-tech-zone" in err


def test_path_reads_the_built_dataset_not_the_yaml(tmp_path, capsys):
    # Without a build there is nothing to read: the command says so instead of rebuilding.
    assert main(["path", "成都高新区", "珈钠能源", "--outputs", str(tmp_path)]) == 1
    assert "run `chaingraph build` first" in capsys.readouterr().err


def test_segment_depths_place_every_segment_after_what_feeds_it(G):
    members = set(analysis.segments(G))
    depth = analysis.segment_depths(G, members)
    links = [(s, o) for s, o, k in G.edges(keys=True) if k == "upstreamOf" and s in members and o in members]
    assert links and all(depth[s] < depth[o] for s, o in links
                         if analysis.top_level(G, s) != analysis.top_level(G, o))


@pytest.mark.parametrize("align", ["late", "early"])
def test_chain_columns_share_one_column_for_a_cycle(align):
    flow = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "b"), ("c", "d")])
    column = chain_columns(flow, align)
    assert column["b"] == column["c"] and column["a"] < column["b"] < column["d"]


@pytest.mark.parametrize("module", [
    "chaingraph.analysis.projection", "chaingraph.analysis.chain", "chaingraph.analysis.columns",
    "chaingraph.views.graphfiles", "chaingraph.facts.wording",
])
def test_analysis_modules_keep_runnable_examples(module):
    # pytest runs every module's doctests (--doctest-modules); this keeps these modules from losing theirs.
    import doctest
    import importlib

    examples = [t for t in doctest.DocTestFinder().find(importlib.import_module(module)) if t.examples]
    assert examples


def test_sampled_betweenness_is_networkx_estimate_from_the_same_pivots(G):
    """The numpy pass gives networkx's estimate (same pivots, same scaling) on the Zigong graph's
    stated entities and on a random graph with a self-loop, isolated nodes and two components."""
    from chaingraph.analysis.betweenness import sampled_betweenness

    stated = analysis._stated_graph(G, include_reference=False)
    odd = nx.gnm_random_graph(400, 500, seed=3)
    odd.add_edge(0, 0)
    odd.add_edges_from([(400, 401), (401, 402)])
    odd.add_nodes_from([403, 404])
    for graph, pivots in ((stated, 40), (odd, 60)):
        expected = nx.betweenness_centrality(graph, k=pivots, seed=analysis.HUB_SEED)
        found = sampled_betweenness(graph, pivots, analysis.HUB_SEED)
        assert found.keys() == expected.keys()
        assert all(abs(found[node] - expected[node]) < 1e-12 for node in graph)
        assert sum(found.values()) > 0
