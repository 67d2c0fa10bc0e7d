"""Forms of regional industry news the rules missed on unseen articles: company brands jieba reads
as verbs (远航新材料股份有限公司), parks named …谷, …港, …小镇 or as an enclave (飞地园), platforms named
…基地 against production bases, zones named again by their short form, and statuses of plants being
built, fitted out or on trial runs. Each form was first written into a dev article and scored before
its rule; every sentence here is new, written for the test."""

from __future__ import annotations

import pytest
from test_extract_genre import figures
from test_extract_names import draft_of, kinds, names

# -- a brand jieba reads as a verb


@pytest.mark.parametrize("sentence, company", [
    ("远航新材料股份有限公司总经理表示，公司将继续扩产。", "远航新材料股份有限公司"),  # at a sentence's start
    ("当天，飞扬光电有限公司与园区签约。", "飞扬光电有限公司"),  # after a clause
    ("园区与开拓精工股份有限公司签订投资协议。", "开拓精工股份有限公司"),  # after a preposition
    ("记者在领跑电子科技有限公司看到，新产线已经投用。", "领跑电子科技有限公司"),
])
def test_a_brand_read_as_a_verb_stays_in_the_companys_name(sentence, company):
    found = kinds(sentence, "organisation")
    assert found.get(company) == "Company"
    assert not any(company.endswith(name) and name != company for name in found)


def test_a_clause_verb_before_a_named_company_is_no_brand():
    found = kinds("当天，帮扶星澜新材料有限公司的工作组进驻园区。", "organisation")
    assert "星澜新材料有限公司" in found and "服务星澜新材料有限公司" not in found


def test_a_project_named_by_such_a_company_keeps_the_brand():
    draft = draft_of("今年，奔涌动力科技有限公司年产20万台电机项目开工建设。")
    assert "奔涌动力科技有限公司年产20万台电机项目" in names(draft, "project")


# -- parks named as a valley, a hub, a small town or an enclave


@pytest.mark.parametrize("sentence, park", [
    ("项目落户滨江芯谷，预计明年投产。", "滨江芯谷"),  # place + one character + 谷
    ("平湖储能谷已集聚企业30家。", "平湖储能谷"),  # place + an industry word + 谷
    ("海宁电商港入驻企业超过百家。", "海宁电商港"),  # 电/商港: jieba cuts the hub's noun
    ("温岭数智港今年新引进项目12个。", "温岭数智港"),
    ("武义东阳飞地园今年开园。", "武义东阳飞地园"),  # an enclave named by the two places
])
def test_valleys_hubs_and_enclaves_are_parks(sentence, park):
    assert kinds(sentence, "park").get(park) == "IndustrialPark"


def test_gorges_harbours_and_an_airport_zone_are_no_parks():
    found = kinds("游客走进大峡谷，货轮驶离宁波港，郑州航空港经济综合实验区签约项目8个。", "park", "zone")
    assert not any(name.endswith(("峡谷", "宁波港")) for name in found)
    assert found.get("郑州航空港经济综合实验区") == "HighTechZone"


# -- bases that are platforms, bases that are plants


@pytest.mark.parametrize("sentence, platform", [
    ("浙江岳川机电股份有限公司博士后创新实践基地揭牌。", "浙江岳川机电股份有限公司博士后创新实践基地"),
    ("台州市汽摩配人才培训基地今年培训工人3000人次。", "台州市汽摩配人才培训基地"),
    ("岳川机电与台州学院共建的岳川机电产学研合作基地投用。", "岳川机电产学研合作基地"),
    ("台州学院智能制造实训基地揭牌。", "台州学院智能制造实训基地"),  # 制造 before the suffix: no plant
])
def test_research_and_training_bases_are_platforms(sentence, platform):
    assert kinds(sentence, "organisation").get(platform) == "Platform"


def test_production_bases_and_generic_training_bases_are_no_platforms():
    found = kinds("公司新建电机生产基地和制造基地，全市已建成各类人才培训基地20个。", "organisation", "park")
    assert not any(name.endswith("基地") for name in found)


# -- zones named again by their short form


