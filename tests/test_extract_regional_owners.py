"""Owners of figures in regional reports: staff counts (余人), 全区 of an autonomous region, a place after
带动 or opening a clause after 全区, a batch's tally, a place after 在 that is where a company built, 分别
after a clause or after 总投资, and the count of a signing done; sentences written for these tests."""

from __future__ import annotations

from test_extract_genre import draft_of, figures


def of(found: dict, figure: str) -> dict:
    """The facts of the one figure whose text holds `figure` (1500亿元 of 突破1500亿元)."""
    said = [facts for written, facts in found.items() if figure in written]
    assert len(said) == 1, found.keys()
    return said[0]


def test_staff_counts_with_yu_ren_are_counts_and_attendance_is_none():
    text = ("梧州市推进电子产业发展\n"
            "梧州宏晟电子有限公司现有员工1800余人，年产电路板300万片。\n"
            "省市领导及企业代表300余人参加签约仪式。\n")
    found = figures(draft_of(text))
    assert found["1800余人"]["owner"] == "梧州宏晟电子有限公司"
    assert found["1800余人"]["unitCode"] == "C62" and found["1800余人"]["valueQualifier"] == "more-than"
    assert not any("300余人" in written for written in found)


def test_quan_qu_in_an_article_about_an_autonomous_region_or_its_city_is_that_region():
    text = ("宁夏回族自治区新材料产业发布会召开\n"
            "宁夏回族自治区工业和信息化厅日前介绍，去年全区新材料产业实现产值860亿元。\n"
            "银川晟达材料有限公司去年营业收入12亿元。到2027年，全区新材料产业产值力争突破1500亿元。\n")
    found = figures(draft_of(text))
    assert found["860亿元"]["owner"] == "宁夏回族自治区"
    assert of(found, "1500亿元")["owner"] == "宁夏回族自治区"
    assert found["12亿元"]["owner"] == "银川晟达材料有限公司"


def test_a_city_after_a_verb_of_driving_holds_the_figure_not_the_company_before():
    text = ("吴忠市推进奶产业发展\n"
            "吴忠伊禾乳业有限公司全年销售乳制品42万吨，带动吴忠市奶产业产值突破300亿元。\n")
    found = figures(draft_of(text))
    assert found["42万吨"]["owner"] == "吴忠伊禾乳业有限公司"
    assert of(found, "300亿元")["owner"] == "吴忠市"


def test_a_city_opening_its_clause_after_quan_qu_holds_its_own_figures():
    text = ("宁夏回族自治区葡萄酒产业发布会召开\n"
            "作为全区葡萄酒产业的主产区，银川市去年葡萄酒产量达到8万吨，其中永宁县实现产值41亿元。\n"
            "银川市现有酒庄企业120余家，从业人员1.2万余人。\n")
    found = figures(draft_of(text))
    assert found["8万吨"]["owner"] == "银川市"
    assert found["41亿元"]["owner"] == "永宁县"
    assert found["120余家"]["owner"] == "银川市"
    assert found["1.2万余人"]["owner"] == "银川市"


def test_a_batch_tally_belongs_to_the_place_whose_batch_it_is_not_to_the_venue_park():
    text = ("鹰潭市重点项目集中开工\n"
            "3月6日，鹰潭市一季度重大项目集中开工仪式在鹰潭铜产业园举行。本次集中开工项目12个，总投资96亿元。\n")
    found = figures(draft_of(text))
    assert found["12个"]["owner"] == "鹰潭市"
    assert found["96亿元"]["owner"] == "鹰潭市"


def test_a_park_after_zai_where_a_company_built_is_no_owner():
    text = ("上饶市推进光伏产业发展\n"
            "走进上饶光伏产业园，上饶晶科新能源有限公司已在园区建成8GW电池片产能。\n")
    assert figures(draft_of(text))["8GW"]["owner"] == "上饶晶科新能源有限公司"


def test_respective_figures_after_a_clause_saying_what_the_list_is():
    text = ("抚州华瑞医药有限公司和抚州康宁生物科技有限公司是去年落地的两家企业，"
            "今年营业收入分别为5.2亿元和3.8亿元。\n")
    found = figures(draft_of(text))
    assert found["5.2亿元"]["owner"] == "抚州华瑞医药有限公司"
    assert found["3.8亿元"]["owner"] == "抚州康宁生物科技有限公司"


def test_fen_bie_zong_tou_zi_gives_each_project_its_own_investment():
    text = ("萍乡赣特陶瓷有限公司蜂窝陶瓷项目、萍乡恒达环保科技有限公司催化剂项目分别总投资9亿元和6亿元，"
            "分别年产蜂窝陶瓷500万件、催化剂8000吨。\n")
    found = figures(draft_of(text))
    assert found["9亿元"]["owner"] == "萍乡赣特陶瓷有限公司蜂窝陶瓷项目"
    assert found["6亿元"]["owner"] == "萍乡恒达环保科技有限公司催化剂项目"


