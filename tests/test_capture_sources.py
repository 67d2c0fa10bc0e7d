"""Capture sources the earlier rules had not met: an e-paper's article fields (日期 版次 作者), a government
page's index line (索引号 发布机构 发文日期), a county centre's repost (转自 … 来源 …), a news app's feed card
dated without its year, the fixed lines a social-media post closes with, and a reporter's questions in an
interview or at a press conference. Title, date, publisher and byline are read from their chrome, and the
chrome is neither title nor body.

Each capture is written here for one form, in the style of such pages; companies, people and sites are
made up.
"""

from __future__ import annotations

from chaingraph.sources.metadata import read_capture_meta
from chaingraph.sources.normalize import normalize


def meta_of(text: str):
    meta = read_capture_meta(normalize(text))
    return (meta.title.value if meta.title else None, meta.date.value if meta.date else None,
            meta.publisher.value if meta.publisher else None, meta.reporters)


def dropped(text: str) -> list[str]:
    return [c.before for c in normalize(text).changes if c.kind == "chrome"]


def kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in normalize(text).sentences}


# Guangdong, an e-paper's article page: the fields line above the headline (date, page, writers with the
# paper's own 本报记者 inside the 作者 field), the headline filed under a column, the page buttons.
JIANGMEN_EPAPER = """\
日期：2025年01月08日　版次：03　作者：本报记者 孙颖 通讯员 何磊
盘点2024｜江门新材料产业园全年新开工项目42个
上一版　下一版
回望2024年，江门新材料产业园全年新开工项目42个，完成投资186亿元。
"""


def test_an_epaper_fields_line_dates_the_page_and_credits_the_writers():
    assert "日期：2025年01月08日　版次：03　作者：本报记者 孙颖 通讯员 何磊" in dropped(JIANGMEN_EPAPER)
    # 本报 is the paper, not a writer
    assert meta_of(JIANGMEN_EPAPER)[1:] == ("2025-01-08", None, ("孙颖", "何磊"))
    assert meta_of(JIANGMEN_EPAPER)[0] == "江门新材料产业园全年新开工项目42个"


def test_a_page_field_beside_the_date_closing_an_epaper_article_dates_it():
    capture = ("江门日报\n第A03版：经济\n江门新材料产业园全年新开工项目42个\n本报记者 孙颖\n"
               "回望2024年，江门新材料产业园全年新开工项目42个。\n版次：A03　　日期：2025-01-08\n")
    assert "版次：A03　　日期：2025-01-08" in dropped(capture)
    assert meta_of(capture) == ("江门新材料产业园全年新开工项目42个", "2025-01-08", "江门日报", ("孙颖",))


# Hubei, a government site's notice: the index line of the page's fields, the notice, its attachment's table
# flattened into lines, the issuing body and the date it signed with.
EZHOU_NOTICE = """\
当前位置：首页 > 政务公开 > 通知公告
关于印发鄂州市2025年重点项目建设计划的通知
索引号：011234567/2025-00012　发布机构：鄂州市发展和改革委员会　发文日期：2025年02月18日
各区人民政府，市直各部门：
现将《鄂州市2025年重点项目建设计划》印发给你们，请认真贯彻执行。
序号 项目名称 建设单位 总投资（亿元） 建设年限
1 鄂州光电子器件产业园项目 鄂州光谷芯元科技有限公司 25 2025-2027
鄂州市发展和改革委员会
2025年2月18日
"""


def test_a_government_pages_index_line_dates_it_and_names_the_issuing_body():
    index_line = "索引号：011234567/2025-00012　发布机构：鄂州市发展和改革委员会　发文日期：2025年02月18日"
    assert index_line in dropped(EZHOU_NOTICE)
    title, date, publisher, byline = meta_of(EZHOU_NOTICE)
    assert (title, date, publisher, byline) == (
        "关于印发鄂州市2025年重点项目建设计划的通知", "2025-02-18", "鄂州市发展和改革委员会", ())
    assert read_capture_meta(normalize(EZHOU_NOTICE)).publisher.how == "the issuing body the page names"


def test_a_source_named_on_the_page_comes_before_the_issuing_body():
    capture = EZHOU_NOTICE.replace("发布机构：鄂州市发展和改革委员会", "信息来源：鄂州日报")
    assert meta_of(capture)[2] == "鄂州日报"


