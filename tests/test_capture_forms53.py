"""Capture forms of a news app's page, mended after the forty-ninth and fiftieth tens' forms: readers' comments
under a 评论（N） head go on to the page's list header or its end, spread over lines as an app prints them (the
name / the comment / 赞 35 回复); a 评论（N） count above the article's text opens no comments; a long sentence of the
article after the comments is kept; the app's banner with its bar in any spelling (某某新闻丨打开APP, 某某新闻｜打开APP,
某某新闻 | 打开APP 阅读体验更佳) is no title and names the publisher, and a call to open the app names none.

Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

import pytest
from test_capture_forms5 import meta_of

from chaingraph.sources.normalize import normalize

COMMENTS_COUNT_ABOVE_THE_TEXT = """\
襄楚视界丨打开APP
推荐　本地　县域　视频

襄州区：汽车零部件产业链再添“强链”项目

襄楚视界 2026-03-18 08:20 湖北
记者 邓雨桥 通讯员 柯志远
评论（8）

记者从襄州区经信局获悉：今年以来，全区新签约汽车零部件项目9个，协议投资46亿元。
3月17日，湖北恒驰精密部件有限公司年产60万套新能源汽车底盘部件项目在襄州区汽车零部件产业园投产，总投资12亿元。
区经信局局长刘振华：下一步将围绕整车配套延链补链。
"""


def test_a_comments_count_above_the_articles_text_opens_no_comments():
    text = normalize(COMMENTS_COUNT_ABOVE_THE_TEXT).text
    assert "记者从襄州区经信局获悉：今年以来，全区新签约汽车零部件项目9个" in text
    assert "总投资12亿元" in text and "区经信局局长刘振华：下一步将围绕整车配套延链补链。" in text
    assert "评论（8）" not in text


COMMENTS_SPREAD_OVER_LINES = """\
渭澜新闻 | 打开APP 阅读体验更佳

高陵区：储能电池产业链加速成链

渭澜新闻 2025-11-06 09:14 陕西
记者 贺佳宁

11月5日，位于西安市高陵区的陕西澜储新能源科技有限公司年产5GWh储能电池项目首条产线投产。

据了解，该项目总投资26亿元，全部建成后可实现年产值40亿元。

评论（3）
泾河边的老杨
家门口的工厂越开越多，孩子毕业不用去外地了
赞 35 回复
高陵小周
什么时候开始招工？
35 赞
渭北阿强
支持本地制造
赞 1.2万　回复

相关推荐
· 高陵：一季度新签约项目18个
· 西安储能产业联盟成立
"""


def test_readers_comments_spread_over_lines_are_no_article_text():
    text = normalize(COMMENTS_SPREAD_OVER_LINES).text
    assert "年产5GWh储能电池项目首条产线投产" in text and "总投资26亿元" in text
    for comment in ("泾河边的老杨", "孩子毕业不用去外地了", "高陵小周", "开始招工", "渭北阿强", "支持本地制造", "赞"):
        assert comment not in text
    assert "新签约项目18个" not in text


ARTICLE_GOING_ON_AFTER_THE_COMMENTS = """\
沱川观察 ｜ 打开APP

内江经开区：电池材料产业“链”上发力

沱川观察 2026-04-22 17:46 四川
记者 罗思远

4月21日，四川锂沱新材料有限公司年产5万吨磷酸铁锂正极材料项目在内江经开区开工，总投资32亿元。

