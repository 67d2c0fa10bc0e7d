"""Owner, product and status of figures in forms the first fifty dev articles lacked (found by ten
articles written and scored before any rule was changed), one hand-written sentence or record each,
with the owner, product or status a curator would keep."""

from __future__ import annotations

from test_extract_genre import draft_of, figures, named, project_status

# ----------------------------------------------------------------------------- owners


def test_a_zone_short_name_declared_is_not_the_brand_of_a_company_named_after_the_zone():
    text = ("江西昌南临空经济示范区（以下简称“临空区”）与江西临空区产业投资集团有限公司签署协议。\n"
            "目前，临空区已集聚企业36家，2024年实现产值52亿元。\n")
    found = figures(draft_of(text))
    assert found["36家"]["owner"] == "江西昌南临空经济示范区"
    assert found["52亿元"]["owner"] == "江西昌南临空经济示范区"


def test_respective_figures_after_what_they_measure_go_to_the_companies_in_order():
    text = ("河源瑞祥电子有限公司、河源恒通精密科技有限公司和河源铭泰新材料有限公司"
            "去年营业收入分别达到12亿元、7.5亿元和3.1亿元。\n")
    found = figures(draft_of(text))
    assert found["12亿元"]["owner"] == "河源瑞祥电子有限公司"
    assert found["7.5亿元"]["owner"] == "河源恒通精密科技有限公司"
    assert found["3.1亿元"]["owner"] == "河源铭泰新材料有限公司"


def test_respective_investments_after_a_comma_count_only_the_figures_of_their_own_clause():
    text = ("宜州安泰化工有限公司与宜州锦程材料有限公司分别签约电子级氢氟酸项目和特种树脂项目，"
            "投资额分别为8亿元、6亿元，前者建成后年产电子级氢氟酸3万吨，后者年产特种树脂5万吨。\n")
    found = figures(draft_of(text))
    assert found["8亿元"]["owner"] in ("宜州安泰化工有限公司", "电子级氢氟酸项目")
    assert found["6亿元"]["owner"] in ("宜州锦程材料有限公司", "特种树脂项目")


def test_a_figure_of_a_later_phase_belongs_to_the_company_not_to_the_first_phase_project():
    text = ("青原硅材料有限公司（以下简称“青原硅材”）一期年产5万吨工业硅项目于2023年投产，"
            "二期5万吨于今年6月建成投产，两期合计年产能10万吨。\n")
    found = figures(draft_of(text))
    assert found["5万吨"]["owner"] == "青原硅材料有限公司"
    assert found["年产能10万吨"]["owner"] == "青原硅材料有限公司"


def test_the_total_of_both_phases_belongs_to_the_company_not_to_the_second_phase_project():
    text = ("在位于经开区的安徽晶澜光伏科技有限公司，“晶澜光伏二期年产8GW电池片项目去年投产，"
            "目前一、二期合计产能达到14GW。”公司总经理许明说。\n")
    assert figures(draft_of(text))["14GW"]["owner"] == "安徽晶澜光伏科技有限公司"


def test_a_subsidiary_named_after_its_parent_owns_its_figures():
    text = ("岚山重工集团有限公司的全资子公司岚山新能源装备有限公司（以下简称“岚山装备”）新厂区已投产，"
            "年产风电齿轮箱2000台。\n")
    draft = draft_of(text)
    assert "岚山新能源装备有限公司" in named(draft, "Company")
    assert figures(draft)["2000台"]["owner"] == "岚山新能源装备有限公司"


def test_a_parent_in_brackets_after_a_company_is_no_subject():
    text = "松江明辉电子材料有限公司（系华东明辉化学集团有限公司控股子公司）投资8000万美元，年产光刻胶1200吨。\n"
    found = figures(draft_of(text))
    assert found["8000万美元"]["owner"] == "松江明辉电子材料有限公司"
    assert found["1200吨"]["owner"] == "松江明辉电子材料有限公司"


