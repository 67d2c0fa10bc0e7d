"""`chaingraph extract` on the shapes the eighteenth held-out set (read once it retired) showed misread: a province's
press office and a party committee's departments as bodies, and a province-wide report that walks its cities clause
by clause, where each city runs into the name of the company its clause is about (芜湖市华曜电气…；淮南市…), or stands
before a company named with its own place in brackets. Every sentence is written for these tests in the genre's
style; every company and person is invented unless it is a real place. Tests marked as guards pass on the code
before the round too: they say what the new rules must not take."""

from __future__ import annotations

from test_extract_people9 import positions
from test_extract_quantities import draft_of, figures
from test_extract_towns_stations import labels

CITY_BY_CITY = ("从各市进展看，黄石市重点在铜箔环节；鄂州市依托港口优势补链；孝感市汉丰电子材料股份有限公司年产电子铜箔"
                "2万吨项目，预计年底投产；咸宁市温泉储能电站装机200兆瓦，已并网运行。\n")


def test_a_city_that_opens_a_clause_of_a_city_by_city_list_is_no_part_of_the_companys_name():
    draft = draft_of(CITY_BY_CITY, "2025-06-10")
    found = labels(draft, "organisation")
    assert "汉丰电子材料股份有限公司" in found
    assert "孝感市汉丰电子材料股份有限公司" not in found
    assert "孝感市" in labels(draft, "region")
    capacity = figures(draft)["2万吨"]
    assert capacity["owner"].startswith("汉丰电子材料股份有限公司")


def test_a_city_before_a_company_named_with_its_own_place_in_brackets_is_the_clauses():
    draft = draft_of("省内其他市州也有收获。泸州市川能航动（泸州）科技有限公司计划建设年产1GWh航空动力电池项目。\n",
                     "2025-11-12")
    found = labels(draft, "organisation")
    assert "川能航动（泸州）科技有限公司" in found
    assert not any(label.startswith("泸州市川能") for label in found)
    assert "泸州市" in labels(draft, "region")


def test_a_company_registered_with_its_city_in_front_keeps_it():
    # a guard: one clause opening on a city is no city-by-city list; 鄂尔多斯市… is the registered name
    draft = draft_of("鄂尔多斯市启晟氢能装备有限公司年产电解槽500台项目，预计明年投产；项目建成后可带动就业300人。\n",
                     "2025-06-10")
    assert "鄂尔多斯市启晟氢能装备有限公司" in labels(draft, "organisation")


def test_a_registered_city_name_in_a_list_of_companies_is_kept():
    # a guard: the clauses of the list open on companies, not on cities
    draft = draft_of("签约企业中，深圳市恒储电气有限公司投资5亿元；佛山市华氢储运科技有限公司投资3亿元；"
                     "广州市粤氢动力科技有限公司投资2亿元。\n", "2025-06-10")
    assert {"深圳市恒储电气有限公司", "佛山市华氢储运科技有限公司", "广州市粤氢动力科技有限公司"} \
        <= labels(draft, "organisation")


def test_a_press_office_and_a_party_committees_departments_are_bodies():
    draft = draft_of("主持人：省政府新闻办副主任 韦青禾\n"
                     "市委宣传部副部长方砚秋介绍了产业链招商情况。\n", "2025-04-22")
    found = labels(draft, "organisation")
    assert {"省政府新闻办", "市委宣传部"} <= found
    assert positions(draft)["方砚秋"][0] == "副部长"


def test_a_station_named_by_its_place_with_its_power_after_it_is_a_project():
    draft = draft_of("淮北市采煤塌陷区水面光伏电站装机300兆瓦，已实现全容量并网。\n", "2025-06-10")
    assert "淮北市采煤塌陷区水面光伏电站" in labels(draft, "project")
    assert not any(label.endswith("塌陷区") for label in labels(draft, "region"))
    assert figures(draft)["300兆瓦"]["owner"] == "淮北市采煤塌陷区水面光伏电站"


