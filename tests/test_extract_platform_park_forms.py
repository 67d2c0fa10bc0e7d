"""Platforms and parks in the forms of the genre that the third rule-blind batch showed missing:
产业创新联合体, 实证基地, 企业技术中心 named by its company, parks inside parks (园中园, 孵化园, 双创基地,
标准厂房区), a park named after a clause's verb or after its zone's name, zone short forms (上海化工区,
金山二工区), and kinds of platforms that are no names (counted ones, a batch unveiled together, 科创平台).
Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

import pytest
from test_extract_names import draft_of, kinds, labels

# -- platforms


@pytest.mark.parametrize("sentence, platform", [
    ("由江岭新能源牵头组建的湘江储能产业创新联合体今天成立。", "湘江储能产业创新联合体"),
    ("园区牵头组建了皖南氢能产业创新联合体，成员单位24家。", "皖南氢能产业创新联合体"),
    ("德令哈光热实证基地、柴达木储能实证基地先后建成。", "柴达木储能实证基地"),
    ("宏远重工企业技术中心被认定为国家企业技术中心。", "宏远重工企业技术中心"),
])
def test_a_platform_of_the_genre_is_named(sentence, platform):
    assert kinds(sentence, "organisation").get(platform) == "Platform"


def test_a_rank_a_centre_is_given_is_no_name():
    assert "国家企业技术中心" not in kinds("宏远重工企业技术中心被认定为国家企业技术中心。", "organisation")


@pytest.mark.parametrize("sentence", [
    "目前已建成12个氢能创新平台。",
    "园区已有储能检测创新平台等氢能创新平台5个。",
    "会上，盐城生物制造创新平台集中揭牌。",
    "科创平台加速集聚。",
])
def test_a_kind_of_platform_is_no_name(sentence):
    found = kinds(sentence, "organisation")
    assert not any(name.endswith(("氢能创新平台", "生物制造创新平台", "科创平台")) for name in found), found


@pytest.mark.parametrize("sentence, name, cls", [
    ("在科创大楼里，桂稀分离博士后科研工作站、磁源永磁院士工作站集中办公。", "磁源永磁院士工作站", "Platform"),
    ("会上，仙岚氢能产业园集中签约氢能产业项目12个。", "仙岚氢能产业园", "IndustrialPark"),
])
def test_a_name_before_other_words_of_gathering_stays_a_name(sentence, name, cls):
    assert kinds(sentence, "organisation", "park").get(name) == cls


def test_a_park_named_as_an_accelerator_is_no_accelerator():
    found = kinds("两江储能加速器园区已引进孵化项目15个。", "organisation", "park")
    assert found == {"两江储能加速器园区": "IndustrialPark"}


# -- parks


@pytest.mark.parametrize("sentence, park", [
    ("落户鱼洞工业园内的“鱼洞电子园中园”已入驻企业11家。", "鱼洞电子园中园"),
    ("在西青经开区精武生物园中园，企业正在装修厂房。", "精武生物园中园"),
    ("“精密铸件标准厂房区”共有厂房12栋。", "精密铸件标准厂房区"),
    ("邵阳宝庆孵化园入驻企业32家。", "邵阳宝庆孵化园"),
    ("阿克苏青年双创基地入驻创业团队30个。", "阿克苏青年双创基地"),
    ("我们正在谋划建设黄铺航空小镇。", "黄铺航空小镇"),
])
def test_a_park_of_the_genre_is_named(sentence, park):
    assert kinds(sentence, "park").get(park) == "IndustrialPark"


@pytest.mark.parametrize("sentence, park, zone", [
    ("在盘锦高新技术产业开发区辽滨新材料产业新城，一批项目加快建设。", "辽滨新材料产业新城", "盘锦高新技术产业开发区"),
    ("西安高新区丝路芯谷产业园已入驻企业30家。", "丝路芯谷产业园", "西安高新区"),
])
def test_a_park_with_a_name_of_its_own_starts_after_its_zone(sentence, park, zone):
    found = kinds(sentence, "park", "zone")
    assert found.get(park) == "IndustrialPark" and found.get(zone) == "HighTechZone"
    assert not any(name.endswith(park) and name != park for name in found)


@pytest.mark.parametrize("sentence, park", [
    ("楚雄高新区医药产业园今年新增企业5家。", "楚雄高新区医药产业园"),
    ("邢台经开区电动自行车产业园去年生产整车380万辆。", "邢台经开区电动自行车产业园"),
    ("开工仪式在经开区晶澜光电产业园举行。", "经开区晶澜光电产业园"),
])
def test_a_zone_park_named_by_its_industry_or_a_bare_zone_keeps_the_zone(sentence, park):
    assert kinds(sentence, "park") == {park: "IndustrialPark"}


# -- zones written short


@pytest.mark.parametrize("sentence, zone", [
    ("上海化工区去年实现工业总产值1300亿元。", "上海化工区"),
    ("金山二工区今年新引进项目6个。", "金山二工区"),
])
def test_a_zone_short_form_is_a_zone(sentence, zone):
    assert kinds(sentence, "zone").get(zone) == "HighTechZone"


def test_a_work_section_is_no_zone():
    assert kinds("施工单位分为三工区同步推进。", "zone", "park") == {}


# -- organisations around these names


def test_a_valley_word_heads_a_company_name():
    found = kinds("该项目由重庆两江氢谷投资发展有限公司投资建设。", "organisation")
    assert found.get("重庆两江氢谷投资发展有限公司") == "Company"


def test_a_verb_after_a_valley_park_still_ends_its_name():
    found = kinds("长兴储能谷建设新型储能中试基地。", "organisation")
    assert "新型储能中试基地" in found and not any(name.startswith("长兴储能谷建设") for name in found)


def test_a_photo_credit_names_no_newsroom():
    assert kinds("图为项目开工现场。两江新区融媒体中心供图", "organisation") == {}
    assert kinds("据两江新区融媒体中心报道，项目开工。", "organisation") == {"两江新区融媒体中心": "Publisher"}


def test_quoted_names_listed_before_their_head_are_parks():
    found = kinds("园区先后建成“生命蓝湾”“智造谷”等特色园区。", "park")
    assert found == {"生命蓝湾": "IndustrialPark", "智造谷": "IndustrialPark"}


def test_quoted_kinds_listed_before_their_head_are_no_names():
    assert kinds("园区推出“链主”“专精特新”等平台。", "organisation") == {}


def test_a_verb_between_nouns_is_a_word_of_a_park_name():
    found = kinds("娄底经开区涟钢冷轧硅钢产业园完成投资12亿元。", "park")
    assert found == {"涟钢冷轧硅钢产业园": "IndustrialPark"}


def test_a_national_zones_part_named_by_its_district_is_a_zone():
    draft = draft_of("位于中关村科技园区顺义园（以下简称“顺义园”）的企业去年总收入增长12%。顺义园新增企业30家。")
    found = labels(draft, "zone", "park")
    assert found == {"中关村科技园区顺义园": "HighTechZone"}
    zone = next(c for c in draft.candidates if c.label == "中关村科技园区顺义园")
    assert "顺义园" in zone.names


def test_a_chemical_zone_written_short_is_the_zone_named_in_full():
    draft = draft_of("上海化学工业区去年产值1300亿元。上海化工区今年新引进项目6个。")
    zones = [c for c in draft.candidates if c.kind == "zone"]
    assert [(c.label, "上海化工区" in c.names) for c in zones] == [("上海化学工业区", True)]
