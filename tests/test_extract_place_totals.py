"""Totals of a whole place (全市, 全县, 全区, 我市, 县内, 招商引资到位资金, 力争到…突破…) are held by the
city, county, district or zone they are said of; sentences written for these tests."""

from __future__ import annotations

from test_extract_genre import draft_of, figures


def owner(text: str, figure: str):
    """The owner's label of the figure whose text holds `figure` (138亿元 of 实现产值138亿元)."""
    said = [f for written, f in figures(draft_of(text)).items() if figure in written]
    assert len(said) == 1, figures(draft_of(text)).keys()
    return said[0]["owner"]


def test_a_city_total_after_a_company_sentence_is_the_city_s():
    text = ("湖州市召开经济工作会议\n"
            "湖州市今年推进工业强市建设。\n"
            "澜石化工有限公司年产能达到30万吨。去年，全市化工企业实现产值138亿元。\n")
    assert owner(text, "138亿元") == "湖州市"
    assert owner(text, "30万吨") == "澜石化工有限公司"


def test_wo_shi_and_quan_xian_refer_to_the_city_and_the_county_of_their_level():
    text = ("长兴县制冷装备产业发展报告\n"
            "湖州市长兴县今年1至8月，全县制冷装备产业集群实现产值218亿元。\n"
            "湖州市今年推动产业升级，我市新签约项目23个。\n")
    assert owner(text, "218亿元") == "长兴县"
    assert owner(text, "23个") == "湖州市"


def test_quan_qu_in_an_article_about_a_district_is_the_district_not_the_zone_where_it_meets():
    text = ("天津市静海区举办招商推介会\n"
            "10月17日，天津市静海区招商推介会在子牙经济技术开发区举行。\n"
            "今年1至9月，全区完成固定资产投资148亿元。\n")
    assert owner(text, "148亿元") == "静海区"


def test_quan_qu_in_an_article_about_a_zone_is_the_zone():
    text = ("湖州高新区上半年经济运行分析会召开\n"
            "7月19日，湖州高新区召开上半年经济运行分析会。\n"
            "在芨芨湖产业园举行的集中签约活动中，全区共签约项目14个，总投资460亿元。\n")
    assert owner(text, "460亿元") == "湖州高新区"
    assert owner(text, "14个") == "湖州高新区"


def test_a_place_target_after_a_fund_sentence_is_not_the_fund_s():
    text = ("湖州市推进新材料产业发展\n"
            "湖州市设立的湖州新材料产业投资基金总规模50亿元，首期已投资项目4个。\n"
            "力争到2027年，新材料产业产值突破1000亿元。\n")
    assert owner(text, "50亿元") == "湖州新材料产业投资基金"
    assert owner(text, "1000亿元") == "湖州市"


def test_attracted_investment_without_a_subject_is_the_article_s_place_not_the_project_before():
    text = ("湖州市政府工作报告发布\n"
            "澜石化工有限公司年产60万吨玉米淀粉项目建成投产。\n"
            "全年招商引资到位资金215亿元，同比增长14%。\n")
    assert owner(text, "215亿元") == "湖州市"


def test_a_city_opening_the_clause_holds_its_industry_figures_past_the_parks_it_relies_on():
    text = ("湖州低空经济产业加快发展\n"
            "湖州市今年举办低空经济推介会。\n"
            "会上表示，湖州将依托澜石低空经济产业园和湖州低空飞行器检测中心，力争到2027年低空经济产业规模突破300亿元。\n")
    assert owner(text, "300亿元") == "湖州市"


def test_a_county_named_with_a_noun_tag_is_a_region_and_holds_what_is_said_of_it():
    text = "民权县是重要的冷链装备生产基地，县内有制冷整机和配件企业156家。\n"
    assert owner(text, "156") == "民权县"


def test_a_company_s_own_figure_after_a_whole_place_word_stays_the_company_s():
    text = "今年，全市重点项目加快推进，澜石化工有限公司年产30万吨聚烯烃项目总投资21亿元。\n"
    assert owner(text, "21亿元").startswith("澜石化工有限公司")


def test_a_park_named_only_as_where_a_signing_is_held_does_not_hold_its_tally():
    text = ("湖州高新区上半年招商工作通报\n"
            "7月2日，湖州高新区召开上半年招商工作通报会。\n"
            "在澜石产业园举行的集中签约活动中，共签约项目14个，总投资460亿元。\n")
    assert owner(text, "460亿元") == "湖州高新区"


def test_a_bare_market_bureau_speaks_for_the_article_s_place_not_the_city_its_market_word_reads_as():
    # 市场 is a market: 市场监管局 with no place word before it is the county's bureau in a county's article
    text = ("富源县举办质量提升大会\n"
            "3月5日，富源县质量提升大会召开，曲靖市有关负责人出席。市场监管局今年遴选出质量标杆企业12家。\n")
    assert owner(text, "12家") == "富源县"
    placed = ("富源县举办质量提升大会\n"
              "3月5日，富源县质量提升大会召开，曲靖市有关负责人出席。市市场监管局今年遴选出质量标杆企业12家。\n")
    assert owner(placed, "12家") == "曲靖市"  # 市 before the bureau: the city's


def test_a_district_whose_market_bureau_follows_its_short_name_is_no_city():
    # 晋安市场监管局 spells 晋安 and 市场, not 晋安市: 全市 stays Fuzhou's though 晋安 is named more
    text = ("质量提升大会召开\n"
            "3月5日，质量提升大会在晋安召开，福州市有关负责人出席。晋安市场监管局介绍了晋安的做法，"
            "晋安今年新增标杆企业5家。全市今年新增质量标杆企业120家。\n")
    assert owner(text, "120家") == "福州市"
    assert owner(text, "5家") == "晋安区"  # (晋安, read short, is the district)
