"""The planners' explorer: outputs/chaingraph.html, one self-contained page over the dataset.

Two stages: `explorer_data` turns the built dataset into plain, sorted data as the page carries
it (from the statements the build reads once from its pyoxigraph quads and shares with the
report, `analysis.statements`, never through rdflib); `render_page` turns that data into HTML.
Both run with the cycle collector paused (`core.memory.collector_paused`), once for the two. By job:

  index       the statements as the page reads them, the evidence table, the sentences
  entities    nodes (facts, quantities, folded positions), edges, the legend
  groups      which classes head the aggregated view's groups (the page makes the groups)
  layout      where the graph view draws each entity (above SPRING_LAYOUT_LIMIT, the page does)
  chainview   segments upstream to downstream, for the graph view's segment filter and layout
  chains      the chain view: one tab per chain, coverage as the report computes it
  rows        what the chain view's tables share (evidence of a fact, kinds) and what the page
              needs to make the capacities table and the timeline itself (static/explorer-rows.js)
  pinyin      the table of readings the page spells names with, for search
  packing     the data as the page carries it (by position, without what the page derives)
  page        the HTML page, with its scripts, styles and data inlined

>>> from chaingraph.dataset.build import build_dataset
>>> data = explorer_data(build_dataset())
>>> nodes = data["nodes"]
>>> at = nodes["ids"].index("jiana-energy")
>>> data["classes"][nodes["cls"][at]]["key"], nodes["zh"][at]
('Company', '自贡珈钠能源科技有限公司')
>>> data["pinyin"]["chars"]["珈"]
'jia'
"""

from __future__ import annotations

from pathlib import Path

from chaingraph.analysis.projection import shared_graph
from chaingraph.core.memory import collector_paused
from chaingraph.core.outputnames import EXPLORER_PAGE
from chaingraph.dataset.iris import Iris
from chaingraph.facts.wording import status_words
from chaingraph.views.explorer import entities
from chaingraph.views.explorer.chains import chain_tabs
from chaingraph.views.explorer.chainview import chain_view
from chaingraph.views.explorer.index import QuadIndex
from chaingraph.views.explorer.layout import AGGREGATE_ABOVE, graph_view
from chaingraph.views.explorer.packing import packed
from chaingraph.views.explorer.page import json_for_script, render_page
from chaingraph.views.explorer.pinyin import spelling_table
from chaingraph.views.explorer.rows import FactEvidence, row_kinds, status_terms, unit_table

__all__ = ["AGGREGATE_ABOVE", "explorer_data", "json_for_script", "output_files", "render_explorer", "render_page"]

FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", '
              '"Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif')


def output_files(result) -> dict[Path, bytes]:
    """The explorer page, for `chaingraph build`."""
    return {result.project.output_dir / EXPLORER_PAGE: render_explorer(result).encode("utf-8")}


@collector_paused()
def render_explorer(result, aggregate_above: int = AGGREGATE_ABOVE) -> str:
    """The explorer page for a built dataset, as one HTML string (byte-identical across builds).

    One pause of the cycle collector over both stages: the page's data (millions of small
    containers) is dropped before the collector runs again. Paused for each stage on its own, it
    ran on resuming after each and walked every container the stage had made (about 1 s of CPU
    at 20,000 entities), to find nothing."""
    return render_page(explorer_data(result, aggregate_above))


@collector_paused()
def explorer_data(result, aggregate_above: int = AGGREGATE_ABOVE) -> dict:
    """Everything the page shows, as the page carries it (`packing.py`): plain JSON-ready data,
    sorted for deterministic output. `static/explorer-data.js` unpacks it.

    Above `aggregate_above` entities the page opens on the aggregated view (zones, parks, chain
    segments, classes) and draws members only when their group is expanded."""
    vocab = result.vocabulary
    index = QuadIndex(result, result.project.base)
    nodes, properties, links = entities.nodes(index, vocab)
    centre = entities.centre(nodes, links, vocab)
    classes = entities.classes(nodes, vocab)
    chain = chain_view(nodes, links)
    projection = shared_graph(result)  # the report's own projection, made once per build
    facts = FactEvidence(nodes, properties)  # each node's evidence gathered once for the three tables
    return packed({
        "title": entities.title(nodes, centre),
        "font": FONT_STACK,
        "centre": centre,
        "nodes": nodes,
        "classes": classes,
        "properties": entities.property_labels(properties, vocab),
        "terms": entities.used_term_labels(index, vocab),
        "evidence": index.evidence_table,
        "sources": source_view(result.source_records, Iris(result.project.base)),
        "sentences": {"keys": index.sentence_keys, "texts": [index.sentence_texts[k] for k in index.sentence_keys]},
        "graph": graph_view(nodes, properties, classes, centre, vocab, aggregate_above),
        "chain": chain,
        # HOOK(chain view, tables, timeline): the planner's screens. The chain view from the
        # report's analysis; the capacities table and the timeline are made by the page from the
        # facts (static/explorer-rows.js), with what the facts do not say: each class's kind of
        # row, the words of units and periods, each status term's notation.
        "chains": chain_tabs(projection, nodes, index.slug, vocab, facts),
        "rowKinds": row_kinds(classes, vocab),
        "units": unit_table(),
        "statusTerms": status_terms(vocab),
        "statuses": status_words(vocab),
        "pinyin": spelling_table(name for n in nodes
                                 for name in [n["labels"].get("zh"), *n.get("aliases", {}).get("zh", [])]),
    })


def source_view(records, iris: Iris) -> dict[str, dict]:
    """The sources as the evidence panel shows them, from the dataset's own description of them."""
    return {r.id: {"title": {k: v for k, v in (("zh", r.title), ("en", r.title_en)) if v},
                   "publisher": {k: v for k, v in (("zh", r.publisher_zh), ("en", r.publisher_en)) if v},
                   "issued": r.date, "visited": r.visit_date, "iri": iris.source(r.id).value}
            for r in records.values()}
