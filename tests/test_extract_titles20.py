"""What the seventeenth to twentieth rule-blind tens showed of titles, descriptions and gases: a work report whose
title names a district inside its city (重庆市万州区政府工作报告) is the district's, so are its subjectless totals; a
park described as what it is (是全省重点打造的石墨新材料特色园区) is no second park; 年制氢 measures the article's 氢气.
Every sentence is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_genre import draft_of, figures, named


def test_a_title_that_names_a_district_inside_its_city_is_about_the_district():
    text = ("2025年重庆市永川区政府工作报告（摘要）\n"
            "二、2025年重点工作\n"
            "1.做强新能源汽车产业。全年新签约汽车零部件项目25个以上，招商引资到位资金40亿元。\n")
    found = figures(draft_of(text, source_date="2025-01-15"))
    assert found["40亿元"]["owner"] == "永川区"


def test_a_park_described_as_what_it_is_is_no_other_park():
    draft = draft_of("鹤川石墨产业园区规划面积10平方公里，是全省重点打造的石墨新材料特色园区。"
                     "截至目前，园区累计入驻企业18家。\n")
    parks = named(draft, "IndustrialPark")
    assert "石墨新材料特色园区" not in parks and "鹤川石墨产业园区" in parks
    assert figures(draft)["18家"]["owner"] == "鹤川石墨产业园区"


def test_a_gas_said_by_its_verb_is_the_articles_product_of_that_gas():
    text = ("鹤川绿能科技有限公司风光制氢一体化项目配套建设制氢厂一座，年制氢2.4万吨。"
            "公司已与园区企业签订氢气供应协议，年供氢量合计1.5万吨。\n")
    found = figures(draft_of(text))
    assert found["2.4万吨"]["product"] == "氢气" and found["1.5万吨"]["product"] == "氢气"


def test_a_title_naming_a_chain_of_places_is_about_the_last_and_two_neighbours_are_no_chain():
    text = ("湖南省长沙市浏阳市2025年政府工作报告（摘要）\n"
            "二、2025年重点工作\n1.做强烟花产业。力争到2027年，全域烟花产业产值突破500亿元。\n")
    assert figures(draft_of(text, source_date="2025-01-15"))["突破500亿元"]["owner"] == "浏阳市"


def test_a_park_the_sentence_says_a_project_will_join_is_kept():
    draft = draft_of("该项目总投资20亿元，建成后将成为光谷生物城的又一龙头项目。\n")
    assert "光谷生物城" in named(draft, "IndustrialPark")
