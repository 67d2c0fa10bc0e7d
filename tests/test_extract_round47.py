"""`chaingraph extract` on forms the forty-seventh and forty-eighth rule-blind tens showed: a county's 工业集中区
that holds a park or has its committee is a zone; a platform's name inside the name of the project that builds it
is a platform too; one facility named with two of its phases is one project; a task's verb (用好, 深化, 同处,
进驻) stays out of the name after it; a part named by how it is made (覆盖件) and a dish jieba cuts (预制/菜) stay
in a platform's name; what a testing centre tests each year is its product, never the sample or the report.
Every sentence is written for these tests in the genre's style; every company, park and platform is invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures
from test_extract_towns_stations import labels


def test_an_industrial_concentration_area_with_a_park_inside_it_is_a_zone():
    draft = draft_of("青石工业集中区（以下简称“集中区”）内的青石县算力产业园已建成标准机架6000架。\n", "2026-01-15")
    assert "青石工业集中区" in labels(draft, "zone")
    assert "青石工业集中区" not in labels(draft, "park")


def test_an_industrial_concentration_area_run_by_its_committee_is_a_zone():
    draft = draft_of("走进白河市工业集中区，塔吊林立。白河市工业集中区管委会主任刘峰说，园区今年新落户企业9家。\n",
                     "2025-04-12")
    assert "白河市工业集中区" in labels(draft, "zone")


def test_an_industrial_concentration_area_named_alone_stays_a_park():
    # a guard: nothing shows the area as a zone, so it is a park as before
    draft = draft_of("西平县绿色食品工业集中区已聚集食品企业21家。\n", "2025-07-02")
    assert "西平县绿色食品工业集中区" in labels(draft, "park")


def test_a_platform_named_inside_its_projects_name_is_a_platform_too():
    draft = draft_of("5.宁州市碳化硅检测中心（南岭）建设项目，计划总投资1.2亿元，建成后具备年检测3万批次的能力。\n",
                     "2026-03-10")
    assert "宁州市碳化硅检测中心（南岭）建设项目" in labels(draft, "project")
    assert "宁州市碳化硅检测中心（南岭）" in labels(draft, "organisation")
    assert figures(draft)["1.2亿元"]["owner"] == "宁州市碳化硅检测中心（南岭）建设项目"


def test_a_companys_base_inside_its_projects_name_is_no_platform():
    # a guard: X有限公司…测试基地项目 builds the company's own plant, not a platform of the place
    draft = draft_of("远芯微电子测试有限公司晶圆级测试基地项目总投资6亿元。\n", "2025-10-10")
    assert not [c.label for c in draft.candidates if c.cls == "Platform"]


def test_one_facility_named_with_two_phases_is_one_project():
    draft = draft_of("云台数据科技有限公司投资建设的云台智算中心一期3000个标准机架投入运营；"
                     "明年将推动云台智算中心二期建成投运，新增标准机架5000架。\n", "2026-02-03")
    projects = labels(draft, "project")
    assert "云台智算中心" in projects
    assert not {"云台智算中心一期", "云台智算中心二期"} & projects
    found = figures(draft)
    assert found["3000个"]["owner"] == "云台智算中心" and found["3000个"]["status"] == "operating"
    assert found["5000架"]["owner"] == "云台智算中心" and found["5000架"]["status"] == "planned"


def test_a_phase_named_alone_stays_its_own_project():
    # a guard: with no other phase of it in the article, X二期 is the project the article reports
    draft = draft_of("总投资12亿元的湖光影像二期正在进行设备安装。\n", "2025-05-20")
    assert "湖光影像二期" in labels(draft, "project")


def test_a_tasks_verb_stays_out_of_the_name_after_it():
    draft = draft_of("位于食品园内的东阳市预制菜中试基地（以下简称“中试基地”）建有中试线4条。"
                     "要用好东阳市预制菜中试基地等平台，深化桐溪工业园区管委会“一站式”服务，推动更多企业进驻食品园。"
                     "与华科新材同处金湾氟新材料产业园的明远电子材料有限公司，年产2万吨电子级氢氟酸项目已建成。\n",
                     "2025-11-12")
    names = {c.label for c in draft.candidates} | {n for c in draft.candidates for n in c.names}
    assert {"东阳市预制菜中试基地", "桐溪工业园区管委会", "金湾氟新材料产业园"} <= names
    assert not [n for n in names if n.startswith(("用好", "好", "深化", "处金湾", "更多企业"))]
    assert figures(draft)["4条"]["owner"] == "东阳市预制菜中试基地"


def test_a_part_named_by_how_it_is_made_stays_in_a_platforms_name():
    draft = draft_of("依托华锐模具建设的河北省汽车覆盖件模具工程技术研究中心，累计获得授权专利28项。\n", "2026-03-20")
    assert "河北省汽车覆盖件模具工程技术研究中心" in labels(draft, "organisation")
    assert figures(draft)["28项"]["owner"] == "河北省汽车覆盖件模具工程技术研究中心"


def test_what_a_testing_centre_tests_each_year_is_its_product():
    found = figures(draft_of("园区内，南州市机器人检验检测中心目前具备年检测工业机器人整机2000台的能力；"
                             "北州市光伏组件检测中心年检测光伏组件8000块。\n", "2025-08-15"))
    assert found["2000台"]["product"] == "工业机器人整机" and found["2000台"]["perPeriod"] == "ANN"
    assert found["8000块"]["product"] == "光伏组件"


def test_samples_and_reports_a_testing_centre_counts_are_no_products():
    # a guard for the rule above: a count of samples tested or reports issued names no product
    found = figures(draft_of("检测中心年可检测样品2万批次，全年检测样品1.3万批次，上半年出具检测报告1600份。\n",
                             "2025-09-01"))
    assert [found[f]["product"] for f in ("2万批次", "1.3万批次", "1600份")] == [None, None, None]


def test_a_town_in_brackets_after_a_provinces_platform_is_its_seat():
    draft = draft_of("青海省高原储氢中试基地（茫北）已建成中试线2条。\n", "2026-08-10")
    assert "青海省高原储氢中试基地（茫北）" in labels(draft, "organisation")


def test_a_district_stem_jieba_reads_as_a_verb_heads_the_park_named_after_it():
    draft = draft_of("青岛市即墨区召开氢能产业推进会。氢擎动力是即墨氢能产业园（以下简称“氢能园”）的首批入驻企业。\n",
                     "2025-04-16")
    assert "即墨氢能产业园" in labels(draft, "park")


def test_a_chemical_industrial_area_is_a_zone():
    draft = draft_of("南湾石化工业区屋顶分布式光伏项目同步开工建设，装机容量80兆瓦。\n", "2025-03-12")
    assert "南湾石化工业区" in labels(draft, "zone")


def test_a_park_named_after_its_zone_goes_by_both_spellings():
    draft = draft_of("园区建设方面，清河经济开发区铜基新材料产业园（以下简称“铜材园”）规划面积3.2平方公里。"
                     "金湖高新技术产业开发区新能源汽车零部件产业园二期建成标准厂房12万平方米，"
                     "新能源汽车零部件产业园上半年新入驻企业8家。\n", "2025-08-14")
    names = {n for c in draft.candidates if c.kind == "park" for n in c.names}
    assert {"清河经济开发区铜基新材料产业园", "铜基新材料产业园", "新能源汽车零部件产业园"} <= names


def test_a_zones_park_named_by_its_industry_alone_gets_no_short_name_the_text_never_writes():
    # a guard for the rule above: a park's bare industry name is no name of it unless the text writes it so
    draft = draft_of("黄岭高新区新材料产业园已入驻企业42家。新材料产业招商引资实际到位资金18.3亿元。\n", "2025-10-10")
    names = {n for c in draft.candidates if c.kind == "park" for n in c.names}
    assert "新材料产业园" not in names


def test_a_county_industrial_area_heading_a_parks_name_is_a_zone():
    draft = draft_of("2. 建设平凉工业园区新材料产业园。马世清首先来到武威工业园区储能装备产业园。\n", "2025-02-10")
    assert {"平凉工业园区", "武威工业园区"} <= labels(draft, "zone")
    assert {"平凉工业园区新材料产业园", "武威工业园区储能装备产业园"} <= labels(draft, "park")


def test_a_work_reports_section_totals_are_its_congress_place_whatever_zone_it_names():
    # a guard for the area rule above: the zone a report's task names does not become what the report is about
    draft = draft_of("政府工作报告（摘要）\n——2025年2月10日在庆阳市第五届人民代表大会第四次会议上\n"
                     "（一）壮大新材料产业集群。\n2. 建设西峰工业园区新材料产业园。园区规划面积12平方公里。\n"
                     "（二）全力扩大有效投资。\n6. 全年实施省市重大项目160个、总投资980亿元。\n", "2025-02-14")
    found = figures(draft)
    assert found["160个"]["owner"] == "庆阳市" and found["980亿元"]["owner"] == "庆阳市"


def test_testing_gear_a_company_makes_keeps_its_testing_word():
    # a guard for the testing-centre rule: 检测试剂 and 检测设备 are products, the verb stays in them
    found = figures(draft_of("宁康生物有限公司年产检测试剂1000万人份、检测设备2000台。\n", "2025-05-10"))
    assert found["1000万人份"]["product"] == "检测试剂" and found["2000台"]["product"] == "检测设备"


def test_a_bracket_saying_what_a_platform_is_names_no_seat():
    # a guard for the seat rule: 总部 and 试点 say what the centre is, no town it sits in
    draft = draft_of("山东省氢能检测中心（总部）已建成实验室12个。江苏省集成电路创新中心（试点）已揭牌。\n",
                     "2025-06-10")
    assert not [n for c in draft.candidates for n in c.names if n.endswith(("（总部）", "（试点）"))]


def test_a_companys_phases_stay_the_companys():
    # a guard for the whole of two phases: a company's short name and its phases make no project of the company
    draft = draft_of("远景动力一期已于去年投产，年产能10GWh；远景动力二期计划明年建成，新增产能20GWh。\n", "2025-06-10")
    assert "远景动力" not in labels(draft, "project")


def test_a_zones_own_name_before_an_industrial_park_stays_the_zone():
    # a guard for the area rule: 宁州高新区工业园区…产业园 names the zone 宁州高新区, no area of its own
    draft = draft_of("要加快建设宁州高新区工业园区新材料产业园，力争年内开工项目10个。\n", "2025-03-10")
    assert "宁州高新区工业园区" not in labels(draft, "zone")


def test_a_parks_short_name_is_no_name_of_it_where_only_another_park_writes_it():
    # a guard for the spellings rule: 新材料产业园 inside 清河县新材料产业园 is no spelling of the other zone's park
    draft = draft_of("金湖高新区新材料产业园已入驻企业42家。相邻的清河县新材料产业园已入驻企业18家。\n", "2025-10-10")
    held = [c for c in draft.candidates if c.kind == "park" and "金湖高新区新材料产业园" in c.names]
    assert held and "新材料产业园" not in held[0].names
