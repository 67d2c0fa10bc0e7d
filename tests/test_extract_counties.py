"""County-level divisions (data/reference/gazetteer/county-divisions.yaml): a county or county-level city that
jieba does not know, or knows as another word, still starts the names of the zones, parks and companies named
after it, and is a region itself; common words that are also county stems stay words. Every sentence is
invented for the test, in the genre's style; the companies and parks are made up."""

from __future__ import annotations

import yaml
from support import ROOT
from test_extract_names import draft_of, labels
from test_extract_quantities import figures

from chaingraph.authoring.counties import county_regions
from chaingraph.authoring.gazetteer import generic_regions

COUNTIES = ROOT / "data" / "reference" / "gazetteer" / "county-divisions.yaml"


def test_the_list_holds_every_province_and_codes_of_six_digits():
    items = yaml.safe_load(COUNTIES.read_text(encoding="utf-8"))["county-divisions"]
    assert len(items) > 2500
    assert all(len(item["code"]) == 6 and item["code"].isdigit() for item in items)
    assert {item["code"][:2] for item in items} >= {"11", "14", "15", "41", "46", "54", "65"}
    assert {"name": "介休市", "code": "140781", "in": "晋中市"} in items
    assert any(item["name"] == "长垣市" for item in items)  # a county that became a city keeps its new name


def test_a_county_jieba_misreads_starts_its_zone_park_and_company():
    draft = draft_of("9月5日，介休市重点项目集中开工仪式在介休经济技术开发区举行。介休氢能产业园目前已入驻企业18家。"
                     "该站由介休市鑫瀚新能源有限公司建设，投资3800万元。")
    assert "介休经济技术开发区" in labels(draft, "zone")
    assert "介休氢能产业园" in labels(draft, "park")
    assert "介休市鑫瀚新能源有限公司" in labels(draft, "organisation")
    assert "介休市" in labels(draft, "region")
    assert figures(draft)["18家"]["owner"] == "介休氢能产业园"


def test_short_forms_only_where_jieba_finds_the_stem_rare():
    regions = county_regions()
    assert regions["介休"] == "介休市" and regions["达拉特"] == "达拉特旗"
    # stems that are words of the genre's text stay words: 兴隆 (生意兴隆), 三台 (三台设备), 合作 (合作县)
    assert not {"兴隆", "三台", "合作", "和平"} & set(regions)
    # and district names every city has are no region of their own
    assert not {"城区", "矿区", "市中区"} & set(regions)
    assert generic_regions()["晋中"] == "晋中市"  # a prefecture-level city keeps its own entry


def test_a_county_stem_before_a_village_or_a_street_is_no_region():
    draft = draft_of("斜桥镇庆云村的屋顶光伏示范点已完成并网，装机容量2兆瓦。")
    assert not any(label.startswith("庆云") for label in labels(draft, "region"))


def test_a_common_word_that_is_also_a_county_stays_a_word():
    draft = draft_of("两地将深化合作，共建氢能装备产业园，目前已签约企业12家。")
    assert "合作县" not in labels(draft, "region") and "合作" not in labels(draft, "region")


def test_a_district_before_de_places_a_company_and_is_no_part_of_its_name():
    draft = draft_of("位于金城江区的华锑新材料有限公司年产1.5万吨高纯氧化锑项目建成投产。")
    assert "华锑新材料有限公司" in labels(draft, "organisation")
    assert "金城江区" in labels(draft, "region")


def test_a_person_named_like_a_county_stays_a_person():
    draft = draft_of("华纶集团董事长郑永康介绍，企业今年新增订单3亿元。抚州高新区党工委书记黄德昌出席。"
                     "郑永康的底气，来自完整的产业链。（图：企业车间　摄影：周宁）")
    assert {"郑永康", "黄德昌"} <= set(labels(draft, "person"))
    assert not {"永康市", "德昌县", "周宁县"} & set(labels(draft, "region"))


def test_a_county_before_ji_is_the_word_for_its_level():  # a guard: jieba itself cuts 滨海/县级
    draft = draft_of("如今，这座滨海县级区正在纺织产业链上做文章，年产值超过260亿元。")
    assert "滨海县" not in labels(draft, "region")


def test_a_zone_that_holds_a_county_stem_stays_whole():
    draft = draft_of("从全区看，贵安新区在用算力总规模达到82万P。")
    assert "贵安新区" in labels(draft, "zone")
    assert "安新县" not in labels(draft, "region")


