"""Tests for French figure reading (ecograph.nlp.numbers) and the eco_figures component.

All test sentences are written for these tests, with invented names and other
numbers than the sample article; the sample article is only read in a model test.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from ecograph.nlp import dates, figures  # noqa: F401  (registers the components)
from ecograph.nlp.figwords import singular
from ecograph.nlp.numbers import find_figures, parse_figure
from ecograph.nlp.spans import attrs, entity_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La PME compte 37 salariés.", (37, "salarié", "exact")),
        ("Le port a vu passer 12 500 conteneurs.", (12500, "conteneur", "exact")),
        ("Le parc compte 1.450 arbres.", (1450, "arbre", "exact")),
        ("Le taux atteint 3,5 % cette fois.", (3.5, "%", "exact")),
        ("La part des ventes est de 18% à l'export.", (18, "%", "exact")),
        ("Le salon a attiré trois exposants.", (3, "exposant", "exact")),
        ("Elle emploie vingt-deux ingénieurs.", (22, "ingénieur", "exact")),
        ("Une dizaine de chercheurs travaillent ici.", (10, "chercheur", "approx")),
        ("Une cinquantaine d'exposants étaient là.", (50, "exposant", "approx")),
        ("Des milliers ? Non, un millier de spectateurs.", (1000, "spectateur", "approx")),
        ("Plus de 300 emplois seront créés.", (300, "emploi", "more_than")),
        ("Il y avait plus d'une vingtaine de stands.", (20, "stand", "more_than")),
        ("Moins de 5 % des ménages sont concernés.", (5, "%", "less_than")),
        ("Près de 900 participants sont inscrits.", (900, "participant", "approx")),
        ("Environ 70 bénévoles aident.", (70, "bénévole", "approx")),
        ("La start-up a levé 2,4 millions d'euros.", (2400000, "EUR", "exact")),
        ("Un investissement de 15 M€ est prévu.", (15000000, "EUR", "exact")),
        ("Le chiffre d'affaires atteint 1,1 milliard d'euros.", (1100000000, "EUR", "exact")),
        ("Une aide de 800 k€ a été votée.", (800000, "EUR", "exact")),
        ("Le rachat coûte 40 millions de dollars.", (40000000, "USD", "exact")),
        ("La mission a duré cinq jours.", (5, "jour", "exact")),
        ("Le trajet prend trois heures quinze.", (3.25, "heure", "exact")),
        ("Elle a recruté quatre nouveaux commerciaux.", (4, "commercial", "exact")),
        ("Le réseau réunit douze bureaux.", (12, "bureau", "exact")),
        ("Le projet est estimé à 18 millions d'euros.", (18000000, "EUR", "exact")),
        ("Une dizaine de chefs d'entreprise ont suivi.", (10, "chef d'entreprise", "approx")),
        ("Le hangar fait 800 mètres carrés.", (800, "mètre carré", "exact")),
        ("Elle a reçu 30 missions d'entreprises.", (30, "mission", "exact")),
    ],
)
def test_numbers_value_unit_qualifier(text: str, expected: tuple[float, str, str]) -> None:
    assert parse_figure(text) == expected


def test_numbers_elided_noun_takes_the_previous_unit() -> None:
    text = "Le club compte 240 adhérents cette saison, contre 180 en 2020 et trois au départ."
    found = find_figures(text, blocked=[(text.index("2020"), text.index("2020") + 4)])
    assert [(f.value, f.unit) for f in found] == [
        (240, "adhérent"),
        (180, "adhérent"),
        (3, "adhérent"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entre 150 et 180 saisonniers.", [(150, "saisonnier"), (180, "saisonnier")]),
        ("Un coût de 4 à 6 millions d'euros.", [(4000000, "EUR"), (6000000, "EUR")]),
        ("Une hausse de 7 à 9 %.", [(7, "%"), (9, "%")]),
    ],
)
def test_numbers_ranges_share_the_unit_written_last(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


def test_numbers_elided_noun_needs_a_comparison_word() -> None:
    found = find_figures("Elle a ouvert 8 agences, tél. 04 91 22 33 44 pour infos.")
    assert [(f.value, f.unit) for f in found] == [(8, "agence")]


def test_numbers_elided_noun_does_not_cross_sentences() -> None:
    found = find_figures("Elle a ouvert 8 agences. Puis 4 ont fermé.")
    assert [(f.value, f.unit) for f in found] == [(8, "agence")]


@pytest.mark.parametrize(
    "text",
    [
        "Un accord a été trouvé avec une banque.",  # articles, not counts
        "Le siège est au 14 rue des Lilas.",  # address
        "Le dossier n° 45 est clos.",  # reference number
        "Rendez-vous à 9h30 devant la mairie.",  # clock time
        "Ouverture vers 14 h 15 au port.",  # clock time
        "Le bâtiment est neuf.",  # adjective, not a count
        "Les deux sociétés vont fusionner.",  # both of them, already named
        "Elle vise le bois et la chimie, deux filières d'avenir.",  # restates the list
    ],
)
def test_numbers_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_numbers_blocked_ranges_are_skipped() -> None:
    text = "En 2019, 45 magasins ont ouvert."
    found = find_figures(text, blocked=[(3, 7)])
    assert [(f.text, f.value) for f in found] == [("45 magasins", 45)]


def test_numbers_noun_test_vetoes_non_nouns() -> None:
    found = find_figures("Ils étaient 12 venus.", is_noun=lambda start, end: False)
    assert found == []


@pytest.mark.parametrize(
    ("plural", "lemma"),
    [
        ("délégations", "délégation"),
        ("start-ups", "start-up"),
        ("journaux", "journal"),
        ("réseaux", "réseau"),
        ("pays", "pays"),
        ("emplois", "emploi"),
    ],
)
def test_figwords_singular(plural: str, lemma: str) -> None:
    assert singular(plural) == lemma


def test_figures_component_skips_dates() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("eco_dates")
    nlp.add_pipe("eco_figures")
    doc = nlp("En mars 2021, la coopérative a embauché 14 saisonniers.")
    figures_found = [
        (attrs(s)["value"], attrs(s)["unit"]) for s in entity_spans(doc) if s.label_ == "Figure"
    ]
    assert figures_found == [(14, "saisonnier")]


@pytest.mark.model
def test_figures_model_pipeline_on_new_text(nlp: Language) -> None:
    doc = nlp("Le groupe Halvora a investi près de 3 millions d'euros et embauché 25 techniciens.")
    found = {
        (attrs(s)["value"], attrs(s)["unit"], attrs(s)["qualifier"])
        for s in entity_spans(doc)
        if s.label_ == "Figure"
    }
    assert found == {(3000000, "EUR", "approx"), (25, "technicien", "exact")}


@pytest.mark.model
def test_figures_model_pipeline_on_the_sample(nlp: Language, sample_text: str) -> None:
    doc = nlp(sample_text)
    found = {
        (attrs(s)["value"], attrs(s)["unit"]) for s in entity_spans(doc) if s.label_ == "Figure"
    }
    assert {(152, "délégation"), (96, "délégation"), (4, "délégation"), (6000, "visiteur")} <= found
    assert {(100, "participant"), (40, "entreprise"), (55, "%"), (12, "start-up")} <= found
