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


# guards from the round's review: each new rule kept from reaching too far


def test_a_clauses_verb_after_a_province_opens_no_fund_or_lab():
    draft = draft_of("安徽省推出科创基金，总规模50亿元。湖州市获得省级研发中心认定3家。\n", "2025-06-20")
    assert not [c.label for c in draft.candidates if c.kind == "organisation"]


def test_ji_joins_only_a_material_and_its_own_kind_in_a_labs_name():
    draft = draft_of("建设电机、电控、减速器装配线及测试中心。园区规划建设污水处理厂及检测中心。\n", "2025-06-20")
    assert not [c.label for c in draft.candidates if c.kind == "organisation"]


def test_a_made_attribute_after_ji_opens_no_project_of_its_own():
    draft = draft_of("公司拟投资3亿元建设医用敷料及一次性耗材项目。\n", "2025-06-20")
    assert "一次性耗材项目" not in labels(draft, "project")


def test_new_floor_keeps_a_plan_said_after_it_and_equipment_run_is_built():
    draft = draft_of("石门光伏产业园一期已建成投用，二期新建标准厂房10万平方米，计划明年开工。"
                     "江汉锂能公司年产5万吨项目已完成全部设备安装调试，总投资5亿元。\n", "2025-06-20")
    found = figures(draft)
    assert found["10万平方米"]["status"] != "under-construction" and found["5亿元"]["status"] == "completed"


def test_a_comma_before_another_projects_builder_leaves_the_figure_to_the_sentences_subject():
    draft = draft_of("石门经开区今年计划完成固定资产投资50亿元，由县城投公司投资建设的标准厂房项目已开工。\n",
                     "2025-06-20")
    assert figures(draft)["50亿元"]["owner"] == "石门经开区"


def test_a_parks_tenants_target_after_a_task_on_the_park_stays_the_parks():
    draft = draft_of("石门县召开会议。要加快推进石门锂电产业园二期建设，力争入园企业全年实现产业产值30亿元。\n",
                     "2025-06-20")
    assert figures(draft)["30亿元"]["owner"] == "石门锂电产业园"


def test_a_companys_short_name_and_xiangmu_is_no_project_the_ranker_must_keep():
    draft = draft_of("湖北楚源锂能科技有限公司（以下简称“楚源锂能”）年产10万吨磷酸铁锂项目已于5月建成投产。"
                     "楚源锂能项目总投资12亿元，达产后可实现年营业收入30亿元。\n", "2025-06-20")
    assert figures(draft)["30亿元"]["owner"] == "湖北楚源锂能科技有限公司"
