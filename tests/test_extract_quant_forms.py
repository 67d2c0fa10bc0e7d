"""`chaingraph extract` on figure forms the earlier rounds left: projects named by two things they make
joined by 及/和 (年产20万吨特种聚酯及10万吨可降解材料项目), a figure for a list of products (年加工当归、黄芪等
药材5000吨), products named in a noun phrase before a bare capacity (分别建设的多晶硅项目和储能逆变器项目，
年产能分别为…; 该公司的电池片项目…，一期5GW), a target after 产能力争, and a product jieba splits (再生/铝).
The sentences are written for these tests in the genre's style; names are invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def test_a_project_named_by_two_figures_joined_by_ji_or_he_keeps_both():
    found = figures(draft_of(
        "3月12日，山东岱岚新材料有限公司年产8万吨磷酸铁及4万吨磷酸铁锂项目在东营经济技术开发区开工，总投资26亿元。\n"
        "同日，由岭川集团有限公司控股的甘肃岭锂材料有限公司，分两期建设年产6万吨三元前驱体和3万吨硫酸镍项目，"
        "项目总投资42亿元。"))
    assert found["年产8万吨"]["owner"] == "山东岱岚新材料有限公司年产8万吨磷酸铁及4万吨磷酸铁锂项目"
    assert found["4万吨"]["owner"] == "山东岱岚新材料有限公司年产8万吨磷酸铁及4万吨磷酸铁锂项目"
    assert found["4万吨"]["product"] == "磷酸铁锂"
    assert found["26亿元"]["owner"] == "山东岱岚新材料有限公司年产8万吨磷酸铁及4万吨磷酸铁锂项目"
    assert found["4万吨"]["status"] == "under-construction"
    assert found["3万吨"]["owner"] == "年产6万吨三元前驱体和3万吨硫酸镍项目"
    assert found["3万吨"]["product"] == "硫酸镍"
    assert found["42亿元"]["owner"] == "年产6万吨三元前驱体和3万吨硫酸镍项目"


def test_two_projects_named_in_full_and_joined_stay_two():
    draft = draft_of("该公司将在园区建设区域总部及年产5万吨铜箔项目。\n"
                     "新疆岭池材料有限公司和新疆岭硅科技有限公司分别在建年产5万吨有机硅单体项目和年产2万吨高纯石英砂项目。\n")
    projects = sorted(c.label for c in draft.candidates if c.kind == "project")
    assert projects == ["年产2万吨高纯石英砂项目", "年产5万吨有机硅单体项目", "年产5万吨铜箔项目"]


def test_a_product_named_at_its_figure_comes_before_the_projects_listed():
    found = figures(draft_of(
        "上海岭元高分子材料有限公司、岭特（上海）精细化工有限公司分别签约高性能薄膜项目和电子化学品项目，"
        "达产后将分别新增聚酰亚胺薄膜3000吨、电子级湿化学品6万吨的年产能。"))
    assert found["3000吨"]["product"] == "聚酰亚胺薄膜"
    assert found["6万吨"]["product"] == "电子级湿化学品"


def test_a_figure_for_a_list_of_products_takes_the_first_item():
    found = figures(draft_of(
        "甘南州岭源藏药有限公司年加工当归、黄芪、党参等高原药材5000吨。\n"
        "达产后，青海湟川食品有限公司可年产青稞酒、牦牛肉干等特色食品3万吨。"))
    assert found["5000吨"]["product"] == "当归"
    assert found["5000吨"]["owner"] == "甘南州岭源藏药有限公司"
    assert found["5000吨"]["status"] == "operating"
    assert found["3万吨"]["product"] == "青稞酒"
    assert found["3万吨"]["status"] == "planned"


def test_projects_listed_before_respective_capacities_name_their_products():
    found = figures(draft_of(
        "江西岭庐硅材料有限公司和江西星岚储能科技有限公司分别建设的多晶硅项目和储能逆变器项目，"
        "年产能分别为5万吨、3GW。"))
    assert found["5万吨"]["product"] == "多晶硅"
    assert found["5万吨"]["owner"] == "江西岭庐硅材料有限公司"
    assert found["3GW"]["product"] == "储能逆变器"
    assert found["3GW"]["owner"] == "江西星岚储能科技有限公司"


def test_a_phase_figure_takes_the_product_its_project_is_named_by():
    found = figures(draft_of(
        "上饶经开区引进的江西晶岳新能源科技有限公司发展势头良好。该公司的电池片项目计划分两期建设，"
        "一期5GW预计今年12月投产。"))
    assert found["5GW"]["product"] == "电池片"
    assert found["5GW"]["owner"] == "江西晶岳新能源科技有限公司"
    assert found["5GW"]["status"] == "planned"


def test_a_capacity_target_after_li_zheng_and_a_split_product():
    found = figures(draft_of(
        "到2027年，乌兰察布市绿氢产能力争达到30万吨。\n"
        "百色市岭铝新材料有限公司表示，到2026年公司再生铝产能将达到60万吨。"))
    assert found["30万吨"]["product"] == "绿氢"
    assert found["30万吨"]["status"] == "planned"
    assert found["60万吨"]["product"] == "再生铝"
    assert found["60万吨"]["owner"] == "百色市岭铝新材料有限公司"
