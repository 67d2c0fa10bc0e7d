"""`chaingraph extract` on the figure forms of the retired third held-out set (owners and products of unseen
forms). The sentences are written for these tests in the genre's style; every name is invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def test_a_district_named_short_holds_its_whole_district_figures():
    # the district is named short (萧山) in title and text; its level shows only in its office's name
    found = figures(draft_of(
        "萧山织造产业一年间\n"
        "萧山锦泰纺织集团有限公司的新车间已经投产。据萧山区工业和信息化局统计，今年前10个月，全区纺织产业实现"
        "产值860亿元，规上纺织企业达到260家。\n"
        "在临浦经济开发区，锦泰纺织新建的染整中心也已运行。\n"
        "力争到2027年全区纺织产业产值突破1200亿元。\n", "2024-11-20"))
    assert found["860亿元"]["owner"] == found["260家"]["owner"]
    assert found["260家"]["owner"] in ("萧山", "萧山区")
    assert found["突破1200亿元"]["owner"] in ("萧山", "萧山区")  # not the zone named the sentence before


def test_a_figure_inside_a_demonstrative_description_is_its_head_nouns():
    found = figures(draft_of(
        "在澄江经济开发区，澄江印染检测中心每天出具数十份报告。这个由区属国有企业投资8000万元建成的公共平台，"
        "已服务企业300多家。\n"))
    assert found["8000万元"]["owner"] == "澄江印染检测中心"
    assert found["8000万元"]["product"] is None


def test_an_office_opening_the_clause_speaks_for_its_place():
    found = figures(draft_of(
        "关于泺川市2025年新材料产业重点项目的公示\n"
        "根据有关规定，经各县推荐，市发展改革委会同市工业和信息化局遴选出2025年新材料产业重点项目9个，"
        "总投资88亿元，其中新开工项目4个。\n"
        "泺川市发展和改革委员会\n", "2025-03-01"))
    assert found["9个"]["owner"] == found["88亿元"]["owner"] == found["4个"]["owner"] == "泺川市"


def test_a_tally_of_what_was_attracted_is_the_places_not_the_project_before():
    found = figures(draft_of(
        "2025年湄溪市政府工作报告\n"
        "湄溪恒远化工有限公司年产10万吨环氧树脂项目建成投产，湄溪港区配套项目完成投资12亿元。"
        "我们坚持以商招商，新引进恒泰化学、锐丰材料等企业项目17个，合同引资206亿元。\n", "2025-01-10"))
    assert found["17个"]["owner"] == found["206亿元"]["owner"] == "湄溪市"
    assert found["12亿元"]["owner"] == "湄溪港区配套项目"


def test_a_city_signing_with_companies_holds_their_count():
    found = figures(draft_of("5月12日，泺川市与18家企业集中签约项目11个，总投资160亿元。\n", "2025-05-13"))
    assert found["18家"]["owner"] == found["11个"]["owner"] == "泺川市"


def test_a_project_before_a_count_of_what_it_holds_is_the_owner():
    found = figures(draft_of(
        "“我们的澜云智算中心一期项目3万架机架去年已经投运。”澜云数据科技有限公司总经理说。\n", "2025-02-01"))
    assert found["3万架"]["owner"] == "澜云智算中心一期项目"


def test_a_product_keeps_a_digit_inside_its_name_and_drops_the_work_done_on_it():
    found = figures(draft_of(
        "澜海化纤有限公司的新产线今年投产，年产30万吨尼龙6切片。\n"
        "湄溪微电子有限公司年产20亿颗集成电路封装测试项目开工建设。\n"
        "湄溪新材料股份有限公司年产10万吨己内酰胺升级转型项目建成投产。\n"
        "澜海储能科技有限公司将形成储能系统集成产能15GWh。\n"))
    assert found["年产30万吨"]["product"] == "尼龙6切片" and found["年产30万吨"]["owner"] == "澜海化纤有限公司"
    assert found["年产20亿颗"]["product"] == "集成电路"
    assert found["年产10万吨"]["product"] == "己内酰胺"
    assert found["15GWh"]["product"] == "储能系统" and found["15GWh"]["owner"] == "澜海储能科技有限公司"


def test_a_product_whose_modifier_jieba_splits_is_named_whole():
    found = figures(draft_of("湄溪医疗器械有限公司年产3000万支预充式注射器项目开工建设。\n"))
    assert found["年产3000万支"]["product"] == "预充式注射器"
    assert found["年产3000万支"]["owner"].endswith("项目")


def test_a_product_named_before_its_capacity_keeps_its_last_character():
    found = figures(draft_of("2024年，澜海光伏科技有限公司单晶硅棒年产能达到40GW。\n", "2025-01-10"))
    assert found["40GW"]["product"] == "单晶硅棒" and found["40GW"]["owner"] == "澜海光伏科技有限公司"


def test_machines_in_use_a_first_batch_delivered_and_a_years_output_name_their_products():
    found = figures(draft_of(
        "澜海纺织集团有限公司经编机保有量超过1200台。\n"
        "湄溪市氢能重卡示范运营项目当天投运，首批150辆氢燃料电池重卡已交付物流企业。\n"
        "今年澜海种业有限公司制种面积达到6万亩，生产马铃薯种薯3200万公斤。\n", "2024-11-20"))
    assert found["超过1200台"]["product"] == "经编机" and found["超过1200台"]["owner"] == "澜海纺织集团有限公司"
    assert found["150辆"]["product"] == "氢燃料电池重卡" and found["150辆"]["owner"] == "湄溪市氢能重卡示范运营项目"
    assert found["3200万公斤"]["product"] == "马铃薯种薯" and found["3200万公斤"]["owner"] == "澜海种业有限公司"
    assert found["超过1200台"]["cls"] == found["150辆"]["cls"] == found["3200万公斤"]["cls"] == "Quantity"


def test_where_a_product_works_stays_in_its_name():
    found = figures(draft_of("澜海海缆有限公司海底电缆年产能达到800公里。\n"))
    assert found["800公里"]["product"] == "海底电缆" and found["800公里"]["owner"] == "澜海海缆有限公司"


def test_a_companys_later_phase_written_without_project_is_the_companys():
    found = figures(draft_of(
        "澜海锂电科技有限公司一期已于去年投产。澜海锂电二期年产5万吨磷酸铁锂正极材料，预计明年投产。\n"))
    assert found["年产5万吨"]["owner"] == "澜海锂电科技有限公司"
    assert found["年产5万吨"]["product"] == "磷酸铁锂正极材料"


def test_a_product_table_with_two_amount_columns_gives_a_figure_for_each():
    found = figures(draft_of(
        "2024年曲靖市国民经济和社会发展统计公报（节选）\n"
        "全年规模以上工业主要产品产销情况如下：\n"
        "产品名称 单位 产量 销量 比上年增长（%）\n"
        "多晶硅 万吨 12.5 11.8 9.6\n"
        "光伏组件 万千瓦 860 820 15.2\n", "2025-03-01"))
    assert found["12.5"]["value"] == 125000 and found["12.5"]["unitCode"] == "TNE"
    assert found["12.5"]["product"] == found["11.8"]["product"] == "多晶硅"
    assert found["820"]["product"] == "光伏组件" and found["820"]["owner"] == "曲靖市"
    assert found["12.5"]["quantityKind"]["zh"] == "产量" and found["11.8"]["quantityKind"]["zh"] == "销量"
    assert "9.6" not in found


def test_savings_demand_served_and_row_ordinals_are_no_figures():
    found = figures(draft_of(
        "澜海检测中心去年为企业节省送检费用近2000万元。\n"
        "湄溪种业有限公司年产种子2000万公斤，可满足60万亩大田用种需求。\n"
        "备注：续建项目为第1、3、4项，新开工项目第2、5项已开工。\n"
        "澜海光能科技有限公司年产5GW电池片项目已投产。\n"))
    assert set(found) == {"2000万公斤", "年产5GW"}
    assert found["2000万公斤"]["product"] == "种子" and found["2000万公斤"]["owner"] == "湄溪种业有限公司"


def test_machines_counted_before_their_name_are_the_counts_product():
    found = figures(draft_of("澜海织造有限公司的技改项目上月进入试生产，180台新型剑杆织机整齐排列。\n"))
    assert found["180台"]["product"] == "剑杆织机" and found["180台"]["owner"] == "澜海织造有限公司"
    assert found["180台"]["cls"] == "Quantity"


def test_trainees_counted_by_visits_and_events_counted_in_digits_are_figures_but_hours_away_are_not():
    found = figures(draft_of(
        "澜海职业学院智能制造实训基地今年将培训技术工人1500人次。\n"
        "曲靖市全年举办新能源专场招商活动9场，新签约项目30个。\n"
        "从这里到省城只要三个多小时车程，全年接待游客20万人次。\n", "2024-12-20"))
    assert found["1500人"]["value"] == 1500 and found["1500人"]["owner"] == "澜海职业学院智能制造实训基地"
    assert found["9场"]["value"] == 9 and found["9场"]["owner"] == "曲靖市"
    assert not any("三个" in text or "20万人" in text for text in found)


def test_a_fund_the_city_set_up_holds_nothing_after_the_semicolon():
    found = figures(draft_of(
        "曲靖市设立总规模30亿元的曲靖光伏产业投资基金，首期6亿元已到位；全年举办光伏专场招商活动8场，新签约项目25个。\n",
        "2024-12-28"))
    assert found["30亿元"]["owner"] == found["6亿元"]["owner"] == "曲靖光伏产业投资基金"
    assert found["8场"]["owner"] == found["25个"]["owner"] == "曲靖市"


def test_a_grade_of_two_digits_stays_inside_the_product():
    found = figures(draft_of("澜海化纤有限公司的新产线今年投产，年产8万吨尼龙66切片。\n"))
    assert found["年产8万吨"]["product"] == "尼龙66切片"
