"""Export the entity network for Gephi (GraphML, GEXF) and spreadsheets (CSV).

The network is the map's (`ecograph.viz.read_network`): one node per entity with
its class, name, identifiers and article count; one edge per relation with its
evidence sentences. CSV cells that a spreadsheet would read as a formula are
neutralised.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from ecograph.errors import EcographError, GraphError
from ecograph.viz.network import IDENTIFIERS, read_network

FORMATS = ("graphml", "gexf", "csv")
NODE_COLUMNS = (
    "id",
    "label",
    "type",
    "category",
    "articles",
    *IDENTIFIERS,
    "aliases",
    "sectors",
    "value",
    "unit",
    "status",
)
EDGE_COLUMNS = (
    "source",
    "target",
    "relation",
    "source_label",
    "target_label",
    "evidence",
    "articles",
)
# Leading characters that make Excel, LibreOffice or Sheets evaluate a cell.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_graph(source: Any, out: str | Path, *, fmt: str) -> list[Path]:
    """Write the network of `source` as `fmt` ('graphml', 'gexf' or 'csv'); return the files.

    For 'csv', `out` is a folder that receives nodes.csv and edges.csv.
    """
    if fmt not in FORMATS:
        raise EcographError(
            f"unknown export format {fmt!r}", fix=f"use one of {', '.join(FORMATS)}"
        )
    graph = read_network(source)
    out = Path(out)
    try:
        if fmt == "csv":
            return _write_csv(graph, out)
        out.parent.mkdir(parents=True, exist_ok=True)
        writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        writer(flat_graph(graph), out)
    except OSError as e:
        raise GraphError(f"cannot write {out}: {e.strerror}", fix="choose a writable --out") from e
    return [out]


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy whose attributes are all strings or numbers, as GraphML and GEXF need.

    The writers take an edge's key as its XML id: the relation name (the network's key)
    would repeat, so each edge gets a numbered key ("e0", "e1"...); the relation is
    kept in its `relation` attribute.
    """
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_flat(_node_row(node, data, graph)))
    edges = graph.edges(keys=True, data=True)
    for number, (u, v, key, data) in enumerate(edges):
        flat.add_edge(u, v, key=f"e{number}", **_flat(_edge_row(u, v, key, data, graph)))
    return flat


def neutralise(value: object) -> str:
    """Return a cell as text, quoted with a leading ' if a spreadsheet would run it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _write_csv(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    nodes = (_node_row(n, d, graph) for n, d in graph.nodes(data=True))
    edges = (_edge_row(u, v, k, d, graph) for u, v, k, d in graph.edges(keys=True, data=True))
    return [
        _csv(folder / "nodes.csv", NODE_COLUMNS, nodes),
        _csv(folder / "edges.csv", EDGE_COLUMNS, edges),
    ]


def _csv(path: Path, columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([neutralise(_cell(row.get(c))) for c in columns])
    return path


def _node_row(node: str, data: dict[str, Any], graph: nx.MultiDiGraph) -> dict[str, Any]:
    row = {c: data.get(c) for c in NODE_COLUMNS}
    row["id"] = node
    return row


def _edge_row(
    u: str, v: str, key: str, data: dict[str, Any], graph: nx.MultiDiGraph
) -> dict[str, Any]:
    evidence = data.get("evidence", [])
    return {
        "source": u,
        "target": v,
        "relation": key,
        "source_label": graph.nodes[u]["label"],
        "target_label": graph.nodes[v]["label"],
        "evidence": [e["text"] for e in evidence],
        "articles": sorted({e["article"] for e in evidence if e.get("article")}),
    }


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return " | ".join(map(str, value))
    return "" if value is None else str(value)


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values; keep numbers, join lists, JSON-encode anything else."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if value in (None, "", []) or key in ("id", "source", "target"):
            continue
        if isinstance(value, list):
            flat[key] = " | ".join(map(str, value))
        else:
            flat[key] = value if isinstance(value, (int, float, str)) else json.dumps(value)
    return flat
