"""Sector vocabulary of the relation-quality round: new trades, split sectors, false-hit guards.

Every sentence here is written for these tests, with invented company names; no
wording comes from an article of the sample, held-out or dev2 sets.
"""

from __future__ import annotations

import pytest

from ecograph.nlp.sectorlex import SectorLexicon


@pytest.fixture(scope="module")
def lexicon() -> SectorLexicon:
    return SectorLexicon.load()


def names(lexicon: SectorLexicon, text: str) -> list[str]:
    return [m.name for m in lexicon.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Measuring instruments are their own trade, not sensors.
        ("Le groupe, spécialisé dans l'instrumentation de mesure, grandit.", ["instrumentation"]),
        ("Un fabricant de capteurs de pression ouvre un site.", ["capteurs"]),
        # Shipbuilding, named by the work or by its product.
        (
            "L'entreprise, spécialisée dans la construction de navires, recrute.",
            ["construction navale"],
        ),
        ("La filière navale bretonne se structure.", ["construction navale"]),
        # Rubber: tyres and vulcanisation.
        ("Trois sous-traitants de la filière pneumatique exposent.", ["caoutchouc"]),
        ("L'usine pratique la vulcanisation à chaud.", ["caoutchouc"]),
        ("Un fabricant de composites et de caoutchouc.", ["composites", "caoutchouc"]),
        # Predictive maintenance, in a description in brackets.
        ("La start-up Ormelo (maintenance prédictive) recrute.", ["maintenance prédictive"]),
        # Diagnostics and medical technologies.
        ("Un spécialiste suisse des tests de diagnostic rapide.", ["diagnostic"]),
        ("Un salon des technologies médicales ouvre à Lyon.", ["dispositifs médicaux"]),
        # Market gardening and seeds are two trades.
        ("Le premier groupement de maraîchers de la région.", ["maraîchage"]),
        ("Le semencier Grainor investit.", ["semences"]),
        # Data hosting is not the cloud in general.
        (
            "L'hébergeur de données Nubiq ouvre un centre de données.",
            ["hébergement de données"] * 2,
        ),
        ("La société exploite des data centers.", ["hébergement de données"]),
        # Steelmaking: 'l'industrie sidérurgique' names steel, not industry in general.
        ("Un sous-traitant de l'industrie sidérurgique lorrain.", ["sidérurgie"]),
        ("Un fournisseur de l'industrie automobile allemande.", ["automobile"]),
        # Hydrogen equipment.
        ("Le fabricant d'électrolyseurs Hydrane lève des fonds.", ["hydrogène"]),
        # Food trades written as the company noun.
        ("La moutarderie Graindor exporte.", ["agroalimentaire"]),
        ("La chocolaterie Cabosse ouvre une boutique.", ["agroalimentaire"]),
        # Textiles: the spinner.
        ("Le groupe Lanor, dernier filateur de la vallée, ferme.", ["textile"]),
        # Remote monitoring of patients is digital health.
        ("Elle développe une plateforme de télésurveillance médicale.", ["e-santé"]),
        ("La télémédecine progresse.", ["e-santé"]),
        # Offshore wind keeps its full wording.
        ("Des navires de maintenance d'éoliennes en mer.", ["énergies renouvelables"]),
        ("Des superstructures en matériaux composites.", ["composites"]),
    ],
)
def test_sectors_vocab_new_trades(lexicon: SectorLexicon, text: str, expected: list[str]) -> None:
    assert names(lexicon, text) == expected


def test_sectors_vocab_keeps_the_full_mention_text(lexicon: SectorLexicon) -> None:
    found = lexicon.find("Un spécialiste suisse des tests de diagnostic rapide.")
    assert [m.text for m in found] == ["tests de diagnostic rapide"]
    found = lexicon.find("Des navires de maintenance d'éoliennes en mer.")
    assert [m.text for m in found] == ["éoliennes en mer"]


@pytest.mark.parametrize(
    "text",
    [
        # A plural kind noun followed by its own sector word starts a new list item:
        # the words before it are no sectors ('des universités, des filières ...').
        "Nos deux régions ont des universités, des filières agricoles et des ports.",
        # Remote monitoring of buildings is no medical activity.
        "Elle assure la télésurveillance des entrepôts.",
        # 'diagnostic' without a cue is an everyday word.
        "Le diagnostic du maire est sévère.",
        # 'constructeur' alone is no sector word in running text.
        "Le constructeur a livré le bâtiment.",
    ],
)
def test_sectors_vocab_no_sector_here(lexicon: SectorLexicon, text: str) -> None:
    found = [m.name for m in lexicon.find(text) if m.name != "agriculture"]
    assert found == []


def test_sectors_vocab_generic_head_with_sector_adjective(lexicon: SectorLexicon) -> None:
    found = lexicon.find("Des pièces pour l'industrie mécanique et l'industrie chimique.")
    assert [(m.text, m.name) for m in found] == [
        ("mécanique", "mécanique"),
        ("industrie chimique", "chimie"),
    ]
