"""The planners' report: which links of the chain the zone has, at what capacity, which are
missing (补链、强链、延链), who holds the graph together, its partners and policies, and the
sources it rests on and where they disagree.

`build_report(result)` returns the Markdown and HTML texts and the chain figure. Every line names
the entities behind it (each a link that opens it in the explorer page) and quotes the sentences
that state it (with the source's number and the sentence id), or gives the basis note of the
reference knowledge it rests on. Coverage, gaps and hubs are computed over every source at once,
since the graph they are read from merges them. Both texts are rendered from one list of sections
(`chaingraph.views.reportformats`), so they always say the same thing; the words come from
`chaingraph.views.reportwords`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from chaingraph.analysis import chain as analysis
from chaingraph.analysis.chain import label
from chaingraph.analysis.projection import Citation, shared_citations, shared_graph
from chaingraph.core.outputnames import CHAIN_PNG, CHAIN_SVG, REPORT_HTML, REPORT_MARKDOWN
from chaingraph.dataset.iris import graph_kind
from chaingraph.facts.wording import capacity_text, status_words
from chaingraph.views.chainfigure import chain_figure
from chaingraph.views.reportformats import Link, Quote, Run, Section, render_html, render_markdown
from chaingraph.views.reportwords import (
    capture_link,
    class_words,
    conflict_words,
    explorer_link,
    hub_rank,
    relation_words,
    source_anchor,
    value_words,
)

POLICY_CLASSES = ("Policy", "Reform", "SupportItem", "Measure")


@dataclass
class Report:
    title: str
    sections: list[Section]
    svg: bytes
    png: bytes

    @property
    def markdown(self) -> str:
        return render_markdown(self.title, self.sections)

    @property
    def html(self) -> str:
        return render_html(self.title, self.sections, self.svg)


def output_files(result) -> dict[Path, bytes]:
    """report.md, report.html, chain.svg and chain.png (an output provider of `chaingraph build`).
    An incremental build keeps the last build's figure when its layout is the same."""
    out = result.project.output_dir
    incremental = getattr(result, "reuse", None) is not None
    return report_files(build_report(result, figure_before=(out / CHAIN_SVG, out / CHAIN_PNG) if incremental else None),
                        out)


def report_files(report: Report, out: Path) -> dict[Path, bytes]:
    """The report's files in the output folder `out`, by path."""
    return {
        out / REPORT_MARKDOWN: report.markdown.encode("utf-8"),
        out / REPORT_HTML: report.html.encode("utf-8"),
        out / CHAIN_SVG: report.svg,
        out / CHAIN_PNG: report.png,
    }


def build_report(result, zone: str | None = None, figure_before: tuple[Path, Path] | None = None) -> Report:
    """The report for a BuildResult; `zone` is any name `analysis.resolve` accepts (default: the
    place the facts are attached to); `figure_before` the last build's figure files, kept when
    drawn from the same layout (`chainfigure.chain_figure`)."""
    G = shared_graph(result)
    numbers = {source_id: n for n, source_id in enumerate(result.source_records, 1)}
    facts = _Facts(shared_citations(result), G, numbers)
    zone_node = analysis.resolve(G, zone) if zone else analysis.default_zone(G)
    industry = analysis.chain_industry(G)
    cover = analysis.coverage(G, zone_node, industry)
    gap_list = analysis.gaps(G, zone_node, industry, cover)
    conflicts = result.conflicts
    title = (f"{label(G, zone_node)}{label(G, industry)}链分析 · "
             f"{label(G, zone_node, 'en')}: {label(G, industry, 'en')} chain")
    statuses = status_words(result.vocabulary)
    words = result.vocabulary
    svg, png = chain_figure(G, cover, statuses, title, figure_before)
    disputed = {c.subject for c in conflicts}
    sections = [
        _summary(G, facts, zone_node, industry, cover, gap_list, len(numbers)),
        Section("产业链图 · Chain figure", figure=True),
        _coverage(G, facts, cover, analysis.local_entities(G, zone_node), statuses, disputed),
        _gaps(G, facts, gap_list, words),
        _hubs(G, facts, words),
        _cooperation(G, facts, zone_node),
        _policies(G, facts, zone_node),
        _supporting(G, facts, zone_node, industry, words),
        _conflicts(G, facts, result, conflicts, numbers, statuses),
        _sources(result, numbers),
    ]
    return Report(title, sections, svg, png)


