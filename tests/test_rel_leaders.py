"""holds_role from founding and leading participles: "X, fondée en 2015 par P" (real model).

The sentences are written for these tests, with invented people and companies and real
towns unrelated to the sample article; entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from rel_annotate import Annotate, annotator, roles


@pytest.fixture(scope="module")
def annotate(nlp: Language) -> Annotate:
    return annotator(nlp)


@pytest.mark.model
def test_leaders_founder_of_the_company_the_participle_follows(annotate: Annotate) -> None:
    doc = annotate(
        "Tessira, créée en 2015 par Paul Andrieu, emploie 20 personnes.",
        [("Tessira", "Company"), ("Paul Andrieu", "Person"), ("2015", "Date")],
    )
    assert roles(doc) == {("Paul Andrieu", "Tessira", "fondateur")}


@pytest.mark.model
def test_leaders_fronted_participle_names_two_cofounders(annotate: Annotate) -> None:
    doc = annotate(
        "Cofondée en 2019 par Lise Caron, pharmacienne, et Marc Tellier, ingénieur passé "
        "par Thalès, Orvane compte aujourd'hui 30 salariés.",
        [("Lise Caron", "Person"), ("Marc Tellier", "Person"), ("Orvane", "Company")],
    )
    found = {(person, org) for person, org, _ in roles(doc)}
    assert found == {("Lise Caron", "Orvane"), ("Marc Tellier", "Orvane")}


@pytest.mark.model
def test_leaders_passive_verb_on_an_anaphor_with_the_role_noun(annotate: Annotate) -> None:
    doc = annotate(
        "Le groupe Brivel ouvre un bureau à Lyon. La société, qui emploie 40 personnes, "
        "est dirigée par son fondateur, Karl Meyer.",
        [("Brivel", "Company"), ("Lyon", "City"), ("Karl Meyer", "Person")],
    )
    assert ("Karl Meyer", "Brivel", "fondateur") in roles(doc)


@pytest.mark.model
def test_leaders_participle_of_a_non_organisation_gives_no_role(annotate: Annotate) -> None:
    doc = annotate(
        "Le prix, créé en 2015 par Paul Andrieu, récompense chaque année une start-up.",
        [("Paul Andrieu", "Person")],
    )
    assert roles(doc) == set()


@pytest.mark.model
def test_leaders_organisation_as_agent_gives_no_role(annotate: Annotate) -> None:
    doc = annotate(
        "Tessira, créée en 2015 par la Région Bretagne, emploie 20 personnes.",
        [("Tessira", "Company"), ("Région Bretagne", "PublicBody")],
    )
    assert roles(doc) == set()
