"""Capture metadata in forms the dev set's leftovers and the fifth rule-blind batch showed: a feed card's
date without its year, where the text names two years as often.

Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from chaingraph.sources.metadata import read_capture_meta
from chaingraph.sources.normalize import normalize


def meta_of(text: str):
    meta = read_capture_meta(normalize(text))
    return (meta.title.value if meta.title else None, meta.date.value if meta.date else None,
            meta.publisher.value if meta.publisher else None, meta.reporters)


# Hunan, a news app's feed card with no year; the text names 2025 twice (this year's work) and 2026 twice
# (when the plans end): the page is of the year named outside a plan, not of the later one.
LOUDI_CARD = """\
娄底薄板深加工产业园开工项目8个
娄底新闻网 04-18 09:12
近日，娄底薄板深加工产业园2025年一季度8个项目集中开工。
其中，湘中精密钢构项目计划2026年建成，湘源汽车板项目预计2026年投产。
园区2025年计划新引进企业10家。
"""


def test_a_feed_cards_year_is_not_a_year_only_plans_name():
    meta = read_capture_meta(normalize(LOUDI_CARD))
    assert (meta.date.value, meta.date.guessed) == ("2025-04-18", True)


def test_the_later_of_two_years_named_as_often_outside_plans_dates_the_card():
    card = LOUDI_CARD.replace("计划2026年建成", "2024年已建成").replace("预计2026年投产", "2024年已投产")
    assert read_capture_meta(normalize(card)).date.value == "2025-04-18"


# Shaanxi, a statistics bureau's page: its 来源 names two offices, and the 字号 buttons close the line.
SHANGLUO_BULLETIN = """\
商洛市统计局
首页 > 统计数据 > 统计公报
商洛市2024年国民经济和社会发展统计公报
发布时间：2025-03-20 09:30   来源：商洛市统计局 国家统计局商洛调查队   字号：大 中 小
全年全市规模以上工业增加值比上年增长6.1%。
"""


def test_a_source_field_naming_two_offices_is_a_dateline():
    title, date, publisher, _ = meta_of(SHANGLUO_BULLETIN)
    assert (title, date, publisher) == ("商洛市2024年国民经济和社会发展统计公报", "2025-03-20", "商洛市统计局")


# Hubei, a city government's portal: the writers' field with the font-size buttons after it.
XIANNING_PORTAL = """\
咸宁市人民政府门户网站
首页 > 要闻动态 > 政务要闻
市政府召开苎麻纺织产业链推进会
时间：2025-04-08 09:10   来源：咸宁日报   作者：柯文杰 通讯员 周岚   【字号 大 中 小】
4月7日，市政府召开苎麻纺织产业链推进会。
"""


def test_the_writers_field_before_the_pages_buttons_gives_the_byline():
    assert meta_of(XIANNING_PORTAL)[3] == ("柯文杰", "周岚")


# Inner Mongolia, a zone committee's site: its long name above the breadcrumb is the site, not the title.
ORDOS_NOTICE = """\
鄂尔多斯高新技术产业开发区管理委员会
当前位置：首页 > 政务公开 > 环评公示
鄂尔多斯蒙晟储能科技有限公司年产2GWh储能电池项目环境影响评价第一次公示
发布日期：2025-05-06 10:00    信息来源：生态环境分局    浏览次数：88
根据有关规定，现将项目环境影响评价有关信息公示如下。
"""


def test_an_offices_long_name_above_a_breadcrumb_is_the_site_not_the_title():
    title, date, publisher, _ = meta_of(ORDOS_NOTICE)
    assert title == "鄂尔多斯蒙晟储能科技有限公司年产2GWh储能电池项目环境影响评价第一次公示"
    assert (date, publisher) == ("2025-05-06", "生态环境分局")


# Henan, a feature: a slogan line, then the ——line that says what the piece is.
NANYANG_FEATURE = """\
南阳网 | 南阳晚报
首页 > 南阳新闻 > 县区动态
抓项目 拼经济 争一流
——方城县一季度重点项目观摩侧记
2025年04月10日 10:20   来源：南阳网   编辑：李青
4月9日，方城县一季度重点项目观摩活动举行。
"""


def test_a_slogan_title_goes_on_in_the_subtitle_line_below_it():
    assert meta_of(NANYANG_FEATURE)[0] == "抓项目 拼经济 争一流——方城县一季度重点项目观摩侧记"


def test_a_headline_followed_by_its_lead_takes_nothing_more():
    capture = NANYANG_FEATURE.replace("——方城县一季度重点项目观摩侧记\n", "")
    assert meta_of(capture)[0] == "抓项目 拼经济 争一流"
