"""Error classes of `chaingraph extract` seen on articles of the genre it had not been tuned on, one
sentence or two each (written for these tests), with the proposal a curator would keep."""

from __future__ import annotations

from decimal import Decimal

from chaingraph.authoring.extract import extract
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.sources.normalize import normalize


def draft_of(text: str, source_date: str = "2024-10-15"):
    return extract(normalize(text), "t", build_gazetteer([]), source_date)


def facts(candidate) -> dict:
    return {f.prop: f.value for f in candidate.facts}


def figures(draft) -> dict[str, dict]:
    """Figure text -> its facts, with the owner's label and the product's."""
    owners = {id(f.value): c for c in draft.candidates for f in c.facts if f.prop in ("hasCapacity", "hasIndicator")}
    out = {}
    for c in draft.candidates:
        if c.figure is not None:
            said = facts(c)
            said["owner"] = owners[id(c)].label if id(c) in owners else None
            said["product"] = said["ofProduct"].label if "ofProduct" in said else None
            out[c.figure.text] = said
    return out


def named(draft, cls: str) -> set[str]:
    return {n for c in draft.candidates if c.cls == cls for n in c.names}


def project_status(draft, label: str):
    return next(facts(c).get("status") for c in draft.candidates if c.cls == "Project" and c.label.endswith(label))


# ----------------------------------------------------------------------------- statuses


def test_projects_of_a_groundbreaking_are_under_construction_though_they_plan_their_completion():
    text = ("临川高新区2024年第二批重大项目集中开工\n"
            "9月8日，临川高新区2024年第二批重大项目集中开工。\n"
            "其中，华骏材料有限公司年产5万吨负极材料项目总投资12亿元，计划2025年底建成投产。\n")
    draft = draft_of(text)
    found = figures(draft)
    assert project_status(draft, "华骏材料有限公司年产5万吨负极材料项目") == "under-construction"
    assert found["年产5万吨"]["status"] == "under-construction"
    assert found["12亿元"]["status"] == "under-construction"


def test_a_count_of_other_projects_is_neither_a_figure_nor_a_word_for_the_project():
    text = ("同日，锦泰电子有限公司年产300万片柔性电路板项目开工建设，总投资6亿元。\n"
            "目前，园区已签约电子信息项目9个，其中两个项目已投产。\n")
    draft = draft_of(text)
    found = figures(draft)
    assert project_status(draft, "锦泰电子有限公司年产300万片柔性电路板项目") == "under-construction"
    assert found["6亿元"]["status"] == "under-construction"
    assert found["9个"]["status"] == "achieved"  # 已签约: the signing is done
    assert not any(f["value"] == 2 for f in found.values())


def test_a_stage_said_of_the_line_before_its_figure_describes_it_the_verb_after_says_where_it_stands():
    text = "晟科碳素科技有限公司去年建成的一期3万吨石墨负极材料生产线已稳定运行。\n"
    assert figures(draft_of(text))["3万吨"]["status"] == "operating"


def test_figures_after_a_target_year_are_targets():
    text = "报告提出，力争到2027年，园区产值突破500亿元，培育龙头企业8家。\n"
    found = figures(draft_of(text))
    assert found["突破500亿元"]["status"] == "planned"
    assert found["8家"]["status"] == "planned"


def test_equipment_installed_is_still_building_and_an_aim_to_finish_early_is_no_completion():
    text = ("海川半导体有限公司年产20万片碳化硅外延片项目已完成设备安装，计划明年3月试生产。\n"
            "园区将推动项目早竣工、早投产。\n")
    draft = draft_of(text)
    assert figures(draft)["年产20万片"]["status"] == "under-construction"
    assert project_status(draft, "年产20万片碳化硅外延片项目") == "under-construction"


# ----------------------------------------------------------------------------- owners


def test_a_phase_is_no_project_and_its_figures_stay_the_company_s():
    text = "芯港微电子有限公司一期产线已投产。二期项目正在建设中，总投资50亿元，建成后将新增月产能3万片晶圆。\n"
    draft = draft_of(text)
    assert "二期项目" not in named(draft, "Project")
    found = figures(draft)
    assert found["50亿元"]["owner"] == "芯港微电子有限公司"
    assert found["50亿元"]["status"] == "under-construction"
    assert found["3万片"]["owner"] == "芯港微电子有限公司" and found["3万片"]["status"] == "planned"


