"""Where the explorer's graph view draws each entity.

Up to SPRING_LAYOUT_LIMIT entities (and not aggregated): a spring layout weighted by relation,
the centre zone pinned at (0, 0), then label boxes (in both languages) pushed apart until none
overlap. Above it (networkx's spring layout is quadratic and needs scipy above 500 nodes), the
page lays the graph out itself (`static/explorer-layout.js`): its groups (`groups.py`), each
group's members in a grid of label-sized cells around the group's centre, so that expanding a
group in the aggregated view never moves anything else.
"""

from __future__ import annotations

import math
from collections import defaultdict

from chaingraph.views.explorer.entities import edges as entity_edges
from chaingraph.views.explorer.groups import group_kinds

# Above this many entities the page opens on groups (zones, parks, chain segments, classes) that
# expand on demand: vis-network stays interactive, and a planner starts from an overview.
AGGREGATE_ABOVE = 1500
SPRING_LAYOUT_LIMIT = 400
# Attraction by relation for the seed layout: places, their parts, bodies and partners are pulled
# close to each other; policies, indicators and industries ring them further out.
LAYOUT_WEIGHTS = {"partOf": 4, "locatedIn": 4, "partner": 4, "governs": 3, "operatedBy": 2,
                  "appliesMeasure": 0.3, "pilots": 0.3, "usesModel": 0.3, "supportsIndustry": 0.5,
                  "leadIndustry": 0.5, "supportingIndustry": 0.5,
                  "hasIndicator": 0.5, "hasCapacity": 0.5, "issuedBy": 0.5}
LAYOUT_SCALE = 1300  # seed layout units to vis-network pixels
SETTLE_ITERATIONS = 0  # browser physics steps after the build's layout (vis-network's forces undo its rings)


def graph_view(nodes, properties, classes, centre, vocab, aggregate_above: int = AGGREGATE_ABOVE) -> dict:
    """Where the graph view draws each entity; or, above SPRING_LAYOUT_LIMIT entities or
    `aggregate_above` (where the page opens on groups), which classes head a group of their own
    (`groupKinds`), from which the page makes its groups and lays them out.

    vis-network's node and edge objects are built in the page from these positions and the data
    (building them here, or through pyvis, only repeated the data and made the file larger)."""
    aggregated = len(nodes) > aggregate_above
    if aggregated or len(nodes) > SPRING_LAYOUT_LIMIT:
        return {"settle": SETTLE_ITERATIONS, "aggregated": aggregated, "groupKinds": group_kinds(classes, vocab)}
    positions = _seed_layout(nodes, entity_edges(nodes, properties), centre)
    return {"positions": {k: list(v) for k, v in sorted(positions.items())}, "settle": SETTLE_ITERATIONS,
            "aggregated": aggregated, "aggregates": [], "memberOf": []}