# Jiangxi, a county media centre reposting a city paper's report: where it was reposted from, its own
# source and the date on one line.
ANYUAN_REPOST = """\
安远县融媒体中心
当前位置：首页 > 安远新闻
安远电子信息产业园新增规上企业3家
转自：赣南日报　来源：安远县融媒体中心　2025-03-05 09:12
记者 叶青 通讯员 唐丽
近日，安远电子信息产业园新增规上工业企业3家。
责任编辑：廖凡
"""


def test_a_repost_line_dates_the_page():
    assert "转自：赣南日报　来源：安远县融媒体中心　2025-03-05 09:12" in dropped(ANYUAN_REPOST)
    assert meta_of(ANYUAN_REPOST) == (
        "安远电子信息产业园新增规上企业3家", "2025-03-05", "安远县融媒体中心", ("叶青", "唐丽"))


# Fujian, a news app's feed card: the source and the month and day with the time, no year; the year is
# the one the copyright line gives.
JINJIANG_CARD = """\
晋江鞋服产业园新增智能工厂5家
泉州网 03-12 08:40
3月11日，记者从晋江市工信局获悉，今年以来晋江鞋服产业园新增智能工厂5家。
泉州晚报记者 林晓 通讯员 陈平
Copyright © 2025 泉州网 版权所有
"""


def test_a_feed_cards_date_without_its_year_takes_the_year_from_the_page():
    assert "泉州网 03-12 08:40" in dropped(JINJIANG_CARD)
    meta = read_capture_meta(normalize(JINJIANG_CARD))
    assert (meta.date.value, meta.date.guessed) == ("2025-03-12", True)
    assert meta_of(JINJIANG_CARD) == ("晋江鞋服产业园新增智能工厂5家", "2025-03-12", "泉州网", ("林晓", "陈平"))


def test_a_month_and_day_alone_is_no_card_without_a_time_or_a_site():
    # 晋江 3月12日 could end a headline; 3-12 alone could be a table's cell
    capture = "晋江鞋服产业园 3月12日\n3月11日，晋江鞋服产业园新增智能工厂5家。\n3-12\n"
    assert dropped(capture) == []


# Jiangxi, a post on a social-media account: its head line, the account's name said again with what kind
# of account it is, the headline, the credits in bars, the text.
GANZHOU_POST = """\
原创 赣州产业观察 赣州产业观察 2025年03月14日 18:05 江西
赣州产业观察
赣南稀土产业链服务号
赣州稀土永磁产业园一季度新签项目8个
来源 | 赣州日报
文字 | 陈思远 刘晓燕
编辑 | 赖敏
3月13日，赣州稀土永磁产业园8个项目集中签约，总投资46亿元。
"""


def test_the_accounts_name_said_again_below_a_posts_head_line_is_not_the_title():
    assert {"赣州产业观察", "赣南稀土产业链服务号"} <= set(dropped(GANZHOU_POST))
    assert meta_of(GANZHOU_POST) == (
        "赣州稀土永磁产业园一季度新签项目8个", "2025-03-14", "赣州日报", ("陈思远", "刘晓燕"))


# Anhui, a city account's page: its name above the headline, then a fields line (date, the writers with
# their newsroom's role and a 文字 field, the view count).
HUAINAN_ACCOUNT = """\
淮南发布
2024年淮南新型储能产业盘点：项目落地提速
发布日期：2024-12-28　　作者：融媒体记者 丁雅琴　　文字：高博　　阅读量：2,816
岁末回望，淮南市新型储能产业全年新签约项目19个，协议总投资236亿元。
（来源：淮南日报 编辑：吴倩）
"""


def test_an_accounts_name_above_the_headline_and_its_dateline_is_not_the_title():
    assert "淮南发布" in dropped(HUAINAN_ACCOUNT)
    assert meta_of(HUAINAN_ACCOUNT) == (
        "2024年淮南新型储能产业盘点：项目落地提速", "2024-12-28", "淮南日报", ("丁雅琴", "高博"))


def test_a_short_headline_above_its_dateline_stays_the_title():
    capture = "淮南储能再提速\n2024-12-28 10:20 来源：淮南日报\n淮南市新型储能产业全年新签约项目19个。\n"
    assert meta_of(capture)[:3] == ("淮南储能再提速", "2024-12-28", "淮南日报")


