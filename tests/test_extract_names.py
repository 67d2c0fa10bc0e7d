"""`chaingraph extract` names: organisations with and without a legal suffix, parks, zones,
platforms, regions and projects, with their exact full name and class, and no fragments.

Every sentence here is written for the test, in the style of Chinese regional industry news
(signings, groundbreakings, park tours, policy reports), over several chains and provinces."""

from __future__ import annotations

import pytest

from chaingraph.authoring.extract import extract
from chaingraph.authoring.extract.fragments import fragment_problem
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.sources.normalize import normalize


def draft_of(*sentences: str):
    text = "产业动态\n" + "\n".join(sentences) + "\n"
    return extract(normalize(text), "names", build_gazetteer([]), "2024-06-18")


def names(draft, *kinds: str) -> set[str]:
    return {name for c in draft.candidates if c.kind in kinds for name in c.names}


def labels(draft, *kinds: str) -> dict[str, str]:
    return {c.label: c.cls for c in draft.candidates if c.kind in kinds}


def kinds(sentence: str, *wanted: str) -> dict[str, str]:
    """Label -> class of the candidates of the wanted kinds in the draft of one sentence."""
    return labels(draft_of(sentence), *wanted)


# -- organisations named without a suffix, in a list


@pytest.mark.parametrize("sentence, expected", [
    ("今年以来，丰城高新区先后招引华晟新能、江西赣联、安徽科达等8家企业落户。", {"华晟新能", "江西赣联", "安徽科达"}),
    ("园区已集聚比亚迪、长城汽车和蜂巢能源等一批整车及零部件企业。", {"比亚迪", "长城汽车", "蜂巢能源"}),
    ("此次签约引进了宁远储能、星辰新材和鑫达电子。", {"宁远储能", "星辰新材", "鑫达电子"}),
    ("累计引进钠创新能、广东容钠、佛山市华盈储运科技有限公司等40余家企业和机构。",
     {"钠创新能", "广东容钠", "佛山市华盈储运科技有限公司"}),
    ("园区内已有京东方、TCL华星以及天马微电子等龙头企业。", {"京东方", "TCL华星", "天马微电子"}),
    ("西部钒业、恒和新材、英思特等企业的9个项目落地。", {"西部钒业", "恒和新材", "英思特"}),
    ("晶合集成、颀中科技、通富微电等12个项目现场签约。", {"晶合集成", "颀中科技", "通富微电"}),
    ("园区已引进阿斯利康、勃林格殷格翰、雅培等跨国药企。", {"阿斯利康", "勃林格殷格翰", "雅培"}),
    ("签约仪式上，园区企业代表宁远储能、星辰新材等企业发言。", {"宁远储能", "星辰新材"}),
])
def test_a_list_of_short_names_gives_one_company_each(sentence, expected):
    draft = draft_of(sentence)
    found = labels(draft, "organisation")
    assert expected <= set(found)
    assert {found[name] for name in expected} == {"Company"}
    assert not any(name != short and name.endswith(short) for name in found for short in expected)


def test_a_short_name_made_of_a_place_and_a_brand_is_no_region():
    draft = draft_of("近年来，当地先后引进兴储世纪、深圳珈钠、广东容钠等企业落户经开区。")
    assert {"兴储世纪", "深圳珈钠", "广东容钠"} <= names(draft, "organisation")
    assert not {"深圳市", "广东省", "深圳", "广东"} & names(draft, "region")


@pytest.mark.parametrize("sentence", [
    "推动光伏、储能、氢能等产业发展，开展提前介入、全程代办、容缺受理等服务。",
    "主要产品包括正极材料、隔膜、电解液等，产品远销上海、苏州、无锡等城市。",
    "当地培育专精特新、高新技术等企业30余家。",
    "签约仪式上，张建华、李明等领导出席，项目实现了当年签约、当年建成、当年投产。",
    "活动吸引了来自北京、上海、深圳等地的200多家企业参加。",
    "招引的企业主要来自长三角、珠三角和成渝地区。",
    "对新引进的光伏辅材、逆变器、储能项目给予补助。",
])
def test_lists_of_industries_products_places_people_and_kinds_name_no_company(sentence):
    assert names(draft_of(sentence), "organisation") == set()


