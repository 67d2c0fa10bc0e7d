"""Status forms met in captures of kinds the rules had not met (a year's review, a bulletin, a press
conference, an e-paper report on a computing centre, a feature on a maker space): a centre gone live
(上线), floor space handed over (交付使用), a project being carried out (正在实施), the projects a year's plan
schedules (安排), a stage opening the clause after an aim (将力争…，开工建设…), and the operator of a place
(其运营的…) that is no stage of what the place achieved. One short sentence each, written for these tests in
the genre's style."""

from __future__ import annotations

import pytest
from test_extract_genre import draft_of, figures
from test_extract_status_forms import project_status


@pytest.mark.parametrize("text, figure, status", [
    # a computing centre that went live is in operation, and so are the servers it runs
    ("12月3日，江北智算中心一期项目点亮上线，部署AI服务器1200台。\n", "1200台", "operating"),
    # floor space handed over for use is built
    ("产业园二期标准厂房6.5万平方米已交付使用，新入驻企业7家。\n", "6.5万平方米", "completed"),
    # the projects a year's plan schedules are planned, and so is their investment
    ("今年新区共安排重点项目18个，总投资160亿元。\n", "18个", "planned"),
    ("今年新区共安排重点项目18个，总投资160亿元。\n", "160亿元", "planned"),
    # a stage opening the clause after an aim is one more target
    ("2025年全市将力争光伏产业产值突破600亿元，开工建设亿元以上项目25个以上。\n", "25个", "planned"),
    # the operator named before a place says nothing of what the place achieved
    ("其运营的星河众创空间累计孵化项目36个。\n", "36个", "achieved"),
])
def test_the_status_of_each_figure(text, figure, status):
    assert figures(draft_of(text, source_date="2024-12-20"))[figure]["status"] == status


@pytest.mark.parametrize("text, figure, status", [
    # a past word in the clause keeps its stage: the projects started are being built
    ("今年全市将加快推进重点项目建设，新开工项目已达15个。\n", "15个", "under-construction"),
    # 计划总投资 is a noun, no aim: the work the project has started is under way
    ("该项目计划总投资10亿元，开工建设厂房3万平方米。\n", "3万平方米", "under-construction"),
    # sales on line and off line (线上线下) are no centre gone live
    ("川源家纺城今年1—11月线上线下交易额超600亿元。\n", "超600亿元", "achieved"),
    # a place running a line that runs is still in operation
    ("去年建成的一期生产线已稳定运行，年产负极材料2万吨。\n", "2万吨", "operating"),
])
def test_what_the_new_forms_leave_alone(text, figure, status):
    assert figures(draft_of(text, source_date="2024-12-20"))[figure]["status"] == status


def test_a_project_gone_live_operates_and_one_being_carried_out_is_under_construction():
    live = draft_of("12月3日，江北智算中心一期项目点亮上线，部署AI服务器1200台。\n", source_date="2024-12-04")
    assert project_status(live, "江北智算中心一期项目") == "operating"
    carried = draft_of("江源填料有限公司填料智能化改造项目正在实施，总投资2.1亿元。\n", source_date="2024-12-04")
    assert project_status(carried, "填料智能化改造项目") == "under-construction"