def test_a_scholars_name_jieba_reads_as_a_numeral_and_a_board_secretary():
    draft = draft_of("东北大学冶金学院教授许立带领团队常驻企业。"
                     "吉林参松药业股份有限公司董事会秘书刘佳表示，项目力争年内开工。\n", "2025-03-10")
    assert {"许立", "刘佳"} <= labels(draft, "person")
    assert positions(draft)["许立"] == ("教授", "东北大学")
    assert positions(draft)["刘佳"] == ("董事会秘书", "吉林参松药业股份有限公司")


def test_that_city_points_back_to_the_city_its_sentence_names():
    draft = draft_of("全省光伏产业链推进会在芜湖市召开\n\n6月9日，全省光伏产业链推进会在芜湖市召开。"
                     "芜湖市已集聚光伏企业120家。各市逐一汇报。"
                     "宿州市副市长贺晓东介绍，该市光伏组件产能去年达到8GW。\n", "2025-06-10")
    assert figures(draft)["8GW"]["owner"] == "宿州市"


def test_a_subsidiary_said_to_be_its_parents_is_two_names():
    draft = draft_of("澜舟重工（营口）有限公司系澜舟海工装备集团股份有限公司（以下简称“澜舟集团”）全资子公司。\n",
                     "2025-04-15")
    found = labels(draft, "organisation")
    assert {"澜舟重工（营口）有限公司", "澜舟海工装备集团股份有限公司"} <= found
    assert not any("系" in label for label in found)


def test_a_provinces_fund_named_by_its_level():
    draft = draft_of("省氢能产业投资基金已向冀氢动力投资1.2亿元。\n", "2025-06-18")
    assert "省氢能产业投资基金" in labels(draft, "organisation")
    assert figures(draft)["1.2亿元"]["owner"] == "省氢能产业投资基金"


ASSESSMENT_NOTICE = """\
关于澜舟重工（营口）有限公司大型船用齿轮箱项目环境影响报告书拟审批的公示

发布日期：2025-04-15   来源：营口市生态环境局

一、项目名称：大型船用齿轮箱项目
二、建设单位：澜舟重工（营口）有限公司
三、项目概况：本项目总投资12.6亿元。项目占地面积8.2万平方米，新建生产厂房4栋，新增劳动定员260人。项目建成后，可年产大型船用齿轮箱300套。
"""


def test_what_an_impact_assessment_notice_says_of_its_project_is_still_to_come():
    draft = draft_of(ASSESSMENT_NOTICE, "2025-04-15")
    found = figures(draft)
    for figure in ("8.2万平方米", "4栋", "260人", "300套"):
        assert found[figure]["status"] == "planned", figure


def test_a_project_built_and_running_keeps_its_stage_outside_such_a_notice():
    # a guard: with no assessment notice around it, floor space already built is no plan
    draft = draft_of("澜舟重工（营口）有限公司大型船用齿轮箱项目已建成投产，项目占地面积8.2万平方米。\n", "2025-04-15")
    assert figures(draft)["8.2万平方米"]["status"] != "planned"


def test_rare_surnames_after_a_post():
    draft = draft_of("福建霞宁储能科技有限公司总经理仝海波介绍了项目进展。嫩江市农业农村局局长阚立新、"
                     "苏州瀚微半导体股份有限公司董事长蒯建平出席活动。\n", "2025-11-20")
    assert {"仝海波", "阚立新", "蒯建平"} <= labels(draft, "person")


def test_a_rare_given_name_jieba_cuts_into_morphemes():
    draft = draft_of("宁波甬禾服饰集团股份有限公司总经理蒉晓珂带队跑了三趟德国。\n", "2025-09-20")
    assert "蒉晓珂" in labels(draft, "person")
    assert "蒉晓" not in labels(draft, "person")


