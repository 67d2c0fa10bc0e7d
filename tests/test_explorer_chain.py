"""The planner's screens in the explorer page: the chain view, its segment tables, the capacities
table, the timeline, the source filter and the evidence panel, in Chromium at 1280×720 and 1500×900.

Coverage is the report's: the expected state of every segment comes from `analysis.chain` (what the
report prints) and from the report's own Markdown. Everything else expected comes from the RDF
through SPARQL. Three sources: the Zigong article plus two written here in the genre (a signing in
Yibin with a hard-carbon plant outside the zone, and a module plant opening in Zigong).
"""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from support import ROOT, SCREENSHOTS, Opened, copy_project, select, slug

from chaingraph.analysis import chain as analysis
from chaingraph.analysis.projection import to_networkx
from chaingraph.authoring.synth import generate
from chaingraph.core.outputnames import EXPLORER_PAGE
from chaingraph.core.project import Project
from chaingraph.dataset.build import build_dataset
from chaingraph.facts.wording import quantity_words
from chaingraph.sources.ingest import ingest
from chaingraph.views.explorer import render_explorer
from chaingraph.views.explorer.page import PAGE_SCRIPTS
from chaingraph.views.report import build_report

SIZES = [(1280, 720), (1500, 900)]

SIGNING = "zigong-signing-2024-03"
SIGNING_LINES = [
    "自贡高新区与宜宾三江新区签署钠电产业合作协议",
    "2024年3月18日，自贡高新区与宜宾三江新区签署钠电产业协同发展合作协议。",
    "同日，四川蜀钠新材料有限公司年产2万吨硬碳负极材料项目在宜宾三江新区开工。",
]
SIGNING_FACTS = f"""\
source: {SIGNING}
entities:
  - id: sanjiang-new-area
    class: EconomicRegion
    label: {{zh: 宜宾三江新区, en: Yibin Sanjiang New Area}}
    quote: 自贡高新区与宜宾三江新区签署钠电产业协同发展合作协议
  - id: zigong-sanjiang-cooperation
    class: Cooperation
    label: {{zh: 自贡高新区与宜宾三江新区钠电合作, en: Zigong-Sanjiang sodium-ion cooperation}}
    quote: 签署钠电产业协同发展合作协议
    facts:
      - partner: [zigong-high-tech-zone, sanjiang-new-area]
        quote: 自贡高新区与宜宾三江新区签署钠电产业协同发展合作协议
      - startDate: 2024-03-18
        quote: 2024年3月18日
  - id: shuna-materials
    class: Company
    label: {{zh: 四川蜀钠新材料有限公司, en: "Sichuan Shuna New Materials Co., Ltd."}}
    quote: 四川蜀钠新材料有限公司
    facts:
      - produces: hard-carbon-anode-material
        quote: 四川蜀钠新材料有限公司年产2万吨硬碳负极材料项目
  - id: hard-carbon-anode-material
    class: Material
    label: {{zh: 硬碳负极材料, en: hard carbon anode material}}
    quote: 年产2万吨硬碳负极材料
    facts:
      - inSegment: hard-carbon-anode-segment
        quote: 硬碳负极材料
  - id: shuna-hard-carbon-project
    class: Project
    label: {{zh: 蜀钠年产2万吨硬碳负极材料项目, en: "Shuna 20,000 t/yr hard carbon anode project"}}
    quote: 四川蜀钠新材料有限公司年产2万吨硬碳负极材料项目
    facts:
      - operatedBy: shuna-materials
        quote: 四川蜀钠新材料有限公司年产2万吨硬碳负极材料项目
      - locatedIn: sanjiang-new-area
        quote: 项目在宜宾三江新区开工
      - startDate: 2024-03-18
        quote: 同日
"""
MODULES = "zigong-modules-2025-01"
MODULE_LINES = [
    "自贡高新区钠电模组项目投产",
    "2025年1月10日，自贡钠创科技有限公司年产1GWh钠离子电池模组项目在自贡高新区投产。",
    "自贡珈钠能源科技有限公司年产10万吨聚阴离子正极材料一期项目运行良好。",
]
MODULE_FACTS = f"""\
source: {MODULES}
entities:
  - id: nachuang-tech
    class: Company
    label: {{zh: 自贡钠创科技有限公司, en: "Zigong Nachuang Technology Co., Ltd."}}
    quote: 自贡钠创科技有限公司
    facts:
      - produces: sodium-ion-module
        quote: 自贡钠创科技有限公司年产1GWh钠离子电池模组项目
      - locatedIn: zigong-high-tech-zone
        quote: 钠离子电池模组项目在自贡高新区投产
      - hasCapacity: nachuang-module-capacity
        quote: 自贡钠创科技有限公司年产1GWh钠离子电池模组项目
  - id: sodium-ion-module
    class: Product
    label: {{zh: 钠离子电池模组, en: sodium-ion battery module}}
    quote: 钠离子电池模组
    facts:
      - inSegment: module-pack-segment
        quote: 钠离子电池模组
  - id: nachuang-module-capacity
    class: Capacity
    label: {{zh: 钠创1GWh钠离子电池模组产能, en: Nachuang 1 GWh sodium-ion module capacity}}
    quote: 年产1GWh钠离子电池模组
    facts:
      - value: 1
        quote: 年产1GWh
      - unitCode: GWH
        quote: 年产1GWh
      - perPeriod: ANN
        quote: 年产1GWh
      - ofProduct: sodium-ion-module
        quote: 年产1GWh钠离子电池模组
      - status: completed
        quote: 项目在自贡高新区投产
      - date: 2025-01-10
        quote: 2025年1月10日
  - id: jiana-energy
    class: Company
    quote: 自贡珈钠能源科技有限公司
    facts:
      - produces: polyanion-cathode-material
        quote: 自贡珈钠能源科技有限公司年产10万吨聚阴离子正极材料一期项目
"""


