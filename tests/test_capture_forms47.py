"""Capture metadata in forms of the forty-seventh and forty-eighth rule-blind tens: a city news site whose
breadcrumb opens on 您当前的位置：; a daily's e-paper page whose headline stands between a kicker and a
——subheadline holding a figure and a clause; a department's disclosure table that spells 关 键 词 spaced.

Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of

from chaingraph.sources.normalize import normalize

CITY_SITE_WITH_YOUR_PLACE_CRUMB = """\
河间新闻网
首页 | 河间要闻 | 县域经济 | 民生 | 图片
您当前的位置：首页 > 县域经济

泊水市二季度重点项目集中开工活动举行
——集中开工项目11个、总投资36.2亿元

2026-06-18 08:30　来源：河间日报　记者：高立新　责任编辑：王敏

6月17日，泊水市2026年二季度重点项目集中开工活动在泊水经济开发区举行。
"""

EPAPER_WITH_KICKER_AND_FIGURED_DECK = """\
东莱日报数字报
2025年10月15日　星期三
第04版：县域经济

做强“一颗果”　做优“一桌菜”
东莱食品产业链越拉越长
——前三季度全市食品产业实现产值198亿元，同比增长9.6%

本报记者　张晓雯　本报通讯员　刘海

金秋时节，走进东莱经济开发区食品产业园，一辆辆货车排队进场。
"""

DISCLOSURE_WITH_SPACED_KEYWORDS = """\
清安县人民政府
首页 > 信息公开 > 部门信息公开 > 县投资促进中心 > 工作总结

索引号：11341199MB1C28816X/202510-00012	信息分类：工作总结
发布机构：清安县投资促进中心	生成日期：2025-10-18
文　　号：	关 键 词：招商引资;前三季度
名　　称：清安县投资促进中心2025年前三季度招商引资工作情况

清安县投资促进中心2025年前三季度招商引资工作情况

今年以来，全县招商引资工作保持良好态势。
"""


def test_a_breadcrumb_opening_on_your_current_place_is_no_title():
    title, date, publisher, reporters = meta_of(CITY_SITE_WITH_YOUR_PLACE_CRUMB)
    assert title == "泊水市二季度重点项目集中开工活动举行" and date == "2026-06-18"
    assert publisher == "河间日报" and reporters == ("高立新",)
    assert "您当前的位置" not in normalize(CITY_SITE_WITH_YOUR_PLACE_CRUMB).text


def test_an_epapers_headline_between_a_kicker_and_a_figured_deck_is_the_title():
    title, date, _, reporters = meta_of(EPAPER_WITH_KICKER_AND_FIGURED_DECK)
    assert title == "东莱食品产业链越拉越长" and date == "2025-10-15"
    assert reporters == ("张晓雯", "刘海")


def test_a_disclosure_table_with_spaced_keywords_is_no_title():
    title, date, publisher, _ = meta_of(DISCLOSURE_WITH_SPACED_KEYWORDS)
    assert title == "清安县投资促进中心2025年前三季度招商引资工作情况" and date == "2025-10-18"
    assert publisher == "清安县投资促进中心"


REPORT_OVER_TWO_LINES = """\
宁州市人民政府
首页 > 政务公开 > 规划计划

关于宁州市2024年国民经济和社会发展计划执行情况
与2025年国民经济和社会发展计划草案的报告
——2025年1月12日在宁州市第十七届人民代表大会第四次会议上

发布日期：2025-01-20

各位代表：现将宁州市2024年国民经济和社会发展计划执行情况报告如下。
"""

REVIEW_WITH_KEYWORD_HEADINGS = """\
宁州新闻网
首页 > 宁州要闻

2025年宁州经开区年度盘点

2025-12-28 09:00　来源：宁州日报

关键词：项目建设
全年新开工项目32个，总投资126亿元。
关键词：招商引资
全年新签约项目41个。
"""


def test_a_reports_title_over_two_lines_above_its_congress_is_not_its_second_line():
    # a guard for the deck rule: a congress line under a two-line title is no ——subheadline of a kicker's page
    title, _, _, _ = meta_of(REPORT_OVER_TWO_LINES)
    assert title != "与2025年国民经济和社会发展计划草案的报告"


def test_keyword_headings_in_a_body_stay_in_the_text():
    # a guard for the disclosure label: 关键词：… alone in a body is a heading of the text, no table's field
    text = normalize(REVIEW_WITH_KEYWORD_HEADINGS).text
    assert "关键词：项目建设" in text and "关键词：招商引资" in text
