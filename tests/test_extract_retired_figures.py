"""`chaingraph extract` on the figure forms the retired held-out articles missed, and on rates of change,
which are no figures to keep (decided 2026-12-02). The sentences are written for these tests in the
genre's style; names are invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def test_a_rate_of_change_is_not_proposed_but_a_share_or_a_rate_raised_to_a_level_is():
    found = figures(draft_of(
        "岚溪经开区去年汽车零部件产业实现产值268亿元，同比增长17.5%，增速居全市第一。\n"
        "园区新引进配套企业12家，本地配套率提升至60%，其中核心部件占比达到35%。\n"
        "岚溪恒锐精密有限公司、岚溪澜川电子有限公司产值分别增长22%和31%，良品率稳定在98%以上。\n"
        "今年，经开区力争规上工业增加值增长8%以上，较上年下降的能耗再降低5%。\n"))
    per_cent = sorted(f["value"] for f in found.values() if f.get("unitCode") == "P1")
    assert per_cent == [35, 60, 98]  # not 17.5, 22, 31, 8 nor 5: the rates of change
    assert found["268亿元"]["owner"] == "岚溪经开区" and found["268亿元"]["status"] == "achieved"
    assert found["60%"]["owner"] == "岚溪经开区" and found["60%"]["product"] is None
    assert found["35%"]["unitCode"] == "P1" and found["35%"]["value"] == 35
    assert found["98%"]["valueQualifier"] == "more-than"
