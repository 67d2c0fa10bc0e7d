"""`chaingraph extract` reading stages the way reports mix them: several projects in one sentence each with its
own stage, a leader's quoted target, a station's power and energy, the paperwork before a start, money spent so
far beside the sum planned, a count that is part of a signing's count, a shell finished. Every sentence is
written for these tests in the genre's style; every name is invented."""

from __future__ import annotations

import pytest
from test_extract_quantities import draft_of, figures
from test_extract_status_forms import project_status


def test_each_project_of_a_sentence_keeps_its_own_stage():
    draft = draft_of("龙头带动下，配套企业纷纷落户。六安恒盛电气有限公司年产5GW储能变流器项目已进入试生产，"
                     "安徽瓦岭智能科技有限公司年产10万套电池管理系统（BMS）项目正在进行钢结构吊装，"
                     "六安皖峰精箔材料有限公司年产3万吨电池铝箔项目计划三季度开工。\n", "2025-06-20")
    assert project_status(draft, "年产5GW储能变流器项目") == "completed"
    assert project_status(draft, "电池管理系统（BMS）项目") == "under-construction"  # the abbreviation is in its name
    assert project_status(draft, "年产3万吨电池铝箔项目") == "planned"
    found = figures(draft)
    assert found["年产5GW"]["status"] == "completed"
    assert found["年产3万吨"]["status"] == "planned"


def test_a_leaders_quoted_target_is_planned():
    found = figures(draft_of("经开区党工委书记汪明东表示：“到2027年，我们要形成50GWh储能电池产能，"
                             "储能产业产值突破500亿元。”\n", "2025-06-20"))
    assert found["50GWh"]["status"] == "planned" and found["突破500亿元"]["status"] == "planned"


def test_a_stations_energy_shares_the_stage_of_its_power():
    found = figures(draft_of("目前，开发区已建成投运储能电站4座，总规模达到200MW/400MWh。\n", "2025-06-20"))
    assert found["200MW"]["status"] == found["400MWh"]["status"] == "operating"


def test_power_a_project_builds_takes_the_projects_stage():
    found = figures(draft_of("主会场的科尔沁风光制氢一体化项目由内蒙古科澜绿氢能源有限公司投资建设。"
                             "项目当天开工，建设风电50万千瓦、光伏10万千瓦。\n", "2025-06-20"))
    assert found["50万千瓦"]["status"] == found["10万千瓦"]["status"] == "under-construction"


def test_paperwork_done_is_still_a_plan():
    draft = draft_of("由青海澄湟能源投资有限公司投资建设的景川200兆瓦/400兆瓦时独立储能电站项目已完成备案，"
                     "计划年内开工建设。\n", "2025-07-10")
    assert project_status(draft, "景川200兆瓦") == "planned"
    assert figures(draft)["200兆瓦"]["status"] == "planned"


def test_money_spent_so_far_is_achieved_beside_the_sum_planned():
    found = figures(draft_of("据项目负责人介绍，该项目计划总投资12亿元，目前累计完成投资7.8亿元。\n", "2025-07-10"))
    assert found["12亿元"]["status"] == "planned" and found["7.8亿元"]["status"] == "achieved"


@pytest.mark.parametrize("text, figure, status", [
    # a task to finish projects is a plan, like the signings of the rest of the year
    ("下半年，我市将继续开展招商月活动，全年新签约生物医药项目不少于40个，推动10个项目竣工投产。\n", "10个", "planned"),
    ("下半年，我市将继续开展招商月活动，全年新签约生物医药项目不少于40个，推动10个项目竣工投产。\n", "不少于40个",
     "planned"),
    # companies that have signed are a result, though the park itself was planned
    ("园区规划建设的船舶配套产业园一期占地900亩，已有12家企业签约入驻。\n", "12家", "achieved"),
    # a share of a park's land already let is a result (a share of the year's target done is no figure at all)
    ("1—6月，全区新签约项目26个，园区土地已出让面积占比56%。\n", "56%", "achieved"),
    # a part of a count of signings, in the next sentence, is as signed as the count
    ("1—6月，全区新签约项目26个，计划总投资138亿元。其中，半导体类项目14个，计划总投资86亿元。\n", "14个", "achieved"),
    # the shell finished: still being built
    ("项目电解水制氢厂房主体已完工，年产绿氢2万吨。\n", "2万吨", "under-construction"),
])
def test_stage_words(text, figure, status):
    assert figures(draft_of(text, "2025-07-10"))[figure]["status"] == status


def test_the_station_said_again_gives_its_own_stage():
    draft = draft_of("随后，调研组来到沙河储能运营有限公司的凉山区200兆瓦/800兆瓦时共享储能电站。"
                     "电站去年底全容量并网，今年已累计充放电1.2亿千瓦时。\n", "2025-06-20")
    assert project_status(draft, "凉山区200兆瓦/800兆瓦时共享储能电站") == "operating"
    assert figures(draft)["200兆瓦"]["status"] == "operating"


def test_a_county_stem_jieba_reads_across_two_words_opens_the_company():
    draft = draft_of("启东市生物医药产业\n1.启东海岚药业有限公司创新药CDMO基地一期已建成投产，"
                     "形成年产原料药200吨的能力。\n",
                     "2025-07-10")
    assert "启东海岚药业有限公司" in {c.label for c in draft.candidates if c.kind == "organisation"}


@pytest.mark.parametrize("text, figure, status", [
    # 推动 after 已, 累计 or 共 reports what was done
    ("今年以来，全市累计推动32个项目竣工投产，完成投资56亿元。\n", "32个", "operating"),
    ("今年以来，全市累计推动32个项目竣工投产，完成投资56亿元。\n", "56亿元", "achieved"),
    ("上半年，我市已推动12个项目落地。\n", "12个", "achieved"),
    # a shell finished and then in use: the later stage decides
    ("江澜新材料有限公司年产5万吨电解液项目主体工程已竣工并投入使用，总投资12亿元。\n", "年产5万吨", "operating"),
    # 累计 under a plan is part of the target
    ("今年，全市计划实施重点项目120个，累计完成投资300亿元以上。\n", "300亿元", "planned"),
    # a count of filings done is a result, not paperwork before a start
    ("今年以来，全市完成项目备案126个，备案总投资560亿元。\n", "126个", "achieved"),
    # a 其中 count is part of the count in its own measure, not of the jobs said between
    ("全区已签约项目26个，预计可带动就业3000人。其中，亿元以上项目14个。\n", "14个", "achieved"),
])
def test_stage_words_read_back(text, figure, status):
    assert figures(draft_of(text, "2025-07-10"))[figure]["status"] == status


def test_another_station_said_after_a_project_is_not_the_project():
    draft = draft_of("江岭光能有限公司年产5GW光伏组件项目总投资20亿元。公司此前在厂房屋顶建设了分布式光伏电站，"
                     "该电站已于去年并网发电。\n", "2025-07-10")
    assert project_status(draft, "年产5GW光伏组件项目") is None
    assert figures(draft)["年产5GW"]["status"] != "operating"


def test_a_table_figures_own_present_words_outrank_the_rows_progress():
    table = ("附件：2025年新能源材料重点项目清单\n"
             "序号 项目名称 建设单位 建设内容 总投资（亿元） 项目进展\n"
             "1 电解液扩产项目 江岭新材料有限公司 现有年产1万吨电解液产能，新增年产2万吨电解液 6.5 已开工\n")
    found = figures(draft_of(table, "2025-07-10"))
    assert found["年产1万吨"]["status"] == "operating"
    assert found["6.5"]["status"] == "under-construction"
