"""`chaingraph extract` on figures: the status words that qualify each figure, futures and completions
dated after the source, owners and products, money, ids that never repeat, and English labels
proposed for every new entity. The sentences are written for these tests in the genre's style."""

from __future__ import annotations

from decimal import Decimal

import pytest
from support import ROOT

from chaingraph.authoring.extract import extract
from chaingraph.authoring.extract.dates import find_dates
from chaingraph.authoring.extract.draft import draft_yaml
from chaingraph.authoring.extract.glossary import GLOSSARY
from chaingraph.authoring.extract.labels import english_name, figure_en
from chaingraph.authoring.gazetteer import build_gazetteer, generic_regions
from chaingraph.sources.normalize import normalize
from chaingraph.sources.sentences import Sentence

REFERENCE = sorted((ROOT / "data" / "reference").glob("*.yaml"))


def draft_of(text: str, source_date: str = "2024-10-15", files=()):
    return extract(normalize(text), "t", build_gazetteer(list(files)), source_date)


def entity_classes(draft) -> dict[str, str]:
    """Label -> class of every candidate that is no figure."""
    return {c.label: c.cls for c in draft.candidates if c.figure is None}


def figures(draft) -> dict[str, dict]:
    """Figure text -> its facts, with the owner's label under 'owner'."""
    owners = {id(f.value): c for c in draft.candidates for f in c.facts if f.prop in ("hasCapacity", "hasIndicator")}
    out = {}
    for c in draft.candidates:
        if c.figure is not None:
            facts = {f.prop: f.value for f in c.facts}
            facts["owner"] = owners[id(c)].label if id(c) in owners else None
            facts["product"] = facts["ofProduct"].label if "ofProduct" in facts else None
            facts["cls"], facts["candidate"] = c.cls, c
            out[c.figure.text] = facts
    return out


# ----------------------------------------------------------------------------- statuses


def test_a_status_list_qualifies_its_figures_and_a_lone_already_does_not():
    text = ("目前，宁乡高新区已落户储能企业40余家，区内在建、拟建20GWh/年储能电池、10GWh/年动力电池等项目，"
            "计划明年全部建成。\n")
    found = figures(draft_of(text))
    assert found["20GWh/年"]["status"] == "planned-or-under-construction"
    assert found["10GWh/年"]["status"] == "planned-or-under-construction"
    assert found["40余家"]["status"] == "achieved"


def test_a_list_followed_by_its_status_word_takes_it():
    text = "望城经开区现具备8GWh钠离子电池电芯、5万吨硬碳负极材料、300万件电池结构件等在建或规划产能。\n"
    found = figures(draft_of(text))
    assert {found[k]["status"] for k in ("8GWh", "5万吨", "300万件")} == {"planned-or-under-construction"}
    assert {found[k]["owner"] for k in ("8GWh", "5万吨", "300万件")} == {"望城经开区"}


@pytest.mark.parametrize("text, figure, status", [
    ("恒锐新材料有限公司年产3万吨电解液项目建成达产后，年产值将超过20亿元。\n", "超过20亿元", "planned"),
    ("建成达产后，项目将形成年产2万吨六氟磷酸锂的生产能力。\n", "年产2万吨", "planned"),
    ("该项目总投资18亿元，预计2026年建成年产10GW光伏组件生产线。\n", "年产10GW", "planned"),
    ("华晟新能源有限公司年产5万吨电解液项目于2023年6月竣工。\n", "年产5万吨", "completed"),
    ("华晟新能源有限公司年产5万吨电解液项目于2023年6月竣工投产。\n", "年产5万吨", "operating"),
    ("凯润氢能装备有限公司年产500台电解槽项目正在加紧建设。\n", "年产500台", "under-construction"),
    ("园区去年实现工业产值320亿元。\n", "320亿元", "achieved"),
    ("到2027年，园区产值力争突破800亿元。\n", "突破800亿元", "planned"),
    # funds that arrived are a result, even after the year's signings, which plan the rest
    ("全年新签约新材料项目31个，协议投资额286亿元，到位资金97亿元。\n", "97亿元", "achieved"),
    ("预计明年到位资金50亿元。\n", "50亿元", "planned"),
])
def test_the_status_word_of_each_figure(text, figure, status):
    assert figures(draft_of(text))[figure]["status"] == status


