"""`write_map`: from an RDF source to one offline HTML network map."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from ecograph.errors import GraphError
from ecograph.viz.layout import compute_layout, is_large
from ecograph.viz.network import read_network
from ecograph.viz.render import render_page
from ecograph.viz.select import (
    cap_nodes,
    check_types,
    ego_subgraph,
    find_focus,
    query_subgraph,
    type_subgraph,
)

# How many left-out names the page and the summary spell out.
SHOWN_LEFT_OUT = 10


@dataclass(frozen=True, slots=True)
class MapSummary:
    """What a map shows and what it left out."""

    path: Path
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int
    left_out: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()
    physics: bool = True
    notes: tuple[str, ...] = ()


def write_map(
    source: Any,
    out_path: str | Path,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Collection[str] | None = None,
    max_nodes: int | None = None,
    query: str | None = None,
    title: str = "ecograph : carte du réseau",
) -> MapSummary:
    """Write the network of `source` (rdflib graph/dataset or pyoxigraph store) as HTML.

    Args:
        source: the RDF to draw, read through SPARQL over the union of its graphs.
        out_path: the HTML file to write (its folder is created).
        focus: draw only the ego network of the entities with this name (folded match).
        depth: hops around the focus.
        types: keep only these fine types or categories (e.g. "Company", "Place").
        max_nodes: keep the most mentioned nodes; the page and summary say what was left out.
        query: SPARQL SELECT text picking ?s ?p ?o edges or node IRIs to draw.
        title: the page heading.

    Returns:
        A `MapSummary` of what was drawn.
    """
    if types is not None:
        check_types(types)
    full = read_network(source)
    graph = query_subgraph(full, source, query) if query else full
    centers = find_focus(graph, focus) if focus else []
    if centers:
        graph = ego_subgraph(graph, centers, depth)
    if types:
        graph = type_subgraph(graph, types, keep=centers)
    left_out: list[str] = []
    if max_nodes is not None and graph.number_of_nodes() > max_nodes:
        graph, left_out = cap_nodes(graph, max_nodes, keep=centers)
    notes = _notes(graph, full, left_out)
    html = render_page(
        graph, compute_layout(graph), title=title, physics=not is_large(graph), notes=notes
    )
    path = _write(Path(out_path), html)
    return MapSummary(
        path=path,
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        total_nodes=full.number_of_nodes(),
        total_edges=full.number_of_edges(),
        left_out=tuple(left_out),
        focus=tuple(graph.nodes[c]["label"] for c in centers),
        physics=not is_large(graph),
        notes=tuple(notes),
    )


def _notes(graph: nx.MultiDiGraph, full: nx.MultiDiGraph, left_out: list[str]) -> list[str]:
    """Say in the page what the map does not show."""
    notes = []
    if graph.number_of_nodes() < full.number_of_nodes():
        notes.append(
            f"Carte partielle : {graph.number_of_nodes()} nœuds sur "
            f"{full.number_of_nodes()} dans le graphe."
        )
    if left_out:
        names = ", ".join(left_out[:SHOWN_LEFT_OUT])
        more = (
            f" et {len(left_out) - SHOWN_LEFT_OUT} autres" if len(left_out) > SHOWN_LEFT_OUT else ""
        )
        notes.append(f"Limite de taille : {len(left_out)} nœuds moins cités omis ({names}{more}).")
    if is_large(graph):
        notes.append(
            "Grande carte : positions calculées à l'avance, sans physique ; "
            "liens sans étiquette (survoler un lien pour sa relation)."
        )
    return notes


def _write(path: Path, html: str) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    except OSError as e:
        raise GraphError(
            f"cannot write the map to {path}: {e.strerror}", fix="choose a writable --out path"
        ) from e
    return path
