"""Capture metadata in forms of the seventh rule-blind dev ten: an e-paper's page buttons spread over a wide
line (上一版　下一版　……　PDF版下载), a portal's section and column joined by an arrow (新闻动态 > 工作动态), a
view counter in brackets closing the dateline (浏览量：[ 596 ]), a news app's header (某某新闻 APP) with its call
to open the app spread over the line, an account's two calls to follow in one row (关注我们 | 点击上方蓝字), a
post's closing 文字：… 图片：… credit, and a 相关新闻 list header, which is no site's name.

Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of

EPAPER = """\
桐江晚报数字报 | 2025年03月18日 星期二 | 第A05版：产业
上一版　下一版　　　　　　　　　　　　　　　　　　PDF版下载

桐江经开区：电机产业链“补链”提速

本报记者 简宁 通讯员 柏洋

走进桐江经开区北区，桐江恒磁电机有限公司的新厂房已经封顶。
"""

PORTAL = """\
临溪县人民政府网
首页　走进临溪　新闻动态　政务公开　政务服务
新闻动态 > 工作动态

临溪工业园区铝材深加工项目投产

发布时间：2025-04-09 10:20　　来源：临溪县人民政府网　　作者：侯远山　　浏览量：[ 1032 ]

4月8日，临溪汇铝新材料有限公司铝材深加工项目正式投产。
"""

APP_PAGE = """\
滨湖新闻 APP
打开APP，阅读体验更佳　　　　　　　　　　　　　　　[ 打开 ]

滨湖港区冷链物流中心一期投用

滨湖新闻记者 柯岚 通讯员 岑松
2025-06-03 09:40　　滨湖新闻客户端

滨湖新闻讯 6月2日，滨湖港区冷链物流中心一期正式投入使用。
"""

POST = """\
原创 云岭园区 云岭园区发布 2025年04月22日 17:10 云南

云岭园区发布
关注我们 | 点击上方蓝字

新产线投产！云岭园区又一家新材料企业跑出“加速度”

4月21日，云岭锐晶新材料有限公司的第二条产线投产。

文字：濮清　图片：锐晶新材
"""

RELATED = """\
南岭财经网 | 首页 | 财经 | 产业 | 科技
【产业观察】

南岭电池回收产业园二期开工

2025年3月4日 星期二 10:12　　转载自：南岭日报客户端　　编辑：欧阳青

本网讯 南岭电池回收产业园二期项目3月3日开工。

相关新闻
· 南岭市召开一季度经济运行分析会
· 南岭港集装箱吞吐量创新高

© 2025 南岭财经网 版权所有 不得转载
"""


def test_an_epapers_page_buttons_spread_over_a_wide_line_are_no_title():
    title, date, publisher, byline = meta_of(EPAPER)
    assert title == "桐江经开区：电机产业链“补链”提速"
    assert date == "2025-03-18"
    assert publisher == "桐江晚报"  # the paper, not its e-paper edition
    assert byline == ("简宁", "柏洋")


def test_a_section_and_its_column_joined_by_an_arrow_are_no_title_and_a_bracketed_counter_ends_the_dateline():
    title, date, _publisher, byline = meta_of(PORTAL)
    assert title == "临溪工业园区铝材深加工项目投产"
    assert date == "2025-04-09"
    assert byline == ("侯远山",)


def test_a_news_apps_header_names_the_publisher_and_its_spread_out_call_is_no_title():
    title, date, publisher, byline = meta_of(APP_PAGE)
    assert title == "滨湖港区冷链物流中心一期投用"
    assert date == "2025-06-03"
    assert publisher == "滨湖新闻"
    assert byline == ("柯岚", "岑松")


def test_two_calls_to_follow_in_one_row_are_no_title_and_the_closing_writer_field_is_the_byline():
    title, _date, publisher, byline = meta_of(POST)
    assert title == "新产线投产！云岭园区又一家新材料企业跑出“加速度”"
    assert publisher == "云岭园区发布"
    assert byline == ("濮清",)  # 图片：锐晶新材 credits the photos to a company, no writer


def test_a_related_news_header_is_no_sites_name():
    assert meta_of(RELATED)[2] == "南岭财经网"
