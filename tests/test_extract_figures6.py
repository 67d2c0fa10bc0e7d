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


def test_a_list_closed_by_a_category_gives_the_category_unless_it_names_no_kind():
    found = figures(draft_of(
        "澜海船舶机械有限公司的甲板机械生产线正在扩建，达产后可年产锚机、绞车等甲板机械1200台套。\n"
        "澄溪食品有限公司可年产青稞面、糌粑等产品3万吨，另年产麦片、米粉等系列产品2万吨。\n"))
    assert found["1200台套"]["product"] == "甲板机械"
    assert found["1200台套"]["owner"] == "澜海船舶机械有限公司"
    assert found["1200台套"]["status"] == "planned"
    assert found["3万吨"]["product"] == "青稞面" and found["3万吨"]["owner"] == "澄溪食品有限公司"
    assert found["2万吨"]["product"] == "麦片"
    assert found["3万吨"]["status"] == found["2万吨"]["status"] == "operating"


REVIEW = (
    "芜湖光电产业年度盘点：链上发力\n"
    "岁末回望，2024年芜湖市光电产业交出了一份答卷：全年产业产值预计达到420亿元。盘点这一年，主要有以下几个亮点。\n"
    "一是重大项目接连落地。全年新签约光电项目18个，协议总投资126亿元。\n"
    "二是平台加快建设。芜湖光电检测中心建成投用，全年出具检测报告3200份。\n"
)


def test_a_review_s_point_opens_a_section_of_the_article_s_place_and_a_signed_amount_is_a_result():
    found = figures(draft_of(REVIEW, "2025-01-05"))
    assert found["18个"]["owner"] == "芜湖市" and found["18个"]["status"] == "achieved"
    assert found["126亿元"]["owner"] == "芜湖市"
    assert found["126亿元"]["status"] == "achieved"  # 协议总投资 after a year's signings: what was signed
    assert found["126亿元"]["product"] is None
    assert found["3200份"]["owner"] == "芜湖光电检测中心"


def test_the_total_investment_of_an_event_s_signing_stays_a_plan():
    found = figures(draft_of(
        "3月8日，芜湖经开区与6家企业签订投资协议，协议总投资48亿元。\n"
        "今年以来，芜湖经开区新签约项目27个，总投资215亿元。\n", "2025-03-10"))
    assert found["48亿元"]["status"] == "planned" and found["48亿元"]["owner"] == "芜湖经开区"
    assert found["215亿元"]["status"] == "achieved"  # a place's tally of a period's signings, as its count
    assert found["27个"]["status"] == "achieved"


def test_what_a_recycler_takes_in_each_year_is_the_product_of_its_capacity():
    found = figures(draft_of("在澄江区，澄江锂电循环产业园一期已于去年投运，可年回收处理废旧动力电池6万吨。\n"
                             "澄江再生资源有限公司每年可回收利用废旧光伏组件1.5万吨。\n", "2025-03-01"))
    assert found["6万吨"]["product"] == "废旧动力电池" and found["6万吨"]["cls"] == "Capacity"
    assert found["6万吨"]["owner"] == "澄江锂电循环产业园"
    assert found["6万吨"]["status"] == "operating"
    assert found["1.5万吨"]["product"] == "废旧光伏组件" and found["1.5万吨"]["owner"] == "澄江再生资源有限公司"


WRAPPED_NOTICE = (
    "关于芜湖市2025年第一批市级重点项目（新材料产业）名单的公示\n"
    "序号 项目名称 建设单位 建设内容 总投资（万元） 建设年限\n"
    "1 年产2万吨碳纤维复合材料项目 芜湖澄碳新材料有限公司 新建碳纤维预浸料及复合材料生产线，\n"
    "形成年产2万吨碳纤维复合材料能力 260000 2025-2027\n"
    "2 高性能铝合金型材项目 芜湖澄铝科技有限公司 新建挤压生产线6条 84000\n"
    "2025-2026\n"
    "3 澄江新材料中试基地 芜湖澄江新材料研究院有限公司 建设中试车间2万平方米 26000 2025-2026\n"
    "合计 370000\n"
    "以上3个项目总投资37亿元，请各县区抓好落实。公示期间如有异议，请向芜湖市发展和改革委员会反映。\n"
)


