"""`chaingraph extract` on forms the forty-fifth and forty-sixth rule-blind tens showed: a county's 工业园区 that
holds a park named with it in front or inside it by its declared name; the place's own government (县政府, 市政协)
named by its level alone; a list of kinds of platforms (工程技术研究中心、检验检测中心等平台); a lab whose field
jieba reads as a verb (浙江省伺服驱动工程研究中心); a company left unnamed as a listed one (一家浙江上市公司).
Every sentence is written for these tests in the genre's style; every company and park is invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures
from test_extract_towns_stations import labels


def test_an_industrial_park_with_a_park_named_with_it_in_front_is_a_zone():
    draft = draft_of("塔拉沟工业园区氢能产业园（以下简称“氢能园”）规划面积8平方公里，已入驻企业11家。"
                     "加快塔拉沟工业园区基础设施建设。\n", "2026-02-10")
    assert "塔拉沟工业园区" in labels(draft, "zone")
    assert figures(draft)["11家"]["owner"] == "塔拉沟工业园区氢能产业园"


def test_an_industrial_park_with_a_park_inside_it_by_its_declared_name_is_a_zone():
    draft = draft_of("清水工业园区（以下简称“园区”）新建标准化厂房12万平方米。"
                     "园区内的光伏装备产业园规划用地1800亩，已落户企业9家。\n", "2025-10-15")
    assert "清水工业园区" in labels(draft, "zone")
    assert figures(draft)["9家"]["owner"] == "光伏装备产业园"


def test_the_places_own_government_named_by_its_level_is_no_body_of_its_own():
    draft = draft_of("县政府副县长石慧敏出席活动，市政协副主席李明参加，县发改局局长王强介绍项目情况。\n", "2025-09-10")
    bodies = {c.label for c in draft.candidates if c.cls == "GovernmentBody"}
    assert "县发改局" in bodies and not bodies & {"县政府", "市政协"}


def test_kinds_of_platforms_in_a_list_are_no_companies():
    draft = draft_of("要做强创新平台，推动工程技术研究中心、检验检测中心与企业深度合作；"
                     "要发挥检测中心、工程研究中心等平台作用。\n", "2025-08-20")
    assert not [c.label for c in draft.candidates if c.kind == "organisation"]


def test_a_lab_whose_field_jieba_reads_as_a_verb_keeps_its_place_and_field():
    draft = draft_of("李明远还察看了依托浙江嵊驰电机有限公司建设的浙江省伺服驱动工程研究中心，"
                     "该中心拥有授权发明专利35项。\n", "2025-11-20")
    assert "浙江省伺服驱动工程研究中心" in labels(draft, "organisation")
    assert figures(draft)["35项"]["owner"] == "浙江省伺服驱动工程研究中心"


def test_a_company_the_writer_leaves_unnamed_as_a_listed_one_is_no_company():
    draft = draft_of("年产50万套新能源汽车热管理模块项目总投资6亿元。"
                     "该项目由一家浙江上市公司投资建设，已完成土地摘牌。\n", "2025-06-20")
    assert not [c.label for c in draft.candidates if c.cls == "Company"]


def test_an_investment_before_a_comma_and_the_project_it_builds_is_the_projects():
    draft = draft_of("此外，一家浙江上市公司将在昭阳铝精深加工产业园投资9亿元，"
                     "建设年产500万件铝合金汽车轻量化部件项目。\n", "2025-08-20")
    assert figures(draft)["9亿元"]["owner"] == "年产500万件铝合金汽车轻量化部件项目"


def test_a_zones_verb_before_a_platforms_place_stays_out_of_its_name():
    # a guard for the lab rule above: 建有 is what the zone does, no word of the centre's field
    draft = draft_of("开发区建有农丰汽车零部件检验检测中心，今年以来出具检测报告1.2万份。\n", "2025-09-20")
    assert "农丰汽车零部件检验检测中心" in labels(draft, "organisation")


def test_respective_investments_before_a_comma_stay_each_companys():
    # a guard for the comma rule above: 分别 pairs each figure with its own company
    draft = draft_of("新疆驰远汽车零部件有限公司和霍城北辰座椅有限公司分别投资2.3亿元、1.6亿元，"
                     "建设年产50万套汽车线束项目和年产20万套汽车座椅项目。\n", "2025-11-20")
    assert figures(draft)["1.6亿元"]["owner"] != "年产50万套汽车线束项目"
