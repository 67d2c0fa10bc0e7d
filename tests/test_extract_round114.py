"""`chaingraph extract` on shapes that a reading of the thirty-first held-out set's misses (after its retirement)
and of the hundred-and-fourteenth and hundred-and-fifteenth tens showed misread: parks two places build together,
a park named as a valley of one material, a zone's page that calls it 园区, supply deals between two firms, a
ranking printed from a table, a groundbreaking's own tally, rates raised since a past year, a town's work report.
Every sentence is written for these tests in the genre's style; every company, person and project is invented.
Tests marked as guards pass on the code before the round too: they say what the new rules must not take."""

from __future__ import annotations

from test_extract_quantities import draft_of, entity_classes, figures

# -- parks, zones and what stands for them


def test_a_park_two_places_build_together_is_named_by_both():
    draft = draft_of("同日，郫都区与崇州市签订合作协议，郫都—崇州智能家居共建产业园揭牌，规划面积2600亩。\n",
                     "2026-04-02")
    assert entity_classes(draft).get("郫都—崇州智能家居共建产业园") == "IndustrialPark"
    assert figures(draft)["2600亩"]["owner"] == "郫都—崇州智能家居共建产业园"


def test_a_park_named_by_the_programme_two_places_build_it_under():
    draft = draft_of("与浙江省乐清市共建的乐仪东西部协作产业园已建成标准厂房12万平方米。\n", "2026-01-12")
    assert figures(draft)["12万平方米"]["owner"] == "乐仪东西部协作产业园"
    found = entity_classes(draft_of("余杭—淳安山海协作产业飞地规划面积90亩，已入驻企业7家。\n", "2026-06-02"))
    assert found.get("余杭—淳安山海协作产业飞地") == "IndustrialPark"


def test_guard_two_places_that_build_a_park_name_none():
    found = entity_classes(draft_of("郫都区与崇州区共建产业园，规划面积2600亩。\n", "2026-04-02"))
    assert not any(name.endswith("共建产业园") for name in found)


def test_a_park_named_as_the_valley_of_one_material():
    draft = draft_of("研究院所在的海曙膜谷位于宁波市海曙区西部，规划面积2.4平方公里，目前已入驻企业37家。\n",
                     "2025-09-02")
    assert entity_classes(draft).get("海曙膜谷") == "IndustrialPark"
    assert figures(draft)["37家"]["owner"] == "海曙膜谷"


def test_a_zone_called_园区_on_its_own_page_is_no_park():
    text = ("鹿泉经济开发区园区概况\n"
            "鹿泉经济开发区位于河北省石家庄市，规划面积31平方公里。园区现有企业540家，其中规上工业企业96家。\n"
            "园区与天津经济技术开发区合作共建的津鹿精密制造协同产业园规划面积1200亩。\n"
            "园区已建成标准化厂房36万平方米。\n")
    draft = draft_of(text, "2026-09-03")
    found = entity_classes(draft)
    assert "鹿泉经济开发区园区" not in found
    assert figures(draft)["540家"]["owner"] == "鹿泉经济开发区"
    assert figures(draft)["36万平方米"]["owner"] == "鹿泉经济开发区"  # (the 园区 that built the co-built park)


def test_a_high_tech_park_area_written_short_is_the_zone():
    draft = draft_of("温州瓯江口高新技术产业园区近日发布数据。截至目前，瓯江口高新园区已集聚新材料企业143家。\n",
                     "2025-09-02")
    assert entity_classes(draft).get("瓯江口高新园区") in (None, "HighTechZone")
    assert figures(draft)["143家"]["owner"] == "温州瓯江口高新技术产业园区"


def test_a_park_described_as_a_park_in_a_zone_holds_its_own_figures():
    draft = draft_of("调研组首先来到湖南望城智能制造产业园。该园是望城经开区的“园中园”，由湖南望城产投发展有限公司"
                     "建设运营，规划用地700亩，已建成标准化厂房21万平方米。\n", "2025-07-15")
    assert figures(draft)["700亩"]["owner"] == "湖南望城智能制造产业园"
    assert figures(draft)["21万平方米"]["owner"] == "湖南望城智能制造产业园"


