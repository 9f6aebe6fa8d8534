"""Missions told by a leading verb: "X emmènera 40 négociants à Y, en partenariat avec Z"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import arguments as args
from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context, lemma
from ecograph.nlp.rel.events import Event, name_event
from ecograph.nlp.rel.parties import with_list
from ecograph.nlp.rel.visits import destination_after

# Verbs whose subject takes people somewhere: the subject leads a mission there.
_LEAD_VERBS = frozenset({"emmener", "conduire", "mener", "envoyer"})


def _trip_of(ctx: Context, verb: Token, clause: Span) -> Event | None:
    if lemma(verb) not in _LEAD_VERBS or verb.pos_ != "VERB":
        return None
    # "une délégation conduite par X": a passive leader is the visits' business.
    if verb.dep_ == "acl" or any(c.dep_ == "aux:pass" for c in verb.children):
        return None
    place = destination_after(ctx, verb, clause)
    if place is None:
        return None
    event = Event("Mission", verb, clause, destinations=[(place, "mission.led_to", 0.7)])
    leaders, how = acting_orgs(ctx, verb, clause)
    event.participants = [(o, f"mission.leader_{how}", 0.65) for o in leaders]
    partners = with_list(ctx, verb.i + 1, clause, args.PERSON_OR_ORG, cues=("avec",))
    event.participants += [(o, "mission.with", 0.65) for o in partners]
    date = args.nearest_date(ctx, verb, clause)
    event.dates = [(date, "mission.date", 0.7)] if date is not None else []
    name_event(ctx, event)
    return event


def find_lead_trips(ctx: Context, clause: Span) -> list[Event]:
    """Missions in the clause led by the subject of "emmener", "conduire", "mener"."""
    found = (_trip_of(ctx, verb, clause) for verb in clause)
    return [event for event in found if event is not None]
