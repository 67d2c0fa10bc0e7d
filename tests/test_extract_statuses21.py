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
    # a share of the year's target done is a result
    ("1—6月，全区新签约项目26个，完成全年目标任务的56%。\n", "56%", "achieved"),
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
