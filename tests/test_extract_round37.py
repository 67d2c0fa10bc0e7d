"""`chaingraph extract` on forms the thirty-seventh and thirty-eighth rule-blind tens showed: a park named by its
industry alone that the text calls a park inside a park (是…的园中园, 作为…的“园中园”) or describes after a lead-in
(据介绍，…规划面积; 作为产业主阵地，…), the same park named first after its host park and then alone, and a county's,
city's or district's leader whose post names the level without the place (县委书记, 副县长, 区委常委、副区长).
Every sentence is written for these tests in the genre's style; every name is invented."""

from __future__ import annotations

from test_extract_people9 import positions
from test_extract_quantities import draft_of, figures
from test_extract_towns_stations import labels


def test_a_park_named_by_its_industry_that_the_text_calls_a_park_in_a_park():
    draft = draft_of("在渠江工业园区调研时，调研组来到位于生物医药科技产业园内的检测大楼。\n"
                     "据了解，生物医药科技产业园是渠江工业园区重点打造的园中园，规划面积2.4平方公里，"
                     "已入驻医药企业27家。\n", "2025-06-10")
    assert "生物医药科技产业园" in labels(draft, "park")
    found = figures(draft)
    assert found["2.4平方公里"]["owner"] == found["27家"]["owner"] == "生物医药科技产业园"


def test_a_park_described_after_a_lead_in_holds_its_figures():
    draft = draft_of("桐河经济技术开发区的厂房里，一条条产线正满负荷运转。\n"
                     "作为全市有色金属产业的主阵地，铝箔加工产业园规划面积4500亩，入驻企业33家。"
                     "据介绍，智能装备产业园规划面积3平方公里，已入驻企业21家。\n", "2025-06-10")
    assert {"铝箔加工产业园", "智能装备产业园"} <= labels(draft, "park")
    found = figures(draft)
    assert found["4500亩"]["owner"] == found["33家"]["owner"] == "铝箔加工产业园"
    assert found["3平方公里"]["owner"] == found["21家"]["owner"] == "智能装备产业园"


def test_a_park_named_after_its_host_park_and_then_alone_is_one_park():
    draft = draft_of("5月8日，在青石工业园区新型储能产业园，一条条产线满负荷运转。\n"
                     "据介绍，新型储能产业园规划面积2.8平方公里，已入驻企业18家。\n", "2025-05-12")
    parks = [c for c in draft.candidates if c.kind == "park" and "新型储能产业园" in c.names]
    assert len(parks) == 1  # one park, spelled with its host and without
    found = figures(draft)
    assert found["2.8平方公里"]["owner"] == found["18家"]["owner"] == parks[0].label


def test_a_park_that_says_it_is_a_park_in_a_park_with_zuowei():
    draft = draft_of("活动在石门产业转型工业园风电装备产业园举行。\n"
                     "风电装备产业园作为石门产业转型工业园的“园中园”，规划面积2600亩，已落户装备企业12家。\n",
                     "2025-04-20")
    found = figures(draft)
    assert found["2600亩"]["owner"] == found["12家"]["owner"] == "石门产业转型工业园风电装备产业园"
    assert len([c for c in draft.candidates if c.kind == "park" and "风电装备产业园" in c.names]) == 1


def test_an_industry_park_in_an_ordinary_sentence_is_still_no_name():
    draft = draft_of("全县将加快建设一批新能源产业园，推动企业入园发展。\n", "2025-04-20")
    assert "新能源产业园" not in labels(draft, "park")


def test_a_leader_whose_post_names_the_level_works_for_the_articles_place():
    draft = draft_of("临川县调研医疗器械产业发展\n11月5日，县委书记邹卫东深入临川经济开发区调研医疗器械产业发展情况，"
                     "副县长程晓芳参加调研。\n", "2025-11-06")
    said = positions(draft)
    assert said["邹卫东"] == ("书记", "临川县")
    assert said["程晓芳"] == ("副县长", "临川县")


def test_a_leaders_post_with_two_places_of_its_level_says_no_employer_unless_the_title_does():
    draft = draft_of("两地合作推进会召开\n会上，市长周立明介绍了产业合作情况。安原市和桐川市签署合作协议。\n",
                     "2025-11-06")
    assert "周立明" not in positions(draft)  # two cities, the title names neither: the writer leaves it open


def test_a_leader_after_a_named_citys_party_post_works_for_that_city_not_the_titles():
    draft = draft_of("青溪市签约新材料项目\n青溪市委常委、副市长程文辉，安平市委书记邹立新出席签约仪式。\n",
                     "2025-10-12")
    assert positions(draft)["程文辉"] == ("副市长", "青溪市")


