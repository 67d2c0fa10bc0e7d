"""`chaingraph extract` on the figures of parks and zones in park tours and year-end reports: a park described
as a zone's core area (X是Y…的园区，规划面积…), a park inside a park (园中园) and the outer park's short form
opening a quote, subjectless sentences opening a numbered section, bare words for a park or zone (集聚区, 新区),
a park written after its zone's name, a zone's brand heading a company's plant, 该中试线, and a district
that is not the zone it shares a name with. The sentences are written for these tests in the genre's style."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def test_a_park_described_as_a_zones_area_holds_the_figures_after_its_description():
    found = figures(draft_of(
        "青川高新区新材料产业发展综述\n"
        "青川化工新材料产业园（以下简称“化材园”）是青川高新区化工新材料产业的主要承载地，规划面积12平方公里，"
        "已入驻企业45家，其中规上企业23家。"))
    assert found["12平方公里"]["owner"] == "青川化工新材料产业园"
    assert found["45家"]["owner"] == "青川化工新材料产业园"
    assert found["23家"]["owner"] == "青川化工新材料产业园"
    found = figures(draft_of(
        "岚山智能装备产业园是岚山经开区重点打造的专业园区，也是岚州高新区机器人产业的主要承载地，规划面积2400亩，"
        "已入驻企业31家。"))
    assert found["2400亩"]["owner"] == "岚山智能装备产业园"
    assert found["31家"]["owner"] == "岚山智能装备产业园"
    found = figures(draft_of(
        "6月11日，在岚岩高新技术产业开发区，福建岚航无人机科技有限公司首批物流无人机下线。岚岩无人机产业园是"
        "岚岩高新区（以下简称“高新区”）低空经济产业园的核心区，规划用地1200亩，总投资约65亿元，已引进企业21家。"))
    for figure in ("1200亩", "约65亿元", "21家"):
        assert found[figure]["owner"] == "岚岩无人机产业园"


def test_a_park_inside_a_park_and_the_outer_parks_short_form_in_a_quote():
    found = figures(draft_of(
        "鹤壁智能制造产业园是鹤壁经开区重点打造的专业园区，规划面积2000亩，其中鹤壁机器人产业园作为“园中园”"
        "已建成标准厂房8万平方米，入驻企业19家。“智造园去年实现产值36.2亿元。”鹤壁经开区管委会主任王立新介绍。"))
    assert found["2000亩"]["owner"] == "鹤壁智能制造产业园"
    assert found["8万平方米"]["owner"] == "鹤壁机器人产业园"
    assert found["19家"]["owner"] == "鹤壁机器人产业园"
    assert found["36.2亿元"]["owner"] == "鹤壁智能制造产业园"


def test_a_subjectless_sentence_opening_a_numbered_section_is_the_articles_zone():
    found = figures(draft_of(
        "鹤壁经开区2024年新材料产业发展情况综述\n"
        "2024年，鹤壁经济技术开发区（以下简称“鹤壁经开区”）新材料产业实现产值216亿元。\n"
        "一、重点项目加快建设\n"
        "河南岚峰新材料有限公司年产5万吨电子级硫酸项目于今年8月建成投产。\n"
        "二、创新平台不断完善\n"
        "全年新增省级以上创新平台7个。\n"
        "鹤壁新材料科技企业孵化器在孵企业28家。\n"
        "三、招商引资成效明显\n"
        "全年签约新材料项目26个，签约额148亿元。"))
    assert found["7个"]["owner"] == "鹤壁经济技术开发区"
    assert found["28家"]["owner"] == "鹤壁新材料科技企业孵化器"
    assert found["26个"]["owner"] == "鹤壁经济技术开发区"
    assert found["148亿元"]["owner"] == "鹤壁经济技术开发区"


def test_a_bare_word_for_a_park_or_zone_opening_a_clause_stands_for_it():
    found = figures(draft_of(
        "在岚湖新材料产业集聚区，云南岚湖铜箔有限公司铜箔项目一期已于去年建成投产。集聚区去年实现工业产值52.4亿元。\n"
        "安顺岚江新区经济工作会议召开。围绕岚途汽车，新区去年新引进配套企业15家，本地配套率提升至38%。"))
    assert found["52.4亿元"]["owner"] == "岚湖新材料产业集聚区"
    assert found["15家"]["owner"] == "安顺岚江新区"
    assert found["38%"]["owner"] == "安顺岚江新区"


def test_a_park_written_after_its_zones_name_holds_its_tallies():
    found = figures(draft_of(
        "3月5日，云南曲岚新能源科技有限公司储能电池项目在曲靖经济技术开发区储能电池产业园开工。"
        "两家企业分别为曲岚新能源配套供应正极材料和电解液。\n"
        "目前，储能电池产业园已落地产业链项目12个，总投资超150亿元，其中投产项目5个。"))
    for figure in ("12个", "超150亿元", "5个"):
        assert found[figure]["owner"] == "曲靖经济技术开发区储能电池产业园"


def test_a_zones_brand_heading_a_companys_plant_leaves_the_figures_to_the_company_or_its_plant():
    found = figures(draft_of(
        "安顺岚江新区经济工作会议召开。四川岚途汽车有限公司（岚途汽车）岚江智能工厂全年下线整车8.6万辆。"))
    # the plant is a project of its own (plant_projects); a gold takes the project or the company that builds it
    assert found["8.6万辆"]["owner"] in ("四川岚途汽车有限公司", "岚江智能工厂")


def test_the_word_for_a_line_stands_for_the_company_that_named_it():
    found = figures(draft_of(
        "浙江晶岚光电科技有限公司（下称“晶岚光电”）Micro LED中试线正式通线，标志着嘉兴南湖高新区新型显示产业链"
        "补上了关键一环。该中试线投资4.2亿元，设计月产能为6英寸晶圆2000片。"))
    assert found["4.2亿元"]["owner"] == "浙江晶岚光电科技有限公司"
    assert found["2000片"]["owner"] == "浙江晶岚光电科技有限公司"


def test_a_district_is_not_read_as_the_short_form_of_its_zone():
    found = figures(draft_of(
        "湖州南浔高新技术产业开发区（以下简称“南浔高新区”）新型显示产业加快集聚。"
        "南浔区经济和信息化局局长表示，到2027年，南浔区新型显示产业规模力争突破300亿元。"))
    assert found["突破300亿元"]["owner"] == "南浔区"


def test_a_park_called_a_park_inside_a_park_is_one_whatever_its_name_ends_in():
    draft = draft_of(
        "目前，南湖光电显示产业园已集聚产业链企业38家。产业园内的南湖光显港作为“园中园”，规划面积600亩，"
        "已建成标准厂房12万平方米。\n"
        "化材园内的青川电子化学品专区作为“园中园”于今年5月启用，首批入驻企业6家。")
    parks = {c.label for c in draft.candidates if c.kind == "park"}
    assert {"南湖光显港", "青川电子化学品专区"} <= parks
    found = figures(draft)
    assert found["600亩"]["owner"] == "南湖光显港"
    assert found["12万平方米"]["owner"] == "南湖光显港"
    assert found["6家"]["owner"] == "青川电子化学品专区"
