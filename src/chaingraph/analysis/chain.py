"""What planners ask of the graph: which chain segments a zone covers, at what capacity, which are
missing, which entities hold the graph together, and how two entities are connected.

Plain functions over the networkx projection (`chaingraph.analysis.projection.to_networkx`). Every result
carries `facts`: the (subject, predicate, object) keys of the statements behind it, so that a
report can quote the article for each line (`chaingraph.analysis.projection.citations`).

>>> from chaingraph.dataset.build import build_dataset
>>> from chaingraph.analysis.projection import to_networkx
>>> G = to_networkx(build_dataset())
>>> zone = resolve(G, "自贡高新区")
>>> [G.nodes[g.segment]["label_en"] for g in gaps(G, zone)][:2]
['sodium salts (soda ash and others)', 'anode materials']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

import networkx as nx

from chaingraph.analysis.betweenness import sampled_betweenness
from chaingraph.analysis.columns import chain_columns, top_segment
from chaingraph.analysis.resolve import NameNotFound, candidates_from_graph
from chaingraph.analysis.resolve import resolve as resolve_name

Fact = tuple[str, str, str]  # (subject IRI, predicate local name, object IRI or lexical value)

LOCATING = ("locatedIn", "partOf")
INDUSTRY_LINKS = ("supportsIndustry", "leadIndustry", "supportingIndustry", "researchField", "inIndustry")


@dataclass
class CapacityFact:
    capacity: str
    product: str
    holder: str
    value: float
    unit: str
    per_period: str
    status: str
    date: str
    facts: list[Fact] = field(default_factory=list)


@dataclass
class SegmentCoverage:
    segment: str
    parent: str | None
    covered: bool
    products: list[str]
    producers: list[tuple[str, str]]  # (local entity, product)
    capacities: list[CapacityFact]
    platforms: list[str]
    totals: dict[tuple[str, str, str], float]  # (unit, per_period, status) -> summed value
    facts: list[Fact] = field(default_factory=list)


@dataclass
class Gap:
    segment: str
    dependents: list[str]  # covered chain segments downstream that need this one
    narrower: list[str]  # its sub-segments, none of them covered either
    leads: list[tuple[str, str, str]]  # (local entity, predicate, related industry)
    facts: list[Fact] = field(default_factory=list)


@dataclass
class Step:
    source: str
    predicate: str
    target: str
    forward: bool  # True when the statement reads source -> target


# ---------------------------------------------------------------- names


def resolve(G: nx.MultiDiGraph, name: str) -> str:
    """The node a user means by `name`, ranked by chaingraph.analysis.resolve (id, label, alias,
    prefix, substring, pinyin). Raises NameNotFound when none or several match.

    >>> from chaingraph.dataset.build import build_dataset
    >>> from chaingraph.analysis.projection import to_networkx
    >>> G = to_networkx(build_dataset())
    >>> resolve(G, "珈钠能源") == resolve(G, "jiana-energy") == resolve(G, "Jiana Energy") == resolve(G, "珈钠")
    True
    """
    return resolve_name(name, candidates_from_graph(G)).iri


def label(G: nx.MultiDiGraph, node: str, lang: str = "zh") -> str:
    data = G.nodes[node]
    return data.get(f"label_{lang}") or data["id"]


# ---------------------------------------------------------------- the zone and what is local


def default_zone(G: nx.MultiDiGraph) -> str:
    """The place most facts are attached to directly (located in it, part of it, capacities it
    has): for a single-zone article, the zone the article is about."""
    places = [n for n, d in G.nodes(data=True) if d["cls"] in ("HighTechZone", "IndustrialPark",
                                                               "AdministrativeRegion", "EconomicRegion")]
    if not places:
        raise NameNotFound("zone", [], ambiguous=False)

    def attached(place):
        return (sum(1 for _, _, k in G.in_edges(place, keys=True) if k in LOCATING)
                + sum(1 for _, _, k in G.out_edges(place, keys=True) if k == "hasCapacity"))

    return min(places, key=lambda p: (-attached(p), p))


def local_entities(G: nx.MultiDiGraph, zone: str) -> dict[str, list[Fact]]:
    """Everything in `zone`, each with the facts that place it there.

    Local are: the zone; places part of it (transitively); entities located in those; and
    organisations that operate a local project or platform (a company is where its plant is).
    """
    local: dict[str, list[Fact]] = {zone: []}
    frontier = [zone]
    while frontier:
        place = frontier.pop(0)
        for entity, _, key in sorted(G.in_edges(place, keys=True)):
            if key in LOCATING and entity not in local:
                local[entity] = local[place] + [(entity, key, place)]
                frontier.append(entity)
    for entity in sorted(local):
        for _, operator, key in sorted(G.out_edges(entity, keys=True)):
            if key == "operatedBy" and operator not in local:
                local[operator] = local[entity] + [(entity, key, operator)]
    return local


# ---------------------------------------------------------------- the chain


def chain_industry(G: nx.MultiDiGraph, counts: dict[str, int] | None = None) -> str:
    """The industry most chain segments belong to (the reference chain being analysed); `counts`:
    `industry_segments(G)`, when the caller has it."""
    counts = industry_segments(G) if counts is None else counts
    if not counts:
        raise NameNotFound("chain industry", [], ambiguous=False)
    return min(counts, key=lambda i: (-counts[i], i))


def industry_segments(G: nx.MultiDiGraph) -> dict[str, int]:
    """How many chain segments each industry has (cg:inIndustry from a segment), read from the
    segments' own edges rather than every edge of a province."""
    counts: dict[str, int] = defaultdict(int)
    adjacency = G.adj
    for s, cls in G.nodes(data="cls"):
        if cls == "ChainSegment":
            for o, by_key in adjacency[s].items():
                if "inIndustry" in by_key:
                    counts[o] += 1
    return dict(counts)


