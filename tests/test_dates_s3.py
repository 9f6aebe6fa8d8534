"""Weekday names and wire datelines (session 3). All texts are invented for these tests."""

from __future__ import annotations

import pytest

from ecograph.nlp.dateanchor import published_anchor
from ecograph.nlp.datenorm import find_dates
from ecograph.nlp.dateshort import dateline, weekday

TUESDAY = "2024-02-13"


def values(text: str, published: str | None = TUESDAY) -> dict[str, str | None]:
    return {m.text: m.value for m in find_dates(text, published=published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les deux agences ont conclu ce lundi une convention.", {"ce lundi": "2024-02-12"}),
        ("Le groupe a annoncé mardi le rachat d'un concurrent.", {"mardi": "2024-02-13"}),
        (
            "Reçue jeudi à la préfecture, la délégation a visité deux usines.",
            {"jeudi": "2024-02-08"},
        ),
        (
            "Le préfet était vendredi et samedi en visite à Albi.",
            {"vendredi et samedi": "2024-02-09/2024-02-10"},
        ),
        ("La ministre inaugurera mercredi le nouveau terminal.", {"mercredi": "2024-02-14"}),
        ("Le contrat sera signé jeudi prochain à Lorient.", {"jeudi prochain": "2024-02-15"}),
        ("Il a quitté ses fonctions mardi dernier.", {"mardi dernier": "2024-02-06"}),
    ],
)
def test_dateshort_weekday_counts_from_the_publication_day(
    text: str, expected: dict[str, str]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le marché se tient chaque mardi sur la place.",
        "Les bureaux ouvrent du lundi au vendredi.",
        "Le club se réunit le jeudi, à la mairie.",
        "Tous les lundis, une navette relie les deux sites.",
    ],
)
def test_dateshort_weekday_habits_are_no_date(text: str) -> None:
    assert values(text) == {}


def test_dateshort_weekday_needs_an_exact_publication_day() -> None:
    anchor = published_anchor("2024-02")
    assert weekday("Le groupe a annoncé mardi une levée de fonds.", anchor) == []
    assert values("Le groupe a annoncé mardi une levée de fonds.", published=None) == {}


def test_dateshort_weekday_leaves_full_dates_to_the_day_rule() -> None:
    assert values("Le salon ouvre mardi 5 mars 2024 à Caen.") == {"mardi 5 mars 2024": "2024-03-05"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BREST, 3 oct 2023 (Reuters) - Le chantier naval a livré", {"3 oct 2023": "2023-10-03"}),
        ("Quimper, le 12 févr. 2022 - La coopérative annonce", {"12 févr. 2022": "2022-02-12"}),
        ("NIORT, 28 déc. 2021 (AFP) - L'assureur mutualiste", {"28 déc. 2021": "2021-12-28"}),
    ],
)
def test_dateshort_dateline_reads_abbreviated_months(text: str, expected: dict[str, str]) -> None:
    assert values(text, published=None) == expected


def test_dateshort_abbreviation_without_year_is_no_date() -> None:
    # 'sept' is also a number: without a year nothing says it is a month.
    assert dateline("Elle emploie sept salariés depuis le 3 sept à Rodez.", None) == []
    assert "sept salariés" not in values("Elle emploie sept salariés.", published=None)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A month before a percentage: 'en janvier 51 % du capital'.
        (
            "Le groupe avait acquis en janvier 40 % d'un distributeur.",
            "2025-11-20",
            {"janvier": "2025-01"},
        ),
        # 'dès septembre' in a present clause: from the next September on.
        (
            "Les deux armateurs lancent dès septembre une ligne vers Tanger.",
            "2024-03-27",
            {"septembre": "2024-09"},
        ),
        # 'depuis le printemps': a season already begun.
        (
            "La PME discute depuis le printemps avec un laboratoire.",
            "2025-10-09",
            {"printemps": "2025-03/2025-06"},
        ),
    ],
)
def test_daterules_edges_months_and_seasons(
    text: str, published: str, expected: dict[str, str]
) -> None:
    assert values(text, published) == expected


def test_daterules_month_before_a_count_is_no_date() -> None:
    # 'en mars 12 salariés' is no French date wording; a number after a month is refused.
    assert values("Ils étaient en mars 12 salariés à signer.", "2025-05-28") == {}
