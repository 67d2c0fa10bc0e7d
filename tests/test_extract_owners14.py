"""Owners of figures in two forms the rule-blind tens showed: a list of companies that each build a project of one
kind (X、Y和Z拟建的数据中心项目，计划投资分别为…), and a company's clause that says where it is (公司在经开区已有一座
工厂，…年产能…): the place there is where, not whose.

Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def owners(*sentences: str) -> dict[str, str | None]:
    """figure text -> the label of the candidate holding it."""
    return {text: facts["owner"] for text, facts in
            figures(draft_of("产业动态\n" + "\n".join(sentences) + "\n", "2025-10-18")).items()}


def test_companies_listed_before_the_kind_of_project_each_builds_hold_their_figures_in_order():
    found = owners("其中，联澜数据科技有限公司、星算信息技术有限公司和桥云服务有限公司拟建的数据中心及配套项目，"
                   "计划投资分别为12亿元、8.5亿元和4亿元。")
    assert found["12亿元"] == "联澜数据科技有限公司"
    assert found["8.5亿元"] == "星算信息技术有限公司"
    assert found["4亿元"] == "桥云服务有限公司"


def test_a_zone_where_the_company_of_the_clause_stands_is_not_the_owner():
    found = owners("开工项目中，赣南驰川电驱动系统有限公司年产60万套电驱总成项目体量最大。",
                   "据驰川电驱总经理谢国梁介绍，公司在经开区已有一座工厂，定子和转子年产能合计120万件，今年前三季度营收9.7亿元。")
    assert found["120万件"] == "赣南驰川电驱动系统有限公司"
    assert found["9.7亿元"] == "赣南驰川电驱动系统有限公司"


def test_a_city_s_industry_named_like_its_park_is_the_city_s_not_the_park_s():
    found = owners("位于临桂区的桂林低空经济产业园里，桂北翔云航空科技有限公司的总装车间内，两架eVTOL正在总装。",
                   "按照规划，到2027年，桂林低空经济产业规模要突破100亿元，建成起降场点120个。")
    assert found["突破100亿元"] == "桂林市"
    assert found["120个"] == "桂林市"


def test_the_total_of_all_phases_after_a_phase_project_is_the_company_s():
    found = owners("走进鄯善工业园区，新疆沙洲储能科技有限公司的电芯车间里，叠片机正在运转。",
                   "公司副总经理林浩宇介绍，其一期8GWh储能电池生产线已全面投产，二期12GWh储能电池项目正在建设，"
                   "全部建成后年产能将达到20GWh。")
    assert found["20GWh"] == "新疆沙洲储能科技有限公司"


def test_its_after_a_project_named_with_its_company_stands_for_the_company():
    found = owners("云冈晋氢动力科技有限公司年产1万套燃料电池电堆项目建成投产，"
                   "其燃料电池发动机全年出货2600台，位居全省首位。")
    assert found["2600台"] == "云冈晋氢动力科技有限公司"


def test_a_work_report_s_subjectless_task_is_the_city_s_it_names_again_and_again():
    found = owners("政府工作报告（摘要）",
                   "——2025年2月10日在庆阳市第五届人民代表大会第四次会议上",
                   "庆阳市人民政府市长　李明远",
                   "今年庆阳市经济社会发展的主要预期目标是：地区生产总值增长6%左右。重点抓好以下工作：",
                   "（一）壮大新材料产业集群。",
                   "1. 推进西峰风电装备产业园建设，引进塔筒、叶片企业3家以上，园区去年已实现产值14.6亿元。",
                   "（二）全力扩大有效投资。",
                   "2. 全年实施省市重大项目180个、总投资1260亿元。")
    assert found["180个"] == "庆阳市"
    assert found["1260亿元"] == "庆阳市"


def test_a_tally_of_companies_attracted_after_a_park_s_sentence_is_the_place_s():
    found = owners("2024年台州汽车产业工作综述",
                   "台州市汽车产业链去年实现产值1200亿元。",
                   "东海汽车台州湾基地年产30万辆新能源乘用车项目建成投产，椒江智能座舱产业园一期投入使用。",
                   "新引进浙江迈川电驱科技有限公司、台州弘锂动力、芯跑汽车电子（台州）有限公司等链上企业43家。")
    assert found["43家"] == "台州市"


def test_a_count_under_a_heading_that_names_a_park_stays_the_park_s():
    found = owners("▌洞泾芯谷", "以先进封装和设备零部件为主导，规划用地1200亩，已落地企业63家。")
    assert found["63家"] == "洞泾芯谷"


def test_its_investment_after_a_project_named_with_its_company_stays_the_project_s():
    found = owners("云冈晋氢动力科技有限公司年产1万套燃料电池电堆项目于今年3月开工建设，其总投资12亿元，占地200亩。")
    assert found["12亿元"] == "云冈晋氢动力科技有限公司年产1万套燃料电池电堆项目"


def test_a_company_s_article_that_names_its_market_often_keeps_its_figures():
    text = ("星河储能：一季度出货同比翻番\n"
            "星河储能科技有限公司一季度储能电池出货2.1GWh，其中销往广州市的占四成。"
            "公司在广州市设有三个服务中心，广州市市场今年有望继续增长。星河储能科技有限公司今年将扩大产能。\n"
            "（一）产能建设\n研发投入2.3亿元。\n")
    assert figures(draft_of(text, "2025-10-18"))["2.3亿元"]["owner"] == "星河储能科技有限公司"
