"""Model-free tests of the eco_relations helpers (status cues, lexicons, clauses, lists).

All French texts here are our own, written for these tests, with invented or other
names than the sample article's.
"""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from ecograph.nlp.rel.constraints import fits
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.demonyms import country_of_demonym
from ecograph.nlp.rel.lexicon import EVENT_TRIGGERS, ORG_LABELS
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.rel.status import status_from_text
from ecograph.nlp.rel.triggers import trigger_label
from ecograph.nlp.rel.words import clauses
from ecograph.nlp.relations import RelationExtractor
from ecograph.nlp.spans import add_entity, entity_spans, relations


@pytest.mark.parametrize(
    ("text", "past", "expected"),
    [
        ("Lisbonne souhaite conclure un accord avec Nantes.", False, "proposed"),
        ("Une convention est en discussion avec Porto.", False, "under_discussion"),
        ("Les deux villes négocient un jumelage.", False, "under_discussion"),
        ("Trois sociétés sont en cours de finalisation de contrats.", False, "in_progress"),
        ("Brinox a signé un contrat avec Vertalis.", True, "signed"),
        ("Les deux groupes ont scellé une alliance.", True, "signed"),
        ("Un déplacement à Séville est prévu en avril.", False, "planned"),
        ("Le préfet est attendu à Rennes en mai.", False, "planned"),
        ("Des sociétés désireuses d'ouvrir un bureau à Lyon.", False, "planned"),
        ("La délégation a visité trois usines.", True, "done"),
        ("L'usine a fermé ses portes en juin.", True, "ended"),
        ("La mission réunit vingt entreprises.", False, None),
    ],
)
def test_status_from_text_reads_modality_and_tense(text: str, past: bool, expected: str) -> None:
    assert status_from_text(text, past=past) == expected


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("israéliennes", "Israël"),
        ("italien", "Italie"),
        ("chinoises", "Chine"),
        ("allemands", "Allemagne"),
        ("canadienne", "Canada"),
        ("turque", "Turquie"),
        ("Japonais", "Japon"),
        ("belges", "Belgique"),
    ],
)
def test_demonyms_country_of_demonym_any_gender_and_number(word: str, country: str) -> None:
    assert country_of_demonym(word) == country


def test_demonyms_unknown_word_is_none() -> None:
    assert country_of_demonym("sociétés") is None
    assert country_of_demonym("économique") is None


def test_lexicon_triggers_cover_the_issue_words() -> None:
    for word in ("partenariat", "accord", "convention", "contrat", "coopération", "jumelage"):
        assert EVENT_TRIGGERS[word] in ("Partnership", "Agreement")
    for word in ("mission", "délégation", "voyage", "salon"):
        assert EVENT_TRIGGERS[word] == "Mission"
    assert EVENT_TRIGGERS["visite"] == "Visit"


def test_triggers_counted_or_modifier_nouns_name_no_event() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("Un partenariat puis 12 missions, un contrat et un accord de coopération")
    labels = {t.text: trigger_label(t) for t in doc}
    assert labels["partenariat"] == "Partnership"
    assert labels["missions"] is None  # counted: a figure, not an event
    assert labels["contrat"] == "Agreement"
    assert labels["accord"] == "Partnership"  # an accord "de coopération" is a partnership
    assert labels["coopération"] is None  # modifier of "accord"


def test_context_clauses_cut_at_line_breaks() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    doc = nlp("Un titre sans point\n\nLa suite du texte. Une autre phrase.")
    assert [c.text for c in clauses(doc)] == [
        "Un titre sans point",
        "La suite du texte.",
        "Une autre phrase.",
    ]


def test_context_collect_list_skips_bracketed_descriptions() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("ces sociétés : Alvéa (logistique), Brinox (énergie) et Kornwerk ont signé")
    for name in ("Alvéa", "Brinox", "Kornwerk"):
        i = next(t.i for t in doc if t.text == name)
        add_entity(doc, i, i + 1, "Company")
    ctx = Context.build(doc)
    colon = next(t.i for t in doc if t.text == ":")
    found = collect_list(ctx, colon + 1, len(doc), ORG_LABELS)
    assert [span.text for span, _ in found] == ["Alvéa", "Brinox", "Kornwerk"]
    start, end = found[0][1]
    assert doc[start:end].text == "logistique"


@pytest.mark.parametrize(
    ("rel_type", "subject", "obj", "ok"),
    [
        ("located_in", "Company", "City", True),
        ("located_in", "Company", "Sector", False),
        ("holds_role", "Person", "City", True),
        ("holds_role", "City", "Person", False),
        ("measure", "Figure", "Mission", True),
        ("participant", "Mission", "Company", False),
        ("date", "Figure", "Date", False),
    ],
)
def test_constraints_fits_follows_the_schema(
    rel_type: str, subject: str, obj: str, ok: bool
) -> None:
    relation = {"type": rel_type, "subject": (0, 3, subject), "object": (5, 9, obj)}
    assert fits(relation) is ok


_WORDS = [
    "mission",
    "à",
    "avec",
    "et",
    ",",
    "(",
    ")",
    ":",
    "la",
    "le",
    "de",
    "d'",
    "Cette",
    "dernière",
    "partenariat",
    "accord",
    "convention",
    "voyage",
    "stand",
    "salon",
    "maire",
    "adjoint",
    "au",
    "ouvrir",
    "antenne",
    "bureau",
    "s'",
    "implanter",
    "racheter",
    "rachat",
    "par",
    "investit",
    "dans",
    "entre",
    "au",
    "capital",
    "lève",
    "auprès",
    "en",
    "contact",
    "négocie",
    "sociétés",
    "allemandes",
    "est",
    "prévu",
    "attendu",
    "a",
    "signé",
    "souhaite",
    "conclure",
    "Même",
    "chose",
    "pour",
    "laquelle",
    ".",
    "12",
    "délégations",
    "sont",
    "venues",
    "a",
    "reçu",
    "visiteurs",
]
_LABELS = ("City", "Country", "Company", "Agency", "Person", "Date", "Figure", "Sector")


@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40),
    marks=st.lists(st.tuples(st.integers(0, 39), st.sampled_from(_LABELS)), max_size=8),
)
@settings(max_examples=200, deadline=None)
def test_relations_never_fail_and_always_fit_the_schema(
    words: list[str], marks: list[tuple[int, str]]
) -> None:
    """Any token soup with any entity marks: no exception, only schema-valid relations."""
    doc = Doc(spacy.blank("fr").vocab, words=words)
    for i, label in marks:
        if i < len(doc) and not any(s.start <= i < s.end for s in entity_spans(doc)):
            add_entity(doc, i, i + 1, label, name=doc[i].text)
    RelationExtractor()(doc)
    assert all(fits(r) for r in relations(doc))
