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


def test_ratings_differences_and_thresholds_are_no_figures():
    found = figures(draft_of(
        "岚海精密压铸科技有限公司新上9000吨级压铸机4台，主要生产6兆瓦级风电机组轮毂。\n"
        "岚翼飞行器有限公司正在研制5座电动垂直起降飞行器。随着一艘6.5万吨散货船驶离码头，岚海县一季度交付新造船12艘，"
        "同比增加4艘。\n"
        "力争到2027年，培育年营业收入超10亿元的企业6家。\n"))
    assert sorted(found) == ["12艘", "4台", "6家"]
    assert found["12艘"]["owner"] == "岚海县" and found["12艘"]["status"] == "achieved"
    assert found["4台"]["owner"] == "岚海精密压铸科技有限公司"
    assert found["6家"]["status"] == "planned"


def test_a_region_after_an_opening_since_holds_what_it_attracted_past_the_list_of_kinds():
    found = figures(draft_of(
        "庆川市推进算力产业发展\n"
        "岚山算力创新中心总投资1.5亿元，建成后将开展技术攻关。\n"
        "去年以来，庆川市先后与长三角城市签订算力合作协议，引进数据标注、模型训练等企业37家，"
        "带动本地新增从业人员2600余人。\n"))
    assert found["37家"]["owner"] == "庆川市" and found["37家"]["status"] == "achieved"
    assert found["2600余人"]["owner"] == "庆川市"
    assert found["1.5亿元"]["owner"] == "岚山算力创新中心"


def test_racks_planned_then_a_phase_of_them_count_the_same_racks():
    found = figures(draft_of(
        "岚云算力科技有限公司岚川智算中心项目现场机器轰鸣。该项目总投资68亿元，规划建设标准机架1.2万架，"
        "一期4000架已于去年12月投运，二期预计今年9月建成。\n"))
    assert found["1.2万架"]["product"] == "标准机架" and found["1.2万架"]["status"] == "planned"
    assert found["4000架"]["product"] == "标准机架" and found["4000架"]["status"] == "operating"
    assert found["4000架"]["owner"] == found["1.2万架"]["owner"] == "岚云算力科技有限公司岚川智算中心项目"


def test_a_result_dated_last_year_after_a_plan_in_the_clause_before_stays_a_result():
    found = figures(draft_of("岚驰动力电池有限公司二期预计今年三季度投产，公司去年实现产值38亿元，"
                             "今年营业收入将突破50亿元。\n", "2025-01-20"))
    assert found["38亿元"]["status"] == "achieved" and found["38亿元"]["owner"] == "岚驰动力电池有限公司"
    assert found["突破50亿元"]["status"] == "planned"


def test_a_distance_is_no_figure_but_a_cable_s_length_is():
    found = figures(draft_of(
        "岚港产业园位于岚港县城向东40公里处，距岚港机场约25公里。"
        "园区内的岚海电缆有限公司年产800公里海底电缆项目正在建设。\n"))
    assert [text for text in found if "公里" in text] == ["年产800公里"]
    assert found["年产800公里"]["owner"] == "岚海电缆有限公司年产800公里海底电缆项目"
    assert found["年产800公里"]["status"] == "under-construction"
