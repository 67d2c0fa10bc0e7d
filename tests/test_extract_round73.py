"""`chaingraph extract` on shapes a session's reading of the held-out sets' misses and the dev set showed misread:
a centre built by a lead and a partner owns its own figures, firms named by their home town and trade alone (the
shape of famous firms' short names) are firms and not their town, and a maker's name before the verb of making is
no part of the product. Every sentence is written for these tests in the genre's style; every company is invented.
Tests marked as guards pass on the code before the round too: they say what the new rules must not take."""

from __future__ import annotations

from test_extract_quantities import draft_of, entity_classes, figures

# -- owners


def test_a_centre_a_lead_and_a_partner_build_owns_its_investment():
    draft = draft_of("去年，岚屿氢能装备工程技术研究中心获批省级平台。中心由福州汇澜能源科技有限公司牵头，"
                     "联合福州大学共同组建，总投资1.8亿元，已建成中试线3条。\n", "2025-08-10")
    found = figures(draft)
    assert found["1.8亿元"]["owner"] == "岚屿氢能装备工程技术研究中心"
    assert found["3条"]["owner"] == "岚屿氢能装备工程技术研究中心"


def test_a_firm_that_joins_a_lead_in_its_sentence_owns_none_of_its_figure():
    draft = draft_of("福州汇澜能源科技有限公司联合福州大学投资2亿元建设氢能实验基地。\n", "2025-08-10")
    assert figures(draft)["2亿元"]["owner"] == "福州汇澜能源科技有限公司"


# -- firms named by their home town


def test_a_firm_named_by_its_city_and_trade_is_a_firm_and_not_the_city():
    draft = draft_of("近日，宁德时代与洛阳市签约，投资130亿元建设新能源电池基地。\n", "2025-08-10")
    entities = entity_classes(draft)
    assert entities.get("宁德时代") == "Company" and "宁德市" not in entities
    assert figures(draft)["130亿元"]["owner"] == "宁德时代"


def test_a_firm_named_by_a_county_whose_name_is_a_common_word_is_a_firm():
    draft = draft_of("今年以来，紫金矿业在当地投资50亿元，开远钛业实现产值12亿元。\n", "2025-08-10")
    entities = entity_classes(draft)
    assert entities.get("紫金矿业") == "Company" and entities.get("开远钛业") == "Company"
    assert figures(draft)["12亿元"]["owner"] == "开远钛业"


def test_guard_a_places_industry_is_no_firm():
    draft = draft_of("十堰汽车产业去年实现产值1200亿元，四川化工行业实现营收500亿元。\n", "2025-08-10")
    entities = entity_classes(draft)
    assert "十堰汽车" not in entities and "四川化工" not in entities


# -- products


def test_a_makers_name_before_the_verb_of_making_is_no_part_of_the_product():
    draft = draft_of("去年，长城锐驰汽车有限公司在渝北区产销整车12万辆，欣旺储能有限公司销售电池包3万套。\n",
                     "2025-08-10")
    found = figures(draft)
    assert found["12万辆"]["product"] == "整车"
    assert found["3万套"]["product"] == "电池包"


def test_guard_a_kind_of_machine_keeps_its_verb():
    draft = draft_of("该公司年产建材生产设备800台。\n", "2025-08-10")
    assert figures(draft)["800台"]["product"] == "建材生产设备"


def test_guard_partners_that_take_part_in_building_a_centre_own_none_of_its_figures():
    draft = draft_of("衢岭精密轴承产业创新中心加快建设。中心由衢岭精工科技有限公司牵头，浙江工业大学、"
                     "常山县岭投集团有限公司参与组建，计划总投资2.3亿元。\n", "2025-08-10")
    assert figures(draft)["2.3亿元"]["owner"] == "衢岭精密轴承产业创新中心"


def test_a_parent_company_word_stands_for_the_parent_just_named():
    draft = draft_of("新疆天澄新能源科技有限公司是江苏天澄能源集团股份有限公司在呼图壁设立的全资子公司，"
                     "母公司去年储能电池出货量达18GWh。\n", "2025-08-10")
    found = figures(draft)["18GWh"]
    assert found["owner"] == "江苏天澄能源集团股份有限公司" and found["product"] == "储能电池"


