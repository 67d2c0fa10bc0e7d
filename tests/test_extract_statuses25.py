"""`chaingraph extract` reading a project's stage where reports spread it over a sentence: the subject carried on
through the clauses after the one naming the project, a phase's own clauses, a work report's tasks, 加快…项目建设,
a tense word before a long name, “签约即开工”, 两个项目均…, a manager quoting his own project, a table's planned
column. Every sentence is written for these tests in the genre's style; every name is invented."""

from __future__ import annotations

import pytest
from test_extract_quantities import draft_of, figures
from test_extract_status_forms import project_status


def test_the_projects_subject_carries_on_through_its_sentence():
    draft = draft_of("（一）安徽禾岭高分子材料有限公司年产20万吨改性尼龙项目。项目总投资18亿元，于8月26日开工，"
                     "主要生产汽车用改性尼龙粒子。\n", "2025-10-10")
    assert project_status(draft, "年产20万吨改性尼龙项目") == "under-construction"


def test_the_carried_subject_stops_at_another_name():
    draft = draft_of("汉源冷链物流项目位于汉川经济开发区。项目总投资3亿元，湖北楚源食品有限公司正在建设新厂房。\n",
                     "2025-10-10")
    assert project_status(draft, "汉源冷链物流项目") is None


def test_a_clause_after_a_phase_speaks_of_the_phase():
    draft = draft_of("9月2日上午，闽西芯岩半导体有限公司8英寸碳化硅外延项目在龙岩高新区开工。该项目总投资40亿元，"
                     "一期计划2026年6月建成，2026年底投产。\n", "2025-09-03")
    assert project_status(draft, "8英寸碳化硅外延项目") == "under-construction"


def test_a_phase_opening_on_qizhong_is_a_phase():
    draft = draft_of("在沧州恒钧精密机械有限公司年产20万台伺服电机项目现场，新建的3号车间正在进行内部装修。"
                     "该项目计划总投资6亿元，其中一期已于去年竣工投产，形成年产8万台伺服电机的能力；"
                     "二期预计明年二季度投产。\n", "2025-10-10")
    assert project_status(draft, "年产20万台伺服电机项目") == "under-construction"
    assert figures(draft)["年产8万台"]["status"] == "operating"  # the phase's own stage


def test_one_phase_running_and_the_next_due_is_a_project_being_built():
    draft = draft_of("在西峰区，陇东云启科技有限公司庆阳算力中心项目现场机器轰鸣。该项目总投资50亿元，"
                     "规划建设标准机架1万架，一期3000架已于去年11月投运，二期预计今年10月建成。\n", "2025-03-01")
    assert project_status(draft, "庆阳算力中心项目") == "under-construction"


def test_every_phase_said_built_and_running_is_operating():
    draft = draft_of("10月9日，记者获悉，晶澜光伏（淮安）有限公司年产8GW N型电池片项目二期正式投产，"
                     "标志着这一总投资30亿元的项目全面建成。项目一期4GW已于去年9月投产。\n", "2025-10-10")
    assert project_status(draft, "年产8GW N型电池片项目") == "operating"


def test_achieving_output_is_no_output_made_now():
    draft = draft_of("这个年产10万吨高端无纺材料项目总投资18亿元。项目分两期建设，一期预计明年5月投产，"
                     "可实现年产值15亿元。\n", "2025-10-10")
    assert project_status(draft, "年产10万吨高端无纺材料项目") != "operating"


def test_a_stage_set_as_the_years_task_is_planned():
    draft = draft_of("二、2026年主要任务\n（一）壮大储能产业。推动闽江储能三期8GWh项目开工建设，"
                     "加快宁川前驱体项目达产达效。\n1. 开工建设榕峰光伏玻璃项目，项目总投资20亿元。\n"
                     "2. 加快闽清硅基负极材料项目建设，年内完成主体工程。\n", "2026-01-10")
    assert project_status(draft, "闽江储能三期8GWh项目") == "planned"
    assert project_status(draft, "榕峰光伏玻璃项目") == "planned"
    assert project_status(draft, "闽清硅基负极材料项目") == "under-construction"


