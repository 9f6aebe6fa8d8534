"""Partnership sides: subjects, "avec" lists, relative asides, town-to-town accords.

The sentences are written for these tests, with invented companies and real towns
unrelated to the sample article; entity mentions are placed by hand (the list test
builds its doc without the model).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.spans import add_entity
from rel_annotate import Annotate, annotator, events, of_type


@pytest.fixture(scope="module")
def annotate(nlp: Language) -> Annotate:
    return annotator(nlp)


def _listed(text: str, names: dict[str, str], start_word: str) -> list[str]:
    """The members collect_list reads from `start_word` in a hand-tagged blank doc."""
    doc = spacy.blank("fr")(text)
    for name, label in names.items():
        at = text.index(name)
        span = doc.char_span(at, at + len(name))
        assert span is not None
        add_entity(doc, span.start, span.end, label, name=name)
    ctx = Context.build(doc)
    start = next(t.i for t in doc if t.text == start_word) + 1
    return [s.text for s, _ in collect_list(ctx, start, len(doc), ORG_LABELS)]


def test_parties_list_goes_on_past_a_relative_aside() -> None:
    text = "un partenariat entre le pôle Agrinov , dont Valmeuse est membre , et Gandeo ."
    names = {"Agrinov": "Association", "Valmeuse": "Company", "Gandeo": "Company"}
    assert _listed(text, names, "pôle") == ["Agrinov", "Gandeo"]


def test_parties_list_stops_at_a_relative_clause_that_goes_on() -> None:
    text = "un accord avec Agrinov , qui recrute des ingénieurs pour Gandeo ."
    names = {"Agrinov": "Association", "Gandeo": "Company"}
    assert _listed(text, names, "avec") == ["Agrinov"]


@pytest.mark.model
def test_parties_research_convention_with_a_university(annotate: Annotate) -> None:
    doc = annotate(
        "Le laboratoire Quenvel a signé une convention de recherche avec l'Université de Tours.",
        [("Quenvel", "Company"), ("Université de Tours", "Organisation")],
    )
    assert of_type(doc, "party") == {
        ("partenariat Quenvel – Université de Tours", "Quenvel"),
        ("partenariat Quenvel – Université de Tours", "Université de Tours"),
    }


@pytest.mark.model
def test_parties_subject_from_the_paragraph_before_is_not_a_side(annotate: Annotate) -> None:
    doc = annotate(
        "Le pôle Agrinov, qui rassemble 200 membres entre Tours et Blois.\n\n"
        "Quenvel a par ailleurs signé une convention de recherche avec l'Université de Tours.",
        [
            ("Agrinov", "Association"),
            ("Quenvel", "Company"),
            ("Université de Tours", "Organisation"),
        ],
    )
    sides = {side for _, side in of_type(doc, "party")}
    assert "Agrinov" not in sides


@pytest.mark.model
def test_parties_dated_convention_between_towns(annotate: Annotate) -> None:
    doc = annotate(
        "Lyon entretient depuis 2019 une convention de coopération avec Turin.",
        [("Lyon", "City"), ("Turin", "City"), ("2019", "Date")],
    )
    assert events(doc, "Partnership") == ["partenariat Lyon – Turin"]


@pytest.mark.model
def test_parties_counted_conventions_are_no_event(annotate: Annotate) -> None:
    doc = annotate("Lyon a signé 12 conventions avec Turin.", [("Lyon", "City"), ("Turin", "City")])
    assert events(doc, "Partnership") == []


@pytest.mark.model
def test_parties_town_accord_is_a_partnership_company_accord_an_agreement(
    annotate: Annotate,
) -> None:
    towns = annotate(
        "Lyon et la ville de Turin ont signé un protocole d'accord.",
        [("Lyon", "City"), ("Turin", "City")],
    )
    firms = annotate(
        "Orvane et Tessel ont signé un protocole d'accord.",
        [("Orvane", "Company"), ("Tessel", "Company")],
    )
    assert events(towns, "Partnership") == ["partenariat Lyon – Turin"]
    assert events(towns, "Agreement") == []
    assert events(firms, "Agreement") == ["accord Orvane – Tessel"]
    assert events(firms, "Partnership") == []


@pytest.mark.model
def test_parties_second_convention_keeps_the_first_side(annotate: Annotate) -> None:
    doc = annotate(
        "Quenvel a signé une convention de recherche avec l'Université de Tours. Une seconde "
        "convention, avec l'hôpital Saint-Lys, est en discussion.",
        [
            ("Quenvel", "Company"),
            ("Université de Tours", "Organisation"),
            ("hôpital Saint-Lys", "Organisation"),
        ],
    )
    assert "partenariat Quenvel – hôpital Saint-Lys" in events(doc, "Partnership")


@pytest.mark.model
def test_parties_lone_side_without_another_cue_is_no_deal(annotate: Annotate) -> None:
    doc = annotate(
        "Quenvel a signé une convention de recherche avec l'Université de Tours. La "
        "convention avec l'hôpital Saint-Lys reste en discussion.",
        [
            ("Quenvel", "Company"),
            ("Université de Tours", "Organisation"),
            ("hôpital Saint-Lys", "Organisation"),
        ],
    )
    assert events(doc, "Partnership") == ["partenariat Quenvel – Université de Tours"]


@pytest.mark.model
def test_parties_the_two_companies_sign_a_letter_of_intent(annotate: Annotate) -> None:
    doc = annotate(
        "Le groupe Morvalt est en discussion avec Plexane pour fournir des coques. Les deux "
        "entreprises ont signé en janvier une lettre d'intention.",
        [("Morvalt", "Company"), ("Plexane", "Company")],
    )
    assert events(doc, "Agreement") == ["accord Morvalt – Plexane"]


@pytest.mark.model
def test_parties_a_letter_is_no_deal(annotate: Annotate) -> None:
    doc = annotate(
        "Le groupe Morvalt est en discussion avec Plexane. Les deux entreprises ont signé "
        "une lettre ouverte au ministre.",
        [("Morvalt", "Company"), ("Plexane", "Company")],
    )
    assert events(doc, "Agreement") == []


@pytest.mark.model
def test_parties_the_two_towns_opening_the_text_are_named_next(annotate: Annotate) -> None:
    doc = annotate(
        "Les deux villes ont signé mardi un protocole d'accord. Le texte a été paraphé à "
        "Montréal par la maire de Lyon, Anne Roux.",
        [("Montréal", "City"), ("Lyon", "City"), ("Anne Roux", "Person")],
    )
    assert events(doc, "Partnership") == ["partenariat Lyon – Montréal"]