def test_a_parent_company_named_in_passing_owns_nothing():
    text = "恒源电驱有限公司是北方恒源控股集团有限公司旗下企业，其一期工厂已于2023年投产，现有驱动电机年产能20万台。\n"
    found = figures(draft_of(text))["年产能20万台"]
    assert found["owner"] == "恒源电驱有限公司" and found["product"] == "驱动电机"


# ----------------------------------------------------------------------------- names


def test_a_company_short_name_that_ends_like_a_product_is_the_company():
    text = "湖南昊钒材料有限公司年产2万吨钒电解液项目签约。昊钒材料相关负责人表示，项目明年开工。\n"
    draft = draft_of(text)
    assert "昊钒材料" not in named(draft, "Material") | named(draft, "Product")
    assert "昊钒材料" in named(draft, "Company")


def test_a_provincial_body_only_abbreviated_gets_its_full_name():
    text = ("贵州百灵制药股份有限公司在贵阳举行新药发布会。\n"
            "在省药监局支持下，公司两款中药新药获批上市。\n")
    bodies = [c for c in draft_of(text).candidates if c.cls == "GovernmentBody"]
    assert [(c.label, "省药监局" in c.names) for c in bodies] == [("贵州省药品监督管理局", True)]


def test_the_abbreviation_of_a_body_written_in_full_before_is_that_body():
    text = ("安康市发展和改革委员会主任李伟表示，市发改委将做好要素保障。\n"
            "四川省委深改委近日审议通过方案。\n")
    bodies = {c.label: c.names for c in draft_of(text).candidates if c.cls == "GovernmentBody"}
    assert "四川省委全面深化改革委员会" in bodies and "省委深改委" not in bodies
    assert "市发改委" in bodies.get("安康市发展和改革委员会", []) or "市发改委" in bodies


def test_a_zone_s_short_form_is_no_region_and_doses_are_counted():
    text = "今年上半年，汽开区实现产值480亿元。公司年产2亿剂人用疫苗项目开工建设。\n"
    draft = draft_of(text)
    assert "汽开区" not in named(draft, "AdministrativeRegion")
    found = figures(draft)["年产2亿剂"]
    assert found["unitCode"] == "C62" and Decimal(str(found["value"])) == Decimal(200000000)


def test_the_builder_holds_what_an_unnamed_project_will_make():
    text = "据了解，该项目由江淮芯材科技有限公司投资建设，规划建设年产5000吨电子特气生产线。\n"
    found = figures(draft_of(text))["年产5000吨"]
    assert (found["owner"], found["product"], found["status"]) == ("江淮芯材科技有限公司", "电子特气", "planned")


def test_a_figure_added_to_a_capacity_is_of_the_same_product():
    text = "作为园区龙头企业，宏图光电有限公司现有光伏组件产能8GW，今年将新增4GW。\n"
    found = figures(draft_of(text))
    assert (found["8GW"]["product"], found["8GW"]["status"]) == ("光伏组件", "operating")
    assert (found["4GW"]["product"], found["4GW"]["status"]) == ("光伏组件", "planned")


def test_the_product_before_the_stage_words_of_a_park_s_capacity():
    text = "截至目前，海岳工业园区光伏组件在建、拟建年产能合计达到25GW。\n"
    found = figures(draft_of(text))["25GW"]
    assert (found["owner"], found["product"]) == ("海岳工业园区", "光伏组件")
    assert found["status"] == "planned-or-under-construction"


def test_a_park_s_name_before_xiangmu_names_the_project_that_builds_it():
    text = "恒兴光电有限公司负责建设的滨江光伏产业园项目总投资60亿元，包括年产5GW电池片和5GW组件生产线。\n"
    draft = draft_of(text)
    assert "滨江光伏产业园项目" in named(draft, "Project")
    assert "滨江光伏产业园" not in named(draft, "IndustrialPark")
    found = figures(draft)
    assert {found[k]["owner"] for k in ("60亿元", "年产5GW", "5GW")} == {"滨江光伏产业园项目"}
