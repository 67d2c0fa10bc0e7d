"""The chain figure: segments upstream -> downstream, coloured by local coverage, capacities noted.

The figure is made for a planner's printed report: it is exactly as wide as an A4 page between
the report's margins, so at its natural size every Chinese word is at least `CJK_SIZE` points on
paper, and on screen it only grows. Labels are wrapped to the width of their boxes, measured in
the face `chaingraph.views.fonts` finds (a glyph it lacks stops the figure).

Drawn with matplotlib (Agg, no pyplot state), in points: columns come from
`analysis.chain.segment_depths`, narrower segments sit under their parent, and neighbouring
segments of the supporting chains are drawn grey and dashed in a row below. The SVG keeps its text
as text (`svg.fonttype: none`) under a CSS list of CJK families, so it stays searchable, copyable
and sharp in print; the PNG is drawn with the face itself. Neither carries a date, and the SVG's
ids come from a fixed hash salt, so two runs give the same bytes. Both carry a digest of the
layout they were drawn from, so an incremental build whose layout did not change keeps the last
build's files instead of drawing them again.
"""

from __future__ import annotations

# isort: off
from chaingraph.views import fonts  # before matplotlib's modules: it quiets the font-cache notice
# isort: on

import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib
import networkx as nx
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from chaingraph.analysis.chain import SegmentCoverage, label, narrower, segment_depths, top_level
from chaingraph.facts.wording import capacity_text

COLOURS = {
    "covered": "#66bb6a",
    "gap": "#ef9a9a",
    "open": "#fff8e1",  # narrower segment of a covered one, not named locally
    "supporting": "#eeeeee",
}
LEGEND = (("covered", "有本地主体 covered locally"), ("gap", "缺口 gap"),
          ("open", "细分未明 narrower, not stated"), ("supporting", "配套产业链 supporting chain"))

# Sizes in points. WIDTH is A4 (210 mm) less the report's 15 mm print margins on each side.
WIDTH = 510.0
CJK_SIZE, LATIN_SIZE, TITLE_SIZE = 9.5, 7.0, 11.0
LINE = 1.16  # line height, as a multiple of the size
PAD, INDENT, ARROW_GAP, ROW_GAP = 2.5, 6.0, 8.0, 4.5
MARGIN = 4.0
PNG_DPI = 200


@dataclass
class Line:
    text: str
    size: float
    colour: str = "#000000"


@dataclass
class Box:
    segment: str
    column: int
    kind: str  # covered, gap, open, supporting
    lines: list[Line]
    narrower: bool = False
    x: float = 0.0
    y: float = 0.0  # top edge, points from the top of the figure
    width: float = 0.0
    height: float = 0.0


@dataclass
class Drawing:
    boxes: list[Box] = field(default_factory=list)
    arrows: list[tuple[str, str]] = field(default_factory=list)
    title: list[Line] = field(default_factory=list)
    height: float = 0.0


def chain_figure(G: nx.MultiDiGraph, coverage: list[SegmentCoverage], statuses: dict[str, dict[str, str]],
                 title: str = "", previous: tuple[Path, Path] | None = None) -> tuple[bytes, bytes]:
    """(SVG bytes, PNG bytes) of the chain figure for one coverage result; `statuses` are the words
    of capacity statuses (`chaingraph.facts.wording.status_words`). `previous` is the last build's
    SVG and PNG files: when they were drawn from the same layout, their bytes are returned as
    they are (drawing and encoding the figure cost a second, and one added article seldom
    changes it)."""
    family, face = fonts.figure_family()
    with rc_context(_style(family)), fonts.every_glyph_drawn(face):  # measuring warns of missing glyphs too
        drawing = _layout(G, coverage, statuses, face, title)
        mark = f"chaingraph figure {_digest(drawing, face)}"
        kept = _drawn_before(previous, mark) if previous else None
        if kept:
            return kept
        figure = _draw(drawing)
        svg, png = io.BytesIO(), io.BytesIO()
        figure.savefig(svg, format="svg", metadata={"Date": None, "Creator": "chaingraph", "Description": mark})
        figure.savefig(png, format="png", dpi=PNG_DPI, metadata={"Software": "chaingraph", "Comment": mark})
    return _browser_fonts(svg.getvalue(), family), png.getvalue()


