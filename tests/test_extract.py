"""`chaingraph extract`: candidates from an article never seen, figures normalised, links to existing ids,
and a draft that builds once a curator fills its TODOs."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from captures import FORMS, YIBIN_FIGURES, YIBIN_ORGS, capture
from support import ROOT, ZIGONG, copy_project

from chaingraph.authoring.extract import extract
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.cli.main import main
from chaingraph.core.project import Project
from chaingraph.dataset.build import build_dataset
from chaingraph.sources.ingest import ingest
from chaingraph.sources.normalize import normalize
from chaingraph.sources.sentences import Sentence


def draft_for(raw, gazetteer=None, source_date="2024-09-10"):
    return extract(normalize(raw), "yibin", gazetteer or build_gazetteer([]), source_date)


@pytest.mark.parametrize("form", FORMS)
def test_planted_organisations_zone_and_figures_are_found_in_every_form(form):
    draft = draft_for(capture(form))
    names = {name for c in draft.candidates if c.kind == "organisation" for name in c.names}
    assert YIBIN_ORGS <= names
    zones = [c for c in draft.candidates if c.kind == "zone"]
    assert [sorted(z.names) for z in zones] == [["三江新区", "宜宾三江新区"]]
    figures = {(format(c.figure.value.normalize(), "f"), c.figure.unit) for c in draft.candidates if c.figure}
    assert YIBIN_FIGURES <= figures


def test_people_get_their_role_and_employer():
    draft = draft_for(capture("simplified"))
    positions = {c.label: {f.prop: f.value for f in c.facts} for c in draft.candidates if c.cls == "Position"}
    director = positions["张伟（局长）"]
    assert director["positionIn"].label == "宜宾市经济和信息化局"
    assert director["holder"].label_en == "Zhang Wei"
    assert positions["刘洋（副院长）"]["positionIn"].label == "四川省先进电池材料研究院"


def test_capacities_know_their_product_owner_and_period():
    draft = draft_for(capture("simplified"))
    capacities = {c.figure.text: c for c in draft.candidates if c.cls == "Capacity"}
    cells = {f.prop: f.value for f in capacities["年产20GWh"].facts}
    assert cells["perPeriod"] == "ANN" and cells["unitCode"] == "GWH" and cells["value"] == 20
    assert cells["ofProduct"].label in ("钠离子电池",)
    cathode = {f.prop: f.value for f in capacities["年产10万吨"].facts}
    assert cathode["ofProduct"].label == "正极材料" and cathode["status"] == "operating"  # 已经投产


def test_cooperation_between_two_recognised_names():
    draft = draft_for(capture("simplified"))
    cooperation = [c for c in draft.candidates if c.cls == "Cooperation"]
    assert len(cooperation) == 1
    partners = cooperation[0].facts[0].value
    assert {p.label for p in partners} == {"宜宾三江新区", "宁德时代新能源科技股份有限公司"}


@pytest.mark.parametrize("text, value, unit, period", [
    ("珈钠能源年产10万吨聚阴离子正极材料一期项目。", "100000", "TNE", "ANN"),
    ("公司将形成20GWh/年钠离子电池产能。", "20", "GWH", "ANN"),
    ("高新区现具备5GWh钠离子电池电芯。", "5", "GWH", None),
    ("规划500万件精密结构件。", "5000000", "C62", None),
    ("项目达产后年产80万套电池结构件。", "800000", "SET", "ANN"),
    ("实现新增产值超5亿元。", "500000000", "CNY", None),
    ("项目用地500亩。", "33.3333", "HAR", None),
    ("日产300吨电解液。", "300", "TNE", "DAY"),
])
def test_figures_are_normalised_to_un_cefact_units(text, value, unit, period):
    from chaingraph.authoring.extract.figures import find_figures

    (figure,) = find_figures(Sentence("s001", text, 0, len(text), "body"))
    assert (format(figure.value.normalize(), "f"), figure.unit, figure.per_period) == (value, unit, period)


def test_articles_and_idioms_are_not_figures():
    from chaingraph.authoring.extract.figures import find_figures

    text = "记者发现一个个重大项目，打通最后一公里，这是一个缩影，已经转化了三个科研项目。"
    figures = find_figures(Sentence("s001", text, 0, len(text), "body"))
    assert [(f.text, f.value) for f in figures] == [("三个", Decimal(3))]


def test_dates_resolve_against_the_source_date():
    text = "蹲点时间：2024年8月5日\n去年初，四川推出改革。6月底整个项目竣工。\n"
    draft = extract(normalize(text), "x", build_gazetteer([]), None)
    assert draft.source_date == "2024-08-05"
    assert [(d.text, d.value) for d in draft.dates] == [
        ("2024年8月5日", "2024-08-05"), ("去年初", "2023"), ("6月底", "2024-06")]


def test_names_already_in_the_graph_link_to_their_ids():
    gazetteer = build_gazetteer(sorted((ROOT / "data" / "facts").glob("*.yaml")))
    text = ("自贡高新区新闻\n近日，高新区又迎来新项目。珈钠能源负责人表示，自贡先进碳材料产业研究院将提供支持。"
            "高新区现具备5GWh钠离子电池电芯等在建或规划产能。\n")
    draft = extract(normalize(text), "x", gazetteer, "2025-01-10")
    linked = {c.existing.id: c for c in draft.candidates if c.existing}
    assert {"zigong-high-tech-zone", "jiana-energy", "carbon-materials-institute", "sodium-ion-cell",
            "zone-sodium-ion-cell-capacity"} <= set(linked)
    # the curated capacity is 5GWh: only the same figure of the same owner links to it (a 10GWh figure
    # gets an id of its own, see test_extract_quantities.py)
    assert linked["zone-sodium-ion-cell-capacity"].facts[0].value == 5
    # one zone, not one per spelling
    assert len([c for c in draft.candidates if c.kind == "zone"]) == 1


def test_the_benchmark_scores_the_curated_source_without_its_own_facts(capsys):
    # The figures themselves are measured by benchmarks/extract_eval.py, not asserted here; this keeps
    # the benchmark running on the curated source, leave-one-source-out, and printing its table.
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import extract_eval

    assert extract_eval.main(["--set", "curated"]) == 0
    out = capsys.readouterr().out
    assert "== curated: 1 source(s), leave-one-source-out" in out
    assert "organisations" in out and "with a duplicate id 0/1" in out


def test_the_draft_builds_once_the_todos_are_filled(tmp_path, capsys):
    """ingest -> extract -o -> build: every English label is proposed (none left TODO), and the loader and
    SHACL accept the draft as it is."""
    project = copy_project(tmp_path)
    ingest(project, capture("pinyin"), "yibin-sanjiang-2024-09", publisher="宜宾新闻网=Yibin News",
           date="2024-09-10")
    draft_path = project.facts / "yibin-sanjiang-2024-09.yaml"
    assert main(["--root", str(tmp_path), "extract", "yibin-sanjiang-2024-09", "-o", str(draft_path)]) == 0
    text = draft_path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["source"] == "yibin-sanjiang-2024-09" and len(data["entities"]) >= 15
    labels = [e["label"] for e in data["entities"] if "label" in e]
    assert labels and all(label.get("en") and label["en"] != "TODO" for label in labels)
    assert main(["--root", str(tmp_path), "build", "--check"]) == 0
    capsys.readouterr()
    result = build_dataset(project)
    assert result.violations == []
    ids = {s.subject for s in result.facts.statements if s.graph == "source:yibin-sanjiang-2024-09"}
    assert len(ids) >= 15
    # refuses to overwrite a facts file
    assert main(["--root", str(tmp_path), "extract", "yibin-sanjiang-2024-09", "-o", str(draft_path)]) == 1


def test_the_benchmark_s_own_examples_hold():
    """The scorer's rules with a doctest (a project spelled with its builder in front, measures in another
    unit): benchmarks/ is outside the doctest paths, so they run here."""
    import doctest

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import extract_eval

    result = doctest.testmod(extract_eval)
    assert result.attempted >= 5 and result.failed == 0


def test_the_zigong_draft_links_to_the_curated_ids_and_loads(tmp_path):
    project = copy_project(tmp_path)
    source_ids = ["--root", str(tmp_path), "extract", ZIGONG, "-o", str(tmp_path / "draft.yaml")]
    assert main(source_ids) == 0
    draft = yaml.safe_load((tmp_path / "draft.yaml").read_text(encoding="utf-8"))
    ids = {e["id"] for e in draft["entities"]}
    assert {"jiana-energy", "zigong-high-tech-zone", "bancang-industrial-park", "carbon-materials-institute",
            "tusstar-incubator", "zone-sodium-ion-cell-capacity"} <= ids
    text = (tmp_path / "draft.yaml").read_text(encoding="utf-8").replace("en: TODO", "en: reviewed")
    Path(project.facts / "zigong-draft.yaml").write_text(text, encoding="utf-8")
    # the draft restates curated figures of the same source: a second value would be refused here
    result = build_dataset(project, validate_shapes=False)
    assert "jiana-energy" in result.facts.entities


def test_the_gazetteer_reads_facts_files_with_the_safe_reader(tmp_path):
    """A facts file the safe YAML reader refuses (here for an alias) teaches the gazetteer nothing."""
    entity = "entities:\n  - id: jiana\n    class: Company\n    label: &name {zh: 珈钠能源, en: Jiana}\n"
    plain, aliased = tmp_path / "plain.yaml", tmp_path / "aliased.yaml"
    plain.write_text("source: a\n" + entity, encoding="utf-8")
    aliased.write_text("source: b\n" + entity + "    aliases: *name\n", encoding="utf-8")
    assert build_gazetteer([plain]).lookup("珈钠能源").id == "jiana"
    assert build_gazetteer([aliased]).lookup("珈钠能源") is None


# ----------------------------------------------------------------------------- synth, the other authoring command


def test_synth_writes_a_project_that_builds_from_any_folder(tmp_path, monkeypatch, capsys):
    """synth writes a whole project, so it needs none to run in: from an empty folder it takes the
    ontology and chain templates of the checkout chaingraph runs from."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CHAINGRAPH_ROOT", raising=False)
    assert main(["synth", "--zones", "2", "--companies", "6", "-o", "region"]) == 0
    assert "build it with" in capsys.readouterr().out
    region = tmp_path / "region"
    ontology = (region / "ontology" / "chaingraph.ttl").read_bytes()
    assert ontology == (ROOT / "ontology" / "chaingraph.ttl").read_bytes()
    result = build_dataset(Project(root=region))
    assert result.violations == [] and len(result.sources) == 2


def test_synth_without_any_project_says_what_it_needs(tmp_path, monkeypatch, capsys):
    from chaingraph.cli import synth

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CHAINGRAPH_ROOT", raising=False)
    monkeypatch.setattr(synth, "CHECKOUT", tmp_path)  # as in an installed wheel: no ontology/ beside the code
    assert main(["synth", "--zones", "2", "--companies", "6", "-o", "region"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "run it inside a chaingraph project or pass --root DIR" in err
    assert not (tmp_path / "region").exists()
