"""`chaingraph extract` on shapes that a reading of the thirty-fourth held-out set's misses (after its retirement)
and of the hundred-and-twentieth and hundred-and-twenty-first tens showed misread: rates measured on a running
plant's goods or supply, a capacity raised from "what there is now", a capacity named by the work a plant does,
posts in a firm's division or plant and a project's lead, and what firms ship, sell and hold in orders.
Every sentence is written for these tests in the genre's style; every company, person and project is invented.
Tests marked as guards pass on the code before the round too: they say what the new rules must not take."""

from __future__ import annotations

from test_extract_people9 import positions
from test_extract_quantities import draft_of, entity_classes, figures

from chaingraph.sources.metadata import read_capture_meta
from chaingraph.sources.normalize import normalize

# -- rates in %: their goods and their stage


def test_a_yield_told_of_a_size_is_of_the_goods_of_that_size():
    draft = draft_of("江门芯朗半导体有限公司目前月产6英寸晶圆3万片、8英寸晶圆1.5万片，8英寸产线良品率达到97.6%。\n",
                     "2026-05-20")
    assert figures(draft)["97.6%"]["product"] == "8英寸晶圆"
    assert figures(draft)["97.6%"]["status"] == "operating"


def test_a_purity_told_after_its_goods_is_of_them_and_holds_now():
    draft = draft_of("营口辽晟氢能科技有限公司年产8000吨高纯氢项目去年投产，经提纯后高纯氢纯度达到99.999%。\n",
                     "2026-04-20")
    assert figures(draft)["99.999%"]["product"] == "高纯氢"
    assert figures(draft)["99.999%"]["status"] == "operating"


def test_a_local_supply_rate_raised_since_a_past_year_holds_now():
    draft = draft_of("今年以来，蒙城驰远车桥有限公司本地配套率由2024年的38%提高到57%。\n", "2026-06-20")
    assert figures(draft)["38%"]["status"] == "achieved"
    assert figures(draft)["57%"]["status"] == "operating"


def test_guard_a_past_years_yield_and_a_share_of_spending_stay_results():
    draft = draft_of("去年，公司产品良品率达到98%。全县研发投入占比由去年的1.8%提高到2.3%。\n", "2026-03-01")
    assert figures(draft)["98%"]["status"] == "achieved"
    assert figures(draft)["2.3%"]["status"] == "achieved"


def test_a_yield_after_words_holding_ke_or_shi_still_holds_now():
    draft = draft_of("江门芯朗新材料有限公司主要生产可降解塑料膜，产品合格率达到99.5%。\n", "2026-05-20")
    assert figures(draft)["99.5%"]["status"] == "operating"
    draft = draft_of("江门芯朗半导体有限公司使用国产光刻设备，8英寸晶圆良品率达到97.6%。\n", "2026-05-20")
    assert figures(draft)["97.6%"]["status"] == "operating"


def test_guard_a_yield_of_a_period_gone_stays_a_result():
    draft = draft_of("一季度，江门芯朗半导体有限公司8英寸产线良品率达到97.6%。\n", "2026-05-20")
    assert figures(draft)["97.6%"]["status"] == "achieved"
    draft = draft_of("截至2025年底，江门芯朗半导体有限公司产品良品率达到96.8%。\n", "2026-05-20")
    assert figures(draft)["96.8%"]["status"] == "achieved"


def test_guard_a_places_rate_raised_is_its_periods_result():
    draft = draft_of("今年以来，全县绿电使用比例由2024年的18%提高到26%。\n", "2026-06-20")
    assert figures(draft)["26%"]["status"] == "achieved"


def test_guard_a_purity_of_other_goods_or_a_samples_content_names_none_counted():
    draft = draft_of("该公司年产电池级碳酸锂2万吨，副产品无水硫酸钠纯度达到99%。\n", "2026-05-20")
    assert figures(draft)["99%"]["product"] != "电池级碳酸锂"
    draft = draft_of("宁夏宝氢能源有限公司年产高纯氢8000吨。经检测，当地地下水中氟化物含量为0.8%。\n", "2026-05-20")
    assert figures(draft)["0.8%"]["product"] is None


def test_guard_a_yield_still_to_come_stays_a_plan():
    draft = draft_of("项目达产后，产品良品率可稳定在98%以上。\n", "2026-03-01")
    assert figures(draft)["98%"]["status"] == "planned"


# -- capacities raised, and named by the work done


def test_a_capacity_raised_from_what_there_is_now_names_its_goods_and_holds_now():
    draft = draft_of("“项目达产后，我们的动力电池托盘年产能将由现在的40万套提升到100万套。”\n", "2026-02-20")
    assert figures(draft)["40万套"]["product"] == "动力电池托盘"
    assert figures(draft)["40万套"]["status"] == "operating"
    assert figures(draft)["100万套"]["status"] == "planned"


