"""Products of figures in the forms the rules still missed: a list of products after one 年产 whose first is counted
in square metres, a qualifier graded by a degree (高导热), a product before its line and 加工能力, a product in quotes,
the next item of a list whose first count is in a unit read as no figure, a delivery said with no noun after a
capacity, a product said after a verb of delivery (全年出货), what the sentence says a company makes before what a
sentence before made, and a line named in quotes.

Every article here is invented for the test, in the genre's style."""

from __future__ import annotations

from chaingraph.authoring.extract import extract
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.sources.normalize import normalize


def products(*sentences: str) -> dict[str, str | None]:
    """figure text -> the product label of each quantity drafted (None where it has none)."""
    text = "产业动态\n" + "\n".join(sentences) + "\n"
    draft = extract(normalize(text), "products14", build_gazetteer([]), "2025-11-20")
    return {candidate.figure.text: next((f.value.label for f in candidate.facts if f.prop == "ofProduct"), None)
            for candidate in draft.candidates if candidate.kind == "quantity"}


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