def test_a_table_turned_into_lines_gives_each_figure_to_its_record_and_the_project_its_stage():
    text = ("项目名称：临港晶科特种气体项目\n"
            "建设单位：临港晶科气体有限公司\n"
            "总投资：6亿元\n"
            "建设内容：年产电子特气2000吨\n"
            "建设进度：已开工建设\n"
            "项目名称：临港汇能储能电站项目\n"
            "建设单位：临港汇能电力有限公司\n"
            "总投资：9亿元\n")
    draft = draft_of(text)
    found = figures(draft)
    assert found["6亿元"]["owner"] == "临港晶科特种气体项目"
    assert found["2000吨"]["owner"] == "临港晶科特种气体项目"
    assert found["9亿元"]["owner"] == "临港汇能储能电站项目"
    assert project_status(draft, "临港晶科特种气体项目") == "under-construction"


def test_a_title_is_no_subject_for_the_figures_of_the_body():
    text = ("滨河科技城西岭智算中心一期投运\n"
            "2024年，滨河区软件和信息服务业实现营业收入860亿元。\n")
    assert figures(draft_of(text))["860亿元"]["owner"] is None


def test_a_region_s_own_total_is_the_region_s_not_the_company_s_of_the_sentence_before():
    text = ("宁州锦华纺织有限公司年产高档面料5000万米。\n"
            "今年前三季度，宁波市纺织产业实现产值1320亿元。\n")
    assert figures(draft_of(text))["1320亿元"]["owner"] == "宁波市"


def test_wo_qu_in_a_zone_s_report_stands_for_the_zone():
    text = ("2024年，衡阳高新区完成规模工业总产值980亿元。湘衡电机有限公司实现营业收入56亿元。\n"
            "2025年，我区将力争规模工业总产值突破1100亿元。\n")
    assert figures(draft_of(text))["突破1100亿元"]["owner"] == "衡阳高新区"


def test_a_short_name_after_the_zone_s_place_is_the_company_it_shortens():
    text = ("大理高新区医药产业项目集中开工。大理苍洱制药有限公司技改项目投资5000万元。\n"
            "苍洱制药去年实现销售收入3.4亿元。\n")
    assert figures(draft_of(text))["3.4亿元"]["owner"] == "大理苍洱制药有限公司"


def test_a_park_named_without_its_district_is_the_same_park():
    text = "记者走进南湖区锦绣产业园。锦绣产业园已入驻企业42家。\n"
    draft = draft_of(text)
    parks = [c for c in draft.candidates if c.cls == "IndustrialPark"]
    assert len(parks) == 1 and set(parks[0].names) >= {"南湖区锦绣产业园", "锦绣产业园"}


# ----------------------------------------------------------------------------- products


def test_counts_delivered_name_their_products_and_are_no_capacity():
    draft = draft_of("中车株洲电机有限公司全年交付牵引电机3600台、风力发电机1200台。\n")
    found = figures(draft)
    assert found["3600台"]["product"] == "牵引电机"
    assert found["1200台"]["product"] == "风力发电机"
    kinds = {c.figure.text: c.cls for c in draft.candidates if c.figure is not None}
    assert kinds["3600台"] == "Quantity"


def test_a_cumulative_output_names_its_product():
    text = "截至9月底，襄州经开区新能源汽车累计产量突破20万辆。\n"
    assert figures(draft_of(text))["突破20万辆"]["product"] == "新能源汽车"


def test_a_metal_alone_is_a_product_but_not_the_end_of_a_longer_word():
    found = figures(draft_of("白银有色集团有限公司上半年铜产量12万吨、锌产量8万吨。\n"))
    assert found["12万吨"]["product"] == "铜"
    assert found["8万吨"]["product"] == "锌"
    found = figures(draft_of("到2026年，园区再生铝产能达到60万吨。\n"))
    assert found["60万吨"]["product"] != "铝"


def test_a_noun_jieba_splits_before_a_verb_character_stays_whole():
    found = figures(draft_of("瑞联通信有限公司新工厂达产后年产智能网关80万台。\n"))
    assert found["80万台"]["product"] == "智能网关"


def test_an_increase_of_a_named_product_is_more_of_its_capacity_and_a_plan():
    text = "氢动科技有限公司项目一期年产燃料电池电堆2000台，二期新增燃料电池电堆8000台。\n"
    found = figures(draft_of(text))
    assert found["8000台"]["product"] == "燃料电池电堆"
    assert found["8000台"]["status"] == "planned"


def test_a_capacity_raised_from_one_figure_to_another_keeps_its_product_and_tenses():
    text = "该公司口服液年产能将由5000万支提升至1.2亿支。\n"
    found = figures(draft_of(text))
    assert found["5000万支"]["product"] == "口服液"
    assert found["1.2亿支"]["product"] == "口服液"
    assert found["5000万支"]["status"] == "operating"
    assert found["1.2亿支"]["status"] == "planned"


