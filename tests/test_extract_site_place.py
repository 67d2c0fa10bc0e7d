"""The place whose site a page is (extract/site_place.py): a district portal's work report that says only 全区 and
区长, or a county-level city's page that says 全市, holds its totals by the place its header, 来源 line or footer
names, where the body names that place too. Every capture is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_names8 import draft_of_capture
from test_extract_quantities import figures

from chaingraph.authoring.extract.site_place import site_region

PORTAL = ("重庆市永川区人民政府\n首页 > 政务公开 > 部门动态\n"
          "区经济信息委：前三季度新能源汽车产业招商成效明显\n"
          "信息来源：永川区经济和信息化委员会  发布时间：2025-10-09\n"
          "前三季度，全区新签约新能源汽车产业项目16个，协议总投资87.4亿元。永川高新技术产业开发区新引进零部件企业9家。\n"
          "区政府办公室主办\n")


def test_the_site_is_read_from_the_lines_the_normalizer_drops():
    assert site_region(["重庆市永川区人民政府", "首页 > 政务公开"]) == "永川区"
    assert site_region(["首页", "发布日期：2025-10-17　来源：玉门市融媒体中心　作者：赵天楹"]) == "玉门市"
    assert site_region(["首页", "来源：新华网"]) is None


def test_a_district_portals_whole_district_is_the_district_not_its_zone():
    found = figures(draft_of_capture(PORTAL))
    assert found["87.4亿元"]["owner"] == "永川区"
    assert found["9家"]["owner"] == "永川高新技术产业开发区"


def test_a_site_the_body_never_names_is_no_region():
    capture = PORTAL.replace("永川高新技术产业开发区", "高新区")
    draft = draft_of_capture(capture)
    assert "永川区" not in {c.label for c in draft.candidates if c.kind == "region"}


def test_only_the_portals_name_its_source_and_its_host_say_whose_site_it_is():
    assert site_region(["首页", "· 北京市经济和信息化局召开推进会", "北京市公安局朝阳分局备案编号"]) is None
    assert site_region(["苏州市人民政府", "来源：昆山市融媒体中心"]) == "昆山市"  # a city portal relays its county
    assert site_region(["河南省信阳市新县人民政府"]) == "新县"
    assert site_region(["湖北省人民政府门户网站"]) is None  # a province's portal says no more than its text
    assert site_region(["吉林省延边朝鲜族自治州人民政府"]) == "延边朝鲜族自治州"  # not the province above it
    assert site_region(["主办单位：玉门市人民政府办公室"]) == "玉门市"


def test_a_city_named_in_the_body_keeps_its_totals_on_a_news_page_with_another_citys_office_in_a_list():
    capture = ("某某新闻网\n首页 > 财经\n苏州集成电路产业稳步增长\n来源：新华网  发布时间：2025-10-09\n"
               "前三季度，苏州市集成电路产业实现营业收入1850亿元。全市新签约集成电路项目23个，协议总投资312亿元。\n"
               "相关新闻\n· 北京市经济和信息化局召开推进会\n")
    found = figures(draft_of_capture(capture))
    assert found["312亿元"]["owner"] == "苏州市"
