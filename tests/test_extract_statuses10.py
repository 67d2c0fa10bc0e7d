"""A place's tally of a period's signings is a result, its investment too (今年以来，全县新签约项目11个，总投资42.6亿元;
过去一年…新签约项目26个、协议金额118亿元): the golds of the nineteenth rule-blind ten and most older ones read it so. A
target (力争全年新签约…) stays a plan. Every sentence is invented for the
test, in the genre's style."""

from __future__ import annotations

import pytest
from test_extract_genre import draft_of, figures


@pytest.mark.parametrize("text, figure", [
    ("今年以来，宁乡市新签约食品项目11个，签约总投资42.6亿元；新开工项目7个。\n", "42.6亿元"),
    ("过去一年，全区新签约食品项目26个、协议金额118亿元，新投产项目11个。\n", "118亿元"),
    ("4至6月，全区新签约项目17个，协议总投资83.5亿元。\n", "83.5亿元"),
    ("今年以来，常熟高新区新签约机器人及核心零部件项目15个，总投资68亿元。\n", "68亿元"),
])
def test_the_investment_a_place_signed_in_a_period_is_achieved(text, figure):
    assert figures(draft_of(text, source_date="2025-10-01"))[figure]["status"] == "achieved"


def test_a_target_of_signings_stays_planned():
    text = "中山火炬开发区下半年计划组织招商活动10场，力争全年新签约生物医药项目40个，总投资突破300亿元。\n"
    assert figures(draft_of(text, source_date="2025-10-01"))["突破300亿元"]["status"] == "planned"


@pytest.mark.parametrize("text, figure", [
    ("去年12月，芜湖经开区与鹤川精机签约，项目总投资30亿元，预计明年投产。\n", "30亿元"),
    ("上半年，大足区签约落地一个汽车零部件项目，总投资20亿元，预计明年建成投产。\n", "20亿元"),
    ("今年以来，宁乡县新签约项目11个，用地面积1200亩。\n", "1200亩"),
])
def test_one_project_signed_or_a_figure_other_than_money_is_no_signing_tally(text, figure):
    assert figures(draft_of(text, source_date="2025-10-01"))[figure]["status"] == "planned"


@pytest.mark.parametrize("text", [
    "今年以来，宁乡市新签约项目达11个，总投资42.6亿元。\n",
    "今年以来，宁乡市共签约了11个项目，总投资42.6亿元。\n",
])
def test_a_signing_tally_counted_in_other_words_is_achieved_too(text):
    assert figures(draft_of(text, source_date="2025-10-01"))["42.6亿元"]["status"] == "achieved"
