"""eco_orgs: designators, shapes, parenthesised activities, parties, acronyms, propagation.

Test sentences and organisation names are invented for these tests; the
model's entities are set by hand on ``spacy.blank("fr")`` unless marked `model`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import ecograph.nlp.pipeline  # noqa: F401  (registers the factories)
from ecograph.link import fold
from ecograph.nlp.spans import attrs, entity_spans
from support import run

ORGS = (
    "Company",
    "PublicBody",
    "Agency",
    "Chamber",
    "Association",
    "PoliticalParty",
    "Organisation",
)


def orgs(doc: Doc) -> set[tuple[str, str, str]]:
    return {(s.text, s.label_, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in ORGS}


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "La société Brevalix ouvre un bureau à Lyon.",
            [("Brevalix", "LOC"), ("Lyon", "LOC")],
            {("Brevalix", "Company", "Brevalix")},
        ),
        (
            "La Métropole Grenoble Alpes investit.",
            [("Métropole Grenoble Alpes", "LOC")],
            {("Métropole Grenoble Alpes", "PublicBody", "Métropole Grenoble Alpes")},
        ),
        (
            "La chambre de commerce et d'industrie de Nantes soutient le projet.",
            [("Nantes", "LOC")],
            {
                (
                    "chambre de commerce et d'industrie de Nantes",
                    "Chamber",
                    "Chambre de commerce et d'industrie de Nantes",
                )
            },
        ),
        (
            "Brest Développement et Lille-Promotion tiennent un stand.",
            [("Brest", "LOC")],
            {
                ("Brest Développement", "Agency", "Brest Développement"),
                ("Lille-Promotion", "Agency", "Lille-Promotion"),
            },
        ),
        (
            "Korvan Industries SAS a été rachetée.",
            [],
            {("Korvan Industries SAS", "Company", "Korvan Industries SAS")},
        ),
        (
            "Les sociétés Fabrilux, Néovia et Ostral exposent.",
            [("Néovia", "PER")],
            {
                ("Fabrilux", "Company", "Fabrilux"),
                ("Néovia", "Company", "Néovia"),
                ("Ostral", "Company", "Ostral"),
            },
        ),
        (
            "Parmi les lauréats : Quorvel (logistique urbaine), Pemtix (santé) "
            "et Arva Tech (énergie).",
            [("Quorvel", "LOC"), ("Pemtix", "PER"), ("Arva Tech", "MISC")],
            {
                ("Quorvel", "Company", "Quorvel"),
                ("Pemtix", "Company", "Pemtix"),
                ("Arva Tech", "Company", "Arva Tech"),
            },
        ),
        (
            "L'américain Zentrix ouvre un site.",
            [("Zentrix", "PER")],
            {("Zentrix", "Company", "Zentrix")},
        ),
        (
            "La CCI Normandie organise une mission.",
            [("CCI Normandie", "ORG")],
            {("CCI Normandie", "Chamber", "CCI Normandie")},
        ),
        (
            "Le député LR a voté contre.",
            [("LR", "ORG")],
            {("LR", "PoliticalParty", "Les Républicains")},
        ),
        (
            "La start-up lève des fonds auprès du fonds Capvera.",
            [],
            {("Capvera", "Company", "Capvera")},
        ),
        (
            "Le groupe Les Républicains a voté.",
            [],
            {("Les Républicains", "PoliticalParty", "Les Républicains")},
        ),
        (
            "La PME tourangelle Vintrel et Rennes Métropole signent.",
            [],
            {
                ("Vintrel", "Company", "Vintrel"),
                ("Rennes Métropole", "PublicBody", "Rennes Métropole"),
            },
        ),
        (
            "Corvel Ventures et Arlan Capital financent Vandel Holding NV.",
            [],
            {
                ("Corvel Ventures", "Company", "Corvel Ventures"),
                ("Arlan Capital", "Company", "Arlan Capital"),
                ("Vandel Holding NV", "Company", "Vandel Holding NV"),
            },
        ),
        (
            "La maison de négoce Berthier & Fils et le groupe coopératif Terres de l'Adour "
            "exportent.",
            [],
            {
                ("Berthier & Fils", "Company", "Berthier & Fils"),
                ("Terres de l'Adour", "Company", "Terres de l'Adour"),
            },
        ),
        (
            "Les start-up Pemtix et Solvio exposent.",
            [],
            {("Pemtix", "Company", "Pemtix"), ("Solvio", "Company", "Solvio")},
        ),
        (
            "Orvane a levé 2 millions d'euros auprès de Kerlan, de Valmy Invest et de Bpifrance.",
            [],
            {
                ("Kerlan", "Company", "Kerlan"),
                ("Valmy Invest", "Agency", "Valmy Invest"),
                ("Bpifrance", "Organisation", "Bpifrance"),
            },
        ),
        (
            "Le délégué CGT a rencontré le préfet auprès de Lyon.",
            [],
            {("CGT", "Association", "CGT")},
        ),
        (
            "Orvane, spécialiste des drones, recrute.",
            [],
            {("Orvane", "Company", "Orvane")},
        ),
        (
            "L'agence régionale de développement Loire Essor finance.",
            [],
            {("Loire Essor", "Agency", "Loire Essor")},
        ),
        (
            "Un club, l'association Elan Sud, a signé.",
            [],
            {("Elan Sud", "Association", "Elan Sud")},
        ),
    ],
)
def test_orgs_typed_from_designators_and_shape(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str, str]]
) -> None:
    assert orgs(run(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("La ville de Lyon accueille le salon.", [("Lyon", "LOC")]),
        ("Le président de Région a parlé.", [("Région", "LOC")]),
        ("Le salon a lieu à Lyon (Rhône).", [("Lyon", "LOC")]),
        ("Le bureau de Lyon (voir ci-dessous) ferme.", [("Lyon", "LOC")]),
        ("L'entreprise est située au port.", []),
        ("L'entreprise compte 28 salariés.", []),
        ("Sur la photo, Anne Dupuis (à gauche) sourit.", [("Anne Dupuis", "PER")]),
        ("Anne Dupuis (avocate) plaide.", [("Anne Dupuis", "PER")]),
        ("Les entreprises allemandes investissent.", []),
    ],
)
def test_orgs_no_organisation_without_a_name(
    blank: Language, text: str, ents: list[tuple[str, str]]
) -> None:
    assert orgs(run(blank, text, ents)) == set()


def test_orgs_place_inside_a_public_body_stays_a_place(blank: Language) -> None:
    doc = run(blank, "Le Département du Var et la Ville de Toulon signent.", [("Toulon", "LOC")])
    found = {(s.text, s.label_) for s in entity_spans(doc)}
    assert ("Département du Var", "PublicBody") in found
    assert ("Var", "Department") in found
    assert ("Ville de Toulon", "PublicBody") in found
    assert ("Toulon", "City") in found


def test_orgs_acronym_and_its_later_uses_name_the_same_body(blank: Language) -> None:
    text = "L'Agence de développement du Gard (ADG) reçoit. Selon l'ADG, le bilan est bon."
    doc = run(blank, text)
    names = [(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ == "Agency"]
    assert names == [
        ("Agence de développement du Gard", "Agence de développement du Gard"),
        ("ADG", "Agence de développement du Gard"),
        ("ADG", "Agence de développement du Gard"),
    ]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Invest in Brest attire des entreprises.",
            [("Invest in Brest", "ORG")],
            {("Invest in Brest", "Agency", "Invest in Brest")},
        ),
        (
            "La Banque Vernelle prête.",
            [("Banque Vernelle", "ORG")],
            {("Banque Vernelle", "Company", "Banque Vernelle")},
        ),
        ("Le ministre de l'Industrie a parlé.", [("ministre de l'Industrie", "ORG")], set()),
        (
            "L'Office des transports du Vexin (OTV) commande. L'OTV paie.",
            [("Office des transports du Vexin", "ORG"), ("OTV", "ORG")],
            {
                (
                    "Office des transports du Vexin",
                    "Organisation",
                    "Office des transports du Vexin",
                ),
                ("OTV", "Organisation", "Office des transports du Vexin"),
            },
        ),
    ],
)
def test_orgs_model_organisations_typed_from_their_words(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str, str]]
) -> None:
    assert orgs(run(blank, text, ents)) == expected


def test_orgs_bare_region_is_the_body_of_the_article_region(blank: Language) -> None:
    text = "La Région Bretagne finance. Le président de la Région a signé."
    doc = run(blank, text, [("Bretagne", "LOC")])
    bodies = [(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ == "PublicBody"]
    assert bodies == [("Région Bretagne", "Région Bretagne"), ("Région", "Région Bretagne")]


def test_orgs_bare_region_without_a_region_in_the_article_is_nothing(blank: Language) -> None:
    doc = run(blank, "Le président de la Région a signé à Lyon.", [("Lyon", "LOC")])
    assert orgs(doc) == set()


def test_orgs_acronym_claimed_by_shape_is_renamed(blank: Language) -> None:
    text = "La chambre de commerce et d'industrie de Nîmes (CCINI) signe."
    names = {attrs(s)["name"] for s in entity_spans(run(blank, text)) if s.label_ == "Chamber"}
    assert names == {"Chambre de commerce et d'industrie de Nîmes"}


def test_orgs_name_without_designator_is_propagated(blank: Language) -> None:
    text = "Rouen Normandie investira. La Métropole Rouen Normandie a voté."
    doc = run(blank, text, [("Rouen Normandie", "LOC")])
    found = [(s.text, s.label_, attrs(s)["name"]) for s in entity_spans(doc)]
    assert ("Rouen Normandie", "PublicBody", "Métropole Rouen Normandie") in found
    assert not [f for f in found if f[1] == "Place"]


def test_orgs_activity_offsets_point_at_the_parenthesis(blank: Language) -> None:
    text = "Exposants : Quorvel (logistique urbaine)."
    doc = run(blank, text)
    (company,) = [s for s in entity_spans(doc) if s.label_ == "Company"]
    start, end = attrs(company)["activity"]
    assert text[start:end] == "logistique urbaine"


@pytest.mark.model
def test_orgs_real_model_enumeration_and_agency(nlp: Language) -> None:
    text = (
        "Nantes Promotion accompagne les start-up présentes : Quorvel (logistique urbaine), "
        "Pemtix (santé connectée) et Arva Tech (énergie marine)."
    )
    found = orgs(nlp(text))
    assert {(t, label) for t, label, _ in found} == {
        ("Nantes Promotion", "Agency"),
        ("Quorvel", "Company"),
        ("Pemtix", "Company"),
        ("Arva Tech", "Company"),
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Selon Marc Dupont, Orbalis vient de lever 3 millions d'euros.",
        "Fondée en 2015, Zentralix a racheté son concurrent.",
    ],
)
def test_orgs_subject_of_a_business_verb_is_a_company(nlp: Language, text: str) -> None:
    found = orgs(nlp(text))
    assert {label for _, label, _ in found} == {"Company"}
    assert len(found) == 1


@pytest.mark.model
def test_orgs_town_signing_is_not_a_company(nlp: Language) -> None:
    doc = nlp("Vénissieux a signé une convention avec ses voisines.")
    assert orgs(doc) == set()


@pytest.mark.model
def test_orgs_sample_article_organisations_found(nlp: Language, sample_text: str) -> None:
    """Every non-optional gold organisation of the sample is found with its type; no false hit."""
    gold_path = Path(__file__).resolve().parents[2] / "shared/gold/000_2b3a9c44acf0ab99.gold.json"
    gold = [
        e
        for e in json.loads(gold_path.read_text("utf-8"))["entities"]
        if e["category"] == "Organisation"
    ]
    known = {fold(n): e["type"] for e in gold for n in [e["name"], *e.get("aliases", [])]}
    needed = {(fold(e["name"]), e["type"]) for e in gold if not e.get("optional")}
    found = {
        (fold(attrs(s)["name"]), s.label_)
        for s in entity_spans(nlp(sample_text))
        if s.label_ in ORGS
    }
    assert needed <= found
    assert all(known.get(name) == label for name, label in found)


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # Legal forms in any inner case, '&' inside a name, full stop kept by the tokenizer.
        (
            "Elle livre Brunel & Fils SAS et Hartwig GmbH.",
            [],
            {
                ("Brunel & Fils SAS", "Company", "Brunel & Fils SAS"),
                ("Hartwig GmbH.", "Company", "Hartwig GmbH"),
            },
        ),
        (
            "Le contrat lie Dumas Frères à Varna Holding.",
            [],
            {
                ("Dumas Frères", "Company", "Dumas Frères"),
                ("Varna Holding", "Company", "Varna Holding"),
            },
        ),
        (
            "Forgeval, filiale du japonais Oshiro, livre.",
            [],
            {("Oshiro", "Company", "Oshiro"), ("Forgeval", "Company", "Forgeval")},
        ),
        (
            "Des chercheurs de l'Université du Québec à Montréal arrivent.",
            [],
            {
                (
                    "Université du Québec à Montréal",
                    "Organisation",
                    "Université du Québec à Montréal",
                )
            },
        ),
        (
            "L'École nationale supérieure des mines d'Albi recrute.",
            [],
            {
                (
                    "École nationale supérieure des mines d'Albi",
                    "Organisation",
                    "École nationale supérieure des mines d'Albi",
                )
            },
        ),
        (
            "Le fabricant de cycles Ravel Bikes s'installe.",
            [],
            {("Ravel Bikes", "Company", "Ravel Bikes")},
        ),
        (
            "Le leader européen du câble, Kabelo, ouvre une usine.",
            [],
            {("Kabelo", "Company", "Kabelo")},
        ),
        ("Corbel, installée à Lorient, exporte.", [], {("Corbel", "Company", "Corbel")}),
    ],
)
def test_orgs_shapes_of_unseen_names(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str, str]]
) -> None:
    assert orgs(run(blank, text, ents)) == expected


def test_orgs_lower_case_university_event_is_nothing(blank: Language) -> None:
    doc = run(blank, "L'université d'été des entrepreneurs de Bretagne ouvre.")
    assert orgs(doc) == set()


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        ("La grève continue chez Thermalis depuis lundi.", [("Thermalis", "PER")], "Thermalis"),
        ("Les dirigeants de Cervio ont parlé.", [("Cervio", "LOC")], "Cervio"),
        ("Le PDG de Trelis a parlé.", [("Trelis", "MISC")], "Trelis"),
        ("Selon Bravia, le marché progresse.", [], "Bravia"),
    ],
)
def test_orgs_unknown_name_in_a_company_slot(
    blank: Language, text: str, ents: list[tuple[str, str]], name: str
) -> None:
    assert orgs(run(blank, text, ents)) == {(name, "Company", name)}


def test_orgs_name_listed_with_an_organisation_is_one(blank: Language) -> None:
    doc = run(
        blank,
        "Elle travaille avec Altavia SAS, Quorisk et Belmir.",
        [("Quorisk", "PER"), ("Belmir", "MISC")],
    )
    assert {n for n, _, _ in orgs(doc)} == {"Altavia SAS", "Quorisk", "Belmir"}


def test_orgs_lone_person_word_without_full_name_is_a_company(blank: Language) -> None:
    doc = run(blank, "Veltis a annoncé un site.", [("Veltis", "PER")])
    assert orgs(doc) == {("Veltis", "Company", "Veltis")}


def test_orgs_surname_of_a_named_person_stays_a_person(blank: Language) -> None:
    doc = run(
        blank,
        "Mounier a annoncé un plan, a dit la directrice Claire Mounier.",
        [("Claire Mounier", "PER"), ("Mounier", "PER")],
    )
    assert orgs(doc) == set()


def test_orgs_role_word_and_participle_are_not_companies(blank: Language) -> None:
    doc = run(
        blank,
        "Conduite par la maire, la délégation arrive. Le président de Région parle.",
        [("Conduite", "PER"), ("Région", "MISC")],
    )
    assert orgs(doc) == set()


def test_orgs_company_later_named_by_its_first_word(blank: Language) -> None:
    doc = run(
        blank, "Le motoriste Kestor Antriebe GmbH arrive. Kestor recrute.", [("Kestor", "ORG")]
    )
    names = {attrs(s)["name"] for s in entity_spans(doc) if s.label_ == "Company"}
    assert names == {"Kestor Antriebe GmbH"}


@pytest.mark.model
def test_orgs_real_model_dev_passages(nlp: Language) -> None:
    """Most dev_orgs gold organisations are found by the real pipeline, with few false hits."""
    root = Path(__file__).parent / "data/dev_orgs"
    found = wanted = false = 0
    for line in (root / "articles.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        gold = json.loads((root / f"{row['id']}.gold.json").read_text("utf-8"))["entities"]
        keys = [
            {fold(n) for n in [e["name"], *e["aliases"]]}
            for e in gold
            if e["category"] == "Organisation"
        ]
        got = {fold(attrs(s)["name"]) for s in entity_spans(nlp(row["text"])) if s.label_ in ORGS}
        wanted += len(keys)
        found += sum(1 for k in keys if k & got)
        false += sum(1 for g in got if not any(g in k for k in keys))
    assert found / wanted >= 0.95
    assert false <= 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Chambre de commerce franco-allemande ouvre.",
            {("Chambre de commerce franco-allemande", "Chamber")},
        ),
        (
            "Le ministère marocain de l'Industrie soutient.",
            {("ministère marocain de l'Industrie", "PublicBody")},
        ),
        ("L'ambassade de France aide.", {("ambassade de France", "PublicBody")}),
        (
            "Kerlan Energy et Varenne Logistique signent.",
            {("Kerlan Energy", "Company"), ("Varenne Logistique", "Company")},
        ),
        ("La coopérative Terres d'Armor signe.", {("Terres d'Armor", "Company")}),
        ("Les Services de l'État suivent.", set()),
    ],
)
def test_orgs_gentile_suffix_and_designator_forms(
    blank: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(n, label) for n, label, _ in orgs(run(blank, text))} == expected


def test_orgs_bare_regional_council_is_the_article_region_body(blank: Language) -> None:
    doc = run(blank, "En Bretagne, le conseil régional vote.", [("Bretagne", "LOC")])
    assert {name for _, _, name in orgs(doc)} == {"Région Bretagne"}


def test_orgs_economic_acronyms_are_not_organisations(blank: Language) -> None:
    doc = run(blank, "Les PME du BTP recrutent.", [("PME", "ORG"), ("BTP", "ORG")])
    assert orgs(doc) == set()


@pytest.mark.model
def test_orgs_relative_clause_business_verb(nlp: Language) -> None:
    doc = nlp("La Région aide Hydrolis, qui fabrique des électrolyseurs.")
    assert ("Hydrolis", "Company") in {(attrs(s)["name"], s.label_) for s in entity_spans(doc)}


def test_orgs_camel_case_brand_after_a_designator(blank: Language) -> None:
    doc = run(blank, "La start-up iXcell et la société 28 salariés recrutent.")
    assert orgs(doc) == {("iXcell", "Company", "iXcell")}


def test_orgs_full_name_after_a_company_noun_is_a_company(blank: Language) -> None:
    doc = run(
        blank,
        "Les salariés de Jade River ont rencontré Stefan Hollweg, Jade Morin et Altavia SAS.",
        [("Jade River", "PER"), ("Stefan Hollweg", "PER"), ("Jade Morin", "PER")],
    )
    assert {n for n, _, _ in orgs(doc)} == {"Jade River", "Altavia SAS"}
