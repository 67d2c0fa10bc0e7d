"""The explorer's graph view as a planner reads it, in Chromium at 1280×720 and 1500×900: labels
that never overlap in the first view (Chinese and English, measured from the label boxes the
browser draws), a toolbar and legend that fit, a refit after every filter, a fit button, no zoom
creep, edge labels only where they read, and search that ranks exact names first and never shows
pinyin. Expected entities come from the RDF through SPARQL, never from the page's own data.
"""

from __future__ import annotations

import pytest
from pypinyin import lazy_pinyin
from support import ENTITIES, SCREENSHOTS, Opened, select, slug

from chaingraph.core.outputnames import EXPLORER_PAGE
from chaingraph.views.explorer import render_explorer
from chaingraph.views.explorer.pinyin import spelling_table

VIEWPORTS = [(1280, 720), (1500, 900)]
MIN_LABEL_PX = 12


@pytest.fixture(scope="module")
def zigong_page(tmp_path_factory, zigong):
    path = tmp_path_factory.mktemp("view") / EXPLORER_PAGE
    path.write_text(render_explorer(zigong), encoding="utf-8")
    return path


def open_page(browser, path, size, language="zh") -> Opened:
    page = Opened(browser, path, "#graph", viewport=size)  # the page opens on the chain view otherwise
    if language == "en":
        page.page.click("#lang-switch")
    settle(page)
    return page


