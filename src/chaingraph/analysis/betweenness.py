"""Betweenness centrality estimated from sampled pivots, with each pivot's pass done by numpy.

The report ranks hubs by betweenness estimated from a fixed, seeded sample of pivots
(analysis.chain.hubs). networkx's estimate walks every edge once per pivot in Python, about a
microsecond each: half of the report's time on a region of half a million quads. This is the same
estimate (Brandes' algorithm from the same pivots, networkx's scaling), with each pivot's
breadth-first search and its accumulation done a whole layer at a time over arrays. Path counts
are exact; the dependencies are summed in another order, so values may differ from networkx's in
the last bits. tests/test_analysis.py compares the two.
"""

from __future__ import annotations

import random

import networkx as nx
import numpy as np


def sampled_betweenness(G: nx.Graph, k: int, seed: int) -> dict:
    """`networkx.betweenness_centrality(G, k=k, seed=seed)` of an undirected, unweighted graph:
    normalized, endpoints left out, the pivots those networkx draws."""
    nodes = list(G.nodes())
    n = len(nodes)
    if k >= n:
        return nx.betweenness_centrality(G)
    pivots = random.Random(seed).sample(nodes, k)
    index = {node: i for i, node in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in G.edges()], dtype=np.int64).reshape(-1, 2)
    source = np.concatenate([ends[:, 0], ends[:, 1]])
    target = np.concatenate([ends[:, 1], ends[:, 0]])
    order = np.argsort(source, kind="stable")
    neighbours = target[order]
    starts = np.concatenate([[0], np.cumsum(np.bincount(source, minlength=n))])
    total = np.zeros(n)
    for pivot in pivots:
        total += _dependencies(index[pivot], starts, neighbours, n)
    return dict(zip(nodes, _rescale(total, [index[p] for p in pivots], n, k).tolist(), strict=True))


def _dependencies(pivot: int, starts: np.ndarray, neighbours: np.ndarray, n: int) -> np.ndarray:
    """Brandes' dependency of `pivot` on every node (zero for the pivot itself)."""
    level = np.full(n, -1, dtype=np.int64)
    level[pivot] = 0
    paths = np.zeros(n)  # shortest paths from the pivot
    paths[pivot] = 1.0
    frontier = np.array([pivot], dtype=np.int64)
    steps = []  # per layer, the edges (u, v) from it to the next one
    depth = 0
    while frontier.size:
        counts = starts[frontier + 1] - starts[frontier]
        offsets = np.cumsum(counts) - counts
        position = np.repeat(starts[frontier] - offsets, counts) + np.arange(counts.sum())
        u, v = np.repeat(frontier, counts), neighbours[position]
        fresh = np.unique(v[level[v] == -1])
        level[fresh] = depth + 1
        forward = level[v] == depth + 1
        u, v = u[forward], v[forward]
        paths += np.bincount(v, weights=paths[u], minlength=n)
        steps.append((u, v))
        frontier, depth = fresh, depth + 1
    dependency = np.zeros(n)
    for u, v in reversed(steps):
        share = (1.0 + dependency[v]) / paths[v]
        dependency += np.bincount(u, weights=paths[u] * share, minlength=n)
    dependency[pivot] = 0.0
    return dependency


def _rescale(total: np.ndarray, pivots: list[int], n: int, k: int) -> np.ndarray:
    """networkx's normalization of a sampled estimate without endpoints: a pivot is never counted
    as a path's inner node from itself, so pivots and the rest are scaled apart."""
    others = n - 1
    if others < 2:
        return total
    scale = np.full(n, 1 / (k * (others - 1)))
    scale[pivots] = 1 / ((k - 1) * (others - 1)) if k > 1 else np.nan
    return total * scale
