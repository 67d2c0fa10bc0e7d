"""`chaingraph extract` on shapes that a reading of the twenty-ninth held-out set's misses (after its retirement)
showed misread: a portal's name and its breadcrumb on one line, an app's banner that says APP twice. Every sentence
is written for these tests in the genre's style; every company, person and project is invented. Tests marked as
guards pass on the code before the round too: they say what the new rules must not take."""

from __future__ import annotations

from test_extract_quantities import draft_of, entity_classes, figures

from chaingraph.sources.metadata import read_capture_meta
from chaingraph.sources.normalize import normalize


def _title(capture: str) -> str | None:
    meta = read_capture_meta(normalize(capture))
    return meta.title.value if meta.title else None


# -- captures


def test_a_portal_s_name_and_its_breadcrumb_on_one_line_are_no_title():
    capture = ("清河县人民政府　　首页 > 政务动态 > 工作动态\n\n"
               "县长调研新材料产业时强调\n推动产业链向高端延伸\n\n"
               "发布时间：2025-06-19 16:32　来源：清河县融媒体中心\n\n"
               "6月18日，县长到清河经济开发区调研新材料产业发展情况。\n")
    assert _title(capture).startswith("县长调研新材料产业时强调")
    assert "清河县人民政府" not in entity_classes(draft_of(capture, "2025-06-19"))


def test_an_app_s_banner_that_says_app_twice_is_no_title():
    capture = ("湘江头条 APP　打开App，阅读体验更佳\n\n"
               "桃源县锂电产业开年提速\n\n"
               "湘江头条记者 周小岚　2026-02-12 18:05　阅读 2.3万\n\n"
               "2月11日，湖南桃锂新材料有限公司年产2万吨碳酸锂项目正式投产。\n")
    assert _title(capture) == "桃源县锂电产业开年提速"


def test_guard_a_headline_with_a_space_before_home_words_stays_the_title():
    capture = ("某某县人民政府\n\n首页是企业的家　园区服务再升级\n\n"
               "发布时间：2025-06-19\n\n园区为企业提供一站式服务。\n")
    assert _title(capture) == "首页是企业的家　园区服务再升级"
