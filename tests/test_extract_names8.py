"""Names in the forms a sixth rule-blind ten showed: the byline line under a headline (a news app's 记者 A 实习生 B)
is the capture's metadata while a lead's 本报讯（记者 A 通讯员 B） credits people; a name jieba glued to 说.

Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_names import draft_of, labels

from chaingraph.authoring.extract import extract
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.sources.metadata import read_capture_meta
from chaingraph.sources.normalize import normalize


def people(draft) -> set[str]:
    return {c.label for c in draft.candidates if c.cls == "Person"}


def kinds(sentence: str, *wanted: str) -> dict[str, str]:
    return labels(draft_of(sentence), *wanted)


def draft_of_capture(text: str):
    return extract(normalize(text), "names8", build_gazetteer([]), "2024-06-18")


# -- people in credits


def test_a_byline_line_under_the_headline_names_no_people():
    capture = ("临江新闻\n临江光电产业园：两个模组项目同日投产\n临江新闻记者 邹明远 实习生 柯思琪\n"
               "2024-06-18 09:12 发布于湖北\n6月18日，临江光电产业园两个模组项目同日投产。\n")
    assert people(draft_of_capture(capture)) == set()


def test_a_credit_in_the_lead_is_the_byline_and_names_no_people():
    found = people(draft_of("本报讯（记者 邹明远 通讯员 柯思琪 武一帆）走进临江光电产业园，模组车间一片繁忙。"
                            "园区管委会主任韩立新介绍，今年新落户企业12家。"))
    assert found == {"韩立新"}


def test_a_credit_closing_the_text_still_names_its_reporter():
    found = people(draft_of("临江光电产业园今年新落户企业12家。", "（记者 邹明远）"))
    assert found == {"邹明远"}


# -- a name the verb of speech was glued to


def test_a_name_before_shuo_keeps_no_verb():
    found = people(draft_of("“今年订单排到了年底。”临江光电总经理韩恺说。"))
    assert found == {"韩恺"}


def test_a_news_apps_byline_line_names_no_newsroom_either():
    capture = ("临江新闻\n临江光电产业园：两个模组项目同日投产\n临江新闻记者 邹明远 实习生 柯思琪\n"
               "6月18日，临江光电产业园两个模组项目同日投产。\n")
    assert not [c for c in draft_of_capture(capture).candidates if c.cls == "Publisher"]


# -- the capture's head


def test_a_portals_site_line_is_no_title_and_no_body():
    capture = ("临江市人民政府 门户网站\n首页 | 政务公开 | 政务服务 | 互动交流\n当前位置：首页 > 政务公开 > 部门动态\n"
               "临江经开区光电项目建设提速\n发布时间：2024-06-18 10:05　信息来源：临江经开区管委会\n"
               "今年以来，临江经开区新开工光电项目6个。\n")
    normalized = normalize(capture)
    assert read_capture_meta(normalized).title.value == "临江经开区光电项目建设提速"
    bodies = {c.label for c in draft_of_capture(capture).candidates if c.kind == "organisation"}
    assert "临江市人民政府" not in bodies


def test_a_news_apps_date_line_with_the_province_sent_from_dates_the_page():
    capture = ("临江新闻\n临江光电产业园：两个模组项目同日投产\n临江新闻记者 邹明远\n2024-06-18 09:12 发布于湖北\n"
               "6月18日，临江光电产业园两个模组项目同日投产。\n")
    assert read_capture_meta(normalize(capture)).date.value == "2024-06-18"


def test_a_wechat_reposts_source_note_gives_the_writer_and_no_bodies():
    capture = ("“链”上发力！临江光电产业又添新动能\n原创 临江发布 临江发布 2024年06月18日 18:30 湖北\n临江发布\n"
               "临江县融媒体中心官方账号\n以下文章来源于临江日报，作者邹明远\n"
               "6月17日，临江光电产业园两个模组项目同日投产。\n来源：临江日报\n编辑：柯思琪\n")
    normalized = normalize(capture)
    meta = read_capture_meta(normalized)
    assert (meta.publisher.value, meta.reporters) == ("临江日报", ("邹明远",))
    bodies = {c.label for c in draft_of_capture(capture).candidates if c.kind == "organisation"}
    assert not bodies & {"临江日报", "临江县融媒体中心"}


# -- junk organisations and platforms


def test_a_time_after_a_verb_opens_no_company():
    found = kinds("新生产线正在试产，投产后公司模组年产能将从200万片提升至400万片。", "organisation")
    assert found == {}


def test_goods_listed_before_the_companies_that_make_them_are_no_companies():
    assert kinds("园区将重点引进靶材、电子特气、抛光液等配套材料企业。", "organisation") == {}
    found = kinds("园区引进临澜精工、江屿科技等储能企业。", "organisation")
    assert found == {"临澜精工": "Company", "江屿科技": "Company"}


def test_a_venue_is_no_body():
    assert kinds("临江市光电产业项目集中签约仪式在市行政中心举行。", "organisation") == {}


def test_a_service_centre_named_by_its_technical_work_is_a_platform():
    found = kinds("园区已建成临江通航试飞服务中心等平台4个。", "organisation")
    assert found == {"临江通航试飞服务中心": "Platform"}
    assert kinds("临江市政务服务中心推出帮办代办服务。", "organisation") == {"临江市政务服务中心": "GovernmentBody"}
