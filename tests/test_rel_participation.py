"""Participants of trips told apart from the trip sentence (real model).

The sentences are written for these tests, with invented people and companies and real
towns unrelated to the sample article; entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from rel_annotate import Annotate, annotator, of_type

_TRIP = "Une délégation de douze PME s'envolera pour Lima en mai. "
_TRIP_ENTITIES = [("Lima", "City"), ("mai", "Date")]


@pytest.fixture(scope="module")
def annotate(nlp: Language) -> Annotate:
    return annotator(nlp)


@pytest.mark.model
def test_participation_listed_participants_join_the_last_trip(annotate: Annotate) -> None:
    doc = annotate(
        _TRIP + "Parmi les participants figurent Orvane, Tessel et Brio Industries.",
        [
            *_TRIP_ENTITIES,
            ("Orvane", "Company"),
            ("Tessel", "Company"),
            ("Brio Industries", "Company"),
        ],
    )
    assert of_type(doc, "participant") == {
        ("Orvane", "mission à Lima"),
        ("Tessel", "mission à Lima"),
        ("Brio Industries", "mission à Lima"),
    }


@pytest.mark.model
def test_participation_participants_without_a_trip_join_nothing(annotate: Annotate) -> None:
    doc = annotate(
        "Parmi les participants figurent Orvane et Tessel.",
        [("Orvane", "Company"), ("Tessel", "Company")],
    )
    assert of_type(doc, "participant") == set()


@pytest.mark.model
def test_participation_passive_leader_of_the_delegation(annotate: Annotate) -> None:
    doc = annotate(
        _TRIP + "La délégation sera conduite par Hélène Marc, présidente de la CCI Andine.",
        [*_TRIP_ENTITIES, ("Hélène Marc", "Person"), ("CCI Andine", "Chamber")],
    )
    assert ("Hélène Marc", "mission à Lima") in of_type(doc, "participant")


@pytest.mark.model
def test_participation_fronted_leader_of_the_delegation(annotate: Annotate) -> None:
    doc = annotate(
        _TRIP + "Conduite par Hélène Marc, la délégation rencontrera des acheteurs.",
        [*_TRIP_ENTITIES, ("Hélène Marc", "Person")],
    )
    assert ("Hélène Marc", "mission à Lima") in of_type(doc, "participant")


@pytest.mark.model
def test_participation_leader_of_something_else_is_no_participant(annotate: Annotate) -> None:
    doc = annotate(
        _TRIP + "La réforme sera conduite par Hélène Marc.",
        [*_TRIP_ENTITIES, ("Hélène Marc", "Person")],
    )
    assert of_type(doc, "participant") == set()


@pytest.mark.model
def test_participation_pronoun_leads_the_mission(annotate: Annotate) -> None:
    doc = annotate(
        "Hélène Marc, présidente de la CCI Andine, se réjouit de ces résultats. "
        "Elle conduira en novembre une mission d'entreprises à Boston.",
        [("Hélène Marc", "Person"), ("CCI Andine", "Chamber"), ("Boston", "City")],
    )
    assert ("Hélène Marc", "mission à Boston") in of_type(doc, "participant")


@pytest.mark.model
def test_participation_town_in_a_relative_clause_is_no_destination(annotate: Annotate) -> None:
    doc = annotate(
        "Elle emmènera aussi la start-up Orvane, qui a noué des contacts avec Tessel à Lima.",
        [("Orvane", "Company"), ("Tessel", "Company"), ("Lima", "City")],
    )
    assert of_type(doc, "destination") == set()
