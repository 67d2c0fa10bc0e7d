"""`chaingraph extract` on the shapes a review of the 4 December park and zone rules found misread: a new town
that is only an aim (打造宜居宜业、绿色低碳科技新城), a kind of park with its phase (配套产业园二期), a park's own name
that is one industry word (高新区生物医药产业园), a position word read into a zone's name (曹妃甸周边工业区), and
a share of a target set by a higher level (完成省下达年度目标任务的85%). Every sentence is written for these
tests in the genre's style; every company and park word is invented unless it is a real county or city."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures
from test_extract_towns_stations import labels


def park_names(draft) -> set[str]:
    return {name for c in draft.candidates if c.kind == "park" for name in c.names}


def test_a_new_town_a_place_aims_to_become_is_no_park():
    draft = draft_of("着力打造宜居宜业、绿色低碳科技新城。全力打造产城融合、宜居宜业工业新城。"
                     "奋力建成现代化、国际化科技新城，项目加快推进。\n", "2025-08-20")
    assert not labels(draft, "park")


def test_a_new_town_named_by_its_place_where_a_plant_lands_stays_a_park():
    # a guard: a place's name jieba splits (淞/g 宝) or tags as a place opens the town's name
    draft = draft_of("项目落地淞宝创新城。在美安生态科技新城，三家企业加快建设。\n", "2025-08-20")
    assert {"淞宝创新城", "美安生态科技新城"} <= labels(draft, "park")


def test_a_new_town_holding_a_park_is_a_zone():
    # a guard: the park named with the town in front shows the town is a zone
    draft = draft_of("台山工业新城光电产业园新落户企业8家。\n", "2025-08-20")
    assert "台山工业新城" in labels(draft, "zone")
    assert "台山工业新城光电产业园" in labels(draft, "park")


def test_a_kind_of_park_with_its_phase_is_no_park():
    draft = draft_of("加快建设配套产业园二期，推进飞地产业园二期和省级特色产业园二期。\n", "2025-08-20")
    assert not labels(draft, "park")


def test_a_park_named_by_its_industry_with_its_phase_stays_a_park():
    # a guard: one industry word and the phase after it name one park
    draft = draft_of("加快建设半导体产业园二期。\n", "2025-08-20")
    assert "半导体产业园" in labels(draft, "park")


def test_a_park_after_a_bare_zone_word_with_one_industry_word_keeps_the_whole_name_only():
    draft = draft_of("在高新区生物医药产业园，企业加快建设。\n", "2025-08-20")
    assert park_names(draft) == {"高新区生物医药产业园"}


def test_a_position_word_after_a_place_is_no_word_of_a_park_or_zone():
    draft = draft_of("项目落户曹妃甸周边工业区。项目位于江苏沿海开发区。\n", "2025-08-20")
    assert not park_names(draft) & {"曹妃甸周边工业区"}
    assert "江苏沿海开发区" not in labels(draft, "zone")


def test_the_coast_a_county_zone_lies_on_stays_in_its_name():
    # a guard: 沿海 between the county and 工业区 with its committee
    draft = draft_of("唐山市丰南沿海工业区管委会与企业签约。\n", "2025-08-20")
    assert "唐山市丰南沿海工业区" in labels(draft, "zone")


def test_a_share_of_a_target_a_higher_level_set_is_no_figure_and_no_plan():
    draft = draft_of("前三季度，全县完成省下达年度目标任务的85%，实现产值12亿元。"
                     "全区固定资产投资完成市下达任务的92.5%。上半年完成投资8亿元，占年度计划的60%。\n", "2025-10-01")
    found = figures(draft)
    assert set(found) == {"12亿元", "8亿元"}
    assert found["12亿元"]["status"] == "achieved"
    assert found["8亿元"]["status"] == "achieved"


def test_a_city_platform_seated_in_one_of_its_zones_keeps_the_zone_in_its_name():
    # from the fifty-fourth ten's first reading: the bracket names a zone, not a county
    draft = draft_of("沧州市药品检验检测中心（渤海新区）今年已出具检测报告8000份。"
                     "昆明市新能源汽车检验检测中心（滇中新区）年内建成。\n", "2025-10-01")
    platforms = {c.label for c in draft.candidates if c.cls == "Platform"}
    assert {"沧州市药品检验检测中心（渤海新区）", "昆明市新能源汽车检验检测中心（滇中新区）"} <= platforms
