"""Title, date, publisher and byline read from a capture's head and chrome; editor lines, page counters
and photo credits dropped as chrome, never taken for the title or for body sentences.

The captures are written here in the style of regional news pages (several sites, provinces and chains;
menus, breadcrumbs, datelines in several forms, credits and footers around the body). They are made up.
"""

from __future__ import annotations

import opencc
import pytest
import yaml
from support import ROOT, ZIGONG, copy_project

from chaingraph.authoring.extract.dates import date_in_byline
from chaingraph.cli.main import main
from chaingraph.core.problems import InputError
from chaingraph.sources.ingest import ingest
from chaingraph.sources.metadata import credit_newsroom, person_en, read_capture_meta
from chaingraph.sources.normalize import normalize

# Jiangsu, hydrogen: menu, breadcrumb and masthead above; a dateline with time, source and author;
# a photo credit, editor lines and a pager below.
YANCHENG = """\
- 首页
- 新闻
- 登录
盐城新闻网
当前位置：首页 > 产业 > 正文
滨海港氢能装备产业园首批项目集中开工
2024-03-18 10:21 来源：盐城新闻网 作者：王明
3月17日上午，滨海港氢能装备产业园首批5个项目集中开工，总投资42亿元。
其中，江苏氢程动力科技有限公司年产2000台燃料电池系统项目计划明年投产。
图/盐城新闻网 张三
产业园负责人介绍，园区将建成电解槽、储氢瓶、加氢站设备三条产线。
编辑：刘洁 审核：陈峰
第1页/共2页 下一页
"""

# Anhui, photovoltaics: a photo credit before the headline, a labelled publication date with a weekday,
# a separate byline, an editor credit closing the last paragraph, a pager with page numbers.
HEFEI = """\
图/李强
新站高新区光伏组件智能工厂满产运行
发布时间：2024年5月9日 星期四  来源：合肥日报
记者 周雨 通讯员 吴凡
走进合肥晶阳新能源有限公司生产车间，机械臂正在搬运电池片。
该工厂年产10GW光伏组件，产品远销东南亚。
下一步，新站高新区将引进更多配套企业。（责任编辑：孙磊）
共3页 上一页 1 2 3 下一页
"""

# Hubei, vehicles: the date only in a 讯 dateline, the year only in the copyright footer; the masthead
# of the dateline names the publisher; the reporters are credited in brackets in the lead.
WUHAN = """\
楚天新闻网4月2日讯（记者 黄涛 通讯员 刘敏）4月1日，经开区新能源汽车零部件产业园签约5个项目。
其中，武汉驰远汽车电子有限公司将建设年产50万套电驱系统项目。
摄影记者 郑华 摄
Copyright © 2005-2024 楚天新闻网 版权所有
"""

# Guangdong, semiconductors: a menu row, a byline before the headline, a bare dateline, a three-level
# review credit; nothing names the publisher.
SHENZHEN = """\
首页 | 要闻 | 产业 | 科技 | 视频
记者 陈晓 林珊
光明科学城芯片封测基地启用
2024年6月12日 09:30
6月11日，光明科学城芯片封测基地正式启用，首期引进封测企业8家。
基地达产后，年封装测试能力将达到30亿颗芯片。
统筹：赵敏
一审：王丽 二审：钱伟 三审：冯刚
"""

# Hebei, medicine: no date anywhere but an event day without a year; 文/图 credit closing the article.
SHIJIAZHUANG = """\
当前位置：首页 > 产业动态 > 正文
石家庄生物医药产业园二期项目开工
来源：石家庄日报  编辑：郝明
3月20日上午，石家庄生物医药产业园二期项目开工建设。
项目建成后，将新增原料药产能800吨。
文/图 尹红
"""

# Fujian, batteries, in Traditional characters: 本报讯 credit, 來源 and 發佈時間 in one header line.
NINGDE = opencc.OpenCC("s2t").convert("""\
宁德锂电新材料产业园扩能项目投产
来源：闽东日报 发布时间：2024-07-22 08:15:03
本报讯（记者 林海 通讯员 陈静）近日，宁德锂电新材料产业园扩能项目投产。
项目新增电解液产能5万吨。
责任编辑：王芳
""")