def test_a_common_word_after_a_post_is_still_no_name():
    # a guard: 党委, 惠企 and 薄膜 start no name, though 党, 惠 and 薄 are surnames somewhere
    draft = draft_of("副局长介绍了惠企政策。总经理薄膜事业部负责人出席。\n", "2025-09-20")
    assert not labels(draft, "person")


MAKERS_TABLE = """\
02 链上企业：产能持续释放

企业名称｜主要产品｜年产能
安庆恒朗动力电池有限公司｜动力电池｜40GWh
滁州科翎汽车电子有限公司｜域控制器｜120万套

04 项目：加快推进
"""


def test_a_table_of_makers_gives_each_capacity_its_rows_product():
    draft = draft_of(MAKERS_TABLE, "2026-05-08")
    found = figures(draft)
    assert found["40GWh"]["product"] == "动力电池" and found["40GWh"]["owner"] == "安庆恒朗动力电池有限公司"
    assert found["120万套"]["product"] == "域控制器"
    assert found["40GWh"]["status"] == "operating"
    assert not any(text.startswith(("02", "04")) for text in found)  # a post's numbered headings count nothing


def test_a_company_set_up_by_another_holds_what_follows():
    draft = draft_of("走进江苏晶瑞半导体科技有限公司（以下简称“晶瑞半导体”）的车间。"
                     "晶瑞半导体由常州晶瑞科技集团有限公司于2021年投资设立，主要生产碳化硅衬底。"
                     "目前，公司现有员工860人。\n", "2026-03-18")
    assert figures(draft)["860人"]["owner"] == "江苏晶瑞半导体科技有限公司"


def test_a_system_in_a_projects_name_is_no_copula():
    # a guard: 系统级封装 after a company's name is what the project makes, not 系 (is) and a second name
    draft = draft_of("成都锦芯科技股份有限公司系统级封装项目总投资28亿元。\n", "2025-03-10")
    assert "成都锦芯科技股份有限公司系统级封装项目" in labels(draft, "project")


def test_whose_capital_a_company_is_and_a_brand_jieba_misreads_before_its_seat():
    draft = draft_of("港资企业金威汽车零部件控股有限公司在江夏设厂。启明新能源（宜良）有限公司年产电池片10GW。\n",
                     "2025-12-10")
    found = labels(draft, "organisation")
    assert {"金威汽车零部件控股有限公司", "启明新能源（宜良）有限公司"} <= found
    assert not any(label.startswith("港资") for label in found | labels(draft, "product"))


def test_foreign_companies_named_in_their_own_script():
    draft = draft_of("德国Voltrag Automotive GmbH与园区签约。韩国大元精密株式会社在武汉设立子公司。"
                     "日本Komoda Apparel株式会社、瑞典Nordvik AB也来了。\n", "2025-12-10")
    # (the country the text writes before a 株式会社 name stays in it: stated 2026-12-06, tests/articles/README.md)
    assert {"Voltrag Automotive GmbH", "韩国大元精密株式会社", "Komoda Apparel株式会社", "Nordvik AB"} \
        <= labels(draft, "organisation")


def test_a_latin_gloss_in_brackets_after_a_chinese_name_is_no_second_company():
    # a guard: the Latin name in brackets glosses the company named before it
    draft = draft_of("韩国大元精密株式会社（Daewon Precision Co., Ltd.）投资设立了武汉工厂。\n", "2025-12-10")
    assert "Daewon Precision Co., Ltd." not in labels(draft, "organisation")


def test_a_province_issuing_the_text_holds_its_whole_provinces_totals():
    draft = draft_of("新能源汽车产业链跑出加速度\n\n今年一季度，全省新能源汽车产量38.6万辆。"
                     "安徽恒朗动力电池有限公司年产能40GWh。\n\n来源丨安徽省经济和信息化厅\n", "2026-05-08")
    assert figures(draft)["38.6万辆"]["owner"] == "安徽省"