def test_a_row_the_capture_wrapped_onto_two_lines_is_one_row():
    found = figures(draft_of(WRAPPED_NOTICE, "2025-02-10"))
    assert found["260000"]["owner"] == "年产2万吨碳纤维复合材料项目" and found["260000"]["value"] == 2600000000
    capacities = [f for f in found.values() if f["cls"] == "Capacity" and f["value"] == 20000]
    assert len(capacities) == 1  # the contents cell's capacity repeats the name's, though on the next line
    assert found["84000"]["owner"] == "高性能铝合金型材项目"
    # the year range wrapped below row 2 does not end the table: row 3 is still read
    assert found["26000"]["owner"] == "澄江新材料中试基地" and found["26000"]["value"] == 260000000
    assert found["2万平方米"]["owner"] == "澄江新材料中试基地"


def test_a_total_under_a_table_is_the_notice_s_place_s_not_the_last_row_s():
    found = figures(draft_of(WRAPPED_NOTICE, "2025-02-10"))
    assert found["37亿元"]["owner"] == "芜湖市"
    assert found["37亿元"]["status"] == "planned"
    assert "3个" not in found  # 以上3个项目: the rows just listed, counted


def test_fibre_counted_in_core_kilometres_is_a_capacity_of_its_product():
    found = figures(draft_of("澄江光通信有限公司特种光纤项目总投资22亿元，建成后可年产特种光纤2000万芯公里。\n",
                             "2025-03-01"))
    fibre = found["2000万芯公里"]
    assert fibre["unitCode"] == "KMT" and fibre["value"] == 20000000 and fibre["cls"] == "Capacity"
    assert fibre["product"] == "特种光纤" and fibre["status"] == "planned"
    assert fibre["owner"] == "澄江光通信有限公司特种光纤项目"


STATISTICS = (
    "芜湖市2024年国民经济和社会发展统计公报\n"
    "三、工业\n"
    "全年规模以上工业企业实现营业收入2860亿元。\n"
    "表2 2024年主要工业产品产量及其增长速度\n"
    "产品名称 单位 产量 比上年增长（%）\n"
    "工业机器人 万套 1.26 18.2\n"
    "碳纤维 万吨 2.4 12.5\n"
    "光伏电池 吉瓦 12.6 31.5\n"
    "单晶硅片 亿片 86.5 24.1\n"
    "分园区看，芜湖经济技术开发区全年实现工业总产值1320亿元。\n"
)


def test_a_statistics_table_of_products_gives_each_row_s_output_in_the_row_s_unit():
    found = figures(draft_of(STATISTICS, "2025-03-20"))
    assert (found["2.4"]["value"], found["2.4"]["unitCode"], found["2.4"]["product"]) == (24000, "TNE", "碳纤维")
    assert (found["86.5"]["value"], found["86.5"]["unitCode"]) == (8650000000, "C62")
    assert (found["12.6"]["value"], found["12.6"]["unitCode"], found["12.6"]["product"]) == (12.6, "A90", "光伏电池")
    assert found["1.26"]["unitCode"] == "SET" and found["1.26"]["product"] == "工业机器人"
    for text in ("1.26", "2.4", "12.6", "86.5"):
        assert found[text]["owner"] == "芜湖市" and found[text]["status"] == "achieved"
        assert found[text]["cls"] != "Capacity"  # what was made in the year, not what can be made
    assert not {"18.2", "12.5", "31.5", "24.1"} & set(found)  # the growth column: rates of change
    assert found["1320亿元"]["owner"] == "芜湖经济技术开发区"