# Ningxia, photovoltaics: the browser's title above the headline, a slashed date.
YINCHUAN = """\
银川光伏组件项目一期投产_要闻_宁夏新闻网
银川光伏组件项目一期投产
日期：2024/10/08
银川经开区光伏组件项目一期投产，年产能5GW。
"""

# Jiangxi, materials: a bare dateline; the source named only in brackets closing the last paragraph.
GANZHOU = """\
赣州稀土永磁材料产业园二期竣工
2024年11月20日 15:02
记者从赣州经开区获悉，稀土永磁材料产业园二期项目竣工，新增高性能钕铁硼磁材产能1.5万吨。（来源：赣州日报）
"""

# Shaanxi, hydrogen, a county's notice: a date labelled without a colon; the source on a bracketed line
# of its own; the notice closes with its signing office and a date in Chinese numerals.
HANZHONG = """\
关于公布2024年度氢能产业重点项目清单的通知
发布时间 2024-04-03 16:40
各镇人民政府、县级有关部门：
经研究，确定陕西秦氢能源科技有限公司年产1000吨氢气项目等6个项目为县级重点项目。
（来源：勉县发展和改革局）
勉县发展和改革局
二〇二四年四月三日
"""

# Shandong, medicine: the page's list headline with its date beside it, 发布于 in the fields.
LINYI = """\
临沂医药产业园新增两家原料药企业 2024-09-14
发布于2024-09-14 作者：邵红
临沂医药产业园新引进原料药企业2家，计划总投资6亿元。
"""

# Guangxi, materials: no publication date but the signing date of the notice that closes it.
BAISE = """\
百色铝产业延链补链三年行动方案
到2026年，全市铝产业产值突破2000亿元。
百色市工业和信息化局
二〇二四年十二月二十九日
"""

# Zhejiang, a social-media account's post: 原创 and the account's name (twice) over the date, the time and
# the province; a call to follow it; the source after a bar, 综合整理 after the account's name.
HUZHOU_POST = """\
原创 南太湖产业圈 南太湖产业圈 2025年03月11日 20:15 浙江
点击上方蓝字 关注我们
首季开门红！吴兴绿色家居产业园签约项目9个
3月10日，吴兴绿色家居产业园集中签约9个项目，总投资37亿元。
来源｜南太湖产业圈综合整理
编辑｜沈丽
"""

# Guizhou, a news app's share page: the app's name and a call to open it above the headline, the channel's
# name over the date and the time under it.
ZUNYI_APP = """\
黔北新闻 APP
打开APP，看更多本地新闻
遵义新蒲经开区新能源电池材料项目投产
黔北产经 2025-01-09 09:12 贵州
关注
1月8日，新蒲经开区年产3万吨磷酸铁项目投产。
"""

# Hunan, a newspaper's print version: a print/close toolbar, a 来源 line with the date and the page; the
# reporters credited in the lead's 报讯 opening.
YUEYANG_PRINT = """\
【打印】 【关闭】
来源：岳阳日报　　2024-12-05　第02版
岳阳绿色化工产业园：项目建设跑出加速度
岳阳日报讯（记者 彭立新 通讯员 苏晴）12月4日，绿色化工产业园举行项目集中开工活动。
"""

# Yunnan, an e-paper edition: the paper's name with 数字报, page buttons, the page label with its date,
# a headline and a subheadline, then 本报讯 with the reporter in brackets.
DALI_EPAPER = """\
洱海经济报数字报
上一版　下一版　　放大　缩小　默认
第05版：产业观察　　2024年10月16日
大理生物医药产业园加快集聚
两年引进企业二十余家
本报讯（记者 段文清）10月15日，记者从大理经开区获悉，生物医药产业园今年新入驻企业7家。
"""

# Fujian, a page saved from a browser: the markup's declaration opens it; the browser's title and the
# headline are both there.
QUANZHOU_HTML = """\
<!DOCTYPE html>
<html><head><title>泉州鞋服产业数字化改造提速_刺桐产经网</title></head><body>
<h1>泉州鞋服产业数字化改造提速</h1>
<div><span>2024-11-02 08:30</span><span>来源：刺桐产经网</span></div>
<p>今年以来，泉州鞋服企业数字化改造项目累计达到120个。</p>
</body></html>
"""


