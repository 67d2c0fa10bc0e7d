"""Status forms met in articles written without the rules in mind: capacities a company has (具备…年产能),
trial production, paperwork before a start, signed projects still to start, a target list after 力争,
counts up to a past date (截至…), projects that settled (新落地), a phase still being built and output
made today. One short sentence each, written for these tests in the genre's style."""

from __future__ import annotations

import pytest
from test_extract_genre import draft_of, figures


def project_status(draft, name: str) -> str | None:
    project = next(c for c in draft.candidates if c.cls == "Project" and name in c.label)
    return next((f.value for f in project.facts if f.prop == "status"), None)


@pytest.mark.parametrize("text, figure, status", [
    # a capacity the company has is in operation
    ("江源硅材料有限公司具备工业硅20万吨的年产能。\n", "20万吨", "operating"),
    # a count up to a past date is a result, not a target (截至 is no 到2027年)
    ("截至2024年底，滨湖高新区累计引进新材料企业120家。\n", "120家", "achieved"),
    # projects that settled are a result; their investment too
    ("今年以来，滨湖产业园新落地项目15个，总投资120亿元。\n", "120亿元", "achieved"),
    # a result word in the clause after a plan is one more target
    ("滨湖高新区今年将力争新材料产值突破500亿元，新增规上工业企业20家以上。\n", "20家", "planned"),
    # what a signed project invests is a plan while its start is still to come
    ("今年，江源数据科技有限公司投资12亿元建设的江源算力中心项目已完成签约，预计年内开工。\n", "12亿元", "planned"),
    # output made today is in operation, whatever trial the plant is in
    ("云帆无人机有限公司一期工厂已于今年5月建成试生产，目前月产无人机500架。\n", "500架", "operating"),
])
def test_the_status_of_each_figure(text, figure, status):
    assert figures(draft_of(text, source_date="2025-06-01"))[figure]["status"] == status


def test_trial_production_is_completed_and_a_planned_trial_a_plan():
    draft = draft_of("海岳新材料有限公司年产2万吨碳纤维项目去年底完成设备安装，目前处于试生产阶段。\n")
    assert project_status(draft, "年产2万吨碳纤维项目") == "completed"
    planned = draft_of("海岳新材料有限公司年产2万吨碳纤维项目已完成设备安装，计划明年3月试生产。\n")
    assert project_status(planned, "年产2万吨碳纤维项目") != "completed"


def test_paperwork_before_a_start_is_a_plan_even_after_another_projects_start():
    draft = draft_of("江源硅业年产5万吨多晶硅项目已于去年12月正式投产，青湖新能源年产3GW电池片项目正在办理前期手续，"
                     "计划今年下半年开工。\n", source_date="2025-02-10")
    assert project_status(draft, "年产3GW电池片项目") == "planned"
    assert project_status(draft, "年产5万吨多晶硅项目") == "operating"


def test_a_signed_project_still_to_start_is_planned():
    draft = draft_of("今年，江源数据科技有限公司投资12亿元建设的江源算力中心项目已完成签约，预计年内开工。\n",
                     source_date="2025-01-20")
    assert project_status(draft, "江源算力中心项目") == "planned"


def test_a_project_whose_second_phase_is_being_built_is_under_construction():
    draft = draft_of("甘源铜业有限公司年产6万吨铜箔项目一期3万吨已于去年8月建成投产，二期3万吨正在进行厂房建设，"
                     "预计今年10月竣工。\n", source_date="2025-02-19")
    assert project_status(draft, "年产6万吨铜箔项目") == "under-construction"