def settle(page: Opened) -> None:
    page.js("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    page.wait_for("window.chaingraphExplorer.labelsSettled")


def overlaps(boxes: list[dict]) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["left"] < b["right"] - 1 and b["left"] < a["right"] - 1 and a["top"] < b["bottom"] - 1 \
                    and b["top"] < a["bottom"] - 1:
                found.append((a["id"], b["id"]))
    return found


def wheel_zoom(page: Opened, steps: int, direction: int) -> None:
    box = page.page.locator("#graph").bounding_box()
    page.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(steps):
        page.page.mouse.wheel(0, -120 * direction)
    settle(page)


# ----------------------------------------------------------------------------- the first view

@pytest.mark.parametrize("size", VIEWPORTS)
@pytest.mark.parametrize("language", ["zh", "en"])
def test_first_view_labels_do_not_overlap_and_read(browser, zigong_page, zigong, size, language):
    page = open_page(browser, zigong_page, size, language)
    try:
        boxes = page.hook("labelBoxes()")
        in_view = page.hook("nodesInView()")
        assert overlaps(boxes) == []
        assert len(in_view) >= 20, "the first view shows a neighbourhood, not one node"
        labelled = {b["id"] for b in boxes}
        assert len(labelled & set(in_view)) >= 0.85 * len(in_view), (len(labelled), len(in_view))
        assert page.hook("scale") * 21 >= MIN_LABEL_PX  # node labels at 12 px or more on screen
        zone = select(zigong, "SELECT ?z WHERE { ?z a cg:HighTechZone ; rdfs:label '自贡高新区'@zh }")[0][0]
        assert slug(zigong, zone) in labelled
        assert page.errors == [] and page.requests == []
        if size == (1280, 720):
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.page.screenshot(path=str(SCREENSHOTS / f"explorer-graph-{language}.png"))
    finally:
        page.close()


@pytest.mark.parametrize("size", VIEWPORTS)
@pytest.mark.parametrize("language", ["zh", "en"])
def test_toolbar_and_legend_fit_the_window(browser, zigong_page, size, language):
    page = open_page(browser, zigong_page, size, language)
    try:
        toolbar = page.page.locator("#toolbar").bounding_box()
        assert toolbar["height"] < 56, "the toolbar is one row"
        for selector in ("#view-graph", "#view-chain", "#fit", "#search", "#segment-filter", "#neighbourhood",
                         "#lang-switch", "#classes-all", "#classes-none"):
            box = page.page.locator(selector).bounding_box()
            assert box is not None and page.page.is_visible(selector), selector
            assert box["x"] >= 0 and box["x"] + box["width"] <= size[0], selector
            assert box["y"] >= 0 and box["y"] + box["height"] <= size[1], selector
        title = page.page.locator("#page-title").bounding_box()
        assert title["y"] + title["height"] <= toolbar["y"] + toolbar["height"]
    finally:
        page.close()


# ----------------------------------------------------------------------------- filters and the camera

def assert_fitted(page: Opened, expected: set[str], size) -> None:
    """Every node the filters keep is in the window, and none is blown up to fill it."""
    in_view = set(page.hook("nodesInView()"))
    assert in_view == expected
    assert page.hook("scale") <= 1.5
    for box in page.hook("labelBoxes()"):
        assert box["right"] - box["left"] < size[0] / 3


@pytest.mark.parametrize("size", VIEWPORTS)
def test_every_filter_refits_the_view(browser, zigong_page, zigong, size):
    page = open_page(browser, zigong_page, size)
    try:
        cell = select(zigong, "SELECT ?s WHERE { ?s a cg:ChainSegment ; rdfs:label '电芯'@zh }")[0][0]
        page.page.select_option("#segment-filter", slug(zigong, cell))
        settle(page)
        kept = page.drawn()
        assert 2 <= len(kept) < 30
        assert_fitted(page, kept, size)
        page.page.select_option("#segment-filter", "")
        settle(page)

        page.page.click("#classes-none")
        assert page.drawn() == set()
        persons = {slug(zigong, r[0]) for r in select(zigong, "SELECT ?p WHERE { ?p a cg:Person }")}
        page.page.check("#class-filter input[data-cls='Person']")
        settle(page)
        assert page.drawn() == persons
        assert_fitted(page, persons, size)
        page.page.click("#classes-all")
        settle(page)
        assert_fitted(page, page.drawn(), size)
        assert page.errors == []
    finally:
        page.close()


def test_fit_button_brings_everything_back(browser, zigong_page):
    page = open_page(browser, zigong_page, VIEWPORTS[0])
    try:
        wheel_zoom(page, 12, +1)
        page.page.mouse.move(700, 400)
        page.page.mouse.down()
        page.page.mouse.move(200, 150, steps=5)
        page.page.mouse.up()
        assert len(page.hook("nodesInView()")) < len(page.drawn())
        page.page.click("#fit")
        settle(page)
        assert set(page.hook("nodesInView()")) == page.drawn()
    finally:
        page.close()


def test_moving_between_entities_and_closing_the_panel_does_not_zoom(browser, zigong_page, zigong):
    page = open_page(browser, zigong_page, VIEWPORTS[0])
    try:
        canvas = page.page.locator("#graph canvas").bounding_box()
        page.page.fill("#search", "珈钠")
        page.page.keyboard.press("Enter")
        scales = []
        for _ in range(3):
            targets = page.page.locator("#panel button.link")
            targets.first.click()
            scales.append(page.hook("scale"))
            page.page.click("#panel-close")
            settle(page)
            assert page.hook("scale") == scales[-1], "closing the panel zooms"
            page.page.fill("#search", "珈钠")
            page.page.keyboard.press("Enter")
        assert len(set(scales)) == 1, scales
        assert page.page.locator("#graph canvas").bounding_box() == canvas, "the panel resizes the graph"
    finally:
        page.close()


def test_edge_labels_show_when_zoomed_in_or_for_the_selection(browser, zigong_page, zigong):
    page = open_page(browser, zigong_page, VIEWPORTS[0])
    try:
        assert page.hook("scale") * 14 < MIN_LABEL_PX
        assert page.hook("edgeLabels()") == []  # too small to read: not drawn
        jiana = slug(zigong, select(zigong, "SELECT ?c WHERE { ?c a cg:Company }")[0][0])
        page.click_node(jiana)
        labelled = page.hook("edgeLabels()")
        iri = zigong.project.base + jiana
        linked = {slug(zigong, r[0]) for r in select(zigong, f"""
            SELECT ?x WHERE {{ {{ <{iri}> ?p ?x }} UNION {{ ?x ?p <{iri}> }}
                              UNION {{ ?position cg:holder ?x ; cg:positionIn <{iri}> }}
                              UNION {{ ?position cg:holder <{iri}> ; cg:positionIn ?x }}
                              ?x a ?c FILTER(STRSTARTS(STR(?c), STR(cg:))) }}""")}
        assert labelled and all(jiana in (a, b) for a, b, _ in labelled)
        assert {b if a == jiana else a for a, b, _ in labelled} <= linked
        page.page.click("#panel-close")
        settle(page)
        wheel_zoom(page, 8, +1)
        assert page.hook("scale") * 14 >= MIN_LABEL_PX
        assert len(page.hook("edgeLabels()")) == page.hook("drawnEdgeCount()")
    finally:
        page.close()


# ----------------------------------------------------------------------------- search

RANK = "([q, entries]) => window.chaingraphSearch.rank(q, entries, 15).map(r => [r.id, r.shown])"


def test_ranking_puts_exact_names_before_prefixes_before_substrings(browser, zigong_page):
    page = open_page(browser, zigong_page, VIEWPORTS[0])
    try:
        entries = [{"id": "mode", "names": ["合作共建"], "pinyin": ["hezuogongjian", "hzgj"]},
                   {"id": "deal", "names": ["区域合作协议"], "pinyin": ["quyuhezuoxieyi", "qyhzxy"]},
                   {"id": "coop", "names": ["自贡成都协作", "合作"], "pinyin": ["hezuo", "hz"]}]
        ranked = page.page.evaluate(RANK, ["合作", entries])
        assert ranked == [["coop", "合作"], ["mode", "合作共建"], ["deal", "区域合作协议"]]
        for typed in ("hezuo", "he zuo", "hé zuò", "he2 zuo4", "HeZuo"):
            assert page.page.evaluate(RANK, [typed, entries])[0] == ["coop", None], typed
    finally:
        page.close()


def test_enter_opens_the_entity_named_exactly_what_was_typed(browser, zigong_page, zigong):
    """For every label that is also part of a longer label, typing it and pressing Enter opens an
    entity named exactly that (a label or an alias), not the longer one."""
    entities = {r[0] for r in select(zigong, ENTITIES)}
    names = [[name] for name, owner in select(zigong, """
        SELECT DISTINCT ?name ?a WHERE { ?a rdfs:label|skos:altLabel ?name . ?b rdfs:label ?longer .
          FILTER(LANG(?name) = 'zh' && LANG(?longer) = 'zh' && ?a != ?b
                 && CONTAINS(STR(?longer), STR(?name)) && STR(?longer) != STR(?name)) } ORDER BY ?name""")
             if owner in entities]
    assert names
    page = open_page(browser, zigong_page, VIEWPORTS[0])
    try:
        for (name,) in names[:12]:
            page.page.fill("#search", name)
            page.page.keyboard.press("Enter")
            chosen = page.hook("selected")
            owned = {r[0] for r in select(zigong, f"""
                SELECT ?n WHERE {{ <{zigong.project.base}{chosen}> rdfs:label|skos:altLabel ?n }}""")}
            assert name in owned, (name, chosen)
    finally:
        page.close()


def test_pinyin_finds_but_is_never_shown(browser, zigong_page, zigong):
    company, label = select(zigong, """
        SELECT ?c ?l WHERE { ?c a cg:Company ; rdfs:label ?l FILTER(LANG(?l) = 'zh' && CONTAINS(?l, '珈钠')) }""")[0]
    syllables = [s for s in lazy_pinyin(label) if s.strip()]
    keys = {"".join(syllables), "".join(s[0] for s in syllables)}
    page = open_page(browser, zigong_page, VIEWPORTS[0])
    try:
        # the brand alone (joined), the name from the brand on (spaced), and the initials
        for typed in ("".join(syllables[2:4]), " ".join(syllables[2:6]), "".join(s[0] for s in syllables)):
            page.page.fill("#search", typed)
            results = page.page.locator("#search-results li")
            assert results.first.get_attribute("data-entity") == slug(zigong, company), typed
            for text in results.all_inner_texts():
                shown = text.lower().replace(" ", "")
                assert not [key for key in keys if key in shown], text
    finally:
        page.close()


def test_search_ranking_is_a_pure_function_of_its_arguments(browser, zigong_page):
    page = open_page(browser, zigong_page, VIEWPORTS[0])
    try:
        entries = [{"id": "b", "names": ["电芯"], "pinyin": []}, {"id": "a", "names": ["电芯"], "pinyin": []}]
        first = page.page.evaluate(RANK, ["电芯", entries])
        assert first == page.page.evaluate(RANK, ["电芯", list(reversed(entries))]) == [["a", "电芯"], ["b", "电芯"]]
    finally:
        page.close()


def pinyin_of(name: str) -> list[str]:
    """Joined pinyin and initials as pypinyin reads the whole name (by its phrases)."""
    syllables = [s.lower().replace(" ", "") for s in lazy_pinyin(name) if s.strip()]
    return sorted({"".join(syllables), "".join(s[0] for s in syllables)})


def test_each_character_reads_as_pypinyin_reads_it_alone():
    """The page's table of readings is read from pypinyin's dictionary, not through its segmenter:
    for every character the dictionary holds (and a few it does not), the reading lazy_pinyin
    gives the character alone, or none."""
    from pypinyin.constants import PINYIN_DICT

    from chaingraph.views.explorer.pinyin import _reading

    characters = [chr(code) for code in sorted(PINYIN_DICT)] + ["A", "7", "（", " ", "\U0001f600"]
    assert len(characters) > 40_000
    for c in characters:
        alone = lazy_pinyin(c)
        expected = alone[0].lower() if len(alone) == 1 and alone[0] != c else None
        assert _reading(c) == expected, c


SPELL = "([name, table]) => window.chaingraphSearch.spell(name, table).slice().sort()"
TABLE = "() => JSON.parse(document.getElementById('chaingraph-data').textContent).pinyin"


def test_the_page_spells_every_chinese_name_as_pypinyin_reads_it(browser, zigong_page, zigong):
    """The page spells names from one reading per character; names that pypinyin reads by a phrase
    (重庆 chongqing, 长沙 changsha) and names mixing Latin letters and digits read as pypinyin reads them."""
    entities = {r[0] for r in select(zigong, ENTITIES)}
    names = sorted({name for owner, name in select(zigong, """
        SELECT DISTINCT ?s ?name WHERE { ?s rdfs:label|skos:altLabel ?name FILTER(LANG(?name) = 'zh') }""")
                    if owner in entities})
    assert len(names) > 50
    page = open_page(browser, zigong_page, VIEWPORTS[0])
    try:
        table = page.page.evaluate(TABLE)
        for name in names:
            if any("\u4e00" <= c <= "\u9fff" for c in name):
                assert page.page.evaluate(SPELL, [name, table]) == pinyin_of(name), name
        tricky = ["重庆长安汽车股份有限公司", "长沙行星储能科技有限公司", "成都BMS 2号线", "Jiana 能源（自贡）"]
        table = spelling_table(tricky)
        assert set(table["names"]) < set(tricky)  # most names are spelled by their characters alone
        for name in tricky:
            assert page.page.evaluate(SPELL, [name, table]) == pinyin_of(name), name
    finally:
        page.close()
