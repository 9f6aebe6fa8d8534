"""Organisations and people of session 3: trade-noun company names, datelines and bylines,
suffixes, headings, short names, firm appositions, surnames. Every text and name here is
invented for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from ecograph.nlp.spans import attrs, entity_spans
from support import ORGS, PLACES, names, parse, texts


# Class: a company named by its trade ('Fonderie X', 'Aciéries de X', 'Atelier du X').
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le groupe a racheté les Aciéries de la Meuse, installées à Verdun.",
            "Aciéries de la Meuse",
        ),
        (
            "Le groupe a absorbé Cartonnages de l'Orne, une PME de 50 salariés.",
            "Cartonnages de l'Orne",
        ),
        (
            "Le repreneur garde l'Atelier du Vieux Moulin et ses 30 salariés.",
            "Atelier du Vieux Moulin",
        ),
        ("La Verrerie du Lac Bleu exporte la moitié de sa production.", "Verrerie du Lac Bleu"),
        ("Décolletage du Haut-Jura a investi 2 millions d'euros.", "Décolletage du Haut-Jura"),
    ],
)
def test_orgs_trade_noun_heads_a_company_name(nlp: Language, text: str, name: str) -> None:
    doc = parse(nlp, text)
    assert name in names(doc, ORGS)
    assert not {s.text for s in entity_spans(doc) if s.label_ == "Person"} & {name}


# Class: a trade noun before the name ('le décolleteur X', "l'aciériste X", 'le bureau d'études X').
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le contrat lie le décolleteur Jura Précis à un constructeur.", "Jura Précis"),
        ("Le cartonnier breton Armor Pack a doublé ses ventes.", "Armor Pack"),
        ("L'aciériste Fer de Lorraine emploie 300 personnes.", "Fer de Lorraine"),
        ("Le bureau d'études Calcul Plus a ouvert une agence à Reims.", "Calcul Plus"),
        ("Le promoteur ivoirien Bâtir Lagunes prévoit 500 logements.", "Bâtir Lagunes"),
        ("La fonderie Moselle Coulée, installée à Thionville, recrute.", "Moselle Coulée"),
    ],
)
def test_orgs_trade_noun_before_the_name(nlp: Language, text: str, name: str) -> None:
    doc = parse(nlp, text)
    assert name in names(doc, ORGS)
    assert name not in texts(doc, ("Person",))


@pytest.mark.model
def test_orgs_trade_noun_without_a_name_claims_nothing(nlp: Language) -> None:
    doc = parse(nlp, "Le décolleteur a investi dans une fonderie de Thionville.")
    assert names(doc, ORGS) == set()


# Class: legal forms of the Nordic countries ('AB').
@pytest.mark.model
def test_orgs_nordic_legal_form_gives_the_short_name(nlp: Language) -> None:
    doc = parse(
        nlp, "Fjell Kraft AB s'installe à Brest. Fjell Kraft a signé un accord avec la Région."
    )
    spans = [(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in ORGS]
    assert ("Fjell Kraft AB", "Fjell Kraft AB") in spans
    assert ("Fjell Kraft", "Fjell Kraft AB") in spans


# Class: datelines and bylines glued to a name by the model.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        (
            "VANNES - Ouest Tissage Services rejoint un réseau",
            "Ouest Tissage Services",
            "VANNES - Ouest Tissage Services",
        ),
        (
            "Caen, le 4 mars 2024 - Normandie Expansion annonce l'arrivée d'un industriel.",
            "Normandie Expansion",
            "2024 - Normandie Expansion",
        ),
    ],
)
def test_orgs_dateline_dash_ends_no_name(nlp: Language, text: str, name: str, glued: str) -> None:
    doc = parse(nlp, text)
    found = names(doc, ORGS)
    assert name in found
    assert glued not in found


@pytest.mark.model
def test_orgs_agency_before_a_person_stays_apart(nlp: Language) -> None:
    text = "« Nous visons l'Europe », a déclaré à l'AFP Julien Morel, directeur général de Kestrel."
    doc = parse(nlp, text)
    assert "Julien Morel" in texts(doc, ("Person",))
    assert not any("Julien" in n for n in names(doc, ORGS))


@pytest.mark.model
def test_orgs_name_stops_at_a_line_break(nlp: Language) -> None:
    doc = parse(nlp, "Pas de reprise pour l'usine Loire Métal\nContrairement aux rumeurs, rien.")
    assert not any("\n" in n for n in names(doc, ORGS))


# Class: a town whose name opens on an article, inside a body's name.
@pytest.mark.model
def test_places_article_of_a_town_name_inside_a_body(nlp: Language) -> None:
    doc = parse(nlp, "La Ville de La Rochelle a signé une convention avec Brest.")
    assert "La Rochelle" in names(doc, PLACES)
    assert "Rochelle" not in names(doc, PLACES)


# Class: a surname alone, or after a title, is the person the article names in full.
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le site, détenu par la famille Marchetti, change de mains. Le fondateur, "
        "Paolo Marchetti, reste actionnaire.",
        "Clara Fontanel dirige la PME depuis 2019. « Nous recrutons », ajoute Mme Fontanel.",
        "Louis Kerhervé, président du club, a signé. Selon M. Kerhervé, dix entreprises suivront.",
    ],
)
def test_people_surname_is_the_full_name(nlp: Language, text: str) -> None:
    doc = parse(nlp, text)
    people = {attrs(s)["name"] for s in entity_spans(doc) if s.label_ == "Person"}
    assert len(people) == 1, people


@pytest.mark.model
def test_people_shared_surname_of_two_people_stays_alone(nlp: Language) -> None:
    text = "Anne Morvan et Paul Morvan ont fondé la société. Selon M. Morvan, la croissance suivra."
    doc = parse(nlp, text)
    people = {attrs(s)["name"] for s in entity_spans(doc) if s.label_ == "Person"}
    assert {"Anne Morvan", "Paul Morvan"} <= people


@pytest.mark.model
def test_orgs_trade_noun_before_a_person_keeps_the_person(nlp: Language) -> None:
    doc = parse(nlp, "Le promoteur du projet, Julien Garnier, a rencontré le maire de Laval.")
    assert "Julien Garnier" in texts(doc, ("Person",))
    assert "Julien Garnier" not in names(doc, ORGS)


# Class: two name suffixes in a row end the name at the last one.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Durance Industrie Partenaires (DIP) remet 15 millions d'euros.",
            "Durance Industrie Partenaires",
        ),
        (
            "La directrice de Loire Énergie Distribution, Anne Roy, reste.",
            "Loire Énergie Distribution",
        ),
    ],
)
def test_orgs_last_of_two_suffixes_ends_the_name(nlp: Language, text: str, name: str) -> None:
    found = names(parse(nlp, text), ORGS)
    assert name in found
    assert not any(n != name and name.startswith(n) for n in found)


@pytest.mark.model
def test_orgs_heading_of_common_words_is_no_name(nlp: Language) -> None:
    doc = parse(nlp, "Nouveaux adhérents au Club Bretagne Export\nLe club réunit 240 entreprises.")
    assert names(doc, ORGS) == {"Club Bretagne Export"}


@pytest.mark.model
def test_orgs_bare_network_head_is_the_network(nlp: Language) -> None:
    text = (
        "Le Club Bretagne Export réunit 240 entreprises. Kerlys figure parmi les membres du Club."
    )
    doc = parse(nlp, text)
    assert "Club" not in names(doc, ORGS)
    assert "Club Bretagne Export" in names(doc, ORGS)


@pytest.mark.model
def test_orgs_designator_after_a_copula_describes(nlp: Language) -> None:
    text = (
        "Lorient Promotion est l'agence de développement économique de la Communauté urbaine "
        "de Lorient."
    )
    found = names(parse(nlp, text), ORGS)
    assert not any(n.lower().startswith("agence") for n in found)


@pytest.mark.model
def test_orgs_short_name_keeps_its_particle(nlp: Language) -> None:
    text = (
        "Le transporteur Van Dijk Transport NV ouvre un site. Van Dijk, qui exploite "
        "9 entrepôts, recrute."
    )
    doc = parse(nlp, text)
    spans = {(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in ORGS}
    assert ("Van Dijk", "Van Dijk Transport NV") in spans
    assert "Van Dijk" not in texts(doc, ("Person",))


# Class: a name the model reads as a person, described as a firm right after it.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les visiteurs ont rencontré Morvan Lefèvre, une PME de Lannion.", "Morvan Lefèvre"),
        ("Le groupe a racheté Claire Fontaine, une société de Brest.", "Claire Fontaine"),
    ],
)
def test_orgs_firm_apposition_over_a_person_tag(nlp: Language, text: str, name: str) -> None:
    doc = parse(nlp, text)
    assert name in names(doc, ORGS)
    assert name not in texts(doc, ("Person",))


@pytest.mark.model
def test_orgs_person_apposition_stays_a_person(nlp: Language) -> None:
    doc = parse(nlp, "Nous avons rencontré Marie Durand, une cheffe d'entreprise de Lannion.")
    assert "Marie Durand" in texts(doc, ("Person",))


@pytest.mark.model
def test_orgs_definite_subject_after_a_comma_is_no_apposition(nlp: Language) -> None:
    doc = parse(nlp, "Fondée en 2019 par Lucie Kervella, l'entreprise compte 30 salariés.")
    assert "Lucie Kervella" in texts(doc, ("Person",))
    assert "Lucie Kervella" not in names(doc, ORGS)


@pytest.mark.model
def test_orgs_agency_of_a_dateline_is_no_acronym(nlp: Language) -> None:
    doc = parse(nlp, "NANTERRE (AFP) - Le groupe Kestrel Industries rachète un concurrent.")
    spans = {(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in ORGS}
    assert ("AFP", "AFP") in spans or not any(text == "AFP" for text, _ in spans)


@pytest.mark.model
def test_orgs_acronym_in_brackets_names_the_body(nlp: Language) -> None:
    doc = parse(nlp, "L'Agence de développement du Gard (ADG) soutient la PME.")
    spans = {(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in ORGS}
    assert ("ADG", "Agence de développement du Gard") in spans


@pytest.mark.model
def test_orgs_acronym_initial_compared_without_accents(nlp: Language) -> None:
    text = "Le groupe s'associe à l'École supérieure de robotique de Brest (ESRB)."
    doc = parse(nlp, text)
    spans = {(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in ORGS}
    assert ("ESRB", "École supérieure de robotique de Brest") in spans


@pytest.mark.model
def test_orgs_known_name_takes_back_a_part_claimed_alone(nlp: Language) -> None:
    text = (
        "La start-up rémoise Vinor Data lève des fonds. Les équipes ont visité Bingerville. "
        "Vinor Data, qui lève actuellement des fonds, n'a pas souhaité préciser."
    )
    doc = parse(nlp, text)
    spans = [(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in ORGS]
    assert spans.count(("Vinor Data", "Vinor Data")) == 2
    assert "Data" not in names(doc, ORGS)


@pytest.mark.model
def test_orgs_name_cut_before_its_place_takes_the_place(nlp: Language) -> None:
    text = (
        "Des discussions sont en cours avec le Centre de promotion des investissements en "
        "Côte d'Ivoire (CEPICI) pour ouvrir un guichet."
    )
    doc = parse(nlp, text)
    full = "Centre de promotion des investissements en Côte d'Ivoire"
    spans = {(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in ORGS}
    assert (full, full) in spans
    assert ("CEPICI", full) in spans
    assert "Côte d'Ivoire" in names(doc, ("Country",))