def test_a_yearly_supply_is_the_suppliers_and_of_what_it_supplies():
    draft = draft_of("江苏晶岚石英材料有限公司为江苏弘岚光伏玻璃有限公司（以下简称“弘岚光伏”）配套供应高纯石英砂，"
                     "年供货4.5万吨。\n", "2025-08-10")
    found = figures(draft)["4.5万吨"]
    assert found["owner"] == "江苏晶岚石英材料有限公司" and found["product"] == "高纯石英砂"


# -- companies by their stock code


def test_a_short_name_before_a_stock_code_is_a_listed_company():
    draft = draft_of("上市企业粤澄股份（002951）投资18亿元建设光伏玻璃项目。"
                     "在氢岚科技（688571）燃料电池电堆项目施工现场，市领导详细了解进度。\n", "2025-08-10")
    entities = entity_classes(draft)
    assert entities.get("粤澄股份") == "Company" and entities.get("氢岚科技") == "Company"
    assert "上市企业粤澄股份" not in entities
    assert figures(draft)["18亿元"]["owner"] == "粤澄股份"


def test_a_kind_of_firm_before_its_name_is_no_part_of_it():
    draft = draft_of("上市企业粤澄股份投资18亿元建设光伏玻璃项目。数控刀片项目投资方为钜澄股份（688257）。\n",
                     "2025-08-10")
    entities = entity_classes(draft)
    assert "粤澄股份" in entities and "上市企业粤澄股份" not in entities
    assert "钜澄股份" in entities and "投资方为钜澄股份" not in entities


# -- products of sales, purchases and shares


def test_what_is_bought_or_supplied_is_the_figures_product():
    draft = draft_of("桃岭鲜食品有限公司今年计划从本地合作社收购鲜桃1.2万吨。该公司去年采购低铁石英砂约65万吨。\n",
                     "2025-08-10")
    found = figures(draft)
    assert found["1.2万吨"]["product"] == "鲜桃"
    assert found["约65万吨"]["product"] == "低铁石英砂" and found["约65万吨"]["status"] == "achieved"


def test_packs_count_what_is_sold_and_a_share_of_its_market_is_its_products():
    draft = draft_of("海南椰澜食品有限公司去年销售椰子汁1.6亿罐，在国内椰子汁市场的占有率约为11%。\n", "2025-08-10")
    found = figures(draft)
    assert found["1.6亿罐"]["value"] == 160000000 and found["1.6亿罐"]["product"] == "椰子汁"
    assert found["11%"]["product"] == "椰子汁"


def test_a_products_own_sales_keep_the_product_and_a_share_of_a_market_named_by_place_too():
    draft = draft_of("河北沙岚集团有限公司的超白浮法玻璃去年实现销售收入9.6亿元，在北方市场的占有率约为15%。\n",
                     "2025-08-10")
    found = figures(draft)
    assert found["9.6亿元"]["product"] == "超白浮法玻璃" and found["15%"]["product"] == "超白浮法玻璃"


def test_a_share_of_a_whole_is_of_the_item_before_it():
    draft = draft_of("全年生产碳酸锂11.2万吨，其中电池级碳酸锂占比提高到68%。\n", "2025-08-10")
    assert figures(draft)["68%"]["product"] == "电池级碳酸锂"


def test_guard_a_companys_sales_name_no_product():
    draft = draft_of("椰澜食品去年实现销售收入9.6亿元，园区企业研发投入占比达到4.5%。\n", "2025-08-10")
    found = figures(draft)
    assert found["9.6亿元"]["product"] is None and found["4.5%"]["product"] is None


def test_an_oxides_name_is_one_product():
    draft = draft_of("锐岚科技有限公司年产电子级氧化锡2000吨。\n", "2025-08-10")
    assert figures(draft)["2000吨"]["product"] == "电子级氧化锡"


def test_a_brand_in_capitals_and_a_trade_is_a_company():
    draft = draft_of("DHK科技年产1500吨锡膏项目已完成签约，H2R能源科技与古交经开区签约建设储氢瓶项目。"
                     "AI科技已成为园区新的增长点。\n", "2025-08-10")
    entities = entity_classes(draft)
    assert entities.get("DHK科技") == "Company" and entities.get("H2R能源科技") == "Company"
    assert "AI科技" not in entities


