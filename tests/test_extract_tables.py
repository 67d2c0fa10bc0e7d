"""`chaingraph extract` on a flattened project table: a notice's list of projects captured as text, the
header on one line (序号 项目名称 建设单位 建设内容 总投资（万元） …) and each row on a line of its own. The
notice is written for these tests in the genre's style; every name is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_extract_quantities import draft_of, figures
from test_extract_status_forms import project_status

from chaingraph.authoring.extract.tables import is_row_number, row_number, table_rows
from chaingraph.sources.normalize import normalize

NOTICE = (
    "关于2025年度市级氢能产业重点项目计划的通知\n"
    "各县（市、区）发展改革局：现将2025年度市级氢能产业重点项目计划印发给你们，请抓好落实。\n"
    "序号 项目名称 建设单位 建设内容 总投资（万元） 用地面积（亩） 建设年限\n"
    "1 年产5000台氢燃料电池发动机项目 柳川氢动科技有限公司 新建总装车间及测试中心，形成年产5000台氢燃料电池发动机能力"
    " 320000 180 2025-2027\n"
    "2 碱性电解槽二期项目 桂南绿氢装备股份有限公司 新增电解槽生产线 3条，建设厂房4万平方米 86000 — 2025-2026\n"
    "3 柳川氢能产业园 柳川市城市建设投资集团有限公司 建设标准化厂房9万平方米 54000 240 2025-2026\n"
    "以上项目总投资46亿元，各地要加强要素保障。\n"
)


def test_a_column_gives_its_unit_to_every_number_under_it():
    found = figures(draft_of(NOTICE, "2025-02-10"))
    assert found["320000"]["value"] == 3200000000 and found["320000"]["unitCode"] == "CNY"
    assert found["86000"]["value"] == 860000000
    assert found["54000"]["value"] == 540000000
    assert found["180"]["unitCode"] == "HAR" and found["180"]["value"] == 12  # 180 亩 in hectares
    assert found["320000"]["quantityKind"]["zh"] == "总投资"
    assert "—" not in found and "2025-2027" not in found  # an empty cell and the years are no figures


def test_every_figure_of_a_row_is_its_projects_and_the_cells_are_whole_names():
    draft = draft_of(NOTICE, "2025-02-10")
    found = figures(draft)
    assert found["320000"]["owner"] == "年产5000台氢燃料电池发动机项目"
    assert found["86000"]["owner"] == "碱性电解槽二期项目"
    assert found["4万平方米"]["owner"] == "碱性电解槽二期项目"
    assert found["9万平方米"]["owner"] == "柳川氢能产业园"
    labels = {c.label for c in draft.candidates}
    assert {"碱性电解槽二期项目", "桂南绿氢装备股份有限公司", "柳川氢能产业园"} <= labels


def test_a_capacity_in_the_name_told_again_in_the_contents_is_one_capacity():
    found = figures(draft_of(NOTICE, "2025-02-10"))
    capacities = [f for f in found.values() if f["value"] == 5000 and f["cls"] == "Capacity"]
    assert len(capacities) == 1
    assert capacities[0]["owner"] == "年产5000台氢燃料电池发动机项目"


def test_a_spaced_contents_cell_is_one_cell_and_prose_is_no_row():
    text = normalize(NOTICE).text
    rows = table_rows(text)
    assert [r.cell("number").text for r in rows] == ["1", "2", "3"]
    assert rows[1].cell("contents").text == "新增电解槽生产线 3条，建设厂房4万平方米"
    assert rows[1].cell("builder").text == "桂南绿氢装备股份有限公司"


def test_a_line_of_figures_under_no_header_keeps_its_numbers_unitless():
    found = figures(draft_of("柳川市氢能产业链项目进展如下。\n1 柳川氢动科技有限公司 发动机项目 320000 2025\n",
                             "2025-02-10"))
    assert all(f["value"] != Decimal(3200000000) for f in found.values())


def test_a_header_with_a_column_of_its_own_and_rows_without_their_last_cell_still_make_a_table():
    text = normalize(
        "2025年一季度集中开工项目一览\n"
        "序号 项目名称 项目业主 所属县区 计划总投资/亿元 备注\n"
        "1 年产2万吨高纯石英砂项目 滇东石英材料有限公司 富源县 12.5 新开工\n"
        "2 光伏玻璃深加工项目 曲靖晶盛玻璃有限公司 麒麟区 8.6\n"
        "合计 20.1\n").text
    rows = table_rows(text)
    assert [r.cell("project").text for r in rows] == ["年产2万吨高纯石英砂项目", "光伏玻璃深加工项目"]
    found = figures(draft_of(text, "2025-03-20"))
    assert found["12.5"]["value"] == 1250000000 and found["12.5"]["owner"] == "年产2万吨高纯石英砂项目"
    assert found["8.6"]["value"] == 860000000 and found["8.6"]["quantityKind"]["zh"] == "计划总投资"
    assert "20.1" not in found  # the total row is no project's


@pytest.mark.parametrize("line, number", [
    ("1.年产5万吨特种涂料项目", "1"), ("1、年产5万吨特种涂料项目", "1"), ("（1）年产5万吨特种涂料项目", "1"),
    ("12.高端铜箔扩能项目", "12"), ("3 特种涂料项目 青湖化工有限公司", "3"),
    ("1.2亿元的青湖电机项目上月签约", None), ("12亿元投向特种涂料项目", None), ("2025年特种涂料项目", None),
])
def test_a_line_opens_with_a_row_number_only_when_no_figure_follows(line, number):
    assert row_number(line) == number


def test_a_cell_is_a_row_number_only_when_it_holds_nothing_else():
    assert is_row_number("1") and is_row_number("12.") and is_row_number("（3）")
    assert not is_row_number("1.2") and not is_row_number("合计") and not is_row_number("1年产")


def test_a_line_opening_with_a_money_figure_takes_no_rows_stage_from_the_note():
    draft = draft_of(
        "关于2025年新材料产业重点项目名单的公示\n"
        "序号 项目名称 建设单位 建设内容 总投资（亿元）\n"
        "1 年产8万吨碳纤维原丝项目 海岳新材料有限公司 建成后年产碳纤维原丝8万吨 22\n"
        "2 高端铜箔扩能项目 甘源铜业有限公司 新增铜箔产能3万吨 9\n"
        "备注：续建项目为第1项，新开工项目第2项已于今年1月开工。\n"
        "1.2亿元的青湖电机项目上月签约，计划明年开工。\n", "2025-03-01")
    assert project_status(draft, "年产8万吨碳纤维原丝项目") == "under-construction"  # row 1, 续建
    assert project_status(draft, "青湖电机项目") == "planned"  # 1.2亿元 is its investment, not row 1


PROGRESS = (
    "鹤川州2025年上半年新材料产业重点项目进展情况表\n"
    "说明：本表由州发展改革委汇总，投资单位为亿元，统计截至2025年6月30日。\n"
    "序号 项目名称 建设单位 建设地点 建设规模及内容 总投资 上半年完成投资 项目状态\n"
    "1 年产5万吨高纯石英砂项目 鹤川晶源新材料有限公司 鹤川经济开发区 年产高纯石英砂5万吨 24 6.5 在建\n"
    "2 年产3万吨碳纤维复合材料项目 鹤川碳谷科技有限公司 鹤川经济开发区 年产碳纤维复合材料3万吨 18.6 18.6 已投产\n"
    "合计 — — — — 42.6 25.1 —\n"
)


def test_a_note_over_the_table_gives_its_money_columns_their_unit_and_money_spent_is_a_result():
    found = figures(draft_of(PROGRESS, "2025-07-10"))
    assert found["24"]["value"] == 2400000000 and found["24"]["unitCode"] == "CNY"
    assert found["6.5"]["value"] == 650000000 and found["6.5"]["status"] == "achieved"
    assert found["24"]["owner"] == "年产5万吨高纯石英砂项目"
    assert "42.6" not in found  # the total row is no project's


def test_a_note_under_one_table_is_not_the_next_tables_and_a_planned_column_is_a_plan():
    text = ("表1 续建项目\n序号 项目名称 建设单位 总投资 2025年计划完成投资\n"
            "1 年产2万吨电子铜箔项目 鹤川铜业有限公司 24000 6500\n"
            "注：投资单位为万元。\n表2 新开工项目\n"
            "序号 项目名称 建设单位 总投资（亿元） 2025年目标完成投资（亿元）\n"
            "1 年产1万吨锂电隔膜项目 鹤川新膜科技有限公司 18.6 2.1\n")
    found = figures(draft_of(text, "2025-03-01"))
    assert found["18.6"]["value"] == 1860000000
    assert found["2.1"]["status"] == "planned"
