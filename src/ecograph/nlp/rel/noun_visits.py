"""Visits told by the noun "visite": "P était en visite à X", "X attend la visite de Y".

`triggers.trigger_label` leaves "en visite" aside (a manner, like "en partenariat"):
the phrase names a visit only with a visitor subject and a place after it, which
is read here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import arguments as args
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.events import Event, name_event
from ecograph.nlp.rel.lexicon import DESTINATION_PREPS, PLACE_LABELS, ROLE_NOUNS
from ecograph.nlp.rel.role_attrs import town_fallback
from ecograph.nlp.rel.travellers import origin_of
from ecograph.nlp.rel.trips import host_place
from ecograph.nlp.rel.visits import destination_after, traveller

_PERSON = frozenset({"Person"})
_NOUNS = frozenset({"visite", "venue"})
# "La ville attend / accueillera la visite de ...": told from the place visited.
_HOSTING = frozenset({"attendre", "accueillir", "préparer", "recevoir"})
# A town's kind noun as subject: the article's town when it is no mention itself.
_TOWN_NOUNS = frozenset({"ville", "métropole", "commune", "agglomération", "municipalité"})
_OF = frozenset({"de", "du", "des", "d'", "d’"})
_TRAVELLERS = ROLE_NOUNS | frozenset({"délégation", "mission", "ministre", "délégué", "déléguée"})


def _subject(token: Token) -> Token | None:
    """The subject of "être en visite": a child of the noun (copula reading) or of its verb."""
    for node in (token, token.head):
        found = next((c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if found is not None:
            return found
    return None


def _en_visite(ctx: Context, token: Token, clause: Span) -> Event | None:
    """ "Le ministre de X, P, était en visite jeudi à Y": a visit to Y by P, from X."""
    if token.i == 0 or ctx.lowers[token.i - 1] != "en" or ctx.lowers[token.i] != "visite":
        return None
    subject = _subject(token)
    who = traveller(ctx, subject) if subject is not None and subject.i < token.i else None
    place = destination_after(ctx, token, clause) if who is not None else None
    if subject is None or who is None or place is None:
        return None
    # "Le ministre luxembourgeois de l'Économie, P, était en visite": the name in apposition.
    persons = who[0] or ctx.entities_in(subject.i, token.i, _PERSON)[:1]
    event = Event("Visit", token, clause, destinations=[(place, "visit.en_visite", 0.75)])
    event.participants = [(p, "visit.en_visite_subject", 0.7) for p in persons]
    event.origins = [(o, "visit.subject_of", 0.7) for o in who[1]]
    event.organisers = [(o, "visit.organiser", 0.7) for o in args.organisers(ctx, clause)]
    _date(ctx, event)
    return event


def _awaited(ctx: Context, token: Token, clause: Span) -> Event | None:
    """ "La ville attend la visite d'une délégation de X": a visit to the town, from X."""
    verb = token.head
    if token.dep_ != "obj" or ctx.lemmas[verb.i] not in _HOSTING:
        return None
    if args.destinations(ctx, token, clause):
        return None  # "attend la visite du ministre à X": the noun rules write it
    host = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if host is None:
        return None
    place = host_place(ctx, host)
    if place is None and ctx.lemmas[host.i] in _TOWN_NOUNS:
        place = town_fallback(ctx)
    if place is None or place.label_ not in PLACE_LABELS:
        return None
    chain = _visitor_chain(ctx, token, clause)
    # "attend la visite des inspecteurs": only travellers' visits are trips.
    if not any(ctx.lemmas[i] in _TRAVELLERS or ctx.entity_at(i, _PERSON) for i in chain):
        return None
    event = Event("Visit", token, clause, destinations=[(place, "visit.awaited", 0.65)])
    places = [p for i in chain if (p := ctx.entity_at(i, PLACE_LABELS)) is not None]
    # "a reçu la visite du ministre de X, P": the visitor takes part, from X.
    persons = ctx.entities_in(chain.start, chain.stop, _PERSON)
    if not persons and chain.stop + 1 < clause.end and ctx.lowers[chain.stop] == ",":
        persons = ctx.entities_in(chain.stop + 1, chain.stop + 2, _PERSON)  # "..., P"
    event.participants = [(p, "visit.awaited_visitor", 0.65) for p in persons[:1]]
    origin = places[-1] if places and not persons else None
    origin = origin or origin_of(ctx, persons[:1], chain.start, chain.stop)
    event.origins = [(origin, "visit.visitor_from", 0.65)] if origin is not None else []
    _date(ctx, event)
    return event


def _visitor_chain(ctx: Context, token: Token, clause: Span) -> range:
    """The tokens of the "de" chain after the noun ("d'une délégation de l'autorité de X")."""
    for i in range(token.i + 1, clause.end):
        word = ctx.lowers[i]
        if (word in DESTINATION_PREPS and word not in _OF) or ctx.tokens[i].is_punct:
            return range(token.i + 1, i)
    return range(token.i + 1, clause.end)


def _date(ctx: Context, event: Event) -> None:
    date = args.nearest_date(ctx, event.trigger, event.clause)
    event.dates = [(date, "visit.date", 0.7)] if date is not None else []
    name_event(ctx, event)


def find_noun_visits(ctx: Context, clause: Span) -> list[Event]:
    """Visits named by "en visite" with a visitor subject, or by an awaited "visite"."""
    found = []
    for token in ctx.candidates(clause, _NOUNS):
        if ctx.lemmas[token.i] in _NOUNS and token.pos_ in ("NOUN", ""):
            event = _en_visite(ctx, token, clause) or _awaited(ctx, token, clause)
            if event is not None:
                found.append(event)
    return found
