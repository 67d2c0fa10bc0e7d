"""Project names: where they start and where they end. A verb, a speaker or a rank before 项目 is no word of a
project's name; a chemical's hyphen, a list of what is made, a brand in quotes, a place's qualifier are.

Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_names import draft_of, names
from test_extract_quantities import draft_of as draft_with_facts


def projects(*sentences: str) -> set[str]:
    return names(draft_of(*sentences), "project")


# -- a verb, a speaker or a phrase before 项目


def test_a_numbered_items_verbs_are_no_words_of_the_projects_name():
    found = projects("2．开工建设澜峰光电三期项目，总投资18亿元，建设内容为6GW电池组件。")
    assert "澜峰光电三期项目" in found
    assert not [name for name in found if name.startswith("开工")]


def test_an_official_announcing_the_start_names_no_project():
    found = projects("黄南州委常委、常务副州长马文涛宣布项目开工，县委书记致辞。")
    assert not [name for name in found if "宣布" in name]


def test_a_visit_that_looks_at_the_project_names_none():
    found = projects("调研组一行走进滨湖新材料产业园，实地察看项目建设进度。")
    assert not [name for name in found if "察看" in name]


def test_a_person_urging_the_builder_names_no_project():
    found = projects("建成后可年产电驱总成30万套。林国栋叮嘱项目方倒排工期，确保年内投产。")
    assert not [name for name in found if "叮嘱" in name]


def test_a_risk_note_about_approvals_names_no_project():
    found = projects("本项目尚需取得项目备案、环评批复等前置审批手续，实施进度存在不确定性。")
    assert not [name for name in found if "取得" in name]


def test_a_citys_key_construction_projects_are_a_kind_not_a_project():
    found = projects("关于滨州市2025年第二批市重点建设项目（新材料产业）名单的公示")
    assert not [name for name in found if "重点建设" in name]


def test_a_verb_of_what_the_project_makes_still_ends_its_name():
    found = projects("岳川汽车零部件有限公司一体化压铸项目正式投产，年产压铸件40万件。")
    assert any(name.endswith("一体化压铸项目") for name in found)


# -- a name cut inside


def test_a_greek_letter_and_its_hyphen_stay_in_the_name():
    found = projects("此次签约的汇川化工有限公司年产20万吨α-烯烃及下游一体化项目，总投资60亿元。")
    assert "汇川化工有限公司年产20万吨α-烯烃及下游一体化项目" in found


def test_a_latin_letter_and_its_hyphen_stay_in_the_name():
    found = projects("落地的天禾生物科技有限公司年产2万吨L-赖氨酸及衍生物项目，投资额达12亿元。")
    assert "天禾生物科技有限公司年产2万吨L-赖氨酸及衍生物项目" in found


def test_a_list_of_products_after_the_capacity_stays_in_the_name():
    found = projects("鲁信特材有限公司年产3万吨PEEK、PPS等特种工程塑料项目，总投资21亿元。")
    assert "鲁信特材有限公司年产3万吨PEEK、PPS等特种工程塑料项目" in found
    assert "特种工程塑料项目" not in found


def test_a_brand_in_quotes_heads_the_projects_name():
    found = projects("签约项目包括：“云鹞”eVTOL复合材料机身项目，总投资6亿元。")
    assert "“云鹞”eVTOL复合材料机身项目" in found
    assert "eVTOL复合材料机身项目" not in found


def test_a_quoted_brand_before_a_bracketed_place_heads_the_companys_project():
    found = projects("“参乡宝”（白山）生物科技有限公司年产1500吨人参饮片项目正在建设。")
    assert "“参乡宝”（白山）生物科技有限公司年产1500吨人参饮片项目" in found


def test_how_a_solar_plant_shares_its_land_stays_in_the_name():
    found = projects("总投资5.2亿元的建平县牧光互补150兆瓦光伏发电项目进展顺利。")
    assert "建平县牧光互补150兆瓦光伏发电项目" in found


def test_a_future_science_city_heads_the_project_built_in_it():
    found = projects("由杭州数擎科技有限公司投资建设的未来科技城算力中心项目总投资28亿元。")
    assert "未来科技城算力中心项目" in found


# -- fragments


def test_a_rank_before_the_project_is_no_word_of_its_name():
    found = projects("邳州市：百亿级精密轴承项目开工。")
    assert not [name for name in found if name.startswith("级")]


def test_a_one_character_verb_starts_no_project():
    found = projects("经开区再添电子材料大项目 总投资25亿元")
    assert not [name for name in found if name.startswith("添")]
    assert "电子材料大项目" not in found  # a big project of a kind, not one


def test_a_first_phases_works_alone_is_no_project():
    found = projects("硅源公司是其母公司布局的第二个基地，其一期工程计划明年5月投产。")
    assert "一期工程" not in found


def test_together_with_the_first_phase_is_no_project():
    found = projects("连同一期，这家企业在园区的算力规模已达到5200P。")
    assert "连同一期" not in found


def test_a_place_with_jis_character_is_no_joined_event():
    found = projects("总投资18亿元的诸暨晶岚氮化镓外延片项目正在进行设备调试。")
    assert "诸暨晶岚氮化镓外延片项目" in found


def test_a_noun_jieba_reads_as_a_numeral_ends_what_is_made():
    found = projects("其中，黑龙江禾丰米业有限公司年产8万吨富硒大米项目完成投资6500万元。")
    assert "黑龙江禾丰米业有限公司年产8万吨富硒大米项目" in found


def test_a_first_batch_of_a_parks_projects_is_still_no_project():
    found = projects("许昌储能产业园首批项目集中签约落地。")
    assert not [name for name in found if "首批" in name]


def test_a_generation_after_its_adjective_stays_in_the_name():
    found = projects("支持渭南华晶显示科技有限公司建设高世代面板二期项目，总投资30亿元。")
    assert "高世代面板二期项目" in found


def test_a_countys_logistics_centre_is_a_project():
    found = projects("此外，总投资5亿元的祁东县医药物流中心项目已于6月完成签约。")
    assert "祁东县医药物流中心项目" in found


# -- projects named by the plant they build, with no 项目


def test_a_smart_factory_being_commissioned_is_a_project():
    found = projects("与之相邻的仲景中药饮片智能工厂已进入设备调试阶段，设计年产中药饮片2000吨。")
    assert "仲景中药饮片智能工厂" in found


def test_a_demonstration_unit_with_its_capacity_is_a_project():
    found = projects("在已投产项目中，海南椰泰化工有限公司年产3万吨绿色氨示范装置去年建成投产。")
    assert "海南椰泰化工有限公司年产3万吨绿色氨示范装置" in found


def test_a_pilot_line_a_company_builds_is_a_project():
    found = projects("星曜光电投资建设的Micro LED中试线已于5月开工。")
    assert any(name.endswith("Micro LED中试线") for name in found)


def test_a_plants_words_alone_and_a_count_of_units_are_no_project():
    found = projects("园区新建2套示范装置和一座智能工厂，总投资5亿元。")
    assert not [name for name in found if name.endswith(("示范装置", "智能工厂"))]


def test_a_production_line_stays_part_of_its_project():
    found = projects("该项目一期年产3万吨三元前驱体生产线已建成投产。")
    assert not [name for name in found if name.endswith("生产线")]


def test_a_new_generation_stays_in_the_name():
    found = projects("湘北轨装新一代智能制造基地项目一期建成投产。")
    assert "湘北轨装新一代智能制造基地项目" in found


def test_derived_goods_after_and_stay_in_the_name():
    found = projects("今年我们新上的年产300吨薄荷精油及衍生制品项目已投产。")
    assert "年产300吨薄荷精油及衍生制品项目" in found


# -- a known industry before a verb of the compound


def test_a_known_industry_before_a_process_verb_stays_in_the_name(tmp_path):
    """光伏/压延/玻璃: where the graph knows 光伏 as an industry, it is still a word of the project's compound
    noun, not a holder the clause's verb follows."""
    facts = tmp_path / "industry.yaml"
    facts.write_text("source: a\nentities:\n  - id: pv-industry\n    class: Industry\n"
                     "    label: {zh: 光伏产业, en: PV industry}\n    aliases: {zh: [光伏], en: [PV]}\n",
                     encoding="utf-8")
    text = "产业动态\n山东澜砾玻璃材料有限公司的澜砾光伏压延玻璃项目点火投产，项目投资12亿元。\n"
    draft = draft_with_facts(text, "2024-06-18", [facts])
    assert "澜砾光伏压延玻璃项目" in names(draft, "project")
