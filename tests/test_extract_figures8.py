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


def test_a_phase_list_is_no_product_list():
    found = figures(draft_of(
        "澜海新能源科技有限公司将在湄溪光伏产业园建设年产8GW异质结电池片项目，项目分两期实施，一期、二期产能分别为"
        "3GW和5GW。\n"))
    assert found["3GW"]["product"] == found["5GW"]["product"] == "异质结电池片"
    # the phases' capacities: the project's or its builder's (owner: [P, X] in the gold format)
    assert found["5GW"]["owner"] in ("年产8GW异质结电池片项目", "澜海新能源科技有限公司")
    assert found["5GW"]["status"] == "planned"


def test_a_work_reports_cluster_totals_are_the_city_it_names_most():
    found = figures(draft_of(
        "政府工作报告（节选）\n"
        "——2025年1月15日在湄溪市第九届人民代表大会第三次会议上\n"
        "过去一年，湄溪市工业经济稳中有进。阀门产业集群营业收入突破260亿元，新增规模以上阀门企业15家。"
        "澜海阀门有限公司年产5万台智能阀门项目建成投产。\n"
        "今年，湄溪市将实施阀门产业链提质行动。力争阀门产业集群营业收入达到300亿元。\n", "2025-01-20"))
    assert found["突破260亿元"]["owner"] == found["15家"]["owner"] == found["300亿元"]["owner"] == "湄溪市"
    assert found["突破260亿元"]["status"] == "achieved" and found["300亿元"]["status"] == "planned"
    assert found["年产5万台"]["product"] == "智能阀门"


def test_a_capacity_clause_after_a_list_closing_with_its_kind_counts_that_kind():
    found = figures(draft_of(
        "湄溪动力科技有限公司生产的电驱系统、燃油泵等动力部件，产能达每年3万台（套）；澜海复材有限公司则配套生产舱门、"
        "尾翼等复合材料零部件，年产能约6万件。\n"))
    assert found["3万台（套）"]["value"] == 30000 and found["3万台（套）"]["unitCode"] == "SET"
    assert found["3万台（套）"]["product"] == "动力部件" and found["3万台（套）"]["owner"] == "湄溪动力科技有限公司"
    assert found["3万台（套）"]["status"] == "operating"
    assert found["约6万件"]["product"] == "复合材料零部件" and found["约6万件"]["owner"] == "澜海复材有限公司"


def test_a_platforms_services_are_counted_and_held_by_the_one_before_named():
    found = figures(draft_of(
        "园区还布局了湄溪市电子元器件检测平台和湄溪新材料研究院，前者已为园区内外企业提供检测服务600余次。"
        "今年第三次招商推介会在湄溪举行。\n"))
    assert found["600余次"]["owner"] == "湄溪市电子元器件检测平台"
    assert found["600余次"]["product"] is None and found["600余次"]["status"] == "achieved"
    assert not [text for text in found if text.endswith("次") and text != "600余次"]  # 第三次 is no figure


def test_a_work_reports_tasks_of_the_year_are_plans_and_a_project_it_speeds_up_is_being_built():
    found = figures(draft_of(
        "政府工作报告（节选）\n"
        "一、2024年工作回顾\n"
        "湄溪阀门产业园一期建成投用，新增标准厂房12万平方米。\n"
        "二、2025年重点工作\n"
        "（一）壮大阀门产业。推动湄溪阀门产业园二期建成投用，新增标准厂房20万平方米；"
        "加快澜海阀门有限公司年产5万台智能阀门项目建设。\n", "2025-01-20"))
    assert found["12万平方米"]["status"] == "achieved"
    assert found["20万平方米"]["status"] == "planned" and found["20万平方米"]["owner"].startswith("湄溪阀门产业园")
    assert found["年产5万台"]["status"] == "under-construction" and found["年产5万台"]["product"] == "智能阀门"
