"""Capture metadata in forms of the forty-third and forty-fourth rule-blind tens: a dateline that closes on the
page's text-size buttons written as letters (字号：T | T, 字号 A+ A-), on a news site relaying a daily and on a
news app whose dateline names the province it was sent from; a finance site's name beside its Latin brand; a
department's disclosure page whose breadcrumb names the office in full and whose table spells 分　　类 spaced.

Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of

from chaingraph.sources.normalize import normalize

NEWS_SITE_WITH_LETTER_BUTTONS = """\
岭南新闻网
首页 > 岭南新闻 > 县域 > 罗江

罗江市第三季度重大项目集中开工
16个项目总投资72.4亿元

2025-09-26 08:40　　来源：岭南日报　　字号：T | T
岭南日报记者 梁嘉宁 通讯员 苏伟东

9月25日，罗江市2025年第三季度重大项目集中开工活动在罗江高新技术产业开发区举行。
"""

APP_WITH_LETTER_BUTTONS = """\
锦城观察
打开APP　阅读更多精彩内容

天上“飞”出新产业 锦江低空经济加速起势

锦城观察 · 区县频道
2025-04-24 07:30　　　四川　　字号 A+ A-

清晨，锦江县城郊的一处无人机测试场上，几架工业级无人机依次升空。
"""

SITE_WITH_LATIN_BRAND = """\
港汇网 HKHuiNet
首页 | 港股 | 内地财经 | 区域经济 | 商品 | 专栏
区域经济 > 云南

禄江：钛产业链“链”出新动能

2025-12-10 09:42　　来源：楚江日报

本报讯（记者 李春华 通讯员 杨光明）12月8日，走进禄江产业园区，一条条生产线正满负荷运转。
"""

DISCLOSURE_WITH_LONG_CRUMB = """\
北岭市人民政府
首页 > 政务公开 > 部门信息公开 > 北岭市营商环境建设监督局 > 工作总结

索 引 号：11231181MB0K52718X/2025-00317　　　　分　　类：工作总结
发布机构：北岭市营商环境建设监督局　　　　　　　成文日期：2025-10-14
标　　题：北岭市2025年前三季度招商引资工作情况
发布日期：2025-10-15　　　　　　　　　　　　　　　　主 题 词：

北岭市2025年前三季度招商引资工作情况

今年以来，我市坚持把招商引资作为经济工作的“一号工程”，前三季度招商引资工作总体平稳向好。
"""


def test_a_disclosure_page_with_an_offices_long_breadcrumb_is_titled_by_its_headline():
    title, date, publisher, _ = meta_of(DISCLOSURE_WITH_LONG_CRUMB)
    assert title == "北岭市2025年前三季度招商引资工作情况" and date == "2025-10-15"
    assert publisher == "北岭市营商环境建设监督局"
    assert "索 引 号" not in normalize(DISCLOSURE_WITH_LONG_CRUMB).text


def test_a_sites_name_beside_its_latin_brand_is_no_title():
    title, date, publisher, _ = meta_of(SITE_WITH_LATIN_BRAND)
    assert title == "禄江：钛产业链“链”出新动能" and date == "2025-12-10" and publisher == "楚江日报"


def test_a_dateline_closing_on_letter_size_buttons_gives_the_date_and_the_source():
    title, date, publisher, reporters = meta_of(NEWS_SITE_WITH_LETTER_BUTTONS)
    assert title == "罗江市第三季度重大项目集中开工" and date == "2025-09-26"
    assert publisher == "岭南日报" and reporters == ("梁嘉宁", "苏伟东")


def test_an_apps_dateline_with_its_province_and_size_buttons_gives_the_date():
    title, date, _, _ = meta_of(APP_WITH_LETTER_BUTTONS)
    assert title == "天上“飞”出新产业 锦江低空经济加速起势" and date == "2025-04-24"
    assert "字号" not in normalize(APP_WITH_LETTER_BUTTONS).text
