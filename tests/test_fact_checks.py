"""Checks that catch wrong facts: labels that are fragments, holders that cannot hold a capacity or an
amount, statuses reported as done after the report, and owners, holders and statuses two sources
disagree on. Every refusal names file, line and field, with a fix."""

from __future__ import annotations

import pytest
from support import ROOT, ZIGONG, copy_project

from chaingraph.cli.main import main
from chaingraph.core.problems import InputError
from chaingraph.dataset.build import build_dataset
from chaingraph.dataset.conflicts import find_conflicts
from chaingraph.facts.loader import load_facts
from chaingraph.facts.vocabulary import load_vocabulary
from chaingraph.sources.captures import Person, Source
from chaingraph.sources.normalize import normalize

# A signing at a hydrogen park, written for these tests.
SOURCE = "jialingjiang-h2-2024-11"
ARTICLE = """嘉陵江氢能产业园签约仪式举行
2024年11月20日，嘉陵江氢能产业园与恒瑞氢能装备有限公司签署《氢能装备制造基地合作协议》。
根据协议，恒瑞氢能装备有限公司将建设年产500套电解槽生产线，项目总投资12亿元。
园区氢能运营中心同步揭牌，负责园区内加氢站的运营和维护，已累计服务企业36家。
嘉陵江产业投资基金规模20亿元，园区管委会同步推进科学普及工作。
"""


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(ROOT / "ontology" / "chaingraph.ttl")


def _problems(tmp_path, vocabulary, yaml_text: str, source=None) -> list:
    path = tmp_path / "facts.yaml"
    path.write_text(f"source: {SOURCE}\nentities:\n" + yaml_text, encoding="utf-8")
    try:
        load_facts([path], [], vocabulary, {SOURCE: source or normalize(ARTICLE)})
    except InputError as err:
        assert all(p.file.endswith("facts.yaml") for p in err.problems)
        return err.problems
    return []


def _line(yaml_text: str, needle: str) -> int:
    return yaml_text[: yaml_text.index(needle)].count("\n") + 3  # after the two head lines


# ------------------------------------------------------------------------------------------ labels


def _entity(cls: str, zh: str, en: str = "an English label") -> str:
    return (f"  - id: subject\n    class: {cls}\n    label: {{zh: \"{zh}\", en: \"{en}\"}}\n"
            "    quote: 嘉陵江氢能产业园签约仪式举行\n")


@pytest.mark.parametrize(("cls", "zh", "message", "reads"), [
    ("Project", "公司将建设年产500套电解槽生产线", "begins with '公司', a word that ends names",
     "the article reads “恒瑞氢能装备有限公司将建设年产500套电解槽生产线”"),
    ("Platform", "中心同步揭牌", "begins with '中心'", "园区氢能运营中心同步揭牌”"),
    ("IndustrialPark", "产业园签约仪式", "begins with '产业园'", "“嘉陵江氢能产业园签约仪式”"),
    ("Measure", "《氢能装备制造基地合作协议", "holds a 《 or 》 without its partner", "合作协议》。 根据协议，"),
    ("Measure", "氢能装备制造基地合作协议》", "holds a 《 or 》 without its partner", "司签署《氢能装备制造基地"),
    ("Product", "电解槽（碱性", "holds a （ or ） without its partner", ""),
    ("Measure", "“保姆式服务", "holds a “ or ” without its partner", ""),
    ("IndustrialPark", "嘉陵江氢能产业园与", "ends with '与', which cannot end a name",
     "the article reads “嘉陵江氢能产业园与恒瑞氢能装备有限”"),
    ("Platform", "园区氢能运营中心、", "ends with '、'", ""),
    ("Company", "恒瑞氢能装备有限公司和", "ends with '和'", ""),
    ("Company", "、恒瑞氢能装备有限公司", "begins with '、', which cannot begin a name", ""),
    ("Company", "的恒瑞氢能装备有限公司", "begins with '的'", ""),
])
def test_a_fragment_label_is_refused_with_a_fix(tmp_path, vocabulary, cls, zh, message, reads):
    text = _entity(cls, zh)
    (problem,) = _problems(tmp_path, vocabulary, text)
    assert (problem.line, problem.field) == (_line(text, "label:"), "subject.label.zh")
    assert message in problem.message and problem.hint
    assert reads in problem.hint


