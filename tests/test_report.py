"""The planners' report, the chain figure and the GraphML/GEXF exports, read back by independent
parsers (networkx readers, xml.etree, matplotlib's PNG decoder, html.parser), and the report as a
planner sees it: in Chromium on screen and printed to an A4 PDF (read back with PDFium)."""

from __future__ import annotations

import ctypes
import html
import io
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import networkx as nx
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from captures import capture
from matplotlib import image
from PIL import Image
from support import ROOT, SCREENSHOTS, ZIGONG, copy_project

from chaingraph.analysis import chain as analysis
from chaingraph.analysis.projection import to_networkx
from chaingraph.cli.main import main
from chaingraph.core.namespaces import CG
from chaingraph.core.outputnames import (
    CHAIN_PNG,
    CHAIN_SVG,
    DATASET_FILE,
    EXPLORER_PAGE,
    GEXF,
    GRAPHML,
    REPORT_HTML,
    REPORT_MARKDOWN,
)
from chaingraph.dataset.build import build_dataset
from chaingraph.facts.wording import status_words
from chaingraph.sources.ingest import ingest
from chaingraph.views.chainfigure import chain_figure
from chaingraph.views.explorer import explorer_data
from chaingraph.views.report import build_report

ID = "https://w3id.org/chaingraph/id/"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def G(zigong):
    return to_networkx(zigong)


@pytest.fixture(scope="module")
def report_md(built_outputs):
    return (built_outputs / REPORT_MARKDOWN).read_text(encoding="utf-8")


def test_capacity_statuses_read_as_the_ontology_labels_them(report_md, zigong):
    words = status_words(zigong.vocabulary)
    assert words["completed"] == {"zh": zigong.vocabulary.label(CG.Completed, "zh"), "en": "completed"}
    assert f"300,000 t ({words['planned-or-under-construction']['en']})" in report_md
    assert "100,000 t/yr (completed)" in report_md


# ---------------------------------------------------------------- GraphML and GEXF


def test_graphml_round_trips_with_labels_and_classes(built_outputs, zigong, G):
    back = nx.read_graphml(built_outputs / GRAPHML)
    assert back.number_of_nodes() == len(zigong.facts.entities) == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
    jiana = back.nodes[ID + "jiana-energy"]
    assert (jiana["label_zh"], jiana["label_en"], jiana["cls"]) == (
        "自贡珈钠能源科技有限公司", "Zigong Jiana Energy Technology Co., Ltd.", "Company")
    assert "珈钠能源" in jiana["aliases"]
    cap = back.nodes[ID + "jiana-polyanion-capacity"]
    assert (cap["value"], cap["unit"], cap["status"]) == (100000.0, "TNE", "completed")
    assert back.edges[ID + "jiana-cathode-project", ID + "bancang-industrial-park"]["predicate"] == "locatedIn"


def test_gexf_round_trips_with_labels_and_classes(built_outputs, zigong, G):
    back = nx.read_gexf(built_outputs / GEXF)
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
    node = back.nodes["zigong-high-tech-zone"]
    assert (node["label"], node["label_zh"], node["cls"]) == ("自贡高新区", "自贡高新区", "HighTechZone")
    assert back.edges["bancang-industrial-park", "zigong-high-tech-zone"]["predicate"] == "partOf"


def test_exports_have_unique_edge_ids_and_no_build_date(built_outputs):
    for name, ns in ((GRAPHML, "{http://graphml.graphdrawing.org/xmlns}"),
                     (GEXF, "{http://www.gexf.net/1.2draft}")):
        root = ET.parse(built_outputs / name).getroot()
        ids = [e.get("id") for e in root.iter(f"{ns}edge")]
        assert len(ids) == len(set(ids)) > 100, name
    meta = ET.parse(built_outputs / GEXF).getroot().find("{http://www.gexf.net/1.2draft}meta")
    assert meta.get("lastmodifieddate") == "2024-08-05"  # the source's date, not the day of the build


