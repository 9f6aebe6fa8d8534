"""Offices without a name right after the role: possessives, "dont", kind nouns, titles.

The sentences are written for these tests, with invented people and companies and real
towns unrelated to the sample article; entity mentions are placed by hand and eco_people
reads the role appositions.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from ecograph.nlp.spans import attrs, entity_spans
from rel_annotate import Annotate, annotator, roles


@pytest.fixture(scope="module")
def annotate(nlp: Language) -> Annotate:
    return annotator(nlp)


def _pairs(doc: object) -> set[tuple[str, str]]:
    return {(person, org) for person, org, _ in roles(doc)}  # type: ignore[arg-type]


@pytest.mark.model
def test_roles_possessive_points_to_the_subject_not_the_cluster_joined(annotate: Annotate) -> None:
    doc = annotate(
        "La start-up Orvane, spécialisée dans les capteurs, vient d'adhérer au pôle Agrinov, "
        "qui fédère 90 entreprises. Sa fondatrice, Lise Caron, se réjouit.",
        [("Orvane", "Company"), ("Agrinov", "Association"), ("Lise Caron", "Person")],
    )
    assert _pairs(doc) == {("Lise Caron", "Orvane")}


@pytest.mark.model
def test_roles_possessive_skips_a_name_quoted_before(annotate: Annotate) -> None:
    doc = annotate(
        "Pour le fonds Ostra, qui gère 50 millions d'euros, c'est une première. « Nous avions "
        "rencontré l'équipe de Tivolix à Lyon », raconte son associée gérante, Léa Martin.",
        [("Ostra", "Company"), ("Tivolix", "Company"), ("Lyon", "City"), ("Léa Martin", "Person")],
    )
    assert _pairs(doc) == {("Léa Martin", "Ostra")}


@pytest.mark.model
def test_roles_possessive_with_no_organisation_before_gives_none(annotate: Annotate) -> None:
    doc = annotate(
        "La ville a fêté ses commerçants. Sa présidente, Lise Caron, a ouvert le bal.",
        [("Lise Caron", "Person")],
    )
    assert roles(doc) == set()


@pytest.mark.model
def test_roles_dont_gives_the_office_to_the_antecedent(annotate: Annotate) -> None:
    doc = annotate(
        "L'agence Lumen Attractivité, dont la directrice générale, Sofia Bern, rappelle le "
        "bilan, a aidé douze entreprises.",
        [("Lumen Attractivité", "Agency"), ("Sofia Bern", "Person")],
    )
    assert roles(doc) == {("Sofia Bern", "Lumen Attractivité", "directrice générale")}


@pytest.mark.model
def test_roles_kind_noun_of_the_role_points_to_the_company_before(annotate: Annotate) -> None:
    doc = annotate(
        "Orvane ouvre un bureau à Lyon. « C'est une étape », explique Lise Caron, présidente "
        "de l'entreprise.",
        [("Orvane", "Company"), ("Lyon", "City"), ("Lise Caron", "Person")],
    )
    assert roles(doc) == {("Lise Caron", "Orvane", "présidente")}


@pytest.mark.model
def test_roles_kind_noun_names_the_only_body_holding_it(annotate: Annotate) -> None:
    doc = annotate(
        "Valmont Métropole a signé un accord avec Orvane. Le président de la métropole, "
        "Paul Andrieu, s'en félicite.",
        [("Valmont Métropole", "PublicBody"), ("Orvane", "Company"), ("Paul Andrieu", "Person")],
    )
    assert ("Paul Andrieu", "Valmont Métropole", "président") in roles(doc)


@pytest.mark.model
def test_roles_kind_noun_with_no_such_body_gives_none(annotate: Annotate) -> None:
    doc = annotate(
        "Le président de la métropole, Paul Andrieu, s'en félicite.", [("Paul Andrieu", "Person")]
    )
    assert roles(doc) == set()


@pytest.mark.model
def test_roles_prefixed_title_and_mayor_of_a_foreign_town(annotate: Annotate) -> None:
    doc = annotate(
        "Kenta Ito, vice-gouverneur de Kobe, a rencontré la bourgmestre de Namur, Anne Leroy.",
        [("Kenta Ito", "Person"), ("Kobe", "City"), ("Namur", "City"), ("Anne Leroy", "Person")],
    )
    assert roles(doc) == {
        ("Kenta Ito", "Kobe", "vice-gouverneur"),
        ("Anne Leroy", "Namur", "bourgmestre"),
    }


@pytest.mark.model
def test_roles_area_after_the_role_is_part_of_the_office(annotate: Annotate) -> None:
    doc = annotate(
        "« C'est la clé », explique Wei Chen, directrice Europe du groupe.",
        [("Wei Chen", "Person"), ("Europe", "Region")],
    )
    person = next(s for s in entity_spans(doc) if s.label_ == "Person")
    assert attrs(person)["role"] == "directrice Europe du groupe"
    assert roles(doc) == set()


@pytest.mark.model
def test_roles_council_president_presides_the_departement(annotate: Annotate) -> None:
    doc = annotate(
        "Le Département du Gard emmènera vingt caves à Osaka. « C'est un marché clé », "
        "rappelle Anne Roux, présidente du conseil départemental.",
        [("Département du Gard", "PublicBody"), ("Osaka", "City"), ("Anne Roux", "Person")],
    )
    assert roles(doc) == {("Anne Roux", "Département du Gard", "présidente")}


@pytest.mark.model
def test_roles_possessive_skips_a_name_in_a_fronted_complement(annotate: Annotate) -> None:
    doc = annotate(
        "Membre du réseau Logivia depuis 2018, la PME vient de rejoindre l'association "
        "Agrinov, qui compte 90 adhérents. Son président, Paul Andrieu, salue son arrivée.",
        [("Logivia", "Organisation"), ("Agrinov", "Organisation"), ("Paul Andrieu", "Person")],
    )
    assert _pairs(doc) == {("Paul Andrieu", "Agrinov")}


@pytest.mark.model
def test_roles_office_of_the_group_is_held_in_the_topic_company(annotate: Annotate) -> None:
    doc = annotate(
        "Le groupe Brivel a racheté la société Quartel. Les salariés de Quartel sont conservés. "
        "« C'est la clé », explique Wei Chen, directrice Europe du groupe.",
        [("Brivel", "Company"), ("Quartel", "Company"), ("Wei Chen", "Person")],
    )
    assert _pairs(doc) == {("Wei Chen", "Brivel")}
