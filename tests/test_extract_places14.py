"""Platforms, parks and zones in shapes the rule-blind batches showed: the 片区 of a city's plan (no zone) against
a free-trade zone's 片区, a plant's 制造基地 built in phases (no park), a company's brand that ends like a park named
as a port, a branch of a provincial platform (…分中心), a 服务中心 that serves an industry, and a zone's park named
by its industry alone at the opening of the sentence that describes it. Every sentence is invented for the test,
in the genre's style; the names are made up."""

from __future__ import annotations

import pytest
from test_extract_names import draft_of, labels, names

# -- zones: a 片区


@pytest.mark.parametrize("sentence, district", [
    ("区委副书记在调研时表示，将以经开区北部片区为重点，加快布局氢能装备和储能电池。", "北部片区"),
    ("下一步，城东高铁新城片区布局氢能公交、物流车等应用场景。", "新城片区"),
    ("目前，园区西片区已完成土地平整，可承接落地项目12个。", "西片区"),
])
def test_a_district_of_a_plan_is_no_zone(sentence, district):
    zones = labels(draft_of(sentence), "zone")
    assert not any(name.endswith(district) for name in zones), zones


def test_a_free_trade_zones_area_is_a_zone_also_by_its_short_name():
    draft = draft_of("中国（云南）自由贸易试验区红河片区今年新增外贸企业46家。",
                     "红河片区已集聚跨境电商企业120家。")
    zones = names(draft, "zone")
    assert "中国（云南）自由贸易试验区红河片区" in zones
    assert "红河片区" in zones


# -- parks: a plant's base, a company's brand


def test_a_plants_manufacturing_base_built_in_phases_is_no_park():
    draft = draft_of("公司总投资12亿元的电池包制造基地一期已建成投产，二期计划明年开工。")
    assert not any(name.endswith("制造基地") for name in labels(draft, "park"))


def test_an_industrial_base_built_in_phases_is_still_a_park():
    draft = draft_of("加快建设鄂州光电子产业基地二期，新增标准厂房20万平方米。")
    assert "鄂州光电子产业基地" in labels(draft, "park")


@pytest.mark.parametrize("sentences", [
    ("总投资18亿元的功率器件封装项目由南湖芯港电子科技有限公司承建，预计明年投产。",),
    ("南湖芯港电子科技有限公司年产车规级芯片20万片项目开工。", "南湖芯港负责人表示，项目将于明年投产。"),
])
def test_a_companys_brand_that_ends_like_a_port_park_is_no_park(sentences):
    draft = draft_of(*sentences)
    assert "南湖芯港" not in labels(draft, "park")
    assert labels(draft, "organisation").get("南湖芯港电子科技有限公司") == "Company"


def test_a_park_named_as_a_port_is_still_a_park():
    draft = draft_of("南湖芯港已入驻集成电路企业34家。")
    assert "南湖芯港" in labels(draft, "park")


# -- platforms: a branch, a service centre


def test_a_platforms_branch_is_a_platform_under_its_whole_name():
    draft = draft_of("开发区近年建成湖南省储能材料工程技术研究中心醴陵分中心，服务企业60余家。")
    found = labels(draft, "organisation")
    assert found.get("湖南省储能材料工程技术研究中心醴陵分中心") == "Platform"
    assert "湖南省储能材料工程技术研究中心" not in found


def test_a_service_centre_of_an_industry_is_a_platform_and_a_government_one_is_not():
    found = labels(draft_of("在园区内的襄阳市低空飞行服务中心，工作人员正通过大屏监控航线。",
                            "签约仪式在襄阳市政务服务中心举行。"), "organisation")
    assert found.get("襄阳市低空飞行服务中心") == "Platform"
    assert found.get("襄阳市政务服务中心") == "GovernmentBody"


# -- parks: a zone's park named by its industry alone


def test_a_zones_park_named_by_its_industry_is_kept_where_its_sentence_describes_it():
    draft = draft_of("11月8日，樟树经开区重大项目集中开工活动在医疗器械产业园举行。",
                     "医疗器械产业园规划面积2.6平方公里，目前已入驻企业41家。")
    assert "医疗器械产业园" in labels(draft, "park")


def test_an_industry_park_as_a_kind_is_no_park():
    draft = draft_of("近年来，各地纷纷规划建设医疗器械产业园，竞争日趋激烈。")
    assert "医疗器械产业园" not in labels(draft, "park")


# -- platforms: a test ground


def test_a_test_ground_named_by_its_place_is_a_platform():
    found = labels(draft_of("加快建设盐城无人驾驶汽车测试场，开放测试道路120公里。"), "organisation")
    assert found.get("盐城无人驾驶汽车测试场") == "Platform"


# -- platforms: words that are no platform


@pytest.mark.parametrize("sentence, platform", [
    ("第六个签约的是邢台经开区加氢站网络建设项目，由区属国有平台邢台经开城市发展集团有限公司承建。", "国有平台"),
    ("项目主要建设储氢瓶装配车间和测试中心，预计明年6月建成。", "测试中心"),
    ("公司今年新上焊接机器人工作站12套，焊装线节拍提升三成。", "工作站"),
    ("平坝数据灾备中心一期工程已于今年3月建成。", "灾备中心"),
])
def test_a_plants_part_a_machine_and_a_place_companys_role_are_no_platform(sentence, platform):
    found = labels(draft_of(sentence), "organisation")
    assert not any(name.endswith(platform) and cls == "Platform" for name, cls in found.items()), found


def test_a_lab_named_by_two_works_keeps_both():
    found = labels(draft_of("锂电材料研究与回收利用重点实验室揭牌。"), "organisation")
    assert "锂电材料研究与回收利用重点实验室" in found


# -- names with a word jieba misreads: 都 read as 'all', a herb read as a numeral


def test_a_trades_capital_keeps_its_du_in_a_platforms_name():
    found = labels(draft_of("亳州数字中药都交易平台年交易额达到160亿元。"), "organisation")
    assert found.get("亳州数字中药都交易平台") == "Platform"


def test_du_as_all_starts_no_name():
    found = labels(draft_of("园区企业都建有研发中心和中试基地。"), "organisation")
    assert not any(name.startswith(("企业都", "都")) for name in found), found


def test_a_herb_jieba_reads_as_a_numeral_stays_in_the_name():
    draft = draft_of("砚山县三七中试基地投入运行，服务企业新品研发40项。", "推进砚山三七产业园区扩区提质。")
    assert labels(draft, "organisation").get("砚山县三七中试基地") == "Platform"
    assert "砚山三七产业园区" in labels(draft, "park")


# -- parks: a park's bare word after the clause's verb


@pytest.mark.parametrize("sentence", [
    "上午十点，一辆辆满载铝压铸件的货车驶出园区，发往重庆、武汉等地。",
    "公司负责人介绍，产线所用电芯全部来自园区内的配套企业。",
])
def test_a_clause_ending_in_a_parks_bare_word_is_no_park(sentence):
    assert not labels(draft_of(sentence), "park")
