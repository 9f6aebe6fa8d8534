"""Tests for French date normalization (ecograph.nlp.datenorm) and the eco_dates component.

All test sentences are written for these tests, with invented names and other
dates than the sample article (`tests/data/dev/passages.jsonl` too: dev passages
written for ecograph); the sample article is only read in the last model test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from ecograph.nlp import dates  # noqa: F401  (registers eco_dates)
from ecograph.nlp.datenorm import find_dates, normalize_date
from ecograph.nlp.spans import attrs, entity_spans

PUBLISHED = "2019-06-14"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le salon s'est tenu en 2014.", "2014"),
        ("En 2014, le salon a doublé.", "2014"),
        ("Bilan. Depuis 2012 la PME croît.", "2012"),
        ("Elle a été fondée en avril 2011 à Nantes.", "2011-04"),
        ("Le contrat a été signé le 3 février 2020.", "2020-02-03"),
        ("Signature le 1er juillet 2015 à Lille.", "2015-07-01"),
        ("Réunion le mardi 12 mars 2024.", "2024-03-12"),
        ("Le forum se tient du 10 au 13 octobre 2016 à Bordeaux.", "2016-10-10/2016-10-13"),
        ("La foire a lieu du 28 février au 3 mars 2021.", "2021-02-28/2021-03-03"),
        ("Les travaux dureront du 30 décembre 2022 au 4 janvier 2023.", "2022-12-30/2023-01-04"),
        ("Le plan couvre la période de 2015 à 2018.", "2015/2018"),
        ("Une hausse entre 2008 et 2012.", "2008/2012"),
        ("Le chantier court de janvier à mars 2026.", "2026-01/2026-03"),
        ("Les résultats du deuxième trimestre 2018 sont bons.", "2018-04/2018-06"),
        ("Au premier semestre 2022, les ventes ont doublé.", "2022-01/2022-06"),
        ("Le bilan des six premiers mois de 2013 est publié.", "2013-01/2013-06"),
    ],
)
def test_datenorm_explicit_dates(text: str, value: str) -> None:
    assert normalize_date(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("L'usine a fermé l'an dernier.", "2018"),
        ("L'année dernière, la PME a recruté.", "2018"),
        ("Le groupe vise l'an prochain.", "2020"),
        ("Les ventes progressent cette année.", "2019"),
        ("Les exportations ont doublé depuis le début de l'année.", "2019-01-01/2019-06-14"),
        ("Sur les quatre premiers mois de l'année, la hausse atteint 3 %.", "2019-01/2019-04"),
        ("Le directeur est attendu à Rennes au mois d'octobre.", "2019-10"),
        ("Une délégation viendra en février.", "2020-02"),
        ("La société a déménagé en mars.", "2019-03"),
        ("Le magasin a ouvert en novembre.", "2018-11"),
        ("Le site a fermé en septembre dernier.", "2018-09"),
        ("Livraison en janvier prochain.", "2020-01"),
        ("Rendez-vous le 20 juin pour l'inauguration.", "2019-06-20"),
        ("Le troisième trimestre sera décisif.", "2019-07/2019-09"),
        ("L'entreprise a été créée il y a trois ans.", "2016"),
        ("Il y a deux mois, le site a fermé.", "2019-04"),
        ("Les travaux commencent dans dix jours.", "2019-06-24"),
        ("Hier, la coopérative a voté.", "2019-06-13"),
        ("D'ici deux ans, l'usine doublera.", "2021"),
        ("La vente a été conclue la semaine dernière.", "2019-06-03/2019-06-09"),
        ("Le ministre viendra la semaine prochaine.", "2019-06-17/2019-06-23"),
        ("La ligne ouvrira au printemps 2021.", "2021-03/2021-06"),
        ("Le chantier reprendra cet automne.", "2019-09/2019-12"),
        ("Les ventes ont chuté l'hiver dernier.", "2018-12/2019-03"),
        ("Les travaux ont eu lieu l'été dernier.", "2018-06/2018-09"),
        ("L'atelier fermera d'ici la fin de l'été.", "2019-09"),
        ("Le chiffre d'affaires a reculé le mois dernier.", "2019-05"),
        ("Le lancement est prévu le mois prochain.", "2019-07"),
        ("Les premiers robots seront livrés en début d'année prochaine.", "2020"),
        ("La fusion a été bouclée en fin d'année dernière.", "2018"),
    ],
)
def test_datenorm_relative_dates_use_the_publication_date(text: str, value: str) -> None:
    assert normalize_date(text, published=PUBLISHED) == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # No tense cue: the occurrence nearest the publication date.
        ("La délégation sera à Oslo du 3 au 7 décembre.", "2024-11-20", "2024-12-03/2024-12-07"),
        ("Bilan de la foire de janvier.", "2024-11-20", "2025-01"),
        ("Le forum de septembre a plu.", "2025-02-06", "2024-09"),
        # Past wording looks back, future wording ahead.
        ("Le magasin a ouvert en décembre.", "2024-11-20", "2023-12"),
        ("Le groupe prévoit d'embaucher dès la rentrée de septembre.", "2025-02-06", "2025-09"),
        ("Une nouvelle ligne ouvrira en juin dernier.", "2024-06-10", "2023-06"),
    ],
)
def test_datenorm_lone_months_follow_the_tense(text: str, published: str, value: str) -> None:
    assert normalize_date(text, published=published) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le salon a lieu les 3 et 4 septembre.", "2019-09-03/2019-09-04"),  # "a lieu": present
        ("Rendez-vous les 12, 13 et 14 novembre.", "2019-11-12/2019-11-14"),
        ("Le congrès, 2-4 mars 2021, est complet.", "2021-03-02/2021-03-04"),
    ],
)
def test_datenorm_day_lists_and_dashes(text: str, value: str) -> None:
    assert normalize_date(text, published=PUBLISHED) == value


def test_datenorm_decades_and_anaphoric_years() -> None:
    text = "Dans les années 1990, l'usine tournait. Cette année-là, elle a doublé."
    assert [d.value for d in find_dates(text, published=PUBLISHED)] == ["1990/1999"]


def test_datenorm_a_count_is_no_year() -> None:
    text = "La coopérative compte 2018 salariés et accueillera 1995 visiteurs en 2020."
    assert [d.value for d in find_dates(text, published=PUBLISHED)] == ["2020"]
    text = "Plus de 2000 participants, fin 2017 auprès des clients, en 2016 les ventes."
    assert [d.value for d in find_dates(text, published=PUBLISHED)] == ["2017", "2016"]


def _dev_passages() -> list[dict[str, Any]]:
    path = Path(__file__).resolve().parent / "data" / "dev" / "passages.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("passage", _dev_passages(), ids=lambda p: p["id"])
def test_datenorm_dev_passages(passage: dict[str, Any]) -> None:
    """Dates in varied news wording ('fin 2023', 'courant 2025', 'à la mi-juin', 'cet été')."""
    found = find_dates(passage["text"], published=passage["published"])
    assert [d.value for d in found] == passage["dates"]


def test_datenorm_relative_dates_flag_the_publication_anchor() -> None:
    (found,) = find_dates("Le musée rouvre en mai.", published=PUBLISHED)
    assert (found.value, found.resolved) == ("2019-05", "published")


def test_datenorm_anchor_is_inferred_from_the_latest_explicit_date() -> None:
    text = (
        "En 2012, la coopérative comptait dix salariés. Le salon du 2 au 5 avril 2014 "
        "a été un succès. Une nouvelle usine est prévue au mois de janvier. "
        "Les embauches ont repris en juin."
    )
    found = {d.text: d for d in find_dates(text)}
    assert found["mois de janvier"].value == "2015-01"  # forward-looking: next January
    assert found["juin"].value == "2014-06"  # narrative: the anchor year
    assert found["mois de janvier"].resolved == "inferred"
    assert found["2012"].resolved is None


def test_datenorm_days_the_calendar_lacks_are_not_dates() -> None:
    assert [d.value for d in find_dates("Livraison le 31 avril 2019.")] == ["2019-04"]


def test_datenorm_an_inferred_anchor_does_not_date_days() -> None:
    (_, found) = find_dates("En mai 2015, rien. Hier, la foire a ouvert.")
    assert (found.text, found.value, found.resolved) == ("Hier", None, "unresolved")


def test_datenorm_relative_dates_without_any_anchor_are_unresolved() -> None:
    (found,) = find_dates("La boutique ouvrira en décembre.")
    assert found.value is None
    assert found.resolved == "unresolved"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("La visite a eu lieu du 4 au 6 mai 2017.", "du 4 au 6 mai 2017"),
        ("Il est attendu dans le courant du mois de juillet.", "mois de juillet"),
        ("Sur les neuf premiers mois de l'année, rien.", "les neuf premiers mois de l'année"),
        ("Elle a levé des fonds en juin 2010.", "juin 2010"),
    ],
)
def test_datenorm_surface_text_is_the_date_expression(text: str, surface: str) -> None:
    assert [d.text for d in find_dates(text, published=PUBLISHED)] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "Le budget atteint 2000 euros par mois.",
        "Le capital est de 2 015 000 euros.",
        "Il a marqué 1995,5 points.",
        "Le mai est un arbre planté en l'honneur de quelqu'un.",
        "Il y a quelques jours, rien.",  # too vague to date
        "La PME emploie aujourd'hui 40 personnes.",  # "nowadays"
        "Le cortège a rejoint la place de Mai.",  # capitalised: a name, not a month
        "Le plan Bretagne 2040 finance la PME.",  # a year that ends a name
        "Le site a été vendu.",  # "été" the participle, not the season
    ],
)
def test_datenorm_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text, published=PUBLISHED) == []


@pytest.fixture(scope="module")
def blank_dates() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("eco_dates")
    return nlp


def test_dates_component_reads_the_published_extension(blank_dates: Language) -> None:
    doc = blank_dates.make_doc("Le port a accueilli deux paquebots l'an dernier.")
    doc._.published = "2021-03-02"
    doc = blank_dates.get_pipe("eco_dates")(doc)
    (span,) = [s for s in entity_spans(doc) if s.label_ == "Date"]
    assert span.text == "l'an dernier"
    assert attrs(span)["value"] == "2020"
    assert attrs(span)["resolved"] == "published"


def test_dates_component_groups_mentions_by_value(blank_dates: Language) -> None:
    doc = blank_dates("En 2013, puis encore en 2013, le groupe a grandi.")
    keys = {attrs(s)["key"] for s in entity_spans(doc) if s.label_ == "Date"}
    assert keys == {"date:2013"}


@pytest.mark.model
def test_dates_model_pipeline_on_the_sample(nlp: Language, sample_text: str) -> None:
    doc = nlp(sample_text)
    values = {attrs(s).get("value") for s in entity_spans(doc) if s.label_ == "Date"}
    assert {"2017", "2016", "2016-05", "2017-09-04/2017-09-08", "2017-11", "2018-02"} <= values


@pytest.mark.model
def test_dates_model_pipeline_on_new_text(nlp: Language) -> None:
    doc = nlp.make_doc("La coopérative Brisval a ouvert un entrepôt à Dijon le 2 mars 2022.")
    doc._.published = "2022-03-10"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    values = [attrs(s)["value"] for s in entity_spans(doc) if s.label_ == "Date"]
    assert values == ["2022-03-02"]
