"""Places of session 3: town gentilés, towns after a business noun, technology parks,
world areas. Every text and name here is invented for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from ecograph.nlp.spans import attrs, entity_spans
from support import ORGS, PLACES, names, parse


# Class: gentilés of French towns ('spinalien', 'berruyère', 'chartrain').
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Le cartonnier spinalien a signé un contrat.", "Épinal"),
        ("La PME berruyère recrute vingt techniciens.", "Bourges"),
        ("Un verrier chartrain rachète un concurrent.", "Chartres"),
        ("La start-up blésoise lève des fonds.", "Blois"),
        ("Le groupe castelroussin ouvre un hangar.", "Châteauroux"),
        ("Une PME vannetaise et un industriel choletais s'associent.", "Cholet"),
    ],
)
def test_places_town_gentiles(nlp: Language, text: str, town: str) -> None:
    assert town in names(parse(nlp, text), PLACES)


# Class: a town after 'de' completing a business noun ('une PME de Lannion').
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ils ont rencontré les équipes de Kernev, une PME de Lannion.", "Lannion"),
        ("Les industriels de Cholet et de Fougères se sont réunis.", "Cholet"),
        ("Une entreprise de Vitré a remporté le marché.", "Vitré"),
    ],
)
def test_places_town_after_a_business_noun(nlp: Language, text: str, town: str) -> None:
    assert town in names(parse(nlp, text), PLACES)


@pytest.mark.model
def test_places_name_after_de_without_business_noun_is_left(nlp: Language) -> None:
    # 'le directeur de Vinci': a company that a town also names, no place here.
    doc = parse(nlp, "Le directeur de Vinci a présenté les résultats.")
    assert "Vinci" not in names(doc, PLACES)


# Class: technology parks and business zones named after a site noun.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("La jeune pousse s'installe dans la technopole Atalante, à Rennes.", "Atalante"),
        ("Un atelier ouvrira sur le parc technologique Orbiter, à Nantes.", "Orbiter"),
        ("La PME déménage dans le parc d'activités Belle Étoile.", "Belle Étoile"),
    ],
)
def test_places_technology_parks(nlp: Language, text: str, site: str) -> None:
    doc = parse(nlp, text)
    assert site in names(doc, PLACES)
    assert site not in names(doc, ORGS)


# Class: world areas named in several words ('l'Afrique de l'Ouest', 'le Maghreb').
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "area"),
    [
        (
            "Le groupe installe son siège régional pour l'Afrique de l'Ouest à Dakar.",
            "Afrique de l'Ouest",
        ),
        ("La PME vise désormais le Maghreb et l'Europe centrale.", "Maghreb"),
    ],
)
def test_places_world_areas(nlp: Language, text: str, area: str) -> None:
    assert area in names(parse(nlp, text), PLACES)


@pytest.mark.model
def test_places_area_of_an_office_is_no_place(nlp: Language) -> None:
    doc = parse(nlp, "Wei Lin, directrice Europe du groupe, arrive à Brest.")
    assert "Europe" not in names(doc, PLACES)


@pytest.mark.model
def test_places_gentile_feminine_in_onne_and_periphrasis(nlp: Language) -> None:
    doc = parse(nlp, "Une PME bretonne expose dans la capitale girondine.")
    found = {(s.text, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in PLACES}
    assert ("bretonne", "Bretagne") in found
    assert ("capitale girondine", "Bordeaux") in found
    assert not any(text == "girondine" for text, _ in found)


# Class: the town of a dateline, written in capitals.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("LYON (AFP) - Le groupe Kestrel Industries rachète un concurrent.", "Lyon"),
        ("RENNES, 3 mars 2025 (AFP) - La start-up Kerlys lève des fonds.", "Rennes"),
        ("EN BREF\n\nAIX-EN-PROVENCE - La PME Provençal Tech recrute.", "Aix-en-Provence"),
    ],
)
def test_places_dateline_town_in_capitals(nlp: Language, text: str, town: str) -> None:
    doc = parse(nlp, text)
    assert town in names(doc, PLACES)
    orgs = names(doc, ("Organisation", "Company", "Agency"))
    assert not any(n.casefold() == town.casefold() for n in orgs)


@pytest.mark.model
def test_places_heading_in_capitals_is_no_town(nlp: Language) -> None:
    doc = parse(nlp, "COMMUNIQUÉ DE PRESSE - Le club accueille trois adhérents.")
    assert names(doc, PLACES) == set()