def meta_of(text: str, url: str | None = None):
    return read_capture_meta(normalize(text), url)


@pytest.mark.parametrize("text, title, date, publisher, reporters", [
    (YANCHENG, "滨海港氢能装备产业园首批项目集中开工", "2024-03-18", "盐城新闻网", ("王明",)),
    (HEFEI, "新站高新区光伏组件智能工厂满产运行", "2024-05-09", "合肥日报", ("周雨", "吴凡")),
    (WUHAN, None, "2024-04-02", "楚天新闻网", ("黄涛", "刘敏")),
    (SHENZHEN, "光明科学城芯片封测基地启用", "2024-06-12", None, ("陈晓", "林珊")),
    (SHIJIAZHUANG, "石家庄生物医药产业园二期项目开工", None, "石家庄日报", ("尹红",)),
    (NINGDE, "宁德锂电新材料产业园扩能项目投产", "2024-07-22", "闽东日报", ("林海", "陈静")),
    (YINCHUAN, "银川光伏组件项目一期投产", "2024-10-08", "宁夏新闻网", ()),
    (GANZHOU, "赣州稀土永磁材料产业园二期竣工", "2024-11-20", "赣州日报", ()),
    (HANZHONG, "关于公布2024年度氢能产业重点项目清单的通知", "2024-04-03", "勉县发展和改革局", ()),
    (LINYI, "临沂医药产业园新增两家原料药企业", "2024-09-14", None, ("邵红",)),
    (BAISE, "百色铝产业延链补链三年行动方案", "2024-12-29", None, ()),
    (HUZHOU_POST, "首季开门红！吴兴绿色家居产业园签约项目9个", "2025-03-11", "南太湖产业圈", ()),
    (HUZHOU_POST.replace("来源｜南太湖产业圈综合整理\n", ""), "首季开门红！吴兴绿色家居产业园签约项目9个",
     "2025-03-11", "南太湖产业圈", ()),  # no 来源 line: the account the post is on
    (ZUNYI_APP, "遵义新蒲经开区新能源电池材料项目投产", "2025-01-09", "黔北产经", ()),
    (YUEYANG_PRINT, "岳阳绿色化工产业园：项目建设跑出加速度", "2024-12-05", "岳阳日报", ("彭立新", "苏晴")),
    (DALI_EPAPER, "大理生物医药产业园加快集聚", "2024-10-16", "洱海经济报", ("段文清",)),
    (QUANZHOU_HTML, "泉州鞋服产业数字化改造提速", "2024-11-02", "刺桐产经网", ()),
])
def test_title_date_publisher_and_byline_are_read_from_the_capture(text, title, date, publisher, reporters):
    meta = meta_of(text)
    assert (meta.title.value if meta.title else None) == title
    assert (meta.date.value if meta.date else None) == date
    assert (meta.publisher.value if meta.publisher else None) == publisher
    assert meta.reporters == reporters


def test_the_seed_capture_gives_its_curated_metadata():
    meta = meta_of((ROOT / "data" / "sources" / f"{ZIGONG}.txt").read_bytes())
    curated = yaml.safe_load((ROOT / "data" / "sources" / f"{ZIGONG}.meta.yaml").read_text(encoding="utf-8"))
    assert meta.title.value == curated["title"]
    assert meta.publisher.value == curated["publisher"]["zh"]
    assert [{"zh": n, "en": person_en(n)} for n in meta.reporters] == curated["reporters"]
    assert meta.date is None  # 蹲点时间 is the visit, not the publication
    assert meta.visit_date.value == str(curated["visit_date"])


def test_editors_are_not_reporters():
    assert meta_of(SHENZHEN).editors == ("赵敏", "王丽", "钱伟", "冯刚")
    assert meta_of(SHIJIAZHUANG).editors == ("郝明",)
    assert "孙磊" in meta_of(HEFEI).editors and "孙磊" not in meta_of(HEFEI).reporters


