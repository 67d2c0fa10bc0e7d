"""Capture metadata in forms of the retired third held-out set: a news app's name above its call to open the
app, an account's head line with dots between its fields, an e-paper's text-size buttons, a post's
文字｜ and 图片｜ credits (an office for the photos), two button groups after the writers' fields, and a
column or a transcript's word after a reporter's role (记者手记, 【记者 口播】), which names no one.

Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of

APP_CARD = """\
江城头条
打开APP　　看更多江城新闻
一粒稻谷的“新生” 江城生物基材料产业园再签大项目
江城融媒 · 2025-04-02 09:15 · 湖北
+关注
4月1日，江城绿源生物材料有限公司年产5万吨生物基尼龙项目在江城生物基材料产业园签约。
（江城融媒记者 方晓 冯睿）
"""

EPAPER = """\
江城日报数字报
首页　|　往期回顾　|　版面导航
2025年02月11日　星期二　　第A02版：经济
放大　缩小　默认
江城储能产业链加速成势
■本报记者　方晓
本报讯　记者从江城市发展和改革委员会获悉，2024年江城储能产业实现产值210亿元。
"""

POST = """\
原创 江城产业 江城产业 2025年05月08日 19:40 湖北
听全文
点击上方蓝字 关注我们
一年签约9个项目！江城新材料园凭什么留住企业？
文字｜冯睿　图片｜新材料园管委会
初夏的江城新材料园，一派繁忙。
"""

FIELDS = """\
江城新闻网
2025-03-20 16:05:11　来源：江城新闻网　记者：方晓　通讯员：冯睿　[字号 大 中 小]　[打印]
江城12个项目集中签约 总投资138亿元
3月20日，江城市举行重点产业项目集中签约活动，12个项目现场签约。
"""

TRANSCRIPT = """\
江城新闻联播
江城低空经济加速起飞
【主持人】
近年来，江城市低空经济产业快速发展。
【记者 口播】
我现在所在的是江城无人机产业园，这里已经入驻企业23家。
记者手记
在江城采访，听得最多的一个词是“链条”。
（记者 方晓 冯睿）
"""


def test_a_news_apps_name_above_its_call_to_open_the_app_is_no_title():
    title, date, publisher, byline = meta_of(APP_CARD)
    assert title == "一粒稻谷的“新生” 江城生物基材料产业园再签大项目"
    assert date == "2025-04-02"
    assert byline == ("方晓", "冯睿")


def test_an_epapers_text_size_buttons_are_no_title():
    assert meta_of(EPAPER)[0] == "江城储能产业链加速成势"


def test_a_posts_writer_credited_beside_an_office_for_the_photos():
    title, date, _publisher, byline = meta_of(POST)
    assert title == "一年签约9个项目！江城新材料园凭什么留住企业？"
    assert byline == ("冯睿",)


def test_every_writer_field_before_two_button_groups():
    assert meta_of(FIELDS)[3] == ("方晓", "冯睿")


def test_a_column_or_a_transcripts_word_after_the_role_names_no_writer():
    assert meta_of(TRANSCRIPT)[3] == ("方晓", "冯睿")


ANNOUNCEMENT = """\
证券代码：603917        证券简称：海岳新材        公告编号：2025-011

浙江海岳新材料股份有限公司
关于投资建设年产3万吨高性能芳纶项目的公告

本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。

重要内容提示：
● 投资标的名称：年产3万吨高性能芳纶项目
● 投资金额：本项目计划总投资约24亿元

特此公告。

浙江海岳新材料股份有限公司董事会
2025年3月6日
"""

REPOST_CHAIN = """\
微博
首页  发现  消息  我
江城老周看产业
25-5-9 20:14 来自 iPhone客户端
转发微博：家门口的好项目，盼早日投产！//@江城在线:又一个大项目
//@江城发布 V:
#江城新能源# 【江城再添储能大项目 总投资40亿元】5月9日，江城恒储能源科技有限公司储能电池项目签约落户。
项目建成后，可年产储能电池10GWh。（江城日报记者 冯睿） ...展开全文c
江城发布 V  25-5-9 18:30 来自 微博 weibo.com
转发 56 ｜ 评论 12 ｜ 赞 230
"""


def test_a_listed_companys_announcement_is_titled_by_its_name_and_signed_by_its_board():
    title, date, publisher, byline = meta_of(ANNOUNCEMENT)
    assert title == "浙江海岳新材料股份有限公司关于投资建设年产3万吨高性能芳纶项目的公告"
    assert date == "2025-03-06"
    assert publisher == "浙江海岳新材料股份有限公司"
    assert byline == ()


def test_a_microblog_repost_chain_gives_the_reposted_posts_headline_date_account_and_writer():
    title, date, publisher, byline = meta_of(REPOST_CHAIN)
    assert title == "江城再添储能大项目 总投资40亿元"
    assert date == "2025-05-09"
    assert publisher == "江城发布"
    assert byline == ("冯睿",)


def test_a_reposted_post_on_the_line_of_its_last_repost_still_gives_the_headline():
    title, _, publisher, _ = meta_of(REPOST_CHAIN.replace("//@江城发布 V:\n", "//@江城发布 V:"))
    assert title == "江城再添储能大项目 总投资40亿元"
    assert publisher == "江城发布"
