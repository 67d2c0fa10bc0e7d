"""Names in forms the fifteenth and sixteenth rule-blind tens showed: a province's platform named by a field jieba
reads as a verb (安徽省再生塑料工程技术研究中心). Every sentence is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_names import draft_of, labels


def test_a_provinces_platform_named_by_a_field_jieba_reads_as_a_verb():
    for sentence in ("赛澜公司同步筹建安徽省再生塑料工程技术研究中心。", "安徽省再生塑料工程技术研究中心今年获批。"):
        assert "安徽省再生塑料工程技术研究中心" in labels(draft_of(sentence), "organisation"), sentence
