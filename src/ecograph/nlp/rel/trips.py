"""Missions told by a leading verb: "X emmènera 40 négociants à Y, en partenariat avec Z"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.link import fold
from ecograph.nlp.rel import arguments as args
from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import resolve_actor
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.events import Event, name_event
from ecograph.nlp.rel.leading import led_by
from ecograph.nlp.rel.lexicon import ORG_LABELS, PLACE_LABELS
from ecograph.nlp.rel.parties import with_list
from ecograph.nlp.rel.travellers import PERSON, town_of
from ecograph.nlp.rel.visits import destination_after, traveller

# Verbs whose subject takes people somewhere: the subject leads a mission there.
_LEAD_VERBS = frozenset({"emmener", "conduire", "mener", "envoyer"})
_HOST_VERBS = frozenset({"recevoir", "accueillir"})


def _trip_of(ctx: Context, verb: Token, clause: Span) -> Event | None:
    if ctx.lemmas[verb.i] not in _LEAD_VERBS or verb.pos_ != "VERB":
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
    # "une délégation, que conduira P, est attendue à X": a named person leads.
    persons = [ctx.entity_at(c.i, PERSON) for c in verb.children if c.dep_ == "nsubj"]
    event.participants += [(p, "mission.leader_person", 0.65) for p in persons if p is not None]
    # "Elle conduira une mission à X": the person the sentence before was about.
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PRON"), None)
    person = resolve_actor(ctx, pronoun) if pronoun is not None else None
    event.participants += [(person, "mission.leader_pronoun", 0.6)] if person else []
    partners = with_list(ctx, verb.i + 1, clause, args.PERSON_OR_ORG, cues=("avec",))
    event.participants += [(o, "mission.with", 0.65) for o in partners]
    date = args.nearest_date(ctx, verb, clause)
    event.dates = [(date, "mission.date", 0.7)] if date is not None else []
    name_event(ctx, event)
    return event


def host_place(ctx: Context, host: Token) -> Span | None:
    """The place that receives: "Rennes", "la ville de Rennes", "la Métropole de Rennes"."""
    place = ctx.entity_at(host.i, PLACE_LABELS)
    body = ctx.entity_at(host.i, ORG_LABELS)
    inner = ctx.nested(body, PLACE_LABELS) if body is not None else []
    named = [ctx.entity_at(c.i, PLACE_LABELS) for c in host.children if c.dep_ == "nmod"]
    found = place or (inner[-1] if inner else None) or next((p for p in named if p), None)
    # "Le port accueillait ...": the town of the body named before with that noun.
    return found or (body_of_kind(ctx, host) if body is None else None)


def body_of_kind(ctx: Context, noun: Token) -> Span | None:
    """The town of the last body before `noun` whose name holds the noun ("le port" after
    "le Grand Port Maritime de X", "la métropole" after "X Métropole")."""
    if not noun.is_lower or noun.pos_ != "NOUN":
        return None
    word = fold(ctx.lemmas[noun.i])
    bodies = [s for s in ctx.spans if s.end <= noun.i and s.label_ in ORG_LABELS]
    named = [s for s in bodies if word in fold(ctx.name(s)).split()]
    return town_of(ctx, named[-1]) if named else None


def _hosted(ctx: Context, verb: Token, clause: Span) -> Event | None:
    """ "X a reçu / accueille une délégation japonaise": a visit to X, from the visitors' land."""
    if ctx.lemmas[verb.i] not in _HOST_VERBS or any(c.dep_ == "aux:pass" for c in verb.children):
        return None
    guest = next((c for c in verb.children if c.dep_ == "obj"), None)
    host = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _left_host(ctx, verb)
    who = traveller(ctx, guest) if guest is not None else None
    if who is None or host is None:
        return None
    place = host_place(ctx, host)
    if place is None:
        return None
    event = Event("Visit", verb, clause, destinations=[(place, "visit.host", 0.7)])
    event.participants = [(p, "visit.guest", 0.65) for p in who[0]]
    # "une délégation venue de X, avec à sa tête P": the leader named after the guests.
    event.participants += [(p, "visit.led_by", 0.65) for p in led_by(ctx, clause)]
    event.origins = [(o, "visit.guest_from", 0.65) for o in who[1]]
    date = args.nearest_date(ctx, verb, clause)
    event.dates = [(date, "visit.date", 0.7)] if date is not None else []
    name_event(ctx, event)
    return event


def _left_host(ctx: Context, verb: Token) -> Token | None:
    """ "X a accueilli ...", parsed with X apart: the name just before the auxiliary."""
    j = verb.i - 1
    while j > 0 and ctx.tokens[j].pos_ in ("AUX", "ADV"):
        j -= 1
    named = ctx.entity_at(j, PLACE_LABELS | ORG_LABELS)
    return ctx.tokens[named.start] if named is not None and j < verb.i - 1 else None


def find_lead_trips(ctx: Context, clause: Span) -> list[Event]:
    """Missions led by the subject of "emmener", "conduire", "mener", and visits hosted by
    the subject of "recevoir", "accueillir"."""
    words = ctx.candidates(clause, _LEAD_VERBS | _HOST_VERBS)
    found = [_trip_of(ctx, verb, clause) or _hosted(ctx, verb, clause) for verb in words]
    return [event for event in found if event is not None]
