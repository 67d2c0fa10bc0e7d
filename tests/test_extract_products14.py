"""Products of figures in the forms the rules still missed: a list of products after one 年产 whose first is counted
in square metres, a qualifier graded by a degree (高导热), a product before its line and 加工能力, a product in quotes,
the next item of a list whose first count is in a unit read as no figure, a delivery said with no noun after a
capacity, a product said after a verb of delivery (全年出货), what the sentence says a company makes before what a
sentence before made, and a line named in quotes.

Every article here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def products(*sentences: str) -> dict[str, str | None]:
    """figure text -> the product label of each quantity drafted (None where it has none)."""
    drafted = figures(draft_of("产业动态\n" + "\n".join(sentences) + "\n", "2025-11-20"))
    return {text: facts["product"] for text, facts in drafted.items()}


def test_a_film_counted_in_square_metres_and_the_next_item_of_its_list_are_products():
    found = products("闽东碳素新材料有限公司计划投资8亿元，"
                     "建设年产石墨烯散热膜450万平方米、高导热石墨卷材150吨的生产线。")
    assert found["450万平方米"] == "石墨烯散热膜"
    assert found["150吨"] == "高导热石墨卷材"


def test_a_degree_and_the_verb_it_grades_stay_in_the_name():
    found = products("赣北碳材科技有限公司的二号车间去年投产，年产高导热石墨卷材320吨。")
    assert found["320吨"] == "高导热石墨卷材"


def test_a_product_before_its_line_and_its_processing_capacity():
    found = products("黔东南苗药有限公司去年扩建了饮片车间，其中药饮片生产线年加工能力达4500吨。")
    assert found["4500吨"] == "中药饮片"


def test_the_next_item_of_a_list_whose_first_count_is_in_bags():
    found = products("该制剂项目投产后，可年产颗粒剂3亿袋、胶囊剂6亿粒。")
    assert found["6亿粒"] == "胶囊剂"


def test_a_delivery_with_no_noun_is_of_the_capacity_before_it():
    found = products("晋南氢动科技有限公司现有燃料电池系统年产能3000套，今年已交付1200套。")
    assert found["1200套"] == "燃料电池系统"


def test_a_product_before_a_verb_of_delivery_in_the_year():
    found = products("吕梁氢能装备有限公司的燃料电池发动机全年出货1500台，居全省第二。")
    assert found["1500台"] == "燃料电池发动机"


def test_a_product_in_quotes_after_a_verb_of_making():
    found = products("今年前三季度，哈密储能科技有限公司生产“280Ah长循环储能电芯”3.4GWh，营收增长两成。")
    assert found["3.4GWh"] == "280Ah长循环储能电芯"


def test_what_the_sentence_says_is_made_before_what_a_sentence_before_made():
    found = products(
        "陇东铝业有限公司去年建成年产8万吨汽车用铝合金板材项目。",
        "陇西碳素科技有限公司主要生产硅碳负极材料，现有产能每年3万吨，今年前三季度产量1.9万吨。",
    )
    assert found["3万吨"] == "硅碳负极材料"
    assert found["1.9万吨"] == "硅碳负极材料"


def test_a_line_named_in_quotes_gives_its_bare_capacity_a_product():
    found = products("陇南铝箔有限公司目前铝板带材年产能30万吨；新建的“8微米动力电池铝箔”生产线，年产能达到2万吨。")
    assert found["2万吨"] == "8微米动力电池铝箔"


def test_a_name_ending_in_a_character_jieba_reads_as_a_morpheme_is_whole():
    found = products("去年，鄂东光通信股份有限公司实现营业收入21亿元，光纤预制棒产量突破900吨。")
    assert found["突破900吨"] == "光纤预制棒"


def test_a_vehicle_assembled_each_year_is_a_capacity_of_it():
    found = products("该项目由晋中氢驰新能源汽车有限公司建设，建成后可年组装氢燃料电池重卡2000辆。")
    assert found["2000辆"] == "氢燃料电池重卡"


def test_a_first_phase_after_a_semicolon_or_after_the_words_of_a_capacity():
    found = products(
        "黔中冷链科技有限公司租下两栋厂房，投产后每年可生产液冷机柜2万台；一期8000台生产线已开始试生产。",
        "冀南氢能动力有限公司将分期形成年产燃料电池系统8000套的能力，其中一期3000套。",
    )
    assert found["8000台"] == "液冷机柜"
    assert found["3000套"] == "燃料电池系统"


def test_names_with_a_code_of_digits_and_sizes_in_a_list_after_one_verb():
    found = products(
        "项目一期建成后，可形成年产维生素K2 20吨、辅酶Q10 150吨的生产能力。",
        "华北硅材料有限公司建成后可年产8英寸抛光硅片90万片、8英寸外延片30万片。",
    )
    assert found["20吨"] == "维生素K2"
    assert found["150吨"] == "辅酶Q10"
    assert found["30万片"] == "8英寸外延片"


def test_a_capacity_raised_from_the_year_rate_and_a_packaging_capacity_said_again():
    found = products(
        "项目投产后，津南电子气体有限公司高纯六氟化钨的产能将从现有的年产300吨增至900吨。",
        "渝东封测科技有限公司的先进封装产线，年封装功率器件能力已达1200万只；二期建成后新增年封装能力1600万只。",
    )
    assert found["年产300吨"] == "高纯六氟化钨"
    assert found["1600万只"] == "功率器件"


def test_what_a_line_delivered_and_a_supply_after_a_capacity_are_its_product():
    found = products(
        "桂东动力科技有限公司总经理介绍，公司现有的双电机混动变速箱生产线去年交付了18万台，订单已排到明年。",
        "该公司投资2亿元建成一条电子水泵生产线，年产能20万台，今年1至9月已供货9万余台。",
    )
    assert found["18万台"] == "双电机混动变速箱"
    assert found["9万余台"] == "电子水泵"


def test_a_furnace_daily_melt_is_a_capacity_of_the_glass_its_line_makes():
    found = products("园区内，滇西玻璃制品有限公司的光伏背板玻璃生产线已满产运行，日熔量达到900吨。")
    assert found["900吨"] == "光伏背板玻璃"


def test_a_roman_numeral_stays_in_the_name():
    found = products("秦北氢能装备有限公司在建的储氢瓶产线建成后，可年产Ⅲ型储氢瓶2万只。")
    assert found["2万只"] == "Ⅲ型储氢瓶"


def test_lines_each_said_as_their_owner_s_take_the_figures_after_respectively_in_order():
    found = products("湘南热控系统有限公司的电动压缩机产线、郴州汇联电气有限公司的车载充电机产线同日投产，"
                     "产能分别为年产80万套和40万套。")
    assert found["年产80万套"] == "电动压缩机"
    assert found["40万套"] == "车载充电机"


def test_where_a_company_turns_its_eyes_is_what_it_makes():
    found = products(
        "藏东高原生物科技有限公司年产2000吨青稞膳食纤维生产线已于今年投产。",
        "另一家企业藏南药业有限公司则把目光投向藏药材饮片，其新厂区年加工能力为3000吨，已正常运行。",
    )
    assert found["3000吨"] == "藏药材饮片"


def test_a_date_a_full_width_rate_and_the_words_after_the_work_are_no_part_of_the_name():
    found = products(
        "项目分两期建设：一期3GW电池片于2024年6月投产，二期3GW今年开工。",
        "截至去年底，全县多晶硅已建成产能达到8万吨／年。",
        "加快北岭硅业有限公司工业硅技改项目建设，技改完成后工业硅产能提升至每年6万吨。",
    )
    assert found["3GW"] == "电池片"
    assert found["8万吨"] == "多晶硅"
    assert found["6万吨"] == "工业硅"


def test_lines_that_integrate_systems_make_the_systems():
    found = products("滇东储能科技有限公司、滇中电力科技有限公司两家企业分别建成储能系统集成产线，"
                     "年产能分别为4GWh和2GWh。")
    assert found["4GWh"] == "储能系统"


def test_what_a_line_delivered_or_months_produced_stays_an_output_of_its_product():
    text = "产业动态\n一期产线去年已建成投产，今年1至5月生产储能电芯约90万只。\n" \
           "公司现有的混动变速箱生产线去年交付了15万台，订单已排满。\n"
    kinds = {text: (facts["cls"], facts["product"]) for text, facts in figures(draft_of(text, "2025-11-20")).items()}
    assert kinds["约90万只"] == ("Quantity", "储能电芯")
    assert kinds["15万台"] == ("Quantity", "混动变速箱")


def test_what_a_line_is_given_to_is_the_product_of_the_capacity_said_after_its_figure():
    found = products(
        "“这条线是今年5月投产的，专做新能源汽车一体化压铸前舱总成，现在已经形成年产20万套的能力。”",
        "湘西苗药有限公司、湘中本草药业有限公司新上的饮片生产线均已投用，分别具备年产中药饮片2000吨、900吨的能力。",
    )
    assert found["年产20万套"] == "新能源汽车一体化压铸前舱总成"
    assert found["900吨"] == "中药饮片"  # (a figure listed after another is of its product, not the line's word)


def test_the_work_a_company_is_engaged_in_names_the_product_of_its_workshop_capacity():
    found = products("该公司主要从事金银花提取物生产，提取车间设计年产能600吨，已于8月建成。")
    assert found["年产能600吨"] == "金银花提取物"