def test_a_new_research_institute_called_by_its_kind():
    draft = draft_of("9月12日，宁波慈溪先进涂层材料研究院新楼启用。这家新型研发机构由慈溪高新技术产业开发区与"
                     "中国科学院宁波材料技术与工程研究所共建，运行三年来已组建研发团队9个。\n", "2025-09-15")
    assert figures(draft)["9个"]["owner"] == "宁波慈溪先进涂层材料研究院"


def test_an_institute_its_head_names_is_not_the_institute_that_built_it():
    draft = draft_of("宁波慈溪先进涂层材料研究院由中国科学院宁波材料技术与工程研究所共建。“企业有难题，随时找我们。”"
                     "研究院院长周可言说，新启用的中试大楼建筑面积1.9万平方米。\n", "2025-09-15")
    assert figures(draft)["1.9万平方米"]["owner"] == "宁波慈溪先进涂层材料研究院"


# -- deals between firms


def test_a_supply_agreement_gives_its_goods_and_sum_to_the_seller():
    text = ("对接会上，山西晋瓷器皿集团有限公司与介休市恒硅石英材料有限公司签订石英砂长期供应协议，"
            "恒硅石英三年内将向晋瓷集团供应石英砂12万吨，合同金额约7200万元。\n")
    got = figures(draft_of(text, "2025-09-20"))
    assert got["12万吨"]["owner"] == "介休市恒硅石英材料有限公司"
    assert got["约7200万元"]["owner"] == "介休市恒硅石英材料有限公司"


def test_a_purchase_contract_is_the_partners_sale():
    text = ("宁波优选家居用品有限公司与介休市华瓷器皿有限公司签订耐热玻璃杯采购合同，"
            "采购耐热玻璃杯400万只，金额2400万元。\n")
    got = figures(draft_of(text, "2025-09-20"))
    assert got["400万只"]["owner"] == "介休市华瓷器皿有限公司"
    assert got["2400万元"]["owner"] == "介休市华瓷器皿有限公司"


def test_guard_a_purchase_contract_told_by_its_sum_alone_is_the_first_signers():
    text = "签约现场，郑州芯川微电子有限公司与河南豫衡仪表有限公司签订MEMS压力传感器芯片采购合同，金额1.2亿元。\n"
    got = figures(draft_of(text, "2025-07-02"))["1.2亿元"]
    assert (got["owner"], got["product"]) == ("郑州芯川微电子有限公司", "MEMS压力传感器芯片")


def test_guard_orders_placed_and_contracts_signed_before_stay_results():
    got = figures(draft_of("下线仪式上，赣运物流有限公司与鹰翔低空签订采购订单200架。\n", "2025-12-02"))
    assert got["200架"]["status"] == "achieved"
    got = figures(draft_of("昆仑氢能已与柴达装备签订了首批30台电解槽的采购协议。\n", "2025-06-02"))
    assert got["30台"]["status"] != "planned"


def test_a_delivery_agreement_is_the_signers_sale_unless_the_words_say_otherwise():
    text = ("1月，福建禾羽食品集团有限公司与厦门鲜厨预制菜有限公司签订鸡肉调理品供货协议，"
            "未来两年供应鸡肉调理品1.2万吨。\n")
    assert figures(draft_of(text, "2026-02-02"))["1.2万吨"]["owner"] == "福建禾羽食品集团有限公司"
    text = ("5月，浙江浦安智能锁具股份有限公司与浦江县芯识电子有限公司签订指纹模组三年供货协议，"
            "芯识电子将供应指纹模组500万片，合同金额1.6亿元。\n")
    got = figures(draft_of(text, "2026-06-02"))
    assert got["500万片"]["owner"] == "浦江县芯识电子有限公司"