def segments(G: nx.MultiDiGraph, industry: str | None = None) -> list[str]:
    """The chain segments of `industry` (default: `chain_industry`), upstream first.

    Ordered by topological depth over upstreamOf (narrower segments right after their parent),
    then by English label.
    """
    industry = industry or chain_industry(G)
    # the industry's own in-edges rather than every edge: this runs once per chain of a province
    members = {s for s, _, k in (G.in_edges(industry, keys=True) if industry in G else ())
               if k == "inIndustry" and G.nodes[s]["cls"] == "ChainSegment"}
    depth = segment_depths(G, members)
    top = sorted((s for s in members if parent_of(G, s) is None),
                 key=lambda s: (depth[s], label(G, s, "en").casefold()))
    ordered = []
    for segment in top:
        ordered.append(segment)
        ordered.extend(sorted(narrower(G, segment, members), key=lambda s: label(G, s, "en").casefold()))
    return ordered


def parent_of(G: nx.MultiDiGraph, segment: str) -> str | None:
    return next((o for _, o, k in sorted(G.out_edges(segment, keys=True)) if k == "subSegmentOf"), None)


def narrower(G: nx.MultiDiGraph, segment: str, within: set[str] | None = None) -> list[str]:
    """Sub-segments of `segment`, transitively."""
    found, frontier = [], [segment]
    while frontier:
        current = frontier.pop(0)
        for child, _, k in sorted(G.in_edges(current, keys=True)):
            if k == "subSegmentOf" and child not in found and (within is None or child in within):
                found.append(child)
                frontier.append(child)
    return found


def top_level(G: nx.MultiDiGraph, segment: str) -> str:
    return top_segment(lambda s: parent_of(G, s), segment)


def segment_depths(G: nx.MultiDiGraph, members: set[str]) -> dict[str, int]:
    """Column of each segment, upstream = 0, by `chain_columns` aligned late: as late as its
    downstream allows, so that all the cell's materials share one column rather than a BMS
    sitting with raw materials. A sub-segment takes its parent's column."""
    flow = nx.DiGraph()
    flow.add_nodes_from(sorted(top_level(G, s) for s in members))
    for s in sorted(members):  # the members' own out-edges rather than every edge
        for _, o, k in G.out_edges(s, keys=True):
            if k == "upstreamOf" and o in members:
                flow.add_edge(top_level(G, s), top_level(G, o))
    column = chain_columns(flow, "late")
    return {s: column[top_level(G, s)] for s in members}