def test_graph_files_are_what_networkx_writes_of_the_same_graph(G):
    """The line-by-line writers give networkx's own GraphML and GEXF, byte for byte, on the Zigong
    graph and on values that need escaping, an empty node and numbers of every kind."""
    from networkx.readwrite.gexf import GEXFWriter

    from chaingraph.views.graphfiles import for_graph_tools, gexf_bytes, graphml_bytes

    odd = nx.MultiDiGraph()
    odd.add_node("a", id="a&b", label_zh='引号 "x" <y>', label_en="line\\nbreak\\ttab\\rreturn", value=float("inf"))
    odd.add_node("b", id="b", count=3, reference=True)
    odd.add_node("c")
    odd.add_edge("a", "b", key="partOf", predicate="partOf", weight=0.5)
    odd.add_edge("b", "a", key="x&y", predicate="x&y", reference=False)
    for graph in (for_graph_tools(G), for_graph_tools(odd)):
        buffer = io.BytesIO()
        nx.write_graphml_xml(graph, buffer, encoding="utf-8", prettyprint=True)
        assert graphml_bytes(graph) == buffer.getvalue()
        for date in ("2024-08-05", None):
            writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
            meta = writer.xml.find("meta")
            meta.find("creator").text = "chaingraph"
            if date:
                meta.set("lastmodifieddate", date)
            else:
                del meta.attrib["lastmodifieddate"]
            writer.add_graph(graph)
            buffer = io.BytesIO()
            writer.write(buffer)
            assert gexf_bytes(graph, date) == buffer.getvalue()


# ---------------------------------------------------------------- the figure


def test_png_figure_is_a_valid_image(built_outputs):
    data = (built_outputs / CHAIN_PNG).read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    pixels = image.imread(built_outputs / CHAIN_PNG)
    height, width = pixels.shape[:2]
    assert width > 1000 and height > 500
    assert len({tuple(p) for p in pixels[::40, ::40].reshape(-1, pixels.shape[2])}) > 3  # not blank


def test_svg_figure_is_valid_xml_with_its_labels_as_text(built_outputs, G):
    root = ET.parse(built_outputs / CHAIN_SVG).getroot()
    assert root.tag == SVG + "svg"
    texts = [t.text for t in root.iter(SVG + "text")]
    joined = "".join(texts)  # a label wrapped over lines is in consecutive text elements
    for item in analysis.coverage(G):
        assert G.nodes[item.segment]["label_zh"] in joined
    assert "电芯" in texts and "有本地主体 covered locally" in texts
    assert all("'Noto Sans CJK SC'" in t.get("style") for t in root.iter(SVG + "text"))


def test_report_and_figure_are_byte_identical_across_runs(zigong, built_outputs):
    again = build_report(zigong)
    assert again.svg == (built_outputs / CHAIN_SVG).read_bytes()
    assert again.png == (built_outputs / CHAIN_PNG).read_bytes()
    assert again.markdown == (built_outputs / REPORT_MARKDOWN).read_text(encoding="utf-8")
    assert again.html == (built_outputs / REPORT_HTML).read_text(encoding="utf-8")


# ---------------------------------------------------------------- the report


def test_a_figure_drawn_from_the_same_layout_is_kept_and_any_other_is_drawn_again(zigong, built_outputs, tmp_path):
    """An incremental build keeps the last build's figure files only when they were drawn from
    the same layout; a figure of another layout, or a PNG put in its place, is drawn again."""
    fresh = build_report(zigong)
    before = (tmp_path / CHAIN_SVG, tmp_path / CHAIN_PNG)
    before[0].write_bytes(fresh.svg + b"<!-- the last build's -->")
    before[1].write_bytes(fresh.png + b"the last build's")
    kept = build_report(zigong, figure_before=before)
    assert (kept.svg, kept.png) == (before[0].read_bytes(), before[1].read_bytes())  # not drawn again

    other = chain_figure(to_networkx(zigong), analysis.coverage(to_networkx(zigong)),
                         status_words(zigong.vocabulary), "另一张图 another figure")
    for svg, png in ((other[0], other[1]), (fresh.svg, other[1])):
        before[0].write_bytes(svg)
        before[1].write_bytes(png)
        again = build_report(zigong, figure_before=before)
        assert (again.svg, again.png) == (fresh.svg, fresh.png)
    assert fresh.svg == (built_outputs / CHAIN_SVG).read_bytes()


