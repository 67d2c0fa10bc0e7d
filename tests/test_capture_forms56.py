"""Capture forms the sixteenth held-out set showed misread once it retired: a dateline whose 作者 field names a writer
in parts joined by · (a Uyghur name), a news app's head line that closes on its ＋关注 button, a portal's imprint line
that opens on its ICP registration number, and a station's list of its other clips (相关视频) after the article.
Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of
from test_extract_quantities import draft_of
from test_extract_towns_stations import labels

DOTTED_WRITER = """\
首府新闻网 | 首页 > 区县动态 > 达坂城

达坂城区风电装备产业链加快延伸

2025-08-12 10:26:41　来源：达坂城区融媒体中心　作者：王晓宁　阿依努尔·买买提　编辑：李娜　阅读量：1386

　　近日，达坂城区风电装备产业园内，一批塔筒和叶片项目加紧建设。
"""


def test_a_dateline_naming_a_writer_in_parts_is_still_a_dateline():
    title, date, publisher, reporters = meta_of(DOTTED_WRITER)
    assert title == "达坂城区风电装备产业链加快延伸"
    assert date == "2025-08-12"
    assert publisher == "达坂城区融媒体中心"
    assert reporters == ("王晓宁", "阿依努尔·买买提")


APP_HEAD_WITH_FOLLOW = """\
鲁中新闻
打开APP，阅读体验更佳　　　　[打开]

淄博高新区：一块催化剂撬动百亿新材料集群

鲁中新闻　2025-06-18 08:40　山东　　　　+关注
记者　孟凡宇　实习生　王悦

6月17日，在淄博高新区的淄博启元催化材料有限公司，一条催化剂生产线正在满负荷运行。
"""


def test_a_news_apps_head_line_closing_on_its_follow_button_gives_the_date():
    _, date, publisher, reporters = meta_of(APP_HEAD_WITH_FOLLOW)
    assert date == "2025-06-18"
    assert publisher == "鲁中新闻"
    assert reporters == ("孟凡宇", "王悦")
    assert "山东省" not in labels(draft_of(APP_HEAD_WITH_FOLLOW, "2025-06-18"), "region")


PORTAL_WITH_IMPRINT = """\
吉安市人民政府
首页 > 政务动态 > 县区动态

井冈山经开区电子信息产业链再添新项目

发布时间：2025-07-08　来源：井冈山经开区管委会

　　7月7日，井冈山经开区与江西瑞丰电路科技有限公司签约，项目总投资12亿元。

【打印】【关闭】
赣ICP备05000123号　主办：吉安市人民政府办公室　技术支持：吉安市大数据中心
"""


def test_a_portals_imprint_line_names_no_body_of_the_article():
    draft = draft_of(PORTAL_WITH_IMPRINT, "2025-07-08")
    found = labels(draft, "organisation")
    assert "江西瑞丰电路科技有限公司" in found
    assert "吉安市人民政府办公室" not in found and "吉安市大数据中心" not in found


STATION_WITH_CLIPS = """\
河北网络广播电视台 > 视频 > 河北新闻联播
来源：河北广播电视台　　2025-11-03 19:40

【导语】
记者从邢台经济开发区获悉，今年以来，开发区新引进汽车零部件项目14个。

（记者　赵一鸣　报道）

责任编辑：郝雯
相关视频：
· 沧州临港经开区新材料产业园开园
· 唐山高新区机器人产业园二期开工
"""


def test_a_stations_list_of_other_clips_is_no_part_of_the_article():
    found = labels(draft_of(STATION_WITH_CLIPS, "2025-11-03"))
    assert "邢台经济开发区" in found
    assert not any(label.startswith(("沧州", "唐山")) for label in found)


ACCOUNT_POST_WITH_SOURCE = """\
繁昌发布
原创 繁昌区融媒体中心 繁昌发布 2026年02月16日 18:30 安徽

听全文

【产业观察】新材料产业“链”上发力 繁昌经开区去年产值52亿元

01 链上企业跑出“加速度”

在繁昌经济开发区，芜湖睿驰新材料有限公司的纤维车间里，新上的生产线正满负荷运转。

来源丨繁昌区经济和信息化局
编辑丨李 娜
审核丨张宏宇

阅读 1368  赞 26  在看 9
"""


def test_an_account_posts_source_set_off_by_a_bar_names_its_publisher():
    title, date, publisher, _ = meta_of(ACCOUNT_POST_WITH_SOURCE)
    assert title == "新材料产业“链”上发力 繁昌经开区去年产值52亿元"
    assert date == "2026-02-16"
    assert publisher == "繁昌区经济和信息化局"


SPACED_EDITOR = """\
芜湖新闻网  首页 > 县区 > 繁昌
手机版 | 芜湖日报 | 大江晚报

繁昌区举行新材料产业项目集中签约仪式

2026-02-14 17:48  来源：繁昌区融媒体中心  作者：田雨萌  编辑：刘 畅

