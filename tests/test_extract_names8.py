"""Names in the forms a sixth rule-blind ten showed: the byline line under a headline (a news app's 记者 A 实习生 B)
is the capture's metadata while a lead's 本报讯（记者 A 通讯员 B） credits people; a name jieba glued to 说.

Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_names import draft_of

from chaingraph.authoring.extract import extract
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.sources.normalize import normalize


def people(draft) -> set[str]:
    return {c.label for c in draft.candidates if c.cls == "Person"}


def draft_of_capture(text: str):
    return extract(normalize(text), "names8", build_gazetteer([]), "2024-06-18")


# -- people in credits


def test_a_byline_line_under_the_headline_names_no_people():
    capture = ("临江新闻\n临江光电产业园：两个模组项目同日投产\n临江新闻记者 邹明远 实习生 柯思琪\n"
               "2024-06-18 09:12 发布于湖北\n6月18日，临江光电产业园两个模组项目同日投产。\n")
    assert people(draft_of_capture(capture)) == set()


def test_a_credit_in_the_lead_names_its_reporters():
    found = people(draft_of("本报讯（记者 邹明远 通讯员 柯思琪 武一帆）走进临江光电产业园，模组车间一片繁忙。"))
    assert found == {"邹明远", "柯思琪", "武一帆"}


def test_a_credit_closing_the_text_still_names_its_reporter():
    found = people(draft_of("临江光电产业园今年新落户企业12家。", "（记者 邹明远）"))
    assert found == {"邹明远"}


# -- a name the verb of speech was glued to


def test_a_name_before_shuo_keeps_no_verb():
    found = people(draft_of("“今年订单排到了年底。”临江光电总经理韩恺说。"))
    assert found == {"韩恺"}
