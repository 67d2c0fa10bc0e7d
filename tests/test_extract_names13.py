"""Company names whose brand jieba cuts before a verb of their trade (恒川/云/计算有限公司) or whose bracketed place
jieba does not know as a place (…（怀来/v）有限公司).

Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

from chaingraph.authoring.extract import extract
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.sources.normalize import normalize


def organisations(*sentences: str) -> set[str]:
    text = "产业动态\n" + "\n".join(sentences) + "\n"
    draft = extract(normalize(text), "names13", build_gazetteer([]), "2025-10-18")
    return {c.label for c in draft.candidates if c.kind == "organisation"}


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