def test_a_tense_word_before_a_long_name_reaches_its_verb():
    draft = draft_of("下一步，市里将推动总投资65亿元的上海澜芯微电子有限公司8英寸碳化硅功率器件项目开工。\n",
                     "2025-12-10")
    assert project_status(draft, "8英寸碳化硅功率器件项目") == "planned"


def test_work_begun_at_the_signing_is_under_construction():
    draft = draft_of("当天签约的宁夏澜储新能源科技有限公司年产8GWh储能电芯项目总投资30亿元。"
                     "依托改革，项目在签约当天拿到施工许可证，实现“签约即开工”。\n", "2025-06-10")
    assert project_status(draft, "年产8GWh储能电芯项目") == "under-construction"


def test_two_projects_said_together_share_their_stage():
    draft = draft_of("新疆驰原汽车零部件有限公司和霍城北晨座椅有限公司分别投资2亿元、1.5亿元，"
                     "建设年产40万套汽车线束项目和年产15万套汽车座椅项目。目前，两个项目均已进场施工，"
                     "计划明年投产。\n", "2025-11-10")
    assert project_status(draft, "年产40万套汽车线束项目") == "under-construction"
    assert project_status(draft, "年产15万套汽车座椅项目") == "under-construction"


def test_a_managers_quote_speaks_of_his_own_project():
    draft = draft_of("同一天，浙江驰远动力科技有限公司（以下简称“驰远动力”）电驱动总成项目已建成试生产，"
                     "永康铝川智造有限公司年产200万只铝合金轮毂项目正在进行设备安装。\n"
                     "“项目总投资12亿元，目前两条产线都在试生产。”驰远动力总经理徐振华说。\n", "2025-07-10")
    assert project_status(draft, "电驱动总成项目") == "completed"
    assert project_status(draft, "年产200万只铝合金轮毂项目") == "under-construction"
    assert figures(draft)["12亿元"]["owner"] in ("电驱动总成项目", "浙江驰远动力科技有限公司")  # not the wheel project


def test_a_tables_planned_column_is_planned_whatever_the_row_says():
    draft = draft_of("序号\n项目名称\n建设单位\n总投资（万元）\n年度计划投资（万元）\n1-9月完成投资（万元）\n形象进度\n"
                     "1\n年产10万吨尼龙切片项目\n辽阳恒弘新材料有限公司\n156000\n42000\n38600\n主体装置封顶\n"
                     "2\n年产4亿平方米隔膜项目\n辽阳恒瑞新材料有限公司\n88000\n20000\n0\n前期手续办理中\n",
                     "2025-10-10")
    found = figures(draft)
    assert found["42000"]["status"] == "planned"
    assert found["38600"]["status"] == "achieved"
    assert found["156000"]["value"] == 1560000000 and found["156000"]["owner"] == "年产10万吨尼龙切片项目"
    assert "0" not in found  # nothing spent yet is no figure
    assert project_status(draft, "年产10万吨尼龙切片项目") == "under-construction"


def test_trial_words_say_built_not_yet_producing():
    draft = draft_of("闽清澄禾化工有限公司年产5万吨电子级硫酸项目完成投料试车、预计9月正式投产。"
                     "鹤城氢源化工有限公司工业副产氢提纯项目已投料试车。"
                     "双城恒固新能源装备有限公司年产8万吨光伏支架项目厂房、设备已全部完工，具备投产条件，"
                     "目前正等待电力增容后正式投产。\n", "2025-07-10")
    assert project_status(draft, "年产5万吨电子级硫酸项目") == "completed"  # the plan after it stays a plan
    assert project_status(draft, "工业副产氢提纯项目") == "completed"
    assert project_status(draft, "年产8万吨光伏支架项目") == "completed"


def test_a_kiln_lit_and_producing_is_operating():
    draft = draft_of("澄明玻璃有限公司日熔量1000吨光伏压延玻璃项目窑炉已点火投产。\n", "2025-07-10")
    assert project_status(draft, "光伏压延玻璃项目") == "operating"


