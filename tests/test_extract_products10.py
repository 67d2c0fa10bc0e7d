"""Products of figures, by the form the text gives them in: a product named before 产能 with the rate said again
(由目前的每年…提升至每年…), by what a company gives itself to (主攻…), or by its project's name; no product from a
stage, a plan or a site (试生产阶段, 设计年产能, 新厂区); names whole where jieba cuts a word (彩超, 抹/茶粉,
新/增长/碳链尼龙, 正极/材料, 智能座舱/域控制器).

Every article here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_quantities import draft_of
from test_extract_quantities import figures as figure_facts


def figures(*sentences: str) -> dict[str, tuple[str | None, str | None]]:
    """figure text -> (product label or None, qualifier) of each quantity drafted."""
    drafted = figure_facts(draft_of("产业动态\n" + "\n".join(sentences) + "\n", "2025-09-18"))
    return {text: (facts["product"], facts["candidate"].figure.qualifier) for text, facts in drafted.items()}


def test_an_ultrasound_scanner_keeps_its_last_character_and_says_no_more_than():
    found = figures("宁川医学影像设备有限公司的新工厂明年建成后，年产全数字彩超2000台。")
    assert found["2000台"] == ("全数字彩超", None)


def test_a_trial_run_a_design_and_a_new_site_are_no_products():
    found = figures(
        "江北氟化工有限公司的四氟丙烯项目已于5月建成，眼下处于试生产阶段，两条线设计产能分别为1万吨/年和2万吨/年。",
        "云岭药业有限公司把目光投向配方颗粒，其新厂区年加工能力为8000吨，已正常运行。",
    )
    products = {product for product, _ in found.values()}
    assert not {"阶段", "新厂区"} & products


def test_a_project_named_by_a_cathode_material_gives_its_bare_design_capacity_a_product():
    found = figures("这是渭北锂源材料有限公司的磷酸锰铁锂正极材料项目，总投资9亿元，设计年产能3万吨，3月开始试生产。")
    assert found["年产能3万吨"][0] == "磷酸锰铁锂正极材料"


def test_what_a_company_gives_itself_to_is_the_product_of_its_bare_capacity():
    found = figures("这家企业主攻聚酰亚胺薄膜，现有产能为年产6000吨，去年实现产值4.2亿元。")
    assert found["年产6000吨"][0] == "聚酰亚胺薄膜"


def test_names_jieba_cuts_stay_whole():
    found = figures(
        "黔山茶业有限公司如今已建成年产抹茶粉600吨的生产线。",
        "豫中工程塑料有限公司二期建成后将新增长碳链尼龙产能2万吨/年。",
        "天津腾飞汽车电子有限公司是区里的汽车电子龙头。",
        "去年投产的腾飞智能座舱域控制器项目，目前年产能已达80万套。",
    )
    assert found["600吨"][0] == "抹茶粉"
    assert found["2万吨/年"][0] == "长碳链尼龙"
    # the controller, not the cockpit it serves (the brand before it is another matter: a name the text
    # gives the company nowhere else)
    assert next(product for text, (product, _) in found.items() if "80万套" in text).endswith("智能座舱域控制器")


def test_a_capacity_raised_from_its_present_rate_names_its_product_for_both_figures():
    found = figures("皖南精密电子有限公司拟追加投资4亿元，将精密冲压件产能由目前的每年20亿只提升至每年35亿只。")
    products = {text: product for text, (product, _) in found.items()}
    assert [products[t] for t in products if "20亿只" in t and "35" not in t] == ["精密冲压件"]
    assert [products[t] for t in products if t.endswith("35亿只")] == ["精密冲压件"]


def test_what_stands_between_the_verb_of_making_and_its_figure_is_made_though_jieba_reads_no_noun():
    found = figures(
        "达产后，长白骨科器械有限公司可形成年产人工关节2万套、创伤接骨板8万套的生产能力。",
        "溪南卫材有限公司的新生产线设计能力为年产医用敷料6000万片。",
    )
    assert found["2万套"][0] == "人工关节"
    assert found["6000万片"][0] == "医用敷料"


def test_green_hydrogen_made_in_one_character_and_soda_ash_held_at_a_rate_name_their_products():
    found = figures(
        "北漠氢能有限公司的风光制氢项目配套建设风电30万千瓦，年制绿氢1.5万吨，总投资28亿元。",
        "盐湖化工稳中有进：察尔汗工业园纯碱产能稳定在每年200万吨。",
    )
    assert found["1.5万吨"][0] == "绿氢"
    assert found["200万吨"][0] == "纯碱"


def test_a_line_built_in_the_sentence_gives_its_design_scale_a_product():
    found = figures(
        "过去一年，海西碱业有限公司小苏打产能达到每年10万吨。",
        "3. 支持柴达木锂辉新材料有限公司建设碳酸锂生产线，其设计规模为年产2万吨，力争年底试生产。",
    )
    assert found["年产2万吨"][0] == "碳酸锂"


def test_lines_built_in_order_give_their_figures_their_products():
    found = figures("陇南晶耀光电科技有限公司、成县泰华新能源有限公司分别建设光伏焊带、光伏接线盒生产线，"
                    "年产能依次达到8000吨和500万套。")
    assert found["8000吨"][0] == "光伏焊带"
    assert found["500万套"][0] == "光伏接线盒"


def test_a_first_phase_of_a_line_and_a_company_said_to_specialise_the_sentence_before():
    found = figures(
        "滇西硅能科技有限公司计划建设年产光伏电池片8000万片的生产线，一期4000万片已于5月建成。",
        "鹤岗墨源石墨科技有限公司则专注负极石墨。这家企业现有年产能3万吨，今年前8个月实现销售收入4亿元。",
    )
    assert found["4000万片"][0] == "光伏电池片"
    assert found["年产能3万吨"][0] == "负极石墨"


def test_a_park_the_line_stands_in_is_no_product():
    found = figures(
        "在临港装备制造产业园，北港氢能科技有限公司的船用储氢系统生产线已建成投产，年产能300套。",
        "黔东食品有限公司把目光投向刺梨饮品，其新产业园年加工能力为2万吨。",
    )
    assert found["年产能300套"][0] == "船用储氢系统"
    assert found["2万吨"][0] != "新产业园"
