"""`chaingraph extract` on the figure forms of the third rule-blind batch: platforms and parks written short
at a clause's opening (技术创新中心, 质检中心, 中试基地, 飞地园区, 新城), products of projects named by the work
done on them (坚果精深加工项目, 耐火砖智能化改造项目), counts in 款 and 栋, and statuses (a project's own stage
against the one that describes it, 新开工 counts, a past year's output, a store's stage, a signed project).
The sentences are written for these tests in the genre's style; names are invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures


def _project_status(draft, label: str) -> str:
    project = next(c for c in draft.candidates if c.kind == "project" and c.label == label)
    return next(f.value for f in project.facts if f.prop == "status")


def test_a_platform_written_by_the_end_of_its_name_holds_what_its_clause_says():
    found = figures(draft_of(
        "在科创园，湖南省储能材料技术创新中心、湖南衡锂新能源有限公司企业技术中心、湖南省电池产品质量监督检验中心均已运行。"
        "其中，技术创新中心去年完成研发投入8600万元；质检中心去年完成检测业务9000批次。\n"
        "衡阳储能材料公共技术服务平台、衡阳电池回收中试基地相继建成。其中，中试基地建有反应釜24台，"
        "每年可承接中试项目40个以上。\n"))
    assert found["8600万元"]["owner"] == "湖南省储能材料技术创新中心"
    assert found["8600万元"]["product"] is None
    assert found["8600万元"]["status"] == "achieved"
    assert found["9000批次"]["owner"] == "湖南省电池产品质量监督检验中心"
    assert found["24台"]["owner"] == "衡阳电池回收中试基地"
    assert found["40个"]["owner"] == "衡阳电池回收中试基地"


def test_an_enclave_and_a_new_town_written_short_hold_their_figures():
    found = figures(draft_of(
        "在衡阳经开区的“湘粤储能飞地园区”，湖南衡锂新能源有限公司年产2万吨正极材料项目已建成投产。"
        "飞地园区已入驻企业18家，今年上半年实现产值12.6亿元。\n"
        "5月15日，在松木湾新材料产业新城，湖南衡镁新材料有限公司年产5万吨氧化镁项目正式投产。\n"
        "松木湾新材料产业新城规划面积12平方公里。目前新城已入驻新材料企业46家，2024年实现产值132亿元。\n"))
    assert found["18家"]["owner"] == "湘粤储能飞地园区"
    assert found["12.6亿元"]["owner"] == "湘粤储能飞地园区"
    assert found["12.6亿元"]["status"] == "achieved"
    assert found["46家"]["owner"] == "松木湾新材料产业新城"
    assert found["132亿元"]["owner"] == "松木湾新材料产业新城"
    assert found["年产2万吨"]["product"] == "正极材料"


def test_the_work_done_on_a_product_is_no_part_of_it():
    found = figures(draft_of(
        "湖南衡果食品有限公司年产3万吨坚果精深加工项目已建成投产。\n"
        "湖南衡耐材料有限公司耐火砖智能化改造项目正在建设，预计8月试生产，改造完成后新增产能6万吨。\n"))
    assert found["年产3万吨"]["product"] == "坚果"
    assert found["年产3万吨"]["status"] == "operating"
    assert found["6万吨"]["owner"].endswith("耐火砖智能化改造项目")
    assert found["6万吨"]["product"] == "耐火砖"
    assert found["6万吨"]["status"] == "planned"


def test_models_and_buildings_are_counted():
    found = figures(draft_of(
        "湖南省储能电池工程研究中心已拥有授权专利52件，计划三年内开发新产品12款。\n"
        "衡阳芯材小镇聚焦电子化学品，首期10栋定制厂房已建成，入驻企业15家。\n"))
    assert found["12款"]["owner"] == "湖南省储能电池工程研究中心"
    assert found["12款"]["status"] == "planned"
    assert found["10栋"]["owner"] == "衡阳芯材小镇"
    assert found["10栋"]["status"] == "completed"


def test_a_project_s_own_stage_wins_over_the_one_that_describes_it_and_the_event_s():
    draft = draft_of("衡阳农高区四季度18个农产品加工项目集中开工\n"
                     "去年开工的湖南衡穗饲料有限公司年产20万吨饲料项目今年9月建成投产。\n", "2024-11-20")
    assert _project_status(draft, "湖南衡穗饲料有限公司年产20万吨饲料项目") == "operating"
    assert figures(draft)["年产20万吨"]["status"] == "operating"


def test_projects_started_in_a_past_period_are_being_built():
    found = figures(draft_of("今年一季度全市新开工储能项目12个，总投资96亿元；"
                             "全年新开工化工新材料项目23个，新投产项目14个。\n"))
    assert found["12个"]["status"] == "under-construction"
    assert found["96亿元"]["status"] == "under-construction"
    assert found["23个"]["status"] == "under-construction"
    assert found["14个"]["status"] == "operating"


def test_a_past_year_s_output_a_store_s_stage_and_a_signed_project():
    draft = draft_of("衡阳经开区电动自行车产业园2024年生产整车260万辆。\n"
                     "衡阳冷链物流港一期冷库库容6万吨，今年8月建成运营。\n"
                     "湖南衡昇酶制剂有限公司酶制剂扩产项目已完成签约。\n", "2025-10-20")
    found = figures(draft)
    assert found["260万辆"]["owner"] == "衡阳经开区电动自行车产业园"
    assert found["260万辆"]["status"] == "achieved"
    assert found["6万吨"]["owner"] == "衡阳冷链物流港"
    assert found["6万吨"]["status"] == "operating"
    assert _project_status(draft, "湖南衡昇酶制剂有限公司酶制剂扩产项目") == "planned"


def test_a_valley_written_by_its_last_two_characters_holds_its_tally():
    found = figures(draft_of(
        "北部湾碳谷是钦州港经济开发区规划建设的新材料产业园区，规划面积约5平方公里。\n"
        "据钦州港经济开发区管委会副主任李明远介绍，目前碳谷已落地项目11个，总投资约180亿元，其中已投产项目3个。\n"))
    assert found["11个"]["owner"] == "北部湾碳谷"
    assert found["约180亿元"]["owner"] == "北部湾碳谷"
    assert found["3个"]["owner"] == "北部湾碳谷"
    assert found["3个"]["status"] == "operating"


def test_an_event_s_tally_and_the_parties_to_an_act_are_no_figures():
    texts = set(figures(draft_of(
        "衡阳高新区储能产业对接会举行，衡阳理工学院、湖南衡锂新能源有限公司等19家高校院所和企业现场签约合作项目12个。\n"
        "湖南省储能材料技术创新中心由衡锂新能源联合衡阳理工学院等5家单位共建，首期投资1.6亿元。\n"
        "衡阳市储能产业技术研究院与4家企业组建了湖南储能产业创新联合体；4个平台同时揭牌。\n"
        "今年以来，全市与9家企业签订投资协议，新签约项目16个。\n")))
    assert not texts & {"19家", "12个", "5家", "4家", "4个"}
    assert {"1.6亿元", "9家", "16个"} <= texts