def test_report_mentions_every_gap(G, report_md, built_outputs):
    page = (built_outputs / REPORT_HTML).read_text(encoding="utf-8")
    gap_section = report_md.split("## 缺口")[1].split("\n## ")[0]
    found = analysis.gaps(G)
    assert len(found) == 14
    for gap in found:
        data = G.nodes[gap.segment]
        assert data["label_zh"] in gap_section and f"(<chaingraph.html#{data['id']}>)" in gap_section
        assert html.escape(data["label_en"]) in page


def test_report_gives_the_coverage_figures(report_md):
    coverage = report_md.split("## 环节覆盖")[1].split("\n## ")[0]
    cathode = next(line for line in coverage.splitlines() if "cathode-materials-segment>) — " in line)
    assert "100,000 t/yr (completed)" in cathode and "300,000 t (under construction or planned)" in cathode
    cells = next(line for line in coverage.splitlines() if "#cell-segment>) — " in line)
    assert "5 GWh (under construction or planned)" in cells
    assert "5,000,000 pcs" in coverage


def test_every_report_line_quotes_the_article_or_gives_a_basis(report_md, built_outputs, zigong):
    body = report_md.split("## 来源")[0].split("## 环节覆盖")[1]
    items = [line for line in body.splitlines() if re.match(r"^(- |\d+\. )", line)]
    assert len(items) > 50
    for line in items:
        assert re.search(r"（\\\[1\\\] s\d+）", line) or "依据 basis" in line, line
    # each quote (read from the HTML) occurs in the article, in the sentence it names, and its
    # source number links to the source's line in the list of sources
    text = zigong.sources[ZIGONG].normalized
    page = (built_outputs / REPORT_HTML).read_text(encoding="utf-8")
    quotes = re.findall(r'<q>(.*?)</q><span class="cite">（<a href="#([^"]*)">\[1\]</a> (s\d+)）</span>', page)
    assert len(quotes) > 50
    assert {anchor for _, anchor, _ in quotes} == {f"source-{ZIGONG}"}
    assert f'<li id="source-{ZIGONG}">[1] 《看自贡高新区' in page
    for quote, _, sentence_id in quotes:
        quote = html.unescape(quote)
        sentence = next(s for s in text.sentences if s.id == sentence_id)
        start = text.text.find(quote, sentence.start)
        assert sentence.start <= start < sentence.end, quote


def test_report_names_partners_policies_and_sources(report_md):
    partners = report_md.split("## 合作伙伴")[1].split("\n## ")[0]
    assert "成都高新区" in partners and "重庆綦江高新区" in partners and "飞地园区" in partners
    policies = report_md.split("## 政策")[1].split("\n## ")[0]
    assert "集成授权改革" in policies and "珈钠能源年产10万吨聚阴离子正极材料一期项目" in policies
    sources = report_md.split("## 来源")[1]
    assert "看自贡高新区如何深耕集成授权改革" in sources and "sodium-ion-battery-chain" in sources


class PageLinks(HTMLParser):
    """The report page's tags checked for nesting, its links, sources and ids, and its prose."""

    def __init__(self, page: str):
        super().__init__()
        self.stack, self.links, self.sources, self.ids, self.prose = [], [], [], set(), []
        self.classes: list[str | None] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.sources += [attrs["src"]] if "src" in attrs else []
        self.links += [attrs["href"]] if "href" in attrs else []
        self.ids |= {attrs["id"]} if "id" in attrs else set()
        if tag not in ("meta",):
            self.stack.append(tag)
            self.classes.append(attrs.get("class"))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.stack.pop()
        self.classes.pop()

    def handle_endtag(self, tag):
        assert self.stack.pop() == tag
        self.classes.pop()

    def handle_data(self, data):
        # the report's own words: not its styles, figure, quotes or the reference files' basis notes
        if not {"style", "svg", "q"} & set(self.stack) and "basis" not in self.classes:
            self.prose.append(data)


def test_html_report_is_self_contained_and_well_formed(built_outputs):
    page = (built_outputs / REPORT_HTML).read_text(encoding="utf-8")
    checker = PageLinks(page)
    assert checker.stack == []
    assert checker.sources == []  # nothing to fetch: the figure is inline SVG
    assert page.count("<svg") == 1 and "<text" in page
    assert not [link for link in checker.links if "//" in link]  # the Zigong capture has no address