# Sichuan, a platform's app page carrying an account's post: the app's name and its call to open, the
# headline, the account's name above the card's date, a follow button, the credit, the line saying which
# account the post came from.
NEIJIANG_APP = """\
川南新闻
打开APP
内江钒钛：一块矿石的延链之路
沱江视界
03月18日 09:26 · 四川
+关注
文/图：川南新闻记者 曾雨桐 撰稿：田浩
3月17日，内江钒钛新材料产业园2025年一季度4个项目集中开工，总投资38亿元。
本文来自【沱江视界】，仅代表作者观点。
"""


def test_an_accounts_post_carried_by_an_app_names_the_account():
    assert {"沱江视界", "03月18日 09:26 · 四川", "+关注"} <= set(dropped(NEIJIANG_APP))
    # the year is the one the text names; the site named before 记者 is the newsroom, not a writer
    assert meta_of(NEIJIANG_APP) == ("内江钒钛：一块矿石的延链之路", "2025-03-18", "沱江视界", ("曾雨桐", "田浩"))


# Hunan, a television news transcript: the programme's name, the air time and the programme's column, the
# headline as the caption shown on screen, the anchor's and the reporter's cues, the closing credit with
# the station's newsroom and a county centre reporting with it.
CHANGDE_TV = """\
常德新闻联播
播出时间：2025-03-06 19:30
栏目：常德新闻
【字幕】鼎城：生物医药产业园项目建设提速
【主持人口播】
春节过后，鼎城区生物医药产业园项目建设现场一片繁忙。
【记者 现场报道】
我现在所在的位置是湖南鼎康制药有限公司年产2亿支注射剂项目的施工现场。
常德广播电视台记者 龚睿 向晓 鼎城区融媒体中心 报道
"""


def test_a_broadcast_transcript_gives_its_caption_as_title_and_its_station_as_publisher():
    assert {"常德新闻联播", "播出时间：2025-03-06 19:30", "栏目：常德新闻"} <= set(dropped(CHANGDE_TV))
    # the reporter's cue (记者 现场报道) names no one; the station is the publisher, not the programme
    assert meta_of(CHANGDE_TV) == ("鼎城：生物医药产业园项目建设提速", "2025-03-06", "常德广播电视台", ("龚睿", "向晓"))


# Jiangxi, a development zone's printed bulletin: its name, the issue, the office that compiled it with the
# issue's date, the column, the headline; the credit names the office that supplied the text.
YICHUN_BULLETIN = """\
宜春经济技术开发区工作简报
2025年第4期（总第190期）
宜春经济技术开发区管委会办公室编　　　　2025年2月20日
【园区动态】
宜春经开区锂电新材料产业链新增项目5个
今年以来，宜春经开区新签约锂电新材料项目5个，总投资31亿元。
（经开区锂电产业链办公室供稿　撰稿：钟雅文　审核：李峰）
"""


def test_a_bulletins_head_gives_the_date_and_the_compiling_office():
    assert {"宜春经济技术开发区工作简报", "2025年第4期（总第190期）", "【园区动态】"} <= set(dropped(YICHUN_BULLETIN))
    meta = read_capture_meta(normalize(YICHUN_BULLETIN))
    assert meta_of(YICHUN_BULLETIN) == (
        "宜春经开区锂电新材料产业链新增项目5个", "2025-02-20", "宜春经济技术开发区管委会办公室", ("钟雅文",))
    assert meta.editors == ("李峰",)


# Shaanxi, a city's press office page: its name above a breadcrumb, the 来源 line naming the office
# without its city.
BAOJI_PRESS = """\
宝鸡市人民政府新闻办公室
首页 > 新闻发布 > 发布会实录
宝鸡市钛产业高质量发展新闻发布会实录
发布时间：2025年03月11日　　来源：市政府新闻办　　浏览次数：906
3月10日上午，宝鸡市人民政府新闻办公室召开新闻发布会。
（文字：宝鸡市政府新闻办 整理：雷晓雯）
"""


