"""`chaingraph extract` on the figure forms of the sixth figure round: one conversion of units for prose and
tables, and the dev leftovers' forms. The sentences and tables are written for these tests in the genre's
style; every name is invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures

AREA_NOTICE = (
    "关于2025年度县级重点产业项目用地安排的通知\n"
    "序号 项目名称 建设单位 用地面积（公顷） 用地面积（亩） 总投资（万元）\n"
    "1 澄溪智能装备产业园 澄溪县城市发展投资有限公司 2.66667 100 38000\n"
    "以上项目请各乡镇做好要素保障。\n"
    "澄溪县滨河片区另有一宗工业用地，占地5.33333公顷，折合80亩。\n"
)


def test_a_table_column_and_a_sentence_convert_a_unit_alike():
    found = figures(draft_of(AREA_NOTICE, "2025-03-01"))
    table_hectares = next(f for text, f in found.items() if text == "2.66667" and f["unitCode"] == "HAR")
    # written in hectares: kept as written, in the table as in prose (no rounding to 0.0001 ha)
    assert table_hectares["value"] == 2.66667 and found["5.33333公顷"]["value"] == 5.33333
    # 亩 converted to hectares: 1/15 repeats, rounded to 0.0001 ha in both
    assert found["100"]["unitCode"] == "HAR" and found["100"]["value"] == 6.6667
    assert found["80亩"]["unitCode"] == "HAR" and found["80亩"]["value"] == 5.3333
    assert found["38000"]["value"] == 380000000 and found["38000"]["unitCode"] == "CNY"
    assert found["38000"]["owner"] == "澄溪智能装备产业园"