def test_purifying_is_production():
    found = figures(draft_of("晋源氢能有限公司项目建成后每年可提纯氢气1.5万吨。\n"))
    assert found["1.5万吨"]["product"] == "氢气"


def test_power_of_a_plant_has_no_product():
    draft = draft_of("由宁夏光华新能源有限公司投资建设的100万千瓦光伏治沙项目已并网发电，年发电量可达18亿千瓦时。\n")
    found = figures(draft)
    assert found["100万千瓦"]["product"] is None
    assert found["18亿千瓦时"]["product"] is None
    assert "光伏治沙" not in named(draft, "Product")


def test_new_ships_are_no_product():
    found = figures(draft_of("今年以来，渤海船舶重工有限公司已交付新船9艘。\n"))
    assert found["9艘"]["product"] is None


# ----------------------------------------------------------------------------- figures and statuses


def test_three_yuan_of_a_material_and_two_companies_just_named_are_no_figures():
    draft = draft_of("金川锂源有限公司年产4万吨三元前驱体，湘安镍业有限公司年产2万吨硫酸镍，两家企业均已投产。\n")
    texts = set(figures(draft))
    assert "三元" not in texts and "两家" not in texts


def test_projects_signed_in_a_past_period_are_results_their_investment_too_those_started_are_being_built():
    text = ("今年以来，绥州经开区新签约项目11个，签约额42亿元；新开工项目7个。\n"
            "今年以来，绥州经开区新签约落地项目5个，总投资30亿元。\n")
    found = figures(draft_of(text))
    assert found["11个"]["status"] == "achieved"
    assert found["42亿元"]["status"] == "achieved"
    assert found["7个"]["status"] == "under-construction"
    assert found["30亿元"]["status"] == "achieved"  # the zone's tally of the period's signings (README)


def test_a_result_after_a_condition_is_the_condition_s_plan():
    text = "奶业公司投资3亿元建设乳品加工厂，建成后年可生产乳制品20万吨，年实现销售收入15亿元。\n"
    assert figures(draft_of(text))["15亿元"]["status"] == "planned"


# ----------------------------------------------------------------------------- after three more articles


def test_figures_after_a_second_fenbie_take_the_list_and_the_products_of_the_first():
    text = ("龙港华纶化纤有限公司和浙江瓯港新材料有限公司，分别主攻再生锦纶纤维和TPU薄膜，"
            "年产能分别为8万吨和3万吨。\n")
    found = figures(draft_of(text))
    assert found["8万吨"]["owner"] == "龙港华纶化纤有限公司"
    assert found["3万吨"]["owner"] == "浙江瓯港新材料有限公司"
    assert found["8万吨"]["product"] == "再生锦纶纤维"
    assert found["3万吨"]["product"] == "TPU薄膜"


def test_investments_after_a_clause_between_the_list_and_fenbie_go_in_order():
    text = ("德阳锐通电子有限公司偏光片项目和德阳科信模组有限公司背光模组项目同日签约，"
            "计划投资分别为9亿元和4亿元。\n")
    found = figures(draft_of(text))
    assert found["9亿元"]["owner"].startswith("德阳锐通电子有限公司")
    assert found["4亿元"]["owner"].startswith("德阳科信模组有限公司")


def test_pairs_are_counted_and_last_year_s_production_is_an_output_whose_product_a_raised_capacity_keeps():
    text = "泉州步云鞋业有限公司去年生产运动鞋1800万双，今年新增3条智能化生产线，年产能将提升至2500万双。\n"
    draft = draft_of(text)
    found = figures(draft)
    assert found["1800万双"]["product"] == "运动鞋" and found["1800万双"]["status"] == "achieved"
    assert found["2500万双"]["product"] == "运动鞋" and found["2500万双"]["status"] == "planned"
    assert not any(n.endswith("化") for n in named(draft, "Product"))


def test_a_monthly_processing_capacity_names_what_is_processed():
    found = figures(draft_of("该项目规划月加工玻璃基板4.5万片，预计2027年投产。\n"))
    assert found["4.5万片"]["product"] == "玻璃基板"
    assert found["4.5万片"]["perPeriod"] == "MON"