def test_a_supplier_named_short_after_the_agreement():
    text = ("河北冀骑车业集团有限公司与平乡县宏轮橡胶制品有限公司签订自行车轮胎年度采购协议。"
            "根据协议，宏轮橡胶明年将向冀骑车业供应自行车轮胎260万条，金额9800万元。\n")
    got = figures(draft_of(text, "2025-10-02"))
    assert got["260万条"]["owner"] == "平乡县宏轮橡胶制品有限公司"


def test_an_order_won_is_the_winners():
    text = "开原市恒力减速机有限公司现有起重减速机年产能1.2万台。今年一季度，恒力减速机又拿到开重集团订单1800万元。\n"
    assert figures(draft_of(text, "2026-04-02"))["1800万元"]["owner"] == "开原市恒力减速机有限公司"


def test_a_supply_agreed_is_a_plan_and_names_the_goods_of_the_agreement():
    text = "11月，南京精压铸造有限公司与溧驰汽车签订一体化压铸前舱供货协议，金额2.6亿元。\n"
    got = figures(draft_of(text, "2025-12-02"))["2.6亿元"]
    assert (got["owner"], got["product"], got["status"]) == ("南京精压铸造有限公司", "一体化压铸前舱", "planned")
    text = ("对接会上，晋瓷集团与介休市恒模模具有限公司签订玻璃模具采购合同，由恒模模具为其制作吹制模具1800套，"
            "金额3100万元。\n")
    got = figures(draft_of(text, "2025-09-20"))
    assert got["1800套"]["status"] == got["3100万元"]["status"] == "planned"
    assert got["3100万元"]["product"] == "玻璃模具"
    text = "我们组织南泵机电与本地9家配套企业开展产需对接，签订长期供货协议，合同金额6.4亿元。\n"
    assert figures(draft_of(text, "2026-01-12"))["6.4亿元"]["product"] is None  # (长期 names no goods)


def test_guard_an_investment_agreement_stays_the_investors():
    text = ("签约仪式上，江苏沭阳新材有限公司与沭阳经济技术开发区签订投资协议，"
            "总投资12亿元，建设年产5万吨改性塑料项目。\n")
    assert figures(draft_of(text, "2025-10-02"))["12亿元"]["owner"] != "沭阳经济技术开发区"


def test_guard_a_purchase_from_unnamed_suppliers_stays_the_buyers():
    text = "上半年，湖南桂宁家居集团有限公司向园区内配套企业下单采购3.8亿元。\n"
    assert figures(draft_of(text, "2026-07-02"))["3.8亿元"]["owner"] == "湖南桂宁家居集团有限公司"


# -- lists, tallies and thresholds


def test_a_ranking_printed_from_a_table_names_each_rows_products():
    text = ("榜单前五名如下（排名、企业名称、主营产品、营业收入）：\n"
            "1. 广东骏安汽车零部件有限公司，汽车座椅骨架，21.3亿元；\n"
            "2. 英德市澜泰新材料有限公司，铝型材，18.4亿元；\n"
            "3. 广东睿安精密部件有限公司，汽车制动盘，15.2亿元。\n")
    draft = draft_of(text, "2026-03-18")
    found = entity_classes(draft)
    assert {"汽车座椅骨架", "铝型材", "汽车制动盘"} <= set(found)
    assert figures(draft)["18.4亿元"]["owner"] == "英德市澜泰新材料有限公司"


def test_a_signings_own_tally_is_left_out_but_a_places_is_kept():
    draft = draft_of("5月8日，修水县招商引资项目集中签约活动举行。此次共签约项目9个，总投资48亿元。\n", "2025-05-09")
    assert not {"9个", "48亿元"} & set(figures(draft))
    draft = draft_of("此次湖口高新技术产业园区共签约项目5个，总投资21.6亿元。\n", "2026-04-08")
    assert figures(draft)["21.6亿元"]["owner"] == "湖口高新技术产业园区"


def test_guard_a_groundbreakings_tally_stays_the_places():
    got = figures(draft_of("4月8日，泗县重点项目集中开工活动举行。本次集中开工项目21个，总投资96亿元。\n",
                           "2025-04-09"))
    assert got["21个"]["status"] == "under-construction" and "96亿元" in got