def test_a_completion_dated_after_the_source_is_still_a_plan():
    text = "瑞能科技有限公司年产8万吨负极材料项目于2025年3月竣工。\n"
    found = figures(draft_of(text, source_date="2024-10-15"))["年产8万吨"]
    assert found["status"] == "planned" and found["date"] == "2025-03"
    past = figures(draft_of(text, source_date="2025-06-01"))["年产8万吨"]
    assert past["status"] == "completed" and past["date"] == "2025-03"


def test_a_project_takes_the_stage_the_article_gives_it_later():
    text = ("在鑫源材料年产6万吨磷酸铁锂正极材料项目现场，工人们正为设备进场作准备。\n"
            "项目负责人介绍，今年8月整个项目竣工。\n")
    draft = draft_of(text)
    found = figures(draft)["年产6万吨"]
    assert found["status"] == "completed" and found["date"] == "2024-08"
    project = next(c for c in draft.candidates if c.cls == "Project")
    assert {f.prop: f.value for f in project.facts}["status"] == "completed"


# ----------------------------------------------------------------------------- owners and products


def test_distinct_products_of_one_sentence_stay_distinct():
    text = ("襄州高新区将引进配套企业，建成达产后形成年产2万套动力电池Pack壳体和3万套电池热管理系统的生产能力，"
            "另建年产1万吨电解液产线。\n")
    found = figures(draft_of(text))
    assert found["年产2万套"]["product"] == "动力电池Pack壳体"
    assert found["3万套"]["product"] == "电池热管理系统"
    assert found["年产1万吨"]["product"] == "电解液"
    assert {found[k]["cls"] for k in ("年产2万套", "3万套", "年产1万吨")} == {"Capacity"}


def test_a_count_of_stations_is_no_capacity():
    found = figures(draft_of("开发区已建成加氢站5座，日加氢能力超过2吨。\n"))
    assert found["5座"]["cls"] == "Quantity" and found["5座"]["status"] == "completed"


def test_the_product_a_figure_qualifies_when_it_comes_first():
    text = "润达新材料有限公司表示，公司目前硬碳负极年产能为2万吨，届时年产能将提升至5万吨。\n"
    values = {(c["candidate"].figure.value, c["product"], c["status"]) for c in figures(draft_of(text)).values()}
    assert (Decimal(20000), "硬碳负极", "operating") in values
    assert (Decimal(50000), "硬碳负极", "planned") in values


def test_the_owner_is_the_subject_not_a_place_or_a_list_member():
    text = ("昌盛新能源科技有限公司将在雨湖高新区建设20GWh储能电池生产基地。"
            "截至目前，园区已引进宁德时代、比亚迪等企业30家。\n")
    draft = draft_of(text)
    found = figures(draft)
    assert found["20GWh"]["owner"] == "昌盛新能源科技有限公司"


def test_money_belongs_to_the_project_it_qualifies():
    text = ("本次签约项目中，总投资20亿元的氢启燃料电池电堆生产基地项目最受关注。"
            "该项目由氢启动力科技有限公司投资建设，一期建设年产1万套燃料电池电堆生产线。\n")
    found = figures(draft_of(text))
    assert found["20亿元"]["owner"] == "氢启燃料电池电堆生产基地项目"
    assert found["20亿元"]["unitCode"] == "CNY" and found["20亿元"]["value"] == 2000000000
    assert found["20亿元"]["quantityKind"]["zh"] == "总投资"
    assert found["年产1万套"]["owner"] == "氢启燃料电池电堆生产基地项目"


def test_amounts_signed_and_output_value():
    text = "会上共签约项目15个，签约金额达到126亿元，项目达产后年产值约300亿元。\n"
    found = figures(draft_of(text))
    assert found["126亿元"]["quantityKind"]["zh"] == "签约金额" and found["126亿元"]["status"] == "planned"
    output = found["约300亿元"]
    assert output["perPeriod"] == "ANN" and output["valueQualifier"] == "about" and output["status"] == "planned"


def test_a_headline_repeating_a_figure_adds_none():
    text = "滨海新区12个氢能项目签约 总投资86亿元\n5月15日，滨海新区集中签约氢能项目12个，总投资86亿元。\n"
    found = [c for c in draft_of(text).candidates if c.figure is not None]
    assert sorted(c.figure.value for c in found) == [Decimal(12), Decimal(8600000000)]


# ----------------------------------------------------------------------------- ids


