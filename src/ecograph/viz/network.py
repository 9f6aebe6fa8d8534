"""Read the entity graph out of RDF into a networkx MultiDiGraph.

Nodes are entity IRIs with their class, name, identifiers and the number of
articles that mention them; edges are the direct `eco:` relation triples, each
carrying the evidence sentences (with their article) of its `eco:Assertion`s.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from ecograph.records import CATEGORIES, CATEGORY_OF_TYPE
from ecograph.viz.sparql import Row, load_query, select

ECO = "https://w3id.org/ecograph/ontology#"

# Literal properties -> (node attribute, kept as a list?)
_ATTRIBUTES: dict[str, tuple[str, bool]] = {
    "http://www.w3.org/2004/02/skos/core#prefLabel": ("pref_label", False),
    "http://www.w3.org/2000/01/rdf-schema#label": ("rdfs_label", False),
    "http://www.w3.org/2004/02/skos/core#altLabel": ("aliases", True),
    ECO + "geonamesId": ("geonames", False),
    ECO + "wikidataId": ("wikidata", False),
    ECO + "naceCode": ("nace", False),
    ECO + "iso3166": ("iso3166", False),
    ECO + "value": ("value", False),
    ECO + "unit": ("unit", False),
    ECO + "qualifier": ("qualifier", False),
    ECO + "status": ("status", False),
}
IDENTIFIERS = ("geonames", "wikidata", "nace", "iso3166")


def read_network(source: Any) -> nx.MultiDiGraph:
    """Return the whole entity network of `source` (rdflib graph or pyoxigraph store)."""
    graph = nx.MultiDiGraph()
    graph.graph["articles"] = _articles(select(source, load_query("articles")))
    _add_nodes(graph, select(source, load_query("nodes")))
    _add_attributes(graph, select(source, load_query("attributes")))
    for row in select(source, load_query("mentions")):
        if row["e"] in graph:
            graph.nodes[row["e"]]["articles"] = int(row["n"])
    _add_edges(graph, select(source, load_query("edges")), select(source, load_query("evidence")))
    _add_sectors(graph)
    return graph


def local_name(iri: str) -> str:
    """Return the part of an IRI after its namespace ('…#locatedIn' -> 'locatedIn')."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _articles(rows: list[Row]) -> dict[str, dict[str, str]]:
    return {row.pop("article"): row for row in rows}


def _add_nodes(graph: nx.MultiDiGraph, rows: list[Row]) -> None:
    types: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        types[row["e"]].add(local_name(row["type"]))
    for iri, names in types.items():
        category = next(c for c in CATEGORIES if c in names)
        fine = [t for t in names if CATEGORY_OF_TYPE.get(t) == category and t != category]
        graph.add_node(iri, category=category, type=min(fine) if fine else category, articles=0)


def _add_attributes(graph: nx.MultiDiGraph, rows: list[Row]) -> None:
    for row in rows:
        if row["e"] not in graph:
            continue
        name, many = _ATTRIBUTES[row["p"]]
        data = graph.nodes[row["e"]]
        if many:
            data.setdefault(name, []).append(row["v"])
        else:
            data.setdefault(name, row["v"])
    for iri, data in graph.nodes(data=True):
        data["label"] = (
            data.pop("pref_label", None) or data.pop("rdfs_label", None) or local_name(iri)
        )
        data.pop("rdfs_label", None)
        data["aliases"] = sorted(set(data.get("aliases", [])) - {data["label"]})


def _add_edges(graph: nx.MultiDiGraph, rows: list[Row], evidence: list[Row]) -> None:
    sentences: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    for row in evidence:
        key = (row.pop("s"), row.pop("p"), row.pop("o"))
        if row not in sentences[key]:
            sentences[key].append(row)
    for row in rows:
        s, p, o = row["s"], row["p"], row["o"]
        if s in graph and o in graph:
            relation = local_name(p)
            graph.add_edge(s, o, key=relation, relation=relation, evidence=sentences[(s, p, o)])


def _add_sectors(graph: nx.MultiDiGraph) -> None:
    """Give each node the names of its sectors, so the page can filter by sector."""
    for iri, data in graph.nodes(data=True):
        data["sectors"] = sorted(
            {
                graph.nodes[o]["label"]
                for _, o, k in graph.out_edges(iri, keys=True)
                if k == "hasSector"
            }
            | ({data["label"]} if data["category"] == "Sector" else set())
        )