def test_a_short_name_of_a_hydrogen_firm_that_builds_a_station_is_a_company():
    draft = draft_of("该站由国澜氢能投资建设，日加氢能力1000公斤。\n", "2025-08-10")
    assert entity_classes(draft).get("国澜氢能") == "Company"


def test_a_product_that_holds_a_share_of_a_channel_is_the_shares_product():
    draft = draft_of("桃岭鲜公司主要生产鲜切桃、桃罐头和桃汁。“去年我们卖出桃罐头2800万罐，鲜切桃在本市商超渠道的"
                     "占有率约为20%。”\n", "2025-08-10")
    found = figures(draft)
    assert found["2800万罐"]["product"] == "桃罐头" and found["20%"]["product"] == "鲜切桃"


def test_guard_suppliers_and_a_platforms_clients_are_no_products():
    draft = draft_of("公司在蒙城的一级供应商已有29家，船用物资保税供应平台已服务国内外船东120余家。\n", "2025-08-10")
    found = figures(draft)
    assert found["29家"]["product"] is None and found["120余家"]["product"] is None


def test_a_makers_name_and_a_cut_size_are_no_part_of_a_lines_product():
    draft = draft_of("已投产的天津晟澜微电子有限公司8英寸硅基氮化镓外延片产线，目前月产能达到1.5万片。\n", "2025-08-10")
    assert figures(draft)["1.5万片"]["product"] == "8英寸硅基氮化镓外延片"


def test_guard_a_yearly_supply_that_goes_on_is_no_result_of_the_year():
    draft = draft_of("武义恒澜电机有限公司每年为锐澜股份供应无刷电机约300万台。\n", "2025-08-10")
    found = figures(draft)["约300万台"]
    assert found["product"] == "无刷电机" and found["status"] != "achieved"



# -- the review's mends: each sentence shows a fault the round's first rules had (the guards among them pass on the
# code before the round too)


def test_guard_a_techniques_initials_before_a_product_are_no_company():
    draft = draft_of("目前，TOPCon电池的量产转换效率已达到26.5%，AGV机器人已在园区12家工厂投入使用。\n", "2025-08-10")
    entities = entity_classes(draft)
    assert "TOPCon电池" not in entities or entities["TOPCon电池"] != "Company"
    assert entities.get("AGV机器人") != "Company"


def test_a_stock_named_company_leaves_the_clauses_words_and_keeps_its_first_character():
    cases = {"今年，该公司收购锐澜股份（603917）51%股权。": "锐澜股份",
             "总部在杭州的锐澜股份（603917）去年实现营收45亿元。": "锐澜股份",
             "记者从为远科技（300123）获悉，公司拟投资5亿元。": "为远科技",
             "今年，同辉电子（688351）在经开区投资12亿元。": "同辉电子",
             "近日，和辉光电（688538）发布公告。": "和辉光电"}
    for sentence, name in cases.items():
        assert entity_classes(draft_of(sentence + "\n", "2025-08-10")).get(name) == "Company", sentence


def test_guard_a_places_industry_without_chan_ye_is_no_firm():
    draft = draft_of("十堰汽车已形成完整的零部件配套体系，去年产值达1200亿元。宁波化工实现产值4800亿元。\n",
                     "2025-08-10")
    entities = entity_classes(draft)
    assert "十堰汽车" not in entities and "宁波化工" not in entities


def test_guard_an_association_named_after_its_kind_of_members_keeps_its_name():
    draft = draft_of("近日，中国上市公司协会在京发布年度报告。温州市农业龙头企业协会组织会员企业参展32次。\n",
                     "2025-08-10")
    entities = entity_classes(draft)
    assert entities.get("中国上市公司协会") == "Association"
    assert entities.get("温州市农业龙头企业协会") == "Association"


def test_guard_a_partner_of_its_own_clause_is_no_partner_because_of_an_earlier_you():
    draft = draft_of("华峰新材料有限公司今年订单由12亿元增至20亿元，锐澜科技有限公司参与投资建设新厂，"
                     "年产电池包20万套。\n", "2025-08-10")
    assert figures(draft)["20万套"]["owner"] == "锐澜科技有限公司"


