"""The chrome of the kinds of page regional news arrives on (an e-paper, a print version, a news app, a feed
account, a broadcaster's site, a portal) is neither title nor body; title, date, publisher and byline are
read from it.

Each capture is written here for one form, in the style of such pages; companies, people and sites are
made up.
"""

from __future__ import annotations

import re

import pytest

from chaingraph.sources.metadata import read_capture_meta
from chaingraph.sources.normalize import normalize

# Liaoning, an e-paper: the paper's masthead with 数字报, the page's date and label beside its weekday, the
# e-paper's page buttons, a headline and a subheadline, 本报讯 with a reporter and a correspondent, the
# page's editors and the paper's copyright below.
YINGKOU_EPAPER = """\
营口日报数字报
2025年03月12日 星期三 | 第A02版：经济
< 上一版   下一版 >    版面导航 | 标题导航
鲅鱼圈镁质材料产业园新签项目9个
总投资27亿元
本报讯（记者 邵长林 通讯员 关雪梅）3月11日，鲅鱼圈镁质材料产业园举行项目签约活动，9个项目签约落地。
其中，营口辽镁新材料有限公司高纯氧化镁项目总投资8亿元，建成后年产高纯氧化镁5万吨。
（编辑：孙浩  校对：吕青）
本版责编：孙浩　　美编：金鑫
营口日报社版权所有　辽ICP备00000000号
"""

# Hubei, a newspaper's print version: the paper's name, a print line of date, weekday, page and section,
# a byline marked with a square, a continuation mark and the imprint closing the page.
HUANGGANG_PRINT = """\
黄冈日报
2025年3月5日　星期三　第2版　综合
黄冈高新区医用材料产业链加速成形
■本报记者　方晓雯　通讯员　汪磊
3月4日，黄冈高新区医用材料产业园二期项目开工，总投资12亿元。
园区已集聚医用材料企业31家，去年实现产值46亿元。
（下转第4版）
黄冈日报社出版　　本版编辑：程丽　　校对：夏雨
"""

# Anhui, a news app's page: the app's name, its call to open the app (the app's own name inside it), the
# account's dateline, the closing credit, then the source and editor on one line and the post's counters.
LUAN_APP = """\
皖西新闻 APP
打开皖西新闻APP 阅读更多资讯
六安茶产业园精深加工项目投产 年加工能力达1.2万吨
皖西融媒 2025-04-18 20:15
4月17日，六安茶产业园精深加工项目投产，年加工茶叶能力达1.2万吨。
（皖西融媒记者 储文静 通讯员 宋阳）
本文来源：皖西融媒 | 责编：鲁芳
评论 3 | 点赞 26 | 分享
"""

# Guizhou, a post on a feed: the account's name, its date with what the feed says of the account, a follow
# button, a fold-out in the middle of the text, the report button.
TONGREN_FEED = """\
铜仁发布
2025-02-14 09:30 · 铜仁市人民政府新闻办公室官方账号
关注
铜仁锰产业去年产值突破260亿元 今年将新开工项目18个
2月13日召开的铜仁市锰产业发展大会透露，2024年全市锰产业实现产值263亿元。
展开全文
今年，铜仁将新开工锰及锰深加工项目18个，完成投资85亿元。
举报/反馈
"""

# Jiangxi, a broadcaster's site: its two names, a menu row, a headline tagged as a video, a dateline with
# source and authors, the video player's line.
JINGDEZHEN_TV = """\
景德镇广播电视台 | 景德镇新闻网
首页 新闻 视频 直播 专题
[视频] 景德镇陶瓷新材料产业园首批企业投产
2024-12-03 18:40:12　来源：景德镇新闻网　作者：汪晓峰 余佳
视频加载中...　时长 03:10
12月2日，景德镇陶瓷新材料产业园首批5家企业正式投产。
（景德镇新闻网记者 汪晓峰 余佳）
编辑：胡敏
"""

