"""Names in the forms the dev set left and the fifth rule-blind batch showed: a place that opens with a joining
character heading a park, a national zone named by its city and the area it grew from, a project named with a
rating class jieba reads as a measure word, a later phase named without 项目.

Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

import pytest
from test_extract_names import draft_of, labels

from chaingraph.authoring.extract.fragments import fragment_problem


def kinds(sentence: str, *wanted: str) -> dict[str, str]:
    return labels(draft_of(sentence), *wanted)


@pytest.mark.parametrize("sentence, park", [
    ("在和田昆仑玉石产业园，已入驻企业30家。", "和田昆仑玉石产业园"),
    ("和县新材料产业园今年新开工项目12个。", "和县新材料产业园"),
])
def test_a_park_headed_by_a_place_that_opens_with_he_is_named(sentence, park):
    assert kinds(sentence, "park") == {park: "IndustrialPark"}


def test_a_joining_he_still_opens_no_name():
    assert kinds("园区引进企业和平台30家。", "organisation", "park", "zone", "platform") == {}


@pytest.mark.parametrize("name, whole", [
    ("和田昆仑玉石产业园", True), ("和林格尔新区", True), ("和县新材料产业园", True),
    ("和平台公司", False),  # 和平 is a word but no place: the tail of 政府和平台公司
    ("和谐新材料有限公司", False),
])
def test_a_name_may_open_on_he_only_when_a_place_follows(name, whole):
    assert (fragment_problem(name) is None) == whole


@pytest.mark.parametrize("sentence, zone", [
    ("北京亦庄与涿州市合作共建的医疗器械飞地园区已入驻企业12家。", "北京亦庄"),
    ("项目由深圳前海引进，总投资8亿元。", "深圳前海"),
])
def test_a_national_zone_named_by_its_city_and_area_is_a_zone(sentence, zone):
    found = kinds(sentence, "zone", "region")
    assert found.get(zone) == "HighTechZone"
    assert found.get(zone[:2] + "市") == "AdministrativeRegion"  # the city it is named by is meant


def test_a_zone_nickname_heading_a_company_names_no_zone():
    found = kinds("北京亦庄投资控股有限公司出资10亿元。", "organisation", "zone")
    assert found == {"北京亦庄投资控股有限公司": "Company"}


@pytest.mark.parametrize("sentence, project", [
    ("新疆天润重工装备有限公司投资建设的天润重工大兆瓦风电叶片制造基地项目总投资18亿元。",
     "天润重工大兆瓦风电叶片制造基地项目"),
    ("华风大兆瓦海上风机项目正式开工。", "华风大兆瓦海上风机项目"),
])
def test_a_rating_class_without_a_number_stays_in_a_projects_name(sentence, project):
    assert project in kinds(sentence, "project")


@pytest.mark.parametrize("sentence, expected", [
    ("云岭算力智算中心二期正在进行机电安装，计划今年6月投运。", {"云岭算力智算中心二期"}),
    ("推动总投资12亿元的康瑞影像二期等项目年内开工。", {"康瑞影像二期"}),
    ("甘肃云湾数据科技有限公司智算中心一期已于去年建成投运。", {"甘肃云湾数据科技有限公司智算中心一期"}),
])
def test_a_later_phase_named_without_xiangmu_is_a_project(sentence, expected):
    assert set(kinds(sentence, "project")) == expected


@pytest.mark.parametrize("sentence", [
    "一期已投产，二期正在进行厂房建设。",
    "目前，滨江重工一期船坞已投产，二期船坞正在建设。",  # the phase says which dock
    "公司计划明年启动二期扩产。",
    "公司自主研发的抗体药物已进入临床三期。",  # a trial's phase
    "滨河新材料产业园一期已入驻企业20家。",  # a park's phase: its figures are the park's
])
def test_a_phase_of_no_named_project_is_none(sentence):
    assert kinds(sentence, "project") == {}


# -- the fifth rule-blind batch


@pytest.mark.parametrize("sentence, expected", [
    ("在东山县，福建海峡漂浮式光伏研究院去年建成的漂浮式光伏实证平台已开展测试8项。",
     {"福建海峡漂浮式光伏研究院": "ResearchInstitute", "漂浮式光伏实证平台": "Platform"}),
])
def test_a_verb_and_shi_that_say_what_kind_stay_in_the_name(sentence, expected):
    found = kinds(sentence, "organisation")
    assert expected.items() <= found.items(), found


def test_a_body_after_huitong_starts_at_its_own_place():
    found = kinds("市工信局将会同市发展和改革委员会、市商务局推进项目落地。", "organisation")
    assert "市发展和改革委员会" in found


def test_a_chains_rank_before_a_company_is_no_part_of_its_name():
    found = kinds("会议指出，链主企业江西赣光通信科技股份有限公司带动作用明显。", "organisation")
    assert found == {"江西赣光通信科技股份有限公司": "Company"}


@pytest.mark.parametrize("sentence, park", [
    ("3.建设地点：盐城经济技术开发区玻璃纤维及复合材料产业园，项目用地约200亩。",
     "盐城经济技术开发区玻璃纤维及复合材料产业园"),
    ("项目落户滁州光伏及储能装备产业园。", "滁州光伏及储能装备产业园"),
])
def test_a_park_that_gathers_two_industries_joined_by_ji_is_one_park(sentence, park):
    assert park in kinds(sentence, "park")


def test_two_parks_joined_by_he_stay_two():
    found = kinds("南京新材料产业园和苏州纳米产业园去年实现产值20亿元。", "park")
    assert set(found) == {"南京新材料产业园", "苏州纳米产业园"}