BULLETS = (
    "一图读懂 | 《芜湖经开区机器人产业发展三年行动方案（2025—2027年）》\n"
    "一图读懂\n"
    "芜湖经开区机器人产业发展三年行动方案\n"
    "— 发展目标 —\n"
    "到2027年\n"
    "▶ 300亿元\n"
    "机器人产业规模\n"
    "▶ 60家\n"
    "集聚机器人企业\n"
    "▶ 5万台/年\n"
    "工业机器人生产能力\n"
    "▶ 800台\n"
    "推广服务机器人\n"
    "— 重点任务 —\n"
    "芜湖机器人产业园已建成投用，园区现有企业42家。\n"
)


def test_bullets_under_a_target_line_are_the_plan_s_targets_named_by_the_line_after_each():
    found = figures(draft_of(BULLETS, "2025-02-20"))
    for text in ("300亿元", "60家", "5万台/年", "800台"):
        assert found[text]["owner"] == "芜湖经开区" and found[text]["status"] == "planned"
    assert found["5万台/年"]["product"] == "工业机器人" and found["5万台/年"]["cls"] == "Capacity"
    assert found["800台"]["product"] == "服务机器人"
    assert "\n" not in found["5万台/年"]["candidate"].quote  # a quote never runs over the bullet's line
    assert found["300亿元"]["product"] is None and found["60家"]["product"] is None
    assert found["42家"]["status"] == "achieved"  # prose after the block is no target


REPLY = (
    "对市人大十五届三次会议第58号建议的答复\n"
    "李明代表：\n"
    "您提出的《关于加快我市预制菜产业发展的建议》收悉。经研究，现答复如下：\n"
    "一、基本情况\n"
    "2024年，全市预制菜规模以上企业达到36家，预制菜产量48万吨。\n"
    "二、下步打算\n"
    "下一步，我局将力争到2027年全市预制菜产量突破80万吨。\n"
    "联系单位：芜湖市商务局\n"
    "芜湖市商务局\n"
)


def test_a_whole_city_in_a_reply_signed_by_the_city_s_bureau_is_that_city():
    found = figures(draft_of(REPLY, "2025-02-20"))
    assert found["36家"]["owner"] == "芜湖市" and found["36家"]["status"] == "achieved"
    assert found["48万吨"]["owner"] == "芜湖市" and found["48万吨"]["product"] == "预制菜"
    assert found["突破80万吨"]["owner"] == "芜湖市" and found["突破80万吨"]["status"] == "planned"


def test_a_city_that_builds_on_a_zone_holds_the_clause_s_totals_not_the_zone():
    found = figures(draft_of("近年来，芜湖以芜湖经济技术开发区为主要承载地，引进本体、减速器等企业，"
                             "已集聚机器人企业86家，2024年机器人产业产值突破420亿元。\n", "2025-05-20"))
    assert found["86家"]["owner"] == "芜湖市" and found["86家"]["status"] == "achieved"
    assert found["突破420亿元"]["owner"] == "芜湖市"


def test_a_length_a_rating_a_distance_a_threshold_and_a_visit_are_no_figures():
    found = figures(draft_of(
        "初夏的澄江港，一支长达123米的风机叶片正被吊上运输船。澄江风电装备有限公司单机容量18兆瓦的海上风电机组正在下线。"
        "项目厂界外5公里范围内无居民。统计范围为年主营业务收入2000万元及以上的工业法人单位。"
        "市投资促进中心赴珠三角招商，走访企业12家，签约项目5个。\n", "2025-06-10"))
    assert sorted(found) == ["5个"]


def test_a_place_the_platform_the_sentence_opens_on_lies_in_holds_none_of_its_figures():
    found = figures(draft_of(
        "芜湖机器人核心零部件检测公共服务平台由芜湖澄川检测技术有限公司运营。"
        "该平台位于三山经开区，去年为210家企业提供检测服务，出具检测报告1.1万份。\n", "2025-06-10"))
    assert found["1.1万份"]["owner"] == "芜湖机器人核心零部件检测公共服务平台"
    assert found["210家"]["owner"] == "芜湖机器人核心零部件检测公共服务平台"
    assert found["1.1万份"]["status"] == "achieved"


