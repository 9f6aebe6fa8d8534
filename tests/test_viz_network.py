"""RDF -> networkx for the map (hand-written fixture graphs with invented names)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from ecograph.errors import QueryError
from ecograph.viz.network import read_network
from ecograph.viz.sparql import select

DATA = Path(__file__).parent / "data" / "map"
ID = "https://w3id.org/ecograph/id/"


def oxigraph_store(name: str) -> ox.Store:
    store = ox.Store()
    store.load(path=str(DATA / name), format=ox.RdfFormat.TRIG)
    return store


def rdflib_dataset(name: str) -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(DATA / name, format="trig")
    return dataset


@pytest.fixture(scope="module")
def graph():
    return read_network(oxigraph_store("small.trig"))


def test_viz_network_reads_entities_with_fine_type_and_category(graph):
    lyon = graph.nodes[ID + "place/lyon"]
    assert (lyon["type"], lyon["category"], lyon["label"]) == ("City", "Place", "Lyon")
    assert graph.nodes[ID + "org/metropole-lyon"]["type"] == "PublicBody"
    assert graph.nodes[ID + "date/mars-2021"]["type"] == "Date"
    assert ID + "place/lyon" in graph and "https://w3id.org/ecograph/article/a1" not in graph


def test_viz_network_counts_articles_mentioning_each_entity(graph):
    assert graph.nodes[ID + "org/brindel"]["articles"] == 2
    assert graph.nodes[ID + "org/fonderie"]["articles"] == 1


def test_viz_network_reads_identifiers_and_aliases(graph):
    lyon = graph.nodes[ID + "place/lyon"]
    assert (lyon["geonames"], lyon["wikidata"]) == ("2996944", "Q456")
    assert lyon["aliases"] == ["capitale des Gaules"]
    assert graph.nodes[ID + "sector/logistique"]["nace"] == "H52"


def test_viz_network_edges_carry_relation_and_evidence(graph):
    edge = graph.edges[ID + "org/brindel", ID + "place/lyon", "establishesIn"]
    (evidence,) = edge["evidence"]
    assert evidence["text"].startswith("Brindel ouvrira un entrepôt")
    assert evidence["article"].endswith("/article/a2")
    assert evidence["status"] == "planned"
    assert graph.has_edge(ID + "place/lyon", ID + "place/espagne", "locatedIn")
    assert graph.number_of_edges() == 11


def test_viz_network_sectors_follow_has_sector(graph):
    assert graph.nodes[ID + "org/brindel"]["sectors"] == ["logistique"]
    assert graph.nodes[ID + "place/lyon"]["sectors"] == []


def test_viz_network_rdflib_and_oxigraph_read_alike(graph):
    other = read_network(rdflib_dataset("small.trig"))
    assert set(other.nodes) == set(graph.nodes)
    assert set(other.edges(keys=True)) == set(graph.edges(keys=True))
    for node in graph:
        for key in ("label", "type", "articles", "aliases", "sectors"):
            assert other.nodes[node][key] == graph.nodes[node][key]


def test_viz_network_rdflib_dataset_union_flag_is_restored():
    dataset = rdflib_dataset("small.trig")
    assert read_network(dataset).number_of_nodes() == 11
    assert dataset.default_union is False


def test_viz_sparql_bad_query_raises_query_error():
    with pytest.raises(QueryError, match="SPARQL query failed"):
        select(oxigraph_store("small.trig"), "SELECT ?s WHERE { ?s ")
