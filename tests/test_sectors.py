"""Tests for the sector scheme, its lexicon and the eco_sectors component.

All test sentences are written for these tests, with invented company names
(`tests/data/dev/passages.jsonl` too: dev passages written for ecograph); the sample
article is only read in a model test.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import spacy
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS
from spacy.language import Language

from ecograph import link
from ecograph.nlp import sectors  # noqa: F401  (registers eco_sectors)
from ecograph.nlp.sectorlex import SectorLexicon
from ecograph.nlp.spans import add_entity, attrs, entity_spans

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def lexicon() -> SectorLexicon:
    return SectorLexicon.load()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ils ont rencontré Velloria (cybersécurité) et Brumel (agroalimentaire).",
            ["cybersécurité", "agroalimentaire"],
        ),
        ("Quatre start-up, dont Ondine (eau et énergie), ont signé.", ["eau", "énergie"]),
        (
            "Pralis, cabinet d'expertise en robotique et optique (conseil en robotique).",
            ["robotique"],
        ),
        (
            "Kestrel (bureau d'études en mécanique et plasturgie) recrute.",
            ["mécanique", "plasturgie"],
        ),
        ("Une mission centrée sur la logistique part à Anvers.", ["logistique"]),
        ("Le pôle, axé principalement sur les biotechnologies, grandit.", ["biotechnologies"]),
        ("Elle est spécialisée dans le transport maritime.", ["maritime"]),
        ("Un leader mondial de la cosmétique s'installe à Grasse.", ["cosmétique"]),
        ("Une plateforme dédiée aux professionnels du tourisme.", ["tourisme"]),
        ("Des capteurs pour l'industrie de l'aéronautique et du spatial.", ["aviation", "spatial"]),
        ("Des solutions pour la gestion des déchets.", ["déchets"]),
        ("Le secteur de la santé embauche.", ["santé"]),
        ("La filière bois se porte bien.", ["bois"]),
        ("Le marché automobile recule.", ["automobile"]),
        ("Des entreprises du BTP et de l'immobilier étaient présentes.", ["BTP", "immobilier"]),
        ("Elle a reçu Corvane (logistique du froid) hier.", ["logistique"]),
        ("Des acteurs majeurs du numérique ont signé.", ["numérique"]),
        ("Des PME régionales de la chimie étaient là.", ["chimie"]),
        ("Ils visent la chimie et le textile, deux filières d'avenir.", ["chimie", "textile"]),
        ("Le groupe pharmaceutique Dorvel s'agrandit.", ["pharmacie"]),
        ("Valtis (capteurs pour la viticulture) exporte.", ["vin"]),
        ("Des pièces pour l'industrie du bois.", ["bois"]),
        ("Rennes, capitale européenne de la cybersécurité.", ["cybersécurité"]),
        (
            "Des secteurs comme l'emballage, la céramique ou le vélo.",
            ["emballage", "céramique", "vélo"],
        ),
        ("La PME travaille dans la fabrication additive.", ["fabrication additive"]),
        ("Un éditeur de logiciels nantais recrute.", ["logiciel"]),
        ("Un sous-traitant aéronautique de Figeac.", ["aviation"]),
        ("Ravelle (équipements de sécurité) s'installe.", ["sécurité"]),
        ("Elle livre des pièces pour l'automobile.", ["automobile"]),
        ("La start-up, qui fabrique des drones, recrute.", ["drones"]),
    ],
)
def test_sectorlex_finds_described_activities(
    lexicon: SectorLexicon, text: str, names: list[str]
) -> None:
    assert [m.name for m in lexicon.find(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Il a bu un verre d'eau avant la réunion.",
        "Un voyage à Lisbonne est prévu.",
        "La sécurité du site a été renforcée par la mairie.",
        "Le transport des invités sera assuré par bus.",
        "Le bureau (au deuxième étage) est fermé.",
        "La santé du dirigeant inquiète.",
        "Le quartier (Santé publique) est calme.",  # a capitalised name, not a description
        "La société Transport Perrin a déménagé.",  # a word of the company name
        "La Chambre de commerce, d'industrie et d'agriculture de Thiès signe.",
        "Un système de contrôle de l'environnement des cabines.",
    ],
)
def test_sectorlex_ignores_plain_words(lexicon: SectorLexicon, text: str) -> None:
    assert lexicon.find(text) == []


def _dev_passages() -> list[dict[str, Any]]:
    lines = (ROOT / "tests" / "data" / "dev" / "passages.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("passage", _dev_passages(), ids=lambda p: p["id"])
def test_sectorlex_dev_passages(lexicon: SectorLexicon, passage: dict[str, Any]) -> None:
    """Varied activity wording (company-kind nouns, adjectives, parentheses, 'spécialiste de')."""
    names = list(dict.fromkeys(m.name for m in lexicon.find(passage["text"])))
    assert names == passage["sectors"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("L'assureur Norvéa et le logisticien Trabel signent.", ["assurance", "logistique"]),
        ("Le groupe hôtelier Vessande ouvre un site.", ["hôtellerie"]),
        ("Brunel (Angers, 20 salariés, cybersécurité) recrute.", ["cybersécurité"]),
        ("Elle est spécialisée dans la conception de satellites.", ["spatial"]),
        ("Le numéro un mondial du ciment ferme une usine.", ["matériaux de construction"]),
        ("La biotech Ormelia lève des fonds.", ["biotechnologies"]),
        ("Cybersécurité et défense recrutent.", ["cybersécurité", "défense"]),  # capitalised
        (
            "Brivel (jouets en bois) et Sorma (chaussures de sport) exposent.",
            ["jouet", "chaussure"],
        ),
        ("La région mise sur l'hydrogène.", ["hydrogène"]),
        (
            "Ils ont vu Maçonnia (BTP) et Ludia (start-up rennaise, IA).",
            ["BTP", "intelligence artificielle"],
        ),
        (
            "Les échanges porteront sur la mobilité urbaine et le tourisme.",
            ["transport", "tourisme"],
        ),
        ("Ils veulent coopérer en matière de gestion de l'eau.", ["eau"]),
        ("La mission explore les opportunités dans l'agriculture.", ["agriculture"]),
    ],
)
def test_sectorlex_company_kinds_and_unambiguous_words(
    lexicon: SectorLexicon, text: str, names: list[str]
) -> None:
    assert [m.name for m in lexicon.find(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "L'Assureur Plus et la Biotech Valley sont des marques.",  # capitalised: a name
        "Le groupe Voyageurs Unis a tenu son assemblée.",
        "Ils ont bu du champagne après la signature.",  # product word without a cue
        "Le rapport évoque la formation des salariés.",
        "Ils ont signé un accord de distribution en Espagne.",
        "Le contrat porte sur la livraison de vingt rames.",
        "La santé recrute et la ville investit.",  # a verb does not chain coordinated words
    ],
)
def test_sectorlex_new_forms_keep_precision(lexicon: SectorLexicon, text: str) -> None:
    assert lexicon.find(text) == []


def test_sectorlex_links_nace_codes(lexicon: SectorLexicon) -> None:
    (match,) = lexicon.find("Norvane (logiciel) a ouvert un bureau.")
    assert (match.name, match.nace, match.text) == ("logiciel", "J62", "logiciel")
    assert lexicon.lookup("Logiciels") == ("logiciel", "J62")


def test_sectors_component_reads_fair_names() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("eco_sectors")
    doc = nlp.make_doc("Le Salon européen de la cybersécurité ouvre.")
    add_entity(doc, 1, 6, "Organisation", rule="test")
    doc = nlp.get_pipe("eco_sectors")(doc)
    assert [attrs(s)["name"] for s in entity_spans(doc) if s.label_ == "Sector"] == [
        "cybersécurité"
    ]


def test_sectors_component_skips_words_inside_names() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("eco_sectors")
    doc = nlp.make_doc("Le secteur de la santé et la Banque du Transport signent.")
    bank = next(i for i, t in enumerate(doc) if t.text == "Banque")
    add_entity(doc, bank, bank + 3, "Company", rule="test")
    doc = nlp.get_pipe("eco_sectors")(doc)
    found = [(s.text, attrs(s)["links"]) for s in entity_spans(doc) if s.label_ == "Sector"]
    assert found == [("santé", {"nace": "Q"})]


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_sectors", ROOT / "scripts" / "build_sectors.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sectors_lexicon_file_matches_the_build_script() -> None:
    script = _build_script()
    shipped = json.loads((ROOT / "src" / "ecograph" / "data" / "sectors.json").read_text("utf-8"))
    assert shipped == script.build_lexicon(script.nace_levels())


def test_sectors_scheme_iris_are_the_entity_iris() -> None:
    graph = Graph().parse(ROOT / "ontology" / "sectors.ttl")
    shipped = json.loads((ROOT / "src" / "ecograph" / "data" / "sectors.json").read_text("utf-8"))
    for sector in shipped["sectors"]:
        iri = URIRef(link.entity_iri("Sector", "Sector", sector["name"], article_id="any"))
        assert (iri, RDF.type, SKOS.Concept) in graph, sector["name"]
        broader = graph.value(iri, SKOS.broader)
        assert broader is not None and graph.value(broader, SKOS.notation) is not None
    # The NACE hierarchy is there: a class sits under its group, division and section.
    software = URIRef(link.mint_iri("sector", "nace:J62.01"))
    chain = [software]
    while (parent := graph.value(chain[-1], SKOS.broader)) is not None:
        chain.append(parent)
    assert [str(graph.value(n, SKOS.notation)) for n in chain] == ["J62.01", "J62.0", "J62", "J"]


@pytest.mark.model
def test_sectors_model_pipeline_on_new_text(nlp: Language) -> None:
    doc = nlp("Le fonds a soutenu Ardelis (énergies renouvelables) et Moravie Labs (santé).")
    names = sorted(attrs(s)["name"] for s in entity_spans(doc) if s.label_ == "Sector")
    assert names == ["santé", "énergies renouvelables"]


@pytest.mark.model
def test_sectors_model_pipeline_on_the_sample(nlp: Language, sample_text: str) -> None:
    doc = nlp(sample_text)
    names = {attrs(s)["name"] for s in entity_spans(doc) if s.label_ == "Sector"}
    assert {"numérique", "santé", "électronique", "logiciel", "coworking", "sécurité"} <= names
    assert {"aviation", "transport", "eau"} <= names