网友评论（2）
沱江边的阿伟
园区这两年变化太大了，以前这里全是农田，现在厂房一栋接一栋，晚上灯火通明，我们村里好多人都进厂上班了，收入比种地高多了。
赞 52 回复
记者从区经信局获悉：园区计划明年再引进配套企业10家以上，力争电池材料产业产值突破300亿元，这一目标已写入全区年度工作要点。
另据了解，内江经开区还将建设电池材料检验检测中心和中试基地，为入园企业提供检测、中试熟化等公共服务，预计2026年底建成投用。
园区已集聚电池材料企业23家。
"""


def test_a_long_sentence_after_the_comments_is_the_article_going_on():
    # the stated rule (chrome._article_goes_on): under a 评论 head every line is a reader's, but for a paragraph
    # longer than a chrome line, closing a sentence, with no comment's mark (a name and a colon, the likes) and no
    # likes line under it; that one is kept and the comments end there
    text = normalize(ARTICLE_GOING_ON_AFTER_THE_COMMENTS).text
    assert "总投资32亿元" in text
    assert "另据了解，内江经开区还将建设电池材料检验检测中心和中试基地" in text
    assert "园区已集聚电池材料企业23家。" in text
    assert "沱江边的阿伟" not in text and "收入比种地高多了" not in text and "赞 52" not in text
    assert "力争电池材料产业产值突破300亿元" not in text  # a name and a colon under the head: a comment's mark


BODY_LINES_WITH_A_COLON_ABOVE_THE_COMMENTS = """\
鄂东新闻 | 打开APP 阅读体验更佳

蕲春县：中药饮片产业链越拉越长

鄂东新闻 2025-10-14 10:05 湖北
记者 陈书瑶

记者从县工信局获悉：今年1至9月，全县中药饮片加工企业实现产值38亿元。
县工信局局长黄志明：明年将新建中药材仓储物流中心一座。
据介绍，湖北蕲圣本草饮片有限公司年产2万吨中药饮片项目已进入设备调试阶段。

评论（2）
蕲州老周：家乡的药材越走越远了。 赞 21
艾乡人：期待早日投产！ 回复
"""


def test_body_lines_with_a_colon_above_the_comments_are_kept():  # a guard
    text = normalize(BODY_LINES_WITH_A_COLON_ABOVE_THE_COMMENTS).text
    assert "记者从县工信局获悉：今年1至9月，全县中药饮片加工企业实现产值38亿元。" in text
    assert "县工信局局长黄志明：明年将新建中药材仓储物流中心一座。" in text
    assert "年产2万吨中药饮片项目" in text
    assert "越走越远" not in text and "期待早日投产" not in text


APP_PAGE_UNDER_ITS_BANNER = """\
{banner}

宣州区：光伏组件产业链补链延链

记者 方若溪
2025-08-12 07:50　安徽

8月11日，安徽曦屹光电科技有限公司年产6GW光伏组件项目在宣州区投产，总投资15亿元。
"""


def _page_under(banner: str) -> str:
    return APP_PAGE_UNDER_ITS_BANNER.format(banner=banner)


@pytest.mark.parametrize("banner", ["敬亭新闻丨打开APP", "敬亭新闻 丨 打开APP 阅读体验更佳",
                                    "敬亭新闻｜打开APP 阅读体验更佳", "敬亭新闻丨打开APP，阅读体验更佳"])
def test_an_apps_banner_with_a_bar_of_any_spelling_is_no_title_and_names_the_publisher(banner):
    capture = _page_under(banner)
    title, date, publisher, reporters = meta_of(capture)
    assert title == "宣州区：光伏组件产业链补链延链" and date == "2025-08-12"
    assert publisher == "敬亭新闻" and reporters == ("方若溪",)
    assert "打开APP" not in normalize(capture).text


@pytest.mark.parametrize("banner", ["敬亭新闻 | 打开APP 阅读体验更佳", "敬亭新闻 ｜ 打开APP", "敬亭新闻|打开APP",
                                    "敬亭新闻 打开APP 阅读体验更佳"])
def test_an_apps_banner_with_a_spaced_bar_or_spaces_is_no_title(banner):  # a guard
    capture = _page_under(banner)
    title, _, publisher, _ = meta_of(capture)
    assert title == "宣州区：光伏组件产业链补链延链" and publisher == "敬亭新闻"
    assert "打开APP" not in normalize(capture).text


def test_a_call_to_open_the_app_names_no_publisher():
    capture = _page_under("沅澧新闻\n打开APP，阅读体验更佳")
    title, _, publisher, _ = meta_of(capture)
    assert title == "宣州区：光伏组件产业链补链延链" and publisher == "沅澧新闻"
