"""Capture metadata in forms of the thirty-seventh and thirty-eighth rule-blind tens: a government portal's name
with its accessibility links (无障碍 | 长者模式); a news app's name with its call to open the app and a promise of a
better read; an account's name above the post's dateline and its call to follow; an e-paper's dateline closing on
its PDF button; a printed headline in three parts (kicker, main headline, ——subheadline) or with a kicker that ends
in a dash; a leader's visit whose headline goes on with what the leader urged; an app's credit line that opens with
the reporter and closes with the date and a read count.

Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of

from chaingraph.sources.normalize import normalize

PORTAL_WITH_ACCESS_LINKS = """\
柳岸市人民政府　　　　　　　　　　　　　　　　　　无障碍　|　长者模式
首页　　信息公开　　政务服务　　互动交流　　走进柳岸
当前位置：首页 > 信息公开 > 工作总结

柳岸市2025年三季度招商引资工作情况通报

发布机构：柳岸市招商服务中心　　发布日期：2025-10-09

　　今年以来，全市新签约项目31个，协议总投资204.5亿元。
"""

APP_WITH_PROMPT = """\
云岭端　　　　　　　　　　　　　　　　打开APP　阅读体验更佳
首页 > 州市 > 楚雄

泸岭：储能产业从“一块电芯”长成“一条链”

云岭端记者　杨丽芬　　2025-10-21 09:05　　阅读 2.3万

　　10月中旬，在泸岭工业园区，一条条电芯产线满负荷运转。
"""

ACCOUNT_POST = """\
秦川经开区发布
2026年02月11日 18:20 陕西

点击蓝字　关注我们

开门红！秦川经开区汽车零部件项目建设按下“快进键”

　　新春伊始，秦川经济技术开发区各项目现场一派繁忙景象。
"""

EPAPER_KICKER_DASH = """\
江岚日报数字报
2025年07月02日 星期三    第A3版：县域经济    上一版  下一版    PDF版

江岚高新区做大做强集成电路产业集群——
“芯”链条越拉越长

本报记者 许清扬  本报通讯员 葛文涛

初夏时节，记者走进江岚高新技术产业开发区，多条封测产线正满负荷运转。
"""

EPAPER_THREE_PART = """\
河岭日报数字报
2025年06月25日　星期三　　第A02版：要闻　　　　上一版　下一版

强链延链　铝产业向“高”攀升
洛岭：一卷铝箔撑起百亿产业
——洛岭经开区铝基新材料产业发展见闻

本报记者　王晓东　通讯员　李青

　　走进洛岭经济技术开发区铝箔产业园，一座座标准化厂房整齐排列。
"""

VISIT_URGED = """\
重庆市岭南区人民政府
首页 | 政务公开 | 办事服务 | 互动交流
当前位置：首页 > 新闻动态 > 岭南要闻

郑立新调研岭南工业园区生物医药产业发展时强调
做强特色药材品牌　加快建设生物医药产业高地

时间：2025-09-16　　来源：岭南区融媒体中心

　　9月15日，区委书记郑立新到岭南工业园区调研生物医药产业发展情况。
"""


def test_a_portals_name_with_its_accessibility_links_is_no_title():
    title, date, _, _ = meta_of(PORTAL_WITH_ACCESS_LINKS)
    assert title == "柳岸市2025年三季度招商引资工作情况通报" and date == "2025-10-09"


def test_an_apps_name_with_its_prompt_and_a_credit_line_that_opens_with_the_reporter():
    title, date, publisher, reporters = meta_of(APP_WITH_PROMPT)
    assert title == "泸岭：储能产业从“一块电芯”长成“一条链”" and date == "2025-10-21"
    assert reporters == ("杨丽芬",) and publisher == "云岭端"
    assert "阅读体验更佳" not in normalize(APP_WITH_PROMPT).text


def test_an_accounts_name_above_its_dateline_and_its_call_to_follow_is_no_title():
    title, date, _, _ = meta_of(ACCOUNT_POST)
    assert title == "开门红！秦川经开区汽车零部件项目建设按下“快进键”" and date == "2026-02-11"


def test_an_epaper_kicker_ending_in_a_dash_leaves_the_title_to_the_line_below():
    title, date, _, reporters = meta_of(EPAPER_KICKER_DASH)
    assert title == "“芯”链条越拉越长" and date == "2025-07-02"
    assert set(reporters) == {"许清扬", "葛文涛"}


def test_a_three_part_printed_headline_is_titled_by_its_middle_line():
    title, _, _, _ = meta_of(EPAPER_THREE_PART)
    assert title == "洛岭：一卷铝箔撑起百亿产业"


def test_a_visits_headline_goes_on_with_what_the_leader_urged():
    title, date, _, _ = meta_of(VISIT_URGED)
    assert title == "郑立新调研岭南工业园区生物医药产业发展时强调\u3000做强特色药材品牌\u3000加快建设生物医药产业高地"
    assert date == "2025-09-16"


ORIGINAL_POST = """\
滨岭经开区
2025年08月20日 17:30 湖北
原创 滨岭经开区 滨岭经开区

盐化工“链”上发力！这份半年“成绩单”请查收

