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