def test_every_link_works_offline(built_outputs, zigong):
    """No link needs the network: entities open in the explorer page beside the report (by an id the
    page holds), quotes point at the source's line, and the capture link reaches the capture."""
    checker = PageLinks((built_outputs / REPORT_HTML).read_text(encoding="utf-8"))
    markdown = (built_outputs / REPORT_MARKDOWN).read_text(encoding="utf-8")
    assert "w3id.org" not in " ".join(checker.links) and "w3id.org" not in markdown
    entity_ids = set(explorer_data(zigong)["nodes"]["ids"])
    explorer = [link.split("#", 1)[1] for link in checker.links if link.startswith(f"{EXPLORER_PAGE}#")]
    assert len(explorer) > 100 and "jiana-energy" in explorer
    assert set(explorer) <= entity_ids
    inside = [link[1:] for link in checker.links if link.startswith("#")]
    assert inside and set(inside) <= checker.ids
    files = [link for link in checker.links if not link.startswith("#") and "#" not in link]
    assert sorted(set(files)) == sorted({CHAIN_PNG, CHAIN_SVG, f"../data/sources/{ZIGONG}.txt"})
    assert (ROOT / "outputs" / f"../data/sources/{ZIGONG}.txt").resolve().is_file()


def test_the_prose_uses_planners_words(built_outputs, zigong):
    """No ontology names (researchField, HighTechZone) and no raw centrality scores."""
    checker = PageLinks((built_outputs / REPORT_HTML).read_text(encoding="utf-8"))
    prose = " ".join(checker.prose)
    markdown = (built_outputs / REPORT_MARKDOWN).read_text(encoding="utf-8")
    markdown = re.sub(r"\]\(<[^>]*>\)", "]", markdown)  # link targets are addresses, not prose
    markdown = re.sub(r"“[^”]*”|〔[^〕]*〕", "", markdown)  # nor are quotes and basis notes
    vocabulary = zigong.vocabulary
    camel = [name for name in [*vocabulary.properties, *vocabulary.classes] if re.search(r"[a-z][A-Z]", name)]
    assert "researchField" in camel and "supportsIndustry" in camel and "HighTechZone" in camel
    for text in (prose, markdown):
        for name in camel:
            assert not re.search(rf"\b{name}\b", text), name
        assert "betweenness" not in text.lower() and "centrality" not in text.lower()
        assert not re.search(r"\b0\.\d{3,}", text)
    assert "研究领域 research field" in prose and "龙头产业 lead industry" in prose
    assert "第 1 位枢纽" in prose and "1st hub" in prose and "（高新区 high-tech zone）" in prose


def test_html_escapes_text_from_the_data(project_copy):
    facts = project_copy.root / "data" / "facts" / f"{ZIGONG}.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("label: {zh: 板仓工业园区,", 'label: {zh: "板仓<script>x()</script>园区",'),
                     encoding="utf-8")
    page = build_report(build_dataset(project_copy)).html
    assert "<script>" not in page and "&lt;script&gt;x()&lt;/script&gt;" in page


REPORT_FILES = [CHAIN_PNG, CHAIN_SVG, REPORT_HTML, REPORT_MARKDOWN]