class _Facts:
    """Runs that link entities and quote the evidence behind a statement."""

    def __init__(self, index: dict[tuple[str, str, str], list[Citation]], G: nx.MultiDiGraph,
                 numbers: dict[str, int]):
        self.G = G
        self.numbers = numbers
        # each object's citations as the index holds them: the report quotes a few hundred
        # statements, and copying every citation of a large region first cost seconds
        self.by_statement: dict[tuple[str, str], list[tuple[str, list[Citation]]]] = defaultdict(list)
        for (s, p, o), cites in index.items():
            self.by_statement[(s, p)].append((o, cites))

    def entity(self, node: str) -> Link:
        data = self.G.nodes[node]
        return Link(f"{data['label_zh']}（{data['label_en']}）", explorer_link(data["id"]))

    def short(self, node: str) -> Link:
        return Link(self.G.nodes[node]["label_zh"], explorer_link(self.G.nodes[node]["id"]))

    def quotes(self, *statements: tuple[str, str, str]) -> list[Run]:
        """Quotes for statements; an empty object matches any object of (subject, predicate)."""
        seen, runs = set(), []
        for s, p, o in statements:
            for obj, citations in self.by_statement.get((s, p), []):
                if o and obj != o:
                    continue
                for citation in citations:
                    key = citation.quote or citation.basis
                    if key in seen:
                        continue
                    seen.add(key)
                    runs += [" ", Quote(citation, self.numbers.get(citation.source or ""))]
        return runs


# ---------------------------------------------------------------- sections


def _summary(G, facts, zone, industry, cover, gap_list, sources: int) -> Section:
    top = [c for c in cover if c.parent is None]
    covered = [c for c in top if c.covered]
    section = Section("概要 · Summary")
    section.items = [
        ["区域 zone: ", facts.entity(zone), *facts.quotes((zone, "type", ""))],
        ["产业链 chain: ", facts.entity(industry), *facts.quotes((industry, "type", ""))],
        [f"参考产业链共 {len(top)} 个环节，本地覆盖 {len(covered)} 个、缺口 {len(gap_list)} 个 · "
         f"{len(covered)} of the {len(top)} segments of the reference chain are covered locally, "
         f"{len(gap_list)} are gaps: ",
         *_join([facts.entity(c.segment) for c in covered])],
        [f"覆盖与缺口综合全部 {sources} 个来源的事实（见「来源」）· Coverage and gaps combine the facts of all "
         f"{sources} source(s) (see Sources)."],
        ["产业链环节来自参考知识（不是文章陈述），每个环节注明依据；本地事实均引用原文句子 · "
         "The segments are reference knowledge (what the industry looks like, not what an article states), "
         "each with its basis; every local fact quotes its sentence."],
    ]
    return section


def _coverage(G, facts, cover, local, statuses, disputed: set[str]) -> Section:
    section = Section("环节覆盖 · Coverage by segment", intro=[
        "规则：本地企业或项目生产该环节（含细分环节）的产品，或本地主体（含园区本身）具备该产品产能，或本地平台从事该环节，即为覆盖。"
        "产能按（单位、周期、状态）汇总 · Rule: a segment is covered when a local company or project makes a product "
        "in it (or in a narrower segment), a local entity (the zone included) has a capacity for such a product, or a "
        "local platform works in it. Capacities are summed per unit, period and status."])
    for item in cover:
        head = "　└ " if item.parent else ""
        state = "已覆盖 covered" if item.covered else "缺口 gap" if item.parent is None else "未提及 not named"
        totals = "; ".join(capacity_text(v, *k, statuses) for k, v in item.totals.items())
        line: list[Run] = [head, facts.entity(item.segment), f" — {state}" + (f": {totals}" if totals else "")]
        line += facts.quotes((item.segment, "type", ""))
        section.items.append(line)
        if item.parent:
            continue  # its products, producers and capacities are listed under the parent
        for product in item.products:
            section.items.append([f"{head}　· 产品 product ", facts.entity(product), " ∈ ", facts.entity(item.segment),
                                  *facts.quotes((product, "inSegment", ""))])
        for entity, product in item.producers:
            section.items.append([f"{head}　· ", facts.entity(entity), " 生产 produces ", facts.entity(product),
                                  *facts.quotes((entity, "produces", product)), *_where(G, facts, local, entity)])
        for cap in item.capacities:
            text = capacity_text(cap.value, cap.unit, cap.per_period, cap.status, statuses)
            section.items.append([f"{head}　· 产能 capacity ", facts.entity(cap.capacity), f": {text}",
                                  f", {cap.date}" if cap.date else "", " — 主体 holder ", facts.entity(cap.holder),
                                  *facts.quotes(*cap.facts), *_disputed(G, cap.capacity, disputed)])
        for entity in item.platforms:
            section.items.append([f"{head}　· 平台 platform ", facts.entity(entity),
                                  *facts.quotes((entity, "inSegment", ""))])
    return section


