"""`chaingraph extract` on names and places a round of rule-blind articles showed: a park called by its own kind of
word once named (创新港, 智谷), a park word followed by its phase or its verb, projects named by what they make (with
及 after a verb, a list of two products after the figure, 电池包 jieba cuts apart), a verb phrase that is no
project, a prefecture jieba reads as a person, 全市 of an article naming a county-level city of that prefecture,
a sentence opening on a period going on with the place before, a stage word that is no product. Every sentence is
written for these tests in the genre's style; every name is invented."""

from __future__ import annotations

from pathlib import Path

from test_extract_quantities import draft_of, figures
from test_extract_towns_stations import labels


def test_a_park_is_called_by_its_own_kind_of_word_once_named():
    draft = draft_of("走进汤河氢能创新港，塔吊林立。作为全县重点打造的氢能平台，创新港一批项目陆续投产。\n"
                     "创新港内已建成加氢站3座，日加氢能力合计3000公斤。\n", "2025-09-10")
    park = next(c for c in draft.candidates if c.label == "汤河氢能创新港")
    assert len(park.mentions) >= 3
    found = figures(draft)
    assert found["3座"]["owner"] == found["3000公斤"]["owner"] == "汤河氢能创新港"


def test_a_park_word_is_no_name_of_its_own_when_two_parks_end_in_it():
    draft = draft_of("清江智谷和龙湾智谷同日开园。智谷内已入驻企业12家。\n", "2025-09-10")
    assert "智谷" not in labels(draft)


def test_a_valley_or_hub_park_before_its_phase_or_its_verb():
    draft = draft_of("7月8日，位于永安经济开发区的永安车业智谷二期正式启用。盛湖纺织科创港运营一年来，"
                     "已入驻研发设计企业30家。\n", "2025-07-10")
    assert {"永安车业智谷", "盛湖纺织科创港"} <= labels(draft, "park")


def test_projects_named_by_what_they_make():
    draft = draft_of("去年开工的中药提取及配方颗粒扩能项目总投资2.5亿元。园区内，年产3000吨黄芪、当归精深加工项目"
                     "已于5月通过竣工验收。总投资6亿元的电池包箱体项目计划10月开工。\n", "2025-07-10")
    projects = labels(draft, "project")
    assert {"中药提取及配方颗粒扩能项目", "年产3000吨黄芪、当归精深加工项目", "电池包箱体项目"} <= projects
    assert figures(draft)["6亿元"]["owner"] == "电池包箱体项目"


def test_a_verb_acting_on_projects_names_none():
    draft = draft_of("5月8日，市长直奔现场督导光伏项目建设，现场协调解决项目推进中存在的困难和问题。\n", "2025-05-10")
    assert not any("协调" in label for label in labels(draft, "project"))


def test_a_prefecture_read_as_a_persons_name_heads_its_zone():
    draft = draft_of("白银高新区新材料产业园二期标准化厂房已竣工。\n", "2025-10-10")
    assert "白银市" in labels(draft, "region")


def test_whole_city_is_the_prefecture_above_a_county_level_city_named_once():
    draft = draft_of("前三季度全市重点项目建设稳步推进\n"
                     "2025年，全市共安排市级重点项目200个，总投资1500亿元。1-9月，重点项目累计完成投资260亿元。\n"
                     "旬阳市生猪屠宰项目正在进行设备调试。汉阴县富硒粮油项目7月建成投运。"
                     "安康高新区富硒食品产业园二期已竣工。\n", "2025-10-15")
    found = figures(draft)
    assert found["200个"]["owner"] == found["1500亿元"]["owner"] == "安康市"
    assert found["260亿元"]["owner"] == "安康市"  # the sentence opening on 1-9月 goes on with 全市


def test_a_stage_after_a_figure_is_no_product():
    found = figures(draft_of("广东澄辉光能科技有限公司年产8GW高效N型电池片项目，一期4GW已全面达产，"
                             "二期4GW厂房主体封顶，正在进行设备安装。\n", "2025-12-10"))
    assert all(f["product"] != "厂房主体封顶" for f in found.values())