def downstream(G: nx.MultiDiGraph, segment: str) -> list[str]:
    """Top-level segments reachable downstream of `segment` (from it or its narrower segments)."""
    start = [segment, *narrower(G, segment)]
    seen: set[str] = set()
    frontier = list(start)
    while frontier:
        current = frontier.pop(0)
        for _, target, k in sorted(G.out_edges(current, keys=True)):
            if k == "upstreamOf":
                lifted = top_level(G, target)
                if lifted not in seen:
                    seen.add(lifted)
                    frontier.extend([lifted, *narrower(G, lifted)])
    seen.discard(top_level(G, segment))
    return sorted(seen)


# ---------------------------------------------------------------- coverage and gaps


class CoverageEdges(NamedTuple):
    """The relations coverage reads, grouped once per graph (`coverage_edges`)."""

    in_segment: dict[str, list[str]]  # segment -> what is in it
    producers_of: dict[str, list[str]]  # product -> who produces it
    held: list[tuple[str, str]]  # every (holder, capacity), sorted


def coverage(G: nx.MultiDiGraph, zone: str | None = None, industry: str | None = None,
             edges: CoverageEdges | None = None, local: dict[str, list[Fact]] | None = None
             ) -> list[SegmentCoverage]:
    """How each segment of the chain is covered by local entities, in chain order.

    A segment is covered when a product in it (or in a narrower segment) is produced by a local
    company or project, or a local entity (the zone included) has a capacity for such a product,
    or a local entity (such as a platform) is placed in the segment itself. Capacities are summed
    per (unit, period, status); each capacity is also kept with its own details.

    >>> from chaingraph.dataset.build import build_dataset
    >>> from chaingraph.analysis.projection import to_networkx
    >>> G = to_networkx(build_dataset())
    >>> cells = next(c for c in coverage(G) if c.segment.endswith("/cell-segment"))
    >>> cells.covered, cells.totals
    (True, {('GWH', 'UNKNOWN', 'planned-or-under-construction'): 5})

    `edges` (`coverage_edges(G)`) and `local` (`local_entities(G, zone)`), when the caller reads
    the coverage of several industries of one graph: read once, not once per industry."""
    zone = zone or default_zone(G)
    if local is None:
        local = local_entities(G, zone)
    if edges is None:
        edges = coverage_edges(G)
    in_segment, producers_of = edges.in_segment, edges.producers_of
    held = _held_by_product(G, edges.held, local)
    result = []
    for segment in segments(G, industry):
        scope = [segment, *narrower(G, segment)]
        members = [(e, s) for s in scope for e in in_segment.get(s, ())]
        products = sorted(e for e, _ in members if G.nodes[e]["cls"] in ("Product", "Material"))
        kinds = set(products)
        facts: list[Fact] = sorted((e, "inSegment", s) for e, s in members if e in kinds)
        producers = sorted((e, p) for p in kinds for e in producers_of.get(p, ()) if e in local)
        capacities = _capacities(G, held, kinds, local)
        placed = sorted(e for e, _ in members if e in local and e not in kinds)
        for entity, product in producers:
            facts += local[entity] + [(entity, "produces", product)]
        for entity in placed:
            facts += local[entity] + [(entity, "inSegment", next(s for s in scope if G.has_edge(entity, s)))]
        totals: dict[tuple[str, str, str], float] = defaultdict(float)
        for cap in capacities:
            totals[(cap.unit, cap.per_period, cap.status)] += cap.value
            facts += cap.facts
        result.append(SegmentCoverage(
            segment=segment,
            parent=parent_of(G, segment),
            covered=bool(producers or capacities or placed),
            products=products,
            producers=producers,
            capacities=capacities,
            platforms=placed,
            totals={k: _number(v) for k, v in sorted(totals.items())},
            facts=list(dict.fromkeys(facts)),
        ))
    return result


def coverage_edges(G: nx.MultiDiGraph) -> CoverageEdges:
    """What coverage reads of every edge, in one pass over the adjacency maps (each pair's edges
    by key, rather than an edge view: a province's graph has 100,000 edges). Only the capacities
    are sorted: the first local holder of a capacity is its holder; the rest is sorted where used."""
    in_segment: dict[str, list[str]] = defaultdict(list)
    producers_of: dict[str, list[str]] = defaultdict(list)
    held = []
    for u, neighbours in G.adjacency():
        for v, by_key in neighbours.items():
            if "produces" in by_key:
                producers_of[v].append(u)
            if "inSegment" in by_key:
                in_segment[v].append(u)
            if "hasCapacity" in by_key:
                held.append((u, v))
    held.sort()
    return CoverageEdges(in_segment, producers_of, held)


