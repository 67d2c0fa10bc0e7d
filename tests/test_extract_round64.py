"""`chaingraph extract` on the shapes three rule-blind tens (products among look-alikes, places, people's posts)
showed misread: work done on a product written before it (年封装测试, 已投运, 调试), a product word that only names a
kind of industry, firm or project, a city's head among two cities' posts, surnames of two characters and rare ones,
and a post said after the name (据X（…局副局长）介绍, X是…局副局长). Every sentence is written for these tests in the
genre's style; every company and person is invented unless it is a real place. Tests marked as guards pass on the
code before the round too: they say what the new rules must not take."""

from __future__ import annotations

from test_extract_people9 import positions
from test_extract_quantities import draft_of, figures
from test_extract_towns_stations import labels

# -- products


def test_chips_packed_and_tested_are_the_product_not_the_testing():
    draft = draft_of("湘芯微电子封测基地项目总投资8亿元，建成后可年封装测试功率器件12亿颗。\n", "2025-08-10")
    assert figures(draft)["12亿颗"]["product"] == "功率器件"
    assert "测试功率器件" not in labels(draft, "product")


def test_trucks_put_into_service_are_the_product_not_the_putting():
    draft = draft_of("目前，秦岭氢运物流有限公司已投运氢能重卡120辆，日均行驶里程超过300公里。\n", "2025-08-10")
    assert figures(draft)["120辆"]["product"] == "氢能重卡"
    assert "投运氢能重卡" not in labels(draft, "product")


def test_machines_being_commissioned_name_no_product_and_a_doubled_adjective_is_no_part_of_one():
    draft = draft_of("车间里，工人正在调试设备，二期预计年底前投产。另一侧，工人正在调试焊接设备。\n"
                     "灵丰：薄薄铜箔撑起百亿产业\n", "2025-08-10")
    found = labels(draft, "product")
    assert not {"设备", "调试设备", "调试焊接设备", "薄薄铜箔"} & found
    assert "铜箔" in found


def test_a_product_word_naming_a_kind_of_project_firm_or_industry_is_no_product():
    draft = draft_of("今年以来，开发区新签约汽车零部件项目9个，总投资36亿元。\n"
                     "园区目前集聚医疗器械企业73家，机器人产业链初具规模。\n", "2025-08-10")
    assert not {"汽车零部件", "医疗器械", "机器人"} & labels(draft, "product")


def test_a_product_a_project_makes_or_a_figure_counts_stays():
    # a guard: the project bringing one product to market (产业化项目), and a capacity, name their products
    draft = draft_of("康衍生物医药有限公司mRNA疫苗产业化项目已于5月开工。\n"
                     "该公司主营医疗器械，年产医疗器械20万台。\n", "2025-08-10")
    assert {"mRNA疫苗", "医疗器械"} <= labels(draft, "product")


def test_a_products_gloss_in_brackets_is_no_part_of_its_name():
    draft = draft_of("华储电力科技有限公司的项目已于9月建成投产，年产储能变流器（PCS）3GW、储能集装箱2000套。\n",
                     "2025-12-10")
    assert figures(draft)["3GW"]["product"] == "储能变流器"


def test_a_yearly_processing_capacity_is_of_the_kind_the_clause_before_lists():
    draft = draft_of("盛原乳业有限公司主要生产常温纯牛奶、低温酸奶、奶酪棒等乳制品，目前年加工能力达到95万吨。\n",
                     "2025-10-10")
    assert figures(draft)["95万吨"]["product"] == "乳制品"


# -- places


def test_a_street_office_jieba_cut_from_its_name_is_no_region():
    draft = draft_of("祁东县建立项目帮办机制，洪桥街道、归阳镇等地配合做好服务。\n", "2025-08-10")
    assert "街道" not in labels(draft, "region")


# -- people


def test_the_mayor_is_the_city_whose_own_head_is_named_not_the_one_a_member_sits_for():
    draft = draft_of("9月17日，牡丹江市委常委、绥芬河市委书记殷立新深入企业调研。市委副书记、市长邹德明，"
                     "副市长宫立伟参加调研。\n", "2025-09-18")
    found = positions(draft)
    assert found["邹德明"] == ("市长", "绥芬河市")
    assert found["宫立伟"] == ("副市长", "绥芬河市")


def test_two_character_surnames_and_rare_ones_after_a_post():
    draft = draft_of("桐梓县委书记罗明、县长令狐建平先后带队赴长三角招商。\n"
                     "西昌市副市长吉克伍呷表示，将持续推动储能产业发展。\n"
                     "桐梓经济开发区党工委副书记、管委会主任犹登科表示，园区将加快建设。\n"
                     "腾冲边境经济合作区管委会副主任刀丽萍为项目揭牌。\n", "2025-10-10")
    found = positions(draft)
    assert found["令狐建平"] == ("县长", "桐梓县")
    assert found["吉克伍呷"] == ("副市长", "西昌市")
    assert found["犹登科"][1] == "桐梓经济开发区"
    assert found["刀丽萍"][1].startswith("腾冲边境经济合作区")  # (its 管委会, named by the post)


