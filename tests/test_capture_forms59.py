"""Capture forms the seventeenth held-out set and the sixtieth ten showed misread: an e-paper's row of buttons that
ends on 版面目录 and 返回首页, a masthead written 某某报 数字报刊平台, a printed page's kicker over its headline with no
——line under them, and a portal's breadcrumb that opens on the portal's own long name. Every capture here is
invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of

EPAPER_BUTTONS = """\
黔东日报 数字报
2025年10月14日  星期二    第03版：经济
【上一版】【下一版】【版面目录】【返回首页】

铜仁锰产业链加快向电池材料延伸

　　本报记者 田晓雯

　　本报讯 前三季度，全市锰产业链实现产值96亿元。
"""


def test_an_epaper_button_row_is_no_headline():
    title, date, publisher, _ = meta_of(EPAPER_BUTTONS)
    assert title == "铜仁锰产业链加快向电池材料延伸"
    assert date == "2025-10-14"
    assert publisher == "黔东日报"


SPACED_MASTHEAD = """\
江北报 数字报刊平台
2025年06月20日 星期五
第02版：产业    上一版  下一版    往期回顾

江北生物医药产业园再添两个新药项目

本报记者 韩宇航

6月19日，江北生物医药产业园内两个新药项目同日开工。
"""


def test_a_masthead_spaced_from_its_platform_word_is_no_headline():
    title, _, publisher, _ = meta_of(SPACED_MASTHEAD)
    assert title == "江北生物医药产业园再添两个新药项目"
    assert publisher == "江北报"


KICKER_OVER_HEADLINE = """\
南湖日报 电子版
2025年12月08日 星期一
第A03版：要闻

　　链长制推动“芯”链条向高端攀升
我市集成电路产业营收今年有望突破900亿元

　　本报记者 顾言 本报通讯员 许之恒

　　今年1至10月，全市集成电路产业实现营业收入780亿元。
"""


def test_a_printed_kicker_with_no_place_gives_way_to_the_headline_that_names_one():
    title, _, _, _ = meta_of(KICKER_OVER_HEADLINE)
    assert title == "我市集成电路产业营收今年有望突破900亿元"


HEADLINE_OVER_DECK = """\
南湖日报 电子版
2025年04月22日 星期二
第03版：要闻

兰溪纺织产业“织”出新图景
一季度全市纺织产业产值增长两成

本报记者 陈思远

　　机器轰鸣，梭织如飞。
"""


def test_a_printed_headline_that_names_its_place_keeps_its_deck_below():
    # a guard: the first line names the place (兰溪), so the second is its deck, not the headline
    title, _, _, _ = meta_of(HEADLINE_OVER_DECK)
    assert title == "兰溪纺织产业“织”出新图景"


PORTAL_CRUMBS = """\
肇庆市端州区人民政府门户网站 > 信息公开 > 部门信息公开 > 区投资促进局 > 工作动态

索引号：11441202MB2C00000K/2025-00012　　分类：招商引资
发布机构：肇庆市端州区投资促进局　　成文日期：2025-07-15

端州区投资促进局关于2025年上半年招商引资工作情况的通报

各镇（街道），区直有关单位：
　　现将我区2025年上半年招商引资工作情况通报如下：
"""


def test_a_breadcrumb_that_opens_on_the_portals_name_is_no_headline():
    title, _, _, _ = meta_of(PORTAL_CRUMBS)
    assert title == "端州区投资促进局关于2025年上半年招商引资工作情况的通报"


PRESS_TRANSCRIPT = """\
鹏城政府在线
首页 > 新闻发布 > 发布会实录

鹏城市推动低空经济产业链高质量发展新闻发布会

发布时间：2026-01-15 17:40 来源：鹏城市人民政府新闻办公室

【文字实录】

主持人：
　　各位记者朋友，大家下午好。

（整理：市政府新闻办 吴婷）
"""


def test_a_transcripts_section_label_credits_no_one():
    _, _, _, reporters = meta_of(PRESS_TRANSCRIPT)
    assert reporters == ("吴婷",)


COMPANY_HEADLINE = """\
东江日报 电子版
2025年12月08日 星期一
第A02版：要闻

比亚迪第1000万辆新能源汽车下线
全市新能源汽车产量突破120万辆

　　本报记者 李明

　　12月7日，第1000万辆新能源汽车在园区下线。
"""


def test_a_printed_headline_with_a_figure_keeps_its_deck_below():
    # a guard: a headline telling of a company's figure is no kicker, whatever the deck names
    title, _, _, _ = meta_of(COMPANY_HEADLINE)
    assert title == "比亚迪第1000万辆新能源汽车下线"


def test_a_provinces_daily_names_no_prefecture():
    from chaingraph.authoring.extract.site_place import site_region

    assert site_region(["海南日报 数字报"]) is None  # a guard: 海南 is the province, not 海南藏族自治州
    assert site_region(["凉山日报 数字报"]) == "凉山彝族自治州"


BRAND_DECK = """\
东江日报 电子版
2025年12月08日 星期一
第A02版：要闻

国产大飞机产业链加速成长
东方电气等龙头企业订单饱满

　　本报记者 李明

　　今年以来，全市航空装备产业订单持续增长。
"""


def test_a_deck_opening_on_a_brand_named_after_a_place_is_no_headline():
    # a guard (from the round's review): 东方 of 东方电气 is a company's name, not the place 东方市
    title, _, _, _ = meta_of(BRAND_DECK)
    assert title == "国产大飞机产业链加速成长"