今年以来，滨岭经济开发区坚持链式招商，上半年新签约项目12个。
"""


def test_an_original_posts_mark_and_its_accounts_name_are_no_title_and_the_account_publishes():
    title, date, publisher, _ = meta_of(ORIGINAL_POST)
    assert title == "盐化工“链”上发力！这份半年“成绩单”请查收" and date == "2025-08-20"
    assert publisher == "滨岭经开区"


DISCLOSURE_PAGE = """\
桐岭县人民政府  信息公开
首页 > 信息公开 > 部门信息公开 > 县投资促进中心 > 工作总结

索 引 号：11340223MB7654321X/202510-00021    信息分类：工作总结
发布机构：桐岭县投资促进中心    成文日期：2025-10-14
发布日期：2025-10-15    有效性：有效
标　　题：桐岭县2025年前三季度招商引资工作情况

桐岭县2025年前三季度招商引资工作情况

今年以来，我县坚持把招商引资作为经济工作的“一号工程”，前三季度新签约项目26个。
"""

HK_SITE_WITH_LATIN_NAME = """\
港岭财网 HKLingNews　｜　首页　即时新闻　内地财经　区域经济　股市　汇市　地产　专栏
首页 > 内地财经 > 区域经济

新疆木垒：风光制氢一期投产 绿氢产业链加速成形

2025年12月09日 11:20　　来源：昌吉日报　　转载
【字体：大 中 小】　分享：Facebook　WhatsApp　微信

12月上旬，位于木垒县的氢能装备产业园内，电解槽生产线满负荷运转。
"""

EPAPER_PAGE_COUNT = """\
惠岭日报数字报
2025年06月12日 星期四　　今日12版
第A04版：县域经济　　　　[上一版]　[下一版]
版面导航 | 标题导航 | 往期回顾

一个产业园“长”出一条芯片链

本报记者 钟雅琳　通讯员 黄立东

6月的惠岭高新区半导体产业园，塔吊林立、车辆往来。
"""

CITY_SITE_COMMENT_BUTTON = """\
襄岭网　首页 > 新闻 > 县市区 > 谷岭
【我要评论】【字号：大 中 小】【打印】【关闭】

谷岭县16个项目集中开工 9个项目集中投产

来源：襄岭日报　　发布时间：2025-11-08 09:15　　编辑：孙悦

11月7日，谷岭县2025年第四季度重大项目集中开工暨投产活动举行。
"""


def test_a_disclosure_table_is_chrome_and_its_release_date_is_the_pages():
    title, date, publisher, _ = meta_of(DISCLOSURE_PAGE)
    assert title == "桐岭县2025年前三季度招商引资工作情况" and date == "2025-10-15"
    assert publisher == "桐岭县投资促进中心"
    assert "索 引 号" not in normalize(DISCLOSURE_PAGE).text


def test_a_sites_name_in_two_scripts_with_its_menu_is_chrome():
    title, date, publisher, _ = meta_of(HK_SITE_WITH_LATIN_NAME)
    assert title == "新疆木垒：风光制氢一期投产 绿氢产业链加速成形"
    assert date == "2025-12-09" and publisher == "昌吉日报"


def test_an_epapers_page_count_and_a_comment_button_are_chrome():
    title, date, _, _ = meta_of(EPAPER_PAGE_COUNT)
    assert title == "一个产业园“长”出一条芯片链" and date == "2025-06-12"
    title, date, publisher, _ = meta_of(CITY_SITE_COMMENT_BUTTON)
    assert title == "谷岭县16个项目集中开工 9个项目集中投产" and date == "2025-11-08" and publisher == "襄岭日报"


def test_a_records_own_fields_are_text_not_a_disclosure_table():
    capture = ("苏岭高新区发布2025年集成电路重点项目清单\n2025-01-09 来源：苏岭产业在线\n"
               "项目名称：苏岭芯源半导体有限公司12英寸特色工艺晶圆制造项目\n建设单位：苏岭芯源半导体有限公司\n总投资：120亿元\n")
    assert "项目名称：苏岭芯源半导体有限公司12英寸特色工艺晶圆制造项目" in normalize(capture).text


def test_a_short_headline_above_a_plain_dateline_stays_the_title():
    capture = ("氢能重卡下线\n2025-12-09 11:20　　来源：昌吉日报\n图为氢能重卡生产线\n"
               "　　12月上旬，位于木垒县的氢能装备产业园内，首批氢能重卡下线。\n")
    title, _, publisher, _ = meta_of(capture)
    assert title == "氢能重卡下线" and publisher == "昌吉日报"


def test_a_disclosure_tables_values_with_spaces_and_a_records_lone_name_field():
    capture = ("谷岭县人民政府\n当前位置：首页 > 信息公开\n\n发布机构：谷岭县投资促进中心    成文日期：2025-10-14\n"
               "发布日期：2025年10月15日　　有效性：有效\n主题分类：工业、交通　　发文机关：谷岭县人民政府\n\n"
               "谷岭县新能源创业孵化基地认定公示\n\n根据有关规定，现将拟认定名单公示如下：\n名称：谷岭县新能源创业孵化基地\n")
    title, date, _, _ = meta_of(capture)
    assert title == "谷岭县新能源创业孵化基地认定公示" and date == "2025-10-15"
    assert "名称：谷岭县新能源创业孵化基地" in normalize(capture).text


def test_a_spaced_headline_that_names_an_app_is_no_prompt():
    title, _, _, _ = meta_of("谷岭政务服务再提速 下载谷岭通APP一键办理\n\n企业群众 下载谷岭通APP即可办理各类事项。\n")
    assert title == "谷岭政务服务再提速 下载谷岭通APP一键办理"