# Guangdong, a portal: its name with its section, a breadcrumb; the date with a source and a spaced credit
# on one line; a list of other pages' headlines after 相关新闻, without bullets.
ZHANJIANG_PORTAL = """\
南粤海洋网 | 港口产经
首页 > 产经 > 港口
湛江钢铁配套产业园新落地项目6个
2024-10-09 08:30　来源：湛江晚报　记者 梁海燕 通讯员 吴振
10月8日，记者从湛江经济技术开发区获悉，钢铁配套产业园今年新落地项目6个。
相关新闻：
湛江出台支持临港工业发展若干措施
东海岛石化产业园举办招商推介会
"""

# Gansu, a portal whose title row is the site, the home link and a section joined by hyphens; a dateline
# of the site's name and the date alone.
ZHANGYE_PORTAL = """\
张掖新闻网-首页-张掖要闻
张掖玉米制种产业园新建加工线3条
河西产经网　2024年09月21日
9月20日，张掖玉米制种产业园新建的3条种子加工线投入使用。
"""

# Shandong, a saved page: the browser's title is the headline and a site named by a pun, then a menu row
# of the home link and one section.
RIZHAO_HTML = """\
<html><head><title>日照港口装备产业园二期开工_黄海港闻</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
<h1>日照港口装备产业园二期开工</h1>
<p>2024-08-27 10:05　来源：日照港口网</p>
<p>8月26日，日照港口装备产业园二期工程开工建设，总投资16亿元。</p>
</body></html>
"""

# Jiangsu, a page that names its paper only in the copyright line: the paper's company owns the copyright.
HUAIAN_COPYRIGHT = """\
淮安盐化新材料产业园项目集中开工
2024年11月20日 09:12
11月19日，淮安盐化新材料产业园5个项目集中开工，总投资46亿元。
淮海晚报社版权所有
"""


def meta_of(text: str):
    meta = read_capture_meta(normalize(text))
    return (meta.title.value if meta.title else None, meta.date.value if meta.date else None,
            meta.publisher.value if meta.publisher else None, meta.reporters)


PAGES = ["e-paper", "print", "app", "feed", "broadcaster", "portal-section", "portal-hyphens", "page-title",
         "copyright"]


@pytest.mark.parametrize("text, expected", [
    (YINGKOU_EPAPER, ("鲅鱼圈镁质材料产业园新签项目9个", "2025-03-12", "营口日报", ("邵长林", "关雪梅"))),
    (HUANGGANG_PRINT, ("黄冈高新区医用材料产业链加速成形", "2025-03-05", "黄冈日报", ("方晓雯", "汪磊"))),
    (LUAN_APP, ("六安茶产业园精深加工项目投产 年加工能力达1.2万吨", "2025-04-18", "皖西融媒", ("储文静", "宋阳"))),
    (TONGREN_FEED, ("铜仁锰产业去年产值突破260亿元 今年将新开工项目18个", "2025-02-14", "铜仁发布", ())),
    (JINGDEZHEN_TV, ("景德镇陶瓷新材料产业园首批企业投产", "2024-12-03", "景德镇新闻网", ("汪晓峰", "余佳"))),
    (ZHANJIANG_PORTAL, ("湛江钢铁配套产业园新落地项目6个", "2024-10-09", "湛江晚报", ("梁海燕", "吴振"))),
    (ZHANGYE_PORTAL, ("张掖玉米制种产业园新建加工线3条", "2024-09-21", "河西产经网", ())),
    (RIZHAO_HTML, ("日照港口装备产业园二期开工", "2024-08-27", "日照港口网", ())),
    (HUAIAN_COPYRIGHT, ("淮安盐化新材料产业园项目集中开工", "2024-11-20", "淮海晚报", ())),
], ids=PAGES)
def test_title_date_publisher_and_byline_of_each_kind_of_page(text, expected):
    assert meta_of(text) == expected


