"""The silent empty answers of the model, each as a test that would have caught it.

An analyst who writes plain SPARQL must get either the answer or a warning: statuses are terms
(compared by IRI or code), dates as written come with xsd:date bounds, every capacity states its
period, a capacity reaches the company that runs its project, and lead and supporting industries
are two properties. Expected values are checked against the article (sentence ids in comments).
"""

from __future__ import annotations

import pytest
from support import ROOT

from chaingraph.cli.main import main
from chaingraph.core.namespaces import prefixes
from chaingraph.core.problems import InputError
from chaingraph.dataset.build import build_dataset
from chaingraph.dataset.sparql import library, object_properties, run_query, trap_warnings
from chaingraph.dataset.store import store_from_quads

ID = "https://w3id.org/chaingraph/id/"


@pytest.fixture(scope="module")
def store(zigong):
    return store_from_quads(zigong.oxigraph_quads)


def column(store, zigong, text: str) -> set[str]:
    return {row[0].value for row in run_query(store, text, zigong.project.base)}


# ---------------------------------------------------------------- statuses are terms

def test_a_status_compared_to_a_string_matches_nothing_and_the_command_warns(store, zigong, built_outputs, capsys):
    trap = 'SELECT ?x WHERE { ?x cg:status "completed" }'
    assert column(store, zigong, trap) == set()
    assert main(["query", "--outputs", str(built_outputs), trap]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "cg:status cg:Completed" in err and 'skos:notation "completed"' in err


def test_a_status_matches_by_iri_or_by_code(store, zigong):
    # s014 6月底整个项目竣工: the project and its capacity are completed
    expected = {ID + "jiana-cathode-project", ID + "jiana-polyanion-capacity"}
    assert column(store, zigong, "SELECT ?x WHERE { ?x cg:status cg:Completed }") == expected
    assert column(store, zigong, 'SELECT ?x WHERE { ?x cg:status/skos:notation "completed" }') == expected


def test_no_library_question_falls_into_a_trap(store, zigong):
    relations = object_properties(store)
    assert str(zigong.vocabulary.properties["status"].iri) in relations
    for query in library(ROOT / "queries"):
        assert trap_warnings(query.text, prefixes(zigong.project.base), relations, query.path.name) == [], query.id


# ---------------------------------------------------------------- dates

def test_a_month_compared_with_a_day_is_dropped_and_the_command_warns(store, zigong, built_outputs, capsys):
    trap = 'SELECT ?x WHERE { ?x cg:date ?d FILTER(?d >= "2024-01-01"^^xsd:date) }'
    assert ID + "jiana-cathode-project" not in column(store, zigong, trap)  # 2024-06 is an xsd:gYearMonth
    assert main(["query", "--outputs", str(built_outputs), trap]) == 0
    assert "cg:dateStart / cg:dateEnd" in capsys.readouterr().err


def test_date_bounds_keep_every_dated_fact_in_a_date_filter(store, zigong):
    dated = column(store, zigong, "SELECT ?x WHERE { ?x cg:date ?d }")
    since = column(store, zigong, 'SELECT ?x WHERE { ?x cg:dateEnd ?d FILTER(?d >= "2024-01-01"^^xsd:date) }')
    assert ID + "jiana-cathode-project" in since and since == dated
    kinds = column(store, zigong, "SELECT DISTINCT (DATATYPE(?d) AS ?t) WHERE { ?x cg:dateStart|cg:dateEnd ?d }")
    assert kinds == {"http://www.w3.org/2001/XMLSchema#date"}
    started = column(store, zigong, 'SELECT ?x WHERE { ?x cg:startDateStart "2023-01-01"^^xsd:date ; '
                                    'cg:startDateEnd "2023-12-31"^^xsd:date }')
    assert ID + "integrated-authorization-reform" in started  # s005 去年初 (2023)


# ---------------------------------------------------------------- capacities

def test_every_capacity_states_one_known_period(store, zigong):
    rows = {(row[0].value, row[1].value if row[1] else "")
            for row in run_query(store, "SELECT ?c ?per WHERE { ?c a cg:Capacity OPTIONAL { ?c cg:perPeriod ?per } }",
                                 zigong.project.base)}
    capacities = {c for c, _ in rows}
    assert len(rows) == len(capacities) == 4
    # s012 年产10万吨 is per year; s025 gives the zone's figures without a period
    assert dict(rows) == {ID + "jiana-polyanion-capacity": "ANN", ID + "zone-precision-parts-capacity": "UNKNOWN",
                          ID + "zone-sodium-cathode-capacity": "UNKNOWN",
                          ID + "zone-sodium-ion-cell-capacity": "UNKNOWN"}


def test_summing_yearly_tonnes_leaves_out_figures_of_unknown_period(store, zigong):
    total = column(store, zigong, 'SELECT (SUM(?v) AS ?t) WHERE { ?c a cg:Capacity ; cg:unitCode "TNE" ; '
                                  'cg:perPeriod "ANN" ; cg:value ?v }')
    assert total == {"100000"}  # the 300,000 t of s025 has no stated period


def test_an_unknown_period_code_is_refused_with_its_line(project_copy):
    path = project_copy.facts / "zigong-gaoxinqu-2024-08.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- perPeriod: ANN", "- perPeriod: yearly", 1), encoding="utf-8")
    line = text.splitlines().index("      - perPeriod: ANN") + 1
    with pytest.raises(InputError) as err:
        build_dataset(project_copy)
    problem = next(p for p in err.value.problems if "period" in p.message)
    assert (problem.line, problem.field) == (line, "jiana-polyanion-capacity.perPeriod")
    assert "UNKNOWN" in problem.hint


