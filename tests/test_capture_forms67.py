"""Capture forms the twentieth held-out set showed misread, once it retired: a finance site's repost whose column
label opens its date line (【地方经济】 2025年12月09日 星期二 浏览：1,024) and whose 来源 line carries the original
title (原标题：《…》), an official account's head with its 关注 设为星标 prompt, and a newscast's page whose
programme line gives the air time (节目：… 播出时间：…). Every capture here is invented for the test, in the genre's
style."""

from __future__ import annotations

from test_capture_forms5 import meta_of

REPOST = """\
香江财经网 | 首页 | 内地财经 | 产业 | 地方经济
【地方经济】 2025年12月09日 星期二  浏览：2,318

怀化第四季度重大项目集中开工 食品产业再添新动能

2025-12-09 09:12  来源：怀化日报  原标题：《重大项目集中开工 怀化食品产业再添新动能》

记者 向晓岚 通讯员 舒俊熙

12月8日，怀化市2025年第四季度重大项目集中开工活动举行，全市集中开工项目38个，总投资126亿元。
"""


def test_a_repost_dated_under_its_column_with_the_original_title_in_its_source_line():
    title, date, publisher, _ = meta_of(REPOST)
    assert title == "怀化第四季度重大项目集中开工 食品产业再添新动能"
    assert date == "2025-12-09"
    assert publisher == "怀化日报"


ACCOUNT = """\
车谷发布
关注  设为星标

年终盘点｜2025，车谷“芯”产业交出硬核答卷

原创 车谷发布 车谷发布 2026年01月08日 19:30 湖北

编者按：岁末年初，我们推出“年终盘点”系列。今天第一期，聚焦集成电路。

全区集成电路产业营收首次站上千亿台阶。
"""


def test_an_accounts_name_over_its_follow_prompt_is_no_title():
    title, date, _, _ = meta_of(ACCOUNT)
    assert title == "2025，车谷“芯”产业交出硬核答卷"
    assert date == "2026-01-08"


NEWSCAST = """\
番禺区融媒体中心  |  番禺新闻  |  视频
首页 > 电视新闻 > 番禺新闻

【番禺新闻】番禺低空经济“飞”出新高度
节目：番禺新闻  播出时间：2025-11-12 19:00  时长：04:36
来源：番禺区融媒体中心  编辑：梁嘉怡

【导语】
今年以来，番禺区低空经济产业产值突破50亿元。
"""


def test_a_newscasts_air_time_on_its_programme_line_dates_it():
    title, date, publisher, _ = meta_of(NEWSCAST)
    assert title == "番禺低空经济“飞”出新高度"
    assert date == "2025-11-12"
    assert publisher == "番禺区融媒体中心"
