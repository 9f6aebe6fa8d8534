"""Partnerships told by a verb: "X s'associe à Y", "X coopère avec Y", "X s'allie avec Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context, lemma
from ecograph.nlp.rel.events import Event, name_event
from ecograph.nlp.rel.lexicon import ORG_LABELS

# Reflexive verbs only count with "se" ("associer des salariés" is no deal).
_REFLEXIVE = frozenset({"associer", "allier"})
_PLAIN = frozenset({"coopérer", "collaborer"})
_WITH = frozenset({"avec", "à", "au", "aux"})


def _is_deal_verb(verb: Token) -> bool:
    word = lemma(verb)
    if verb.pos_ != "VERB":
        return False
    if word in _REFLEXIVE:
        return verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("s'", "s’", "se")
    return word in _PLAIN


def _other_side(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """The organisation right after "avec"/"à" following the verb."""
    for i in range(verb.i + 1, min(verb.i + 4, clause.end - 1)):
        if ctx.doc[i].lower_ in _WITH:
            return ctx.entity_after(i + 1, clause.end, ORG_LABELS)
    return None


def find_verb_deals(ctx: Context, clause: Span) -> list[Event]:
    """Partnerships whose two sides are the verb's subject and its "avec" object."""
    found = []
    for verb in ctx.candidates(clause, _REFLEXIVE | _PLAIN):
        if not _is_deal_verb(verb):
            continue
        subjects, how = acting_orgs(ctx, verb, clause)
        other = _other_side(ctx, verb, clause)
        if how != "subject" or other is None:
            continue
        event = Event("Partnership", verb, clause)
        sides = [s for s in subjects if s != other] + [other]
        event.parties = [(s, "partnership.verb", 0.65) for s in sides]
        if len(sides) >= 2:
            name_event(ctx, event)
            found.append(event)
    return found
