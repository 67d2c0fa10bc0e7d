"""Status forms of the retired third held-out set, each in an invented sentence of the genre: a note under a
project table giving rows their stage (续建项目为第1、3项), what a platform can do after its stage (建成投用，可开展…),
a plant's daily rating (日处理量), a stage dated by 已 in the next clause (已于去年投运), a condition said with 完成
(技改完成后), and a capacity held (年检测能力达…)."""

from __future__ import annotations

import pytest
from test_extract_genre import draft_of, figures
from test_extract_status_forms import project_status

TABLE = (
    "关于2025年新材料产业重点项目名单的公示\n"
    "序号 项目名称 建设单位 建设内容 总投资（亿元）\n"
    "1 年产8万吨碳纤维原丝项目 海岳新材料有限公司 建成后年产碳纤维原丝8万吨 22\n"
    "2 高端铜箔扩能项目 甘源铜业有限公司 新增铜箔产能3万吨 9\n"
    "3 特种涂料项目 青湖化工有限公司 年产特种涂料5万吨 4.5\n"
    "备注：续建项目为第1、3项，新开工项目第2项已于今年1月开工。\n"
)


def test_a_note_under_a_project_table_gives_each_row_its_stage():
    draft = draft_of(TABLE, source_date="2025-03-01")
    for name in ("年产8万吨碳纤维原丝项目", "高端铜箔扩能项目", "特种涂料项目"):
        assert project_status(draft, name) == "under-construction", name


def test_the_rows_own_scope_stays_a_plan_under_the_note():
    draft = draft_of(TABLE, source_date="2025-03-01")
    assert figures(draft)["年产8万吨"]["status"] == "planned"


@pytest.mark.parametrize("text, figure, status", [
    # what a platform can do takes the stage said of it just before
    ("滨湖新材料检测中心去年建成投用，可开展检测项目800余项。\n", "800余项", "operating"),
    ("滨湖合成生物中试平台今年1月投用，可同时承接6个菌种的放大中试。\n", "6个", "operating"),
    ("青湖种子检验中心去年建成运行，年检测样品9000份；青湖种业创新中心已选育新品种12个。\n", "9000份", "operating"),
    # a plant's daily rating, then its stage with the 已 that gives its tense
    ("甘源玻璃有限公司光伏玻璃项目日熔化量900吨，已于去年投运。\n", "900吨", "operating"),
    # a condition said with 完成: what follows is a plan
    ("公司负责人说，技改完成后，企业可年产功能性面料5000万米。\n", "5000万米", "planned"),
    # what a plant holds or can do, reached after a result (完成), is in operation as a capacity reached is
    ("滨湖检测中心去年完成改造升级，可开展检测项目1200项。\n", "1200项", "operating"),
    ("甘源玻璃有限公司光伏玻璃窑炉完成技改，日熔化量达到900吨。\n", "900吨", "operating"),
    # a capacity held, whatever result an earlier clause across a ； states
    ("滨湖储能研究中心已通过省级认定；滨湖锂电检测中心年检测能力达3万批次。\n", "3万批次", "operating"),
])
def test_the_status_of_each_figure(text, figure, status):
    assert figures(draft_of(text, source_date="2025-04-01"))[figure]["status"] == status


CARD = (
    "一图读懂｜滨湖高新区氢能产业行动方案\n"
    "04 推进重点项目\n"
    "▶ 江源化工有限公司尾气制氢项目\n"
    "总投资 3.2亿元 | 在建\n"
    "▶ 海岳动力二期电堆项目\n"
    "新增产能 1万套/年 | 2027年投产\n"
)

TOUR = (
    "看项目 比实干\n"
    "3月5日，青湖县一季度重点项目观摩活动举行，观摩团先后走进3个项目现场。\n"
    "第一站 甘源食品有限公司年产6万吨冻干果蔬项目\n"
    "项目总投资8亿元。一期生产线已于去年投产，二期正在进行厂房建设。\n"
    "第二站 青湖畜牧有限公司肉制品深加工项目\n"
    "项目总投资5亿元，目前已完成土地摘牌，计划今年7月开工建设。\n"
    "据了解，一季度全县新开工项目9个。\n"
)


def test_a_cards_line_of_bars_under_a_project_bullet_gives_its_stage():
    draft = draft_of(CARD, source_date="2025-03-01")
    assert project_status(draft, "尾气制氢项目") == "under-construction"
    assert project_status(draft, "二期电堆项目") == "planned"


def test_a_tour_stops_paragraph_speaks_of_the_project_its_heading_names():
    draft = draft_of(TOUR, source_date="2025-03-06")
    assert project_status(draft, "年产6万吨冻干果蔬项目") == "under-construction"
    assert project_status(draft, "肉制品深加工项目") == "planned"


def test_what_a_project_tables_row_will_build_is_a_plan():
    table = ("关于2025年第一批市重点建设项目名单的公示\n"
             "序号 项目名称 建设单位 建设内容 总投资（万元） 建设年限\n"
             "1 电解液扩能项目 青湖新材料有限公司 新增电解液产能5万吨 86000 2025-2026\n"
             "2 隔膜二期项目 甘源膜科技有限公司 建设湿法隔膜生产线，形成年产隔膜3亿平方米能力 54000 2025-2027\n")
    found = figures(draft_of(table, source_date="2025-01-20"))
    assert found["5万吨"]["status"] == "planned"
    assert found["3亿平方米"]["status"] == "planned"


def test_a_project_that_has_put_money_in_is_being_built():
    draft = draft_of("全年，青湖化工园区完成固定资产投资86亿元，甘源新材料有限公司年产5万吨碳纤维项目建成投产，"
                     "青湖县尼龙产业链配套项目完成投资23亿元。\n", source_date="2025-01-20")
    assert project_status(draft, "尼龙产业链配套项目") == "under-construction"


def test_the_machines_a_plant_holds_take_its_stage():
    found = figures(draft_of("海岳织造有限公司的智能织造项目上月进入试生产，160台新型喷气织机整齐排列。\n",
                             source_date="2025-04-01"))
    assert found["160台"]["status"] == "completed"