def test_a_capacity_named_by_the_work_done_names_the_goods_before_it():
    draft = draft_of("三明稀泰新材料有限公司萃取线技改项目已完成。改造后，企业氧化镨钕年分离能力由1500吨"
                     "提升到2500吨。\n",
                     "2026-10-20")
    assert figures(draft)["1500吨"]["product"] == "氧化镨钕"
    assert figures(draft)["2500吨"]["product"] == "氧化镨钕"
    assert figures(draft)["2500吨"]["status"] == "operating"


def test_a_supply_capacity_after_what_the_firm_makes_is_of_those_goods():
    draft = draft_of("该公司主要生产摩托车轮毂，年配套能力45万套。\n", "2025-08-10")
    assert figures(draft)["45万套"]["product"] == "摩托车轮毂"


def test_guard_waste_a_plant_treats_is_no_goods():
    draft = draft_of("全市生活垃圾日处理能力达到1500吨。\n", "2026-01-10")
    assert figures(draft)["1500吨"]["product"] is None


def test_facilities_a_firm_holds_are_in_operation():
    draft = draft_of("公司在省内外拥有生产基地6个，现有气调冷库14座。\n", "2026-01-10")
    assert figures(draft)["6个"]["status"] == "operating"
    assert figures(draft)["14座"]["status"] == "operating"


def test_guard_firms_and_members_a_place_counts_stay_results():
    draft = draft_of("全区现有集成电路规上企业11家。协会现有会员单位64家。\n", "2026-01-10")
    assert figures(draft)["11家"]["status"] == "achieved"
    assert figures(draft)["64家"]["status"] == "achieved"


# -- posts


def test_a_post_in_a_named_division_is_held_at_the_group():
    draft = draft_of("山东鲁禽食品集团有限公司是全市肉鸡龙头企业。集团调理品事业部总经理葛文涛介绍，事业部现有"
                     "调理品产能"
                     "6万吨。\n")
    assert positions(draft)["葛文涛"] == ("调理品事业部总经理", "山东鲁禽食品集团有限公司")


def test_a_plant_director_is_held_at_the_firm_just_named():
    draft = draft_of("同日投产的通山钒源化工有限公司年产3万立方米钒电解液项目总投资4.1亿元。厂长邵明辉介绍，目前"
                     "生产线已"
                     "满负荷运行。\n")
    assert positions(draft)["邵明辉"] == ("厂长", "通山钒源化工有限公司")


def test_a_project_lead_is_held_at_the_firm_building_the_project():
    draft = draft_of("福建竹润新材料有限公司计划总投资2.6亿元，建设年产3000公里竹缠绕管道项目。项目负责人钟立新说，"
                     "项目一期"
                     "计划明年投产。\n")
    assert positions(draft)["钟立新"] == ("项目负责人", "福建竹润新材料有限公司")
    draft = draft_of("在太行锅炉集团年产300台生物质锅炉项目建设现场，项目负责人石建军介绍，项目总投资4.6亿元。\n")
    assert positions(draft)["石建军"] == ("项目负责人", "太行锅炉集团")


def test_guard_a_project_lead_stays_at_a_project_a_firm_only_supplies():
    draft = draft_of("浙江华管智能装备有限公司为南平市年产3000公里竹缠绕管道项目提供生产线。项目负责人钟立新说，"
                     "项目计划"
                     "明年投产。\n")
    assert positions(draft)["钟立新"] == ("项目负责人", "南平市年产3000公里竹缠绕管道项目")


def test_the_group_word_stands_for_the_group_not_its_subsidiary():
    draft = draft_of("山东鲁禽食品集团公司旗下山东鲁禽调理食品有限公司今年投产。集团现有肉鸡屠宰产能1亿只。\n",
                     "2026-05-20")
    assert figures(draft)["1亿只"]["owner"] == "山东鲁禽食品集团公司"


# -- what firms ship, sell and hold in orders


def test_guard_a_part_of_shipments_under_a_brand_names_no_brand():
    draft = draft_of("一季度公司光模块出货量突破了90万只，其中自主品牌出货27万只。\n", "2026-03-20")
    assert figures(draft)["27万只"]["product"] != "自主品牌"


def test_guard_a_trades_category_of_goods_is_kept_whole():
    draft = draft_of("今年1—5月，全市高新技术产品销售收入达到86亿元。\n", "2026-06-10")
    assert figures(draft)["86亿元"]["product"] == "高新技术产品"


def test_a_part_of_shipments_names_its_goods_of_a_rated_kind():
    draft = draft_of("“一季度我们的光模块出货量突破了90万只，其中400G光模块出货27万只。”\n", "2026-03-20")
    assert figures(draft)["90万只"]["product"] == "光模块"
    assert figures(draft)["27万只"]["product"] == "400G光模块"