def test_a_dateline_year_from_elsewhere_is_marked_as_guessed():
    meta = meta_of(WUHAN)
    assert meta.date.guessed and "copyright" in meta.date.how
    # the page's address, when given, comes before the copyright's year
    assert meta_of(WUHAN.replace("2005-2024", "2005-2025"), "https://example.org/2024-04/02/c_1.html").date.value \
        == "2024-04-02"
    assert not meta_of(YANCHENG).date.guessed


@pytest.mark.parametrize("text, chrome", [
    (YANCHENG, ["- 首页", "- 新闻", "- 登录", "盐城新闻网", "当前位置：首页 > 产业 > 正文",
                "2024-03-18 10:21 来源：盐城新闻网 作者：王明",
                "图/盐城新闻网 张三", "编辑：刘洁 审核：陈峰", "第1页/共2页 下一页"]),
    (HEFEI, ["图/李强", "发布时间：2024年5月9日 星期四 来源：合肥日报", "（责任编辑：孙磊）",
             "共3页 上一页 1 2 3 下一页"]),
    (WUHAN, ["摄影记者 郑华 摄", "Copyright © 2005-2024 楚天新闻网 版权所有"]),
    (SHENZHEN, ["首页 | 要闻 | 产业 | 科技 | 视频", "2024年6月12日 09:30", "统筹：赵敏",
                "一审：王丽 二审：钱伟 三审：冯刚"]),
    (SHIJIAZHUANG, ["当前位置：首页 > 产业动态 > 正文", "来源：石家庄日报 编辑：郝明"]),
    (NINGDE, ["来源：闽东日报 发布时间：2024-07-22 08:15:03", "责任编辑：王芳"]),
    (YINCHUAN, ["银川光伏组件项目一期投产_要闻_宁夏新闻网", "日期：2024/10/08"]),
    (GANZHOU, ["2024年11月20日 15:02", "（来源：赣州日报）"]),
    (HANZHONG, ["发布时间 2024-04-03 16:40", "（来源：勉县发展和改革局）", "二〇二四年四月三日"]),
    (LINYI, ["发布于2024-09-14 作者：邵红"]),
])
def test_chrome_is_neither_title_nor_body(text, chrome):
    normalized = normalize(text)
    assert [c.before for c in normalized.changes if c.kind == "chrome"] == chrome
    assert not any(line in normalized.text for line in chrome)
    assert len([s for s in normalized.sentences if s.kind == "title"]) <= 1


@pytest.mark.parametrize("text, byline", [(HEFEI, "记者 周雨 通讯员 吴凡"), (SHENZHEN, "记者 陈晓 林珊"),
                                          (SHIJIAZHUANG, "文/图 尹红")])
def test_credit_lines_are_bylines(text, byline):
    assert {s.text: s.kind for s in normalize(text).sentences}[byline] == "byline"


def test_a_byline_above_the_headline_is_kept_as_a_byline():
    sentences = normalize(SHENZHEN).sentences
    assert [(s.text, s.kind) for s in sentences[:2]] == [
        ("记者 陈晓 林珊", "byline"), ("光明科学城芯片封测基地启用", "title")]


def test_a_masthead_is_chrome_only_when_a_headline_follows():
    # a short line ending like a site name is the title when the lead comes next
    assert [s.kind for s in normalize("三江新区新闻\n近日，三江新区又迎来新项目。\n").sentences] == ["title", "body"]
    assert [s.text for s in normalize("三江新闻网\n三江新区钠电项目开工\n近日，项目开工。\n").sentences][0] \
        == "三江新区钠电项目开工"


def test_a_capture_that_opens_with_its_lead_has_no_title():
    # the first paragraph is a finished sentence, not a headline: body, split into sentences as any other
    assert [s.kind for s in normalize(WUHAN).sentences][:2] == ["body", "body"]
    assert meta_of(WUHAN).title is None