def test_a_revenue_threshold_of_the_firms_counted_is_no_figure():
    got = figures(draft_of("全县营业收入超5亿元的工业企业达14家，全年新增规上工业企业19家。\n", "2026-03-18"))
    assert "5亿元" not in got and "14家" in got


def test_a_years_target_a_result_is_measured_against():
    got = figures(draft_of("1—10月，全县规模以上工业总产值完成64.2亿元，完成全年目标80亿元的80.3%。\n", "2025-11-10"))
    assert got["80亿元"]["status"] == "planned"
    assert "80.3%" not in got


def test_a_floor_load_per_square_metre_is_no_figure():
    assert "1.2吨" not in figures(draft_of("厂房楼面荷载最高达到每平方米1.2吨，层高9米。\n", "2025-10-22"))


# -- statuses


def test_companies_in_a_park_keep_their_own_stage():
    text = ("嘉兴新型储能产业园规划面积2.6平方公里；园区在建标准化厂房12万平方米，计划年底交付。"
            "园区内，浙江禾恒电池材料有限公司年产磷酸铁锂正极材料2万吨。\n")
    assert figures(draft_of(text, "2025-05-10"))["2万吨"]["status"] == "operating"


def test_equipment_a_firm_has_now_is_in_operation():
    got = figures(draft_of("湖北楚棉纺织集团有限公司新增纱锭6万锭，公司现有纱锭32万锭。\n", "2026-01-10"))
    assert got["32万锭"]["status"] == "operating"


def test_the_floor_of_a_building_being_built():
    got = figures(draft_of("园区规划面积900亩，已入驻企业19家；二期标准化厂房正在建设，建筑面积4万平方米。\n",
                           "2026-06-10"))
    assert got["4万平方米"]["status"] == "under-construction"


def test_a_rate_raised_to_what_it_is_now_holds_now():
    got = figures(draft_of("链主企业的本地配套率由2023年的38%提高到目前的57%。\n", "2025-09-20"))
    assert got["57%"]["status"] == "operating"
    got = figures(draft_of("全县本地配套率由去年同期的31%提高到46%。\n", "2026-07-20"))
    assert got["46%"]["status"] == "achieved"  # (a place's two periods compared: a result; a firm's rate raised
    # since a past year holds now, as every dev gold with one reads it: test_extract_round120)


# -- names


def test_a_town_reporting_its_work_is_a_region_and_the_whole_town_is_none():
    text = ("夏各庄镇政府工作报告（摘要）\n"
            "过去一年，全镇完成规模以上工业总产值42.6亿元，其中食品产业实现产值27.3亿元，占全镇规上工业总产值的64%。\n")
    found = entity_classes(draft_of(text, "2026-01-12"))
    assert found.get("夏各庄镇") == "AdministrativeRegion"
    assert "占全镇" not in found


def test_words_before_a_firms_name_are_not_the_name():
    found = entity_classes(draft_of("链上龙头吉林松澜碳纤维有限公司1—10月生产碳纤维原丝1.6万吨。\n", "2025-11-10"))
    assert "吉林松澜碳纤维有限公司" in found and "链上龙头吉林松澜碳纤维有限公司" not in found
    found = entity_classes(draft_of("福建禾羽食品集团有限公司是链主企业。光泽县禾丰饲料有限公司年产饲料28万吨，"
                                    "其中70%供应禾羽集团。\n", "2026-02-02"))
    assert "供应禾羽集团" not in found


def test_energy_a_plant_needs_is_no_goods_whichever_word_brings_it():
    found = entity_classes(draft_of("该项目所需天然气由西气东输管道供应，建成后年产合成氨30万吨。\n", "2025-05-02"))
    assert "天然气" not in found and "合成氨" in found
    found = entity_classes(draft_of("公司所用的硅料和银浆，主要从江苏采购。\n", "2025-05-02"))
    assert {"硅料", "银浆"} <= set(found)
