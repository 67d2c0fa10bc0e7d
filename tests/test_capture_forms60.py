"""Capture forms the eighteenth held-out set showed misread, once it retired: rules drawn across an e-paper's head
(────), an e-paper's page line with a 【本版PDF】 button, a TV station's page whose dateline gives the clip's length
(时长 03:06), a news app's writer field with the newsroom before the name and the read counter after it, a 【记者观察】
column head, a newscast's spoken sign-off (某某台记者 张三 李四 报道。) and a byline under a subtitle. Every capture
here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of
from test_extract_quantities import draft_of
from test_extract_towns_stations import labels

RULED_EPAPER = """\
荆楚日报 电子版
2025年06月11日   第04版：经济·园区   【上一版】【下一版】【本版PDF】
──────────────
光谷芯片企业扎堆入选
我省新认定一批制造业单项冠军企业
──────────────
本报记者 孟书瑶  本报通讯员 欧阳帆

6月10日，省经信厅公布新一批制造业单项冠军企业名单，集成电路企业有14家入选。
"""


def test_a_rule_across_the_page_is_no_headline_and_the_page_line_dates_it():
    title, date, publisher, byline = meta_of(RULED_EPAPER)
    assert title == "我省新认定一批制造业单项冠军企业"
    assert date == "2025-06-11"
    assert publisher == "荆楚日报"
    assert byline == ("孟书瑶", "欧阳帆")


def test_a_byline_under_the_headlines_names_no_person_of_the_article():
    draft = draft_of(RULED_EPAPER, "2025-06-11")
    assert not {"孟书瑶", "欧阳帆"} & labels(draft, "person")


SUBTITLED_EPAPER = """\
宛城日报 电子版
2025年08月20日   第03版：产经   【上一版】【下一版】
把一粒种子做成一条链
——访南阳禾丰种业股份有限公司董事长贺秋生
记者 卢一帆  通讯员 段宁

日前，记者专访了南阳禾丰种业股份有限公司董事长贺秋生。
"""


def test_a_byline_under_a_subtitle_is_the_pages_not_the_articles():
    draft = draft_of(SUBTITLED_EPAPER, "2025-08-20")
    people = labels(draft, "person")
    assert "贺秋生" in people
    assert not {"卢一帆", "段宁"} & people


APP_POST = """\
掌上金昌 APP
首页 > 财经 > 企业

镍钴新材料项目预计四季度投产

2025-05-12 20:41   来源：掌上金昌   作者：金昌融媒记者 沙丽娜   阅读量 6120

5月11日，金川镍钴新材料股份有限公司发布2024年年度报告。

【记者观察】
年报显示，公司研发投入连续三年增长。
"""


def test_a_writer_field_with_the_newsroom_before_and_the_counter_after_the_name():
    title, date, publisher, byline = meta_of(APP_POST)
    assert title == "镍钴新材料项目预计四季度投产"
    assert date == "2025-05-12"
    assert byline == ("沙丽娜",)


def test_a_reporters_column_head_credits_no_one():
    _, _, _, byline = meta_of("【记者观察】\n年报显示，公司研发投入连续三年增长。\n")
    assert "观察" not in byline


NEWSCAST = """\
湘江观察 > 视频 > 湖南新闻联播
[湖南新闻联播]全省先进储能材料项目集中签约
2025-10-09 19:42   时长 02:48   来源：湖南广播电视台   编辑：龙思远

【正文】
（记者）签约仪式由湖南省工业和信息化厅主办，现场签约项目21个。

（记者）湖南台记者 江若澜 莫小川 报道。
"""


def test_a_clips_length_in_the_dateline_and_a_spoken_sign_off():
    title, date, publisher, byline = meta_of(NEWSCAST)
    assert date == "2025-10-09"
    assert publisher == "湖南广播电视台"
    assert byline == ("江若澜", "莫小川")


def test_an_anchors_lead_in_to_the_report_credits_no_one():
    # a guard: 来看记者发回的报道 hands over to the report, it is no sign-off
    _, _, _, byline = meta_of("湖南新闻联播\n全省储能项目集中签约\n2025-10-09 19:42   来源：湖南广播电视台\n\n"
                              "观众朋友，今年以来，全省储能产业加快发展。来看记者发回的报道。\n")
    assert byline == ()


def test_a_newsroom_in_a_byline_over_the_text_names_no_place():
    draft = draft_of("湘乡：“芯”动能加速集聚\n株洲日报社全媒体记者 谭嘉欣 通讯员 罗志勇\n"
                     "2025-09-16 08:52:33 湘乡新闻\n\n"
                     "湘乡经开区已集聚半导体企业12家。\n", "2025-09-16")
    assert "株洲市" not in labels(draft, "region")


def test_a_dateline_closed_by_a_newsrooms_reporter_credit():
    title, date, _, byline = meta_of("海岱新闻客户端\n首页 > 财经 > 产业观察\n\n"
                                     "山东公布省重点项目名单 氢能领域28个项目入选\n\n"
                                     "2026-03-06 09:41  海岱新闻记者 宋立言 通讯员 覃雅宁\n\n"
                                     "3月5日，山东省发展和改革委员会公布2026年省重点项目名单。\n")
    assert date == "2026-03-06"
    assert byline == ("宋立言", "覃雅宁")


def test_an_anchors_hand_off_naming_the_reporters_is_no_sign_off():
    # a guard: 来看本台记者 张三 李四 发回的报道 hands over to the report
    _, _, publisher, byline = meta_of("湖南新闻联播\n全省储能项目集中签约\n2025-10-09 19:42   来源：湖南广播电视台\n\n"
                                      "观众朋友，今年以来，全省储能产业加快发展。来看本台记者 张三 李四 发回的报道。\n")
    assert "发回的" not in byline
    assert publisher == "湖南广播电视台"