def test_an_english_label_with_an_open_bracket_is_refused(tmp_path, vocabulary):
    text = _entity("Company", "恒瑞氢能装备有限公司", "Hengrui (Hydrogen Equipment Co., Ltd.")
    (problem,) = _problems(tmp_path, vocabulary, text)
    assert problem.field == "subject.label.en" and "holds a ( or ) without its partner" in problem.message


@pytest.mark.parametrize(("cls", "zh"), [
    ("IndustrialPark", "嘉陵江氢能产业园"), ("Company", "恒瑞氢能装备有限公司"), ("Fund", "嘉陵江产业投资基金"),
    ("Measure", "《氢能装备制造基地合作协议》"), ("Measure", "科学普及"),  # 及 inside the word 普及
    ("Measure", "“保姆式”服务"), ("Reform", "公司制改革"),  # not a proper name: may begin with 公司
    ("AdministrativeRegion", "中心城区"), ("AdministrativeRegion", "和林格尔县"),  # 和 begins the word 和林格尔
    ("Company", "和祥新材料有限公司"), ("Project", "和川年产9万吨正极材料项目"),  # brands begin with 和
    ("Position", "王亮（项目负责人）"), ("GovernmentBody", "园区管委会"), ("Platform", "园区氢能运营中心"),
])
def test_whole_names_pass(tmp_path, vocabulary, cls, zh):
    assert _problems(tmp_path, vocabulary, _entity(cls, zh)) == []


# ------------------------------------------------------------------------------------------ holders

FIGURES = """\
  - id: electrolyser
    class: Product
    label: {zh: 电解槽, en: electrolyser}
    quote: 电解槽生产线
  - id: electrolyser-capacity
    class: Capacity
    label: {zh: 年产500套电解槽产能, en: 500 electrolysers a year}
    quote: 年产500套电解槽
  - id: investment
    class: Quantity
    label: {zh: 项目总投资12亿元, en: total investment of 1.2 billion yuan}
    quote: 项目总投资12亿元
    facts:
      - unitCode: CNY
        quote: 总投资12亿元
  - id: served-companies
    class: Quantity
    label: {zh: 累计服务企业36家, en: 36 companies served}
    quote: 已累计服务企业36家
    facts:
      - unitCode: C62
        quote: 服务企业36家
"""


def _holder(cls: str, prop: str, held: str) -> str:
    return FIGURES + (f"  - id: holder\n    class: {cls}\n    label: {{zh: 嘉陵江氢能产业园, en: a holder}}\n"
                      f"    quote: 嘉陵江氢能产业园签约仪式举行\n    facts:\n      - {prop}: {held}\n"
                      "        quote: 恒瑞氢能装备有限公司将建设\n")


@pytest.mark.parametrize(("cls", "prop", "held"), [
    ("Company", "hasCapacity", "electrolyser-capacity"), ("Project", "hasCapacity", "electrolyser-capacity"),
    ("IndustrialPark", "hasCapacity", "electrolyser-capacity"),
    ("HighTechZone", "hasCapacity", "electrolyser-capacity"),
    ("AdministrativeRegion", "hasCapacity", "electrolyser-capacity"),
    ("ResearchInstitute", "hasCapacity", "electrolyser-capacity"),
    ("Fund", "hasIndicator", "investment"), ("GovernmentBody", "hasIndicator", "investment"),
    ("Project", "hasIndicator", "investment"), ("Platform", "hasIndicator", "served-companies"),
])
def test_a_capacity_or_amount_held_by_what_can_hold_it_passes(tmp_path, vocabulary, cls, prop, held):
    assert _problems(tmp_path, vocabulary, _holder(cls, prop, held)) == []