def test_a_zones_name_without_its_city_opening_a_sentence_is_the_zone():
    draft = draft_of("石河子纺织工业城（开发区）是自治区级开发区。\n座谈会上听取了工作汇报。"
                     "目前，纺织工业城已入驻纺织服装企业86家。\n", "2025-08-07")
    assert "纺织工业城" not in labels(draft, "park")
    assert figures(draft)["86家"]["owner"] == "石河子纺织工业城（开发区）"


def test_a_county_whose_name_opens_on_a_function_character_heads_its_platforms_and_parks():
    draft = draft_of("都兰县光伏产业发展综述\n都兰县光伏运维实训基地去年培训学员800人次。"
                     "都兰县光伏光热产业园已建成装机310万千瓦。\n", "2025-09-10")
    assert "都兰县光伏运维实训基地" in labels(draft, "organisation")
    assert "都兰县光伏光热产业园" in labels(draft, "park")
    assert figures(draft)["800人"]["owner"] == "都兰县光伏运维实训基地"


def test_maker_spaces_and_start_up_bases_are_incubators():
    draft = draft_of("与中试基地同处凹土园的盱眙凹土创客空间，目前入驻创业团队15个。"
                     "开发区新能源创业孵化基地在孵企业已达19家。\n", "2025-11-10")
    classes = {c.label: c.cls for c in draft.candidates}
    assert classes["盱眙凹土创客空间"] == classes["开发区新能源创业孵化基地"] == "Incubator"
    assert figures(draft)["15个"]["owner"] == "盱眙凹土创客空间"


def test_a_leisure_food_platform_and_park_keep_the_word_jieba_reads_as_a_verb():
    draft = draft_of("去年在临颍经开区建成的河南省休闲食品中试基地已建成中试线8条。"
                     "临颍经开区休闲食品产业园（以下简称“食品园”）规划面积5.8平方公里。"
                     "全县将招引果蔬汁、休闲食品等食品加工企业10家以上。\n", "2025-04-03")
    assert "河南省休闲食品中试基地" in labels(draft, "organisation")
    assert "临颍经开区休闲食品产业园" in labels(draft, "park")
    assert not {"休闲食品", "果蔬汁"} & labels(draft, "organisation")  # a list of trades names no company


def test_a_platforms_seat_and_a_closer_kind_in_brackets_stay_in_its_name():
    draft = draft_of("设在储能产业园内的河北省新型储能系统检测中心（张北）正在进行设备调试。"
                     "贵阳市中药（民族药）检验检测中心（修文）去年出具检测报告6800份。"
                     "下一步将推动检测中心扩能，年检测能力提升至5000批次。\n", "2025-08-10")
    assert {"河北省新型储能系统检测中心（张北）", "贵阳市中药（民族药）检验检测中心（修文）"} \
        <= labels(draft, "organisation")
    assert figures(draft)["6800份"]["owner"] == "贵阳市中药（民族药）检验检测中心（修文）"


def test_a_park_inside_the_park_named_by_its_industry():
    draft = draft_of("在蒲岭高新区调研时，调研组来到园区内的无人机产业园，已建成标准化厂房8.6万平方米。\n",
                     "2025-07-10")
    assert "无人机产业园" in labels(draft, "park")
    assert figures(draft)["8.6万平方米"]["owner"] == "无人机产业园"


def statuses(draft) -> dict[str, str]:
    """figure text -> its proposed status."""
    return {f: said["status"] for f, said in figures(draft).items()}


def test_a_planned_area_says_nothing_of_the_tenants_counted_after_it():
    draft = draft_of("据了解，位于谷岭经济开发区的谷岭县汽车零部件产业园规划面积12平方公里，汇聚零部件企业136家，"
                     "其中规上企业78家。\n", "2025-11-08")
    found = statuses(draft)
    assert found["12平方公里"] == "planned"
    assert found["136家"] == found["78家"] == "achieved"


def test_a_parks_clause_before_a_project_gives_the_project_no_stage():
    draft = draft_of("产业园二期已建成标准厂房15万平方米，重庆锐川线束有限公司拟投资2.8亿元在此建设高压线束项目，"
                     "计划6月开工。\n", "2026-05-10")
    project = next(c for c in draft.candidates if c.label == "高压线束项目")
    assert {f.prop: f.value for f in project.facts}["status"] == "planned"
    assert statuses(draft)["15万平方米"] == "completed"


def test_a_phases_capacity_takes_the_phases_stage_not_the_projects():
    draft = draft_of("不远处，重庆潼川热管理科技有限公司年产100万套热管理集成模块项目一期已经投产，年产能40万套；"
                     "二期正在进行主体施工。该项目分两期建设：一期年产绿氢1万吨，已建成投产；二期年产绿氢2万吨，"
                     "计划明年开工建设。\n", "2026-05-10")
    found = statuses(draft)
    assert found["年产能40万套"] == "operating"
    assert found["1万吨"] == "operating" and found["2万吨"] == "planned"


