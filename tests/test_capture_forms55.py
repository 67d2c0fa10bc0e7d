"""Capture forms the fifty-fourth ten's readings showed misread: a TV station's transcript with a 标题 field under its
programme's air date (the title is the field's, the date the airing's, the publisher the station and not its
channel), a government notice whose 标题 field stands under the site's name, a slogan of short spaced phrases over
the headline (a kicker, left out), a microblog repost whose 【headline】 holds a ！ and whose carried post has a
date of its own, and an e-paper's 上一期 下一期 buttons over an interview's column line and headline (the fifty-fifth
ten). Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of

TV_TRANSCRIPT = """\
乐山广播电视台·新闻频道
《嘉州新闻》　2025年11月06日　播出
标题：五通桥区：晶硅光伏产业链加速延伸 三季度新增项目12个
时长：02:56
文稿

【演播室导语】
今年以来，五通桥区加快晶硅光伏产业链补链延链。

【解说】
在五通桥新型工业基地，四川晶岳新能源有限公司年产10万吨多晶硅项目二期正在进行设备调试。
"""


def test_a_transcript_takes_its_title_from_its_field_and_its_date_from_its_airing():
    title, date, publisher, _ = meta_of(TV_TRANSCRIPT)
    assert title == "五通桥区：晶硅光伏产业链加速延伸 三季度新增项目12个"
    assert date == "2025-11-06"
    assert publisher == "乐山广播电视台"


NOTICE_FIELDS = """\
深汕特别合作区（深圳）管理委员会
首页 > 政务公开 > 通知公告

索引号：SSTBHZQ-2025-00231　　　　分类：通知公告
发布机构：合作区经济发展局　　　　成文日期：2025-05-12
标题：关于印发深汕特别合作区2025年电子信息产业重点项目计划的通知
发布日期：2025-05-13

关于印发深汕特别合作区2025年电子信息产业重点项目计划的通知

合作区各部门，各有关企业：

　　现将《深汕特别合作区2025年电子信息产业重点项目计划》印发给你们，请认真抓好落实。
"""


def test_a_notice_takes_its_title_from_its_field_not_the_sites_name():
    title, date, _, _ = meta_of(NOTICE_FIELDS)
    assert title == "关于印发深汕特别合作区2025年电子信息产业重点项目计划的通知"
    assert date == "2025-05-13"


SLOGAN_OVER_HEADLINE = """\
白银新闻网
首页 > 白银要闻 > 正文

抓项目　促投资　强产业
白银高新区开展前三季度重点项目拉练活动

2025-10-21 09:10　来源：白银高新区融媒体中心　记者：马晓东
分享到：微信 微博

　　10月20日，白银高新区开展前三季度重点项目拉练活动，实地察看新材料项目6个。
"""


def test_a_slogan_of_short_phrases_over_the_headline_is_left_out():
    title, _, _, reporters = meta_of(SLOGAN_OVER_HEADLINE)
    assert title == "白银高新区开展前三季度重点项目拉练活动"
    assert reporters == ("马晓东",)


REPOST_WITH_EXCLAMATION = """\
微博
首页　视频　发现　　登录 | 注册
江畔老周
25-7-15 21:40 来自 iPhone客户端
转发微博：家门口的好项目//@芜湖发布 V:
#芜湖新能源# 【总投资35亿元！芜湖经开区储能产业再添新项目】7月14日，安徽储岳能源科技有限公司年产10GWh储能电池项目开工。
芜湖发布 V　25-7-14 17:20 来自 微博网页版
转发 208 ｜ 评论 35 ｜ 赞 612
"""


def test_a_reposted_headline_holding_an_exclamation_and_the_carried_posts_date():
    title, date, publisher, _ = meta_of(REPOST_WITH_EXCLAMATION)
    assert title == "总投资35亿元！芜湖经开区储能产业再添新项目"
    assert date == "2025-07-14"
    assert publisher == "芜湖发布"


EPAPER_INTERVIEW = """\
石嘴山日报 数字报
2025年10月14日  第03版：要闻
上一期  下一期  往期回顾

【高质量发展访谈】
让“大武口新材料”走向全国市场
——访大武口区委副书记、区长贺建军

本报记者 马丽娟

编者按：近年来，大武口区大力发展新材料产业。日前，本报记者专访了大武口区委副书记、区长贺建军。
"""


def test_an_epapers_issue_buttons_are_no_title():
    title, date, _, reporters = meta_of(EPAPER_INTERVIEW)
    assert title == "让“大武口新材料”走向全国市场"
    assert date == "2025-10-14" and reporters == ("马丽娟",)
