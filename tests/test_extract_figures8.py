"""`chaingraph extract` on the figure forms of the sixth rule-blind dev ten (products of an 等 list, prefixes that
are no part of a product's name, owners and statuses of ordinary reports). The sentences are written for these
tests in the genre's style; every name is invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def products_of(draft) -> set[str]:
    return {c.label for c in draft.candidates if c.cls in ("Product", "Material")}


def test_the_items_of_a_list_closing_with_a_kind_of_thing_are_products():
    draft = draft_of(
        "澜海精工科技有限公司年产200万件汽车结构件项目开工，建成后年产车门内板、门槛梁、仪表盘支架等车身结构件"
        "200万件。\n"
        "在湄溪电声有限公司，市长察看了智能手表、骨传导耳机等整机产品的生产线。\n")
    found = figures(draft)
    names = products_of(draft)
    assert {"车门内板", "门槛梁", "仪表盘支架", "智能手表", "骨传导耳机"} <= names
    assert found["200万件"]["product"] == "车身结构件"  # the figure counts the kind, the items are examples
    assert found["200万件"]["owner"].endswith("项目")
    assert found["200万件"]["status"] == "planned"


def test_a_range_of_sizes_stays_in_a_product_name_and_a_rating_does_not():
    found = figures(draft_of(
        "湄溪通航科技有限公司的新厂房已投产，可年产中小型多旋翼无人机800架。\n"
        "澜海氢能装备有限公司一期生产线已投产，可年产2000标方质子交换膜电解槽150台套。\n"))
    assert found["800架"]["product"] == "中小型多旋翼无人机"
    assert found["800架"]["owner"] == "湄溪通航科技有限公司" and found["800架"]["status"] == "operating"
    assert found["150台套"]["product"] == "质子交换膜电解槽"
    assert found["150台套"]["owner"] == "澜海氢能装备有限公司" and found["150台套"]["status"] == "operating"