def test_the_count_of_a_signing_done_is_a_result_and_a_planned_one_a_plan():
    text = ("景德镇市陶瓷产业招商签约会举行\n"
            "在景德镇陶瓷产业园举行的签约会上，景德镇市共签约项目14个，总投资72亿元。\n"
            "下一步，景德镇市计划再签约项目20个。\n")
    found = figures(draft_of(text))
    assert found["14个"]["status"] == "achieved"
    assert found["14个"]["owner"] == "景德镇市"
    assert found["20个"]["status"] == "planned"


def test_a_company_after_yuan_qu_nei_keeps_its_whole_name():
    text = ("桂林市推进电子产业发展\n"
            "桂林电子产业园园区内桂林星辰电子有限公司去年营业收入8亿元。\n")
    assert figures(draft_of(text))["8亿元"]["owner"] == "桂林星辰电子有限公司"


def test_respective_places_take_their_figures_and_places_where_projects_settle_do_not():
    text = ("会上，安州区、江油市和三台县分别与企业签约项目8个、6个和5个，协议投资额分别为42亿元、35亿元和21亿元。\n"
            "绵阳晨光电池有限公司锂电池项目、绵阳华显光电有限公司模组项目分别落户游仙经开区和涪城工业园，"
            "总投资分别为12亿元和9亿元。\n")
    found = figures(draft_of(text))
    assert [found[f]["owner"] for f in ("8个", "6个", "5个")] == ["安州区", "江油市", "三台县"]
    assert [found[f]["owner"] for f in ("42亿元", "35亿元", "21亿元")] == ["安州区", "江油市", "三台县"]
    assert found["12亿元"]["owner"] == "绵阳晨光电池有限公司锂电池项目"
    assert found["9亿元"]["owner"] == "绵阳华显光电有限公司模组项目"
    assert not any(written.startswith("三台") for written in found)  # 三台县 is a county, not three machines


def test_an_industry_target_after_a_fund_s_clause_is_the_zone_s():
    text = ("芜湖经开区推进机器人产业发展\n"
            "芜湖经开区联合社会资本设立总规模30亿元的芜湖智能装备产业投资基金，力争到2026年产业规模突破800亿元。\n")
    found = figures(draft_of(text))
    assert of(found, "30亿元")["owner"] == "芜湖智能装备产业投资基金"
    assert of(found, "800亿元")["owner"] == "芜湖经开区"


def test_a_city_opening_a_clause_after_a_company_holds_the_city_s_figures():
    text = ("宜宾市推进动力电池产业发展\n"
            "依托龙头企业四川时代新能源科技有限公司，宜宾市去年动力电池产业实现产值1200亿元。\n"
            "四川时代新能源科技有限公司去年营业收入860亿元，宜宾市动力电池产业集聚企业110余家。\n")
    found = figures(draft_of(text))
    assert found["1200亿元"]["owner"] == "宜宾市"
    assert found["860亿元"]["owner"] == "四川时代新能源科技有限公司"
    assert found["110余家"]["owner"] == "宜宾市"


def test_registered_capital_is_no_part_of_the_company_s_name():
    text = "株洲高科集团和湖南聚芯微电子有限公司合资成立的株洲聚芯半导体有限公司注册资本5亿元。\n"
    assert figures(draft_of(text))["5亿元"]["owner"] == "株洲聚芯半导体有限公司"


def test_quan_qu_describing_the_company_before_it_leaves_the_company_its_output():
    text = ("内蒙古自治区氢能产业发布会召开\n"
            "去年全区绿氢产量达到6.8万吨。\n"
            "阿拉善蒙源氢能有限公司是全区规模最大的绿氢生产企业，去年生产绿氢1.6万吨。\n")
    found = figures(draft_of(text))
    assert found["6.8万吨"]["owner"] == "内蒙古自治区"
    assert found["1.6万吨"]["owner"] == "阿拉善蒙源氢能有限公司"


def test_cities_before_shi_quan_qu_share_their_figures_in_order_and_make_no_district():
    text = ("内蒙古自治区氢能产业发布会召开\n"
            "鄂尔多斯市、包头市和乌兰察布市是全区氢能产业的主要承载地，已建成绿氢产能分别为3.1万吨、2.2万吨和0.9万吨。\n")
    draft = draft_of(text)
    found = figures(draft)
    assert [found[f]["owner"] for f in ("3.1万吨", "2.2万吨", "0.9万吨")] == ["鄂尔多斯市", "包头市", "乌兰察布市"]
    assert not any(n.endswith("全区") for c in draft.candidates for n in c.names)
