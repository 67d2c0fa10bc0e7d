"""Districts and county stems as the nineteenth round of rule-blind articles showed them: a district named short
(永川 of 永川区, 大足 of 大足区) heads its zone, the zone's committee and the companies named after it; a county stem
jieba reads as another word (安达, a name to it; 互助, a verb) is the county before a zone's designation, or before a
company's name in an article that names the county; but not inside a longer name or in an article about another
city; and a project named by its place and one work of it (an airport, a demonstration run) is a project.

Every sentence here is invented for the test, in the genre's style; the companies and people are made up."""

from __future__ import annotations

from test_extract_names import draft_of, labels
from test_extract_people9 import positions
from test_extract_quantities import figures

from chaingraph.authoring.counties import stem_counties


def test_a_districts_stem_heads_its_zone_its_committee_and_its_companies():
    draft = draft_of("大足区地处重庆西部。大足高新区管委会副主任郑川宁介绍，今年以来，大足宏韬机电有限公司、"
                     "大足鑫祺电子有限公司2家企业先后落地，分别计划投资3亿元和1.2亿元。")
    assert "大足高新区管委会" in labels(draft, "organisation")
    assert {"大足宏韬机电有限公司", "大足鑫祺电子有限公司"} <= set(labels(draft, "organisation"))
    assert figures(draft)["1.2亿元"]["owner"] == "大足鑫祺电子有限公司"


def test_a_county_stem_that_is_a_verb_heads_a_company_where_the_article_names_the_county():
    draft = draft_of("互助县位于青海东部。互助雪源乳品有限公司投资1.6亿元建设奶粉生产线。")
    assert "互助雪源乳品有限公司" in labels(draft, "organisation")
    assert figures(draft)["1.6亿元"]["owner"] == "互助雪源乳品有限公司"


def test_a_county_stem_jieba_knows_as_a_name_before_a_zone_is_the_county_where_its_city_is_named():
    assert stem_counties()["安达"] == "安达市"
    draft = draft_of("绥化市所辖的安达经济开发区内多个生物医药项目加紧施工。",
                     "据安达经济开发区介绍，到2027年，全市生物医药产业产值力争突破60亿元。")
    assert "安达市" in labels(draft, "region")
    assert figures(draft)["突破60亿元"]["owner"] == "安达市"


def test_a_stem_inside_a_longer_name_or_in_an_article_about_another_city_is_no_county():
    draft = draft_of("武汉东湖高新区管委会副主任周凯表示，东湖高新区今年新引进光电子企业12家。",
                     "太原市新材料合作产业园同日揭牌。")
    regions = labels(draft, "region")
    assert "东湖区" not in regions and "合作市" not in regions
    assert "武汉市" in regions


def test_a_district_head_after_a_post_of_a_district_named_short_works_for_the_district():
    found = positions(draft_of("永川区委常委、副区长韩定远表示，永川力争到2027年新能源汽车产业产值突破500亿元。"))
    assert found["韩定远"] == ("副区长", "永川区")


def test_a_project_named_by_its_place_and_one_work_is_a_project():
    draft = draft_of("与此同时，船山通用机场项目正在加紧建设，总投资4亿元。",
                     "盘州市氢能重卡示范运营项目投入运营，投放车辆50辆。")
    projects = labels(draft, "project")
    assert {"船山通用机场项目", "盘州市氢能重卡示范运营项目"} <= set(projects)
    assert figures(draft)["4亿元"]["owner"] == "船山通用机场项目"


def test_a_place_and_a_kind_of_industry_names_no_project():
    draft = draft_of("近年来，鄂尔多斯绿氢项目加快落地，全市已建成制氢能力3万吨。")
    assert "鄂尔多斯绿氢项目" not in labels(draft, "project")


def test_a_project_named_by_its_city_and_what_it_makes_is_a_project():
    draft = draft_of("本溪特钢精密管材项目总投资7.6亿元。惠州第三代半导体衬底项目总投资30亿元。",
                     "芦溪县复合绝缘子绿色智造项目建成后可年产复合绝缘子60万支。")
    projects = set(labels(draft, "project"))
    assert {"本溪特钢精密管材项目", "惠州第三代半导体衬底项目", "芦溪县复合绝缘子绿色智造项目"} <= projects
    assert figures(draft)["7.6亿元"]["owner"] == "本溪特钢精密管材项目"


def test_a_province_or_a_zone_and_an_industry_name_a_kind_of_project_and_a_verb_after_a_place_stays_the_clauses():
    draft = draft_of("宁夏新能源汽车项目加快布局。天长经开区新材料项目持续发力。",
                     "新区签订兰州新区高端锂电铜箔项目，总投资12亿元。")
    projects = set(labels(draft, "project"))
    assert not {"宁夏新能源汽车项目", "天长经开区新材料项目"} & projects
    assert "兰州新区高端锂电铜箔项目" in projects


def test_a_pronoun_still_names_nothing_where_a_city_opens_on_its_character():
    draft = draft_of("本溪硅钢片深加工项目总投资9亿元。本项目建成后年产硅钢片20万吨。")
    assert "本项目" not in labels(draft, "project")
    assert figures(draft)["9亿元"]["owner"] == "本溪硅钢片深加工项目"


def test_a_clause_verb_after_a_place_names_no_project():
    draft = draft_of("大足区召开项目调度会，研究推进重点工作。", "今年，宁乡市招引锂电池项目，总投资20亿元。")
    assert not labels(draft, "project")
    assert figures(draft)["20亿元"]["owner"] == "宁乡市"


def test_a_stem_that_is_a_common_word_is_no_district_without_its_county_or_city_named():
    draft = draft_of("修水县召开工业大会。港口工业园区新增企业30家。", "江南产业园区新增企业8家。")
    regions = labels(draft, "region")
    assert "港口区" not in regions and "江南区" not in regions


def test_a_district_several_cities_share_is_cued_by_any_of_them():
    draft = draft_of("沈阳市铁西经济技术开发区今年新签约项目12个。")
    assert "铁西区" in labels(draft, "region")


def test_a_province_and_a_kind_of_work_name_no_project():
    draft = draft_of("内蒙古风光治沙项目全面铺开。近年来，成都示范项目不断涌现。惠州新能源汽车项目持续发力。")
    assert not labels(draft, "project")