def test_a_company_joined_by_a_company_partner_keeps_its_figure():
    for sentence in ("华峰新材料有限公司联合锐澜科技有限公司投资8亿元扩建产线。",
                     "华峰新材料有限公司同时联合浙江大学投资8亿元建设研究院。"):
        assert figures(draft_of(sentence + "\n", "2025-08-10"))["8亿元"]["owner"] == "华峰新材料有限公司", sentence


def test_a_past_years_supply_is_a_result_and_its_product_has_no_verb():
    draft = draft_of("锐澜新材料有限公司去年为宁德时代供货正极材料3.2万吨。\n", "2025-08-10")
    found = figures(draft)["3.2万吨"]
    assert found["status"] == "achieved" and found["product"] == "正极材料"


def test_guard_a_grain_or_sand_opening_a_machines_name_stays_in_it():
    draft = draft_of("该公司年产玉米加工设备1200台，去年销售石英砂加工设备300台。\n", "2025-08-10")
    found = figures(draft)
    assert found["1200台"]["product"] == "玉米加工设备" and found["300台"]["product"] == "石英砂加工设备"


def test_guard_shares_of_value_of_investment_and_of_an_industry_name_no_product():
    draft = draft_of("公司去年生产光伏玻璃120万吨，实现产值45亿元，占全县工业总产值的38%。全市规上工业中，"
                     "装备制造业占比达到35%。锐澜科技在国内市场的占有率约为25%，锐澜材料去年实现销售收入12亿元。\n",
                     "2025-08-10")
    found = figures(draft)
    assert all(found[key]["product"] is None for key in ("38%", "35%", "25%", "12亿元"))


# -- the twenty-second set's misses, read after it was retired into dev


def test_a_place_of_registry_between_a_brand_and_its_trade_is_part_of_the_name():
    draft = draft_of("曜澜光能（景泰）科技有限公司投资42亿元建设组件项目，"
                     "桂岚（陆川）冷链物流有限公司投资1.2亿元建设冷库。\n", "2025-08-10")
    entities = entity_classes(draft)
    assert entities.get("曜澜光能（景泰）科技有限公司") == "Company"
    assert entities.get("桂岚（陆川）冷链物流有限公司") == "Company" and "冷链物流有限公司" not in entities


def test_an_order_or_a_supply_agreement_is_for_its_product_and_a_verb_of_having_is_no_part_of_it():
    draft = draft_of("近期又与欧洲客户签订了3.5GWh的储能电池订单，并签订了1.2GW光伏组件供货协议。"
                     "凯澜电驱在全球拥有电驱动总成产能300万台。\n", "2025-08-10")
    found = figures(draft)
    assert found["3.5GWh"]["product"] == "储能电池" and found["1.2GW"]["product"] == "光伏组件"
    assert found["300万台"]["product"] == "电驱动总成"


def test_a_product_after_its_count_ends_before_the_ceremonys_verbs():
    draft = draft_of("首批50架物流无人机现场下线并交付客户，另一家企业年产10万台下线检测设备。\n", "2025-08-10")
    found = figures(draft)
    assert found["50架"]["product"] == "物流无人机" and found["年产10万台"]["product"] == "下线检测设备"


def test_a_crew_of_builders_on_site_is_no_count_to_keep_and_staff_are():
    draft = draft_of("施工现场，辽宁宏岚建设集团有限公司工人1200余名正在加紧作业，项目现场另有200多名建设者。"
                     "公司现有员工1200余人。\n", "2025-08-10")
    assert set(figures(draft)) == {"1200余人"}


def test_guard_trainees_a_base_trains_are_its_count_and_an_exports_share_names_no_product():
    draft = draft_of("阿拉尔纺织服装产业实训基地年培训产业工人3000人次。公司年产光伏组件10GW，其中出口占比38%。\n",
                     "2025-08-10")
    found = figures(draft)
    assert found["3000人"]["owner"] == "阿拉尔纺织服装产业实训基地" and found["38%"]["product"] is None
