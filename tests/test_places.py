"""eco_places: gazetteer typing, gentilés, periphrases, 'la ville' in focus.

Test sentences written for these tests; the model-free ones set the model's
entities by hand on ``spacy.blank("fr")``. Real-model tests are marked `model`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

import ecograph.nlp.pipeline  # noqa: F401  (registers the factories)
from ecograph.link import fold
from ecograph.nlp.spans import attrs, entity_spans
from support import PLACES, places, run


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Une délégation part à Lyon puis en Allemagne.",
            [("Lyon", "LOC"), ("Allemagne", "LOC")],
            {("Lyon", "City", "Lyon"), ("Allemagne", "Country", "Allemagne")},
        ),
        (
            "Le projet concerne les Hautes-Pyrénées et la Bretagne.",
            [("Hautes-Pyrénées", "LOC"), ("Bretagne", "LOC")],
            {
                ("Hautes-Pyrénées", "Department", "Hautes-Pyrénées"),
                ("Bretagne", "Region", "Bretagne"),
            },
        ),
        (
            "La mission part en Catalogne puis au Québec, à Sherbrooke.",
            [("Catalogne", "LOC"), ("Québec", "LOC"), ("Sherbrooke", "LOC")],
            {
                ("Catalogne", "Region", "Catalogne"),
                ("Québec", "Region", "Québec"),
                ("Sherbrooke", "City", "Sherbrooke"),
            },
        ),
        (
            "Le siège déménage à Grenoble.",
            [],
            {("Grenoble", "City", "Grenoble")},
        ),
        (
            "Le salon se tient dans la Ville rose.",
            [],
            {("Ville rose", "City", "Toulouse")},
        ),
        (
            "Des entreprises norvégiennes rencontrent des investisseurs coréens.",
            [],
            {("norvégiennes", "Country", "Norvège"), ("coréens", "Country", "Corée du Sud")},
        ),
        (
            "Le salon ira dans la capitale girondine.",
            [("la capitale girondine", "LOC")],
            {("capitale girondine", "City", "Bordeaux")},
        ),
        (
            "Les Chinois investissent, a rappelé Breton.",
            [],
            {("Chinois", "Country", "Chine")},
        ),
        (
            "Le document est rédigé en anglais.",
            [],
            set(),
        ),
        (
            "Le président de Région a parlé.",
            [("Région", "LOC")],
            set(),
        ),
    ],
)
def test_places_typed_from_gazetteers_and_lexicons(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str, str]]
) -> None:
    assert places(run(blank, text, ents)) == expected


def test_places_country_named_like_a_first_name_needs_a_preposition(blank: Language) -> None:
    text = "Maurice a signé ; le contrat sera exécuté à Maurice."
    found = [(s.start_char, s.label_) for s in entity_spans(run(blank, text)) if s.label_ in PLACES]
    assert found == [(text.rindex("Maurice"), "Country")]


def test_places_links_and_one_key_per_real_place(blank: Language) -> None:
    doc = run(
        blank,
        "Tel Aviv attire. Le salon de Tel-Aviv ouvre.",
        [("Tel Aviv", "LOC"), ("Tel-Aviv", "LOC")],
    )
    spans = [s for s in entity_spans(doc) if s.label_ == "City"]
    assert len(spans) == 2
    assert {attrs(s)["key"] for s in spans} == {"geonames:293397"}
    assert {attrs(s)["name"] for s in spans} == {"Tel Aviv"}


def test_places_la_ville_is_the_city_in_focus(blank: Language) -> None:
    text = (
        "Nantes accueille le salon. Rennes aussi. Nantes attend du monde. "
        "La ville a reçu 30 exposants."
    )
    doc = run(blank, text, [("Nantes", "LOC"), ("Rennes", "LOC")])
    focus = [s for s in entity_spans(doc) if s.text == "La ville"]
    assert [(s.label_, attrs(s)["name"]) for s in focus] == [("City", "Nantes")]


def test_places_la_ville_de_x_is_not_the_city_in_focus(blank: Language) -> None:
    doc = run(blank, "Nantes accueille. La ville de Rennes aussi.", [("Nantes", "LOC")])
    assert not [s for s in entity_spans(doc) if s.text.lower().startswith("la ville")]


def test_places_ville_with_gentile_is_the_city_of_that_country(blank: Language) -> None:
    text = "Un accord avec Milan est prévu. Lyon est proche de la ville italienne. Lyon vote."
    doc = run(blank, text, [("Milan", "LOC"), ("Lyon", "LOC")])
    found = {(s.text, attrs(s)["name"]) for s in entity_spans(doc)}
    assert ("la ville italienne", "Milan") in found
    assert ("italienne", "Italie") in found


def test_places_unknown_place_in_organisation_context_is_not_a_place(blank: Language) -> None:
    doc = run(blank, "Parmi les lauréats : Quorvel (logistique).", [("Quorvel", "LOC")])
    assert places(doc) == set()


@pytest.mark.model
def test_places_sentence_initial_verb_is_not_a_place(nlp: Language) -> None:
    doc = nlp("Terminées les longues attentes, les voyageurs arrivent à Bordeaux.")
    assert {s.text for s in entity_spans(doc) if s.label_ in PLACES} == {"Bordeaux"}


@pytest.mark.model
def test_places_sample_article_places_found(nlp: Language, sample_text: str) -> None:
    """Every non-optional gold place of the sample is found, with its type; nothing else."""
    gold_path = Path(__file__).resolve().parents[2] / "shared/gold/000_2b3a9c44acf0ab99.gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["entities"]
    expected = {(fold(e["name"]), e["type"]) for e in gold if e["category"] == "Place"}
    needed = {
        (fold(e["name"]), e["type"])
        for e in gold
        if e["category"] == "Place" and not e.get("optional")
    }
    doc = nlp(sample_text)
    found = {(fold(attrs(s)["name"]), s.label_) for s in entity_spans(doc) if s.label_ in PLACES}
    assert needed <= found
    assert found <= expected
