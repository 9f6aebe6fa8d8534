"""eco_places, relation-quality round: 'au Havre', chamber names, foreign regions.

Sentences written for these tests (no wording from the sample, held-out or dev2
articles); the model's entities are set by hand on ``spacy.blank("fr")``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import ecograph.nlp.pipeline  # noqa: F401  (registers the factories)
from ecograph.nlp.spans import entity_spans
from support import PLACES, places, run


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # French contracts the article of 'Le Havre', 'Le Mans': 'au Havre', 'du Mans'.
        (
            "Il se rend au Havre puis au Mans.",
            [],
            {("Havre", "City", "Le Havre"), ("Mans", "City", "Le Mans")},
        ),
        ("Le port du Havre grandit.", [("Havre", "LOC")], {("Havre", "City", "Le Havre")}),
        # No city 'Le Québec': the article still shows the province.
        ("La mission part au Québec.", [("Québec", "LOC")], {("Québec", "Region", "Québec")}),
    ],
)
def test_places_regions_article_contracted_into_a_city_name(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str, str]]
) -> None:
    assert places(run(blank, text, ents)) == expected


def test_places_regions_department_in_a_chamber_name_is_no_place(blank: Language) -> None:
    doc = run(blank, "La CCI Haute-Vienne et la CCI Vendée ont signé.")
    assert places(doc) == set()


def test_places_regions_department_named_apart_stays_a_place(blank: Language) -> None:
    doc = run(blank, "La CCI Vendée recrute en Vendée.")
    found = [(s.start, s.label_) for s in entity_spans(doc) if s.label_ in PLACES]
    assert found == [(5, "Department")]


def test_places_regions_town_in_a_city_body_stays_a_place(blank: Language) -> None:
    doc = run(blank, "La Ville de Lyon investit.", [("Lyon", "LOC")])
    assert places(doc) == {("Lyon", "City", "Lyon")}


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Une délégation du Gujarat arrive.",
            [("Gujarat", "LOC")],
            {("Gujarat", "Region", "Gujarat")},
        ),
        ("Le maire s'est rendu en Valachie.", [], {("Valachie", "Region", "Valachie")}),
        (
            "Des PME du Karnataka et du Tamil Nadu exposent.",
            [("Karnataka", "LOC"), ("Tamil Nadu", "LOC")],
            {("Karnataka", "Region", "Karnataka"), ("Tamil Nadu", "Region", "Tamil Nadu")},
        ),
    ],
)
def test_places_regions_foreign_first_level_regions(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str, str]]
) -> None:
    assert places(run(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # Where a company is set up is a place, even one no gazetteer knows.
        (
            "La fintech Zéphir, installée à Korvelbourg, recrute.",
            [("Korvelbourg", "LOC")],
            {("Korvelbourg", "Place", "Korvelbourg")},
        ),
        (
            "Le centre ouvrira à Vallon Technopôle, sur la commune de Gap.",
            [("Vallon Technopôle", "LOC"), ("Gap", "LOC")],
            {("Vallon Technopôle", "Place", "Vallon Technopôle"), ("Gap", "City", "Gap")},
        ),
        # A French commune's shape: a town too small for the gazetteer.
        (
            "Il est maraîcher à Saint-Aubin-des-Prés depuis dix ans.",
            [("Saint-Aubin-des-Prés", "LOC")],
            {("Saint-Aubin-des-Prés", "City", "Saint-Aubin-des-Prés")},
        ),
        # An unknown name after 'à' alone says nothing: no place.
        ("Il en a parlé à Korvelbourg hier.", [("Korvelbourg", "LOC")], set()),
    ],
)
def test_places_regions_unknown_place_from_its_context(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str, str]]
) -> None:
    assert places(run(blank, text, ents)) == expected