def _disputed(G, node: str, disputed: set[str]) -> list[Run]:
    if G.nodes[node]["id"] not in disputed:
        return []
    return ["（来源之间说法不一，见「数字分歧」· sources disagree on it, see Conflicting figures）"]


def _where(G, facts, local, entity) -> list[Run]:
    """Why an entity counts as local: its statements leading to the zone, nearest first."""
    runs: list[Run] = [" — 本地 local:"]
    for s, p, o in reversed(local.get(entity, [])):
        runs += [" ", facts.short(s), f" {G.edges[s, o, p]['label_zh']} ", facts.short(o), *facts.quotes((s, p, o))]
    return runs


def _gaps(G, facts, gap_list, words) -> Section:
    section = Section("缺口（补链）· Gaps to fill", numbered=True, intro=[
        "按依赖它的下游已覆盖环节数排序 · Ranked by how many covered segments downstream depend on them."])
    for gap in gap_list:
        line: list[Run] = [facts.entity(gap.segment), " — 本地无企业、项目、产能或平台 · nothing local: no company, "
                           "project, capacity or platform in the zone"]
        if gap.narrower:
            line += ["（含细分 including ", *_join([facts.entity(n) for n in gap.narrower]), "）"]
        line += facts.quotes((gap.segment, "type", ""))
        if gap.dependents:
            line += [f". 依赖它的已覆盖环节 {len(gap.dependents)} 个 · {len(gap.dependents)} covered segment(s) "
                     "depend on it: ", *_join([facts.entity(d) for d in gap.dependents])]
            line += facts.quotes(*gap.facts)
        else:
            line += [". 无已覆盖的下游环节依赖它 · no covered segment downstream depends on it"]
        for entity, predicate, industry in gap.leads:
            line += [". 线索 lead: ", facts.entity(entity), f" {relation_words(words, predicate)} ",
                     facts.entity(industry), *facts.quotes((entity, predicate, industry))]
        section.items.append(line)
    return section


def _hubs(G, facts, words) -> Section:
    section = Section("枢纽 · Hubs", intro=[
        "按其他主体之间有多少联系要经过它排序；只看来源陈述的事实，不含参考产业链 · Ranked by how many of the "
        "connections between other entities run through it; only what the sources state counts, the reference "
        "chain is left out."])
    for rank, (node, _score, degree) in enumerate(analysis.hubs(G), 1):
        section.items.append([facts.entity(node), f"（{class_words(words, G.nodes[node]['cls'])}）— ",
                              hub_rank(rank, degree), *facts.quotes((node, "type", ""))])
    return section


def _cooperation(G, facts, zone) -> Section:
    section = Section("合作伙伴与合作模式 · Partner zones and modes of cooperation")
    for coop in sorted(n for n, d in G.nodes(data=True) if d["cls"] == "Cooperation"):
        partners = [o for _, o, k in sorted(G.out_edges(coop, keys=True)) if k == "partner"]
        if zone not in partners:
            continue
        line: list[Run] = [facts.entity(coop), " — 伙伴 partners: ",
                           *_join([facts.entity(p) for p in partners if p != zone])]
        line += facts.quotes(*[(coop, "partner", p) for p in partners])
        for key, word in (("cooperationMode", "模式 modes"), ("cooperationGoal", "目标 goals")):
            targets = [o for _, o, k in sorted(G.out_edges(coop, keys=True)) if k == key]
            if targets:
                line += [f"; {word}: ", *_join([facts.entity(t) for t in targets]),
                         *facts.quotes(*[(coop, key, t) for t in targets])]
        section.items.append(line)
    return section


def _policies(G, facts, zone) -> Section:
    section = Section("政策及其成效 · Policies and what they enabled")
    policies = sorted(n for n, d in G.nodes(data=True) if d["cls"] in POLICY_CLASSES)
    for policy in policies:
        for _, target, key in sorted(G.out_edges(policy, keys=True)):
            if key == "enabled":
                section.items.append([facts.entity(policy), " 促成 enabled ", facts.entity(target),
                                      *facts.quotes((policy, "enabled", target))])
    for _, policy, key in sorted(G.out_edges(zone, keys=True)):
        if key in ("pilots", "appliesMeasure"):
            edge = G.edges[zone, policy, key]
            section.items.append([facts.entity(zone), f" {edge['label_zh']} {edge['label_en']} ",
                                  facts.entity(policy), *facts.quotes((zone, key, policy))])
    return section


