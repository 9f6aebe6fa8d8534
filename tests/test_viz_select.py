"""Which part of the network a map shows (hand-written fixture graph, invented names)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from ecograph.errors import EcographError, QueryError
from ecograph.viz.network import read_network
from ecograph.viz.select import (
    cap_nodes,
    ego_subgraph,
    find_focus,
    query_subgraph,
    type_subgraph,
)

DATA = Path(__file__).parent / "data" / "map"
ID = "https://w3id.org/ecograph/id/"
ECO = "PREFIX eco: <https://w3id.org/ecograph/ontology#>\n"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    store.load(path=str(DATA / "small.trig"), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def graph(store):
    return read_network(store)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lyon", [ID + "place/lyon"]),
        ("lyon", [ID + "place/lyon"]),
        ("METROPOLE DE LYON", [ID + "org/metropole-lyon"]),
        ("capitale des gaules", [ID + "place/lyon"]),  # an alias
        ("fonderie", [ID + "org/fonderie"]),  # no exact name: names containing it
    ],
)
def test_viz_select_focus_matches_folded_names(graph, name, expected):
    assert find_focus(graph, name) == expected


def test_viz_select_unknown_focus_raises_with_fix(graph):
    with pytest.raises(EcographError, match="no entity named 'Atlantide'") as info:
        find_focus(graph, "Atlantide")
    assert info.value.fix


def test_viz_select_ego_network_grows_with_depth(graph):
    one = ego_subgraph(graph, [ID + "place/valence"], 1)
    two = ego_subgraph(graph, [ID + "place/valence"], 2)
    assert set(one) == {ID + "place/valence", ID + "event/mission-a1"}
    assert ID + "org/brindel" in two and ID + "org/fonderie" not in two
    assert set(one) < set(two)


def test_viz_select_types_keep_fine_types_categories_and_focus(graph):
    places = type_subgraph(graph, ["Place"])
    assert {d["category"] for _, d in places.nodes(data=True)} == {"Place"}
    companies = type_subgraph(graph, ["Company"], keep=[ID + "place/lyon"])
    assert set(companies) == {ID + "org/brindel", ID + "org/fonderie", ID + "place/lyon"}
    assert companies.has_edge(ID + "org/brindel", ID + "place/lyon", "establishesIn")


def test_viz_select_unknown_type_raises(graph):
    with pytest.raises(EcographError, match="unknown entity type"):
        type_subgraph(graph, ["Ville"])


def test_viz_select_cap_keeps_most_mentioned_and_names_the_rest(graph):
    kept, left_out = cap_nodes(graph, 2)
    assert set(kept) == {ID + "org/brindel", ID + "place/lyon"}  # two articles each
    assert len(left_out) == graph.number_of_nodes() - 2
    assert "Fonderie Azur" in left_out


def test_viz_select_cap_keeps_the_focus_first(graph):
    kept, _ = cap_nodes(graph, 1, keep=[ID + "org/fonderie"])
    assert list(kept) == [ID + "org/fonderie"]


def test_viz_select_query_triples_pick_edges(graph, store):
    query = ECO + "SELECT ?s ?p ?o WHERE { ?s ?p ?o . VALUES ?p { eco:establishesIn } }"
    sub = query_subgraph(graph, store, query)
    assert set(sub.edges(keys=True)) == {(ID + "org/brindel", ID + "place/lyon", "establishesIn")}


def test_viz_select_query_node_iris_pick_nodes(graph, store):
    query = ECO + "SELECT ?e WHERE { ?e a eco:Company }"
    sub = query_subgraph(graph, store, query)
    assert set(sub) == {ID + "org/brindel", ID + "org/fonderie"}
    assert sub.has_edge(ID + "org/brindel", ID + "org/fonderie", "inContactWith")


@pytest.mark.parametrize(
    "query",
    [
        ECO + "ASK { ?s a eco:City }",
        ECO + "DELETE WHERE { ?s ?p ?o }",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        ECO + "SELECT ?x WHERE { ?x a eco:Nothing }",
    ],
)
def test_viz_select_query_refuses_non_select_remote_or_empty(graph, store, query):
    with pytest.raises(QueryError):
        query_subgraph(graph, store, query)