def _digest(drawing: Drawing, face: fonts.Face) -> str:
    """What the figure's bytes are made from: the layout, the face, matplotlib's version and the
    code that draws (this module and fonts.py)."""
    digest = hashlib.sha256(f"{drawing!r}\n{face!r}\nmatplotlib {matplotlib.__version__}\n".encode())
    for module in (__file__, fonts.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()


def _drawn_before(previous: tuple[Path, Path], mark: str) -> tuple[bytes, bytes] | None:
    """The last build's SVG and PNG when both carry `mark` (the digest of what they were drawn
    from), else None."""
    try:
        svg, png = (path.read_bytes() for path in previous)
    except OSError:
        return None
    return (svg, png) if mark.encode() in svg and mark.encode() in png else None


def _style(family: str) -> dict:
    return {
        "font.family": [family],  # one face; a glyph it lacks stops the build (fonts.every_glyph_drawn)
        "svg.hashsalt": "chaingraph",
        "svg.fonttype": "none",  # real text: see the module's docstring
        "axes.unicode_minus": False,
    }


def _browser_fonts(svg: bytes, family: str) -> bytes:
    """The SVG with the face's private registered name replaced by families a browser knows."""
    return svg.replace(repr(family).encode(), fonts.CSS_FAMILIES.encode())


# ---------------------------------------------------------------- layout


def _layout(G, coverage: list[SegmentCoverage], statuses, face, title: str) -> Drawing:
    by_segment = {c.segment: c for c in coverage}
    members = set(by_segment)
    depth = segment_depths(G, members)
    columns = max(depth.values(), default=0) + 1
    pitch = (WIDTH - 2 * MARGIN) / columns
    box_width = pitch - ARROW_GAP
    drawing = Drawing()
    for item in coverage:
        if item.parent is not None:
            continue
        drawing.boxes.append(Box(item.segment, depth[item.segment], "covered" if item.covered else "gap",
                                 _segment_lines(G, item, statuses)))
        for sub in narrower(G, item.segment, members):
            sub_item = by_segment[sub]
            kind = "covered" if sub_item.covered else ("open" if item.covered else "gap")
            drawing.boxes.append(Box(sub, depth[item.segment], kind, _segment_lines(G, sub_item, statuses), True))
    drawing.arrows = sorted({(top_level(G, s), top_level(G, o)) for s, o, k in G.edges(keys=True)
                             if k == "upstreamOf" and s in members and o in members})
    supporting = _supporting_boxes(G, members, depth, columns, drawing)
    drawing.title = _wrap(Line(title, TITLE_SIZE), WIDTH - 2 * MARGIN, face) if title else []
    top = MARGIN + TITLE_SIZE * LINE * len(drawing.title) + ROW_GAP
    for box in drawing.boxes:
        box.width = box_width - (INDENT if box.narrower else 0)
        box.lines = [wrapped for line in box.lines for wrapped in _wrap(line, box.width - 2 * PAD, face)]
        box.height = 2 * PAD + sum(line.size * LINE for line in box.lines)
        box.x = MARGIN + box.column * pitch + (INDENT if box.narrower else 0)
    bottom = _stack([b for b in drawing.boxes if b not in supporting], top)
    drawing.height = _stack(supporting, bottom + ROW_GAP) + ROW_GAP
    return drawing


def _supporting_boxes(G, members, depth, columns, drawing: Drawing) -> list[Box]:
    """Boxes for the supporting chains' segments next to the chain, one column before or after the
    segment they feed or are fed by, and the arrows that join them."""
    placed: dict[str, Box] = {}
    for s, o, k in sorted(G.edges(keys=True)):
        if k != "upstreamOf" or (s in members) == (o in members):
            continue
        outside, inside, feeds = (s, o, True) if o in members else (o, s, False)
        if outside not in placed:
            column = min(max(depth[inside] + (-1 if feeds else 1), 0), columns - 1)
            placed[outside] = Box(outside, column, "supporting",
                                  [Line(label(G, outside, "zh"), CJK_SIZE), Line(label(G, outside, "en"), LATIN_SIZE)])
            drawing.boxes.append(placed[outside])
        drawing.arrows.append((outside, inside) if feeds else (inside, outside))
    return list(placed.values())


def _stack(boxes: list[Box], top: float) -> float:
    """Place boxes top to bottom in their columns from `top`; the lowest bottom edge."""
    bottoms: dict[int, float] = {}
    for box in boxes:
        box.y = bottoms.get(box.column, top)
        bottoms[box.column] = box.y + box.height + ROW_GAP
    return max(bottoms.values(), default=top)


def _segment_lines(G, item: SegmentCoverage, statuses) -> list[Line]:
    lines = [Line(label(G, item.segment, "zh"), CJK_SIZE), Line(label(G, item.segment, "en"), LATIN_SIZE, "#333333")]
    for (unit, period, status), value in item.totals.items():
        # "300,000 t（在建或规划）" as two lines: the amount, then the status without brackets
        amount, _, word = capacity_text(value, unit, period, status, statuses, "zh").partition("（")
        lines += [Line(amount, CJK_SIZE), Line(word.rstrip("）"), CJK_SIZE)]
    if item.covered and not item.totals:
        lines.append(Line("本地生产 local producer" if item.producers else "本地平台 local platform", CJK_SIZE))
    return lines


# Where a line may break: after any CJK character, or at a space; an opening bracket stays with
# what follows it and closing punctuation with what precedes it.
_WIDE = "\u3000-\u9fff\uff00-\uffef"  # CJK characters and punctuation, full-width forms
_PIECES = re.compile(rf"[（(“《]*(?:[{_WIDE}]|[^\s{_WIDE}]+\s*|\s+)[）)”》，、。：]*")


def _wrap(line: Line, width: float, face) -> list[Line]:
    """The line broken into lines no wider than `width` points (a single piece wider stays whole)."""
    lines, current = [], ""
    for piece in _PIECES.findall(line.text):
        candidate = current + piece
        if current and fonts.text_width(face, candidate.rstrip(), line.size) > width:
            lines.append(current.rstrip())
            current = piece.lstrip()
        else:
            current = candidate
    lines.append(current.rstrip())
    return [Line(text, line.size, line.colour) for text in lines if text]


# ---------------------------------------------------------------- drawing


def _draw(drawing: Drawing) -> Figure:
    legend_height = CJK_SIZE * LINE * 2 + ROW_GAP
    height = drawing.height + legend_height
    figure = Figure(figsize=(WIDTH / 72, height / 72))
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, WIDTH)
    axes.set_ylim(height, 0)  # y runs down the page, in points
    axes.axis("off")
    for index, line in enumerate(drawing.title):
        axes.text(WIDTH / 2, MARGIN + index * line.size * LINE, line.text, ha="center", va="top", fontsize=line.size)
    at = {b.segment: b for b in drawing.boxes}
    for box in drawing.boxes:
        _draw_box(axes, box)
    for source, target in drawing.arrows:
        a, b = at[source], at[target]
        start, end = (a.x + a.width, a.y + min(a.height / 2, 14)), (b.x, b.y + min(b.height / 2, 14))
        axes.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=6, color="#777777",
                                       linewidth=0.6, shrinkA=0.5, shrinkB=0.5, zorder=0.5))  # under the boxes
    _draw_legend(axes, drawing.height)
    return figure


