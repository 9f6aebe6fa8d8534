"""A GeoNames city lies in its country: derived triples and `companies-by-country`.

Hand-built records with invented company names; the cities are real GeoNames
entries (Quimper, Porto) so that the gazetteer knows their country.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from ecograph import link
from ecograph.graph.mapping import record_quads
from ecograph.query import Source, run_named
from ecograph.records import Document, Entity, Evidence, Mention, Record, Relation

TEXT = "La conserverie Ar Mor, installée à Quimper, rachète Vinhos Douro, basée à Porto."
ECO = "https://w3id.org/ecograph/ontology#"
FRANCE = link.entity_iri("Place", "Country", "France", links={"geonames": "3017382"}, article_id="")


def _entity(category: str, fine: str, name: str, article: str, **links: str) -> Entity:
    start = TEXT.index(name)
    iri = link.entity_iri(category, fine, name, links=links, article_id=article)
    return Entity(
        iri, category, fine, name, (Mention(name, start, start + len(name), 0),), links=links
    )


def _record(article: str, *, with_country: bool = False) -> Record:
    ar_mor = _entity("Organisation", "Company", "Ar Mor", article)
    quimper = _entity("Place", "City", "Quimper", article, geonames="2984701")
    douro = _entity("Organisation", "Company", "Vinhos Douro", article)
    porto = _entity("Place", "City", "Porto", article, geonames="2735943")
    # A city without a GeoNames id gets no country.
    nowhere = _entity("Place", "City", "Mor", article)
    entities = [ar_mor, quimper, douro, porto, nowhere]
    if with_country:  # the article names France its own way ("l'Hexagone")
        entities.append(Entity(FRANCE, "Place", "Country", "Hexagone", (), links={}))
    evidence = Evidence(TEXT, 0, len(TEXT))
    relations = (
        Relation("located_in", ar_mor.id, quimper.id, evidence, 0.8, "test", {}),
        Relation("located_in", douro.id, porto.id, evidence, 0.8, "test", {}),
    )
    document = Document(article, f"tests/{article}.txt", "0a" * 32)
    return Record(document, tuple(entities), relations)


def _store(*records: Record) -> Source:
    store = ox.Store()
    store.extend([quad for record in records for quad in record_quads(record)])
    return Source("store", Path("memory"), store)


def test_graph_countries_city_lies_in_its_gazetteer_country() -> None:
    store = _store(_record("a1")).store
    rows = store.query(
        f"SELECT ?cityName ?code WHERE {{ GRAPH ?g {{ ?city <{ECO}locatedIn> ?c . "
        f"?city <http://www.w3.org/2004/02/skos/core#prefLabel> ?cityName . "
        f"?c a <{ECO}Country> ; <{ECO}iso3166> ?code }} }}"
    )
    assert {(r["cityName"].value, r["code"].value) for r in rows} == {
        ("Quimper", "FR"),
        ("Porto", "PT"),
    }


def test_graph_countries_an_article_own_country_node_is_not_relabelled() -> None:
    quads = record_quads(_record("a2", with_country=True))
    france = ox.NamedNode(FRANCE)
    assert any(q.object == france and q.predicate.value == ECO + "locatedIn" for q in quads)
    labels = {q.object.value for q in quads if q.subject == france and "Label" in q.predicate.value}
    assert labels == {"Hexagone"}


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("france", {("France", "Ar Mor", "Quimper")}),
        ("Portugal", {("Portugal", "Vinhos Douro", "Porto")}),
    ],
)
def test_graph_countries_companies_by_country_finds_companies_through_their_city(
    country: str, expected: set[tuple[str, str, str]]
) -> None:
    source = _store(_record("a3"))
    rows = run_named(source, "companies-by-country", country=country)
    assert {(r["land"], r["company"], r["located_in"]) for r in rows} == expected
