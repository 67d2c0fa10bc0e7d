"""`chaingraph extract` on project tables that say where each project stands: a 项目进展 column (在建, 主体完工，
设备调试中, 拟建), and tables a portal's page captures one cell a line (序号, 项目名称, … each on its own line, then
each row's cells the same way). The notices are written for these tests in the genre's style; every name is
invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures
from test_extract_status_forms import project_status

from chaingraph.authoring.extract.tables import table_rows
from chaingraph.sources.normalize import normalize

ONE_CELL_A_LINE = (
    "青川县2025年新材料产业重点项目进展情况\n"
    "今年全县安排新材料重点项目9个，其中新开工项目3个，续建项目4个。现将主要项目进展公示如下：\n"
    "序号\n项目名称\n建设单位\n建设内容\n总投资（亿元）\n项目进展\n"
    "1\n年产3万吨高纯石英砂项目\n青川晶英新材料有限公司\n建设高纯石英砂提纯生产线，年产高纯石英砂3万吨\n12.6\n"
    "在建，提纯车间钢结构吊装完成\n"
    "2\n碳化硅粉体项目\n蜀北碳硅科技有限公司\n新建碳化硅粉体生产线4条，年产碳化硅粉体8000吨\n5.4\n"
    "主体厂房完工，正在进行设备调试\n"
    "3\n青川县新材料产业园标准化厂房项目\n青川县产业投资有限公司\n建设标准化厂房6万平方米\n2.8\n"
    "拟建，正在办理用地手续\n"
    "下一步，县经济信息化局将加强调度，推动项目早日建成。\n"
)

SPACED = (
    "附件：2025年电子元器件产业重点项目清单\n"
    "序号 项目名称 建设单位 建设内容及规模 总投资（亿元） 建设性质 进展情况\n"
    "1 高端片式电感扩产项目 江岭电子元件股份有限公司 新增电感生产线，建成后年新增电感30亿只 8.5 续建 "
    "主体完工，设备安装中\n"
    "2 功率器件封装项目 江岭芯能半导体有限公司 年产功率模块300万只 6.2 拟建 完成备案，计划今年11月开工\n"
    "3 石英晶振智能化改造项目 岭南晶振科技有限公司 改造晶振生产线，年产能提升至12亿只 2.1 改扩建 已投产\n"
)


def test_a_table_captured_one_cell_a_line_is_read_row_by_row():
    text = normalize(ONE_CELL_A_LINE).text
    rows = table_rows(text)
    assert [r.cell("number").text for r in rows] == ["1", "2", "3"]
    assert rows[1].cell("project").text == "碳化硅粉体项目"
    assert rows[2].cell("progress").text == "拟建，正在办理用地手续"
    found = figures(draft_of(ONE_CELL_A_LINE, "2025-06-10"))
    assert found["12.6"]["value"] == 1260000000 and found["12.6"]["unitCode"] == "CNY"  # the header's unit
    assert found["12.6"]["owner"] == "年产3万吨高纯石英砂项目"
    assert found["6万平方米"]["owner"] == "青川县新材料产业园标准化厂房项目"


def test_the_progress_cell_gives_the_rows_figures_and_project_their_stage():
    draft = draft_of(ONE_CELL_A_LINE, "2025-06-10")
    found = figures(draft)
    assert found["12.6"]["status"] == "under-construction"
    assert found["5.4"]["status"] == "under-construction"  # 主体厂房完工: the shell, the equipment still going in
    assert found["8000吨"]["status"] == "under-construction"
    assert found["2.8"]["status"] == "planned" and found["6万平方米"]["status"] == "planned"
    assert project_status(draft, "年产3万吨高纯石英砂项目") == "under-construction"
    assert project_status(draft, "碳化硅粉体项目") == "under-construction"
    assert project_status(draft, "青川县新材料产业园标准化厂房项目") == "planned"


def test_projects_continued_are_being_built():
    found = figures(draft_of(ONE_CELL_A_LINE, "2025-06-10"))
    assert found["4个"]["status"] == "under-construction"  # 续建项目4个


def test_a_progress_column_on_a_spaced_row_and_the_figures_own_words():
    draft = draft_of(SPACED, "2025-09-05")
    found = figures(draft)
    assert found["8.5"]["status"] == "under-construction"  # 主体完工，设备安装中: still being built
    assert found["30亿只"]["status"] == "planned"  # 建成后年新增…: the figure's own words say it is to come
    assert found["6.2"]["status"] == "planned"  # 完成备案 is a step; 计划…开工 where it stands
    assert project_status(draft, "功率器件封装项目") == "planned"
    assert project_status(draft, "石英晶振智能化改造项目") == "operating"


def test_a_row_missing_a_cell_ends_the_table_rather_than_shifting_the_rest():
    broken = ONE_CELL_A_LINE.replace("5.4\n", "")  # the capture lost row 2's investment
    rows = table_rows(normalize(broken).text)
    assert [r.cell("number").text for r in rows] == ["1"]
