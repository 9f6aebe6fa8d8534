"""Node positions computed in Python (synthetic graphs of invented nodes)."""

from __future__ import annotations

import networkx as nx
import pytest

from ecograph.viz.layout import LARGE, compute_layout, is_large


def chain_and_hub(n: int) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(f"n{i}" for i in range(n))
    graph.add_edges_from((f"n{i}", f"n{(i - 1) // 3}") for i in range(1, n))
    return graph


@pytest.mark.parametrize("n", [12, LARGE + 40])
def test_viz_layout_is_reproducible_and_places_every_node_apart(n):
    graph = chain_and_hub(n)
    first, second = compute_layout(graph), compute_layout(graph)
    assert first == second
    assert set(first) == set(graph) and len(set(first.values())) == n


def test_viz_layout_large_maps_switch_off_physics():
    assert not is_large(chain_and_hub(LARGE)) and is_large(chain_and_hub(LARGE + 1))


def test_viz_layout_neighbours_sit_closer_than_strangers():
    graph = chain_and_hub(LARGE + 40)
    pos = compute_layout(graph)

    def dist(a: str, b: str) -> float:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        return float(((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5)

    linked = sum(dist(u, v) for u, v in graph.edges()) / graph.number_of_edges()
    nodes = list(graph)
    spread = sum(dist(nodes[i], nodes[-1 - i]) for i in range(100)) / 100
    assert linked < spread / 2


def test_viz_layout_empty_graph():
    assert compute_layout(nx.MultiDiGraph()) == {}
