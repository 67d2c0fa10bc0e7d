"""`chaingraph extract` on the figure forms of articles written without the extraction rules in mind:
capacities listed after their products (多晶硅10万吨、单晶硅棒25GW的年产能), machines counted by their
counter word (标准机架, 服务器), a zone, park or company written short at a clause's opening (洋浦, 中德园,
上海化工区, 驰衡热管理), 其中X等企业…合计, a company's existing lines after 分别, and products whose
name holds a verb or 后 (电动垂直起降飞行器, 一体化压铸后地板). The sentences are written for these tests."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def test_capacities_listed_after_their_products_take_each_its_own():
    found = figures(draft_of(
        "西川经济技术开发区是光伏产业的集聚地。青海晴岭硅业有限公司、青海朗川光伏科技有限公司分别具备"
        "工业硅8万吨、单晶硅片20GW的年产能。\n"
        "同一天，上海岚析材料有限公司签约特种膜材料项目，达产后将新增芳纶纸2000吨、锂电隔膜4亿平方米的年产能。"))
    assert found["8万吨"]["product"] == "工业硅"
    assert found["8万吨"]["owner"] == "青海晴岭硅业有限公司"
    assert found["20GW"]["product"] == "单晶硅片"
    assert found["2000吨"]["product"] == "芳纶纸"


def test_counted_projects_name_the_product_of_their_bare_capacity():
    found = figures(draft_of("此外，湟东光谷产业园去年新投产钠离子电池项目3个，合计年产能5GWh。"))
    assert found["年产能5GWh"]["product"] == "钠离子电池"


def test_machines_counted_by_their_counter_word_are_products():
    found = figures(draft_of(
        "截至2024年底，石嘴全市已建成标准机架8.2万架，其中智算机架1.1万架。\n"
        "集聚区内，宁夏岭算科技有限公司智算中心一期去年建成投运，新增标准机架6000架和9000架。"
        "届时岭算科技的智算服务器将达到2万台。"))
    assert found["8.2万架"]["product"] == "标准机架"
    assert found["1.1万架"]["product"] == "智算机架"
    assert found["6000架"]["product"] == "标准机架"
    assert found["9000架"]["product"] == "标准机架"
    assert found["2万台"]["product"] == "智算服务器"
    assert found["2万台"]["cls"] == "Capacity"


def test_a_count_of_stations_stays_a_count():
    found = figures(draft_of("目前全市已建成加氢站12座，充电桩3000个。"))
    assert found["12座"]["product"] is None
    assert found["3000个"]["product"] is None


def test_a_zone_or_park_written_short_at_a_clause_opening_holds_its_figures():
    found = figures(draft_of(
        "4月2日，海南岚澄能源科技有限公司储能电站项目在岚浦经济开发区开工。\n"
        "与此同时，应用场景不断丰富。岚浦已建成加氢站6座，氢燃料电池公交车运营数量达到80辆。\n"
        "在华德（大连）高端装备制造产业园，大连岭拓机器人有限公司二期工厂已竣工投产。"
        "今年以来，华德园新落地项目30个，总投资215亿元。"))
    assert found["6座"]["owner"] == "岚浦经济开发区"
    assert found["80辆"]["owner"] == "岚浦经济开发区"
    assert found["80辆"]["product"] == "氢燃料电池公交车"
    assert found["30个"]["owner"] == "华德（大连）高端装备制造产业园"
    assert found["215亿元"]["owner"] == "华德（大连）高端装备制造产业园"


def test_a_zone_short_form_headed_by_a_city_and_its_companies_total():
    found = figures(draft_of(
        "一季度，南京化学工业区新材料项目建设提速。\n"
        "据统计，2024年南京化工区实现工业总产值980亿元。目前，南京化工区现有产能中丙烯年产能达到120万吨，"
        "其中岚氟新材等企业的含氟聚合物年产能合计超过8万吨。"))
    assert found["980亿元"]["owner"] == "南京化学工业区"
    assert found["120万吨"]["owner"] == "南京化学工业区"
    assert found["超过8万吨"]["owner"] == "南京化学工业区"


def test_a_company_written_short_keeps_its_existing_lines():
    found = figures(draft_of(
        "在沧州高新区，河北岭衡热能系统有限公司年产50万套储能温控系统项目已于3月开工。该项目总投资12亿元。"
        "岭衡热能现有液冷机组和换热器两条产线，年产能分别为20万套和80万台。\n"
        "为保障用电，岭衡热能还将配套建设光伏电站5万千瓦。"))
    assert found["20万套"]["owner"] == "河北岭衡热能系统有限公司"
    assert found["20万套"]["product"] == "液冷机组"
    assert found["80万台"]["product"] == "换热器"
    assert found["5万千瓦"]["owner"] == "河北岭衡热能系统有限公司"


def test_a_count_of_the_companies_just_named_is_theirs():
    found = figures(draft_of(
        "园区内，甘肃岭铜新材料有限公司年产3万吨铜箔项目已建成投产；白银岚泰材料有限公司年产6万吨正极材料项目"
        "去年底完成设备安装。两家企业去年合计实现产值52亿元。"))
    assert found["52亿元"]["owner"] in ("甘肃岭铜新材料有限公司", "白银岚泰材料有限公司")


def test_a_product_whose_name_holds_verbs_or_a_direction_word():
    found = figures(draft_of(
        "一期年产电动垂直起降飞行器120架。公司可年产一体化压铸前舱30万件。迈岭电驱工厂计划年产电驱动总成20万台。"))
    assert found["120架"]["product"] == "电动垂直起降飞行器"
    assert found["20万台"]["product"] == "电驱动总成"


def test_counts_of_people_and_orders_and_shares_in_tenths():
    found = figures(draft_of(
        "岭驰零部件博士后创新实践基地今年引进博士后6名。该平台累计调度算力服务订单1800余笔。"
        "去年全区装备制造业产值占规上工业产值的七成以上，位列全省前3名。"))
    assert found["6名"]["value"] == 6 and found["6名"]["unitCode"] == "C62"
    assert found["1800余笔"]["value"] == 1800
    assert found["七成以上"]["value"] == 70 and found["七成以上"]["unitCode"] == "P1"
    assert found["七成以上"]["valueQualifier"] == "more-than"
    assert "3名" not in found and "前3名" not in found
    assert "七成" not in figures(draft_of("新建的减速器生产线可满足自身七成需求。"))


def test_whole_district_after_the_district_just_named():
    found = figures(draft_of(
        "与沙河区相邻的岭抚改革创新示范区也在加快布局，示范区还引进了一批装备企业。\n"
        "沙河区工业和信息化局局长表示，2024年沙河区装备制造业产值预计达到860亿元。2025年，全区将力争装备制造业产值"
        "突破950亿元。"))
    assert found["突破950亿元"]["owner"] == "沙河区"