def test_a_leisure_food_project_keeps_its_whole_name():
    draft = draft_of("福建闽笋源食品有限公司年产3万吨竹笋罐头及休闲食品项目正式开工。\n", "2025-07-10")
    assert any("竹笋罐头及休闲食品项目" in label for label in labels(draft, "project"))


def test_a_report_on_a_portal_whose_title_names_no_place_is_the_portals_places():
    draft = draft_of("丰城市人民政府 政府信息公开\n首页 > 信息公开 > 政府工作报告\n\n政府工作报告（摘要）\n\n"
                     "过去一年，丰城医药产业加快发展。新引进医药类项目21个，其中亿元以上项目15个。\n", "2025-03-04")
    assert figures(draft)["21个"]["owner"] == "丰城市"


def test_leaders_named_by_a_citys_party_post_and_by_a_two_character_surname():
    draft = draft_of("开平举行机器人产业项目集中签约仪式\n开平市委书记关振华、市长司徒宏亮出席活动，"
                     "市委常委、常务副市长劳永健主持。江门市有关部门负责人参加。\n", "2025-11-10")
    said = positions(draft)
    assert said["关振华"] == ("书记", "开平市")
    assert said["司徒宏亮"] == ("市长", "开平市") and said["劳永健"] == ("常务副市长", "开平市")


def test_a_park_named_by_its_industry_with_a_declared_short_name_is_a_park():
    draft = draft_of("在敦岭光电产业园区内规划建设光伏装备制造产业园（以下简称“装备园”），装备园规划面积1800亩，"
                     "年内新建标准厂房6万平方米。\n", "2026-02-10")
    assert "光伏装备制造产业园" in labels(draft, "park")
    assert figures(draft)["1800亩"]["owner"] == "光伏装备制造产业园"


def test_the_park_a_sentence_is_about_holds_its_bare_word_not_the_park_it_lies_in():
    draft = draft_of("福岭海洋食品产业园（以下简称“食品园”）是全市重点打造的特色园区。食品园位于福岭工业园区文渡片区，"
                     "规划面积1500亩，已入驻食品企业27家，去年园区实现产值48亿元。\n", "2026-04-03")
    found = figures(draft)
    assert found["1500亩"]["owner"] == found["48亿元"]["owner"] == "福岭海洋食品产业园"


def test_a_source_line_with_a_space_after_its_colon_still_names_the_sites_place():
    from chaingraph.authoring.extract.site_place import site_region
    assert site_region(["来源： 铜梁区经济和信息化委员会"]) == "铜梁区"
    assert site_region(["主办单位： 玉门市人民政府办公室"]) == "玉门市"


def test_a_signing_clause_before_a_project_still_gives_it_its_stage():
    draft = draft_of("谷岭经开区与湖南谷岭新材料有限公司签约，总投资20亿元的年产5万吨正极材料项目落户园区。\n",
                     "2025-06-10")
    project = next(c for c in draft.candidates if c.kind == "project")
    assert {f.prop: f.value for f in project.facts}["status"] == "planned"


def test_a_phases_figure_before_the_next_phases_plan_keeps_its_own_stage():
    draft = draft_of("该项目一期工程已于去年底建成投产，一期年产正极材料5万吨，二期工程计划明年开工建设。\n",
                     "2025-06-10")
    assert statuses(draft)["5万吨"] == "operating"
    draft = draft_of("项目一期已建成投产，二期年产正极材料5万吨，计划明年开工。\n", "2025-06-10")
    assert statuses(draft)["5万吨"] == "planned"  # the later phase's own plan, after it


def test_a_headquarters_named_beside_its_branch_keeps_its_own_figures():
    draft = draft_of("国家高端储能装备创新中心去年联合攻关项目18项。国家高端储能装备创新中心（张北）今年建成中试线3条。"
                     "张北县储能产业加快发展。\n", "2025-04-10")
    found = figures(draft)
    assert found["18项"]["owner"] == "国家高端储能装备创新中心"
    assert found["3条"]["owner"] == "国家高端储能装备创新中心（张北）"


def test_a_zones_base_named_short_keeps_its_figures():
    draft = draft_of("谷岭高新区新能源汽车零部件产业基地于2023年启用，谷岭高新区电子信息产业园今年开园。"
                     "记者了解到，新能源汽车零部件产业基地已入驻企业26家。\n", "2025-04-10")
    assert figures(draft)["26家"]["owner"] == "谷岭高新区新能源汽车零部件产业基地"


def test_a_county_opening_on_an_edge_character_is_still_read_by_its_short_form():
    draft = draft_of("黔南州2025年一季度招商引资情况\n一季度，都匀新签约项目12个，福泉新签约项目8个。\n", "2025-04-10")
    assert figures(draft)["12个"]["owner"] == "都匀市"