def _draw_box(axes, box: Box) -> None:
    axes.add_patch(FancyBboxPatch(
        (box.x, box.y), box.width, box.height, boxstyle="round,pad=0,rounding_size=3",
        linewidth=0.6 if box.narrower else 0.9, facecolor=COLOURS[box.kind],
        edgecolor="#999999" if box.kind == "supporting" else "#555555",
        linestyle="--" if box.kind == "supporting" else "-"))
    y = box.y + PAD
    for line in box.lines:
        axes.text(box.x + PAD, y, line.text, ha="left", va="top", fontsize=line.size, color=line.colour)
        y += line.size * LINE


def _draw_legend(axes, top: float) -> None:
    half = (WIDTH - 2 * MARGIN) / 2
    for index, (kind, words) in enumerate(LEGEND):
        x = MARGIN + (index % 2) * half
        y = top + (index // 2) * CJK_SIZE * LINE
        axes.add_patch(FancyBboxPatch(
            (x, y + 1.5), 14, CJK_SIZE - 2, boxstyle="round,pad=0,rounding_size=1.5", linewidth=0.6,
            facecolor=COLOURS[kind], edgecolor="#999999" if kind == "supporting" else "#555555",
            linestyle="--" if kind == "supporting" else "-"))
        axes.text(x + 18, y, words, ha="left", va="top", fontsize=CJK_SIZE)
