"""`chaingraph extract` on park and zone forms the dev set's misses showed (4 December): a place's new town named
by its industry (X工业新城, X智造新城, X创新城) where a plant lands or its committee sits, a zone when its committee
or a park inside it shows one; a 科学城 is a park like a 科技城, a 高新技术产业园区 a zone; a park named after a
county or a bare zone word also goes by its own name; a park named by its industry alone is one park when its
phase follows it or the sentence says a platform sits in it; a valley park before the verb that closes its clause
(错位发展) ends there. Every sentence is written for these tests in the genre's style; every company, park and place
word is invented unless it is a real county or city."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures
from test_extract_towns_stations import labels


def test_a_new_town_named_by_its_industry_where_a_plant_lands_is_a_park():
    draft = draft_of("江宁芯材科技有限公司投资9亿元的光刻胶项目落地青浦创新城，达产后年产光刻胶800吨。\n", "2026-02-11")
    assert "青浦创新城" in labels(draft, "park")


def test_a_new_town_with_its_committee_is_a_zone():
    draft = draft_of("4月8日，兴安智造新城管委会与两家企业签约。今年以来，兴安智造新城新落户项目12个。\n", "2026-04-09")
    assert "兴安智造新城" in labels(draft, "zone")
    assert "兴安智造新城" not in labels(draft, "park")


def test_a_new_town_in_a_slogan_is_no_park():
    # a guard: what a county means to become is no place where anything is yet
    draft = draft_of("全县上下凝心聚力，加快打造宜居宜业科技新城。\n", "2025-08-20")
    assert not labels(draft, "park") and not labels(draft, "zone")


def test_a_city_district_named_new_town_is_no_park():
    # a guard: a place's 新城 with no industry word is a district of the city, not a park
    draft = draft_of("项目位于滨江新城，总投资3亿元。\n", "2025-08-20")
    assert "滨江新城" not in labels(draft, "park")


def test_a_science_city_is_a_park():
    draft = draft_of("区长到怀柔科学城调研集成电路企业，实地察看芯片封测产线。\n", "2025-07-16")
    assert "怀柔科学城" in labels(draft, "park")


def test_a_provincial_high_tech_industrial_park_area_is_a_zone():
    draft = draft_of("推进会在新昌高新技术产业园区召开，园区已集聚医药企业73家。\n", "2025-09-16")
    assert "新昌高新技术产业园区" in labels(draft, "zone")


def test_a_park_named_after_its_county_also_goes_by_its_own_name():
    draft = draft_of("风光制氢一体化项目选址朝阳县柳城氢能产业园，计划总投资52亿元。\n", "2025-08-12")
    park = next(c for c in draft.candidates if c.kind == "park")
    assert {"朝阳县柳城氢能产业园", "柳城氢能产业园"} <= set(park.names)


def test_a_park_named_after_a_bare_zone_word_also_goes_by_its_own_name():
    draft = draft_of("在高新区生物医药创新产业园，吉林长白生物制药股份有限公司的胰岛素车间刚刚完成扩建。\n",
                     "2025-02-20")
    park = next(c for c in draft.candidates if c.kind == "park")
    assert {"高新区生物医药创新产业园", "生物医药创新产业园"} <= set(park.names)


def test_a_park_named_by_its_industry_is_one_park_when_its_phase_follows():
    draft = draft_of("下一步，经开区将加快建设半导体产业园二期，新增标准厂房15万平方米。\n", "2025-05-20")
    assert "半导体产业园" in labels(draft, "park")


def test_an_industry_park_word_alone_stays_no_park():
    # a guard: with no phase, no platform in it and no opening, 半导体产业园 is a kind of park
    draft = draft_of("全市将布局建设一批半导体产业园，引育链主企业。\n", "2025-05-20")
    assert "半导体产业园" not in labels(draft, "park")


def test_the_park_a_platform_sits_in_is_one_park():
    draft = draft_of("平台所在的风电装备产业园占地2400亩，已入驻整机、叶片等企业31家。\n", "2025-09-22")
    assert "风电装备产业园" in labels(draft, "park")
    assert figures(draft)["31家"]["owner"] == "风电装备产业园"


def test_a_valley_park_ends_before_the_verb_closing_its_clause():
    draft = draft_of("浦口开发区着力打造浦口生物医药产业园，与南京生物医药谷错位发展。\n", "2025-06-10")
    assert "南京生物医药谷" in labels(draft, "park")


def test_a_park_whose_name_holds_its_zone_also_goes_by_its_own_name():
    draft = draft_of("金沙华罗庚高新技术产业开发区成立于2006年。金沙华罗庚高新技术产业开发区新能源汽车零部件产业园二期"
                     "建成标准厂房12万平方米。\n", "2025-07-20")
    park = next(c for c in draft.candidates if c.kind == "park")
    assert "新能源汽车零部件产业园" in park.names


def test_a_park_named_by_one_industry_after_its_zone_gets_no_bare_name():
    # a guard: 新材料产业园 alone is a kind of park, which the article's figures elsewhere do not mean
    draft = draft_of("边合区新材料产业园已入驻企业21家。前三季度，全市新签约新材料项目9个。\n", "2025-10-12")
    assert "新材料产业园" not in {n for c in draft.candidates for n in c.names}


def test_a_coastal_industrial_zone_and_its_committee_keep_the_coast_word():
    draft = draft_of("丰西沿海工业区管委会与市投资促进中心联合组建招商小分队。设在丰西沿海工业区内的检测中心"
                     "前三季度出具报告9600份。\n", "2025-10-15")
    assert "丰西沿海工业区" in labels(draft, "zone")
    assert "丰西沿海工业区管委会" in labels(draft, "organisation")


def test_an_industrial_area_heading_a_park_after_its_district_is_a_zone():
    draft = draft_of("8月20日，走进柳北区新兴工业园区汽车零部件产业园（以下简称“汽配园”），厂房林立。\n", "2026-08-21")
    assert "柳北区新兴工业园区" in labels(draft, "zone")


def test_a_platforms_project_named_with_its_alias_inside_is_no_project():
    draft = draft_of("5.湖南省新型储能中试基地（麓城）（以下简称“中试基地”）建设项目，由麓城经开区与某大学共建，"
                     "计划总投资3亿元，建成后将建设中试线6条。\n", "2026-01-17")
    assert not [c.label for c in draft.candidates if c.cls == "Project" and "简称" in c.label]
    assert figures(draft)["3亿元"]["owner"] == "湖南省新型储能中试基地（麓城）"


def test_a_share_of_the_years_target_done_is_no_figure():
    draft = draft_of("前三季度，全区实际到位资金126亿元，完成全年目标任务的78%。\n", "2025-10-20")
    found = figures(draft)
    assert "126亿元" in found and "78%" not in found


def test_the_four_leading_bodies_are_no_count():
    draft = draft_of("7月8日，区四套班子领导带队观摩重点项目，项目总投资31亿元。\n", "2025-07-09")
    assert "四套" not in figures(draft)


def test_a_stretch_of_coast_names_a_new_area_its_park_and_its_incubator():
    draft = draft_of("位于青岛东海岸新区的芯岚半导体有限公司月产晶圆3万片。园区内的东海岸芯创孵化器已入孵企业34家。"
                     "青岛市集成电路公共技术服务平台（东海岸）累计服务企业160家。\n", "2026-01-14")
    assert "青岛东海岸新区" in labels(draft, "zone")
    assert "东海岸芯创孵化器" in labels(draft, "organisation")
    assert "青岛市集成电路公共技术服务平台（东海岸）" in labels(draft, "organisation")


def test_a_count_of_axles_in_rods_is_a_figure():
    draft = draft_of("宝峰华骋车桥有限公司年产10万根新能源车桥项目已投产。根据规划，明年再扩产。\n", "2025-07-20")
    found = figures(draft)
    assert found["年产10万根"]["unitCode"] == "C62" and found["年产10万根"]["value"] == 100000


def test_what_a_testing_centre_can_do_today_is_in_operation():
    draft = draft_of("设在汽配园内的宝峰市汽车零部件检验检测中心（陈仓）可开展检测项目180项。\n", "2025-07-20")
    assert figures(draft)["180项"]["status"] == "operating"
    draft = draft_of("常宁市机器人检验检测中心（武进）年检测能力8000台套。\n", "2026-04-10")
    assert figures(draft)["8000台套"]["status"] == "operating"


def test_a_testing_ability_after_completion_is_a_plan():
    # a guard: 建成后 decides over the ability the centre will have
    draft = draft_of("包山市氢能装备检测中心建设检测实验室，建成后年检测能力3000台套。\n", "2025-08-05")
    assert figures(draft)["3000台套"]["status"] == "planned"


def test_goods_listed_before_the_companies_that_make_them_are_no_companies():
    draft = draft_of("招引一批电堆、储氢瓶、加氢设备等关键环节企业。"
                     "储能产业园聚集了电芯、变流器、热管理等上下游企业。\n", "2025-08-20")
    assert not [c.label for c in draft.candidates if c.cls == "Company"]


def test_brands_listed_before_the_companies_they_are_stay_companies():
    # a guard: short names of companies, one ending in a product's word after its place, before 等配套企业
    draft = draft_of("园区先后引进国锂新能、锦江电芯、赣西储能等一批配套企业。\n", "2025-08-20")
    companies = {c.label for c in draft.candidates if c.cls == "Company"}
    assert {"国锂新能", "锦江电芯", "赣西储能"} <= companies


def test_the_items_a_testing_centre_can_test_are_no_project():
    draft = draft_of("宁川市中药材检验检测中心（柘城）可开展中药材及饮片检测项目2400项。\n", "2025-09-18")
    assert not labels(draft, "project")
    assert figures(draft)["2400项"]["owner"] == "宁川市中药材检验检测中心（柘城）"