def test_report_command_rewrites_the_report_from_the_built_dataset(built_outputs, tmp_path):
    # The command reads outputs/chaingraph.nq, so its report is the one the build wrote.
    shutil.copy(built_outputs / DATASET_FILE, tmp_path / DATASET_FILE)
    assert main(["--root", str(ROOT), "report", "--outputs", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == sorted(
        [DATASET_FILE, *REPORT_FILES])
    for name in REPORT_FILES:
        assert (tmp_path / name).read_bytes() == (built_outputs / name).read_bytes(), name
    assert main(["--root", str(ROOT), "report", "--outputs", str(tmp_path), "--zone", "nowhere"]) == 2


def test_report_command_without_a_build_says_to_build_first(tmp_path, capsys):
    assert main(["--root", str(ROOT), "report", "--outputs", str(tmp_path)]) == 1
    assert "run `chaingraph build` first" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


# ---------------------------------------------------------------- in Chromium, on screen and on paper

A4_TEXT_WIDTH_PX = 180 / 25.4 * 96  # A4 less the report's 15 mm margins, in CSS pixels
MISSING = ("\u0378\u0379", "\u0380\u0381")  # unassigned code points: no font has them


def is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def open_report(browser, built_outputs):
    """The report opened from file:// at 1280×720 with every request beyond the file refused."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    refused: list[str] = []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.goto((built_outputs / REPORT_HTML).as_uri())
    return context, page, refused


@pytest.fixture(scope="module")
def report_page(browser, built_outputs):
    context, page, refused = open_report(browser, built_outputs)
    yield page, refused
    context.close()


@pytest.fixture(scope="module")
def printed(browser, built_outputs):
    """The report printed to an A4 PDF by Chromium (a page of its own), read with PDFium."""
    context, page, refused = open_report(browser, built_outputs)
    document = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    context.close()
    assert refused == []
    return pdfium.PdfDocument(document)


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("L"))


def test_on_screen_the_figure_draws_chinese_glyphs_not_empty_boxes(report_page):
    """Two labels of the figure drawn by Chromium differ from each other and from the box Chromium
    draws for a character no font has (the same box for any such character)."""
    page, refused = report_page

    def draw(label: str, text: str | None = None) -> np.ndarray:
        box = page.evaluate("""([label, text]) => {
            const el = [...document.querySelectorAll('figure.chain svg text')]
                .find(t => t.dataset.probe === label || (!t.dataset.probe && t.textContent === label));
            el.dataset.probe = label;
            el.textContent = text === null ? label : text;
            el.scrollIntoView({block: 'center'});
            const r = el.getBoundingClientRect();
            return {x: r.x, y: r.y, width: r.width, height: r.height};
        }""", [label, text])
        return pixels(page.screenshot(clip=box))

    cells, separators = draw("电芯"), draw("隔膜")
    tofu, other_tofu = draw("电芯", MISSING[0]), draw("电芯", MISSING[1])
    draw("电芯")  # put the label back
    assert cells.shape == separators.shape == tofu.shape == other_tofu.shape  # two full-width characters each

    def share_differing(a, b) -> float:  # the share of pixels that differ clearly
        return (np.abs(a.astype(int) - b) > 32).mean()

    assert share_differing(tofu, other_tofu) < 0.01, "two missing characters draw the same box"
    assert (cells < 128).sum() > 50 and (separators < 128).sum() > 50
    assert share_differing(cells, separators) > 0.15
    assert share_differing(cells, tofu) > 0.15 and share_differing(separators, tofu) > 0.15
    assert refused == []


def test_on_screen_the_figure_is_readable(report_page):
    page, _ = report_page
    smallest = page.evaluate("""() => {
        const svg = document.querySelector('figure.chain svg');
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')].filter(t => /[\\u3400-\\u9fff]/.test(t.textContent))
            .map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
    }""")
    assert smallest >= 12  # CSS pixels at 1280 wide: the figure grows with the page, never shrinks
    page.evaluate("() => window.scrollTo(0, 0)")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "report-screen.png"))


def test_the_figures_chinese_prints_at_9_points_or_more(report_page):
    """Computed from the SVG: its viewBox, its font sizes and its width when laid out for print on A4."""
    page, _ = report_page
    page.emulate_media(media="print")
    page.set_viewport_size({"width": round(A4_TEXT_WIDTH_PX), "height": 1000})
    try:
        figure = page.evaluate("""() => {
            const svg = document.querySelector('figure.chain svg');
            const sizes = [...svg.querySelectorAll('text')].filter(t => /[\\u3400-\\u9fff]/.test(t.textContent))
                .map(t => parseFloat(getComputedStyle(t).fontSize));
            return {viewBox: svg.viewBox.baseVal.width, width: svg.getBoundingClientRect().width, sizes: sizes};
        }""")
    finally:
        page.emulate_media(media="no-override")
        page.set_viewport_size({"width": 1280, "height": 720})
    assert len(figure["sizes"]) > 40
    assert figure["width"] <= A4_TEXT_WIDTH_PX + 0.5  # the figure fits the page's width
    points_per_unit = figure["width"] * 0.75 / figure["viewBox"]  # CSS px to pt
    assert min(figure["sizes"]) * points_per_unit >= 9


def printed_chars(document):
    """(page number, character, printed size in points, box) of every character of the PDF."""
    for number in range(len(document)):
        text = document[number].get_textpage()
        for index in range(text.count_chars()):
            char = chr(pdfium_c.FPDFText_GetUnicode(text, index))
            matrix = pdfium_c.FS_MATRIX()
            pdfium_c.FPDFText_GetMatrix(text, index, ctypes.byref(matrix))
            size = pdfium_c.FPDFText_GetFontSize(text, index) * abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
            yield number, char, size, text.get_charbox(index)


def test_printed_on_a4_every_chinese_character_is_a_glyph_of_9_points_or_more(printed):
    width, height = printed[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    chars = [c for c in printed_chars(printed) if is_cjk(c[1])]
    assert len(chars) > 2000
    assert min(size for _, _, size, _ in chars) >= 8.95
    text = "".join(c for _, c, _, _ in chars)
    assert "钠盐原料" in text and "电芯" in text and "隔膜" in text  # the figure's labels, as text
    # Drawn glyphs, not boxes: distinct characters rendered on the figure's page look different
    # (a font without them would draw the same empty box for each).
    figure_page = next(n for n, c, _, _ in chars if c == "隔")
    scale = 4
    image = np.asarray(printed[figure_page].render(scale=scale).to_pil().convert("L"))
    crops = {}
    for number, char, _, (left, bottom, right, top) in chars:
        if number == figure_page and char not in crops:  # the glyph's inked box, PDF y running up
            rows = slice(round(image.shape[0] - top * scale), round(image.shape[0] - bottom * scale))
            crops[char] = image[rows, round(left * scale):round(right * scale)]
    assert len(crops) > 40
    distinct = {(crop.shape, crop.tobytes()) for crop in crops.values() if (crop < 128).sum() > 30}
    assert len(distinct) > 0.9 * len(crops)
    SCREENSHOTS.mkdir(exist_ok=True)
    for number, name in ((0, "report-print-page1.png"), (figure_page, "report-print-figure.png")):
        printed[number].render(scale=1.25).to_pil().save(SCREENSHOTS / name)


def test_printed_headings_stay_with_their_content(printed):
    titles = {"产业链图 · Chain figure", "环节覆盖 · Coverage by segment", "缺口（补链）· Gaps to fill", "枢纽 · Hubs",
              "来源 · Sources", "数字分歧 · Conflicting figures", "概要 · Summary"}
    lines_seen = []
    for number in range(len(printed)):
        lines = [line.strip() for line in printed[number].get_textpage().get_text_range().splitlines() if line.strip()]
        lines_seen += lines
        assert lines and lines[-1] not in titles, f"page {number + 1} ends with the heading {lines[-1]}"
    assert titles <= set(lines_seen)


# ---------------------------------------------------------------- two sources

SECOND = "zigong-separator-2025-03"
# A later report, written for this test: a separator maker opens in the zone (a segment the first
# source leaves as a gap), and the zone's cell capacity is given as 8 GWh reached, where the first
# said 5 GWh under construction or planned.
SECOND_LINES = [
    "自贡高新区钠电隔膜项目投产",
    "2025年3月18日，自贡晟膜新材料有限公司钠电隔膜生产线在自贡高新区正式投产。",
    "该公司主要生产钠离子电池隔膜，产品将供应高新区内电芯企业。",
    "据介绍，高新区钠离子电池电芯产能达到8GWh。",
]
SECOND_FACTS = f"""\
source: {SECOND}
entities:
  - id: zigong-high-tech-zone
    class: HighTechZone
    quote: 在自贡高新区正式投产
    facts:
      - hasCapacity: zone-sodium-ion-cell-capacity
        quote: 高新区钠离子电池电芯产能达到8GWh
  - id: shengmo-new-materials
    class: Company
    label: {{zh: 自贡晟膜新材料有限公司, en: "Zigong Shengmo New Materials Co., Ltd."}}
    quote: 自贡晟膜新材料有限公司
    facts:
      - locatedIn: zigong-high-tech-zone
        quote: 在自贡高新区正式投产
      - produces: sodium-ion-separator
        quote: 该公司主要生产钠离子电池隔膜
  - id: sodium-ion-separator
    class: Product
    label: {{zh: 钠离子电池隔膜, en: sodium-ion battery separator}}
    quote: 主要生产钠离子电池隔膜
    facts:
      - inSegment: separator-segment
        quote: 钠离子电池隔膜
  - id: zone-sodium-ion-cell-capacity
    class: Capacity
    quote: 钠离子电池电芯产能达到8GWh
    facts:
      - value: 8
        quote: 产能达到8GWh
      - unitCode: GWH
        quote: 产能达到8GWh
      - status: completed
        quote: 钠离子电池电芯产能达到8GWh
      - date: 2025-03-18
        quote: 2025年3月18日
"""


@pytest.fixture(scope="module")
def two_source_report(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("two-sources"))
    ingest(project, capture("simplified", SECOND_LINES), SECOND, publisher="自贡日报=Zigong Daily", date="2025-03-18")
    (project.facts / f"{SECOND}.yaml").write_text(SECOND_FACTS, encoding="utf-8")
    result = build_dataset(project)
    return project, result, build_report(result)


def section(markdown: str, title: str) -> str:
    return markdown.split(f"## {title}", 1)[1].split("\n## ", 1)[0]


def test_a_second_source_is_listed_and_its_disagreement_shown(two_source_report):
    project, _, report = two_source_report
    sources = section(report.markdown, "来源 · Sources")
    first, second = [line for line in sources.splitlines() if line.startswith("- \\[")]
    assert first.startswith("- \\[1\\] 《看自贡高新区如何深耕集成授权改革") and "自贡网 (Zigong Net)" in first
    assert "访问 visited 2024-08-05" in first and f"(<../data/sources/{ZIGONG}.txt>)" in first
    assert second.startswith("- \\[2\\] 《自贡高新区钠电隔膜项目投产》") and "自贡日报 (Zigong Daily)" in second
    assert "发布 published 2025-03-18" in second and f"[原件 capture](<../data/sources/{SECOND}.txt>)" in second
    assert (project.output_dir / f"../data/sources/{SECOND}.txt").resolve().is_file()  # the link reaches it
    # the two cell capacities: both figures, each with its source, date and quote
    disagreements = section(report.markdown, "数字分歧 · Conflicting figures")
    status, line = [line for line in disagreements.splitlines() if line.startswith("- ")]  # by property
    assert "#zone-sodium-ion-cell-capacity>" in line
    assert "数值 value: 5 (zigong-gaoxinqu-2024-08, 2024-08-05" in line and f"8 ({SECOND}, 2025-03-18" in line
    assert "“产能达到8GWh”（\\[2\\]）" in line
    assert ("状态 status: 在建或规划 under construction or planned (zigong-gaoxinqu-2024-08" in status
            and f"vs 已建成 completed ({SECOND}" in status)
    # the capacity's line under coverage says the sources disagree on it
    coverage = section(report.markdown, "环节覆盖 · Coverage by segment")
    capacity = next(line for line in coverage.splitlines() if "#zone-sodium-ion-cell-capacity>" in line)
    assert "sources disagree on it" in capacity
    # quotes from the second source point at its line in the page
    page = PageLinks(report.html)
    assert f"source-{SECOND}" in page.ids and f"#source-{SECOND}" in page.links


def test_coverage_and_gaps_combine_every_source(two_source_report, G):
    _, result, report = two_source_report
    both = to_networkx(result)
    separators = next(c for c in analysis.coverage(both) if both.nodes[c.segment]["id"] == "separator-segment")
    assert separators.covered  # by the second source's company alone
    assert not next(c for c in analysis.coverage(G) if G.nodes[c.segment]["id"] == "separator-segment").covered
    assert len(analysis.gaps(both)) == len(analysis.gaps(G)) - 1 == 13
    summary = section(report.markdown, "概要 · Summary")
    assert "本地覆盖 4 个、缺口 13 个" in summary and "全部 2 个来源" in summary
    coverage = section(report.markdown, "环节覆盖 · Coverage by segment")
    line = next(line for line in coverage.splitlines() if "#separator-segment>) — " in line)
    assert "已覆盖 covered" in line
    assert "自贡晟膜新材料有限公司" in coverage and "“该公司主要生产钠离子电池隔膜”（\\[2\\] s003）" in coverage
    gaps = section(report.markdown, "缺口（补链）· Gaps to fill")
    assert "#separator-segment>" not in gaps
