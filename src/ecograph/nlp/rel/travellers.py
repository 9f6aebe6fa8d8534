"""Who makes a trip and from where: envoys, the town a body stands for, the visitors' origin,
and the visit event the trip rules of `hosts` and `stays` build."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from ecograph.nlp.rel import arguments as args
from ecograph.nlp.rel.adjectives import origin_adjective
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.events import Event, name_event
from ecograph.nlp.rel.leading import led_by
from ecograph.nlp.rel.lexicon import ORG_LABELS, PLACE_LABELS, ROLE_NOUNS
from ecograph.nlp.rel.words import feats
from ecograph.nlp.spans import attrs

PERSON = frozenset({"Person"})
# Who travels on an official trip: office holders, envoys, delegations.
ENVOYS = ROLE_NOUNS | frozenset(
    {"ambassadeur", "ambassadrice", "consul", "consule", "émissaire", "délégation", "élu", "élue"}
)
OF = frozenset({"de", "du", "des", "d'", "d’"})
# "venue de X", "arrivés de X", "en provenance de X": where the travellers come from.
_FROM = frozenset({"venir", "venu", "arriver", "provenance", "originaire", "issu"})


def town_of(ctx: Context, span: Span | None) -> Span | None:
    """The town a mention stands for: a place itself, the place inside a body's name
    ("Communauté urbaine de X"), else a place of the doc whose name the body's name holds
    ("la métropole" for "X Métropole")."""
    if span is None or span.label_ in PLACE_LABELS:
        return span
    if span.label_ not in ORG_LABELS:
        return None
    inner = ctx.nested(span, PLACE_LABELS)
    if inner:
        return inner[-1]
    words = set(ctx.name(span).split())
    return next((s for s in ctx.spans if s.label_ == "City" and ctx.name(s) in words), None)


def origin_of(ctx: Context, persons: list[Span], start: int, end: int) -> Span | None:
    """Where visitors come from, in tokens [start, end): a place they come from ("venus de
    X"), else the office of an envoy ("le consul du Japon", "adjoint au maire de X"), else
    their leader's office as eco_people read it, else a place adjective ("neuchâtelois"),
    else the first place named."""
    for i in range(start, end - 2):
        if ctx.lemmas[i] in _FROM and ctx.lowers[i + 1] in OF:
            place = ctx.entity_after(i + 2, end, PLACE_LABELS)
            if place is not None:
                return place
    for i in range(start, end):
        if ctx.lemmas[i] in ENVOYS and i + 2 < end and ctx.lowers[i + 1] in OF:
            office = town_of(ctx, ctx.entity_after(i + 2, end, PLACE_LABELS | ORG_LABELS))
            if office is not None:
                return office
    for person in persons:
        held = town_of(ctx, ctx.at_offsets(attrs(person).get("role_of")))
        if held is not None:
            return held
    for i in range(start, end):
        # "la ministre suédoise", "le conseiller d'État neuchâtelois": a place adjective.
        if ctx.lemmas[i] in ENVOYS:
            for k in range(i, min(i + 3, end - 1)):
                adjective = origin_adjective(ctx, ctx.tokens[k])
                if adjective is not None:
                    return adjective
    places = ctx.entities_in(start, end, PLACE_LABELS)
    return places[0] if places else None


def visit_event(
    ctx: Context, trigger: Token, clause: Span, place: Span, rule: str, persons: list[Span]
) -> Event:
    """A visit to `place` (a mission when a traveller holds office in the article's town)."""
    label = "Mission" if _from_home(ctx, persons, place) else "Visit"
    event = Event(label, trigger, clause, destinations=[(place, rule, 0.7)])
    leaders = [p for p in led_by(ctx, clause) if p not in persons]
    event.participants = [(p, f"{rule}_visitor", 0.65) for p in persons + leaders]
    date = args.nearest_date(ctx, trigger, clause)
    event.dates = [(date, "visit.date", 0.7)] if date is not None else []
    return event


def _from_home(ctx: Context, persons: list[Span], place: Span) -> bool:
    """Whether a traveller holds office in the article's own town (named more than any
    other) and goes elsewhere: then the trip is an outgoing mission."""
    counts = Counter(ctx.name(s) for s in ctx.spans if s.label_ == "City").most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return False  # no town the article is clearly about
    home = counts[0][0]
    held = [town_of(ctx, ctx.at_offsets(attrs(p).get("role_of"))) for p in persons]
    return home != ctx.name(place) and any(h is not None and ctx.name(h) == home for h in held)


def finish(ctx: Context, event: Event, origin: Span | None) -> Event:
    """Give the visit its origin (unless it is the destination itself) and its name."""
    destination = event.destinations[0][0]
    if origin is not None and ctx.name(origin) != ctx.name(destination):
        event.origins = [(origin, "visit.visitor_from", 0.65)]
    name_event(ctx, event)
    return event


def persons_until_verb(ctx: Context, start: int, end: int) -> list[Span]:
    """The persons named from `start` up to the first finite verb before `end`."""
    for i in range(start, end):
        token = ctx.tokens[i]
        if token.pos_ in ("VERB", "AUX") and "Fin" in feats(token, "VerbForm"):
            end = i
            break
    return ctx.entities_in(start, end, PERSON)
