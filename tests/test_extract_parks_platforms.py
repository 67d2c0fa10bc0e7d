"""Parks and platforms in the forms unseen articles use: names whose head jieba splits off or tags
as a time word (湘湖未来产业园, 西/太湖, 正定/d), hosts' 院士工作站 and 博士后科研工作站, brands in quotes
(“星火”众创空间, 打造“长沙智造港”), a count after a list of platforms (两大平台), 科技城 and 产业新城
as parks, 实验区 and 工业区 as zones, districts that end like 山区 or 城区. Rules written after five
new dev articles (Xiaoshan, Zhengzhou, Chengdu, Changzhou, Yulin) were scored once, unread; every
sentence here is new, written for the test."""

from __future__ import annotations

import pytest
from test_extract_names import draft_of, kinds, names

# -- the head of a park's name


@pytest.mark.parametrize("sentence, park", [
    ("记者走进临平未来科技城，多家企业正在加紧建设。", "临平未来科技城"),  # 未来: a time word to jieba
    ("滨江未来产业园已集聚企业60家。", "滨江未来产业园"),
    ("宁波市北仑区西太湖智造产业园已入驻企业15家。", "宁波市北仑区西太湖智造产业园"),  # 西/太湖
    ("盐城滨海海上风电装备产业园今天开工。", "盐城滨海海上风电装备产业园"),  # 海上, a place word to jieba
    ("园区与固安产业新城开展合作。", "固安产业新城"),  # 固安/a: a county read as an adjective
])
def test_a_park_keeps_the_head_jieba_splits_off(sentence, park):
    assert kinds(sentence, "park").get(park) == "IndustrialPark"


def test_a_place_tagged_as_an_adverb_heads_a_park_in_a_list_of_parks():
    found = kinds("依托石家庄国际生物医药园、正定生物医药产业园和栾城原料药产业园，加快发展。", "park")
    assert {"石家庄国际生物医药园", "正定生物医药产业园", "栾城原料药产业园"} <= set(found)
    assert "生物医药产业园" not in found


def test_a_generic_park_after_a_verb_is_still_no_name():
    assert kinds("该县将加快建设生物医药产业园和碳纤维产业片区。", "park", "zone") == {}


def test_a_park_of_the_articles_own_zone_is_named_by_the_zone_word():
    assert "开发区新材料产业园" in kinds("在开发区新材料产业园，三家企业的新厂房已封顶。", "park")


def test_the_place_at_the_end_of_a_park_is_no_region():
    draft = draft_of("中牟汽车产业新城与郑州经开区形成配套。")
    assert "中牟汽车产业新城" in names(draft, "park")
    assert "新城" not in names(draft, "region")


# -- parks as ports and cities, zones as 实验区 and 工业区


def test_science_cities_and_hubs_are_parks_and_experimental_zones_are_zones():
    found = kinds("常州科教城、成都医学城和西安丝路科技港的企业，与宁东综合实验区、孝义梧桐工业区签约。",
                  "park", "zone")
    assert {found.get(n) for n in ("常州科教城", "成都医学城", "西安丝路科技港")} == {"IndustrialPark"}
    assert found.get("宁东综合实验区") == "HighTechZone"
    # a 工业区 named alone is a park, a zone where a committee runs it or a park lies in it (tests/articles/README.md)
    assert found.get("孝义梧桐工业区") == "IndustrialPark"


def test_a_park_in_quotes_is_a_name_though_its_words_are_an_industry():
    assert kinds("高新区将全力打造“碳材料创新港”。", "park") == {"碳材料创新港": "IndustrialPark"}


# -- platforms


def test_a_hosts_workstations_are_platforms_and_unnamed_ones_are_none():
    found = kinds("安徽晨钠新材料有限公司博士后科研工作站和晨钠院士工作站同日揭牌。", "organisation")
    assert found["安徽晨钠新材料有限公司博士后科研工作站"] == "Platform"
    assert found["晨钠院士工作站"] == "Platform"
    assert found["安徽晨钠新材料有限公司"] == "Company"
    assert kinds("园区今年新建院士工作站3家、博士后科研工作站2家。", "organisation") == {}


def test_a_brand_in_quotes_names_an_incubator():
    assert kinds("园区的“星火”众创空间已孵化企业20家。", "organisation") == {"“星火”众创空间": "Incubator"}


def test_a_count_after_a_list_of_platforms_is_no_part_of_the_last_one():
    found = kinds("园区内，湖北省磷化工技术创新中心和宜昌磷化工检验检测中心两大平台已投入运行。", "organisation")
    assert set(found) == {"湖北省磷化工技术创新中心", "宜昌磷化工检验检测中心"}


@pytest.mark.parametrize("sentence, platform", [
    ("东北黑土地保护技术创新中心在长春揭牌。", "东北黑土地保护技术创新中心"),  # a compass head, 保护 its work
    ("双方共建碳纤维复合材料协同创新平台。", "碳纤维复合材料协同创新平台"),  # named by the material it serves
    ("支持石家庄合成生物中试基地提升能力。", "石家庄合成生物中试基地"),  # 合成: the industry's work
])
def test_a_platform_named_by_its_region_or_its_work(sentence, platform):
    assert kinds(sentence, "organisation").get(platform) == "Platform"


def test_a_platform_heads_place_is_no_region():
    draft = draft_of("甘肃省稀土功能材料工程技术研究中心通过验收。")
    assert "甘肃省稀土功能材料工程技术研究中心" in names(draft, "organisation")
    assert names(draft, "region") == set()


# -- a company named after its place, districts that end like 山区


def test_a_company_named_after_its_place_keeps_the_brand_jieba_reads_as_a_verb():
    found = kinds("双方与陕西延长石油（集团）有限责任公司签约。", "organisation", "region")
    assert found == {"陕西延长石油（集团）有限责任公司": "Company"}


def test_districts_ending_like_mountains_or_a_town_centre_are_regions():
    draft = draft_of("杭州市萧山区和济南市历城区的企业参加了对接会，山区和主城区的企业没有参加。")
    assert {"萧山区", "历城区"} <= names(draft, "region")
    assert not {"山区", "主城区"} & names(draft, "region")


def test_a_park_named_after_funds_and_a_fund_named_after_a_brand_are_one_thing_each():
    found = kinds("南湖基金小镇与滨湖芯港集成电路产业投资基金签约。", "park", "organisation")
    assert found.get("南湖基金小镇") == "IndustrialPark"
    assert found.get("滨湖芯港集成电路产业投资基金") == "Fund"
    assert not {"南湖基金", "滨湖芯港"} & set(found)
