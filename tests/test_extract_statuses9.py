"""What is built and standing, told as a result, is completed: a floor area of buildings put up or handed over
(新建标准厂房…万平方米, 楼宇…已交付) and a count of buildings or stations (共有厂房…栋, 新增加氢站…座), each in an
invented sentence of the genre; a floor area still to be built stays a plan, and the companies that moved in stay
a result."""

from __future__ import annotations

import pytest
from test_extract_genre import draft_of, figures


@pytest.mark.parametrize("text, figure, status", [
    ("临澧县电子信息产业园全年新建标准厂房9万平方米，累计入驻企业27家。\n", "9万平方米", "completed"),
    ("望江医疗器械产业园一期6万平方米楼宇已全部交付，引入器械企业15家。\n", "6万平方米", "completed"),
    ("配套建设的“精密铸造标准厂房区”共有厂房14栋，入驻率达到92%。\n", "14栋", "completed"),
    ("截至11月，全市今年新增加氢站4座，推广氢燃料电池物流车300辆。\n", "4座", "completed"),
])
def test_a_built_floor_area_or_building_count_told_as_done_is_completed(text, figure, status):
    assert figures(draft_of(text, source_date="2025-12-01"))[figure]["status"] == status


def test_a_floor_area_still_to_build_stays_planned_and_settled_companies_stay_achieved():
    text = "临澧县电子信息产业园计划明年新建标准厂房5万平方米。园区今年已入驻企业27家。\n"
    found = figures(draft_of(text, source_date="2025-12-01"))
    assert found["5万平方米"]["status"] == "planned"
    assert found["27家"]["status"] == "achieved"