def test_a_different_figure_never_takes_the_id_of_a_curated_capacity():
    gazetteer_files = sorted((ROOT / "data" / "facts").glob("*.yaml"))
    text = ("自贡高新区新闻\n高新区现具备5GWh钠离子电池电芯等在建或规划产能。"
            "高新区在建20GWh钠离子电池电芯、规划10GWh钠离子电池电芯产能。\n")
    draft = draft_of(text, "2025-01-10", gazetteer_files)
    ids = [c.id for c in draft.candidates]
    assert len(ids) == len(set(ids))
    by_value = {c.figure.value: c for c in draft.candidates if c.cls == "Capacity"}
    assert by_value[Decimal(5)].id == "zone-sodium-ion-cell-capacity"
    assert by_value[Decimal(20)].id != "zone-sodium-ion-cell-capacity" and by_value[Decimal(20)].existing is None
    assert by_value[Decimal(10)].id != "zone-sodium-ion-cell-capacity"
    assert any("zone-sodium-ion-cell-capacity" in note for note in by_value[Decimal(20)].notes)


def test_ids_are_unique_in_a_draft_with_many_alike_figures():
    text = ("园区内，甲项目总投资10亿元，乙项目总投资10亿元，丙项目总投资12亿元。"
            "园区年产值突破100亿元，其中新能源产值50亿元。\n")
    ids = [c.id for c in draft_of(text).candidates]
    assert len(ids) == len(set(ids))


# ----------------------------------------------------------------------------- products and chain segments


def test_a_new_product_is_filed_under_the_segment_the_reference_chains_know():
    text = "钠峰新材料有限公司年产2万吨硬碳负极项目和年产1万吨电解液项目同日投产。\n"
    draft = draft_of(text, files=REFERENCE)
    segments = {c.label: {f.prop: f.value for f in c.facts}.get("inSegment") for c in draft.candidates
                if c.kind == "product"}
    assert segments["硬碳负极"] == "hard-carbon-anode-segment"
    assert segments["电解液"] == "electrolyte-segment"


# ----------------------------------------------------------------------------- English labels


@pytest.mark.parametrize("name, english", [
    ("宁乡振华新能源科技有限公司", "Ningxiang Zhenhua New Energy Technology Co., Ltd."),
    ("乐森机器人（深圳）有限公司", "Lesen Robot (Shenzhen) Co., Ltd."),
    ("岳阳经济技术开发区", "Yueyang Economic and Technological Development Zone"),
    ("长沙市工业和信息化局", "Changsha Bureau of Industry and Information Technology"),
    ("湘江氢能产业园", "Xiangjiang Hydrogen Industrial Park"),
    ("合肥综合性国家科学中心能源研究院", "Hefei Comprehensive National Science Center Energy Research Institute"),
    ("天合光伏产业基金", "Tianhe Photovoltaic Industry Fund"),
    ("芯源半导体实验室", "Xinyuan Semiconductor Laboratory"),
])
def test_english_names_from_the_glossary_and_pinyin(name, english):
    assert english_name(name, generic_regions())[0] == english


def test_products_are_translated_in_lower_case():
    assert english_name("磷酸铁锂正极材料", {}, lower=True)[0] == "lithium iron phosphate cathode material"
    assert english_name("质子交换膜", {}, lower=True)[0] == "proton exchange membrane"


def test_the_glossary_covers_the_genre():
    assert len(GLOSSARY) >= 300
    for word in ("有限公司", "集团", "科技", "新能源", "产业园", "高新区", "项目", "研究院", "实验室", "基金",
                 "氢能", "光伏", "半导体", "生物医药", "新材料", "汽车"):
        assert word in GLOSSARY


def test_figures_in_english():
    (figure,) = [f for f in draft_of("珈钠能源年产10万吨聚阴离子正极材料项目开工。\n").candidates if f.figure]
    assert figure_en(figure.figure) == "100,000 t/yr"


def test_every_new_entity_gets_a_proposed_english_label_never_todo():
    text = ("9月10日，株洲高新区与华锂新能源科技有限公司签署合作协议，华锂新能源将建设年产5GWh储能电池项目，"
            "总投资30亿元。株洲市发展和改革委员会主任李明出席。\n")
    draft = draft_of(text)
    new = [c for c in draft.candidates if c.existing is None]
    assert new and all(c.label_en and c.label_en != "TODO" for c in new)
    assert all(any(n.startswith("en proposed") for n in c.notes) for c in new if c.kind != "person")
    labels = {c.label: c.label_en for c in new}
    assert labels["华锂新能源科技有限公司"] == "Huali New Energy Technology Co., Ltd."
    capacity = next(c for c in new if c.cls == "Capacity")
    assert "5 GWh/yr" in capacity.label_en and capacity.label_en.endswith("capacity")
    position = next(c for c in new if c.cls == "Position")
    assert position.label_en == "Li Ming, director"
    assert "en: TODO" not in draft_yaml(draft).split("entities:", 1)[1]