def test_work_under_way_said_in_other_words():
    draft = draft_of("在马鞍山恒澜储能有限公司，正在建设的年产8GWh储能系统集成项目计划年内竣工。"
                     "该公司正在厂区北侧建设储能电芯研发总部项目，项目总投资6亿元。"
                     "总投资30亿元的北澜智算中心项目正在抓紧安装机电设备。"
                     "投资15亿元的翼澜无人机整机制造项目目前已完成总工程量的六成。"
                     "由苏州擎岳传动科技有限公司投资的常熟精密减速器项目总投资8亿元，已完成主体建设，预计10月投产。\n",
                     "2025-09-10")
    for name in ("年产8GWh储能系统集成项目", "储能电芯研发总部项目", "北澜智算中心项目", "翼澜无人机整机制造项目",
                 "常熟精密减速器项目"):
        assert project_status(draft, name) == "under-construction", name


def test_a_signing_then_a_start_is_a_start():
    draft = draft_of("个旧市引进的晟川光伏焊带项目4月签约、5月开工，总投资3亿元。\n", "2025-07-10")
    assert project_status(draft, "晟川光伏焊带项目") == "under-construction"


def test_tasks_to_go_on_building_are_building():
    draft = draft_of("二、2025年重点任务\n1.推进重点项目建设。加快建设总投资10亿元的恒瑞生物疫苗产业化项目，"
                     "确保年内建成；"
                     "开工建设雪岭中药饮片智能化生产项目。加快推进在建的洞庭化工二期年产30万吨聚醚多元醇项目。\n",
                     "2025-01-20")
    assert project_status(draft, "恒瑞生物疫苗产业化项目") == "under-construction"
    assert project_status(draft, "雪岭中药饮片智能化生产项目") == "planned"
    assert project_status(draft, "年产30万吨聚醚多元醇项目") == "under-construction"


def test_the_phases_a_manager_tells_of_after_the_project():
    draft = draft_of("这里是新疆澄岳氢能科技有限公司风光制氢一体化示范项目所在地。项目总投资30亿元，"
                     "规划新能源装机40万千瓦。"
                     "副总经理告诉记者，一期工程去年12月投运，目前年产绿氢5000吨；二期正在安装电解槽，"
                     "计划明年5月投产。\n",
                     "2025-09-10")
    assert project_status(draft, "风光制氢一体化示范项目") == "under-construction"


def test_a_date_before_another_stage_word_dates_that_word():
    draft = draft_of("云南博川光电科技有限公司年产8万片红外镜片项目正在进行厂房装修、预计9月试生产。\n", "2025-07-10")
    assert project_status(draft, "年产8万片红外镜片项目") == "under-construction"


def test_projects_under_a_signing_section_or_after_a_signing_tally_are_plans():
    draft = draft_of("一、重点签约项目\n（一）吉安汽车座椅总成项目。由吉林吉安汽车内饰有限公司投资建设，"
                     "计划总投资8亿元。\n"
                     "二、园区建设\n在旺山工业区举行的签约仪式上，全市共签约项目9个，总投资60亿元。"
                     "其中，广西钙岭新材料科技有限公司年产50万吨重质碳酸钙项目落户旺山工业区。\n", "2025-07-10")
    assert project_status(draft, "吉安汽车座椅总成项目") == "planned"
    assert project_status(draft, "年产50万吨重质碳酸钙项目") == "planned"


def test_a_chronology_has_come_to_its_last_stage():
    draft = draft_of("内蒙古昱川光能科技有限公司落户察哈尔新材料产业园，其年产8GW单晶硅棒项目当年开工、当年投产。\n",
                     "2025-02-10")
    assert project_status(draft, "年产8GW单晶硅棒项目") == "operating"


def test_a_first_phase_built_with_no_other_phase_said_is_the_projects_stage():
    draft = draft_of("园区龙头企业广东芯澜微电子有限公司建设的惠州功率模块项目总投资20亿元，项目一期已建成投产，"
                     "年产IGBT模块500万只。\n", "2025-09-10")
    assert project_status(draft, "惠州功率模块项目") == "operating"


def test_a_project_not_started_at_an_events_day_is_planned():
    draft = draft_of("鹤城二季度重大项目集中开工\n4月18日，全市重大项目集中开工。"
                     "河南科澜热管理系统有限公司年产100万台电子水泵项目"
                     "已进入试生产，鹤城鸿川智能座舱科技有限公司年产30万套座舱域控制器项目计划三季度开工。"
                     "园区拟建的鹤城硅钢片深加工项目正在办理前期手续。\n", "2025-04-20")
    assert project_status(draft, "年产30万套座舱域控制器项目") == "planned"
    assert project_status(draft, "鹤城硅钢片深加工项目") == "planned"


