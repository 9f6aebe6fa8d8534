"""eco_people: role appositions (role, role_of, member_of) and false people.

Sentences and names are invented for these tests; the model's entities are set
by hand on ``spacy.blank("fr")`` unless marked `model`.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

import ecograph.nlp.pipeline  # noqa: F401  (registers the factories)
from ecograph.nlp.spans import attrs, entity_spans
from support import run


def person(doc: Doc) -> Span:
    (found,) = [s for s in entity_spans(doc) if s.label_ == "Person"]
    return found


def text_at(doc: Doc, ref: tuple[int, int] | None) -> str | None:
    return doc.text[ref[0] : ref[1]] if ref else None


@pytest.mark.parametrize(
    ("text", "ents", "role", "role_of", "member_of"),
    [
        (
            "Claire Dumont, la maire PS de Nantes, a parlé.",
            [("Claire Dumont", "PER"), ("Nantes", "LOC")],
            "maire",
            "Nantes",
            "PS",
        ),
        (
            "Hugo Lanvin (PS), maire de Tours, a signé.",
            [("Hugo Lanvin", "PER"), ("Tours", "LOC")],
            "maire",
            "Tours",
            "PS",
        ),
        (
            "Anne Morvan, adjointe au maire chargée du commerce, s'est rendue à Porto.",
            [("Anne Morvan", "PER"), ("Porto", "LOC")],
            "adjointe au maire chargée du commerce",
            None,
            None,
        ),
        (
            "Le président de la Région Bretagne, Loïc Hervé, a signé.",
            [("Loïc Hervé", "PER")],
            "président",
            "Région Bretagne",
            None,
        ),
        (
            "Selon Paul Vernier, directeur de la chambre de commerce et d'industrie de Lille, "
            "tout va bien.",
            [("Paul Vernier", "PER"), ("Lille", "LOC")],
            "directeur",
            "chambre de commerce et d'industrie de Lille",
            None,
        ),
    ],
)
def test_people_role_apposition(
    blank: Language,
    text: str,
    ents: list[tuple[str, str]],
    role: str,
    role_of: str | None,
    member_of: str | None,
) -> None:
    doc = run(blank, text, ents)
    data = attrs(person(doc))
    assert data["role"] == role
    assert text_at(doc, data.get("role_of")) == role_of
    assert text_at(doc, data.get("member_of")) == member_of


def test_people_role_of_points_at_an_entity_mention(blank: Language) -> None:
    doc = run(
        blank,
        "Claire Dumont, la maire de Nantes, a parlé.",
        [("Claire Dumont", "PER"), ("Nantes", "LOC")],
    )
    ref = tuple(attrs(person(doc))["role_of"])
    assert ref in {(s.start_char, s.end_char) for s in entity_spans(doc)}


@pytest.mark.parametrize(
    "text",
    [
        "C'est la vision de Loïc Hervé, pour faire du port un atout.",
        "Loïc Hervé, qui arrive demain, visitera le port.",
    ],
)
def test_people_no_role_without_an_office(blank: Language, text: str) -> None:
    assert "role" not in attrs(person(run(blank, text, [("Loïc Hervé", "PER")])))


def test_people_age_before_role_is_skipped(blank: Language) -> None:
    doc = run(
        blank,
        "Anne Morvan, 52 ans, directrice de la société Ostrel, parle.",
        [("Anne Morvan", "PER")],
    )
    data = attrs(person(doc))
    assert data["role"] == "directrice"
    assert text_at(doc, data["role_of"]) == "Ostrel"


def test_people_civility_title_announces_a_person(blank: Language) -> None:
    doc = run(blank, "M. Girard et Mme Anne Lenoir ont signé à Lyon.", [("Lyon", "LOC")])
    found = [(s.text, s.label_) for s in entity_spans(doc) if s.label_ == "Person"]
    assert found == [("Girard", "Person"), ("Anne Lenoir", "Person")]


def test_people_known_place_after_a_preposition_is_not_a_person(blank: Language) -> None:
    doc = run(blank, "Le salon se tient à Rennes.", [("Rennes", "PER")])
    assert [(s.text, s.label_) for s in entity_spans(doc)] == [("Rennes", "City")]


def test_people_brand_tagged_as_person_is_dropped(blank: Language) -> None:
    doc = run(blank, "La société Varenco recrute.", [("Varenco", "PER")])
    assert [s.label_ for s in entity_spans(doc)] == ["Company"]


@pytest.mark.model
def test_people_real_model_role(nlp: Language) -> None:
    doc = nlp("Selon Hélène Marchal, la maire UDI de Tours, le projet avance.")
    (found,) = [s for s in entity_spans(doc) if s.label_ == "Person"]
    data = attrs(found)
    assert found.text == "Hélène Marchal"
    assert data["role"] == "maire"
    assert text_at(doc, data["role_of"]) == "Tours"
    assert text_at(doc, data["member_of"]) == "UDI"
