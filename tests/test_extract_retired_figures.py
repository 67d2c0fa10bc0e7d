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


def test_a_zone_written_by_a_few_characters_past_its_first_words_holds_its_clause():
    found = figures(draft_of(
        "湖北岚江转型综合改革示范区签约5个储能项目\n"
        "位于岚江市东部的岚湾产业园区是储能产业的主要承载地。截至目前，综改区已集聚储能企业38家，"
        "去年储能产业产值达到215亿元。\n"))
    assert found["38家"]["owner"] == "湖北岚江转型综合改革示范区"
    assert found["215亿元"]["owner"] == "湖北岚江转型综合改革示范区"
    assert found["215亿元"]["status"] == "achieved"


def test_a_figure_before_the_of_a_park_or_platform_is_that_park_s():
    found = figures(draft_of(
        "今年，岚川经开区将加快建设。推动总投资26亿元的澜峰生物医用材料产业化基地、"
        "总投资3.5亿元的岚川医疗器械检验检测中心等项目年内开工。\n"))
    assert found["26亿元"]["owner"] == "澜峰生物医用材料产业化基地"
    assert found["26亿元"]["status"] == "planned"
    assert found["3.5亿元"]["owner"] == "岚川医疗器械检验检测中心"


def test_reports_issued_are_counted_in_digits_and_held_by_the_platform_that_issued_them():
    found = figures(draft_of("岚川医疗器械检验检测中心去年投入使用，全年出具检测报告8600份。"
                             "这份报告显示三份样品合格。\n"))
    assert found["8600份"]["owner"] == "岚川医疗器械检验检测中心"
    assert found["8600份"]["value"] == 8600 and found["8600份"]["unitCode"] == "C62"
    assert found["8600份"]["status"] == "achieved"
    assert not any(text.endswith("份") and text != "8600份" for text in found)


def test_products_listed_before_their_counted_lines_or_their_capacity_follow_the_figures_in_order():
    found = figures(draft_of(
        "澜江生物材料有限公司医用导管和止血敷料两条产线投运，分别新增年产能600万支、40万件。\n"
        "截至目前，岚川经开区已集聚光伏企业31家，硅片和组件产能分别达到18GW、12GW。\n"))
    assert found["年产能600万支"]["product"] == "医用导管" and found["年产能600万支"]["owner"] == "澜江生物材料有限公司"
    assert found["40万件"]["product"] == "止血敷料"
    assert found["18GW"]["product"] == "硅片" and found["12GW"]["product"] == "组件"
    assert found["18GW"]["owner"] == "岚川经开区" and found["18GW"]["status"] == "operating"
