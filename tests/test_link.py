"""IRIs are minted from normalized keys, never from raw text. Names written for these tests."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from ecograph.link import entity_iri, fold, mint_iri


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Clermont-Ferrand", "clermont ferrand"),
        ("Île-de-France", "ile de france"),
        ("Saint-Étienne", "SAINT ETIENNE"),
    ],
)
def test_link_fold_ignores_case_accents_and_hyphens(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_link_same_name_gives_same_iri_across_articles() -> None:
    one = entity_iri("Organisation", "Company", "Brevalix", article_id="a1")
    two = entity_iri("Organisation", "Company", "BREVALIX", article_id="b7")
    assert one == two


def test_link_places_with_a_geonames_id_are_keyed_by_it() -> None:
    one = entity_iri("Place", "City", "Lyon", links={"geonames": "2996944"}, article_id="a")
    two = entity_iri(
        "Place", "City", "la capitale des Gaules", links={"geonames": "2996944"}, article_id="b"
    )
    assert one == two


def test_link_figures_are_local_to_their_article() -> None:
    one = entity_iri("Figure", "Figure", "12 emplois", article_id="a")
    two = entity_iri("Figure", "Figure", "12 emplois", article_id="b")
    assert one != two


@pytest.mark.parametrize(
    "name", ["<img src=x onerror=alert(1)>", 'a "b" c', "x\ny", "=HYPERLINK()", "   "]
)
def test_link_hostile_text_never_reaches_the_iri(name: str) -> None:
    iri = mint_iri("org", fold(name))
    assert all(c.isalnum() or c in ":/.-_" for c in iri), iri
    assert URIRef(iri).n3().startswith("<")
