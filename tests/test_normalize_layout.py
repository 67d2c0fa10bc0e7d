"""The normalizer on the layout a capture keeps inside its body: an account's and an e-paper's lists after
the article, a flattened print bulletin's page numbers and running header falling mid-sentence, an official
document's distribution lines, a transcript's markers and a platform's disclaimer. Each capture is written
for these tests in the genre's style; every name is invented."""

from __future__ import annotations

from chaingraph.sources.normalize import normalize

LEAD = "柳江区新能源汽车零部件产业园今年已签约项目9个，总投资54亿元。\n"


def _texts(raw: str) -> list[str]:
    return [s.text for s in normalize(raw).sentences]


def _dropped(raw: str) -> list[str]:
    return [c.before for c in normalize(raw).changes if c.kind == "chrome"]


def test_an_accounts_and_an_e_papers_lists_after_the_article_are_dropped():
    account = ("柳江区零部件产业提速\n" + LEAD + "-END-\n阅读原文\n往期推荐\n▶ 柳江区召开一季度项目推进会\n"
               "► 柳州汽配园新签约项目15个 总投资62亿元\n")
    assert _texts(account) == ["柳江区零部件产业提速", LEAD.strip()]
    assert "往期推荐" in _dropped(account)
    app = ("柳江区零部件产业提速\n" + LEAD + "相关推荐\n柳州：前三季度工业投资增长7.2%\n融安：金桔产业再扩容\n"
           "评论 0 点赞 18 分享\n")
    assert _texts(app) == ["柳江区零部件产业提速", LEAD.strip()]
    paper = "柳江区零部件产业提速\n" + LEAD + "本版其他新闻：\n· 鹿寨县举办招商推介会\n· 三江：茶旅融合见成效\n"
    assert _texts(paper) == ["柳江区零部件产业提速", LEAD.strip()]


def test_a_print_pages_number_and_running_header_are_dropped_and_the_sentence_they_split_joined():
    raw = ("柳州市工业和信息化局工作动态\n2025年第6期\n汽配产业链项目加快建设\n"
           "一是项目建设提速。柳州桂驰汽车部件有限公司年产60万套底盘结构件项目已投产；柳州精\n"
           "— 1 —\n柳州市工业和信息化局工作动态　　2025年第6期\n"
           "锻齿轮有限公司变速箱齿轮扩产项目正在建设，总投资3.6亿元。\n"
           "二是平台建设加快。广西汽车轻量化中试基地已投入使用。\n"
           "— 2 —\n柳州市工业和信息化局工作动态　　2025年第6期\n")
    normalized = normalize(raw)
    texts = [s.text for s in normalized.sentences]
    assert "柳州精锻齿轮有限公司变速箱齿轮扩产项目正在建设，总投资3.6亿元。" in texts
    assert not any("— 1 —" in t or "工作动态　" in t for t in texts)
    assert "广西汽车轻量化中试基地已投入使用。" in texts
    joined = [c for c in normalized.changes if c.kind == "joined"]
    assert len(joined) == 1
    assert joined[0].after.endswith("柳州精锻齿轮有限公司变速箱齿轮扩产项目正在建设，总投资3.6亿元。")


def test_a_sentence_ending_at_a_page_break_is_not_joined_to_the_next_paragraph():
    raw = ("汽配产业链项目加快建设\n一是项目建设提速。柳州桂驰汽车部件有限公司项目已投产。\n"
           "— 1 —\n工作动态　第6期\n二是平台建设加快。广西汽车轻量化中试基地已投入使用。\n"
           "— 2 —\n工作动态　第6期\n")
    texts = _texts(raw)
    assert "柳州桂驰汽车部件有限公司项目已投产。" in texts and "二是平台建设加快。" in texts


def test_distribution_lines_of_an_official_document_are_dropped():
    raw = ("汽配产业链项目加快建设\n" + LEAD + "（市工信局产业链办公室供稿）\n报：市委、市政府领导\n"
           "送：市发展改革委、市商务局\n发：各县（区）工信局、各重点企业\n抄送：柳州市统计局\n（共印80份）\n"
           "（完）\n【我要纠错】【打印】【关闭】\n")
    texts = _texts(raw)
    assert not any(t.startswith(("报：", "送：", "发：", "抄送：", "【")) or "共印" in t or "完" in t for t in texts)
    assert LEAD.strip() in texts


def test_a_sentence_that_opens_with_a_distribution_word_is_kept():
    raw = "汽配产业链项目加快建设\n" + LEAD + "发：按照计划，二期项目明年开工建设，新增产能20万套。\n"
    assert "发：按照计划，二期项目明年开工建设，新增产能20万套。" in _texts(raw)


def test_a_transcripts_markers_alone_on_their_lines_are_dropped_and_the_speech_kept():
    raw = ("柳州新闻\n【字幕】柳江：汽配项目跑出加速度\n【主持人口播】\n各位观众，柳江区汽配项目建设正酣。\n"
           "【记者 现场报道】\n我身后是柳州桂驰汽车部件有限公司的新厂房。\n"
           "【同期声】柳州桂驰汽车部件有限公司总经理 韦立成\n"
           "我们今年要新增两条生产线。\n【记者】\n园区目前已入驻企业36家。\n")
    texts = _texts(raw)
    assert not any(t in ("【主持人口播】", "【记者 现场报道】", "【记者】") for t in texts)
    assert "我们今年要新增两条生产线。" in texts and "【同期声】柳州桂驰汽车部件有限公司总经理 韦立成" in texts
    assert "园区目前已入驻企业36家。" in texts


def test_a_platforms_disclaimer_after_the_article_is_dropped():
    raw = ("柳江区零部件产业提速\n" + LEAD +
           "本文来自【柳江视界】，仅代表作者观点。某某信息公共平台提供信息发布传播服务。\n")
    texts = _texts(raw)
    assert texts == ["柳江区零部件产业提速", LEAD.strip()]
    assert any("仅代表作者观点" in line for line in _dropped(raw))  # logged for the metadata reader


def test_an_interviews_questions_are_body_sentences_and_its_credit_a_byline():
    raw = ("专访柳州桂驰汽车部件有限公司董事长韦立成\n记者 覃思远 通讯员 黄丽\n记者：今年有哪些新项目？\n"
           "韦立成：年产60万套底盘结构件项目已经投产。\n记者提问：柳州日报记者：请问园区今年的目标是什么？\n")
    kinds = {s.text: s.kind for s in normalize(raw).sentences}
    assert kinds["记者 覃思远 通讯员 黄丽"] == "byline"
    assert kinds["记者：今年有哪些新项目？"] == "body"
    assert kinds["记者提问：柳州日报记者：请问园区今年的目标是什么？"] == "body"