def test_the_years_main_work_is_a_task_list():
    draft = draft_of("二、2025年主要工作（节选）\n做强三七产业。开工建设年产3000万支三七口服液项目。"
                     "2025年，我局将重点推进辽宁阜川硅材料有限公司二期年产3万吨有机硅中间体项目开工建设。\n",
                     "2025-02-10")
    assert project_status(draft, "年产3000万支三七口服液项目") == "planned"
    assert project_status(draft, "年产3万吨有机硅中间体项目") == "planned"


def test_a_bare_month_under_last_years_summary_is_last_years():
    draft = draft_of("泰川经济开发区2025年工作总结和2026年工作计划\n一、2025年工作总结\n（一）经济运行稳中有进。"
                     "全年实现产值900亿元。"
                     "化工产业比重达70%。\n（二）项目建设提速增效。全年实施重点项目40个。"
                     "泰川新宇材料有限公司年产8万吨电子级硫酸项目"
                     "完成中交，10月进入试生产；泰川新宇材料有限公司二期年产4万吨电子级氢氟酸项目于11月开工建设。\n",
                     "2026-01-09")
    assert project_status(draft, "年产8万吨电子级硫酸项目") == "completed"
    assert project_status(draft, "年产4万吨电子级氢氟酸项目") == "under-construction"


def test_projects_listed_under_a_batchs_head_take_its_stage():
    draft = draft_of("签约一批：\n1.鄂尔多斯绿川能源科技有限公司重卡换电站建设运营项目，拟投资4亿元；\n开工一批：\n"
                     "1.内蒙古储川动力科技有限公司动力电池PACK项目，总投资10亿元，建成后可年产动力电池PACK 4GWh；\n"
                     "投产一批：\n1.内蒙古轻川汽车部件有限公司年产20万只铝合金轮毂项目；\n", "2025-06-10")
    assert project_status(draft, "重卡换电站建设运营项目") == "planned"
    assert project_status(draft, "动力电池PACK项目") == "under-construction"
    assert project_status(draft, "年产20万只铝合金轮毂项目") == "operating"


def test_a_progress_cell_saying_what_is_being_installed_is_building():
    draft = draft_of("序号|项目名称|建设单位|总投资（亿元）|形象进度\n"
                     "1|阜川100MW/400MWh独立储能电站项目|新疆天川储能科技有限公司|9.2|电池舱安装，计划10月并网\n",
                     "2025-09-10")
    assert project_status(draft, "独立储能电站项目") == "under-construction"


def test_two_subjects_joined_by_yu_are_no_chronology_and_a_stage_to_come_is_a_plan():
    draft = draft_of("6月18日上午，江川绿色船舶动力项目开工与苏川重工船体分段加工中心投产仪式同时举行。\n"
                     "开工的江川绿色船舶动力项目，由江苏江川船舶动力有限公司投资建设，总投资20亿元。"
                     "按计划，项目2027年建成。\n", "2025-06-19")
    assert project_status(draft, "江川绿色船舶动力项目") == "under-construction"


def test_a_total_installed_is_no_work_under_way():
    draft = draft_of("由冀川储能科技有限公司投资建设的任川20万千瓦/40万千瓦时独立储能电站去年12月建成投运，"
                     "共安装储能电池舱60个。\n", "2025-11-10")
    assert project_status(draft, "独立储能电站") == "operating"