def test_a_list_of_a_persons_posts_names_no_company():
    # nor a body: 高新区党工委书记 is an office of the zone (its 党工委 is no entity of its own)
    draft = draft_of("包头市委常委、高新区党工委书记赵刚表示，要抓好项目建设。")
    assert labels(draft, "organisation") == {}


# -- full names that jieba cuts


@pytest.mark.parametrize("sentence, name", [
    ("华润电力（温州）有限公司与地方政府签约。", "华润电力（温州）有限公司"),
    ("星航机器人（湖北）有限公司年产5万台工业机器人项目开工。", "星航机器人（湖北）有限公司"),
    ("该项目由鑫海氢能（广州）科技有限公司投资建设。", "鑫海氢能（广州）科技有限公司"),
    ("超威电源集团有限公司在当地新建蓄电池工厂。", "超威电源集团有限公司"),
    ("湖南亿钠锂能股份有限公司负责人介绍了项目进展。", "湖南亿钠锂能股份有限公司"),
    ("江苏中天科技股份有限公司在如东县布局海缆产能。", "江苏中天科技股份有限公司"),
    ("其中，四川宏和生物科技有限公司专注于抗体药物研发。", "四川宏和生物科技有限公司"),
    ("安徽晶澜光能科技有限公司的电池片车间满负荷运转。", "安徽晶澜光能科技有限公司"),
    ("包头恒和磁材科技股份有限公司年产3万吨永磁材料项目投产。", "包头恒和磁材科技股份有限公司"),
    ("中国北方稀土（集团）高科技股份有限公司拟投资38亿元。", "中国北方稀土（集团）高科技股份有限公司"),
    ("市委书记一行赴宜宾调研四川时代新能源科技有限公司。", "四川时代新能源科技有限公司"),
    ("中铁十二局承建的厂房已封顶。", "中铁十二局"),
    ("国家电投黄河上游水电开发有限责任公司参加开工仪式。", "国家电投黄河上游水电开发有限责任公司"),
])
def test_a_company_keeps_its_brand_and_its_bracketed_place(sentence, name):
    draft = draft_of(sentence)
    found = labels(draft, "organisation")
    assert found.get(name) == "Company"
    assert not any(other != name and name.endswith(other) for other in found)  # no 电源集团有限公司
    place = name[name.index("（") + 1:name.index("）")] if "（" in name else None
    assert place is None or not {place, place + "市", place + "省"} & names(draft, "region")


def test_a_bracketed_place_stays_inside_a_project_named_after_its_company():
    draft = draft_of("星航机器人（湖北）有限公司年产5万台工业机器人项目开工。")
    assert "星航机器人（湖北）有限公司年产5万台工业机器人项目" in labels(draft, "project")


@pytest.mark.parametrize("name", ["自贡高新中平新能源产业基金", "成都高新鑫源股权投资基金",
                                  "宜宾三江中瑞新能源产业基金"])
def test_a_fund_keeps_the_zone_it_is_named_after(name):
    draft = draft_of(f"{name}正式设立，首期规模10亿元。")
    assert labels(draft, "organisation").get(name) == "Fund"


def test_government_bodies_by_their_level_and_by_their_full_name():
    draft = draft_of("会上，省发展改革委、市经信局、经开区管委会、市市场监督管理局和工业和信息化部有关负责人出席。",
                     "弋江区人民政府、安徽省经济和信息化厅与该县人民政府共同主办。")
    bodies = {name for name, cls in labels(draft, "organisation").items() if cls == "GovernmentBody"}
    # 省发展改革委 in an article about Anhui is filed under its full name, the abbreviation an alias
    assert bodies == {"安徽省发展和改革委员会", "市经信局", "经开区管委会", "市市场监督管理局", "工业和信息化部",
                      "弋江区人民政府", "安徽省经济和信息化厅"}
    assert "省发展改革委" in next(c.names for c in draft.candidates if c.label == "安徽省发展和改革委员会")
    assert "弋江区" in names(draft, "region")  # a government names its place


# -- short names


def test_a_declared_short_name_and_later_forms_are_aliases_of_the_full_name():
    draft = draft_of("浙江宸瑞新材料股份有限公司（以下简称“宸瑞新材”）计划扩产。",
                     "宸瑞新材表示，宸瑞公司将追加投资。")
    (company,) = [c for c in draft.candidates if c.kind == "organisation"]
    assert company.label == "浙江宸瑞新材料股份有限公司"
    assert {"宸瑞新材", "宸瑞公司"} <= set(company.names)