2月13日，繁昌区新材料产业项目集中签约仪式在繁昌经济开发区举行。
"""


def test_an_editors_name_spaced_out_keeps_the_dateline():
    title, date, publisher, reporters = meta_of(SPACED_EDITOR)
    assert (title, date, publisher) == ("繁昌区举行新材料产业项目集中签约仪式", "2026-02-14", "繁昌区融媒体中心")
    assert reporters == ("田雨萌",)


EPAPER_WITH_SEARCH = """\
芜湖日报 数字报刊
2026年02月18日  第A2版：县域经济          上一期  下一期  往期检索

繁昌新材料产业全链条发展提速

本报记者 孙海涛  本报通讯员 于洋

初冬时节，走进繁昌经济开发区，芜湖睿驰新材料有限公司的生产线正开足马力。
"""


def test_an_epapers_masthead_and_search_button_are_chrome():
    title, date, publisher, reporters = meta_of(EPAPER_WITH_SEARCH)
    assert (title, date, publisher) == ("繁昌新材料产业全链条发展提速", "2026-02-18", "芜湖日报")
    assert reporters == ("孙海涛", "于洋")


APP_DESK_CREDIT = """\
皖云  打开APP 阅读体验更佳
首页 > 芜湖 > 县域

繁昌新材料产业链条越拉越长

皖云-安徽日报记者 韦振宁 实习生 陆思彤
2026-02-26 09:12

2月24日，在繁昌经济开发区，芜湖睿驰新材料有限公司的车间内一派繁忙景象。
"""


def test_an_apps_desk_joined_to_a_paper_by_a_hyphen_credits_its_writers():
    _, _, _, reporters = meta_of(APP_DESK_CREDIT)
    assert reporters == ("韦振宁", "陆思彤")


SCRIPT_SWITCH = """\
港灣財經網 | 首頁 | 內地財經 | 區域經濟
繁體 | 簡體
首頁 > 內地財經 > 區域經濟
繁昌新材料產業鏈“朋友圈”越擴越大
2026年02月20日 09:15　來源：芜湖日報
在繁昌經濟開發區，芜湖睿馳新材料有限公司的纖維項目一期已投產。
"""


def test_a_pages_script_switch_is_no_headline():
    title, date, _, _ = meta_of(SCRIPT_SWITCH)
    assert title == "繁昌新材料产业链“朋友圈”越扩越大"
    assert date == "2026-02-20"


LEAGUE_EPAPER = """\
阿拉善日报数字报
2025年11月18日 星期二 | 第01版：要闻 | 本版责编：其木格 | 美编：王丽
[上一版] [下一版] [返回目录] [PDF版下载]

风光制氢 全链推进
全盟氢能产业链链长制工作推进会召开
——今年以来全盟氢能产业链新签约项目9个

本报记者 乌日娜 通讯员 孟和巴雅尔

本报讯 11月17日，全盟氢能产业链链长制工作推进会在巴彦浩特召开。
"""


def test_a_league_dailys_page_with_its_editors_and_buttons_and_a_five_character_name():
    title, date, publisher, reporters = meta_of(LEAGUE_EPAPER)
    assert (title, date, publisher) == ("全盟氢能产业链链长制工作推进会召开", "2025-11-18", "阿拉善日报")
    assert reporters == ("乌日娜", "孟和巴雅尔")


APP_DESK_SPACED = """\
潮新闻 打开APP 阅读体验更佳
首页 > 财经 > 浙里产业

湖州集成电路产业链“链”上再发力

潮新闻客户端 记者 沈一帆 通讯员 钱芯宣
2025-10-24 18:05  浙江

10月23日，湖州市集成电路产业链链长制推进会召开。
"""


def test_an_apps_desk_set_off_by_a_space_before_the_role_credits_its_writers():
    _, date, _, reporters = meta_of(APP_DESK_SPACED)
    assert date == "2025-10-24"
    assert reporters == ("沈一帆", "钱芯宣")


def test_five_characters_of_common_words_are_no_name():
    # guards: a heading after 统筹 and a headline after 记者 are no credits (the review's lines)
    from chaingraph.sources.pagelines import parse_credit
    assert parse_credit("统筹发展和安全") is None and parse_credit("记者走进新工厂") is None
    assert parse_credit("本报记者 乌日娜 通讯员 孟和巴雅尔").names("writer") == ["乌日娜", "孟和巴雅尔"]


def test_a_row_of_bracketed_figures_is_no_button_row():
    from chaingraph.sources.chrome import _is_chrome
    assert not _is_chrome("【签约项目9个】【总投资120亿元】")
    assert _is_chrome("[上一版] [下一版] [返回目录] [PDF版下载]")


def test_a_source_line_set_off_by_a_bar_is_no_full_name_of_itself():
    # a guard: 丨 is a CJK character, so 来源丨区工信局 could pass for a longer name of 区工信局
    text = ACCOUNT_POST_WITH_SOURCE.replace("来源丨繁昌区经济和信息化局", "来源丨区经信局")
    assert meta_of(text)[2] == "区经信局"