@pytest.mark.parametrize("text, chrome", [
    (YINGKOU_EPAPER, ["营口日报数字报", "2025年03月12日 星期三 | 第A02版：经济",
                      "< 上一版 下一版 > 版面导航 | 标题导航"]),
    (HUANGGANG_PRINT, ["黄冈日报", "2025年3月5日　星期三　第2版　综合", "（下转第4版）",
                       "黄冈日报社出版　　本版编辑：程丽　　校对：夏雨"]),
    (LUAN_APP, ["皖西新闻 APP", "打开皖西新闻APP 阅读更多资讯", "本文来源：皖西融媒 | 责编：鲁芳",
                "评论 3 | 点赞 26 | 分享"]),
    (TONGREN_FEED, ["铜仁发布", "2025-02-14 09:30 · 铜仁市人民政府新闻办公室官方账号", "关注", "展开全文",
                    "举报/反馈"]),
    (JINGDEZHEN_TV, ["景德镇广播电视台 | 景德镇新闻网", "首页 新闻 视频 直播 专题", "视频加载中...　时长 03:10"]),
    (ZHANJIANG_PORTAL, ["南粤海洋网 | 港口产经", "2024-10-09 08:30　来源：湛江晚报　记者 梁海燕 通讯员 吴振",
                        "相关新闻：", "湛江出台支持临港工业发展若干措施", "东海岛石化产业园举办招商推介会"]),
    (ZHANGYE_PORTAL, ["张掖新闻网-首页-张掖要闻", "河西产经网　2024年09月21日"]),
    (RIZHAO_HTML, ["日照港口装备产业园二期开工_黄海港闻", "首页 | 新闻"]),
], ids=PAGES[:-1])
def test_page_chrome_is_dropped_and_the_article_kept(text, chrome):
    normalized = normalize(text)
    dropped = [c.before for c in normalized.changes if c.kind == "chrome"]
    assert all(line in dropped for line in chrome), set(chrome) - set(dropped)
    assert not any(line in normalized.text for line in chrome)
    kinds = [s.kind for s in normalized.sentences]
    assert kinds.count("title") == 1 and kinds.index("title") == 0
    body = [s.text for s in normalized.sentences if s.kind == "body"]
    # every lead here opens with its day
    assert any(re.match(r"(?:本报讯（[^）]*）)?\d{1,2}月\d{1,2}日", t) for t in body)


def test_the_video_tag_is_not_part_of_the_title():
    normalized = normalize(JINGDEZHEN_TV)
    assert normalized.sentences[0].text == "[视频] 景德镇陶瓷新材料产业园首批企业投产"  # the text keeps it
    title = read_capture_meta(normalized).title
    assert title.value == "景德镇陶瓷新材料产业园首批企业投产" and "[视频]" in title.how


def test_a_browser_title_names_the_site_whatever_its_spelling():
    # no 来源 line: the site is the rest of the browser's title once the headline is known
    capture = RIZHAO_HTML.replace("　来源：日照港口网", "")
    assert meta_of(capture)[2] == "黄海港闻"


@pytest.mark.parametrize("head, publisher", [
    ("原创 周立 嘉陵产业观察 2025年03月02日 20:15 四川", "嘉陵产业观察"),  # an original post: author, then account
    ("南充发布 2025-03-02 20:15 · 四川", "南充发布"),
    ("南充发布 2025-03-02 20:15 IP属地：四川", "南充发布"),
])
def test_a_post_head_line_dates_the_page_and_names_its_account(head, publisher):
    capture = f"南充丝绸产业园新增织造项目4个\n{head}\n3月1日，南充丝绸产业园4个织造项目签约，总投资9亿元。\n"
    normalized = normalize(capture)
    assert head in [c.before for c in normalized.changes if c.kind == "chrome"]
    assert meta_of(capture)[1:3] == ("2025-03-02", publisher)