def test_the_brand_used_after_the_full_name_is_an_alias():
    draft = draft_of("四川兴储世纪能源科技有限公司总投资20亿元。",
                     "兴储能源负责人介绍，兴储世纪将建设年产5GWh储能电池项目。")
    (company,) = [c for c in draft.candidates if c.kind == "organisation"]
    assert company.label == "四川兴储世纪能源科技有限公司"
    assert {"兴储能源", "兴储世纪"} <= set(company.names)


def test_a_zone_named_in_full_then_by_its_short_forms_is_one_zone():
    draft = draft_of("记者从赣州高新技术产业开发区获悉，赣州高新区上半年产值增长12%。",
                     "高新区将继续加大招商力度。")
    (zone,) = [c for c in draft.candidates if c.kind == "zone"]
    assert zone.label == "赣州高新技术产业开发区" and {"赣州高新区", "高新区"} <= set(zone.names)


def test_a_name_in_brackets_after_a_name_is_its_other_name():
    draft = draft_of("武汉东湖新技术开发区（中国光谷）集聚了一批光电子企业。")
    (zone,) = [c for c in draft.candidates if c.kind == "zone"]
    assert zone.names == ["武汉东湖新技术开发区", "中国光谷"]


# -- fragments and generic words


@pytest.mark.parametrize("sentence", [
    "双方签署《共建华东结算中心框架协议》。",
    "双方签订《关于共建西南运营中心的合作协议》，约定投资规模。",
    "会议解读了《促进新能源汽车产业园高质量发展若干措施》。",
])
def test_a_title_in_guillemets_names_nothing(sentence):
    draft = draft_of(sentence)
    assert names(draft, "organisation", "park", "zone", "project") == set()
    assert not any("《" in n or "》" in n for c in draft.candidates for n in c.names)


@pytest.mark.parametrize("sentence", [
    "项目将建设生产制造基地，入驻产业园。",
    "该公司将打造区域运营中心，搭建公共服务平台和中试平台。",
    "公司将在园区新建研发中心和结算中心，设立全资子公司。",
])
def test_generic_words_alone_are_no_entity(sentence):
    assert names(draft_of(sentence), "organisation", "park", "zone") == set()


def test_a_lab_is_named_by_the_work_it_does():
    draft = draft_of("园区建有稀土资源研究与综合利用国家重点实验室。")
    assert labels(draft, "organisation") == {"稀土资源研究与综合利用国家重点实验室": "ResearchInstitute"}


@pytest.mark.parametrize("sentence, platform", [
    ("双方将共建氢能关键材料中试平台。", "氢能关键材料中试平台"),
    ("园区建成襄阳新能源汽车零部件检测公共服务平台。", "襄阳新能源汽车零部件检测公共服务平台"),
    ("两江智能网联汽车测试基地已投用。", "两江智能网联汽车测试基地"),
])
def test_a_platform_named_by_the_industry_it_serves_is_one(sentence, platform):
    assert labels(draft_of(sentence), "organisation").get(platform) == "Platform"


@pytest.mark.parametrize("sentence, park", [
    ("走进高新区板仓工业园区，一批项目正在建设。", "高新区板仓工业园区"),
    ("项目总投资68亿元，选址西安高新区丝路芯谷产业园。", "丝路芯谷产业园"),  # its own name after its zone's
    ("此外，苏州工业园区也出台了支持政策。", "苏州工业园区"),
])
def test_a_park_is_named_by_its_place_not_by_the_verb_before_it(sentence, park):
    assert labels(draft_of(sentence), "park").get(park) == "IndustrialPark"


# -- regions


def test_regions_come_from_place_mentions_only():
    draft = draft_of("项目选址长兴县，湖州市吴兴区、丹灶镇也有布局。",
                     "产品已上市，销往多个城市，宁远储能、广东容钠等企业参与。")
    assert names(draft, "region") >= {"长兴县", "湖州市", "吴兴区", "丹灶镇"}
    assert not {"上市", "城市", "广东省", "广东"} & names(draft, "region")


def test_a_region_inside_a_company_name_is_no_region_but_a_government_names_its_place():
    draft = draft_of("钦州市人民政府与佛山市华盈储运科技有限公司签约。")
    assert "钦州市" in names(draft, "region")
    assert "佛山市" not in names(draft, "region")