def test_a_relative_month_resolves_to_its_year():
    text = "项目计划明年6月建成，去年3月开工。"
    values = [d.value for d in find_dates(Sentence("s001", text, 0, len(text), "body"), "2024-10-15")]
    assert values == ["2025-06", "2023-03"]


# ----------------------------------------------------------------------------- more of the genre's forms


def test_projects_get_the_stage_the_article_gives_them():
    text = ("10月9日，东湖高新区重大项目集中开工。其中，光谷芯联科技有限公司年产6万片碳化硅外延片项目总投资12亿元，"
            "计划2026年建成投产。\n同日，武汉弘力动力电池有限公司与东湖高新区签约年产8GWh动力电池项目。\n")
    draft = draft_of(text)
    stages = {c.label: {f.prop: f.value for f in c.facts}.get("status") for c in draft.candidates if c.cls == "Project"}
    assert stages["光谷芯联科技有限公司年产6万片碳化硅外延片项目"] == "under-construction"
    found = figures(draft)
    assert found["年产6万片"]["status"] == found["12亿元"]["status"] == "under-construction"
    assert found["年产8GWh"]["status"] == "planned"


def test_a_product_named_as_what_a_plant_makes():
    text = "该基地总投资60亿元，占地900亩，主要生产锂电池隔膜，全部达产后年产能将达到15亿平方米。\n"
    found = figures(draft_of(text))
    separator = next(f for f in found.values() if f["unitCode"] == "MTK")
    assert separator["product"] == "锂电池隔膜" and separator["perPeriod"] == "ANN" and separator["status"] == "planned"
    assert found["60亿元"]["quantityKind"]["zh"] == "总投资"


def test_what_a_figure_counts_leaves_out_the_place_and_the_plan():
    found = figures(draft_of("今年以来，全市新能源汽车产量达到45.6万辆，预计年销售收入可达50亿元。\n"))
    kinds = {f["quantityKind"]["zh"] for f in found.values()}
    assert kinds == {"新能源汽车产量", "年销售收入"}


def test_an_employer_named_by_a_word_that_stands_for_it():
    text = "在瑞升储能科技有限公司生产车间，生产线满负荷运转。公司副总经理张伟介绍，订单已排到明年。\n"
    positions = [c for c in draft_of(text).candidates if c.cls == "Position"]
    employer = {f.prop: f.value for f in positions[0].facts}["positionIn"]
    assert employer.label == "瑞升储能科技有限公司"
    assert positions[0].label_en == "Zhang Wei, deputy general manager"


def test_a_date_before_a_later_stage_word_dates_that_word_not_the_building():
    text = "晨锋机电有限公司在建的年产2万台搬运机器人项目预计明年5月投产。\n"
    found = figures(draft_of(text, source_date="2024-06-20"))["年产2万台"]
    assert found["status"] == "under-construction"


def test_a_capacity_a_company_states_without_a_status_word_is_in_operation():
    text = "浙江澄川传动科技有限公司年产谐波减速器30万套、伺服电机50万台。\n"
    found = figures(draft_of(text))
    assert found["30万套"]["status"] == "operating"
    assert found["50万台"]["status"] == "operating"


def test_the_stage_of_another_holder_in_the_sentence_before_is_not_this_capacity_s():
    text = ("湖州拓远智能装备有限公司在建的年产5000台焊接机器人项目预计明年3月投产。"
            "嘉兴正衡精密机械有限公司年产精密轴承80万套。\n")
    found = figures(draft_of(text, source_date="2024-06-20"))
    assert found["80万套"]["owner"] == "嘉兴正衡精密机械有限公司"
    assert found["80万套"]["status"] == "operating"


def test_a_product_word_ending_like_a_count_noun_still_names_the_product():
    text = "温州锐拓智能科技有限公司现有工业机器人年产能8000台。\n"
    found = figures(draft_of(text))["年产能8000台"]
    assert found["product"] == "工业机器人" and found["status"] == "operating"


def test_a_city_wide_total_is_not_held_by_the_company_of_the_sentence_before():
    text = ("江门澜舟船舶重工有限公司拟投资15亿元建设游艇制造项目。"
            "去年，全市船舶企业实现产值96亿元，同比增长12%。\n")
    found = figures(draft_of(text))
    assert found["96亿元"]["owner"] is None
    assert found["15亿元"]["owner"] in ("江门澜舟船舶重工有限公司", "游艇制造项目")