def test_a_post_said_after_the_name_in_brackets_or_with_shi():
    draft = draft_of("凉山州经济和信息化局近日召开座谈会。据杨帆（凉山州经济和信息化局副局长）介绍，全州钒资源丰富。\n"
                     "孙海鹰是平度市农业农村局副局长，据她介绍，全市芹菜种植面积8万亩。\n", "2025-09-10")
    found = positions(draft)
    assert found["杨帆"] == ("副局长", "凉山州经济和信息化局")
    assert found["孙海鹰"] == ("副局长", "平度市农业农村局")


def test_a_common_word_after_shi_is_no_person():
    # a guard: 这是 and 总经理是 open no name
    draft = draft_of("记者了解到，这是平度市农业农村局第一次举办推介会，总经理是企业的带头人。\n", "2025-09-10")
    assert not labels(draft, "person")


# -- figures


def test_a_foreign_parents_sales_in_euros_are_a_figure():
    draft = draft_of("诺德黑文化学公司是全球特种化学品企业，2025年销售额38亿欧元。\n", "2026-04-10")
    found = figures(draft)["38亿欧元"]
    assert (found["value"], found["unitCode"]) == (3800000000, "EUR")


def test_a_town_that_opens_its_clause_holds_its_tally():
    draft = draft_of("兴化市脱水蔬菜产业快速发展。合陈镇现有脱水蔬菜加工企业41家，前三季度实现开票销售38.5亿元。"
                     "拳铺镇是专用车的发源地，全镇现有整车企业78家。\n", "2025-10-10")
    found = figures(draft)
    assert found["41家"]["owner"] == "合陈镇"
    assert found["38.5亿元"]["owner"] == "合陈镇"
    assert found["78家"]["owner"] == "拳铺镇"


def test_a_town_named_in_passing_or_a_word_for_towns_is_no_holder():
    # a guard: 全镇 and 乡镇 open their clauses, and the town after 在 is a venue
    draft = draft_of("全镇现有企业12家。乡镇企业发展迅速。签约仪式在高桥镇举行。\n", "2025-10-10")
    assert not {"全镇", "乡镇"} & labels(draft, "region")


# -- from the round's review: what the round's first rules misread (guards, but for the Yi name, which no code read)


def test_a_day_before_yuan_is_no_sum_in_yen():
    draft = draft_of("春节期间，2月12日元宵节当天，园区企业照常生产。7月15日元宝山区召开招商推进会。\n", "2026-02-20")
    assert not any(f["unitCode"] == "JPY" for f in figures(draft).values())


def test_a_robot_that_handles_goods_is_a_product_after_the_word_of_making():
    draft = draft_of("项目建成后年产搬运机器人5000台、检修机器人800台。\n", "2026-02-20")
    found = figures(draft)
    assert found["5000台"]["product"] == "搬运机器人"
    assert found["800台"]["product"] == "检修机器人"


def test_a_long_lasting_city_is_no_head_of_that_city():
    draft = draft_of("合肥市与芜湖市举行产业合作座谈会。芜湖市长期以来重视新能源汽车产业。副市长李强出席并致辞。\n",
                     "2026-02-20")
    assert positions(draft).get("李强", ("", ""))[1] != "芜湖市"


def test_a_town_pointed_at_or_a_kind_of_town_is_no_region():
    draft = draft_of("这个镇是全省闻名的五金之乡，目前集聚企业120家。专业镇是广东制造的重要载体。"
                     "明星镇实现工业总产值120亿元。\n", "2026-02-20")
    assert not {"这个镇", "专业镇", "明星镇"} & labels(draft, "region")


def test_a_post_or_a_common_word_before_shi_is_no_person():
    draft = draft_of("该公司董事长是原华为公司副总裁。王总是公司副总经理，分管生产。\n", "2026-02-20")
    assert not {"董事长", "王总"} & labels(draft, "person")


def test_a_yi_name_jieba_cuts_apart_keeps_both_given_characters():
    draft = draft_of("会上，西昌市委副书记、市长海来阿木作工作报告。\n", "2026-02-20")
    assert positions(draft)["海来阿木"] == ("市长", "西昌市")


def test_a_link_of_the_chain_a_project_fills_stays_a_product():
    # a guard: 补齐…环节 names the link a zone still lacks, what planners read the graph for
    draft = draft_of("内江经开区副局长禚海涛表示，项目建成后将补齐内江钠电负极材料环节。\n", "2025-04-08")
    assert "钠电负极材料" in labels(draft, "product")
