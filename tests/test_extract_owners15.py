"""Owners and products of figures in forms the fifteenth and sixteenth rule-blind tens showed: a list of companies
counted as projects that settle in a zone before 分别 (A、B、C三个新材料项目落户X，投资额分别为…), a declared short
name that ends like a product, figures listed before the project they describe (投资65亿元、年产10万吨颗粒硅的X项目),
a brand with the first word of its trade (融康生物 of 融康生物制药), a product jieba reads as a verb (熔喷布), a
platform's name before 项目, and a zone's share of its city (占全市比重达78%).

Every sentence here is invented for the test, in the genre's style; the companies are made up."""

from __future__ import annotations

from test_extract_owners14 import owners
from test_extract_quantities import draft_of, figures


def test_companies_counted_as_projects_that_settle_in_a_zone_hold_their_figures_in_order():
    found = owners("（一）吉林图珲碳纤维材料有限公司、珲春市海泰稀土新材料有限公司、吉林东疆硅基材料有限公司"
                   "三个新材料项目落户珲春边境经济合作区，投资额分别为18亿元、12.5亿元和7亿元。")
    assert found == {"18亿元": "吉林图珲碳纤维材料有限公司", "12.5亿元": "珲春市海泰稀土新材料有限公司",
                     "7亿元": "吉林东疆硅基材料有限公司"}


def test_a_declared_short_name_that_ends_like_a_product_still_names_its_company_in_a_list():
    found = owners("第一站是北京澄湖碳化硅科技有限公司。随后来到北京衡川半导体装备有限公司（以下简称“衡川装备”）。",
                   "其中澄湖碳化硅、衡川装备和北京芯栾微电子有限公司分别贡献产值9.1亿元、7.6亿元和5.3亿元。")
    assert found == {"9.1亿元": "北京澄湖碳化硅科技有限公司", "7.6亿元": "北京衡川半导体装备有限公司",
                     "5.3亿元": "北京芯栾微电子有限公司"}


def test_figures_listed_before_the_project_they_describe_belong_to_it():
    found = owners("今年以来，全旗累计签约项目8个。",
                   "签约项目中，投资65亿元、年产10万吨颗粒硅的晟辉硅业颗粒硅项目体量最大。")
    assert found["65亿元"] == "晟辉硅业颗粒硅项目"
    assert found["年产10万吨"] == "晟辉硅业颗粒硅项目"


def test_a_brand_with_the_first_word_of_its_trade_is_the_companys_short_name():
    found = owners("今天，小编带大家去看看福建融康生物制药有限公司、福清华屿医疗器械有限公司和"
                   "福建瑞澜生物科技有限公司这三家企业。",
                   "融康生物是园区的老住户，目前拥有年产人用狂犬病疫苗2000万人份的生产线。",
                   "去年，公司实现营业收入31亿元。")
    assert found["2000万人份"] == "福建融康生物制药有限公司"
    assert found["31亿元"] == "福建融康生物制药有限公司"


def test_a_product_jieba_reads_as_a_verb_is_named_before_its_capacity():
    found = figures(draft_of("产业动态\n同一天，美宁医卫用品有限公司的熔喷布二期扩建工程建成投产，"
                             "新增熔喷布产能8000吨/年。\n"))
    assert found["8000吨/年"]["product"] == "熔喷布"


def test_a_platforms_name_before_xiangmu_names_the_project_that_builds_it():
    found = owners("其中，江海氢能检测认证中心项目投资2.6亿元，建成后将为燃料电池企业提供检测服务。")
    assert found["2.6亿元"] == "江海氢能检测认证中心项目"


def test_a_zones_share_of_its_city_is_the_zones():
    found = owners("韩城市氢能产业加快发展。", "韩城经济技术开发区全年完成工业总产值610亿元，占全市比重达78%。")
    assert found["78%"] == "韩城经济技术开发区"


def test_a_holder_named_after_its_figure_keeps_it_when_a_de_follows_the_holder():
    found = owners("总投资20亿元的华锐新材料项目的主体工程已全面完工。", "投资10亿元的华锐公司的新厂房已封顶。")
    assert found == {"20亿元": "华锐新材料项目", "10亿元": "华锐公司"}


def test_a_zones_park_named_again_without_the_zone_holds_its_figures():
    found = owners("延安高新区氢能产业园今年入驻企业12家。",
                   "延安高新区管委会副主任高志斌介绍，明年氢能产业园二期将启动建设，总投资30亿元。")
    assert found["30亿元"] == "延安高新区氢能产业园"