@pytest.mark.parametrize(("cls", "prop", "held", "kind"), [
    ("Platform", "hasCapacity", "electrolyser-capacity", "a capacity"),  # a fragment mistaken for a platform
    ("Incubator", "hasCapacity", "electrolyser-capacity", "a capacity"),
    ("GovernmentBody", "hasCapacity", "electrolyser-capacity", "a capacity"),
    ("Fund", "hasCapacity", "electrolyser-capacity", "a capacity"),
    ("Publisher", "hasCapacity", "electrolyser-capacity", "a capacity"),
    ("Platform", "hasIndicator", "investment", "an amount of money"),
    ("Product", "hasIndicator", "served-companies", "a figure"),
    ("Measure", "hasIndicator", "served-companies", "a figure"),
])
def test_a_holder_of_the_wrong_class_is_refused(tmp_path, vocabulary, cls, prop, held, kind):
    text = _holder(cls, prop, held)
    (problem,) = _problems(tmp_path, vocabulary, text)
    assert (problem.line, problem.field) == (_line(text, f"- {prop}:"), f"holder.{prop}")
    assert f"holder is a {cls} and cannot hold {kind} ({held})" in problem.message
    assert "Project" in problem.message and "Place" in problem.message
    assert f"give the {prop} fact to the company, project, park or zone" in problem.hint


# ------------------------------------------------------------------------------------------ statuses


def _source(date: str | None, visit_date: str | None = None) -> Source:
    return Source(SOURCE, "嘉陵江氢能产业园签约仪式举行", Person("测试网", "Test Net"), normalize(ARTICLE),
                  date=date, visit_date=visit_date)


def _project(status: str, date: str) -> str:
    return ("  - id: electrolyser-project\n    class: Project\n"
            "    label: {zh: 年产500套电解槽生产线项目, en: electrolyser line project}\n"
            "    quote: 年产500套电解槽生产线\n    facts:\n"
            f"      - status: {status}\n        quote: 恒瑞氢能装备有限公司将建设\n"
            f"      - date: {date}\n        quote: 2024年11月20日\n")


@pytest.mark.parametrize(("status", "date"), [
    ("completed", "2025-06"), ("operating", "2024-12"), ("achieved", "2024-11-21"), ("completed", "2026"),
])
def test_a_done_status_dated_after_the_source_is_refused(tmp_path, vocabulary, status, date):
    text = _project(status, date)
    (problem,) = _problems(tmp_path, vocabulary, text, _source("2024-11-20"))
    assert (problem.line, problem.field) == (_line(text, "- status:"), "electrolyser-project.status")
    assert f"status {status} is dated {date} (line {_line(text, '- date:')}), after the date of source " \
           f"{SOURCE} (2024-11-20)" in problem.message
    assert "planned or under-construction" in problem.hint


@pytest.mark.parametrize(("status", "date"), [
    ("completed", "2024"), ("completed", "2024-11"), ("operating", "2024-11-20"), ("achieved", "2023-05"),
    ("planned", "2026"), ("under-construction", "2025-06"),
])
def test_a_status_the_source_could_report_passes(tmp_path, vocabulary, status, date):
    assert _problems(tmp_path, vocabulary, _project(status, date), _source("2024-11-20")) == []


def test_the_visit_date_serves_when_the_source_has_no_date(tmp_path, vocabulary):
    problems = _problems(tmp_path, vocabulary, _project("completed", "2024-12"), _source(None, "2024-11-20"))
    assert [p.field for p in problems] == ["electrolyser-project.status"]
    assert _problems(tmp_path, vocabulary, _project("completed", "2024-12"), _source(None)) == []


def test_the_real_data_passes_every_check(vocabulary):
    from chaingraph.sources.captures import load_sources

    sources = load_sources(ROOT / "data" / "sources")  # Source records: the status dates are checked too
    facts = load_facts(sorted((ROOT / "data" / "facts").glob("*.yaml")),
                       sorted((ROOT / "data" / "reference").glob("*.yaml")), vocabulary, sources)
    assert len(facts.statements) > 300


# ------------------------------------------------------------------------------------------ conflicts

FOLLOW_UP = "zigong-followup-2025-03"
FOLLOW_UP_TEXT = """自贡钠电项目回访：正极材料基地满产运行
2025年3月18日，记者回访自贡高新区板仓工业园区。
珈钠能源年产10万吨聚阴离子正极材料一期项目目前由自贡钠创材料有限公司负责运营，生产线已满负荷运行。
园区内的钠离子电池电芯产能由自贡钠创材料有限公司统筹建设。
"""
FOLLOW_UP_META = f"""id: {FOLLOW_UP}
title: 自贡钠电项目回访：正极材料基地满产运行
publisher: {{zh: 测试网, en: Test Net}}
date: 2025-03-18
"""
# The follow-up names another operator for the project, another holder for the zone's cell capacity,
# and a later status: three conflicts to flag, none to refuse.
FOLLOW_UP_FACTS = f"""source: {FOLLOW_UP}
entities:
  - id: nachuang-materials
    class: Company
    label: {{zh: 自贡钠创材料有限公司, en: "Zigong Nachuang Materials Co., Ltd."}}
    quote: 由自贡钠创材料有限公司负责运营
    facts:
      - hasCapacity: zone-sodium-ion-cell-capacity
        quote: 钠离子电池电芯产能由自贡钠创材料有限公司统筹建设
  - id: jiana-cathode-project
    quote: 珈钠能源年产10万吨聚阴离子正极材料一期项目目前
    facts:
      - operatedBy: nachuang-materials
        quote: 一期项目目前由自贡钠创材料有限公司负责运营
      - status: operating
        quote: 生产线已满负荷运行
"""