def _seed_layout(nodes, edges, centre) -> dict[str, tuple[int, int]]:
    """Node positions: a spring layout weighted by relation with the centre zone pinned at (0, 0),
    so that its places and partners sit around it. Components not connected to the centre are
    laid out on their own and stacked to the right of the main one."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(sorted(n["id"] for n in nodes))
    for source, target, p, _ in edges:
        weight = LAYOUT_WEIGHTS.get(p, 1)
        known = graph.get_edge_data(source, target, {}).get("weight", 0)
        graph.add_edge(source, target, weight=max(weight, known))
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c))
    if centre is not None:
        components.sort(key=lambda c: centre not in c)
    positions: dict[str, tuple[float, float]] = {}
    right, top = 0.0, 0.0
    for index, members in enumerate(components):
        # A fresh graph, not a subgraph view: a view may iterate its nodes in set order, and the
        # layout depends on node order.
        sub = nx.Graph()
        sub.add_nodes_from(members)
        sub.add_edges_from(graph.edges(members, data=True))
        if index == 0 and centre in members:
            layout = nx.spring_layout(sub, pos={centre: (0.0, 0.0)}, fixed=[centre], seed=7, weight="weight",
                                      iterations=300)
        elif len(members) == 1:
            layout = {members[0]: (0.0, 0.0)}
        else:
            size = math.sqrt(len(members)) / 8
            layout = nx.spring_layout(sub, seed=7, weight="weight", iterations=300, scale=size)
        xs = [float(x) for x, _ in layout.values()]
        ys = [float(y) for _, y in layout.values()]
        if index == 0:
            dx, dy = 0.0, 0.0
            right, top = max(xs) + 0.25, min(ys)
        else:
            dx, dy = right - min(xs), top - min(ys)
            top += max(ys) - min(ys) + 0.2
        positions.update({n: (float(x) + dx, float(y) + dy) for n, (x, y) in layout.items()})
    pixels = {n: (x * LAYOUT_SCALE, y * LAYOUT_SCALE) for n, (x, y) in positions.items()}
    _spread(pixels, {n["id"]: _label_box(n["labels"], CENTRE_FONT if n["id"] == centre else NODE_FONT)
                     for n in nodes}, fixed=centre)
    return {n: (round(x), round(y)) for n, (x, y) in sorted(pixels.items())}


def _spread(pixels: dict[str, tuple[float, float]], boxes: dict[str, tuple[float, float, float]], fixed: str | None,
            rounds: int = 400) -> None:
    """Push apart nodes whose label boxes (width, height) overlap, along the shorter overlap;
    `fixed` stays in place. Only nodes in neighbouring grid cells are compared."""
    cell_w = max((b[0] for b in boxes.values()), default=1.0)
    cell_h = max((b[1] for b in boxes.values()), default=1.0)
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[str]] = defaultdict(list)
        for name in sorted(pixels):
            x, y = pixels[name]
            grid[(math.floor(x / cell_w), math.floor(y / cell_h))].append(name)
        moved = False
        for (cx, cy), here in sorted(grid.items()):
            near = [n for dx in (-1, 0, 1) for dy in (-1, 0, 1) for n in grid.get((cx + dx, cy + dy), ())]
            for a in here:
                for b in near:
                    if b <= a:
                        continue
                    moved |= _separate(pixels, boxes, a, b, fixed)
        if not moved:
            break


def _separate(pixels, boxes, a: str, b: str, fixed: str | None) -> bool:
    (ax, ay), (bx, by) = pixels[a], pixels[b]
    dx, dy = bx - ax, by + boxes[b][2] - ay - boxes[a][2]
    over_x = (boxes[a][0] + boxes[b][0]) / 2 - abs(dx)
    over_y = (boxes[a][1] + boxes[b][1]) / 2 - abs(dy)
    if over_x <= 0 or over_y <= 0:
        return False
    if over_x < over_y:
        shift = (math.copysign(over_x / 2 + 1, dx or 1), 0.0)
    else:
        shift = (0.0, math.copysign(over_y / 2 + 1, dy or 1))
    share_a = 0 if a == fixed else (2 if b == fixed else 1)
    share_b = 0 if b == fixed else (2 if a == fixed else 1)
    pixels[a] = (ax - shift[0] * share_a, ay - shift[1] * share_a)
    pixels[b] = (bx + shift[0] * share_b, by + shift[1] * share_b)
    return True


NODE_FONT = 21  # the page's node label size, in canvas pixels (explorer.js baseFont)
CENTRE_FONT = 30  # the centre zone's label size
LABEL_WIDTH = 190  # the page's widthConstraint for node labels
LABEL_MARGIN = 10  # clear space kept around each label box


def _label_box(labels: dict[str, str], size: int = NODE_FONT, width: int = LABEL_WIDTH) -> tuple[float, float, float]:
    """Room a node and its wrapped label take on the canvas, in pixels, as (width, height, how far
    the box's centre sits below the node's): the widest and tallest of its labels (the layout
    must hold in both languages), the node's shape above the text."""
    boxes = [_text_box(text, size, width) for text in labels.values() if text]
    text_w = max((w for w, _ in boxes), default=size)
    text_h = max((h for _, h in boxes), default=size)
    return text_w + 2 * LABEL_MARGIN, 30 + text_h + 2 * LABEL_MARGIN, text_h / 2


def _text_box(text: str, size: int, width: int) -> tuple[float, float]:
    """Width and height of `text` wrapped at `width` the way vis-network wraps it: at spaces, and
    inside a word (Chinese has no spaces) only when the word alone is wider than a line."""
    def advance(c: str) -> float:
        return size if ord(c) > 0x2e80 else size * 0.58

    lines, current = [], 0.0
    for word in text.split(" "):
        w = sum(advance(c) for c in word)
        space = advance(" ") if current else 0.0
        if current and current + space + w <= width:
            current += space + w
            continue
        if current:
            lines.append(current)
            current = 0.0
        while w > width:  # a word wider than a line breaks between characters
            taken = 0.0
            for c in word:
                if taken + advance(c) > width:
                    break
                taken += advance(c)
            lines.append(taken)
            w -= taken
        current = w
    lines.append(current)
    return max(lines), len(lines) * (size + 5)
