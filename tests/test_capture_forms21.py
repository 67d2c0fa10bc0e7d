"""Capture metadata in forms of the twenty-first and twenty-second rule-blind tens: a government portal's name
heading the page, alone or with its address (某某市人民政府  www.….gov.cn); a news app's header with its call to
open the app far to the right; an app's dateline closing on the province the post was sent from; a byline whose
second role is the paper's own (本报记者 张三 本报通讯员 李四).

Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of

from chaingraph.sources.normalize import normalize

PORTAL_WITH_ADDRESS = """\
江汉市人民政府  www.jhs.gov.cn
首页  >  新闻中心  >  江汉要闻

罗景明到江汉经济开发区调研电子化学品产业发展

信息来源：江汉市融媒体中心  作者：记者 左小然  发布时间：2025年08月12日  浏览量：

8月11日，市委书记罗景明到江汉经济开发区调研电子化学品产业发展情况。
"""

PORTAL_NAME_ALONE = """\
湟源回族土族自治县人民政府
首页 | 走进湟源 | 政务公开 | 政务服务 | 互动交流 | 专题专栏
当前位置：首页 > 政务公开 > 工作动态

湟源县储能产业项目建设跑出“加速度”

发布时间：2025-07-16 09:32　来源：湟源县工业商务和信息化局　浏览次数：

今年以来，湟源县把储能产业作为园区转型的主攻方向。
"""

APP_POST = """\
海岚新闻                                              打开APP
南岚融媒
2025-09-08 17:32  福建

石岭镇：一条光伏链“晒”出产业新图景

来源：南岚市融媒体中心
作者：黄雅清 陈俊文

初秋时节，站在石岭镇光电产业园的高处望去，成片的厂房屋顶铺满了蓝色光伏板。
"""

EPAPER = """\
滨岚日报数字报
2025年05月14日 星期三    第A02版：要闻

杨柳镇：氢能装备产业园“链”出新动能

本报记者 韩立言 本报通讯员 邢雨晴

5月13日，走进滨岚经济技术开发区杨柳镇氢能装备产业园，燃料电池电堆生产线上机械臂正有序作业。
"""


def test_a_portals_name_with_its_address_is_no_title_and_no_body():
    title, date, _, reporters = meta_of(PORTAL_WITH_ADDRESS)
    assert title == "罗景明到江汉经济开发区调研电子化学品产业发展" and date == "2025-08-12"
    assert "www.jhs.gov.cn" not in normalize(PORTAL_WITH_ADDRESS).text
    assert reporters == ("左小然",)


def test_a_portals_name_alone_above_its_menu_is_no_title():
    title, date, _, _ = meta_of(PORTAL_NAME_ALONE)
    assert title == "湟源县储能产业项目建设跑出“加速度”" and date == "2025-07-16"


def test_an_app_header_and_the_province_after_the_posts_time_are_chrome():
    title, date, _, reporters = meta_of(APP_POST)
    assert title == "石岭镇：一条光伏链“晒”出产业新图景" and date == "2025-09-08"
    assert "打开APP" not in normalize(APP_POST).text


def test_the_papers_own_word_before_a_second_role_is_no_name():
    _, _, _, reporters = meta_of(EPAPER)
    assert set(reporters) == {"韩立言", "邢雨晴"}


EPAPER_LUNAR = """\
天岭日报 数字报
2025年08月12日 星期二  农历乙巳年闰六月十九
第01版：要闻          上一版  下一版          版面导航  往期回顾

天岭生物医药产业加速成链

本报记者 周可 通讯员 陈思

8月11日，天岭经济开发区医药产业园内，多个项目正在加紧建设。
"""

CITY_SITE = """\
德岭新闻网 | 德岭日报 德岭晚报 德岭广播电视台
首页  时政  县市区  经济  民生  视频  专题
您现在的位置：首页 > 经济

我市二季度重点项目集中开工投产 光伏产业项目唱主角

2025年06月18日 09:12  来源：德岭日报  记者 孟涛 通讯员 曹静  【大 中 小】

6月17日，德岭市2025年二季度重点项目集中开工投产活动在天衢新区举行。
"""

HK_REPOST = """\
港岭财经 GANGLING FINANCE
首页 | 即时新闻 | 港股 | 内地财经
内地财经 > 产业动向
2025年5月21日 星期三 10:42

涪岭机器人产业链加速成形

涪岭高新区机器人科创港内，工业机器人生产线正在满负荷运转。
"""

SEARCH_BOX = """\
喀岭县人民政府
首页 | 走进喀岭 | 政务公开 | 政务服务
请输入关键字  搜索
当前位置：首页 > 政务公开 > 工作动态
喀岭县光伏产业链项目建设按下“快进键”
时间：2025-05-20 16:05   来源：喀岭县工业和信息化局   阅读次数：642
今年以来，喀岭县光伏产业链项目建设提速。
"""


def test_an_epapers_masthead_with_a_space_and_its_lunar_date_are_chrome():
    title, date, publisher, reporters = meta_of(EPAPER_LUNAR)
    assert title == "天岭生物医药产业加速成链" and date == "2025-08-12"
    assert publisher == "天岭日报" and set(reporters) == {"周可", "陈思"}


def test_a_sites_header_naming_its_papers_and_buttons_after_the_credit():
    title, date, publisher, reporters = meta_of(CITY_SITE)
    assert title == "我市二季度重点项目集中开工投产 光伏产业项目唱主角" and date == "2025-06-18"
    assert publisher == "德岭日报" and set(reporters) == {"孟涛", "曹静"}


def test_a_masthead_with_its_name_in_capitals_is_no_title():
    title, date, publisher, _ = meta_of(HK_REPOST)
    assert title == "涪岭机器人产业链加速成形" and date == "2025-05-21" and publisher == "港岭财经"


def test_a_headline_or_a_column_ending_in_capitals_is_no_masthead():
    headline = ("首页 > 经济\n\n宜岭企业组团亮相 CIIE\n八家企业签下意向订单\n\n2025-11-06 10:20  记者 张岚\n\n"
                "11月5日，宜岭市8家企业在展会上签下意向订单12亿元。\n")
    title, _, _, _ = meta_of(headline)
    assert title.startswith("宜岭企业组团亮相 CIIE")
    column = ("产业观察 INDUSTRY WATCH\n2025-05-21 10:42\n\n宜岭锂电产业链加速成形\n\n"
              "宜岭锂电产业园内，多个项目正在加紧建设。\n")
    _, _, publisher, _ = meta_of(column)
    assert publisher is None  # a column's name is no publisher (which line is the title there is left open)


def test_a_search_box_is_no_title():  # (a guard: the portal's name above it made the title before)
    title, _, _, _ = meta_of(SEARCH_BOX)
    assert title == "喀岭县光伏产业链项目建设按下“快进键”"
