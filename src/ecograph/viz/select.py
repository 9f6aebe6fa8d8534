"""Cut the part of the network a map shows: a query, an ego network, types, a size cap."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

import networkx as nx

from ecograph.errors import EcographError, QueryError
from ecograph.link import fold
from ecograph.query.safety import check_query
from ecograph.records import CATEGORY_OF_TYPE
from ecograph.viz.network import local_name
from ecograph.viz.sparql import is_iri, lexical, select_terms


def query_subgraph(graph: nx.MultiDiGraph, source: Any, query: str) -> nx.MultiDiGraph:
    """Keep what a SELECT picks: its ?s ?p ?o edges, or else every node IRI it binds."""
    if check_query(query) != "SELECT":
        raise QueryError("the map needs a SELECT query", fix="write SELECT ?s ?p ?o WHERE {...}")
    rows = select_terms(source, query)
    if rows and {"s", "p", "o"} <= rows[0].keys():
        triples = {(lexical(r["s"]), local_name(lexical(r["p"])), lexical(r["o"])) for r in rows}
        edges = [(s, o, p) for s, p, o in triples if graph.has_edge(s, o, key=p)]
        nodes = {n for s, _, o in triples for n in (s, o) if n in graph}
        sub = graph.edge_subgraph(edges).copy()
        sub.add_nodes_from((n, graph.nodes[n]) for n in nodes)
        return sub
    nodes = {lexical(v) for row in rows for v in row.values() if is_iri(v)} & graph.nodes
    if not nodes:
        raise QueryError(
            "the map query selected no entity of the graph",
            fix="return entity IRIs, or ?s ?p ?o triples between entities",
        )
    return graph.subgraph(nodes).copy()


def find_focus(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Return the nodes named `name` (folded; exact names first, then names containing it)."""
    wanted = fold(name)
    names = {
        n: {fold(d["label"]), *map(fold, d.get("aliases", ()))} for n, d in graph.nodes(data=True)
    }
    exact = [n for n, folded in names.items() if wanted in folded]
    found = exact or [n for n, folded in names.items() if any(wanted in f for f in folded)]
    if not wanted or not found:
        raise EcographError(
            f"no entity named {name!r} in the graph",
            fix="give a name shown in the full map, e.g. ecograph map --out all.html",
        )
    return sorted(found)


def ego_subgraph(graph: nx.MultiDiGraph, centers: Iterable[str], depth: int) -> nx.MultiDiGraph:
    """Keep the nodes within `depth` hops of any center, edges taken in both directions."""
    undirected = graph.to_undirected(as_view=True)
    nodes: set[str] = set()
    for center in centers:
        nodes |= nx.single_source_shortest_path_length(undirected, center, cutoff=depth).keys()
    return graph.subgraph(nodes).copy()


def check_types(types: Collection[str]) -> set[str]:
    """Return the requested class names, failing on one the ontology does not know."""
    known = set(CATEGORY_OF_TYPE) | set(CATEGORY_OF_TYPE.values())
    unknown = sorted(set(types) - known)
    if unknown:
        raise EcographError(
            f"unknown entity type(s): {', '.join(unknown)}",
            fix=f"use some of: {', '.join(sorted(known))}",
        )
    return set(types)


def type_subgraph(
    graph: nx.MultiDiGraph, types: Collection[str], *, keep: Collection[str] = ()
) -> nx.MultiDiGraph:
    """Keep nodes whose fine type or category is in `types` (and the nodes in `keep`)."""
    wanted = check_types(types)
    nodes = [
        n
        for n, d in graph.nodes(data=True)
        if n in keep or d["type"] in wanted or d["category"] in wanted
    ]
    return graph.subgraph(nodes).copy()


def cap_nodes(
    graph: nx.MultiDiGraph, max_nodes: int, *, keep: Collection[str] = ()
) -> tuple[nx.MultiDiGraph, list[str]]:
    """Keep the `max_nodes` most mentioned nodes; return the subgraph and the labels left out."""
    ranked = sorted(graph.nodes, key=lambda n: _rank(graph, n, keep))
    kept, dropped = ranked[:max_nodes], ranked[max_nodes:]
    return graph.subgraph(kept).copy(), [graph.nodes[n]["label"] for n in dropped]


def _rank(graph: nx.MultiDiGraph, node: str, keep: Collection[str]) -> tuple[int, int, int, str]:
    """Order nodes: the focus first, then by articles mentioning them, degree, name."""
    data = graph.nodes[node]
    return (node not in keep, -data["articles"], -graph.degree(node), data["label"])