def test_economic_regions_that_span_provinces():
    draft = draft_of("园区将推动氢能产业与粤港澳大湾区装备制造业协同发展，产品销往长三角。")
    assert labels(draft, "region") == {"粤港澳大湾区": "EconomicRegion", "长江三角洲": "EconomicRegion"}


# -- projects


@pytest.mark.parametrize("sentence, project", [
    ("由锦华（江苏）新能源有限公司投资建设的年产2万吨六氟磷酸锂项目开工。", "年产2万吨六氟磷酸锂项目"),
    ("总投资20亿元的鑫海氢能燃料电池电堆及膜电极生产基地项目最受关注。", "鑫海氢能燃料电池电堆及膜电极生产基地项目"),
    ("位于准格尔旗的蒙能风光制氢一体化示范项目现场一片繁忙。", "蒙能风光制氢一体化示范项目"),
    ("秦翼航空装备有限公司（二期）项目近日投产。", "秦翼航空装备有限公司（二期）项目"),
    ("豫冷冷链物流一期工程于3月竣工。", "豫冷冷链物流一期工程"),
    ("辽化新材料有限公司乙烯扩能技改项目完成投资8亿元。", "辽化新材料有限公司乙烯扩能技改项目"),
    ("秦翼航空装备有限公司航空复合材料研发及产业化项目落地西安。", "秦翼航空装备有限公司航空复合材料研发及产业化项目"),
    ("落户郑州航空港区的豫冷速冻食品智能制造项目预计年底投产。", "豫冷速冻食品智能制造项目"),
])
def test_a_project_is_named_in_full(sentence, project):
    assert project in labels(draft_of(sentence), "project")


@pytest.mark.parametrize("sentence", [
    "全区新签约储能电池项目6个，总投资超50亿元。",
    "推进氢能产业链项目建设，鄂尔多斯绿氢项目建设提速。",
    "该项目已列入江苏省2024年重大项目清单。",
    "全市数字经济重大项目集中开工。",
    "该市加快推进民生工程和重点工程建设。",
])
def test_counts_and_kinds_of_projects_are_no_project(sentence):
    assert labels(draft_of(sentence), "project") == {}


def test_the_project_in_an_agreements_title_is_a_project_and_the_agreement_is_not():
    found = labels(draft_of("双方签署了《黔云数智贵阳算力中心项目投资协议》。"), "project", "organisation", "platform")
    assert found == {"黔云数智贵阳算力中心项目": "Project"}


def test_a_short_form_of_a_project_is_an_alias():
    draft = draft_of("宁远光能年产10GW高效电池片项目开建。",
                     "其中，江苏宁远光能科技有限公司年产10GW高效N型电池片项目总投资45亿元。")
    (project,) = [c for c in draft.candidates if c.kind == "project"]
    assert project.label == "江苏宁远光能科技有限公司年产10GW高效N型电池片项目"
    assert "宁远光能年产10GW高效电池片项目" in project.names


# -- the fragment check


@pytest.mark.parametrize("label, problem", [
    ("有限公司", "begins with '有限公司'"),
    ("公司董事会", "begins with '公司'"),
    ("与宁远储能", "begins with '与'"),
    ("宁远储能的", "ends with '的'"),
    ("《关于共建西南运营中心", "holds a 《 or 》 without its partner"),
    ("运营中心的合作协议》", "holds a 《 or 》 without its partner"),
    ("乐森机器人（深圳", "holds a （ or ） without its partner"),
    ("有限责任的宁远", "begins with a piece of a legal suffix"),
])
def test_a_fragment_says_why(label, problem):
    # the build's own label rule (facts.checks) decides, so a draft never proposes what the build refuses
    assert problem in fragment_problem(label)


@pytest.mark.parametrize("label", ["乐森机器人（深圳）有限公司", "两江智能网联汽车测试基地", "正极材料", "同济大学",
                                   "正泰电器"])
def test_a_whole_name_is_no_fragment(label):
    assert fragment_problem(label) is None


def test_a_demonstration_park_with_a_place_prefix_and_robots_as_products():
    text = "走进台州机器人智能制造示范园，一台台协作机器人正在调试。示范园已集聚企业40家。\n"
    draft = extract(normalize(text), "t", build_gazetteer([]), "2024-06-20")
    found = {c.label: c.cls for c in draft.candidates}
    assert found.get("台州机器人智能制造示范园") == "IndustrialPark"
    assert found.get("协作机器人") == "Product"
