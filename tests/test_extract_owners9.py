"""`chaingraph extract` on owners by the form a writer gives them (the seventh rule-blind dev ten and the rest of
dev, grouped by form): a project named after its company, a project singled out by a copula, a place where a
project stands, the whole a share is of, a chain of clauses on one place, a park a company drives, a word opening a
paragraph, a tour's stop, a title's short city name, a company's unnamed project, a company helped to expand; and
the status of a capacity raised from. The sentences are written for these tests in the genre's style; every name
is invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def projects_of(draft) -> dict[str, list[str]]:
    return {c.label: c.names for c in draft.candidates if c.kind == "project"}


def test_a_project_named_after_its_company_is_also_known_by_the_rest_of_its_name():
    draft = draft_of(
        "6月3日，甘肃陇泉生物科技有限公司年产3万吨氨基酸项目开工仪式在张掖经济技术开发区举行。\n"
        "据介绍，该项目总投资18亿元，建成后年产饲料级氨基酸3万吨。年产3万吨氨基酸项目计划明年投产。\n")
    projects = projects_of(draft)
    assert projects["甘肃陇泉生物科技有限公司年产3万吨氨基酸项目"][1:] == ["年产3万吨氨基酸项目"]
    found = figures(draft)
    assert found["18亿元"]["owner"] == "甘肃陇泉生物科技有限公司年产3万吨氨基酸项目"
    assert found["3万吨"]["owner"] == "甘肃陇泉生物科技有限公司年产3万吨氨基酸项目"


def test_the_rest_of_a_projects_name_is_no_name_where_the_text_never_writes_it_alone():
    draft = draft_of("6月3日，甘肃陇泉生物科技有限公司年产3万吨氨基酸项目开工，项目总投资18亿元。\n")
    name = "甘肃陇泉生物科技有限公司年产3万吨氨基酸项目"
    assert projects_of(draft)[name] == [name]
    assert figures(draft)["18亿元"]["candidate"].label.startswith("甘肃陇泉生物科技有限公司")


def test_a_projects_latin_words_keep_the_space_between_them():
    draft = draft_of(
        "江苏澄芯显示科技有限公司拟投资40亿元，在宿迁高新区建设年产8GW HJT电池片项目和Mini LED背光模组项目。\n")
    projects = projects_of(draft)
    assert "年产8GW HJT电池片项目" in projects and "Mini LED背光模组项目" in projects


def test_a_project_singled_out_by_a_copula_and_the_park_it_is_sited_in():
    draft = draft_of(
        "今年新签约的项目中，投资最大的当属高纯石英砂项目。这一项目总投资22亿元，选址赣州经开区章江新材料产业园，"
        "建成后可年产高纯石英砂6万吨。\n")
    assert "高纯石英砂项目" in projects_of(draft)
    found = figures(draft)
    assert found["22亿元"]["owner"] == "高纯石英砂项目"
    assert found["6万吨"]["owner"] == "高纯石英砂项目"  # the park is where it stands, not whose output it is


def test_a_share_of_the_province_is_the_citys():
    found = figures(draft_of(
        "2025年丽江市政府工作报告\n"
        "过去一年，全市中药材种植面积达到52万亩，三七产量1.2万吨，分别占全省的17%和23%。\n", "2025-02-10"))
    assert found["17%"]["owner"] == found["23%"]["owner"] == "丽江市"


def test_a_chain_of_clauses_goes_on_speaking_of_the_place_it_opened_on():
    found = figures(draft_of(
        "1至9月，全市新签约亿元以上项目36个，签约总额240亿元；新开工项目14个，新投产项目8个；"
        "实际到位内资71亿元，同比增长9.6%。鞍山市将继续优化营商环境。\n"
        "鞍山达道湾经济开发区今年以来新签约菱镁项目11个，签约额52亿元；新开工项目6个，完成固定资产投资18.5亿元。\n",
        "2025-10-20"))
    assert found["71亿元"]["owner"] == "鞍山市"
    assert found["18.5亿元"]["owner"] == "鞍山达道湾经济开发区"


def test_a_park_a_company_drives_holds_the_figure_after_the_drive():
    found = figures(draft_of(
        "衢州氟硅新材料产业园规划面积12平方公里。园区内浙江衢氟化工有限公司去年营业收入58亿元，"
        "带动园区全年实现产值360亿元。\n"))
    assert found["58亿元"]["owner"] == "浙江衢氟化工有限公司"
    assert found["360亿元"]["owner"] == "衢州氟硅新材料产业园"


def test_a_word_opening_a_paragraph_stands_for_the_thing_last_named():
    found = figures(draft_of(
        "6月12日，宜宾临港新材料产业园正式开园，首批入驻企业9家。\n"
        "▲开园仪式现场。记者 摄\n"
        "产业园由宜宾临港经济技术开发区与成都高新技术产业开发区共建，规划面积2600亩，重点发展锂电材料。\n"))
    assert found["2600亩"]["owner"] == "宜宾临港新材料产业园"


def test_a_stop_of_a_tour_is_what_its_heading_names():
    found = figures(draft_of(
        "第一站 皖北智能家居产业园\n"
        "安徽宿居家具有限公司年产30万套定制家居项目已投产，总投资9亿元。\n"
        "第二站 宿州现代物流园\n"
        "项目由宿州交通投资集团有限公司投资建设，总投资5.2亿元，占地210亩，建设仓储面积8万平方米。\n"
        "第三站 宿州家居检测中心\n"
        "该中心由安徽宿居家具有限公司与宿州学院共建，去年建成运行，已为市内27家家居企业提供检测服务。\n"))
    assert found["9亿元"]["owner"] == "安徽宿居家具有限公司年产30万套定制家居项目"
    assert found["5.2亿元"]["owner"] == found["210亩"]["owner"] == "宿州现代物流园"
    assert found["27家"]["owner"] == "宿州家居检测中心"  # the companies served are the city's, the count the centre's


def test_a_section_of_a_review_titled_by_the_citys_short_name_is_the_citys():
    found = figures(draft_of(
        "醴陵发布\n"
        "2024年醴陵陶瓷新材料产业盘点：稳中有进 链上发力\n"
        "岁末回望，2024年醴陵市陶瓷新材料产业交出了一份亮眼答卷：全年产业产值预计达到420亿元。\n"
        "一是重大项目接连落地。全年新签约陶瓷新材料项目17个，协议总投资156亿元。\n", "2024-12-28"))
    assert found["17个"]["owner"] == found["156亿元"]["owner"] == "醴陵市"


def test_a_project_said_of_a_company_named_after_another_companys_project_is_that_companys():
    found = figures(draft_of(
        "江西赣锋硅材料有限公司有机硅单体项目已于4月开工，计划总投资30亿元。\n"
        "在九江经济技术开发区，九江瑞瓷新材料有限公司投资的特种陶瓷智能工厂正在进行主体施工，"
        "项目达产后可年产氮化硅陶瓷球等特种陶瓷制品8000吨。\n"))
    assert found["30亿元"]["owner"] == "江西赣锋硅材料有限公司有机硅单体项目"
    assert found["8000吨"]["owner"] == "九江瑞瓷新材料有限公司"


def test_a_company_supported_to_expand_holds_what_it_expands_to():
    found = figures(draft_of(
        "常州恒驰精密传动有限公司是国内谐波减速器的主要供应商。\n"
        "加快常州凯德电驱科技有限公司年产20万台电驱总成项目建设，支持恒驰精密扩产至年产80万台。\n"))
    assert found["年产80万台"]["owner"] == "常州恒驰精密传动有限公司"


def test_a_capacity_raised_from_what_there_is_today_is_in_operation():
    found = figures(draft_of(
        "湖南湘芯材料有限公司带来了光刻胶扩产项目。公司副总经理介绍，项目投产后，湘芯材料光刻胶的产能将从现有的"
        "年产300吨增至1000吨。\n"))
    assert found["年产300吨"]["status"] == "operating" and found["1000吨"]["status"] == "planned"
    assert found["年产300吨"]["owner"] == "湖南湘芯材料有限公司"
