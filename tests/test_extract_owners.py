"""Owner and product error classes of `chaingraph extract` seen on the first held-out articles (retired
into dev), one sentence each, written for these tests, with the owner or product a curator would keep."""

from __future__ import annotations

from test_extract_genre import draft_of, figures, named


def test_a_brand_jieba_reads_as_a_verb_stays_in_the_company_name():
    draft = draft_of("3月2日，锂启新材料（宜宾）有限公司年产2万吨磷酸铁锂项目正式投产。\n")
    assert "锂启新材料（宜宾）有限公司" in named(draft, "Company")
    assert figures(draft)["年产2万吨"]["owner"] == "锂启新材料（宜宾）有限公司年产2万吨磷酸铁锂项目"


def test_a_project_name_runs_from_its_company_over_the_figure_and_a_verb_tagged_product_word():
    draft = draft_of("滨海澜铝科技有限公司年产20万吨再生铝及铝板带深加工项目正在调试设备。\n")
    assert "滨海澜铝科技有限公司年产20万吨再生铝及铝板带深加工项目" in named(draft, "Project")


def test_a_phase_of_a_project_carries_the_project_name_and_owns_the_figures_after_it():
    text = ("滨海澜铝科技有限公司年产20万吨再生铝深加工项目一期工程正在调试设备。\n"
            "项目总投资18亿元，分两期建设。\n")
    draft = draft_of(text)
    assert "滨海澜铝科技有限公司年产20万吨再生铝深加工项目" in named(draft, "Project")
    assert figures(draft)["18亿元"]["owner"].startswith("滨海澜铝科技有限公司年产20万吨再生铝深加工项目")


def test_a_product_ends_before_the_predicate_that_follows_it():
    draft = draft_of("一期年产8万吨再生铜已完成主体建设。\n")
    assert figures(draft)["年产8万吨"]["product"] == "再生铜"


def test_a_guidance_fund_is_named_and_owns_what_it_invests():
    text = "宁州市设立了规模20亿元的江南光伏产业引导基金，首期6亿元已投向晶澄能源、朗辉光电等5家企业。\n"
    draft = draft_of(text)
    assert "江南光伏产业引导基金" in named(draft, "Fund")
    assert "晶澄能源" in named(draft, "Company") and not any(n.startswith("投向") for n in named(draft, "Company"))
    assert figures(draft)["6亿元"]["owner"] == "江南光伏产业引导基金"


def test_an_event_with_projects_in_its_name_is_no_project_and_its_totals_belong_to_the_zone():
    text = "5月8日，宁州经济技术开发区光伏产业招商推介会暨项目集中签约仪式举行，共签约项目12个，总投资96亿元。\n"
    draft = draft_of(text)
    assert not any("推介会" in n for n in named(draft, "Project"))
    assert figures(draft)["96亿元"]["owner"] == "宁州经济技术开发区"


def test_a_total_of_listed_projects_is_not_the_first_listed_company_s():
    text = ("7月2日，宁州高新区集中签约，澜石生物医药有限公司抗体药物产业化项目、欣康医疗有限公司导管生产基地项目"
            "等9个项目签约落地，计划总投资58亿元。\n")
    assert figures(draft_of(text))["58亿元"]["owner"] == "宁州高新区"


def test_yuanqu_stands_for_the_zone_when_no_park_is_named():
    text = ("宁州高新区是省级高新区。\n"
            "宁州高新区管委会主任王立介绍，园区已建成中试平台等公共服务平台8个。\n")
    assert figures(draft_of(text))["8个"]["owner"] == "宁州高新区"