MEETING = (
    "会议强调，要加快推进澄光通信年产800吨光纤预制棒扩建项目、湖北澄芯光电子有限公司光器件产业园项目建设，"
    "确保扩建项目年内建成投产。会议要求，到2026年全市光纤光缆产业链产值达到400亿元，新培育专精特新企业10家。"
    "截至今年4月，澄江海上风电累计并网装机容量达到820万千瓦。\n"
)


def test_a_meeting_s_directives_building_pushed_on_a_year_to_reach_and_a_running_total():
    found = figures(draft_of(MEETING, "2025-05-20"))
    assert found["年产800吨"]["status"] == "under-construction"  # 加快推进…建设: being built
    assert found["年产800吨"]["product"] == "光纤预制棒"
    assert found["400亿元"]["status"] == "planned"
    assert found["10家"]["status"] == "planned"  # the clause after 到2026年… is one more target
    assert found["820万千瓦"]["status"] == "achieved"  # 累计并网: a running total


def test_the_company_an_announcement_declares_as_its_company_holds_what_the_company_has():
    found = figures(draft_of(
        "江苏澄帆碳纤维股份有限公司（以下简称“公司”）拟通过全资子公司连云港澄帆新材料有限公司（以下简称“澄帆新材料”）"
        "投资建设本项目。\n截至本公告披露日，公司现有碳纤维产能8000吨/年，2024年度实现营业收入21.6亿元。\n",
        "2025-02-20"))
    assert found["8000吨/年"]["owner"] == "江苏澄帆碳纤维股份有限公司"
    assert found["8000吨/年"]["product"] == "碳纤维" and found["8000吨/年"]["status"] == "operating"
    assert found["21.6亿元"]["owner"] == "江苏澄帆碳纤维股份有限公司"


def test_a_sentence_after_a_semicolon_goes_on_with_the_whole_place_of_the_one_before():
    found = figures(draft_of(
        "【全市：1-5月机器人产业招商情况】\n"
        "1-5月，全市机器人产业新签约亿元以上项目26个，协议总投资128亿元；新开工项目12个，新投产项目7个。\n"
        "联系单位：芜湖市投资促进中心\n", "2025-06-10"))
    assert found["128亿元"]["owner"] == "芜湖市" and found["128亿元"]["status"] == "achieved"
    assert found["12个"]["owner"] == "芜湖市" and found["12个"]["status"] == "under-construction"
    assert found["7个"]["owner"] == "芜湖市" and found["7个"]["status"] == "operating"


SALES = (
    "芜湖市2024年国民经济和社会发展统计公报\n"
    "表3 2024年主要工业产品销售情况\n"
    "产品名称 单位 2024年销量 比上年增长（%）\n"
    "新能源汽车 万辆 18.6 27.3\n"
    "表4 2024年主要工业产品出口\n"
    "产品名称 单位 出口量 比上年增长（%）\n"
    "锂离子电池 亿只 2.1 15.6\n"
    "表5 2024年主要工业产品产量\n"
    "产品名称 单位 数量 比上年增长（%）\n"
    "工业硅 万吨 35.2 12.7\n"
)


def test_a_statistics_table_of_sales_or_exports_says_so_and_keeps_the_product():
    # a sales or export figure is an indicator of its product, like 钛材销量1.2万吨 in prose (README conventions)
    found = figures(draft_of(SALES, "2025-03-20"))
    assert (found["18.6"]["value"], found["18.6"]["product"], found["18.6"]["quantityKind"]["zh"]) == \
        (186000, "新能源汽车", "销量")
    assert (found["2.1"]["product"], found["2.1"]["quantityKind"]["zh"]) == ("锂离子电池", "出口量")
    assert found["35.2"]["quantityKind"]["zh"] == "产量"  # 数量 under a title of 产量
    for text in ("18.6", "2.1", "35.2"):
        assert found[text]["cls"] != "Capacity" and found[text]["status"] == "achieved"