def test_a_daily_capacity_opens_a_projects_name():
    draft = draft_of("签约项目中，安徽皖川光能玻璃有限公司拟投资15亿元，建设日熔化量1000吨光伏玻璃项目，"
                     "建成后年产光伏压延玻璃8000万平方米。\n", "2025-06-10")
    assert "日熔化量1000吨光伏玻璃项目" in labels(draft, "project")


def test_a_visits_verb_and_a_shareholders_word_open_no_name():
    draft = draft_of("观摩团来到河南晶川新材料有限公司年产1万吨硅碳负极材料项目。"
                     "港方股东香港瑞川国际控股有限公司将增资1亿美元。\n", "2025-06-10")
    names = labels(draft)
    assert "河南晶川新材料有限公司年产1万吨硅碳负极材料项目" in names
    assert "香港瑞川国际控股有限公司" in names
    assert not any(n.startswith(("团", "来到", "港方")) for n in names)


def test_a_time_or_a_rise_is_no_product():
    found = figures(draft_of("湖北康川药业有限公司年产1000吨特色原料药项目一期上月投产，形成年产600吨的能力。"
                             "目前，项目一期3GWh产线已经投产。“二期投用后，单体电芯日产量能到6万只。”副总经理说。\n",
                             "2025-09-10"))
    assert all(f["product"] not in ("上月", "量能到") for f in found.values())


def test_a_place_naming_another_such_park_keeps_the_word_generic():
    found = figures(draft_of("汤川氢能创新港总投资50亿元。此外，安阳市还将建设一个科技创新港，总投资8亿元，"
                             "创新港将聚焦人工智能。\n", "2025-09-10"))
    assert found["8亿元"]["owner"] != "汤川氢能创新港"


def test_whole_city_is_the_county_level_city_its_own_sentence_names():
    found = figures(draft_of("安康高新区新签约项目8个。旬阳市新开工项目5个，全市累计完成投资80亿元。\n", "2025-10-15"))
    assert found["80亿元"]["owner"] == "旬阳市"


def test_a_dispatch_centre_keeps_its_verb():
    draft = draft_of("宏川公司调度中心项目总投资2亿元。\n", "2025-10-15")
    assert any("调度中心项目" in label for label in labels(draft, "project"))


def test_an_industrial_park_area_run_by_a_committee_or_holding_a_park_is_a_zone():
    draft = draft_of("永川工业园区管委会2025年工作总结\n2025年，永川工业园区管委会坚持以项目建设为抓手。\n"
                     "景川市低空经济产业园位于景川工业园区内，规划面积800亩。\n", "2026-01-08")
    zones = labels(draft, "zone")
    assert {"永川工业园区", "景川工业园区"} <= zones
    assert "景川市低空经济产业园" in labels(draft, "park")


def test_an_industrial_park_area_named_alone_is_a_park():
    draft = draft_of("在清川工业园区，一批项目正加紧建设。\n", "2025-06-10")
    assert "清川工业园区" in labels(draft, "park")


def test_a_peoples_congress_committee_is_a_government_body():
    draft = draft_of("7月10日，盘川市人大常委会组织部分代表视察氢能产业发展情况。\n", "2025-07-12")
    assert "盘川市人大常委会" in labels(draft, "organisation")


def test_a_facts_files_local_alias_names_nothing_in_another_article():
    facts = sorted((Path(__file__).resolve().parents[1] / "data" / "facts").glob("*.yaml"))
    draft = draft_of("视察组建议，要加快中试平台等创新载体建设。\n01\n中试平台：让样机跑得更快\n", "2025-09-10", facts)
    assert not any("中试平台" in c.label for c in draft.candidates if c.kind == "organisation")


def test_parks_named_as_a_made_in_garden_or_an_enclave_and_a_park_in_a_park():
    draft = draft_of("园中园镇川低空智造园位于航空园东片，总建筑面积10万平方米。梅川（黄埔）科创飞地已入驻企业10家。"
                     "芒川工业园区内的芒川光伏组件产业园是当地打造的园中园，占地1500亩。\n", "2025-09-10")
    parks = labels(draft, "park")
    assert {"镇川低空智造园", "梅川（黄埔）科创飞地", "芒川光伏组件产业园", "芒川工业园区"} <= parks
