"""Visits and missions told by verbs and by "en visite" / "attend la visite" (real model).

The sentences are written for these tests, with invented people and companies and real
towns unrelated to the sample article; entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from rel_annotate import Annotate, annotator, events, of_type


@pytest.fixture(scope="module")
def annotate(nlp: Language) -> Annotate:
    return annotator(nlp)


@pytest.mark.model
def test_visits_received_at_a_town_hall_with_leader_and_town_origin(annotate: Annotate) -> None:
    doc = annotate(
        "Une délégation chilienne conduite par Rosa Vidal, maire de Valparaiso, a été reçue "
        "lundi à l'hôtel de ville de Nantes.",
        [("Rosa Vidal", "Person"), ("Valparaiso", "City"), ("Nantes", "City")],
    )
    assert events(doc, "Visit") == ["visite à Nantes"]
    assert of_type(doc, "origin") == {("visite à Nantes", "Valparaiso")}
    assert ("Rosa Vidal", "visite à Nantes") in of_type(doc, "participant")


@pytest.mark.model
def test_visits_building_without_town_is_no_destination(annotate: Annotate) -> None:
    doc = annotate(
        "Une délégation chilienne a été reçue lundi à l'hôtel de ville.",
        [("Nantes", "City")],
    )
    assert events(doc, "Visit") == []


@pytest.mark.model
def test_visits_minister_en_visite_with_demonym_origin(annotate: Annotate) -> None:
    doc = annotate(
        "La ministre suédoise du Commerce, Karin Holm, était en visite mardi à Lille.",
        [("Karin Holm", "Person"), ("Lille", "City")],
    )
    assert events(doc, "Visit") == ["visite à Lille"]
    assert of_type(doc, "participant") == {("Karin Holm", "visite à Lille")}
    assert ("visite à Lille", "Suède") in of_type(doc, "origin")


@pytest.mark.model
def test_visits_en_visite_without_traveller_is_no_visit(annotate: Annotate) -> None:
    doc = annotate("Le musée est en visite libre à Lille tout l'été.", [("Lille", "City")])
    assert events(doc, "Visit") == []


@pytest.mark.model
def test_visits_awaited_delegation_visits_the_subject_town(annotate: Annotate) -> None:
    doc = annotate(
        "Brest attend la visite d'une délégation de la chambre de commerce de Séoul en juin.",
        [("Brest", "City"), ("Séoul", "City"), ("juin", "Date")],
    )
    assert events(doc, "Visit") == ["visite à Brest"]
    assert of_type(doc, "origin") == {("visite à Brest", "Séoul")}


@pytest.mark.model
def test_visits_awaited_inspection_is_no_visit(annotate: Annotate) -> None:
    doc = annotate("Brest attend la visite des inspecteurs du travail.", [("Brest", "City")])
    assert events(doc, "Visit") == []


@pytest.mark.model
def test_visits_delegation_flies_to_two_towns(annotate: Annotate) -> None:
    doc = annotate(
        "Une délégation de douze PME s'envolera pour Lima et Quito en mai, dans le cadre "
        "d'une mission organisée par l'agence Andexport.",
        [("Lima", "City"), ("Quito", "City"), ("mai", "Date"), ("Andexport", "Agency")],
    )
    assert events(doc, "Mission") == ["mission à Lima", "mission à Quito"]
    # The organiser is told once, on the first stop.
    assert of_type(doc, "organiser") == {("Andexport", "mission à Lima")}


@pytest.mark.model
def test_visits_price_taking_off_is_no_mission(annotate: Annotate) -> None:
    doc = annotate("Le prix des billets pour Lima s'envolera en mai.", [("Lima", "City")])
    assert events(doc, "Mission") == []


@pytest.mark.model
def test_visits_planned_mission_with_participle(annotate: Annotate) -> None:
    doc = annotate(
        "Une mission bretonne est d'ailleurs prévue à Montréal en octobre.",
        [("Montréal", "City"), ("octobre", "Date")],
    )
    assert events(doc, "Mission") == ["mission à Montréal"]


@pytest.mark.model
def test_visits_mission_outcome_verb_gives_no_destination(annotate: Annotate) -> None:
    doc = annotate(
        "Une mission bretonne a permis à Montréal de signer trois contrats.",
        [("Montréal", "City")],
    )
    assert events(doc, "Mission") == []


@pytest.mark.model
def test_visits_home_mayor_who_went_abroad_led_a_mission(annotate: Annotate) -> None:
    doc = annotate(
        "« Nos deux villes se ressemblent », a souligné le maire de Dijon, Paul Morel, qui "
        "s'était lui-même rendu à Cluj en mai.",
        [("Dijon", "City"), ("Paul Morel", "Person"), ("Cluj", "City")],
    )
    assert events(doc, "Mission") == ["mission à Cluj"]
    assert ("Paul Morel", "mission à Cluj") in of_type(doc, "participant")


@pytest.mark.model
def test_visits_foreign_mayor_who_came_made_a_visit(annotate: Annotate) -> None:
    doc = annotate(
        "Le maire de Cluj, Ion Popa, s'est rendu à Dijon en mai. Dijon l'a accueilli.",
        [("Cluj", "City"), ("Ion Popa", "Person"), ("Dijon", "City")],
    )
    assert events(doc, "Visit") == ["visite à Dijon"]
    assert events(doc, "Mission") == []


@pytest.mark.model
def test_visits_noun_visit_reaches_past_the_visitor_apposition(annotate: Annotate) -> None:
    doc = annotate(
        "Les deux villes ont signé un protocole, au terme d'une visite de trois jours du maire "
        "de Cluj, Ion Popa, à Dijon.",
        [("Cluj", "City"), ("Ion Popa", "Person"), ("Dijon", "City")],
    )
    assert events(doc, "Visit") == ["visite à Dijon"]
    assert of_type(doc, "origin") == {("visite à Dijon", "Cluj")}


@pytest.mark.model
def test_visits_noun_visit_stops_at_the_next_verb(annotate: Annotate) -> None:
    doc = annotate(
        "La visite du maire de Cluj, Ion Popa, a permis de signer un accord à Dijon.",
        [("Cluj", "City"), ("Ion Popa", "Person"), ("Dijon", "City")],
    )
    assert events(doc, "Visit") == []


@pytest.mark.model
def test_visits_town_hall_of_a_town_named_elsewhere_in_the_text(annotate: Annotate) -> None:
    text = (
        "Une délégation chilienne a été reçue lundi à l'hôtel de ville de Nantes. Le maire "
        "de Nantes a salué la visite."
    )
    # The model may read "l'hôtel de ville de Nantes" as one location: no town mention there.
    assert events(annotate(text, [("Nantes#2", "City")]), "Visit") == ["visite à Nantes"]
    assert events(annotate(text, []), "Visit") == []