def test_a_capacity_of_a_rated_kind_keeps_its_rating():
    draft = draft_of("投产后将新增1.6T光模块年产能60万只。\n", "2026-03-20")
    assert figures(draft)["年产能60万只"]["product"] == "1.6T光模块"


def test_orders_counted_in_goods_name_their_goods_and_are_in_hand():
    draft = draft_of("目前公司已接到明年一季度烤箱订单约48万台，预计全年销售收入可达26亿元。\n", "2025-12-10")
    assert figures(draft)["约48万台"]["product"] == "烤箱"
    assert figures(draft)["约48万台"]["status"] == "achieved"
    draft = draft_of("今年我们已经签下全年椰子粉订单8000吨。\n", "2026-06-10")
    assert figures(draft)["8000吨"]["product"] == "椰子粉"


def test_one_product_lines_sales_name_it():
    draft = draft_of("今年1—5月，公司实现销售收入4.1亿元，其中冷压椰子油单品销售额达1.3亿元。\n", "2026-06-10")
    assert figures(draft)["1.3亿元"]["product"] == "冷压椰子油"
    assert figures(draft)["4.1亿元"]["product"] is None


def test_exports_to_markets_listed_are_of_the_goods_counted_before():
    draft = draft_of("今年1—7月，该公司已生产电动三轮车5.1万辆，其中出口越南、老挝等国3.6万辆。\n", "2025-08-10")
    assert figures(draft)["3.6万辆"]["product"] == "电动三轮车"
    draft = draft_of("今年1—7月，该公司已生产电动三轮车5.1万辆，其中出口越南、老挝3.6万辆。\n", "2025-08-10")
    assert figures(draft)["3.6万辆"]["product"] == "电动三轮车"


def test_a_sentence_opening_on_a_period_gone_tells_results_before_a_later_plan():
    draft = draft_of("今年以来，阿克苏棉韵服饰有限公司向哈萨克斯坦等国出口服装860万件，出口额1500万美元，公司计划"
                     "全年出口"
                     "服装1300万件。\n", "2026-09-15")
    assert figures(draft)["860万件"]["status"] == "achieved"
    assert figures(draft)["1500万美元"]["status"] == "achieved"
    assert figures(draft)["1300万件"]["status"] == "planned"


# -- the capture


def test_a_dateline_closing_on_a_mail_forward_button():
    text = ("香港商報　｜　內地新聞　｜　廣西\n\n欽州港區新材料項目密集投產\n\n"
            "2026年04月12日 星期日 10:05　　字號：大 中 小　｜　列印　｜　轉寄\n\n"
            "4月10日，欽州港區新材料項目集中投產。\n")
    assert read_capture_meta(normalize(text)).date.value == "2026-04-12"


def test_a_dateline_opening_on_its_source_and_credit():
    text = ("黄冈新闻网　　首页 > 县市区 > 浠水\n\n浠水县一季度重大项目集中开工\n\n"
            "来源：黄冈日报　　记者 程雨桐　通讯员 夏立言 胡思齐　　2026-03-28 09:40　　【字号 大 中 小】\n\n"
            "3月27日，浠水县一季度重大项目集中开工活动在浠水经济开发区举行。\n")
    meta = read_capture_meta(normalize(text))
    assert meta.date.value == "2026-03-28"
    assert meta.publisher.value == "黄冈日报"
    assert meta.reporters == ("程雨桐", "夏立言", "胡思齐")


# -- names


def test_a_body_after_a_preposition_jieba_glued_to_its_first_character():
    draft = draft_of("记者从容桂街道经济发展办公室获悉，今年1—11月，全街道小家电出口额达268亿元。\n", "2025-12-10")
    assert entity_classes(draft)["容桂街道经济发展办公室"] == "GovernmentBody"


def test_sums_listed_in_turn_go_to_the_firms_in_their_order():
    draft = draft_of("另有3个项目来自珠三角：贵州祺源铝箔有限公司、清镇恒岳精密模具有限公司和贵州泓锦新材料有限公司，"
                     "投资额依次为8亿元、2.1亿元和3.4亿元。\n", "2025-09-20")
    assert figures(draft)["8亿元"]["owner"] == "贵州祺源铝箔有限公司"
    assert figures(draft)["2.1亿元"]["owner"] == "清镇恒岳精密模具有限公司"
    assert figures(draft)["3.4亿元"]["owner"] == "贵州泓锦新材料有限公司"


def test_guard_a_delivery_of_a_lines_goods_and_a_dyeing_capacity():
    draft = draft_of("混动变速箱生产线去年交付了18万台。项目建成后年印染加工能力可达4亿米。\n", "2025-07-10")
    assert figures(draft)["18万台"]["product"] == "混动变速箱"
    assert figures(draft)["4亿米"]["product"] is None