def test_the_company_running_the_project_holds_its_capacity(store, zigong):
    assert run_query(store, "ASK { id:jiana-energy cg:hasCapacity id:jiana-polyanion-capacity }", zigong.project.base)


# ---------------------------------------------------------------- lead and supporting industries

def test_lead_and_supporting_industries_are_two_properties(store, zigong):
    # s023 钠电储能做龙头、锂电光伏做配套
    lead = column(store, zigong, "SELECT ?i WHERE { id:zigong-high-tech-zone cg:leadIndustry ?i }")
    supporting = column(store, zigong, "SELECT ?i WHERE { id:zigong-high-tech-zone cg:supportingIndustry ?i }")
    assert lead == {ID + "sodium-ion-battery-industry", ID + "energy-storage-industry"}
    assert supporting == {ID + "lithium-battery-industry", ID + "photovoltaic-industry"}
    supports = column(store, zigong, "SELECT ?i WHERE { id:zigong-high-tech-zone cg:supportsIndustry ?i }")
    assert lead | supporting < supports  # both are also cg:supportsIndustry, beside 新能源产业 (s025)


@pytest.mark.parametrize(("text", "warned"), [
    ('SELECT * { ?x cg:status "completed" }', True),
    ('PREFIX c: <https://w3id.org/chaingraph/ns#>\nSELECT * { ?x c:status "completed" }', True),
    ('SELECT * { ?x <https://w3id.org/chaingraph/ns#operatedBy> "珈钠能源" }', True),
    ('SELECT * { ?x cg:status/skos:notation "completed" }', False),
    ('SELECT * { VALUES (?p ?name) { (cg:status "status") } ?x ?p ?o }', False),
    ('SELECT * { ?x cg:status cg:Completed ; rdfs:label "cg:status \\"completed\\"" }', False),
    ('SELECT * { ?x cg:date ?d FILTER(?d >= "2024-01-01"^^xsd:date) }', True),
    ('SELECT * { ?x cg:date ?d ; cg:dateEnd ?e FILTER(?e >= "2024-01-01"^^xsd:date) }', False),
])
def test_the_trap_check_reads_the_query_not_its_strings(store, zigong, text, warned):
    warnings = trap_warnings(text, prefixes(zigong.project.base), object_properties(store))
    assert bool(warnings) == warned, warnings
