"""eco_orgs, relation-quality round: dotted legal forms, short names, lists, designators.

Every sentence and organisation name here is invented for these tests (none comes
from the sample, held-out or dev2 articles). The model's entities are set by hand
on ``spacy.blank("fr")`` unless the test is marked `model`.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import ecograph.nlp.pipeline  # noqa: F401  (registers the factories)
from ecograph.nlp.spans import attrs, entity_spans
from support import run

ORGS = ("Company", "PublicBody", "Agency", "Chamber", "Association", "Organisation")


def org_names(doc: Doc) -> set[str]:
    return {attrs(s)["name"] for s in entity_spans(doc) if s.label_ in ORGS}


def org_mentions(doc: Doc) -> list[tuple[str, str, str]]:
    return [(s.text, s.label_, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in ORGS]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le groupe a racheté Fornari Tessuti S.p.A., basée à Côme.", "Fornari Tessuti S.p.A."),
        ("Velmar Data S.à r.l. ouvre un site à Lille.", "Velmar Data S.à r.l."),
        ("Elle parle avec Tavari Soft Pvt Ltd à Chennai.", "Tavari Soft Pvt Ltd"),
        ("Orchid Cargo Pte. Ltd. arrive à Dunkerque.", "Orchid Cargo Pte. Ltd."),
        ("Caldwell Optics Inc., un spécialiste des lasers, arrive.", "Caldwell Optics Inc."),
        ("Le groupe rachète Mar Azul S.L. cette année.", "Mar Azul S.L."),
        ("La société Brunetti Pompe S.r.l. recrute.", "Brunetti Pompe S.r.l."),
    ],
)
def test_orgs_forms_dotted_legal_form_ends_the_name(blank: Language, text: str, name: str) -> None:
    assert org_names(run(blank, text)) == {name}


def test_orgs_forms_short_name_after_a_legal_form_is_the_same_company(blank: Language) -> None:
    doc = run(
        blank,
        "Orchid Cargo Pte Ltd a choisi Dunkerque. Depuis, Orchid Cargo recrute.",
        [("Orchid Cargo", "PER")],
    )
    assert [n for _, _, n in org_mentions(doc)] == ["Orchid Cargo Pte Ltd"] * 2


def test_orgs_forms_first_word_tagged_as_a_person_is_renamed(blank: Language) -> None:
    doc = run(
        blank,
        "Corvel Energy Ltd ouvre un site. Corvel est déjà client de la ville.",
        [("Corvel", "PER")],
    )
    assert [n for _, _, n in org_mentions(doc)] == ["Corvel Energy Ltd"] * 2


def test_orgs_forms_bare_cci_is_the_only_chamber_of_the_article(blank: Language) -> None:
    doc = run(blank, "La CCI Vallée du Lys aide les PME. Le déjeuner a eu lieu à la CCI.")
    assert [n for _, _, n in org_mentions(doc)] == ["CCI Vallée du Lys"] * 2


def test_orgs_forms_bare_metropole_is_the_only_metropolis_body(blank: Language) -> None:
    doc = run(blank, "Lyon Métropole vote le budget. Le président de la métropole parle.")
    assert [n for _, _, n in org_mentions(doc)] == ["Lyon Métropole"] * 2


def test_orgs_forms_bare_cci_stays_bare_with_two_chambers(blank: Language) -> None:
    doc = run(
        blank,
        "La CCI Vallée du Lys et la CCI Haut Val signent. Le déjeuner a eu lieu à la CCI.",
    )
    assert [n for _, _, n in org_mentions(doc)] == ["CCI Vallée du Lys", "CCI Haut Val"]


def test_orgs_forms_bare_metropole_without_a_body_is_nothing(blank: Language) -> None:
    doc = run(blank, "Les bus de la métropole roulent à l'hydrogène.")
    assert org_mentions(doc) == []


def test_orgs_forms_plain_names_listed_after_parmi_lesquels(blank: Language) -> None:
    doc = run(
        blank,
        "Elle vend la production de ses membres, parmi lesquels Fermes du Lac, "
        "Vergers Bleus et Jardin d'Oléron, sous sa marque.",
    )
    assert org_names(doc) == {"Fermes du Lac", "Vergers Bleus", "Jardin d'Oléron"}


def test_orgs_forms_plain_names_listed_after_figuraient(blank: Language) -> None:
    doc = run(blank, "Parmi les exposants figuraient Talmor et Brisval Conseil.")
    assert org_names(doc) == {"Talmor", "Brisval Conseil"}


def test_orgs_forms_figure_without_members_names_nothing(blank: Language) -> None:
    assert org_names(run(blank, "Parmi ses souvenirs figure Lyon et Talmor.")) == set()


def test_orgs_forms_listed_places_and_people_are_no_companies(blank: Language) -> None:
    doc = run(
        blank,
        "Elle a des clients partout, parmi lesquels Lyon, Nantes et Anne Morel.",
        [("Anne Morel", "PER")],
    )
    assert org_names(doc) == set()


def test_orgs_forms_person_after_a_role_of_a_designated_body(blank: Language) -> None:
    doc = run(
        blank,
        "Le président de la coopérative, Julien Marchand, insiste sur la qualité.",
        [("Julien Marchand", "PER")],
    )
    assert org_names(doc) == set()
    assert [s.text for s in entity_spans(doc) if s.label_ == "Person"] == ["Julien Marchand"]


def test_orgs_forms_region_word_inside_a_job_title(blank: Language) -> None:
    doc = run(
        blank,
        "Anne Lo, directrice Europe du groupe, arrive.",
        [("Anne Lo", "PER"), ("Europe", "ORG")],
    )
    assert org_names(doc) == set()


@pytest.mark.model
def test_orgs_forms_quoted_infinitive_is_no_company(nlp: Language) -> None:
    doc = nlp("« Racheter une équipe locale, c'était la clé », explique Anne Lo.")
    assert org_names(doc) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le dossier a été suivi par VELORA Port.", {("VELORA Port", "PublicBody")}),
        (
            "Elle discute avec l'hôpital universitaire Vall Serena.",
            {("Vall Serena", "Organisation")},
        ),
        (
            "Elle discute avec le centre hospitalier universitaire de Tours.",
            {("Centre hospitalier universitaire de Tours", "Organisation")},
        ),
        ("La start-up a rejoint le pôle Agrinov.", {("Agrinov", "Association")}),
        ("La moutarderie Grain de Saône exporte.", {("Grain de Saône", "Company")}),
        ("Le semencier Terragrain recrute.", {("Terragrain", "Company")}),
        ("Elle parle avec l'intégrateur Kovalam Soft.", {("Kovalam Soft", "Company")}),
    ],
)
def test_orgs_forms_new_designators(
    blank: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    doc = run(blank, text, [("Grain de Saône", "PER")] if "Grain" in text else [])
    assert {(n, label) for _, label, n in org_mentions(doc)} == expected


def test_orgs_forms_department_of_a_body_is_no_association(blank: Language) -> None:
    assert org_names(run(blank, "Le pôle Santé de la métropole accueille des patients.")) == set()


def test_orgs_forms_port_needs_an_acronym_before(blank: Language) -> None:
    assert org_names(run(blank, "Le navire quitte Saint-Malo Port demain.")) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Membre de la French Tech Armor depuis 2019, la start-up recrute.", "French Tech Armor"),
        (
            "La start-up rejoint Normandie Santé Connectée (NSC), l'association du secteur.",
            "Normandie Santé Connectée",
        ),
        (
            "La ville a rejoint le réseau des Cités européennes du vin, une association.",
            "Cités européennes du vin",
        ),
    ],
)
def test_orgs_forms_whole_names_are_kept(blank: Language, text: str, name: str) -> None:
    assert name in org_names(run(blank, text, [("Normandie", "LOC")] if "NSC" in text else []))


def test_orgs_forms_acronym_after_an_expanded_name_is_the_same_body(blank: Language) -> None:
    doc = run(
        blank, "Normandie Santé Connectée (NSC) grandit. NSC recrute.", [("Normandie", "LOC")]
    )
    assert [n for _, _, n in org_mentions(doc)] == ["Normandie Santé Connectée"] * 3


def test_orgs_forms_initials_must_match_the_words(blank: Language) -> None:
    doc = run(blank, "Il vit en Normandie Santé (XYZ) depuis.", [("Normandie", "LOC")])
    assert "Normandie Santé" not in org_names(doc)