def test_a_county_jieba_reads_as_a_common_word_starts_its_zone():
    draft = draft_of("10月9日，重大项目集中开工活动在仙桃经济开发区主会场举行，仙桃经济开发区今年新引进项目12个。")
    assert "仙桃经济开发区" in labels(draft, "zone")
    assert figures(draft)["12个"]["owner"] == "仙桃经济开发区"


def test_a_zones_enclave_in_a_county_keeps_the_zone_in_its_name():
    draft = draft_of("海口高新区澄迈飞地产业园今年新入驻企业12家。")
    assert "海口高新区澄迈飞地产业园" in labels(draft, "park")
    assert figures(draft)["12家"]["owner"] == "海口高新区澄迈飞地产业园"


def test_an_autonomous_county_by_its_place_and_a_wings_county_by_its_initials():
    regions = county_regions()
    assert regions["丰宁县"] == regions["丰宁"] == "丰宁满族自治县"
    assert regions["喀左县"] == "喀喇沁左翼蒙古族自治县"
    assert regions["科左中旗"] == "科尔沁左翼中旗" and regions["察右前旗"] == "察哈尔右翼前旗"
    assert regions["巴里坤县"] == "巴里坤哈萨克自治县"  # a people named without 族
    draft = draft_of("近日，喀左县新签约项目11个，全县光伏装机突破100万千瓦。喀左经济开发区光伏产业园今年入驻企业8家。")
    county = next(c for c in draft.candidates if c.kind == "region")
    assert county.label == "喀喇沁左翼蒙古族自治县" and "喀左县" in county.names
    assert figures(draft)["11个"]["owner"] == "喀喇沁左翼蒙古族自治县"
    assert "喀左经济开发区" in labels(draft, "zone")


def test_a_province_or_city_before_a_word_that_opens_on_xiang_or_lu_stays_a_region():
    regions = labels(draft_of("项目将助力浙江乡村振兴，带动湖州乡村产业发展。华锐新能源在苏州路演推介。"), "region")
    assert {"浙江省", "湖州市", "苏州市"} <= set(regions)
    # but a city's name before 路 as a word of its own names a street
    assert "温州市" not in labels(draft_of("公司地址：杭州市温州路18号，年产电机10万台。"), "region")


def test_a_preposition_before_a_county_is_no_surname():
    regions = labels(draft_of("产业加快向宁国、广德等地转移。华锐新材料项目落户于安吉。"), "region")
    assert {"宁国市", "广德市", "安吉县"} <= set(regions)


def test_a_county_short_form_with_no_cue_in_the_article_is_the_word_it_also_is():
    regions = labels(draft_of("华安证券、东兴证券和南华期货联合发布报告，宝丰能源年产50万吨烯烃项目投产。"
                              "合作社新栽植梨树2000亩。"), "region")
    assert not {"华安县", "东兴市", "南华县", "宝丰县", "梨树县"} & set(regions)
    # a preposition's character inside a word, a clause-opening 在 or a province before a brand is no cue
    for sentence in ("在华安证券的研报中，宝丰能源被列为首选。", "得益于梨树种植，合作社年收入增长20%。",
                     "市领导赴宝丰能源调研。", "宁夏宝丰能源年产50万吨烯烃项目投产。"):
        assert not {"华安县", "梨树县", "宝丰县"} & set(labels(draft_of(sentence), "region")), sentence
    # an autonomous prefecture above the county, by its short name, is a cue
    assert "延吉市" in labels(draft_of("在延边州，延吉今年新签约项目15个。"), "region")
    # the county's full name, the city above it or a zone named after it, anywhere in the article, is the cue
    assert "介休市" in labels(draft_of("山西晋中：介休将坚持以焦促氢，打造氢能产业基地。"), "region")
    assert "梅河口市" in labels(draft_of("梅河口医药高新技术产业开发区新签约项目8个。梅河口将打造医药产业集群。"),
                              "region")


def test_an_abbreviated_city_body_is_never_placed_in_a_county_whose_short_name_hides_in_the_city():
    bodies = labels(draft_of("天津市重点项目推进会召开，天津市科技局和市经信局负责人出席。"), "organisation")
    assert "津市市经济和信息化局" not in bodies and "市经信局" in bodies
