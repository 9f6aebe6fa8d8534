"""Visits told by where a traveller is or stays: "En déplacement à X, P a ...", "une journée
que P a passée à X", and one more stop of a trip told before: "ont fait étape à Y"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ecograph.nlp.rel import arguments as args
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.events import Event, name_event
from ecograph.nlp.rel.lexicon import DESTINATION_PREPS, PLACE_LABELS
from ecograph.nlp.rel.travellers import (
    ENVOYS,
    PERSON,
    finish,
    origin_of,
    persons_until_verb,
    visit_event,
)
from ecograph.nlp.rel.visits import destination_after

if TYPE_CHECKING:
    from ecograph.nlp.rel.event_rules import EventLog

# "passer une journée / deux jours / la matinée à X".
_STAY_NOUNS = frozenset({"journée", "jour", "matinée", "soirée", "semaine", "après-midi", "séjour"})
# "faire étape / escale à X": one more stop of a trip told before.
_STOP_NOUNS = frozenset({"étape", "escale", "halte"})
_NOUNS = frozenset({"déplacement", "visite"}) | _STAY_NOUNS | _STOP_NOUNS


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _on_trip(ctx: Context, token: Token, clause: Span) -> Event | None:
    """ "En déplacement à X mardi, l'ambassadeur de Y, P, a visité ...": P visits X."""
    i = token.i
    if i == 0 or ctx.lowers[i - 1] != "en":
        return None
    if ctx.lemmas[i] == "visite" and i - 1 != clause.start:
        return None  # "P était en visite à X": the noun rules read it
    comma = next((j for j in range(i, clause.end) if ctx.lowers[j] == ","), clause.end)
    if i + 1 >= comma or ctx.lowers[i + 1] not in DESTINATION_PREPS:
        return None
    place = ctx.entity_after(i + 2, comma, PLACE_LABELS)
    if place is None:
        return None
    subject = persons_until_verb(ctx, comma, clause.end)
    envoys = [j for j in range(comma, min(comma + 6, clause.end)) if ctx.lemmas[j] in ENVOYS]
    if i - 1 != clause.start:
        subject = ctx.entities_in(clause.start, i, PERSON)[-1:] or subject
    if not subject and not envoys:
        return None
    event = visit_event(ctx, token, clause, place, "visit.on_trip", subject[:1])
    return finish(ctx, event, origin_of(ctx, subject[:1], comma, clause.end))


def _stay(ctx: Context, verb: Token, clause: Span) -> Event | None:
    """ "une journée que P a passée à X", "P a passé deux jours à X": P visits X."""
    if verb.pos_ != "VERB" or ctx.lemmas[verb.i] != "passer":
        return None
    objects = [c for c in verb.children if c.dep_ == "obj"]
    stay = verb.head if verb.dep_ in ("acl", "acl:relcl") else next(iter(objects), None)
    if stay is None or ctx.lemmas[stay.i] not in _STAY_NOUNS:
        return None
    subject = _subject(verb)
    persons = persons_until_verb(ctx, subject.i, verb.i) if subject is not None else []
    if subject is None or not (persons or ctx.lemmas[subject.i] in ENVOYS):
        return None
    # The place right after the time spent: "a passé deux jours à X", "qu'il a passée à X"
    # (not "a passé deux jours sur le dossier à X").
    j = max(verb.i, stay.i) + 1
    while j < clause.end and ctx.tokens[j].pos_ in ("ADV", "NUM", "ADJ"):
        j += 1
    place = None
    if j + 1 < clause.end and ctx.lowers[j] in DESTINATION_PREPS:
        place = ctx.entity_after(j + 1, clause.end, PLACE_LABELS)
    if place is None:
        return None
    event = visit_event(ctx, verb, clause, place, "visit.stay", persons[:1])
    return finish(ctx, event, origin_of(ctx, persons[:1], subject.i, verb.i))


def _stop(ctx: Context, verb: Token, clause: Span, log: EventLog) -> Event | None:
    """ "Les visiteurs ont ensuite fait étape à Y": one more stop of the trip told before."""
    if ctx.lemmas[verb.i] != "faire" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not any(ctx.lemmas[c.i] in _STOP_NOUNS for c in verb.children):
        return None
    trip = log.latest_trip(verb.i)
    place = destination_after(ctx, verb, clause)
    previous = log.last.get(trip.label_) if trip is not None else None
    if previous is None or place is None:
        return None
    event = Event(previous.label, verb, clause, destinations=[(place, "visit.stop", 0.65)])
    event.origins = [(o, "visit.stop_from", 0.6) for o, _, _ in previous.origins]
    date = args.nearest_date(ctx, verb, clause)
    event.dates = [(date, "visit.date", 0.7)] if date is not None else []
    name_event(ctx, event)
    return event


def find_stays(ctx: Context, clause: Span, log: EventLog) -> list[Event]:
    """Visits told by "en déplacement à", "passer une journée à", "faire étape à"."""
    if not ctx.mentions(clause, _NOUNS):
        return []  # "faire" and "passer" are common: a trip noun must be there
    found: list[Event | None] = []
    for token in ctx.words(clause):
        word = ctx.lemmas[token.i]
        if word in ("déplacement", "visite") and token.pos_ == "NOUN":
            found.append(_on_trip(ctx, token, clause))
        elif word == "passer":
            found.append(_stay(ctx, token, clause))
        elif word == "faire":
            found.append(_stop(ctx, token, clause, log))
    return [event for event in found if event is not None]
