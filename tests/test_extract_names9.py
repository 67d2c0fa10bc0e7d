"""Names in the forms a seventh rule-blind ten showed: a list of goods before 等企业 names no company, even where one
of its items is a word jieba does not know.

Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_extract_names import draft_of, labels


def organisations(*sentences: str) -> dict[str, str]:
    return labels(draft_of(*sentences), "organisation")


# -- a list of goods or trades before 等企业


def test_a_short_unknown_word_among_kinds_of_goods_is_no_company():
    found = organisations("近年来，临澧县依托储能装备产业园，引进电芯、箱体、舱柜、温控等企业，已集聚储能企业41家。")
    assert "舱柜" not in found


def test_a_trade_among_trades_before_the_companies_head_is_no_company():
    found = organisations("临澧高新区产业基金累计投资激光器设计、制造、耦测企业19家。")
    assert "耦测" not in found


def test_a_list_of_brands_before_dengqiye_still_names_its_companies():
    found = organisations("临澧高新区先后引进澧芯微、兰江电子、澧阳光电等企业。")
    assert {"澧芯微", "兰江电子", "澧阳光电"} <= set(found)


# -- a body named only to say whose report or which unnamed one


def test_a_government_named_only_in_its_work_reports_title_is_no_body():
    found = organisations("沅陵县政府工作报告：锰基材料产业集群产值突破80亿元",
                          "2024年，全县锰基材料产业集群产值突破80亿元。")
    assert "沅陵县政府" not in found


def test_a_government_that_signs_is_still_a_body():
    found = organisations("沅陵县人民政府与湘锰新材料有限公司签署投资协议。")
    assert found.get("沅陵县人民政府") == "GovernmentBody"


def test_an_institute_the_writer_leaves_unnamed_is_no_organisation():
    found = organisations("湘锰新材料有限公司由中国科学院某研究所科研团队创办，主要生产电池级硫酸锰。")
    assert not [name for name in found if name.startswith("中国科学院")]
    assert "湘锰新材料有限公司" in found


def test_a_kind_of_food_beside_a_phrase_no_name_holds_is_no_company():
    found = organisations("依托澧水食品产业园，招引菌菇酱、冷冻面点等食品加工企业8家以上。")
    assert "菌菇酱" not in found


# -- a zone named with its county's full name and without it


def test_a_zone_headed_by_its_county_is_the_zone_named_short_and_the_county_is_a_region():
    draft = draft_of("沅陵麻溪铺开发区锰酸锂项目投产",
                     "5月20日，位于沅陵县麻溪铺经济开发区的湘锰新材料有限公司锰酸锂项目正式投产。",
                     "麻溪铺经济开发区管委会副主任林家豪介绍，开发区已集聚新材料企业36家。")
    zones = [c for c in draft.candidates if c.kind == "zone"]
    assert len(zones) == 1 and {"沅陵县麻溪铺经济开发区", "麻溪铺经济开发区"} <= set(zones[0].names)
    assert "沅陵县" in labels(draft, "region")


# -- a city or district heading a body's or a park's name, cut from its suffix by the tokenizer


def test_a_city_heading_its_development_commission_is_a_region():
    draft = draft_of("山南市发展和改革委员会相关负责人介绍，全市光伏装机突破100万千瓦。")
    assert "山南市" in labels(draft, "region")


def test_a_district_heading_a_park_is_a_region():
    draft = draft_of("加快思茅区滇南速溶咖啡产业园建设，年内引进咖啡精深加工企业5家。")
    assert "思茅区" in labels(draft, "region")


def test_a_parks_own_area_word_heading_its_committee_is_no_region():
    draft = draft_of("产业园区管委会主任说，今年园区新落户企业12家。")
    assert not labels(draft, "region")


def test_an_autonomous_regions_department_names_no_district():
    draft = draft_of("经自治区科技厅批准，邕江稀土功能材料研究院获评省级新型研发机构。")
    assert "自治区" not in labels(draft, "region")


def test_an_autonomous_county_is_named_whole():
    draft = draft_of("5. 澜沧拉祜族佤族自治县的茶乡乳业有限公司已完成主体建设，年内开展试生产。")
    regions = labels(draft, "region")
    assert "澜沧拉祜族佤族自治县" in regions and "自治县" not in regions


# -- an industrial area whose committee the article names by its type alone


def test_an_industrial_area_run_by_the_committee_named_short_is_a_zone():
    draft = draft_of("截至今年4月，沅江工业区集聚电机及零部件企业41家。",
                     "工业区管委会副主任黄晓东表示，今年工业区将新建一座电机测试验证场。")
    assert labels(draft, "zone", "park").get("沅江工业区") == "HighTechZone"


def test_an_industrial_area_named_alone_stays_a_park():
    draft = draft_of("截至今年4月，沅江工业区集聚电机及零部件企业41家。")
    assert labels(draft, "zone", "park").get("沅江工业区") == "IndustrialPark"


# -- the part a company plays, written right before its name


def test_a_partner_word_before_a_company_is_no_part_of_its_name():
    found = organisations("配套的液冷服务器生产线由合作伙伴湖南澧算服务器制造有限公司负责运营。")
    assert "湖南澧算服务器制造有限公司" in found and not [n for n in found if n.startswith("合作")]


def test_the_operators_fang_is_no_part_of_the_companys_name():
    found = organisations("“今年我们还将启动二期建设。”园区运营方常德绿循环保科技有限公司负责人说。")
    assert "常德绿循环保科技有限公司" in found and not [n for n in found if n.startswith("方")]