def _held_by_product(G, held: list[tuple[str, str]], local) -> dict[str, list[tuple[str, str]]]:
    """product -> the (holder, capacity) pairs of local holders, in the order of `held` (every
    (holder, capacity), sorted): read once per coverage, not once per segment."""
    by_product: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for holder, cap in held:
        if holder in local:
            product = next((p for _, p, kk in G.out_edges(cap, keys=True) if kk == "ofProduct"), None)
            by_product[product].append((holder, cap))
    return by_product


def _capacities(G, held: dict[str, list[tuple[str, str]]], products: set[str],
                local: dict[str, list[Fact]]) -> list[CapacityFact]:
    """The capacities for `products` that local entities hold (`held`: `_held_by_product`); a
    capacity held by two local entities is the first holder's."""
    found: dict[str, CapacityFact] = {}
    for product in products:
        for holder, cap in held.get(product, ()):
            if cap in found:
                continue
            data = G.nodes[cap]
            facts = local[holder] + [(holder, "hasCapacity", cap), (cap, "ofProduct", product)]
            facts += [(cap, prop, str(data[attr])) for prop, attr in
                      (("value", "value"), ("unitCode", "unit"), ("perPeriod", "per_period"), ("date", "date"))
                      if attr in data]
            facts.append((cap, "status", ""))  # the status individual; looked up by subject and predicate
            found[cap] = CapacityFact(cap, product, holder, data.get("value", 0), data.get("unit", ""),
                                      data.get("per_period", ""), data.get("status", ""), data.get("date", ""),
                                      facts)
    return sorted(found.values(), key=lambda c: (c.product, c.status, c.capacity))


def gaps(G: nx.MultiDiGraph, zone: str | None = None, industry: str | None = None,
         cover: list[SegmentCoverage] | None = None, local: dict[str, list[Fact]] | None = None) -> list[Gap]:
    """Top-level chain segments with nothing local, ranked by how many covered segments
    downstream depend on them (transitively over upstreamOf), ties by English label. `cover` is
    `coverage(G, zone, industry)` when the caller has it already, and `local` likewise.

    Narrower segments are not listed on their own: under an uncovered segment they are part of
    its gap, and under a covered one a product of unstated type (such as 钠电正极材料) may well
    belong to them, so calling them missing would overstate what the sources say.
    """
    industry = industry or chain_industry(G)
    zone = zone or default_zone(G)
    cover = {c.segment: c for c in (cover if cover is not None else coverage(G, zone, industry))}
    if local is None:
        local = local_entities(G, zone)
    found = []
    for segment, item in cover.items():
        if item.covered or item.parent is not None:
            continue
        dependents = [d for d in downstream(G, segment) if d in cover and cover[d].covered]
        found.append(Gap(
            segment=segment,
            dependents=sorted(dependents, key=lambda s: label(G, s, "en").casefold()),
            narrower=narrower(G, segment),
            leads=_leads(G, segment, industry, local),
            facts=[(segment, "upstreamOf", t) for _, t, k in sorted(G.out_edges(segment, keys=True))
                   if k == "upstreamOf"],
        ))
    return sorted(found, key=lambda g: (-len(g.dependents), label(G, g.segment, "en").casefold()))


def _leads(G, segment: str, industry: str, local) -> list[tuple[str, str, str]]:
    """Local entities working in an industry related to a gap: the gap's own industries besides
    the chain's, and those of other chains' segments that feed it or that it feeds."""
    scope = [segment, *narrower(G, segment)]
    neighbours = [n for s in scope for n in (*G.predecessors(s), *G.successors(s))
                  if G.nodes[n]["cls"] == "ChainSegment" and not _same_chain(G, n, industry)]
    related = {o for s in (*scope, *neighbours) for _, o, k in G.out_edges(s, keys=True)
               if k == "inIndustry" and o != industry}
    return sorted((e, k, i) for i in related for e, _, k in G.in_edges(i, keys=True)
                  if k in INDUSTRY_LINKS and e in local and G.nodes[e]["cls"] != "ChainSegment")


