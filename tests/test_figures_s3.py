"""Figures of session 3: currencies named with their country, clock times, 'des deux'.

All texts are invented for these tests.
"""

from __future__ import annotations

import pytest

from ecograph.nlp.numbers import find_figures


def figures(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Le fonds a apporté 15 millions de dollars canadiens au projet.", 15e6, "CAD"),
        ("Une levée de 4 millions de dollars australiens est bouclée.", 4e6, "AUD"),
        ("Le contrat porte sur 30 millions de dollars américains.", 30e6, "USD"),
        ("L'usine a coûté 900 millions de couronnes suédoises.", 900e6, "SEK"),
        ("Le chantier est estimé à 12 milliards de francs CFA.", 12e9, "XOF"),
        ("Les ventes atteignent 80 millions de zlotys.", 80e6, "PLN"),
        ("Le budget est de 2 milliards de wons.", 2e9, "KRW"),
        ("La banque a prêté 3 millions de couronnes norvégiennes.", 3e6, "NOK"),
        ("L'opération vaut 45 millions de dollars.", 45e6, "USD"),
    ],
)
def test_figwords_currency_named_with_its_country(text: str, value: float, unit: str) -> None:
    found = figures(text)
    assert [(v, u) for _, v, u in found] == [(value, unit)]


def test_figwords_currency_adjective_is_part_of_the_figure() -> None:
    ((text, _, _),) = figures("Elle a levé 20 millions de dollars canadiens l'an dernier.")
    assert text == "20 millions de dollars canadiens"


@pytest.mark.parametrize(
    "text",
    [
        "Permanence chaque jeudi, de 9 h à 12 h, à la mairie.",
        "Le guichet ouvre entre 8 h et 10 h.",
        "Rendez-vous dès 18 heures devant la gare.",
    ],
)
def test_figfilters_clock_times_are_no_figures(text: str) -> None:
    assert figures(text) == []


def test_figfilters_a_duration_in_hours_stays_a_figure() -> None:
    assert figures("La formation dure 35 heures au total.") == [("35 heures", 35, "heure")]


@pytest.mark.parametrize(
    "text",
    [
        "Le protocole a été confirmé auprès des deux sociétés.",
        "Les salariés des trois usines ont voté la grève.",
        "Le texte s'applique aux deux filiales du groupe.",
    ],
)
def test_figfilters_des_deux_points_back(text: str) -> None:
    assert figures(text) == []


def test_figfilters_a_new_count_stays_a_figure() -> None:
    assert figures("Le groupe rachète deux sociétés bretonnes.") == [
        ("deux sociétés", 2, "société")
    ]
