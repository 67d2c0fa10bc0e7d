"""`chaingraph extract` on forms two rule-blind tens showed: a county whose short form opens on a preposition (于都,
将乐) heading its parks and platforms, a zone's investment company, a research base named by two fields joined by 与,
a platform named by a verb jieba reads apart (适航检测), a park's declared short form after a sentence about the
whole city, the park a company stands in, a platform serving a park's firms, yarns and cables named in projects, a
negation before 园区, a named hydrogen station, a work report's tasks, a park's planned area before its results.
Every sentence is written for these tests in the genre's style; every name is invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures
from test_extract_towns_stations import labels


def test_a_county_opening_on_a_preposition_heads_its_parks_and_platforms():
    draft = draft_of("将乐县政府工作报告（摘要）\n将乐竹木精深加工产业园一期建成厂房12万平方米，入驻企业21家。"
                     "将乐县竹制品质量检测中心全年出具检测报告8600份。将乐竹产品电商直播基地全年实现网络零售额5.2亿元。\n",
                     "2025-01-20")
    assert "将乐竹木精深加工产业园" in labels(draft, "park")
    assert {"将乐县竹制品质量检测中心", "将乐竹产品电商直播基地"} <= labels(draft, "organisation")
    found = figures(draft)
    assert found["12万平方米"]["owner"] == found["21家"]["owner"] == "将乐竹木精深加工产业园"
    assert found["8600份"]["owner"] == "将乐县竹制品质量检测中心"
    assert found["5.2亿元"]["owner"] == "将乐竹产品电商直播基地"


def test_a_preposition_before_a_province_opens_no_county():
    draft = draft_of("从江县招商引资动态\n今年以来，县里从江苏引进纺织企业6家，从江西、湖南引进项目5个。\n",
                     "2025-06-10")
    assert not any(label.startswith("从江苏") for label in labels(draft))
    assert {"江苏省", "江西省", "湖南省"} <= labels(draft, "region")  # the provinces stay whole


def test_a_zones_investment_company_keeps_the_zone_in_its_name():
    draft = draft_of("3.铝型材表面处理共享工厂项目。由沛北高新区建设投资集团有限公司建设，总投资2.6亿元，"
                     "年处理铝型材12万吨。\n", "2025-07-10")
    assert "沛北高新区建设投资集团有限公司" in labels(draft, "organisation")
    assert figures(draft)["2.6亿元"]["owner"] != "沛北高新区"


def test_a_research_base_named_by_two_fields_joined_by_yu():
    draft = draft_of("黔东磷化工与新能源材料中试基地建成投用，建成中试线4条，全年服务企业16家。\n", "2025-01-10")
    assert "黔东磷化工与新能源材料中试基地" in labels(draft, "organisation")
    assert figures(draft)["4条"]["owner"] == "黔东磷化工与新能源材料中试基地"


def test_a_platform_named_by_a_verb_jieba_reads_apart():
    draft = draft_of("随后，调研组来到鹤壁无人机适航检测中心，这家检测中心去年投运，年检测能力1200架次。\n",
                     "2025-06-10")
    assert "鹤壁无人机适航检测中心" in labels(draft, "organisation")
    assert figures(draft)["1200架"]["owner"] == "鹤壁无人机适航检测中心"


def test_a_parks_declared_short_form_after_a_sentence_on_the_whole_city():
    draft = draft_of("榆树市汽车零部件产业加速集聚\n作为全市汽车零部件产业的主阵地，"
                     "榆树汽车零部件产业园（以下简称“零部件产业园”）位于开发区西部。"
                     "上半年，零部件产业园实现产值18.4亿元，入驻企业达到39家，其中规上工业企业15家。\n", "2025-07-20")
    found = figures(draft)
    assert found["18.4亿元"]["owner"] == found["39家"]["owner"] == found["15家"]["owner"] == "榆树汽车零部件产业园"


def test_a_platform_serving_a_parks_firms_holds_its_services():
    draft = draft_of("榆树数字化铸造产业园占地260亩。由开发区共建的吉林省轻量化铸件中试平台（以下简称“中试平台”）"
                     "已建成中试线2条，上半年为园区企业提供检测服务900余次。\n", "2025-07-20")
    assert figures(draft)["900余次"]["owner"] == "吉林省轻量化铸件中试平台"


def test_the_park_a_company_stands_in_holds_the_parks_figures():
    draft = draft_of("远帆叶片所在的科右前旗风电装备制造产业园（以下简称“风电装备园”）是开发区的园中园，"
                     "规划面积3.6平方公里，已落地项目9个，上半年完成工业产值14.2亿元。\n", "2025-07-16")
    found = figures(draft)
    assert found["3.6平方公里"]["owner"] == found["9个"]["owner"] == found["14.2亿元"]["owner"] \
        == "科右前旗风电装备制造产业园"


def test_yarns_and_cables_named_in_projects_are_their_products():
    draft = draft_of("赣西纺织科技有限公司年产4万吨差别化纱线项目主体厂房完工。"
                     "启海海缆科技有限公司年产300公里220千伏及以上高压海缆扩建项目开工。\n", "2025-03-10")
    found = figures(draft)
    assert found["年产4万吨"]["product"] == "差别化纱线"
    assert found["年产300公里"]["product"] == "高压海缆"
    assert "启海海缆科技有限公司年产300公里220千伏及以上高压海缆扩建项目" in labels(draft, "project")


def test_without_leaving_the_park_names_no_park():
    draft = draft_of("叶片、塔筒配套企业不出园区即可完成采购，企业送检实现“不出园区”。\n", "2025-07-10")
    assert not any("不出" in label for label in labels(draft))


def test_a_named_hydrogen_station_is_a_project_holding_its_capacity():
    draft = draft_of("氢能园已建成加氢站3座，其中日加氢能力1000公斤的湘阴东加氢站于9月投入运营。\n", "2025-10-10")
    assert "湘阴东加氢站" in labels(draft, "project")
    assert figures(draft)["1000公斤"]["owner"] == "湘阴东加氢站"


def test_a_station_a_verb_puts_into_use_is_no_named_station():
    draft = draft_of("基础设施加快完善，寿县投运加氢站1座。\n", "2025-10-10")
    assert not any("投运" in label for label in labels(draft, "project"))


WORK_REPORT = ("政府工作报告\n一、2024年工作回顾\n全县新签约项目18个。储能材料园规划面积6平方公里，全年新入驻企业7家、"
               "累计达到31家。\n二、2025年重点工作\n1.提升园区承载能力。建成标准化厂房12万平方米；建成县级共享储能电站。"
               "目前已建成厂房8万平方米。\n2.强化精准招商。全年新签约储能产业项目25个以上。\n")


def test_a_work_reports_tasks_are_plans_whatever_their_verb():
    found = figures(draft_of(WORK_REPORT, "2025-01-08"))
    assert found["12万平方米"]["status"] == "planned"  # 建成… under the year's tasks
    assert found["25个"]["status"] == "planned"  # 全年新签约… under the year's tasks
    assert found["8万平方米"]["status"] == "completed"  # 已建成: done, under the tasks all the same
    assert found["18个"]["status"] == "achieved"  # the year under review


def test_a_parks_planned_area_is_no_aim_for_the_clauses_after_it():
    found = figures(draft_of(WORK_REPORT, "2025-01-08"))
    assert found["6平方公里"]["status"] == "planned"
    assert found["7家"]["status"] == found["31家"]["status"] == "achieved"


def test_a_companys_whole_chain_project_is_one_project_and_a_superlative_none():
    draft = draft_of("湖北楚葛生物科技有限公司葛根全产业链项目已完成立项备案，计划总投资4亿元。"
                     "禾丰稻米项目总投资5.6亿元，是我市今年投产的最大食品项目。\n", "2025-07-10")
    projects = labels(draft, "project")
    assert "湖北楚葛生物科技有限公司葛根全产业链项目" in projects
    assert not any(label.startswith("最") for label in projects)
    assert figures(draft)["4亿元"]["owner"] in {"湖北楚葛生物科技有限公司葛根全产业链项目",
                                                 "湖北楚葛生物科技有限公司"}  # (the golds take either)


def test_lines_counted_inside_a_platform_are_no_project():
    draft = draft_of("由开发区与高校共建的佛山化合物半导体中试平台，已建成6英寸碳化硅中试线1条，累计服务企业23家。\n",
                     "2025-05-10")
    assert not labels(draft, "project")
    assert figures(draft)["23家"]["owner"] == "佛山化合物半导体中试平台"


def test_a_word_opening_a_stop_is_the_heading_place_not_its_builder():
    found = figures(draft_of("亳州市产业项目观摩侧记\n第一站 亳州现代物流园\n"
                             "项目由亳州交通投资集团有限公司投资建设，总投资4.6亿元，占地180亩。\n", "2025-06-10"))
    assert found["4.6亿元"]["owner"] == found["180亩"]["owner"] == "亳州现代物流园"


def test_a_processing_park_and_a_county_heading_a_platform():
    draft = draft_of("庆安县加快建设绿色食品产业园\n走进食品园东侧的庆安大米精深加工园，"
                     "这个园中园占地600亩，聚集大米加工企业26家。"
                     "开发区建有庆安大米质量检测中心，年可检测稻米样品1.2万批次。\n", "2025-10-10")
    assert "庆安大米精深加工园" in labels(draft, "park")
    assert "庆安大米质量检测中心" in labels(draft, "organisation")
    found = figures(draft)
    assert found["600亩"]["owner"] == found["26家"]["owner"] == "庆安大米精深加工园"


def test_a_work_reports_task_headings_name_no_platform_and_a_dyeing_area_is_a_park():
    draft = draft_of("石狮市政府工作报告\n二、2025年重点工作\n（一）做强园区平台，夯实产业发展载体\n"
                     "2.建设鸿山纺织印染集控区，总投资10亿元。\n5.发挥石狮纺织产业工人实训基地作用，年培训产业工人2500人次。\n"
                     "6.建成中医药共享中试车间，服务企业5家。\n", "2025-01-15")
    assert not any(label.startswith("做强") for label in labels(draft))
    assert "鸿山纺织印染集控区" in labels(draft, "park")
    assert "中医药共享中试车间" in labels(draft, "organisation")
    assert figures(draft)["2500人"]["owner"] == "石狮纺织产业工人实训基地"


ASSESSMENT = ("关于2024年度全市开发区（工业园区）综合考核评价结果的通报\n"
              "2024年，全市开发区（工业园区）实现规上工业产值530亿元。\n"
              "（一）锡林郭勒经济技术开发区。全年实现规上工业产值210亿元，入驻企业96家。\n"
              "（二）多伦工业园区。区内多伦绿色食品产业园入驻企业24家。\n"
              "（三）二连浩特经济开发区。新建标准厂房5万平方米，引进项目4个。\n乌兰察布市工业和信息化局\n")


def test_an_assessments_items_hold_their_zones_figures_and_the_city_its_total():
    found = figures(draft_of(ASSESSMENT, "2025-03-20"))
    assert found["210亿元"]["owner"] == found["96家"]["owner"] == "锡林郭勒经济技术开发区"
    assert found["5万平方米"]["owner"] == found["4个"]["owner"] == "二连浩特经济开发区"
    assert found["530亿元"]["owner"] == "乌兰察布市"  # the city's zones together


def test_an_incubators_declared_short_name_before_a_verb_holds_its_figures():
    draft = draft_of("这里是深圳坪山集成电路设计孵化器（以下简称“坪山芯孵化器”）所在地。其中，坪山芯孵化器占据科技园的"
                     "三栋楼，面积2.8万平方米，在孵企业64家。\n", "2025-08-10")
    assert not any("占据" in label for label in labels(draft))
    found = figures(draft)
    assert found["2.8万平方米"]["owner"] == found["64家"]["owner"] == "深圳坪山集成电路设计孵化器"


def test_a_platform_placed_in_a_zone_with_a_short_name_keeps_its_figures():
    found = figures(draft_of("（四）中试基地。溧阳新材料中试基地位于溧阳经济技术开发区（以下简称“溧阳经开区”），"
                             "由溧阳经开区管委会与溧阳材料研究院共建，总建筑面积1.8万平方米，已建成中试线5条。\n",
                             "2025-07-10"))
    assert found["1.8万平方米"]["owner"] == found["5条"]["owner"] == "溧阳新材料中试基地"


def test_what_a_place_is_among_the_countrys_bases_is_no_park():
    draft = draft_of("海城是我国重要的菱镁产业基地。海城市镁质新材料产业园规划用地1200亩。\n", "2025-08-10")
    assert labels(draft, "park") == {"海城市镁质新材料产业园"}


def test_an_industrys_total_in_a_work_report_is_the_congress_places():
    found = figures(draft_of("政府工作报告（节选）\n——2025年1月9日在晋江市第十八届人民代表大会第五次会议上\n"
                             "一、2024年工作回顾\n……\n产业转型步伐加快。纺织产业全年实现产值310亿元，"
                             "成为我市首个超300亿元的产业集群。\n", "2025-01-09"))
    assert found["310亿元"]["owner"] == "晋江市"


def test_parks_inside_parks_named_by_their_industry_alone():
    draft = draft_of("横州新能源材料产业园（以下简称“新材料园”）规划面积7.5平方公里。"
                     "新材料园内的储能电池产业园是一个“园中园”，占地800亩。\n一、锂电产业园\n锂电产业园位于开发区南片区，规划面积6.2平方公里。\n"
                     "园中园——锂电装备配套园。园区在东部规划建设了锂电装备配套园，占地500亩。\n", "2025-10-10")
    assert {"储能电池产业园", "锂电产业园", "锂电装备配套园"} <= labels(draft, "park")
    found = figures(draft_of("横州新能源材料产业园（以下简称“新材料园”）规划面积7.5平方公里。"
                             "新材料园内的储能电池产业园是一个“园中园”，占地800亩。\n", "2025-10-10"))
    assert found["800亩"]["owner"] == "储能电池产业园"


def test_the_place_a_quoted_target_names_and_the_place_before_its_whole():
    found = figures(draft_of("算力产业加速集聚\n记者走进汝城经济开发区。"
                             "汝城经开区党工委书记介绍，汝城将力争到2027年算力产业营业收入突破60亿元。"
                             "据了解，郴州全市目前已建成数据中心标准机架3万架。\n", "2025-11-10"))
    assert found["突破60亿元"]["owner"] == "汝城县"
    assert found["3万架"]["owner"] == "郴州市"


def test_the_whole_prefecture_is_the_autonomous_prefecture_not_its_city():
    found = figures(draft_of("甘南藏族自治州开发区考核结果发布\n甘南州各开发区考核结果近日发布。"
                             "合作市经济开发区获评优秀。据统计，2024年全州开发区（园区）共实现工业总产值96亿元。\n",
                             "2025-04-10"))
    assert found["96亿元"]["owner"] == "甘南藏族自治州"


def test_a_shared_park_a_shared_factory_and_a_test_base_named_short():
    draft = draft_of("一年前，闵行区与淮北市签署协议，共建闵行—淮北低空经济产业合作园（以下简称“合作园”）。合作园位于"
                     "淮北高新技术产业开发区，规划面积1.8平方公里。开园一年来，合作园已引进低空经济企业22家。"
                     "支撑合作园的，还有一个关键平台——淮北低空飞行测试基地。测试基地由合作园与淮北高新区共同建设，"
                     "已开通试飞航线4条。淮北高新区钣金喷涂共享工厂占地60亩，已服务企业48家。\n", "2025-10-10")
    found = figures(draft)
    assert found["1.8平方公里"]["owner"] == found["22家"]["owner"] == "闵行—淮北低空经济产业合作园"
    assert found["4条"]["owner"] == "淮北低空飞行测试基地"
    assert found["60亩"]["owner"] == found["48家"]["owner"] == "淮北高新区钣金喷涂共享工厂"


def test_a_national_high_technology_industry_base_is_a_zone():
    draft = draft_of("西安阎良国家航空高技术产业基地今年以来签约项目12个。\n", "2025-07-10")
    assert "西安阎良国家航空高技术产业基地" in labels(draft, "zone")


def test_a_task_section_that_looks_back_keeps_its_results():
    found = figures(draft_of("政府工作报告\n二、2025年重点工作\n（一）做强园区平台。2024年，沛北经济开发区"
                             "建成标准厂房15万平方米，新签约项目22个。去年，全县新投产项目9个。全年新签约项目30个以上。\n",
                             "2025-01-08"))
    assert found["15万平方米"]["status"] == "completed"
    assert found["22个"]["status"] == "achieved"
    assert found["30个"]["status"] == "planned"


def test_a_declared_short_name_is_no_name_where_the_text_counts_that_kind():
    draft = draft_of("沛北化工园区（以下简称“化工园区”）规划面积12平方公里。目前全省共认定化工园区22个，"
                     "其中A类化工园区5个。化工园区去年实现产值86亿元。\n", "2025-06-10")
    park = next(c for c in draft.candidates if c.label == "沛北化工园区")
    assert len(park.mentions) == 3  # the full name, the declared short name and the last sentence's subject
    assert figures(draft)["86亿元"]["owner"] == "沛北化工园区"


def test_a_park_inside_a_zone_named_short_first_is_the_park_named_in_full_later():
    draft = draft_of("灯塔市工作动态\n盛夏时节，灯塔经济开发区内的皮革服装产业园里机声隆隆。"
                     "开发区在东部规划建设的灯塔皮革服装产业园（以下简称“皮革园”）占地1800亩。"
                     "开发区内的碳纤维复合材料产业园是我们打造的园中园，占地900亩。\n", "2025-07-10")
    parks = labels(draft, "park")
    assert "灯塔皮革服装产业园" in parks and "皮革服装产业园" not in parks
    assert "碳纤维复合材料产业园" in parks


def test_a_parks_shared_works_in_a_phase_are_the_parks():
    draft = draft_of("文登医药健康产业集聚区（以下简称“集聚区”）规划面积6.5平方公里。"
                     "集聚区污水处理厂二期正在建设，建成后日处理能力1.5万吨。园区公共管廊二期工程已开工，全长6.2公里。\n",
                     "2025-07-10")
    assert not labels(draft, "project")
    assert figures(draft)["1.5万吨"]["owner"] == "文登医药健康产业集聚区"


def test_a_parks_phase_in_a_table_row_or_a_record_is_the_parks():
    draft = draft_of("2025年重点项目\n兰西汽车零部件产业园规划面积3.2平方公里。"
                     "该园是兰西经开区打造的园中园，已入驻零部件企业24家。\n"
                     "3.兰西汽车零部件产业园二期\n建设单位：兰西经开区城市建设投资有限公司\n总投资：5.6亿元\n"
                     "建设内容：新建标准化厂房14万平方米。\n", "2025-03-10")
    found = figures(draft)
    assert found["24家"]["owner"] == "兰西汽车零部件产业园"
    assert found["5.6亿元"]["owner"] == found["14万平方米"]["owner"] == "兰西汽车零部件产业园"

    table = figures(draft_of("晋江市纺织产业项目推进\n▼重点项目进度表（截至3月底）\n"
                             "项目名称 | 建设单位 | 总投资（亿元） | 主要建设内容 | 累计完成投资（亿元） | 进展情况\n"
                             "年产3万吨锦纶长丝项目 | 福建锦辉化纤有限公司 | 12 | 年产锦纶长丝3万吨 | 6.5 | 设备安装\n"
                             "晋江智能针织产业园二期 | 晋江市鸿达实业投资有限公司 | 4.8 | "
                             "新建标准厂房15万平方米 | 2.2 | 主体封顶\n", "2025-04-10"))
    assert table["4.8"]["owner"] == table["15万平方米"]["owner"] == "晋江智能针织产业园"


def test_a_meetings_list_of_projects_is_the_places():
    found = figures(draft_of("玉门市召开新能源装备产业链链长制推进会\n会上，链上企业提出诉求。"
                             "柳湖100万千瓦风电项目已全容量并网。会议梳理形成补链延链项目清单15个，总投资82亿元。\n",
                             "2025-08-10"))
    assert found["15个"]["owner"] == found["82亿元"]["owner"] == "玉门市"


def test_names_by_a_generation_general_aviation_and_a_county_its_zone_cues():
    draft = draft_of("园区动态\n湘潭第三代半导体中试平台已建成中试线3条。瑞昌通用航空产业园已入驻企业11家。"
                     "云梦经济开发区（以下简称“云梦经开区”）加快建设。云梦精细化工园规划面积860公顷。"
                     "云梦盐化工产业技术研究院已集聚研发人员26人。\n", "2025-08-10")
    assert {"湘潭第三代半导体中试平台", "云梦盐化工产业技术研究院"} <= labels(draft, "organisation")
    assert {"瑞昌通用航空产业园", "云梦精细化工园"} <= labels(draft, "park")


def test_a_zone_committees_own_target_is_the_zones():
    found = figures(draft_of("湘乡半导体产业加速集聚\n湘乡经济开发区去年新引进半导体企业12家。"
                             "“下一步，我们将力争到2027年半导体产业产值突破120亿元。”湘乡经开区管委会主任表示。\n",
                             "2025-09-10"))
    assert found["突破120亿元"]["owner"] == "湘乡经济开发区"