def test_a_county_level_city_jieba_reads_as_a_noun_before_its_party_committee():
    draft = draft_of("10月16日，玉门市委书记孔令禹带队深入玉门经济开发区调研。\n", "2025-10-17")
    assert "玉门市" in labels(draft, "region")
    assert positions(draft)["孔令禹"] == ("书记", "玉门市")


IR_RECORD = """\
证券代码：688999                         证券简称：瀚芯股份

苏州瀚芯半导体股份有限公司
投资者关系活动记录表

参与单位名称及人员姓名：
明川基金管理有限公司 郜一鸣
鹿泉证券股份有限公司 甄思远
Harborline Capital Management LLC  Kevin Zhou

一、公司基本情况介绍
董事会秘书綦晓蕾介绍了公司前三季度经营情况：公司实现营业收入12.6亿元。
"""


def test_an_investor_relations_record_is_of_its_company_and_lists_who_came():
    draft = draft_of(IR_RECORD, "2025-11-20")
    assert figures(draft)["12.6亿元"]["owner"] == "苏州瀚芯半导体股份有限公司"
    assert {"郜一鸣", "甄思远"} <= labels(draft, "person")
    assert "Harborline Capital Management LLC" in labels(draft, "organisation")


CITY_ITEMS = """\
江西省商务厅关于前三季度全省储能产业链招商引资情况的通报

一、总体情况
    前三季度，全省储能产业链新签约项目38个。
二、各市工作情况
    （一）赣州市。签约储能项目6个，协议投资86.5亿元。
    （二）宜春市。签约储能项目9个，协议投资112亿元。
"""


def test_a_numbered_item_that_names_a_city_holds_its_tallies():
    found = figures(draft_of(CITY_ITEMS, "2025-11-07"))
    assert found["86.5亿元"]["owner"] == "赣州市"
    assert found["112亿元"]["owner"] == "宜春市"


def test_two_companies_signing_two_listed_projects_in_a_zone_respectively():
    found = figures(draft_of("赣州钠途新能源有限公司、江西源钴材料有限公司在赣州高新技术产业开发区"
                             "分别签约年产钠离子电池8GWh、磷酸铁锂正极材料10万吨项目，"
                             "拟投资分别为25亿元、18亿元。\n", "2026-02-10"))
    assert found["8GWh"]["owner"] == found["25亿元"]["owner"] == "赣州钠途新能源有限公司"
    assert found["10万吨"]["owner"] == found["18亿元"]["owner"] == "江西源钴材料有限公司"


def test_a_farmers_cooperative_named_by_its_place_or_trade_is_a_company():
    draft = draft_of("鹿鸣中药材种植专业合作社流转土地1.2万亩。孙吴县大岭蜂业专业合作社联合社带动农户300户。"
                     "全县农民专业合作社达到120家。\n", "2025-10-10")
    found = labels(draft, "organisation")
    assert {"鹿鸣中药材种植专业合作社", "孙吴县大岭蜂业专业合作社联合社"} <= found
    assert "农民专业合作社" not in found


def test_a_common_noun_after_a_post_is_no_name_and_a_latin_gloss_stands_between_employer_and_post():
    draft = draft_of("公司是太仓市半导体行业协会会长单位。"
                     "新加坡潮汇储能私人有限公司（Tidewell Energy Storage Pte. Ltd.）"
                     "中国区总裁林嘉俊表示，潮汇拟投资8000万美元。\n", "2026-01-10")
    assert "单位" not in labels(draft, "person")
    assert positions(draft)["林嘉俊"] == ("中国区总裁", "新加坡潮汇储能私人有限公司")  # the regional post as written


# ----------------------------------------------------------------------------- guards from the round's review


def test_a_site_line_over_the_text_still_names_its_company():
    # a guard: 地点：某某有限公司 over the text is no reporter's credit; its company is the article's
    draft = draft_of("全县重点项目观摩活动举行\n第一站\n地点：华源新材料有限公司\n"
                     "公司去年实现产值12亿元，年产正极材料5万吨。\n",
                     "2026-03-06")
    assert "华源新材料有限公司" in labels(draft, "organisation")
    assert figures(draft)["12亿元"]["owner"] == "华源新材料有限公司"


