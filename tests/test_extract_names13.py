"""Company names whose brand jieba cuts before a verb of their trade (恒川/云/计算有限公司) or whose bracketed place
jieba does not know as a place (…（怀来/v）有限公司).

Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_names import draft_of, labels


def organisations(*sentences: str) -> set[str]:
    return set(labels(draft_of(*sentences), "organisation"))


def test_a_brand_cut_before_the_trade_it_names_keeps_the_trade():
    found = organisations("今年以来，恒川云计算有限公司在园区新增机柜3200架。")
    assert "恒川云计算有限公司" in found


def test_a_place_of_registry_in_brackets_stays_in_the_name_whatever_jieba_tags_it():
    found = organisations("恒川云计算（怀来）有限公司在云岭数港产业园内建有多栋数据楼。",
                          "据恒川云计算（怀来）有限公司负责人介绍，4号楼明年交付。")
    assert "恒川云计算（怀来）有限公司" in found
    assert not any(label.startswith(("（", "有限")) for label in found)


def test_a_verb_of_the_clause_before_a_bracketed_place_is_no_brand():
    found = organisations("园区引进计算（北京）有限公司。")
    assert "园区引进计算（北京）有限公司" not in found


def test_the_part_or_rank_a_company_holds_is_not_its_name():
    found = organisations("作为产业链龙头，福建闽芯碳化硅材料有限公司今年产能翻番。",
                          "据了解，产业链龙头福建闽芯碳化硅材料有限公司今年产能翻番。",
                          "项目业主云南滇南硅能科技有限公司负责建设和运营。")
    assert {"福建闽芯碳化硅材料有限公司", "云南滇南硅能科技有限公司"} <= found
    assert not any(label.startswith(("产业链", "业主")) for label in found)


def parks(*sentences: str) -> set[str]:
    return set(labels(draft_of(*sentences), "park"))


def test_a_verb_before_the_bare_word_for_a_park_makes_no_park():
    found = parks("盛夏的辽源经济开发区汽车零部件产业园，一辆辆满载压铸件的货车驶出园区，发往长春。",
                  "其中封测环节产值占园区的58%。",
                  "蓝天创新创业园区今年新增企业12家。",
                  "东湖共享园区今年新增企业9家。")  # (共享 is a verb to jieba, a word of this park's name)
    assert found == {"辽源经济开发区汽车零部件产业园", "蓝天创新创业园区", "东湖共享园区"}
