"""`chaingraph extract` on forms the forty-third and forty-fourth rule-blind tens showed: parks named after a
village jieba cuts apart or by a classic industry inside their zone, a short park name declared with two
characters, a county-level city's portal whose name ends in 州, a county's target after a task on its park, an
event held in a zone with a declared short name, a tally's sum, an item line's platform built by others, and a
builder named between a figure and its project.
Every sentence is written for these tests in the genre's style; every company and park is invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures
from test_extract_towns_stations import labels


def test_a_park_named_after_a_village_jieba_cuts_apart_keeps_the_village():
    draft = draft_of("新签约的项目大多落户青峰经济开发区内的八里铺电子元件产业园。"
                     "该产业园规划面积1800亩，已入驻企业26家。\n", "2025-06-10")
    assert "八里铺电子元件产业园" in labels(draft, "park")
    found = figures(draft)
    assert found["1800亩"]["owner"] == found["26家"]["owner"] == "八里铺电子元件产业园"


def test_a_zones_park_named_by_a_classic_industry_keeps_the_zone():
    draft = draft_of("临溪经开区橡塑新材料产业园规划建设标准厂房15万平方米，已入驻企业9家。\n", "2025-06-10")
    assert "临溪经开区橡塑新材料产业园" in labels(draft, "park")
    assert figures(draft)["9家"]["owner"] == "临溪经开区橡塑新材料产业园"


def test_a_two_character_park_name_declared_after_a_verb_is_that_park():
    draft = draft_of("位于兴和县工业园区内的兴和数谷大数据产业园（以下简称“数谷”）已入驻企业9家。\n"
                     "今年重点抓好以下工作：\n1.做大数据中心集群。\n"
                     "2.高标准规划建设数谷，规划面积2.6平方公里，今年新建标准厂房6万平方米。\n", "2026-02-03")
    parks = labels(draft, "park")
    assert not any(p.startswith(("高标准", "做大")) for p in parks), parks
    found = figures(draft)
    assert found["2.6平方公里"]["owner"] == found["6万平方米"]["owner"] == "兴和数谷大数据产业园"


def test_a_county_level_city_whose_portal_name_ends_in_zhou_holds_its_totals():
    draft = draft_of("邓州市人民政府\n首页 | 政务公开 | 走进邓州\n我市召开陶瓷产业链推进会\n"
                     "6月12日，我市陶瓷产业链推进会在邓州先进制造业开发区召开。\n"
                     "会议通报，2024年，全市陶瓷产业链实现产值52.6亿元。依托邓州市陶瓷材料检测中心，"
                     "开发区已建成标准厂房9万平方米。\n", "2025-06-13")
    assert figures(draft)["52.6亿元"]["owner"] == "邓州市"


def test_a_countys_target_after_a_task_on_its_park_is_the_countys():
    draft = draft_of("石门县召开电子信息产业链推进会\n"
                     "李明强调，电子信息产业是我县重点培育的主导产业，各链长单位要抓好电子信息产业园二期前期工作，"
                     "做好要素保障，力争全年电子信息产业链产值突破80亿元。\n", "2025-06-13")
    assert figures(draft)["突破80亿元"]["owner"] == "石门县"


def test_an_event_held_in_a_zone_with_a_declared_short_name_is_the_citys():
    draft = draft_of("临江市第四季度重大项目集中开工\n"
                     "11月5日，临江市第四季度重大项目集中开工活动在临江高新技术产业开发区（以下简称“临江高新区”）举行。"
                     "本次共有18个项目集中开工，总投资86亿元。\n", "2025-11-06")
    found = figures(draft)
    assert found["18个"]["owner"] == found["86亿元"]["owner"] == "临江市"


def test_the_sum_after_a_tally_of_signed_projects_is_the_tallys_place():
    draft = draft_of("石门县政府工作报告（摘要）\n"
                     "过去一年，石门县坚持工业强县，全县电子信息产业实现产值32.5亿元。石门电子信息产业园已建成标准厂房12万平方米，"
                     "入驻企业15家。全年新签约电子信息项目9个，总投资41亿元。\n", "2026-01-20")
    found = figures(draft)
    assert found["9个"]["owner"] == found["41亿元"]["owner"] == "石门县"


def test_an_item_lines_platform_holds_the_figures_of_the_sentence_its_builders_open():
    draft = draft_of("会上集中签约项目4个。\n3．江西省锂电材料中试平台。由经开区与赣锂科技共建，计划总投资1.2亿元，"
                     "建设中试线两条。\n", "2025-06-13")
    assert figures(draft)["1.2亿元"]["owner"] == "江西省锂电材料中试平台"


def test_a_builder_named_between_a_figure_and_its_project():
    draft = draft_of("许昌恒锦尼龙科技有限公司年产6万吨尼龙工程塑料项目已建成投产。"
                     "总投资3.8亿元、由河南恒瑞新材料股份有限公司投资建设的年产2万吨尼龙切片项目已进入试生产阶段。\n",
                     "2025-06-13")
    assert figures(draft)["3.8亿元"]["owner"] in ("年产2万吨尼龙切片项目",
                                                  "河南恒瑞新材料股份有限公司年产2万吨尼龙切片项目")


def test_a_park_whose_place_jieba_cuts_after_its_first_character_keeps_it():
    draft = draft_of("走进位于通州区二甲镇的叠石桥家纺产业园（以下简称“家纺园”），新建厂房整齐排列。"
                     "家纺园规划面积2.2平方公里。\n", "2025-09-16")
    assert "叠石桥家纺产业园" in labels(draft, "park")
    assert figures(draft)["2.2平方公里"]["owner"] == "叠石桥家纺产业园"


def test_the_lines_a_platform_has_are_operating():
    draft = draft_of("桐梓县特色食品中试基地建有中试线4条，全年完成中试项目9个。\n", "2026-01-10")
    assert figures(draft)["4条"]["status"] == "operating"


def test_equipment_installed_and_run_is_a_built_plant_and_a_finished_shell_is_not():
    draft = draft_of("吉林长松药业股份有限公司总投资3.6亿元的冻干粉针剂生产线项目已完成设备安装调试，4月进入试生产。"
                     "湖北楚锂科技有限公司年产6万吨磷酸铁锂项目分两期建设：一期年产3万吨已于去年6月建成投产，"
                     "二期年产3万吨厂房已完工，目前正在进行设备调试。\n", "2025-09-16")
    found = figures(draft)
    assert found["3.6亿元"]["status"] == "completed"
    phases = [{f.prop: f.value for f in c.facts} for c in draft.candidates
              if c.figure is not None and c.figure.value == 30000]  # (two figures spelled 3万吨)
    assert sorted(p["status"] for p in phases) == ["operating", "under-construction"]


def test_the_sum_of_a_part_of_a_periods_signings_is_a_result():
    draft = draft_of("长宁县前三季度招商引资工作情况\n前三季度，长宁县共新签约招商项目38个，总投资216.4亿元；"
                     "其中氢能产业项目9个，总投资87亿元。\n", "2025-10-15")
    assert figures(draft)["87亿元"]["status"] == "achieved"


def test_a_name_declared_after_the_builders_holds_what_it_then_invests():
    # a guard: an item line's name does not take the figures of a name the sentence declares after its builders
    draft = draft_of("3.吉林大学长岭氢能技术创新中心共建项目。"
                     "由长岭县人民政府与吉林大学共建吉林大学长岭氢能技术创新中心（以下简称“创新中心”），"
                     "创新中心计划5年内投入研发资金1.2亿元。\n", "2026-04-10")
    assert figures(draft)["1.2亿元"]["owner"] == "吉林大学长岭氢能技术创新中心"


def test_words_of_what_is_made_that_jieba_tags_as_verbs_stay_in_a_projects_name():
    draft = draft_of("由一家浙江客商投资的一次性医用耗材项目总投资1.8亿元，厂房主体已完工。"
                     "平顶山瑞碳复合材料有限公司计划总投资7.2亿元的碳纤维增强尼龙复合材料项目已完成土地摘牌。\n",
                     "2026-05-10")
    projects = labels(draft, "project")
    assert {"一次性医用耗材项目", "碳纤维增强尼龙复合材料项目"} <= projects, projects


def test_a_testing_centre_named_by_two_materials_joined_by_ji_keeps_both():
    draft = draft_of("楚雄州钛及钛合金检验检测中心（禄丰）今年以来出具检测报告4000余份。\n", "2025-12-09")
    assert figures(draft)["4000余份"]["owner"] == "楚雄州钛及钛合金检验检测中心（禄丰）"


def test_new_factory_floor_takes_the_stage_the_next_clauses_give_it():
    draft = draft_of("叠石桥家纺产业园二期新建标准厂房15万平方米，目前主体已全部封顶，正在进行外立面施工。\n",
                     "2025-09-16")
    assert figures(draft)["15万平方米"]["status"] == "under-construction"


def test_the_county_town_heads_no_stations_name():
    draft = draft_of("马晓东还察看了县城西环路加氢站，该站日加氢能力1000公斤，已于今年6月建成投运。\n", "2025-08-22")
    assert "西环路加氢站" in labels(draft, "project")


def test_an_investment_cooperation_service_centre_is_a_government_body():
    draft = draft_of("今年以来，长武县投资合作服务中心围绕氢能等主导产业开展招商引资。\n", "2025-10-15")
    assert "长武县投资合作服务中心" in {c.label for c in draft.candidates if c.cls == "GovernmentBody"}
