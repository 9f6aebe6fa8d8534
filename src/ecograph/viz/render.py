"""Turn a networkx map into one self-contained, escaped HTML page through pyvis.

pyvis builds the vis-network node and edge lists and ships vis-network itself;
its own template is not used: it links Bootstrap from a CDN, writes the heading
unescaped and sets any tooltip containing "href" as raw HTML. Our template
inlines every asset, puts all article text in one JSON block (made HTML-safe by
Jinja's `tojson`), builds tooltips as DOM text in `map.js`, and pins the inline
scripts by hash in a Content-Security-Policy, so injected markup cannot run.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from ecograph.viz import assets
from ecograph.viz.layout import Positions
from ecograph.viz.network import IDENTIFIERS
from ecograph.viz.style import SMALL, legend, look, node_size, relation_label

_INFO_KEYS = (
    "type",
    "category",
    "articles",
    "aliases",
    "value",
    "unit",
    "qualifier",
    "status",
    "sectors",
)


def render_page(
    graph: nx.MultiDiGraph, positions: Positions, *, title: str, physics: bool, notes: list[str]
) -> str:
    """Return the HTML page drawing `graph` at `positions`."""
    net = build_network(graph, positions, edge_labels=physics)
    net.options = vis_options(physics=physics)
    nodes, edges, _, _, _, options = net.get_network_data()
    payload = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "info": [_node_info(n, d) for n, d in graph.nodes(data=True)],
        "edgeInfo": _edge_info(graph),
        "articles": graph.graph.get("articles", {}),
        "legend": legend(Counter(d["type"] for _, d in graph.nodes(data=True))),
        "sectors": sorted({s for _, d in graph.nodes(data=True) for s in d["sectors"]}),
        "notes": notes,
    }
    scripts = assets.scripts()
    template = assets.environment().get_template("map.html")
    return template.render(
        title=title,
        data=payload,
        scripts=scripts,
        csp=assets.csp(scripts),
        styles=assets.styles(),
    )


def build_network(graph: nx.MultiDiGraph, positions: Positions, *, edge_labels: bool) -> Network:
    """Fill a pyvis Network: one styled, placed node per entity, one edge per relation.

    Nodes and edges are pyvis `Node`/`Edge` records appended directly: `add_node` and
    `add_edge` check membership in a list, quadratic (2 s at 5,000 nodes), and the
    networkx graph already guarantees that every edge joins two known nodes.
    """
    net = Network(directed=True, cdn_resources="in_line")
    index = {n: i for i, n in enumerate(graph.nodes)}
    for n, d in graph.nodes(data=True):
        x, y = positions[n]
        style = look(d["type"])
        small = {"font": {"size": 12, "color": "#666666"}} if d["type"] in SMALL else {}
        size = node_size(d["type"], d["articles"])
        node = Node(
            index[n], style.shape, d["label"], color=style.color, size=size, x=x, y=y, **small
        )
        net.nodes.append(node.options)
        net.node_ids.append(index[n])
        net.node_map[index[n]] = node.options
    for i, (u, v, k) in enumerate(graph.edges(keys=True)):
        label = {"label": relation_label(k)} if edge_labels else {}
        net.edges.append(Edge(index[u], index[v], directed=True, id=i, **label).options)
    return net


def vis_options(*, physics: bool) -> dict[str, Any]:
    """Return vis-network options: a short physics polish for small maps, none for large."""
    return {
        "nodes": {"font": {"size": 18, "face": "sans-serif", "strokeWidth": 4}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#a0a0a0", "highlight": "#333333", "hover": "#555555"},
            "font": {"size": 10, "align": "middle", "color": "#555555"},
            "smooth": False,
        },
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -2500,
                "centralGravity": 0.6,
                "springLength": 110,
                "avoidOverlap": 0.3,
            },
            # positions come from Python: a short polish before the first frame
            "stabilization": {"enabled": physics, "iterations": 100, "updateInterval": 100},
        },
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "hideEdgesOnDrag": not physics, "tooltipDelay": 120},
    }


def _node_info(iri: str, data: dict[str, Any]) -> dict[str, Any]:
    info = {k: data[k] for k in _INFO_KEYS if data.get(k) not in (None, [], "")}
    info["iri"] = iri
    info["typeName"] = look(data["type"]).label_fr
    info["ids"] = {k: data[k] for k in IDENTIFIERS if data.get(k)}
    return info


def _edge_info(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    return [
        {"relation": relation_label(k), "evidence": d.get("evidence", [])}
        for _, _, k, d in graph.edges(keys=True, data=True)
    ]