def test_a_new_area_named_by_its_brand_alone_is_that_zone():
    draft = draft_of("贵州贵安新区与成都签署协议。贵安今年新引进数据中心项目6个。")
    zone = next(c for c in draft.candidates if c.label == "贵州贵安新区")
    assert "贵安" in zone.names
    assert not [c for c in draft.candidates if c.label == "贵安"]


def test_an_experimental_zone_named_by_its_brand_and_qu_owns_its_figures():
    draft = draft_of("洛阳市与郑州航空港经济综合实验区签约，航空港区新引进企业12家。")
    zone = next(c for c in draft.candidates if c.label == "郑州航空港经济综合实验区")
    assert "航空港区" in zone.names
    assert figures(draft)["12家"]["owner"] == "郑州航空港经济综合实验区"


def test_a_bonded_port_area_is_a_zone_and_a_harbours_berths_are_none():
    found = kinds("海南洋浦保税港区今年新引进企业15家，钦州保税港区与其签约。集装箱在港区装船。", "park", "zone")
    assert found == {"海南洋浦保税港区": "HighTechZone", "钦州保税港区": "HighTechZone"}


def test_a_short_form_two_zones_share_is_the_zone_the_article_names_most():
    draft = draft_of("洋浦经济开发区举行项目集中签约。洋浦经济开发区管委会表示，洋浦保税港区将配套建设冷链仓储。"
                     "今年以来，洋浦经济开发区招商势头良好。洋浦新引进企业15家，总投资120亿元。")
    assert figures(draft)["15家"]["owner"] == "洋浦经济开发区"


def test_a_clause_verb_after_a_zones_short_form_is_no_part_of_a_park():
    draft = draft_of("陕西西咸新区与航空港区签约，航空港区今年将在西咸建设电子信息配套产业园。")
    assert not any("建设" in name for name in names(draft, "park"))


# -- statuses of plants being built, fitted out or on trial runs, with the date they refer to


def project_facts(draft, label: str) -> dict:
    project = next(c for c in draft.candidates if c.label == label)
    return {f.prop: f.value for f in project.facts}


@pytest.mark.parametrize("sentence, project", [
    ("江苏岚舟新材料有限公司年产3万吨碳纤维项目，目前正在进行厂房建设。", "江苏岚舟新材料有限公司年产3万吨碳纤维项目"),
    ("在江苏岚舟新材料有限公司年产3万吨碳纤维项目现场，二期厂房正在进行钢结构吊装，一期设备正在安装调试，预计8月投产。",
     "江苏岚舟新材料有限公司年产3万吨碳纤维项目"),  # the phases being built and fitted out, the start still a plan
    ("江苏岚舟新材料有限公司年产3万吨碳纤维项目正在加紧建设。", "江苏岚舟新材料有限公司年产3万吨碳纤维项目"),
])
def test_work_under_way_is_under_construction(sentence, project):
    draft = draft_of(sentence)
    assert project_facts(draft, project)["status"] == "under-construction"
    assert figures(draft)["年产3万吨"]["status"] == "under-construction"


def test_a_trial_run_begun_is_completed_and_dated_by_its_month():
    draft = draft_of("江苏岚舟新材料有限公司年产3万吨碳纤维项目已于5月进入试生产。")
    facts = project_facts(draft, "江苏岚舟新材料有限公司年产3万吨碳纤维项目")
    assert (facts["status"], facts["date"]) == ("completed", "2024-05")


def test_a_trial_run_to_come_is_a_plan():
    draft = draft_of("江苏岚舟新材料有限公司年产3万吨碳纤维项目计划于明年3月试生产。")
    assert project_facts(draft, "江苏岚舟新材料有限公司年产3万吨碳纤维项目")["status"] == "planned"


def test_the_phases_of_the_next_project_say_nothing_of_the_one_before():
    draft = draft_of("江苏岚舟新材料有限公司年产3万吨碳纤维项目建成投产，"
                     "江苏禾川光能科技有限公司20GW硅片项目一期已投产，二期正在加紧建设。")
    assert project_facts(draft, "江苏岚舟新材料有限公司年产3万吨碳纤维项目")["status"] == "operating"
