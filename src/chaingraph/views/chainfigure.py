"""The chain figure: segments upstream -> downstream, coloured by local coverage, capacities noted.

Drawn with matplotlib (Agg, no pyplot state). Columns come from `analysis.chain.segment_depths`;
narrower segments sit under their parent. Neighbouring segments of the supporting chains that
feed the chain, or that it feeds, are drawn in grey with dashed borders. The SVG and PNG carry no
date and a fixed hash salt, so two runs give the same bytes; every label is drawn with the one
face `chaingraph.views.fonts` finds, or the figure is refused.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import networkx as nx
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch, Patch

from chaingraph.analysis.chain import SegmentCoverage, label, narrower, segment_depths, top_level
from chaingraph.facts.wording import capacity_text
from chaingraph.views import fonts

COLOURS = {
    "covered": "#66bb6a",
    "gap": "#ef9a9a",
    "open": "#fff8e1",  # narrower segment of a covered one, not named locally
    "supporting": "#eeeeee",
}
COLUMN_WIDTH, BOX_WIDTH = 3.0, 2.5
BOX_HEIGHT, SUB_HEIGHT, SUPPORT_HEIGHT, GAP = 1.0, 0.55, 0.7, 0.25


@dataclass
class Box:
    segment: str
    x: float
    y: float  # top edge
    height: float
    kind: str  # covered, gap, open, supporting
    text: str


def chain_figure(G: nx.MultiDiGraph, coverage: list[SegmentCoverage], statuses: dict[str, dict[str, str]],
                 title: str = "") -> tuple[bytes, bytes]:
    """(SVG bytes, PNG bytes) of the chain figure for one coverage result; `statuses` are the words
    of capacity statuses (`chaingraph.facts.wording.status_words`)."""
    boxes, arrows = _layout(G, coverage, statuses)
    family, face = fonts.figure_family()
    with rc_context(_style(family)), fonts.every_glyph_drawn(face):
        figure = _draw(boxes, arrows, title)
        svg, png = io.BytesIO(), io.BytesIO()
        figure.savefig(svg, format="svg", metadata={"Date": None, "Creator": "chaingraph"})
        figure.savefig(png, format="png", dpi=100, metadata={"Software": "chaingraph"})
    return svg.getvalue(), png.getvalue()


def _style(family: str) -> dict:
    return {
        "font.family": [family],  # one face; a glyph it lacks stops the build (fonts.every_glyph_drawn)
        "svg.hashsalt": "chaingraph",
        "svg.fonttype": "path",  # glyphs as paths: the SVG shows the same text without the font
        "axes.unicode_minus": False,
    }


def _layout(G, coverage: list[SegmentCoverage], statuses) -> tuple[list[Box], list[tuple[str, str]]]:
    by_segment = {c.segment: c for c in coverage}
    members = set(by_segment)
    depth = segment_depths(G, members)
    boxes: list[Box] = []
    column_bottom: dict[int, float] = {}
    for item in coverage:
        if item.parent is not None:
            continue
        column = depth[item.segment]
        y = column_bottom.get(column, 0.0)
        boxes.append(Box(item.segment, column * COLUMN_WIDTH, y, BOX_HEIGHT,
                         "covered" if item.covered else "gap", _box_text(G, item, statuses)))
        y += BOX_HEIGHT + GAP / 2
        for sub in narrower(G, item.segment, members):
            sub_item = by_segment[sub]
            kind = "covered" if sub_item.covered else ("open" if item.covered else "gap")
            boxes.append(Box(sub, column * COLUMN_WIDTH + 0.25, y, SUB_HEIGHT, kind, _box_text(G, sub_item, statuses)))
            y += SUB_HEIGHT + GAP / 2
        column_bottom[column] = y + GAP
    lowest = max(column_bottom.values(), default=0.0) + GAP
    placed = {b.segment: b for b in boxes}
    arrows = sorted({(top_level(G, s), top_level(G, o)) for s, o, k in G.edges(keys=True)
                     if k == "upstreamOf" and s in members and o in members})
    support_row: dict[int, float] = {}
    for s, o, k in sorted(G.edges(keys=True)):
        if k != "upstreamOf" or (s in members) == (o in members):
            continue
        outside, inside, feeds = (s, o, True) if o in members else (o, s, False)
        column = depth[inside] - 1 if feeds else depth[inside] + 1
        if outside not in placed:
            y = lowest + support_row.get(column, 0.0)
            text = f"{label(G, outside, 'zh')}\n{label(G, outside, 'en')}"
            box = Box(outside, column * COLUMN_WIDTH, y, SUPPORT_HEIGHT, "supporting", text)
            boxes.append(box)
            placed[outside] = box
            support_row[column] = support_row.get(column, 0.0) + SUPPORT_HEIGHT + GAP
        arrows.append((outside, inside) if feeds else (inside, outside))
    return boxes, arrows


def _box_text(G, item: SegmentCoverage, statuses) -> str:
    lines = [label(G, item.segment, "zh"), label(G, item.segment, "en")]
    lines += [capacity_text(v, unit, period, status, statuses) for (unit, period, status), v in item.totals.items()]
    if item.covered and not item.totals:
        lines.append("local producer" if item.producers else "local platform")
    return "\n".join(lines)


def _draw(boxes: list[Box], arrows: list[tuple[str, str]], title: str) -> Figure:
    width = max(b.x for b in boxes) + COLUMN_WIDTH
    height = max(b.y + b.height for b in boxes) + 1.2
    figure = Figure(figsize=(width * 0.95, height * 0.95))
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0, 0, 1, 0.94 if title else 1))
    axes.set_xlim(-0.2, width - 0.3)
    axes.set_ylim(height - 0.6, -0.3)
    axes.axis("off")
    at = {b.segment: b for b in boxes}
    for box in boxes:
        main = box.height >= BOX_HEIGHT
        axes.add_patch(FancyBboxPatch(
            (box.x, box.y), BOX_WIDTH - (box.x % COLUMN_WIDTH), box.height,
            boxstyle="round,pad=0.02,rounding_size=0.08", linewidth=1.2 if main else 0.8,
            facecolor=COLOURS[box.kind], edgecolor="#555555" if box.kind != "supporting" else "#999999",
            linestyle="--" if box.kind == "supporting" else "-"))
        axes.text(box.x + 0.08, box.y + box.height / 2, box.text, va="center", ha="left",
                  fontsize=7.5 if main else 6.5, linespacing=1.25)
    for source, target in arrows:
        a, b = at[source], at[target]
        start = (a.x - (a.x % COLUMN_WIDTH) + BOX_WIDTH, a.y + a.height / 2)
        end = (b.x - (b.x % COLUMN_WIDTH), b.y + b.height / 2)
        axes.annotate("", xy=end, xytext=start,
                      arrowprops={"arrowstyle": "->", "color": "#777777", "linewidth": 0.8,
                                  "shrinkA": 2, "shrinkB": 2, "connectionstyle": "arc3,rad=0.0"})
    legend = [Patch(facecolor=COLOURS["covered"], edgecolor="#555555", label="有本地主体 covered locally"),
              Patch(facecolor=COLOURS["gap"], edgecolor="#555555", label="缺失 gap"),
              Patch(facecolor=COLOURS["open"], edgecolor="#555555", label="细分未明 narrower, not stated"),
              Patch(facecolor=COLOURS["supporting"], edgecolor="#999999", linestyle="--",
                    label="配套产业链 supporting chain")]
    figure.legend(handles=legend, loc="lower right", fontsize=8, frameon=False, ncols=4)
    if title:
        figure.suptitle(title, fontsize=12, y=0.99)
    return figure