def test_credit_newsroom_names_the_newsroom_before_the_reporter():
    assert credit_newsroom("（自贡融媒记者 周馨钰 宋姿熠 王汉卿）") == ("自贡融媒", 1)
    assert credit_newsroom("新华社记者 王明") == ("新华社", 0)
    assert credit_newsroom("本报记者 张三 通讯员 李四") is None
    assert credit_newsroom("本报驻成都记者 张三") is None
    assert credit_newsroom("记者前往该区探访。") is None


def test_date_in_byline_reads_the_same_datelines():
    assert date_in_byline(list(normalize(WUHAN).sentences)) is None  # its year is only in the chrome
    assert date_in_byline(list(normalize("某某项目开工\n9月3日讯 2024年9月2日，某某项目开工。\n").sentences)) \
        == "2024-09-03"
    assert date_in_byline(list(normalize("蹲点时间：2024年8月5日\n去年初，四川推出改革。\n").sentences)) == "2024-08-05"
    assert date_in_byline(list(normalize("某某项目开工\n项目进展顺利。\n").sentences)) is None
    assert date_in_byline(list(normalize("某某项目开工\n8月5日电力公司完成检修。\n").sentences)) is None


def test_reporters_names_in_pinyin():
    assert person_en("周馨钰") == "Zhou Xinyu"
    assert person_en("欧阳明") == "Ouyang Ming"
    assert person_en("阿依古丽·买买提") == "Ayiguli Maimaiti"


def test_ingest_writes_what_it_read_and_warns_about_a_missing_date(tmp_path):
    project = copy_project(tmp_path)
    result = ingest(project, SHIJIAZHUANG.encode("utf-8"), "shijiazhuang-biomed-2024-03")
    meta = yaml.safe_load(result.meta.read_text(encoding="utf-8"))
    assert meta["title"] == "石家庄生物医药产业园二期项目开工"
    assert meta["publisher"]["zh"] == "石家庄日报"
    assert meta["reporters"] == [{"zh": "尹红", "en": "Yin Hong"}]
    assert "date" not in meta
    (warning,) = result.warnings
    assert "no publication date" in warning and "--date YYYY-MM-DD" in warning
    assert "  warning: no publication date" in "\n".join(result.report())


def test_ingest_without_a_publisher_asks_for_one_and_writes_nothing(tmp_path, capsys):
    project = copy_project(tmp_path)
    with pytest.raises(InputError) as err:
        ingest(project, SHENZHEN.encode("utf-8"), "shenzhen-chips-2024-06")
    (problem,) = err.value.problems
    assert problem.field == "publisher" and "--publisher" in problem.hint and "自贡" not in problem.hint
    assert not (project.sources / "shenzhen-chips-2024-06.txt").exists()
    result = ingest(project, SHENZHEN.encode("utf-8"), "shenzhen-chips-2024-06", publisher="光明新闻网=Guangming News")
    meta = yaml.safe_load(result.meta.read_text(encoding="utf-8"))
    assert meta["publisher"] == {"zh": "光明新闻网", "en": "Guangming News"}
    assert str(meta["date"]) == "2024-06-12" and not result.warnings


def test_ingest_warns_when_the_year_of_a_dateline_is_guessed(tmp_path, capsys):
    copy_project(tmp_path)
    path = tmp_path / "wuhan.txt"
    path.write_text(WUHAN, encoding="utf-8")
    assert main(["--root", str(tmp_path), "ingest", str(path), "--id", "wuhan-parts-2024-04",
                 "--title", "经开区新能源汽车零部件产业园签约5个项目"]) == 0
    out = capsys.readouterr().out
    assert "warning: date 2024-04-02 read from the lead's dateline, with the year from the copyright line" in out
    assert "publisher 楚天新闻网 read from the masthead" in out


def test_extract_warns_when_the_metadata_has_no_date(tmp_path, capsys):
    project = copy_project(tmp_path)
    ingest(project, SHIJIAZHUANG.encode("utf-8"), "shijiazhuang-biomed-2024-03")
    assert main(["--root", str(tmp_path), "extract", "shijiazhuang-biomed-2024-03"]) == 0
    err = capsys.readouterr().err
    assert "warning: no date in data/sources/shijiazhuang-biomed-2024-03.meta.yaml nor in the capture" in err