@pytest.fixture(scope="module")
def follow_up(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("follow-up"))
    (project.sources / f"{FOLLOW_UP}.txt").write_text(FOLLOW_UP_TEXT, encoding="utf-8")
    (project.sources / f"{FOLLOW_UP}.meta.yaml").write_text(FOLLOW_UP_META, encoding="utf-8")
    (project.facts / f"{FOLLOW_UP}.yaml").write_text(FOLLOW_UP_FACTS, encoding="utf-8")
    return project


def test_owner_holder_and_status_differing_between_sources_are_flagged(follow_up):
    conflicts = {(c.subject, c.prop): c for c in find_conflicts(build_dataset(follow_up))}
    assert set(conflicts) == {("jiana-cathode-project", "operatedBy"), ("jiana-cathode-project", "status"),
                              ("zone-sodium-ion-cell-capacity", "held by (hasCapacity)")}
    owner = conflicts[("jiana-cathode-project", "operatedBy")]
    assert [(v.value, v.source, v.source_date) for v in owner.values] == [
        ("jiana-energy", ZIGONG, "2024-08-05"), ("nachuang-materials", FOLLOW_UP, "2025-03-18")]
    assert owner.values[1].quote == "一期项目目前由自贡钠创材料有限公司负责运营"
    holder = conflicts[("zone-sodium-ion-cell-capacity", "held by (hasCapacity)")]
    assert [(v.value, v.source) for v in holder.values] == [
        ("zigong-high-tech-zone", ZIGONG), ("nachuang-materials", FOLLOW_UP)]
    assert holder.values[1].quote == "钠离子电池电芯产能由自贡钠创材料有限公司统筹建设"
    assert "高新区现具备5GWh钠离子电池电芯" in holder.values[0].quote
    status = conflicts[("jiana-cathode-project", "status")]
    assert [(v.value, v.as_of) for v in status.values] == [("completed", "2024-06"), ("operating", None)]


def test_the_build_summary_lists_the_owner_and_holder_conflicts(follow_up, capsys):
    assert main(["--root", str(follow_up.root), "build", "--check"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "conflict:" in line]
    assert len(lines) == 3
    assert any("jiana-cathode-project operatedBy: jiana-energy (zigong-gaoxinqu-2024-08" in line
               and "vs nachuang-materials (zigong-followup-2025-03" in line for line in lines)
    assert any(line.startswith("  conflict: zone-sodium-ion-cell-capacity held by (hasCapacity): zigong-high-tech-zone")
               for line in lines)


def test_one_source_alone_has_no_conflict(zigong):
    assert find_conflicts(zigong) == []


def test_the_same_owner_in_two_sources_is_no_conflict(tmp_path):
    project = copy_project(tmp_path)
    (project.sources / f"{FOLLOW_UP}.txt").write_text(FOLLOW_UP_TEXT, encoding="utf-8")
    (project.sources / f"{FOLLOW_UP}.meta.yaml").write_text(FOLLOW_UP_META, encoding="utf-8")
    agreeing = FOLLOW_UP_FACTS.replace("- operatedBy: nachuang-materials\n", "- operatedBy: jiana-energy\n")
    agreeing = agreeing.replace("- hasCapacity: zone-sodium-ion-cell-capacity\n", "- produces: sodium-ion-cell\n")
    (project.facts / f"{FOLLOW_UP}.yaml").write_text(agreeing, encoding="utf-8")
    conflicts = find_conflicts(build_dataset(project))
    assert [(c.subject, c.prop) for c in conflicts] == [("jiana-cathode-project", "status")]