def test_a_source_named_without_its_place_is_read_in_full_from_the_page():
    meta = read_capture_meta(normalize(BAOJI_PRESS))
    assert meta.publisher.value == "宝鸡市人民政府新闻办公室" and "市政府新闻办" in meta.publisher.how
    # the office credited for the text is no writer; who compiled the transcript is
    assert meta.reporters == ("雷晓雯",)
    capture = BAOJI_PRESS.replace("宝鸡市人民政府新闻办公室\n首页", "首页")  # no full name on the page
    assert read_capture_meta(normalize(capture)).publisher.value == "市政府新闻办"


# Zhejiang, a county centre's repost: the line saying where it was reposted from above the headline, the
# dateline with the source and the paper's own reporter beside a correspondent and the centre's reporter.
ANJI_REPOST = """\
安吉县融媒体中心 | 安吉新闻网
首页 | 本地新闻 | 视频 | 专题
转自：湖州日报
安吉竹材新材料小镇：一根竹子撑起百亿产业
2025年04月22日 07:45  来源：湖州日报  本报记者 潘文静 通讯员 徐立  融媒体记者 沈佳
4月21日，安吉竹材新材料小镇新签约项目6个。
原标题：《一根竹子撑起百亿产业》
"""


def test_a_repost_above_the_headline_and_the_papers_reporter_in_its_dateline():
    assert {"转自：湖州日报", "原标题：《一根竹子撑起百亿产业》"} <= set(dropped(ANJI_REPOST))
    assert meta_of(ANJI_REPOST) == (
        "安吉竹材新材料小镇：一根竹子撑起百亿产业", "2025-04-22", "湖州日报", ("潘文静", "徐立", "沈佳"))


def test_an_epaper_page_label_may_join_two_sections():
    capture = ("韶关日报数字报\n2024年12月06日 星期五\n第A03版：要闻·经济\n韶关数据中心集群新增智算项目\n"
               "本报讯　12月5日，韶关数据中心集群新增智算项目1个。\n")
    assert "第A03版：要闻·经济" in dropped(capture)
    assert meta_of(capture)[:3] == ("韶关数据中心集群新增智算项目", "2024-12-06", "韶关日报")


def test_a_reporters_question_is_body_and_a_credit_line_a_byline():
    interview = ("专访｜绵竹九洲芯材科技有限公司董事长李文涛：三年内把碳化硅衬底产能做到10万片\n"
                 "2025-05-20 08:30 来源：绵阳晚报\n绵阳晚报记者 赵敏\n记者：公司今年有哪些重点项目？\n"
                 "李文涛：我们年产5万片碳化硅衬底项目已于去年底建成投产。\n")
    found = kinds(interview)
    assert found["记者：公司今年有哪些重点项目？"] == "body"
    assert found["绵阳晚报记者 赵敏"] == "byline"
    assert meta_of(interview)[3] == ("赵敏",)
    press = ("遵义市2024年工业经济运行情况新闻发布会\n发布时间：2025-01-22 10:00\n"
             "贵州日报记者：请问遵义在白酒产业方面有什么新举措？\n记者：王浩 刘畅\n")
    found = kinds(press)
    assert found["贵州日报记者：请问遵义在白酒产业方面有什么新举措？"] == "body"
    assert found["记者：王浩 刘畅"] == "byline"


def test_a_short_headline_above_its_subheadline_and_dateline_stays_the_title():
    capture = ("淮南储能记\n——淮南市新型储能产业发展纪实\n2024-12-28 10:20 来源：淮南日报\n"
               "淮南市新型储能产业全年新签约项目19个。\n")
    assert meta_of(capture)[:3] == ("淮南储能记", "2024-12-28", "淮南日报")


def test_other_pages_headlines_after_the_text_give_no_year_to_a_feed_card():
    capture = NEIJIANG_APP + "相关推荐\n内江：2024年全市规上工业增加值增长8.2%\n资中：2024年打造钒钛新材料基地\n"
    assert meta_of(capture)[1] == "2025-03-18"


def test_a_programme_in_brackets_before_the_headline_is_not_part_of_the_title():
    capture = ("（新闻联播）宜丰锂电新材料产业园二期项目开工建设\n2025-01-16 20:12 来源：宜丰广播电视台\n"
               "今天上午，宜丰锂电新材料产业园二期项目开工建设。\n")
    title = read_capture_meta(normalize(capture)).title
    assert title.value == "宜丰锂电新材料产业园二期项目开工建设" and "新闻联播" in title.how
