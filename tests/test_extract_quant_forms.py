"""`chaingraph extract` on figure forms the earlier rounds left: projects named by two things they make
joined by 及/和 (年产20万吨特种聚酯及10万吨可降解材料项目), a figure for a list of products (年加工当归、黄芪等
药材5000吨), products named in a noun phrase before a bare capacity (分别建设的多晶硅项目和储能逆变器项目，
年产能分别为…; 该公司的电池片项目…，一期5GW), a target after 产能力争, and a product jieba splits (再生/铝).
The sentences are written for these tests in the genre's style; names are invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def test_a_project_named_by_two_figures_joined_by_ji_or_he_keeps_both():
    found = figures(draft_of(
        "3月12日，山东岱岚新材料有限公司年产8万吨磷酸铁及4万吨磷酸铁锂项目在东营经济技术开发区开工，总投资26亿元。\n"
        "同日，由岭川集团有限公司控股的甘肃岭锂材料有限公司，分两期建设年产6万吨三元前驱体和3万吨硫酸镍项目，"
        "项目总投资42亿元。"))
    assert found["年产8万吨"]["owner"] == "山东岱岚新材料有限公司年产8万吨磷酸铁及4万吨磷酸铁锂项目"
    assert found["4万吨"]["owner"] == "山东岱岚新材料有限公司年产8万吨磷酸铁及4万吨磷酸铁锂项目"
    assert found["4万吨"]["product"] == "磷酸铁锂"
    assert found["26亿元"]["owner"] == "山东岱岚新材料有限公司年产8万吨磷酸铁及4万吨磷酸铁锂项目"
    assert found["4万吨"]["status"] == "under-construction"
    assert found["3万吨"]["owner"] == "年产6万吨三元前驱体和3万吨硫酸镍项目"
    assert found["3万吨"]["product"] == "硫酸镍"
    # 项目总投资 in the clause after: the project's or its builder's (owner: [P, X] in the gold format)
    assert found["42亿元"]["owner"] in ("年产6万吨三元前驱体和3万吨硫酸镍项目", "甘肃岭锂材料有限公司")


def test_two_projects_named_in_full_and_joined_stay_two():
    draft = draft_of("该公司将在园区建设区域总部及年产5万吨铜箔项目。\n"
                     "新疆岭池材料有限公司和新疆岭硅科技有限公司分别在建年产5万吨有机硅单体项目和年产2万吨高纯石英砂项目。\n")
    projects = sorted(c.label for c in draft.candidates if c.kind == "project")
    assert projects == ["年产2万吨高纯石英砂项目", "年产5万吨有机硅单体项目", "年产5万吨铜箔项目"]


def test_a_product_named_at_its_figure_comes_before_the_projects_listed():
    found = figures(draft_of(
        "上海岭元高分子材料有限公司、岭特（上海）精细化工有限公司分别签约高性能薄膜项目和电子化学品项目，"
        "达产后将分别新增聚酰亚胺薄膜3000吨、电子级湿化学品6万吨的年产能。"))
    assert found["3000吨"]["product"] == "聚酰亚胺薄膜"
    assert found["6万吨"]["product"] == "电子级湿化学品"


def test_a_figure_for_a_list_of_products_takes_the_category_it_closes_with():
    # the category counts all the figure holds (README, decided 2026-12-02); 等产品 is no category: see
    # test_extract_figures6
    found = figures(draft_of(
        "甘南州岭源藏药有限公司年加工当归、黄芪、党参等高原药材5000吨。\n"
        "达产后，青海湟川食品有限公司可年产青稞酒、牦牛肉干等特色食品3万吨。"))
    assert found["5000吨"]["product"] == "高原药材"
    assert found["5000吨"]["owner"] == "甘南州岭源藏药有限公司"
    assert found["5000吨"]["status"] == "operating"
    assert found["3万吨"]["product"] == "特色食品"
    assert found["3万吨"]["status"] == "planned"


def test_projects_listed_before_respective_capacities_name_their_products():
    found = figures(draft_of(
        "江西岭庐硅材料有限公司和江西星岚储能科技有限公司分别建设的多晶硅项目和储能逆变器项目，"
        "年产能分别为5万吨、3GW。"))
    assert found["5万吨"]["product"] == "多晶硅"
    assert found["5万吨"]["owner"] == "江西岭庐硅材料有限公司"
    assert found["3GW"]["product"] == "储能逆变器"
    assert found["3GW"]["owner"] == "江西星岚储能科技有限公司"


def test_a_phase_figure_takes_the_product_its_project_is_named_by():
    found = figures(draft_of(
        "上饶经开区引进的江西晶岳新能源科技有限公司发展势头良好。该公司的电池片项目计划分两期建设，"
        "一期5GW预计今年12月投产。"))
    assert found["5GW"]["product"] == "电池片"
    assert found["5GW"]["owner"] == "江西晶岳新能源科技有限公司"
    assert found["5GW"]["status"] == "planned"


def test_a_capacity_target_after_li_zheng_and_a_split_product():
    found = figures(draft_of(
        "到2027年，乌兰察布市绿氢产能力争达到30万吨。\n"
        "百色市岭铝新材料有限公司表示，到2026年公司再生铝产能将达到60万吨。"))
    assert found["30万吨"]["product"] == "绿氢"
    assert found["30万吨"]["status"] == "planned"
    assert found["60万吨"]["product"] == "再生铝"
    assert found["60万吨"]["owner"] == "百色市岭铝新材料有限公司"


# ----------------------------------------------------------------------------- forms of the second rule-blind batch


def test_counts_in_batches_sheets_and_head_and_a_range_of_two_figures():
    found = figures(draft_of(
        "去年，湘岳检验检测中心完成检测服务1.8万批次，园区企业新取得医疗器械注册证212张。\n"
        "晋岭肉业有限公司冷鲜肉项目建成后可年屠宰加工生猪50万头。\n"
        "岭泽化工与瑞凯化学合资建设的己二胺配套装置正在开展前期工作，设计产能为年产4万至6万吨。\n"
        "一张蓝图绘到底，龙头企业作用明显。"))
    assert found["1.8万批次"]["value"] == 18000
    assert found["212张"]["value"] == 212
    assert found["50万头"]["product"] == "生猪"
    assert found["50万头"]["owner"] == "晋岭肉业有限公司冷鲜肉项目"
    assert found["年产4万"]["value"] == 40000 and found["年产4万"]["valueQualifier"] == "at-least"
    assert found["6万吨"]["value"] == 60000 and found["6万吨"]["valueQualifier"] == "up-to"
    assert found["6万吨"]["perPeriod"] == "ANN" and found["年产4万"]["perPeriod"] == "ANN"
    assert not any(text.startswith(("一张", "龙头")) for text in found)


def test_a_threshold_is_no_figure_and_a_count_after_qi_zhong_is_part_of_the_whole():
    found = figures(draft_of(
        "今年以来，如东经济开发区累计引进新材料项目18个，计划总投资206亿元，其中20亿元以上项目5个。\n"
        "全区全年实施5000万元以上产业项目96个。"))
    assert "20亿元" not in found and "5000万元" not in found
    assert found["5个"]["status"] == "achieved"
    assert found["206亿元"]["status"] == "planned"


def test_the_second_of_two_phases_of_the_same_size_is_a_figure_of_its_own():
    found = [f for f in draft_of(
        "在园区东区，岭磁永磁材料有限公司年产1万吨烧结钕铁硼项目一期5000吨已于今年6月建成，目前处于试生产阶段；"
        "二期5000吨正在建设，预计明年底投产。\n").candidates if f.figure is not None and f.figure.text == "5000吨"]
    statuses = sorted(next(x.value for x in f.facts if x.prop == "status") for f in found)
    assert statuses == ["completed", "under-construction"]


def test_products_named_with_a_gloss_supplied_imported_or_assembled():
    found = figures(draft_of(
        "三明翼岚航空科技有限公司二期计划明年开工，建成后新增eVTOL（电动垂直起降飞行器）年总装能力150架。\n"
        "一期达产后，岭磁永磁每年可为风电发电机配套磁钢约200万套。\n"
        "今年前三季度，东兴综合保税区锰矿石进口量达2.4万吨。"))
    assert found["150架"]["product"] == "eVTOL"
    assert found["150架"]["status"] == "planned"
    assert found["约200万套"]["product"] == "磁钢"
    assert found["2.4万吨"]["product"] == "锰矿石"
    assert found["2.4万吨"]["owner"] == "东兴综合保税区"
    assert found["2.4万吨"]["cls"] == "Quantity"


def test_products_with_latin_heads_quantifiers_and_work_words():
    found = figures(draft_of(
        "苏州岭显光电科技有限公司Mini LED中试线正式通线并进入试生产，设计月产能为8英寸Mini LED晶圆2000片。\n"
        "湖南岭盛医疗科技有限公司达产后可年产各类介入导管800万支、球囊扩张导管200万支。\n"
        "开工项目中，山西岭丰食品有限公司年产8万吨杂粮主食化加工项目总投资9亿元。\n"
        "晋中岭香醋业有限公司老陈醋扩能项目9月进入试生产，新增年产能3万吨。"))
    assert found["2000片"]["product"] == "8英寸Mini LED晶圆"
    assert found["2000片"]["status"] == "completed"
    assert found["800万支"]["product"] == "介入导管"
    assert found["200万支"]["product"] == "球囊扩张导管"
    assert found["年产8万吨"]["product"] == "杂粮主食"
    assert found["年产8万吨"]["status"] == "under-construction"
    assert found["年产能3万吨"]["product"] == "老陈醋"
    assert found["年产能3万吨"]["status"] == "completed"


def test_signed_amounts_of_a_past_quarter_and_projects_waiting_to_be_built():
    found = figures(draft_of(
        "一季度全区生物医药产业实现产值21.3亿元；新签约项目5个，合同引资16.5亿元。\n"
        "目前，储能产业园已落地项目12个，其中投产项目6个、在建项目4个、签约待建项目2个。"))
    assert found["16.5亿元"]["status"] == "achieved"
    assert found["5个"]["status"] == "achieved"
    assert found["2个"]["status"] == "planned"
    assert found["4个"]["status"] == "under-construction"


def test_a_capacity_a_project_being_built_will_have_is_planned():
    found = figures(draft_of(
        "宜宾岭瑞热管理科技有限公司热管理系统项目正在建设，预计今年6月投产，年产热泵空调60万套。\n"))
    assert found["60万套"]["status"] == "planned"
    assert found["60万套"]["product"] == "热泵空调"


def test_projects_a_sentence_opens_on_by_their_stage_take_it():
    draft = draft_of(
        "本报讯 昨日，榆次区举行重点项目集中签约活动。\n"
        "开工项目中，晋中岭源生物科技有限公司功能食品项目、山西岭畔肉食品有限公司冷鲜肉加工项目分别投资8.5亿元和6亿元，"
        "建成后可分别年产功能性食品2万吨、屠宰加工生猪100万头。\n")
    status = {c.label: next((f.value for f in c.facts if f.prop == "status"), None)
              for c in draft.candidates if c.kind == "project"}
    assert status["晋中岭源生物科技有限公司功能食品项目"] == "under-construction"
    assert status["山西岭畔肉食品有限公司冷鲜肉加工项目"] == "under-construction"
    found = figures(draft)
    assert found["2万吨"]["owner"] == "晋中岭源生物科技有限公司功能食品项目"
    assert found["100万头"]["owner"] == "山西岭畔肉食品有限公司冷鲜肉加工项目"
    assert found["100万头"]["product"] == "生猪"
    assert found["100万头"]["status"] == "planned"



def test_a_year_end_tally_with_a_past_cue_is_reached_and_a_target_to_reach_stays_planned():
    # 到/至YYYY年底 opens both tallies and targets: a past cue (已, 累计) in the figure's clause says it was reached
    found = figures(draft_of(
        "到2024年底全市已有充电桩1200个。\n到2024年底全县已培育规上企业48家，已建成换电站45座。\n"
        "会议提出，到2027年全市充电桩数量达到5000个。\n", source_date="2024-12-30"))
    assert found["1200个"]["status"] == "achieved"
    assert found["48家"]["status"] == "achieved"
    assert found["45座"]["status"] == "completed"
    assert found["5000个"]["status"] == "planned"


def test_a_frame_whose_year_ended_before_the_article_is_a_count():
    found = figures(draft_of("到2022年底，全市充电桩数量达到900个。\n到2026年底，全市充电桩数量达到3000个。\n",
                             source_date="2024-03-08"))
    assert found["900个"]["status"] == "achieved"
    assert found["3000个"]["status"] == "planned"
