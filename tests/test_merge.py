"""Merging sources: one entity across articles, two evidences for a shared fact, differing figures kept and flagged."""

from __future__ import annotations

import pytest
from captures import capture
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD
from support import ZIGONG, copy_project

from chaingraph.authoring.extract import extract
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.cli.main import main
from chaingraph.core.namespaces import CG
from chaingraph.core.problems import InputError
from chaingraph.dataset.build import build_dataset
from chaingraph.dataset.conflicts import find_conflicts
from chaingraph.sources.ingest import ingest

SECOND = "zigong-sodium-2025-01"
# A later report on the same zone: the cell capacity is now 10 GWh where the seed said 5 GWh.
SECOND_LINES = [
    "自贡高新区钠电产业再提速",
    "2025年1月10日，记者从自贡高新区获悉，高新区钠离子电池电芯产能达到10GWh。",
    "自贡珈钠能源科技有限公司工作人员介绍，公司正极材料项目运行良好。",
]
SECOND_FACTS = f"""\
source: {SECOND}
entities:
  - id: zigong-high-tech-zone
    class: HighTechZone
    aliases: {{zh: [自贡高新区钠电产业]}}
    quote: 记者从自贡高新区获悉
    facts:
      - partOf: zigong
        quote: 自贡高新区
        sentence: s002
      - hasCapacity: zone-sodium-ion-cell-capacity
        quote: 高新区钠离子电池电芯产能达到10GWh
  - id: jiana-energy
    class: Company
    quote: 自贡珈钠能源科技有限公司工作人员介绍
  - id: zone-sodium-ion-cell-capacity
    class: Capacity
    quote: 钠离子电池电芯产能达到10GWh
    facts:
      - value: 10
        quote: 产能达到10GWh
      - unitCode: GWH
        quote: 产能达到10GWh
      - status: planned-or-under-construction
        quote: 钠离子电池电芯产能达到10GWh
      - date: 2025-01-10
        quote: 2025年1月10日
"""


@pytest.fixture
def two_sources(tmp_path):
    project = copy_project(tmp_path)
    raw = capture("pinyin", SECOND_LINES)
    ingest(project, raw, SECOND, publisher="自贡网=Zigong Net", date="2025-01-10")
    (project.facts / f"{SECOND}.yaml").write_text(SECOND_FACTS, encoding="utf-8")
    return project, raw


def test_the_second_capture_is_a_real_capture_form(two_sources):
    project, raw = two_sources
    text = raw.decode("utf-8")
    assert "區(qū)" in text and "来源：宜宾新闻网" in text
    source = build_dataset(project, validate_shapes=False).sources[SECOND]
    assert "高新区钠离子电池电芯产能达到10GWh。" in source.normalized.text


def test_one_entity_two_evidences_one_conflict(two_sources):
    project, _ = two_sources
    result = build_dataset(project)
    ds = result.dataset
    base = project.base
    zone = URIRef(base + "zigong-high-tech-zone")
    capacity = URIRef(base + "zone-sodium-ion-cell-capacity")
    # one IRI for the zone, stated in both sources' graphs
    assert {URIRef(f"{base}graph/source-{ZIGONG}"), URIRef(f"{base}graph/source-{SECOND}")} <= {
        g for s, _, _, g in result.quads if s == zone}
    assert len([e for e in result.facts.entities if "high-tech-zone" in e and "zigong" in e]) == 1
    # the shared fact (zone partOf zigong) carries two evidence nodes, one per source
    evidence = [e for e in ds.subjects(RDF.subject, zone)
                if ds.value(e, RDF.predicate) == CG.partOf and ds.value(e, RDF.object) == URIRef(base + "zigong")]
    sources = {ds.value(e, CG.evidenceSource) for e in evidence}
    assert len(evidence) == 2
    assert sources == {URIRef(f"{base}source/{ZIGONG}"), URIRef(f"{base}source/{SECOND}")}
    # both figures kept, each with its own evidence
    values = set(ds.objects(capacity, CG.value))
    assert values == {Literal("5", datatype=XSD.decimal), Literal("10", datatype=XSD.decimal)}
    # exactly one conflict: cg:value, with both sources, their dates and quotes
    conflicts = find_conflicts(result)
    assert [(c.subject, c.prop) for c in conflicts] == [("zone-sodium-ion-cell-capacity", "value")]
    (conflict,) = conflicts
    assert [(v.value, v.source, v.source_date, v.as_of) for v in conflict.values] == [
        ("5", ZIGONG, "2024-08-05", "2024-08-05"), ("10", SECOND, "2025-01-10", "2025-01-10")]
    assert conflict.values[1].quote == "产能达到10GWh"


def test_the_build_summary_flags_the_conflict_and_still_succeeds(two_sources, capsys):
    project, _ = two_sources
    assert main(["--root", str(project.root), "build", "--check"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "conflict:" in line]
    assert len(lines) == 1
    assert "zone-sodium-ion-cell-capacity value: 5" in lines[0] and "10 (zigong-sodium-2025-01" in lines[0]


def test_the_report_lists_the_conflict_with_both_sources_and_quotes(two_sources):
    from chaingraph.views.report import build_report

    project, _ = two_sources
    markdown = build_report(build_dataset(project)).markdown
    section = markdown.split("## 数字分歧 · Conflicting figures", 1)[1].split("\n## ", 1)[0]
    (line,) = [line for line in section.splitlines() if "value:" in line]
    assert "5 (zigong-gaoxinqu-2024-08, 2024-08-05" in line and f"10 ({SECOND}, 2025-01-10" in line
    assert "5GWh钠离子电池电芯" in line and "产能达到10GWh" in line


def test_extract_on_the_second_article_reuses_the_existing_ids(two_sources):
    project, _ = two_sources
    source = build_dataset(project, validate_shapes=False).sources[SECOND]
    gazetteer = build_gazetteer([project.facts / f"{ZIGONG}.yaml"])
    draft = extract(source.normalized, SECOND, gazetteer, "2025-01-10")
    linked = {c.existing.id for c in draft.candidates if c.existing}
    assert {"zigong-high-tech-zone", "jiana-energy"} <= linked
    # 10GWh is a new figure for the zone's cell capacity: never the 5GWh entity's id, but pointed at it
    (figure,) = [c for c in draft.candidates if c.kind == "quantity" and c.figure and c.figure.value == 10]
    assert "zone-sodium-ion-cell-capacity" not in linked and figure.id != "zone-sodium-ion-cell-capacity"
    assert any("zone-sodium-ion-cell-capacity" in note for note in figure.notes)


def test_one_source_giving_two_values_is_refused_with_file_and_line(two_sources):
    project, _ = two_sources
    path = project.facts / f"{SECOND}.yaml"
    path.write_text(SECOND_FACTS + "      - value: 12\n        quote: 产能达到10GWh\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        build_dataset(project)
    (problem,) = err.value.problems
    assert problem.field == "zone-sodium-ion-cell-capacity.value"
    assert problem.file.endswith(f"{SECOND}.yaml") and problem.line == SECOND_FACTS.count("\n") + 1
    assert "second value in the same source" in problem.message


def test_ingesting_the_same_capture_again_changes_nothing(two_sources):
    project, raw = two_sources
    files = sorted(project.sources.glob(f"{SECOND}.*"))
    before = [(f.read_bytes(), f.stat().st_mtime_ns) for f in files]
    assert ingest(project, raw, SECOND, publisher="自贡网=Zigong Net").status == "unchanged"
    assert [(f.read_bytes(), f.stat().st_mtime_ns) for f in sorted(project.sources.glob(f"{SECOND}.*"))] == before
