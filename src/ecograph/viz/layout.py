"""Node positions computed in Python, so the browser draws the first frame at once.

vis-network's own physics needs about 2 s to settle 100 nodes and over a minute
for 1,000 on this machine. Small maps get a networkx spring layout as a start
that the browser's physics polishes briefly; large maps get igraph's grid
Fruchterman-Reingold (C, well under a second for 5,000 nodes) and no physics.
networkx's own spring layout needs scipy above 500 nodes and still took 24 s
for 5,000 nodes, hence igraph there.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict

import igraph
import networkx as nx
import numpy as np

# Above this many nodes the page draws with physics off.
LARGE = 300

Positions = dict[str, tuple[float, float]]


def is_large(graph: nx.Graph) -> bool:
    """Tell whether the map is drawn from precomputed positions with physics off."""
    return bool(graph.number_of_nodes() > LARGE)


def compute_layout(graph: nx.MultiDiGraph, *, seed: int = 7) -> Positions:
    """Return canvas positions for every node, spread in proportion to the map's size."""
    nodes = list(graph.nodes)
    if not nodes:
        return {}
    if is_large(graph):
        coords = _igraph_layout(graph, nodes, seed=seed)
    else:
        spring = nx.spring_layout(nx.Graph(graph), iterations=60, seed=seed)
        coords = np.array([spring[n] for n in nodes], dtype=float)
    return _scale(nodes, coords)


def _igraph_layout(graph: nx.MultiDiGraph, nodes: list[str], *, seed: int) -> np.ndarray:
    index = {n: i for i, n in enumerate(nodes)}
    edges = {(index[u], index[v]) for u, v in graph.edges() if u != v}
    g = igraph.Graph(n=len(nodes), edges=sorted(edges))
    # igraph draws from Python's `random`: seed it so a map is the same on every run
    state = random.getstate()
    random.seed(seed)
    try:
        layout = g.layout_fruchterman_reingold(niter=300, grid=True)
    finally:
        random.setstate(state)
    return np.array(layout.coords, dtype=float)


def _scale(nodes: list[str], coords: np.ndarray) -> Positions:
    """Centre the layout and give it room in proportion to the square root of its size."""
    coords = coords - coords.mean(axis=0)
    extent = float(np.abs(coords).max()) or 1.0
    radius = 40.0 * math.sqrt(len(nodes)) + 60.0
    coords = coords / extent * radius
    placed = [(round(float(x), 1), round(float(y), 1)) for x, y in coords]
    return dict(zip(nodes, _separate(placed), strict=True))


def _separate(placed: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Fan out nodes left on the very same spot (leaves of one hub can end up stacked)."""
    groups: dict[tuple[float, float], list[int]] = defaultdict(list)
    for i, point in enumerate(placed):
        groups[point].append(i)
    for (x, y), members in groups.items():
        for k, i in enumerate(members[1:], start=1):
            angle = 2 * math.pi * k / len(members)
            placed[i] = (round(x + 15 * math.cos(angle), 1), round(y + 15 * math.sin(angle), 1))
    return placed
