"""Company relations: has_sector from descriptions, contacts, establishes_in, capital."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import activities, capital, contacts, descriptions
from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context, feats, lemma
from ecograph.nlp.rel.lexicon import (
    ESTABLISH_NOMINALS,
    ESTABLISH_NOUNS,
    ESTABLISH_VERBS,
    PLACE_LABELS,
)
from ecograph.nlp.rel.status import status_from_text
from ecograph.nlp.spans import add_relation

_IN = frozenset({"à", "a", "en", "au", "aux", "dans"})
_ESTABLISH = ESTABLISH_NOMINALS | ESTABLISH_VERBS


def _establishment_place(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """The place after "ouvrir une antenne à X" / "s'implanter en X"."""
    doc = ctx.doc
    reflexive = verb.i > 0 and doc[verb.i - 1].lower_ in ("s'", "s’", "se")
    noun_at = verb.i if reflexive and ctx.lemmas[verb.i] != "ouvrir" else -1
    for i in range(verb.i + 1, min(verb.i + 10, clause.end - 1)):
        if lemma(doc[i]) in ESTABLISH_NOUNS:
            noun_at = i
        # "un bureau à X", and "son usine de X" right after the noun.
        of_noun = doc[i].lower_ in ("de", "d'", "d’") and i == noun_at + 1
        if noun_at >= 0 and (doc[i].lower_ in _IN or of_noun):
            place = ctx.entity_at(i + 1, PLACE_LABELS) or ctx.entity_at(i + 2, PLACE_LABELS)
            if place is not None:
                return place
    return None


def _establishments(ctx: Context, clause: Span) -> None:
    for verb in ctx.candidates(clause, _ESTABLISH):
        word = ctx.lemmas[verb.i]
        nominal = word in ESTABLISH_NOMINALS and verb.pos_ in ("NOUN", "")
        if not nominal and (word not in ESTABLISH_VERBS or verb.pos_ not in ("VERB", "")):
            continue
        place = _establishment_place(ctx, verb, clause)
        if place is None:
            continue
        orgs, how = acting_orgs(ctx, verb, clause)
        window = ctx.doc[max(verb.i - 4, clause.start) : place.end].text
        status = status_from_text(window, past=verb.dep_ != "xcomp" and _past(verb))
        # Closing a site says where the company is, not that it sets up there.
        closing = ctx.lemmas[verb.i] in ("fermer", "fermeture")
        rel_type, rule = ("located_in", "located.closing") if closing else ("establishes_in", "")
        for org in orgs:
            add_relation(
                ctx.doc,
                rel_type,
                org,
                place,
                rule=rule or f"establish.{how}",
                confidence=0.7,
                sentence=clause,
                status=status or "",
            )


def _past(verb: Token) -> bool:
    return any(c.dep_ == "aux:tense" for c in verb.children) or "Past" in feats(verb, "Tense")


def extract(ctx: Context, clause: Span) -> None:
    """Write the company relations of one clause."""
    descriptions.extract(ctx, clause)
    contacts.extract(ctx, clause)
    _establishments(ctx, clause)
    capital.extract(ctx, clause)
    activities.extract(ctx, clause)