def _supporting(G, facts, zone, industry, words) -> Section:
    section = Section("配套产业链（延链）· Supporting chains")
    segments_by_industry: dict[str, list[str]] = defaultdict(list)
    for s, o, k in sorted(G.edges(keys=True)):
        if k == "inIndustry" and G.nodes[s]["cls"] == "ChainSegment" and o != industry:
            segments_by_industry[o].append(s)
    local = analysis.local_entities(G, zone)
    for other in sorted(segments_by_industry):
        line: list[Run] = [facts.entity(other), " — 环节 segments: ",
                           *_join([facts.entity(s) for s in segments_by_industry[other]])]
        links = sorted((e, k) for e, i, k in G.edges(keys=True)
                       if i == other and e in local and k in analysis.INDUSTRY_LINKS)
        if links:
            for entity, key in links:
                line += ["; 本地 local: ", facts.entity(entity), f" {relation_words(words, key)}",
                         *facts.quotes((entity, key, other))]
        else:
            line.append("; 文章未提及本地主体 · no local entity named")
        feeds = sorted((s, o) for s, o, k in G.edges(keys=True) if k == "upstreamOf"
                       and s in segments_by_industry[other] and o not in segments_by_industry[other]
                       and not analysis._same_chain(G, s, industry))
        for s, o in feeds:
            line += ["; ", facts.entity(s), " → ", facts.entity(o), *facts.quotes((s, "upstreamOf", o))]
        section.items.append(line)
    return section


def _conflicts(G, facts, result, conflicts, numbers, statuses) -> Section:
    """Figures two sources disagree on: both kept in the graph, each with its source and date."""
    section = Section("数字分歧 · Conflicting figures")
    if not conflicts:
        section.intro = ["没有来源之间相互矛盾的数字。No two sources give different figures for the same fact."]
    else:
        section.intro = ["两个来源对同一事实给出不同数值时，两者都保留在图中，各附来源和日期 · Where two sources give "
                         "different values for one fact, the graph keeps both, each with its source and date."]
    base = result.project.base
    for conflict in conflicts:
        node = base + conflict.subject
        line: list[Run] = [facts.entity(node) if node in G else conflict.subject,
                           f" {conflict_words(result.vocabulary, conflict.prop)}: "]
        for index, value in enumerate(conflict.values):
            when = ", ".join(x for x in (value.source_date, value.as_of and f"截至 as of {value.as_of}") if x)
            said = value_words(G, base, conflict.prop, value.value, statuses)
            line.append(("" if index == 0 else " vs ") + f"{said} ({value.source or 'reference'}"
                        + (f", {when}" if when else "") + ")")
            if value.quote:
                citation = Citation(value.quote, None, value.source, None)
                line += [" ", Quote(citation, numbers.get(value.source or ""))]
        section.items.append(line)
    return section


def _sources(result, numbers: dict[str, int]) -> Section:
    """Every source with its title, publisher, date and capture; then the reference knowledge."""
    section = Section("来源 · Sources", intro=[
        "引文后的 [编号] 指下列来源；“原件”是项目保存的采集文本 · The [number] after a quote is the source "
        "below; “capture” is the text the project keeps of it."])
    for source_id, source in result.source_records.items():
        line: list[Run] = [f"[{numbers[source_id]}] 《{source.title}》"]
        if source.title_en:
            line.append(f" ({source.title_en})")
        line.append(f" — {source.publisher_zh} ({source.publisher_en})")
        if source.date:
            line.append(f", 发布 published {source.date}")
        if source.visit_date:
            line.append(f", 访问 visited {source.visit_date}")
        line += ["; ", Link("原件 capture", capture_link(source_id))]
        if source.url:
            line += ["; 原文 original page: ", Link(source.url, source.url)]
        line.append(f" — 来源编号 source id {source_id}")
        section.items.append(line)
        section.anchors.append(source_anchor(source_id))
    graphs = result.graph_sizes  # counted once for every view
    references = sorted({kind[1] for graph in graphs
                         if (kind := graph_kind(getattr(graph, "value", None))) and kind[0] == "reference"})
    for name in references:
        section.items.append([f"参考知识 reference knowledge: {name} (data/reference/{name}.yaml)"])
        section.anchors.append(None)
    return section


def _join(runs: list[Run]) -> list[Run]:
    joined: list[Run] = []
    for index, run in enumerate(runs):
        if index:
            joined.append("、")
        joined.append(run)
    return joined


