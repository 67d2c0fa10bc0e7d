"""Capture forms of the forty-ninth and fiftieth rule-blind tens: a news app whose banner names the app, a bar and
its call to open it (某某新闻 | 打开APP 阅读体验更佳); an advertisement set into the body (【广告】…); readers'
comments under the article (评论（12）, then 名字：… 赞 126); a Hong Kong site's dateline closing on its own
buttons (A- A+　列印　分享：Facebook WhatsApp 微信).

Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of

from chaingraph.sources.normalize import normalize

APP_PAGE_WITH_COMMENTS = """\
江岸新闻 | 打开APP 阅读体验更佳
推荐　本地　区县　财经　视频

江岸区智能终端产业链提速　两个项目同日开工

江岸新闻 2026-05-20 07:35 湖北
记者 陶晓雯
+关注

5月19日，江岸区智能终端产业园内，湖北星屏光电有限公司二期项目开工，总投资18亿元。

【广告】夏日特惠｜江岸商城家电以旧换新 最高补贴2000元

据介绍，产业园已入驻电子信息企业56家。

评论（3）
老街老周：听说星屏去年招了800多人，年轻人不用往外跑了。 赞 126
小鱼：什么时候投产？期待！ 赞 48
吃货阿明：路修好点就更好了 赞 17

相关推荐
· 江岸：一季度新签约项目31个
· 江岸区智能终端产业园再添新项目
"""

HONG_KONG_REPOST_WITH_BUTTONS = """\
香江產經網 HKBiz
首頁 | 即時新聞 | 內地財經 | 產業觀察
內地財經 > 產業動態

晉中榆次：磁性材料產業鏈加速集聚

2026年01月16日 10:22　來源：晉中日報　　A- A+　列印　分享：Facebook WhatsApp 微信

本報訊（記者 郭曉楠）隆冬時節，榆次區磁性材料產業園內一派繁忙景象，園區已集聚企業23家。
"""


def test_an_apps_banner_with_a_bar_is_no_title():
    title, date, _, reporters = meta_of(APP_PAGE_WITH_COMMENTS)
    assert title == "江岸区智能终端产业链提速　两个项目同日开工" and date == "2026-05-20"
    assert reporters == ("陶晓雯",)


def test_readers_comments_and_an_advertisement_are_no_article_text():
    text = normalize(APP_PAGE_WITH_COMMENTS).text
    assert "总投资18亿元" in text and "已入驻电子信息企业56家" in text
    assert "800多人" not in text and "期待" not in text and "路修好点" not in text
    assert "补贴2000元" not in text


def test_a_dateline_closing_on_its_sites_buttons_gives_the_date_and_the_source():
    title, date, publisher, reporters = meta_of(HONG_KONG_REPOST_WITH_BUTTONS)
    assert title == "晋中榆次：磁性材料产业链加速集聚" and date == "2026-01-16"
    assert publisher == "晋中日报" and reporters == ("郭晓楠",)


APP_POST_SENT_FROM_A_CITY = """\
琴湾新闻
< 返回　　　　　　　　　　　　　　　　　　分享

从一片晶圆到一条产业链 东海岸“芯”势力加速成长

琴湾新闻记者 孙立新
2026-01-14 07:58　山东青岛

新年伊始，位于青岛东海岸新区的芯岚半导体有限公司洁净厂房内，一片片晶圆有序流转。
"""


def test_an_apps_back_button_is_no_title_and_a_post_sent_from_a_city_is_dated():
    title, date, _, reporters = meta_of(APP_POST_SENT_FROM_A_CITY)
    assert title == "从一片晶圆到一条产业链 东海岸“芯”势力加速成长" and date == "2026-01-14"
    assert reporters == ("孙立新",)


APP_PAGE_WITH_A_JOINT_OUTLET = """\
龙江新闻 | 打开APP 阅读体验更佳

铁山：“北药”加工提速 中药产业链越拉越长

龙江新闻·黑山日报记者　张宏亮　实习生　李佳琳
2025-07-23 08:45

盛夏的小兴安岭南麓，铁山市的五味子挂果正盛。
"""

PORTAL_WITH_YOUR_PLACE_IN_IT = """\
万山市人民政府网
首页 | 政务公开 | 政务服务 | 互动交流
您当前所在的位置：首页 > 政务公开 > 政府工作报告

万山市人民政府工作报告（摘要）

发布时间：2026-02-05 17:20　　来源：万山市政府办

各位代表：现在，我代表市人民政府向大会报告工作。
"""


def test_an_apps_banner_names_the_publisher_and_a_joint_outlets_reporters_are_the_byline():
    _, date, publisher, reporters = meta_of(APP_PAGE_WITH_A_JOINT_OUTLET)
    assert publisher == "龙江新闻" and date == "2025-07-23"
    assert reporters == ("张宏亮", "李佳琳")


def test_a_breadcrumb_opening_on_where_you_are_now_is_no_title():
    title, date, publisher, _ = meta_of(PORTAL_WITH_YOUR_PLACE_IN_IT)
    assert title == "万山市人民政府工作报告（摘要）" and date == "2026-02-05"
    assert publisher == "万山市政府办"
