"""Product names bounded by what their words are, not by the phrases seen (``product_bounds``): a name never
starts with a scope, a place, a plan or the unit of the number before it, never ends with a modal, a count or
the kind of plant after it; a Latin word, a code or where the product works right before it stays in it; a
company's short name is no part of it.

Every article here is invented for the test, in the genre's style; none uses the dev articles' phrases."""

from __future__ import annotations

from chaingraph.authoring.extract import extract
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.sources.normalize import normalize


def products(*sentences: str) -> set[str]:
    text = "产业动态\n" + "\n".join(sentences) + "\n"
    draft = extract(normalize(text), "products9", build_gazetteer([]), "2025-06-18")
    return {c.label for c in draft.candidates if c.kind == "product"}


# -- where a name starts: no scope, place or plan before it


def test_a_textile_county_names_its_products_without_scope_place_or_plan():
    found = products(
        "今年一季度，全县再生纤维产量达到12万吨，同比增长12%。",
        "县里的省级医用材料检测中心已投入使用，所产医用材料将通过专线运往省外。",
        "今年计划新开工纺织装备项目6个，力争纺织装备产业产值突破50亿元。",
        "调研组察看了东坪区纺织装备重点项目建设情况。",
        "位于青溪经济开发区的桐梓市纺织机器人示范运营项目也在当天投运。",
        "新工厂所产医用材料主要供应江南各地的医院。",
    )
    assert found == {"再生纤维", "医用材料", "纺织装备", "纺织机器人"}


# -- where a name ends: no modal, count or plant after it; no unit before it


def test_a_pv_town_names_its_products_without_the_words_around_them():
    found = products(
        "江苏晨曦光电科技有限公司一期8GW异质结组件拟于明年3月投产。",
        "晨曦光电负责人说，我们的210mm组件已经批量出货。",
        "同日签约的还有年产30万台逆变器智能工厂项目和年处理8万吨退役光伏组件回收利用项目。",
        "光伏玻璃和光伏逆变器两条产线投运后，全镇光伏产值将超过百亿元。",
    )
    assert {"异质结组件", "组件", "逆变器", "退役光伏组件", "光伏玻璃", "光伏逆变器"} <= found
    assert not {name for name in found if name.endswith(("拟于", "智能", "回收利用", "两条")) or name.startswith("mm")}


# -- a Latin word, a code, or where it works, right before the name


def test_a_medical_park_keeps_the_latin_words_codes_and_places_of_use_in_a_name():
    found = products(
        "云岭医药园内，上海安澜医疗科技有限公司生产的5G远程监护设备已发往各地医院。",
        "参观团了解了Micro OLED显示模组和海上风电叶片的生产情况。",
    )
    assert {"5G远程监护设备", "Micro OLED显示模组", "海上风电叶片"} <= found
    assert not {"G远程监护设备", "OLED显示模组", "风电叶片"} & found


def test_a_degree_jieba_glued_to_the_verb_before_opens_the_name():
    found = products("今年以来，金沙湾新材料产业园企业开发出低钴高镍正极材料等新产品6个。")
    assert "低钴高镍正极材料" in found and "钴高镍正极材料" not in found


# -- a company's short name is no part of a product


def test_a_company_short_name_is_cut_from_a_product_or_names_the_company():
    found = products(
        "园区内，杭州擎岳减速器科技有限公司的二期工厂已经投产。",
        "走进擎岳减速器的总装车间，一批批谐波减速器正在接受测试。",
        "江苏晶镓半导体科技有限公司投产后，晶镓半导体氮化镓芯片的产量将居全国前列。",
    )
    assert {"谐波减速器", "氮化镓芯片"} <= found
    assert not {name for name in found if name.startswith(("晶镓", "岳"))}


# -- a form of sentence no product suffix finds: two items joined by 和 or 及, closed with 等 and their kind


def test_items_joined_by_he_before_deng_and_their_kind_are_products():
    found = products(
        "园区内的桂江食品有限公司新工厂建成后，年可生产速冻水饺和汤圆等速冻食品3万吨。",
        "桂江药业有限公司年可生产硬胶囊及软胶囊等口服制剂5亿粒。",
    )
    assert {"速冻水饺", "汤圆", "硬胶囊", "软胶囊"} <= found
