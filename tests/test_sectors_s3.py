"""Sectors of session 3: trades named by the noun before a company, and new vocabulary.

Every sentence and company name here is invented for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from ecograph.nlp.sectorlex import SectorLexicon
from ecograph.nlp.spans import attrs, entity_spans


@pytest.fixture(scope="module")
def lexicon() -> SectorLexicon:
    return SectorLexicon.load()


def found(lexicon: SectorLexicon, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in lexicon.find(text)]


# Class: products and trades the vocabulary lacked, after the usual cues.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un fabricant de tableaux électriques ouvre un site.",
            ("tableaux électriques", "matériel électrique"),
        ),
        ("Le fabricant allemand de machines à café arrive.", ("machines à café", "mécanique")),
        ("Un partenariat dans l'optronique a été signé.", ("optronique", "optique")),
        (
            "Les deux villes coopèrent dans les microtechniques.",
            ("microtechniques", "microtechniques"),
        ),
        (
            "Le spécialiste de la maintenance d'avions recrute.",
            ("maintenance d'avions", "maintenance aéronautique"),
        ),
        (
            "Le fabricant d'équipements de randonnée ouvre un entrepôt.",
            ("équipements de randonnée", "articles de sport"),
        ),
        (
            "On prête au groupe l'intention de racheter un fabricant de skis.",
            ("skis", "articles de sport"),
        ),
        ("Le négociant en vins a doublé ses ventes.", ("vins", "vin")),
    ],
)
def test_sectorlex_new_vocabulary(
    lexicon: SectorLexicon, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(lexicon, text)


# Class: agent nouns that only name a trade ('l'aciériste', 'le cartonnier', 'le décolleteur').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'aciériste a relancé son haut fourneau.", ("aciériste", "sidérurgie")),
        ("Le cartonnier vosgien investit.", ("cartonnier", "emballage")),
        ("Un décolleteur de la vallée recrute.", ("décolleteur", "usinage")),
        ("L'ingénieriste polonais signe un contrat.", ("ingénieriste", "ingénierie")),
    ],
)
def test_sectorlex_trade_agent_nouns(
    lexicon: SectorLexicon, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le promoteur du projet a rencontré le maire.",  # the project's backer, no trade
        "La fonderie a fermé ses portes en 1990.",  # a plant, with no company named
        "Les skieurs ont apprécié la neige.",
    ],
)
def test_sectorlex_lookalikes_give_no_sector(lexicon: SectorLexicon, text: str) -> None:
    assert found(lexicon, text) == []


def sectors_of(nlp: Language, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ == "Sector"}


# Class: the trade noun heading a company's name names its sector ('la fonderie X').
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La fonderie Moselle Coulée, installée à Thionville, recrute.", ("fonderie", "fonderie")),
        (
            "Le bureau d'études Calcul Plus ouvre une agence à Reims.",
            ("bureau d'études", "ingénierie"),
        ),
        ("Le promoteur ivoirien Bâtir Lagunes prévoit 500 logements.", ("promoteur", "immobilier")),
    ],
)
def test_sectors_trade_noun_before_a_company(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in sectors_of(nlp, text)


def test_sectorlex_a_goal_of_any_trade_is_no_sector(lexicon: SectorLexicon) -> None:
    text = "L'association travaille autour de la décarbonation du transport maritime."
    assert "environnement" not in {name for _, name in found(lexicon, text)}