# ----------------------------------------------------------------------------- data and pages

@pytest.fixture(scope="module")
def three(tmp_path_factory):
    """The Zigong project with two more sources written for this test."""
    project = copy_project(tmp_path_factory.mktemp("three"))
    for source_id, lines, facts, publisher, date in (
            (SIGNING, SIGNING_LINES, SIGNING_FACTS, "宜宾新闻网=Yibin News", "2024-03-19"),
            (MODULES, MODULE_LINES, MODULE_FACTS, "自贡网=Zigong Net", "2025-01-11")):
        ingest(project, "\n".join(lines).encode("utf-8") + b"\n", source_id, publisher=publisher, date=date)
        (project.facts / f"{source_id}.yaml").write_text(facts, encoding="utf-8")
    return build_dataset(project)


def page_file(tmp_path_factory, result, name: str) -> Path:
    path = tmp_path_factory.mktemp(name) / EXPLORER_PAGE
    path.write_text(render_explorer(result), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def zigong_page(tmp_path_factory, zigong) -> Path:
    return page_file(tmp_path_factory, zigong, "zigong")


@pytest.fixture(scope="module")
def three_page(tmp_path_factory, three) -> Path:
    return page_file(tmp_path_factory, three, "three")


def opened(browser, path: Path, size=(1500, 900), fragment: str = "") -> Opened:
    page = Opened(browser, path, fragment)
    page.page.set_viewport_size({"width": size[0], "height": size[1]})
    return page


def show(page: Opened, view: str) -> None:
    page.page.click(f"#view-{view}")
    page.wait_for(f"!document.getElementById({json.dumps(view)}).hidden")


def texts(page: Opened, selector: str) -> list[str]:
    return page.js(f"Array.from(document.querySelectorAll({json.dumps(selector)})).map(e => e.textContent)")


def table(page: Opened, scope: str) -> tuple[list[str], list[list[str]]]:
    """A data table's headings and cells as shown."""
    head = texts(page, f"{scope} thead th")
    rows = page.js(f"Array.from(document.querySelectorAll({json.dumps(scope + ' tbody tr')}))"
                   ".map(tr => Array.from(tr.children).map(td => td.textContent))")
    return head, rows


def csv_download(page: Opened, scope: str) -> list[list[str]]:
    with page.page.expect_download() as info:
        page.page.click(f"{scope} .csv-export")
    text = Path(info.value.path()).read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")  # spreadsheets read the file as UTF-8
    return list(csv.reader(io.StringIO(text[1:])))


def expected_states(result) -> dict[str, dict[str, str]]:
    """By industry, each segment's state as the report's analysis gives it."""
    G = to_networkx(result)
    zone = analysis.default_zone(G)
    industries = {o for s, o, k in G.edges(keys=True) if k == "inIndustry" and G.nodes[s]["cls"] == "ChainSegment"}
    found = {}
    for industry in industries:
        cover = {c.segment: c for c in analysis.coverage(G, zone, industry)}
        states = {}
        for segment, item in cover.items():
            parent = cover.get(item.parent)
            states[slug(result, segment)] = ("covered" if item.covered else
                                             "open" if parent is not None and parent.covered else "gap")
        found[slug(result, industry)] = states
    return found


def report_states(result) -> dict[str, str]:
    """The main chain's segments in the report's Markdown: label -> covered, gap or not named."""
    section = build_report(result).markdown.split("环节覆盖", 1)[1].split("\n## ", 1)[0]
    found = {}
    for label_zh, state in re.findall(r"\[([^\]]+)（[^（）]*）\]\([^)]*\) — (已覆盖|缺口|未提及)", section):
        found[label_zh] = {"已覆盖": "covered", "缺口": "gap", "未提及": "not named"}[state]
    return found


# ----------------------------------------------------------------------------- the chain view

@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("which", ["zigong", "three"])
def test_chain_view_coverage_equals_the_reports_for_every_segment(browser, request, which, size):
    result = request.getfixturevalue(which)
    page = opened(browser, request.getfixturevalue(f"{which}_page"), size)
    try:
        show(page, "chain")
        expected = expected_states(result)
        tabs = page.js("Array.from(document.querySelectorAll('.chain-tab')).map(t => t.dataset.industry)")
        G = to_networkx(result)
        assert tabs[0] == slug(result, analysis.chain_industry(G))  # the sodium-ion chain first
        assert set(tabs) == set(expected)
        for i, industry in enumerate(tabs):
            page.page.click(f".chain-tab[data-industry='{industry}']")
            shown = dict(page.js("Array.from(document.querySelectorAll('.segment, .subsegment'))"
                                 ".map(e => [e.dataset.segment, e.dataset.state])"))
            assert shown == expected[industry], industry  # every segment of this chain, and no other
            if i == 0:
                labels = dict(page.js("Array.from(document.querySelectorAll('.segment, .subsegment'))"
                                      ".map(e => [e.querySelector('.segment-name, .subsegment-name').textContent,"
                                      " e.dataset.state])"))
                in_report = report_states(result)
                assert len(in_report) == len(labels)  # the report names every segment the tab shows
                for label_zh, state in in_report.items():
                    assert labels[label_zh] == state or (state == "not named" and labels[label_zh] in ("open", "gap"))
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


@pytest.mark.parametrize("which", ["zigong", "three"])
def test_summary_line_counts_covered_segments_and_gaps_in_both_languages(browser, request, which):
    result = request.getfixturevalue(which)
    G = to_networkx(result)
    cover = analysis.coverage(G)
    top = [c for c in cover if c.parent is None]
    covered, gaps = sum(c.covered for c in top), len(analysis.gaps(G))
    page = opened(browser, request.getfixturevalue(f"{which}_page"))
    try:
        show(page, "chain")
        summary = page.page.inner_text(".chain-summary")
        assert f"覆盖 {covered} / 缺口 {gaps}" in summary and f"共 {len(top)} 个环节" in summary
        assert "自贡高新区" in summary and "钠电产业" in summary
        assert page.page.inner_text(".chain-legend").count("：") >= 3  # covered, gap, narrower not named
        page.page.click("#lang-switch")
        summary = page.page.inner_text(".chain-summary")
        assert f"covered {covered} / gaps {gaps}" in summary and f"{len(top)} segments" in summary
    finally:
        page.close()


def test_each_segment_shows_its_local_counts_and_capacity_totals(browser, three, three_page):
    G = to_networkx(three)
    page = opened(browser, three_page)
    try:
        show(page, "chain")
        for item in analysis.coverage(G):
            if item.parent is not None:
                continue
            box = f".segment[data-segment='{slug(three, item.segment)}']"
            text = page.page.inner_text(box)
            companies = {e for e, _ in item.producers if G.nodes[e]["cls"] == "Company"}
            if companies:
                assert f"企业 {len(companies)}" in text, (item.segment, text)
            if item.capacities:
                assert f"产能 {len(item.capacities)}" in text
            for (unit, period, status), value in item.totals.items():
                word = select(three, f"""SELECT ?w WHERE {{ ?s skos:notation "{status}" ; rdfs:label ?w
                                                           FILTER(LANG(?w) = 'zh') }}""")[0][0]
                amount = quantity_words(Decimal(str(value)), unit or None, period or None, "exact")["zh"]
                assert f"{word}\n{amount}" in text or f"{word} {amount}" in text, (item.segment, word, amount, text)
        cells = page.page.inner_text(".segment[data-segment='cell-segment']")
        assert "5GWh" in cells
        modules = page.page.inner_text(".segment[data-segment='module-pack-segment']")
        assert "1GWh/年" in modules and "已建成" in modules
    finally:
        page.close()


@pytest.mark.parametrize("size", [(1280, 720), (1500, 900), (1920, 1080)])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_whole_chain_fits_the_window_and_no_label_covers_an_amount(browser, zigong_page, size, lang):
    page = opened(browser, zigong_page, size)
    try:
        show(page, "chain")
        if lang == "en":
            page.page.click("#lang-switch")
        fit = page.js("""(() => { const g = document.querySelector('.chain-grid');
            return {sw: g.scrollWidth, cw: g.clientWidth, sh: g.scrollHeight, ch: g.clientHeight,
                    page: document.documentElement.scrollWidth, win: window.innerWidth}; })()""")
        assert fit["sw"] <= fit["cw"] and fit["page"] <= fit["win"], fit  # no horizontal overflow
        assert fit["sh"] <= fit["ch"], fit  # every segment visible without scrolling
        overlaps = page.js("""(() => {
            const bad = [];
            const box = e => e.getBoundingClientRect();
            const cross = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            document.querySelectorAll('.segment').forEach(card => {
              const outer = box(card);
              const parts = Array.from(card.querySelectorAll('.segment-name, .segment-counts, .total-amount,'
                                                             + ' .total-status, .subsegment-name'));
              parts.forEach((p, i) => {
                const r = box(p);
                if (r.right > outer.right + 0.5 || r.bottom > outer.bottom + 0.5) bad.push(['outside', p.textContent]);
                parts.slice(i + 1).forEach(q => { if (cross(r, box(q))) bad.push([p.textContent, q.textContent]); });
              });
            });
            return bad; })()""")
        assert overlaps == []
        if size == (1280, 720):
            page.page.screenshot(path=str(SCREENSHOTS / f"explorer-chain-{lang}.png"))
    finally:
        page.close()


def test_segment_table_lists_local_makers_and_capacities_with_sources_and_exports_csv(browser, zigong, zigong_page):
    cathode = select(zigong, "SELECT ?s WHERE { ?s a cg:ChainSegment ; rdfs:label '正极材料'@zh }")[0][0]
    makers = {row[0] for row in select(zigong, f"""
        SELECT ?label WHERE {{ ?p cg:inSegment/cg:subSegmentOf* <{cathode}> . ?x cg:produces ?p ;
                              rdfs:label ?label FILTER(LANG(?label) = 'zh') }}""")}
    capacities = select(zigong, f"""
        SELECT ?holder ?c ?date WHERE {{ ?p cg:inSegment/cg:subSegmentOf* <{cathode}> .
            ?c cg:ofProduct ?p ; cg:value ?value ; cg:date ?date . ?h cg:hasCapacity ?c ;
            rdfs:label ?holder FILTER(LANG(?holder) = 'zh') }}""")
    title = select(zigong, "SELECT ?t WHERE { ?s a cg:Source ; dcterms:title ?t FILTER(LANG(?t) = 'zh') }")[0][0]
    page = opened(browser, zigong_page, (1280, 720))
    try:
        show(page, "chain")
        page.page.click(f".segment[data-segment='{slug(zigong, cathode)}']")
        head, rows = table(page, ".segment-detail")
        assert head[:3] == ["类型", "名称", "产品"] and head[-1] == "来源"
        names = {row[1] for row in rows}
        assert makers <= names and {h for h, _, _ in capacities} <= names
        # one row per capacity, however many holders state it (a project and its company, say)
        assert len([r for r in rows if r[0] == "产能"]) == len({c for _, c, _ in capacities})
        assert {r[5] for r in rows if r[0] == "产能"} == {d for _, _, d in capacities}  # the dates they refer to
        assert all(title in row[-1] for row in rows)  # every row names its source
        page.page.screenshot(path=str(SCREENSHOTS / "explorer-segment-zh.png"))
        # sortable: by name, then reversed
        page.page.click(".segment-detail th[data-col='name'] .sort")
        _, by_name = table(page, ".segment-detail")
        collated = page.js(f"{json.dumps([r[1] for r in rows])}.sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'))")
        assert [r[1] for r in by_name] == collated
        assert page.js("document.querySelector(\".segment-detail th[data-col='name']\").getAttribute('aria-sort')") \
            == "ascending"
        page.page.click(".segment-detail th[data-col='name'] .sort")
        _, reversed_rows = table(page, ".segment-detail")
        assert [r[1] for r in reversed_rows] == collated[::-1]
        exported = csv_download(page, ".segment-detail")
        assert exported[0] == head and exported[1:] == reversed_rows  # what the table shows, in its order
        page.page.click("#lang-switch")
        page.page.screenshot(path=str(SCREENSHOTS / "explorer-segment-en.png"))
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


def test_a_gap_lists_leads_outside_the_zone_with_their_sources(browser, three, three_page):
    makers = select(three, """
        SELECT ?label ?title WHERE {
          ?p cg:inSegment/cg:subSegmentOf* ?anode . ?anode rdfs:label '负极材料'@zh .
          ?x cg:produces ?p ; rdfs:label ?label FILTER(LANG(?label) = 'zh')
          ?e rdf:subject ?x ; rdf:predicate cg:produces ; rdf:object ?p ; cg:evidenceSource ?s .
          ?s dcterms:title ?title }""")
    assert makers
    page = opened(browser, three_page)
    try:
        show(page, "chain")
        page.page.click(".segment[data-segment='anode-materials-segment']")
        assert "本地没有" in page.page.inner_text(".segment-detail")
        _, rows = table(page, ".segment-detail")
        for label_zh, title in makers:
            row = next(r for r in rows if r[2] == label_zh)
            assert row[0] == "区外生产" and title in row[-1]
    finally:
        page.close()


# ----------------------------------------------------------------------------- capacities

def test_capacities_table_shows_every_capacity_in_words_sorted_and_exported(browser, three, three_page):
    expected = select(three, """
        SELECT ?c ?value ?unit ?date WHERE { ?c a cg:Capacity ; cg:value ?value ; cg:unitCode ?unit .
                                             OPTIONAL { ?c cg:date ?date } }""")
    page = opened(browser, three_page, (1280, 720))
    try:
        show(page, "capacities")
        head, rows = table(page, "#capacities")
        assert len(rows) == len(expected)
        units = {r[head.index("单位")] for r in rows}
        assert "件" in units and "吨" in units
        codes = {u for _, _, u, _ in expected} | {"ANN"}
        assert not [cell for row in rows for cell in row if cell in codes]  # never a unit code
        assert sorted(r[head.index("所指日期")] for r in rows) == sorted(d or "" for _, _, _, d in expected)
        page.page.screenshot(path=str(SCREENSHOTS / "explorer-capacities-zh.png"))
        page.page.click("#capacities th[data-col='value'] .sort")
        exported = csv_download(page, "#capacities")
        assert exported[0] == head
        values = [float(r[0]) for r in exported[1:]]
        assert values == sorted(float(v) for _, v, _, _ in expected)  # ascending after one click
        assert [r[1:] for r in exported[1:]] == [r[1:] for r in table(page, "#capacities")[1]]
        page.page.click("#lang-switch")
        head_en, rows_en = table(page, "#capacities")
        assert "pieces" in {r[head_en.index("unit")] for r in rows_en}
        page.page.screenshot(path=str(SCREENSHOTS / "explorer-capacities-en.png"))
    finally:
        page.close()


# ----------------------------------------------------------------------------- many sources

def timeline_expected(result, source: str | None = None) -> list[tuple[str, str]]:
    only = (f"?ev rdf:subject ?x ; rdf:predicate ?p ; cg:evidenceSource/dcterms:identifier '{source}' ."
            if source else "")
    rows = select(result, f"""
        SELECT DISTINCT ?date ?x WHERE {{ VALUES ?c {{ cg:Project cg:Cooperation cg:Capacity }} ?x a ?c ;
                                                ?p ?date . VALUES ?p {{ cg:date cg:startDate }} {only} }}""")
    return sorted((date, slug(result, x)) for date, x in rows)


def test_timeline_places_events_by_the_dates_they_refer_to(browser, three, three_page):
    page = opened(browser, three_page)
    try:
        show(page, "timeline")
        shown = page.js("Array.from(document.querySelectorAll('#timeline .event'))"
                        ".map(e => [e.dataset.date, e.dataset.entity])")
        assert sorted(map(tuple, shown)) == timeline_expected(three)
        dates = [d for d, _ in shown]
        assert dates == sorted(dates)  # oldest first
        assert {"2024-03-18", "2025-01-10"} <= set(dates)
        signing = page.page.inner_text("#timeline .event[data-entity='zigong-sanjiang-cooperation']")
        assert "签约合作" in signing and "宜宾三江新区签署钠电产业合作协议" in signing  # its source
        page.page.screenshot(path=str(SCREENSHOTS / "explorer-timeline-zh.png"))
        page.page.click("#lang-switch")
        page.page.screenshot(path=str(SCREENSHOTS / "explorer-timeline-en.png"))
    finally:
        page.close()


def test_source_filter_keeps_one_sources_entities_events_and_evidence(browser, three, three_page):
    mentioned = {slug(three, row[0]) for row in select(three, f"""
        SELECT DISTINCT ?x WHERE {{ ?ev cg:evidenceSource/dcterms:identifier '{SIGNING}' .
                                    {{ ?ev rdf:subject ?x }} UNION {{ ?ev rdf:object ?x . ?x a ?c }} }}""")}
    page = opened(browser, three_page, fragment="#graph")  # the filter as the graph's legend shows it
    try:
        everything = page.drawn()
        page.page.select_option(".source-block select", SIGNING)
        assert page.drawn() == mentioned & everything
        show(page, "timeline")
        assert page.js("document.querySelector('#timeline .source-filter').value") == SIGNING
        shown = page.js("Array.from(document.querySelectorAll('#timeline .event')).map(e => [e.dataset.date, "
                        "e.dataset.entity])")
        assert sorted(map(tuple, shown)) == timeline_expected(three, SIGNING)
        page.page.select_option("#timeline .source-filter", MODULES)
        page.page.fill("#search", "珈钠能源")
        page.page.keyboard.press("Enter")
        sources = page.js("Array.from(document.querySelectorAll('#panel ul.evidence li[data-source]'))"
                          ".map(li => li.dataset.source)")
        assert sources and set(sources) == {MODULES}
        page.page.select_option("#timeline .source-filter", "")
        sources = set(page.js("Array.from(document.querySelectorAll('#panel ul.evidence li[data-source]'))"
                              ".map(li => li.dataset.source)"))
        assert sources == {MODULES, "zigong-gaoxinqu-2024-08"}  # every source of the company's facts
        assert page.drawn() == everything
    finally:
        page.close()


@pytest.mark.parametrize("name", ["珈钠能源聚阴离子正极材料年产10万吨产能", "珈钠能源"])
def test_evidence_panel_shows_each_sentence_once_with_every_quote_and_source_date(browser, three, three_page, name):
    page = opened(browser, three_page)
    try:
        page.page.fill("#search", name)
        page.page.keyboard.press("Enter")
        entity = page.hook("selected")
        iri = three.project.base + entity
        evidence = select(three, f"""
            SELECT ?quote ?sentence ?date WHERE {{ ?e rdf:subject <{iri}> ; cg:quote ?quote ; cg:sentence ?sentence ;
                                                   cg:evidenceSource ?s . ?s dcterms:date ?date }}""")
        sentences = texts(page, "#panel .sentence")
        assert len(sentences) == len(set(sentences))  # the same sentence never twice
        assert len({s for _, s, _ in evidence}) <= len(sentences)
        text = page.panel_text()
        for quote, _, date in evidence:
            assert quote in text and date in text
    finally:
        page.close()


def test_a_fact_stated_by_several_articles_lists_them_by_source_then_sentence(browser, three, three_page):
    """The panel lists a fact's evidence article by article, sentence by sentence (the page numbers
    its evidence per sentence): for 珈钠能源's class and products, each stated in both Zigong
    articles, the (source, sentence) pairs SPARQL finds, in that order; every fact's list in order."""
    jiana = select(three, "SELECT ?s WHERE { ?s rdfs:label '自贡珈钠能源科技有限公司'@zh }")[0][0]
    rows = select(three, f"""
        SELECT ?p ?o ?source ?sentence WHERE {{
            ?e rdf:subject <{jiana}> ; rdf:predicate ?p ; rdf:object ?o ;
               cg:sentence ?s ; cg:evidenceSource ?src . ?s cg:sentenceId ?sentence . ?src dcterms:identifier ?source
            FILTER (?p IN (rdf:type, cg:produces)) }}""")
    stated: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for p, o, source, sentence in rows:
        stated.setdefault((p.rsplit("#", 1)[-1], slug(three, o)), set()).add((source, sentence))
    several = {fact: sorted(pairs) for fact, pairs in stated.items() if len(pairs) > 1}
    assert ("type", "https://w3id.org/chaingraph/ns#Company") in several and len(several) > 1
    page = opened(browser, three_page, fragment=f"#{slug(three, jiana)}")
    try:
        page.wait_for("!document.getElementById('panel').hidden")
        shown = page.js(r"""Array.from(document.querySelectorAll('#panel ul.facts > li')).map(li => {
            const link = li.querySelector(':scope > button.link');
            return [link ? link.dataset.entity : null,
                    Array.from(li.querySelectorAll(':scope > ul.evidence > li')).map(e =>
                        [e.dataset.source, (e.textContent.match(/(s\d+)\s*$/) || [null, null])[1]])];
        })""")
        lists = [[tuple(item) for item in items] for _, items in shown]
        assert all(items == sorted(items) for items in lists)
        linked = [entity for entity, _ in shown]
        for (p, o), pairs in several.items():
            if p == "produces":
                assert [items for entity, items in zip(linked, lists, strict=True) if entity == o] == [pairs]
            else:  # the class: the first fact, with no link
                assert shown[0][0] is None and lists[0] == pairs
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


# ----------------------------------------------------------------------------- at scale

def test_at_scale_the_chain_view_shows_counts_not_one_box_per_entity(browser, tmp_path):
    generate(3, 60, 5, tmp_path / "region", ROOT)
    result = build_dataset(Project(root=tmp_path / "region"))
    path = tmp_path / EXPLORER_PAGE
    path.write_text(render_explorer(result, aggregate_above=50), encoding="utf-8")
    G = to_networkx(result)
    page = opened(browser, path, (1280, 720))
    try:
        show(page, "chain")
        segments = analysis.segments(G)
        assert page.js("document.querySelectorAll('.segment, .subsegment').length") == len(segments)
        assert page.js("document.querySelectorAll('#chain [data-entity]').length") == 0  # no box per entity
        cover = {slug(result, c.segment): c for c in analysis.coverage(G)}
        for segment, item in cover.items():
            if item.parent is None and item.capacities:
                text = page.page.inner_text(f".segment[data-segment='{segment}']")
                assert f"产能 {len(item.capacities)}" in text
        fit = page.js("(() => { const g = document.querySelector('.chain-grid');"
                      " return g.scrollWidth <= g.clientWidth; })()")
        assert fit
    finally:
        page.close()


# ----------------------------------------------------------------------------- hostile labels

HOSTILE_COMPANY = '=HYPERLINK("x")<img src=x onerror=alert(1)>'
HOSTILE_SEGMENT = "</script><script>alert(2)</script>"
HOSTILE_CAPACITY = "<b onmouseover=alert(3)>cap</b>"


def test_hostile_labels_show_as_text_in_every_new_view_and_csv_cells_are_not_formulas(browser, tmp_path):
    import yaml

    project = copy_project(tmp_path / "project")
    facts = next(project.facts.glob("*.yaml"))
    data = yaml.safe_load(facts.read_text(encoding="utf-8"))
    for entity in data["entities"]:
        if entity["id"] == "jiana-energy":
            entity["label"]["zh"] = HOSTILE_COMPANY
        if entity["id"] == "jiana-polyanion-capacity":
            entity["label"]["zh"] = HOSTILE_CAPACITY
    facts.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    chain = project.reference / "sodium-ion-battery-chain.yaml"
    data = yaml.safe_load(chain.read_text(encoding="utf-8"))
    next(e for e in data["entities"] if e["id"] == "cathode-materials-segment")["label"]["zh"] = HOSTILE_SEGMENT
    chain.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    path = tmp_path / EXPLORER_PAGE
    path.write_text(render_explorer(build_dataset(project)), encoding="utf-8")
    page = opened(browser, path)
    try:
        show(page, "chain")
        assert HOSTILE_SEGMENT in texts(page, ".segment-name")
        page.page.click(".segment[data-segment='cathode-materials-segment']")
        _, rows = table(page, ".segment-detail")
        assert HOSTILE_COMPANY in [row[1] for row in rows]
        exported = csv_download(page, ".segment-detail")
        assert "'" + HOSTILE_COMPANY in [row[1] for row in exported]  # a spreadsheet shows it, runs nothing
        show(page, "timeline")
        assert HOSTILE_CAPACITY in page.page.inner_text("#timeline")
        show(page, "capacities")
        assert HOSTILE_COMPANY not in page.page.inner_text("#capacities")  # the project holds it
        page.page.click("#capacities button.link[data-entity='jiana-polyanion-capacity']")
        assert page.page.inner_text("#panel h2") == HOSTILE_CAPACITY
        page.page.mouse.move(5, 5)
        assert page.js("document.querySelectorAll('img, b, #views script').length") == 0
        # data, vis-network and the page's own scripts, each in its own element: nothing injected
        assert page.js("document.scripts.length") == 2 + len(PAGE_SCRIPTS) and page.dialogs == []
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


def test_the_address_can_open_the_page_on_the_chain_view(browser, zigong, zigong_page):
    top = [c for c in analysis.coverage(to_networkx(zigong)) if c.parent is None]
    page = Opened(browser, zigong_page, "#chain")
    try:
        page.wait_for("window.chaingraphExplorer.view === 'chain'")
        assert page.js("document.querySelectorAll('#chain .segment').length") == len(top)
        page.page.click("#view-graph")
        assert len(page.drawn()) > 17 and page.errors == []
    finally:
        page.close()


def test_an_entity_in_the_address_opens_its_panel_as_the_report_links_to_it(browser, zigong, zigong_page):
    jiana = select(zigong, "SELECT ?s WHERE { ?s rdfs:label '自贡珈钠能源科技有限公司'@zh }")[0][0]
    assert slug(zigong, jiana) == "jiana-energy"  # the report's link: chaingraph.html#jiana-energy
    page = Opened(browser, zigong_page, "#jiana-energy", viewport=(1280, 720))
    try:
        assert page.hook("view") == "graph" and page.hook("selected") == slug(zigong, jiana)
        assert page.page.is_visible("#panel") and page.page.inner_text("#panel h2") == "自贡珈钠能源科技有限公司"
        assert slug(zigong, jiana) in page.hook("nodesInView()")  # focused: in the window
        # a later link (hashchange) opens another entity; #chain still opens the chain view
        page.page.evaluate("window.location.hash = '#chain'")
        page.wait_for("window.chaingraphExplorer.view === 'chain'")
        page.page.evaluate(f"window.location.hash = {json.dumps('#' + slug(zigong, jiana))}")
        page.wait_for("window.chaingraphExplorer.view === 'graph'")
        assert page.hook("selected") == slug(zigong, jiana)
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


def test_the_page_opens_on_the_chain_view(browser, zigong_page):
    page = Opened(browser, zigong_page, viewport=(1280, 720))
    try:
        assert page.hook("view") == "chain" and page.page.is_visible("#chain .segment")
        page.page.click("#view-graph")  # the graph, laid out while hidden, opens readable and in view
        page.wait_for("window.chaingraphExplorer.view === 'graph'")
        assert len(page.hook("nodesInView()")) > 10 and page.hook("scale") >= 0.5
        assert page.errors == [] and page.requests == []
    finally:
        page.close()
