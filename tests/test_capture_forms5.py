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