def _same_chain(G, segment: str, industry: str) -> bool:
    return any(k == "inIndustry" and o == industry for _, o, k in G.out_edges(top_level(G, segment), keys=True))


def _number(value: float):
    return int(value) if float(value).is_integer() else value


# ---------------------------------------------------------------- hubs, paths, neighbourhoods


# Exact betweenness costs O(V·E): seconds at a thousand entities, hours at a province. Above
# EXACT_HUBS_UP_TO entities it is estimated from HUB_PIVOTS shortest-path trees rooted at pivots
# drawn with a fixed seed (Brandes' sampling, as networkx does it, each pivot's pass done by numpy in
# analysis/betweenness.py): O(k·E), linear in the graph, and the same ranking on every build of the
# same data.
EXACT_HUBS_UP_TO = 1_000
HUB_PIVOTS = 100
HUB_SEED = 0


def hubs(G: nx.MultiDiGraph, top: int = 10, include_reference: bool = False) -> list[tuple[str, float, int]]:
    """The entities that hold the graph together: (node, betweenness centrality, degree), highest
    betweenness first. By default only what sources state counts, not the reference chain.
    Betweenness is exact up to EXACT_HUBS_UP_TO entities and estimated from HUB_PIVOTS seeded
    pivots above.

    >>> from chaingraph.dataset.build import build_dataset
    >>> from chaingraph.analysis.projection import to_networkx
    >>> G = to_networkx(build_dataset())
    >>> hubs(G, top=1)[0][0].rsplit("/", 1)[1]
    'zigong-high-tech-zone'
    """
    simple = _stated_graph(G, include_reference)
    if simple.number_of_nodes() <= EXACT_HUBS_UP_TO:
        centrality = nx.betweenness_centrality(simple)
    else:
        centrality = sampled_betweenness(simple, min(HUB_PIVOTS, simple.number_of_nodes()), HUB_SEED)
    ranked = sorted(simple.nodes, key=lambda n: (-round(centrality[n], 6), -simple.degree(n), n))
    return [(n, round(centrality[n], 4), simple.degree(n)) for n in ranked[:top]]


def _stated_graph(G: nx.MultiDiGraph, include_reference: bool) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(n for n, d in G.nodes(data=True) if include_reference or not d["reference"])
    simple.add_edges_from((u, v) for u, v, d in G.edges(data=True)
                          if (include_reference or not d["reference"]) and u in simple and v in simple)
    return simple


def shortest_path(G: nx.MultiDiGraph, source: str, target: str) -> list[Step]:
    """The shortest chain of statements linking two entities, read in either direction.

    >>> from chaingraph.dataset.build import build_dataset
    >>> from chaingraph.analysis.projection import to_networkx
    >>> G = to_networkx(build_dataset())
    >>> steps = shortest_path(G, resolve(G, "成都高新区"), resolve(G, "珈钠能源"))
    >>> [label(G, s.target) for s in steps]
    ['自贡高新区与成都高新区合作', '自贡高新区', '钠电产业', '自贡珈钠能源科技有限公司']

    Raises networkx.NetworkXNoPath when nothing links them.
    """
    nodes = nx.shortest_path(G.to_undirected(as_view=True), source, target)
    return [_step(G, u, v) for u, v in zip(nodes, nodes[1:], strict=False)]


def neighbourhood(G: nx.MultiDiGraph, node: str, depth: int = 1) -> list[tuple[int, Step]]:
    """Entities within `depth` statements of `node`, as (distance, step from its parent),
    breadth first."""
    undirected = G.to_undirected(as_view=True)
    distance = {node: 0}
    result = []
    for parent, child in nx.bfs_edges(undirected, node, depth_limit=depth, sort_neighbors=sorted):
        distance[child] = distance[parent] + 1
        result.append((distance[child], _step(G, parent, child)))
    return result


def _step(G, u: str, v: str) -> Step:
    if G.has_edge(u, v):
        return Step(u, sorted(G[u][v])[0], v, True)
    return Step(u, sorted(G[v][u])[0], v, False)