def test_two_words_before_a_date_are_a_headline_unless_the_post_is_original():
    capture = "南充丝绸产业园 新增织造项目4个 2025-03-02 20:15\n3月1日，南充丝绸产业园4个织造项目签约。\n"
    assert normalize(capture).sentences[0].kind == "title"


def test_the_credit_of_a_report_opening_after_two_subheadlines_is_the_byline():
    capture = ("滁州硅基材料产业园再添新项目\n三个项目集中签约\n总投资21亿元\n"
               "本报讯（记者 顾文静 通讯员 许阳）9月10日，滁州硅基材料产业园3个项目集中签约。\n")
    assert meta_of(capture)[3] == ("顾文静", "许阳")


def test_a_square_marked_byline_is_a_byline_not_body():
    sentences = normalize(HUANGGANG_PRINT).sentences
    assert (sentences[1].kind, sentences[1].text) == ("byline", "■本报记者　方晓雯　通讯员　汪磊")


def test_correspondents_and_interns_write_photographers_and_editors_do_not():
    # the decision of docs/authoring.md: 记者, 通讯员 and 实习生 are the byline; 摄影, 图, 编辑 are not
    capture = ("绥阳辣椒产业园新建冷链仓储中心\n"
               "2024-09-02 来源：黔北产经网 记者 周敏 通讯员 田野 实习生 罗曼\n"
               "9月1日，绥阳辣椒产业园冷链仓储中心启用，库容3万吨。\n"
               "（摄影 蒋涛）\n编辑：石磊\n")
    meta = read_capture_meta(normalize(capture))
    assert meta.reporters == ("周敏", "田野", "罗曼")
    assert meta.editors == ("石磊",)


# Shaanxi, a news app: the app's name above, the headline filed under a column, then the post's date and
# time with the app's name and the writers, each field spaced apart; the masthead says who runs the site.
HANZHONG_APP = """\
汉水新闻网　汉中日报社主办
【园区观察】汉中航空智造产业园新签零部件项目5个
2025-04-08 16:20:05　汉水新闻客户端　通讯员 杜云飞　记者 冯佳宁
4月7日，汉中航空智造产业园5个航空零部件项目集中签约，总投资13亿元。
编辑：罗青
"""


def test_an_app_dateline_names_date_site_and_writers_and_is_no_body():
    normalized = normalize(HANZHONG_APP)
    dropped = [c.before for c in normalized.changes if c.kind == "chrome"]
    assert "2025-04-08 16:20:05　汉水新闻客户端　通讯员 杜云飞　记者 冯佳宁" in dropped
    assert "汉水新闻网　汉中日报社主办" in dropped  # the masthead with whom it is run by is no headline
    meta = read_capture_meta(normalized)
    assert (meta.date.value, meta.publisher.value, meta.reporters) == (
        "2025-04-08", "汉水新闻客户端", ("杜云飞", "冯佳宁"))
    assert "dateline" in meta.publisher.how


@pytest.mark.parametrize("headline, title", [
    ("【园区观察】汉中航空智造产业园新签零部件项目5个", "汉中航空智造产业园新签零部件项目5个"),
    ("走进园区看发展｜汉中航空智造产业园新签零部件项目5个", "汉中航空智造产业园新签零部件项目5个"),
    ("回眸2024丨汉中航空智造产业园全年新签项目41个", "汉中航空智造产业园全年新签项目41个"),
    # a site's name before the bar is a browser's title read elsewhere, and a short rest is no headline
    ("汉中：航空智造产业园新签项目5个", "汉中：航空智造产业园新签项目5个"),
    ("航空智造｜签约5个", "航空智造｜签约5个"),
])
def test_the_column_a_report_is_filed_under_is_not_its_title(headline, title):
    capture = HANZHONG_APP.replace("【园区观察】汉中航空智造产业园新签零部件项目5个", headline)
    found = read_capture_meta(normalize(capture)).title
    assert found.value == title
    assert ("column" in found.how) == (found.value != headline)
