"""has_sector rules of rel/business.py, run through the full real-model pipeline.

Every sentence and company name is invented for these tests (no wording from the
sample, held-out or dev2 articles).
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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An apposition opening on a determiner or an adjective still describes.
        (
            "Caldwell Optics Inc., un spécialiste américain des lasers basé à Denver, "
            "ouvre un site à Lyon.",
            ("Caldwell Optics Inc.", "optique"),
        ),
        ("Hexalis, une PME de logiciels de paie, recrute.", ("Hexalis", "logiciel")),
        (
            "Le groupe Lanor Textiles, dernier filateur de la vallée, ferme une usine.",
            ("Lanor Textiles", "textile"),
        ),
        # A trade noun heading the name: 'le constructeur indien X', 'la moutarderie X'.
        (
            "Le constructeur indien Tarvan Motors, basé à Pune, recrute.",
            ("Tarvan Motors", "automobile"),
        ),
        ("La moutarderie Grain de Saône exporte au Japon.", ("Grain de Saône", "agroalimentaire")),
        (
            "Le motoriste bavarois Lindholt Antriebe GmbH ouvre une usine à Pau.",
            ("Lindholt Antriebe GmbH", "aviation"),
        ),
        # After an acronym in brackets.
        (
            "Valmeuse Agri (VA), premier réseau de maraîchers du Sud, recrute.",
            ("Valmeuse Agri", "maraîchage"),
        ),
        # A definite kind noun standing for the company of the sentence before.
        (
            "Le groupe Brivel ouvre un site. L'entreprise, spécialisée dans la construction "
            "de navires, emploie 200 salariés.",
            ("Brivel", "construction navale"),
        ),
        (
            "Le plus attendu concerne Velmar Data S.à r.l. L'hébergeur de données, dont le "
            "siège est à Bruxelles, va ouvrir un site à Lille.",
            ("Velmar Data S.à r.l.", "hébergement de données"),
        ),
    ],
)
def test_rel_business_sectors_found(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in sectors_of(nlp(text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # The trade noun is not right before the name: no sector for it.
        "Le constructeur a rencontré Tarvan Motors à Pune.",
        # A person's job after a comma says nothing of the company before.
        "Le président de Valmeuse Agri, Paul Garel, maraîcher à Saumur, insiste.",
        # No company in the sentence before: the kind noun stands for nothing.
        "Le salon ferme. L'entreprise, spécialisée dans la construction de navires, recrute.",
    ],
)
def test_rel_business_sectors_not_found(nlp: Language, text: str) -> None:
    assert sectors_of(nlp(text)) == set()


@pytest.mark.model
def test_rel_business_sectors_adjective_names_the_trade(nlp: Language) -> None:
    doc = nlp("Le constructeur aéronautique Volantis ouvre un site à Pau.")
    assert sectors_of(doc) == {("Volantis", "aviation")}
    assert [attrs(s)["name"] for s in entity_spans(doc) if s.label_ == "Sector"] == ["aviation"]
