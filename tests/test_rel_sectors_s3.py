"""has_sector of session 3 (rel/descriptions.py), through the real-model pipeline.

Every sentence and company name is invented for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.spans import attrs, entity_spans, relations


def sectors_of(doc: Doc) -> set[tuple[str, str]]:
    """(organisation name, sector name) of every has_sector edge."""
    names = {(s.start_char, s.end_char): attrs(s).get("name", s.text) for s in entity_spans(doc)}
    return {
        (names[r["subject"][:2]], names[r["object"][:2]])
        for r in relations(doc)
        if r["type"] == "has_sector"
    }


# Class: a maker noun opening the next sentence, its trade as adjective or complement.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le nantais Corvane poursuit sa croissance. L'équipementier aéronautique, "
            "spécialiste des trains d'atterrissage, rachète un concurrent.",
            ("Corvane", "aviation"),
        ),
        (
            "Le groupe Ardelis SAS ouvre un site à Abidjan. Le fabricant de tableaux électriques "
            "avait racheté en mars un distributeur local.",
            ("Ardelis SAS", "matériel électrique"),
        ),
    ],
)
def test_descriptions_maker_noun_stands_for_the_company(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in sectors_of(nlp(text))


@pytest.mark.model
def test_descriptions_maker_noun_refers_to_a_company_not_the_agency(nlp: Language) -> None:
    text = (
        "Brest Expansion, l'agence de développement du territoire, annonce l'arrivée de "
        "Fjordkraft Systems AB au port. Le fabricant norvégien de batteries, basé à Bergen, "
        "y construira sa première usine."
    )
    found = sectors_of(nlp(text))
    assert ("Fjordkraft Systems AB", "batteries") in found
    assert not any(org == "Brest Expansion" for org, _ in found)


# Class: a network described by what its members do.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kerlys a rejoint le réseau Loire Beauté Avenir, qui rassemble 150 entreprises "
            "de la cosmétique.",
            ("Loire Beauté Avenir", "cosmétique"),
        ),
        (
            "La PME adhère à l'association Granit Ouest, qui regroupe 40 industriels du bois.",
            ("Granit Ouest", "bois"),
        ),
    ],
)
def test_descriptions_network_of_members(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in sectors_of(nlp(text))


@pytest.mark.model
def test_descriptions_network_gathering_no_trade_gives_none(nlp: Language) -> None:
    text = "La PME adhère à l'association Granit Ouest, qui regroupe 40 industriels du Finistère."
    assert not any(org == "Granit Ouest" for org, _ in sectors_of(nlp(text)))


# Class: in a list, a trade noun heads the next name, not an apposition of the one before.
@pytest.mark.model
def test_descriptions_listed_trade_noun_belongs_to_the_next_name(nlp: Language) -> None:
    text = (
        "Le club accueille trois adhérents : Kerlys, le cartonnier breton Armor Pack et la "
        "start-up Velia."
    )
    found = sectors_of(nlp(text))
    assert ("Kerlys", "emballage") not in found


@pytest.mark.model
def test_descriptions_young_shoot_apposition(nlp: Language) -> None:
    text = "Robonext SAS, jeune pousse nantaise spécialisée dans la robotique, s'installe à Brest."
    assert ("Robonext SAS", "robotique") in sectors_of(nlp(text))