def test_that_city_is_not_the_city_an_event_was_held_in():
    # a guard: 在上海市举办的推介会上，该市…: the venue is no antecedent
    found = figures(draft_of("宿州市深化招商引资\n"
                             "在上海市举办的长三角招商推介会上，该市共签约项目15个，总投资120亿元。\n",
                             "2025-06-10"))
    assert found["120亿元"]["owner"] == "宿州市"


def test_news_of_assessment_reform_leaves_a_built_projects_figures_alone():
    # a guard: a title on 环评审批 reform is no notice on a project to be approved
    draft = draft_of("县生态环境局推行环评审批告知承诺制\n今年以来，县生态环境局推行环评审批告知承诺制。"
                     "华源新材料年产5万吨正极材料项目去年建成，项目占地300亩，年产值达到10亿元。\n", "2025-06-10")
    assert figures(draft)["300亩"]["status"] != "planned"


def test_a_table_of_companies_and_their_products_names_no_people():
    # a guard: only a record's list under 参与单位名称及人员姓名 pairs a body with a person
    draft = draft_of("重点企业及主导产品\n华源新材料有限公司 高纯硅\n宏达新能源有限公司 石墨负极\n", "2025-06-10")
    assert not labels(draft, "person")


def test_a_countys_stations_together_are_no_project():
    # a guard: 凤台县光伏电站装机… is the county's stations counted, not one station named
    draft = draft_of("截至去年底，凤台县光伏电站装机容量达到60万千瓦，风电装机容量达到30万千瓦。\n", "2025-06-10")
    assert not labels(draft, "project")


def test_a_conjunction_after_a_post_and_names_inside_a_japanese_companys():
    # guards: 暨 joins two posts (局长暨新闻发言人); 大和 and 日本电气 are the companies' own names
    draft = draft_of("会上，市工业和信息化局局长暨新闻发言人王晓东介绍情况。大和工业株式会社在常州投资建设。"
                     "公司与日本电气株式会社合作。\n", "2025-06-10")
    assert not any(label.startswith("暨") for label in labels(draft, "person"))
    assert {"大和工业株式会社", "日本电气株式会社"} <= labels(draft, "organisation")


def test_companies_registered_with_their_cities_in_a_list_keep_their_names():
    # a guard: every clause opens on a city that heads a company's registered name: no city-by-city report
    draft = draft_of("今年以来，全省新开工一批重大项目。合肥市华源新材料有限公司年产5万吨正极材料项目开工建设；"
                     "芜湖市东瑞汽车零部件有限公司车灯项目投产；马鞍山市恒远钢构有限公司钢结构项目签约。\n",
                     "2025-06-10")
    assert {"合肥市华源新材料有限公司", "芜湖市东瑞汽车零部件有限公司", "马鞍山市恒远钢构有限公司"} \
        <= labels(draft, "organisation")


def test_an_output_column_of_a_makers_table_is_no_capacity():
    # a guard: 产量 is what was made, not how much can be
    draft = draft_of("企业名称 主要产品 产量 产值\n华源新材料有限公司 正极材料 5万吨 12亿元\n", "2025-06-10")
    assert figures(draft)["5万吨"]["status"] != "operating"


def test_a_country_before_a_company_named_in_its_own_form_stays_in_its_name():
    # (stated 2026-12-06 in tests/articles/README.md: the genre writes a foreign firm's name with its country, and 15
    # of 19 dev golds kept it; this test said the opposite before)
    draft = draft_of("今年5月，韩国大元精密株式会社（Daewon Precision Co., Ltd.）投资的"
                     "大元精密（武汉）有限公司在江夏投产。\n", "2025-12-10")
    found = labels(draft, "organisation")
    assert "韩国大元精密株式会社" in found
    assert "大元精密株式会社" not in found