@pytest.mark.parametrize("text, name, status", [
    # planning a site or land is no building
    ("年产8万吨锂电池隔膜项目总投资15亿元，目前正在规划建设，预计明年开工。\n", "锂电池隔膜项目", "planned"),
    # a clause about the investor's own lines is not the project's
    ("年产8万吨锂电池隔膜项目总投资15亿元。该项目计划明年3月开工，投资方现有的3条生产线均已投产。\n", "锂电池隔膜项目",
     "planned"),
    # a running first phase and a second not started: running
    ("年产8万吨锂电池隔膜项目总投资15亿元，一期已于去年建成投产，年产能3万吨，二期计划明年开工。\n", "锂电池隔膜项目",
     "operating"),
    # an ignition coil is a product, no kiln lit
    ("年产300万套汽车点火线圈项目总投资4亿元。项目主要生产点火线圈和火花塞，计划明年开工。\n", "点火线圈项目",
     "planned"),
    # land acquisition nearly done is paperwork before a start
    ("年产8万吨锂电池隔膜项目总投资15亿元，目前土地征收工作已接近尾声，计划明年开工。\n", "锂电池隔膜项目", "planned"),
    # a permit being sought and drawings done are paperwork
    ("年产8万吨锂电池隔膜项目总投资15亿元，目前正在办理施工许可，施工图设计已完成。\n", "锂电池隔膜项目", "planned"),
    # a phase's plan is the project's plan where nothing else is said
    ("年产8万吨锂电池隔膜项目总投资15亿元，分两期建设，一期年产3万吨，计划2026年建成投产。\n", "锂电池隔膜项目",
     "planned"),
])
def test_the_reviews_cases_of_words_that_say_no_building(text, name, status):
    assert project_status(draft_of(text, "2025-10-01"), name) == status


def test_a_plan_under_last_years_heading_is_of_this_year():
    draft = draft_of("2025年，全区新签约项目30个，新开工项目22个。年产4万吨电解液项目计划3月开工，6月投产。\n",
                     "2026-02-10")
    assert project_status(draft, "年产4万吨电解液项目") == "planned"


def test_a_list_heads_stage_stops_where_the_list_ends():
    draft = draft_of("投产一批：\n1.内蒙古轻澜汽车部件有限公司年产10万只铝合金轮毂项目；\n2.车用高压线缆项目。\n"
                     "园区累计入驻企业80家。\n年产6万吨锂电池隔膜项目总投资12亿元，主要生产湿法隔膜。\n", "2025-06-10")
    assert project_status(draft, "年产6万吨锂电池隔膜项目") != "operating"


def test_a_trial_running_smoothly_is_still_a_trial():
    draft = draft_of("观摩组察看了府川泰和新材料有限公司年产1万吨高纯镁锭项目。该项目总投资2.5亿元，"
                     "利用兰炭尾气作为还原热源，9月中旬已进入试生产阶段，各项指标运行平稳。\n", "2025-10-20")
    assert project_status(draft, "年产1万吨高纯镁锭项目") == "completed"


def test_money_spent_so_far_after_the_plants_size_says_building():
    draft = draft_of("在电站端，总投资30亿元、由新疆吐川能源发展有限公司投资建设的火焰山独立共享储能电站项目，"
                     "装机规模400兆瓦/1600兆瓦时，目前已完成投资18亿元，计划年底全容量并网。\n", "2025-09-10")
    assert project_status(draft, "火焰山独立共享储能电站项目") == "under-construction"


def test_a_slogan_of_speed_is_no_stage():
    draft = draft_of("在川钠能源年产8万吨聚阴离子正极材料一期项目建设现场，工人们正在进行设备的安装。\n"
                     "项目负责人告诉记者，6月底整个项目竣工，现在准备正式退场。"
                     "该项目也是当地首个“签约即拿地开工”产业项目，项目实现了当年签约、当年建成、当年投产。\n",
                     "2024-08-05")
    assert project_status(draft, "聚阴离子正极材料一期项目") == "completed"


def test_a_numbered_projects_record_lines_give_its_stage():
    draft = draft_of("大川经济开发区2025年十大重点项目\n1.一体化压铸结构件项目\n建设单位：湖北锐川汽车零部件有限公司\n"
                     "总投资：15亿元\n建设内容：新建压铸车间，建成后年产结构件50万件。\n项目进展：主体厂房已封顶，正在进行设备基础施工。\n"
                     "2.铝合金轮毂项目\n建设单位：湖北楚川轮毂有限公司\n总投资：8亿元\n"
                     "建设内容：分两期建设，一期年产轮毂100万只，已于今年4月投产；\n二期年产轮毂100万只，正在进行设备安装。\n"
                     "项目进展：一期投产，二期设备安装。\n", "2025-10-10")
    assert project_status(draft, "一体化压铸结构件项目") == "under-construction"
    assert project_status(draft, "铝合金轮毂项目") == "under-construction"
