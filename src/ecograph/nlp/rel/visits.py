"""Visits told by a verb: "le ministre de X est attendu à Y", "la déléguée se rend à Z"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import arguments as args
from ecograph.nlp.rel.adjectives import origin_adjective
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.events import Event, name_event
from ecograph.nlp.rel.leading import led_by
from ecograph.nlp.rel.lexicon import (
    ACTOR_LABELS,
    DESTINATION_PREPS,
    EVENT_TRIGGERS,
    ORG_LABELS,
    PLACE_LABELS,
    ROLE_NOUNS,
    VISIT_VERBS,
)
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.rel.role_attrs import town_fallback
from ecograph.nlp.rel.words import feats, lemma
from ecograph.nlp.spans import attrs

_TRAVELLERS = ROLE_NOUNS | frozenset({"délégation", "mission", "délégué", "déléguée", "ministre"})
# Verbs told from the place that receives: their traveller is a visitor.
_INBOUND = frozenset({"attendre", "recevoir", "accueillir", "venir"})
_PERSON = frozenset({"Person"})
_TOWNS = frozenset({"City", "Country", "Region", "Department"})
_RELATIVES = frozenset({"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _is_visit_verb(verb: Token) -> bool:
    """ "attendre" counts only in the passive, "rendre" only as "se rendre"."""
    word = lemma(verb)
    if word not in VISIT_VERBS or verb.pos_ != "VERB":
        return False
    deps = {c.dep_ for c in verb.children}
    lowers = {c.lower_ for c in verb.children}
    if word in ("attendre", "recevoir", "accueillir"):
        return "aux:pass" in deps or "nsubj:pass" in deps
    if word in ("rendre", "déplacer"):
        return bool(lowers & {"se", "s'", "s’"})
    return True


def traveller(ctx: Context, subject: Token) -> tuple[list[Span], list[Span]] | None:
    """Who travels (persons) and from where (the "de X" of "le maire de X"), or None.

    A plural or counted subject ("152 délégations sont venues") is a statistic,
    not one visit: the figure rules handle it.
    """
    if "Plur" in feats(subject, "Number") or any(c.dep_ == "nummod" for c in subject.children):
        return None
    person = ctx.entity_at(subject.i, frozenset({"Person"}))
    if person is not None:
        return [person], []
    if lemma(subject) not in _TRAVELLERS:
        return None
    origins = [
        span
        for t in subject.subtree
        if t.i > subject.i and (span := ctx.entity_at(t.i, ACTOR_LABELS)) is not None
    ]
    # "une délégation japonaise, conduite par le vice-gouverneur d'Osaka": the town named
    # in the subject phrase says more than the country adjective.
    towns = [span for span in origins if span.label_ == "City"]
    adjective = origin_adjective(ctx, subject)
    return [], towns[:1] or ([adjective] if adjective is not None else origins[:1])


def destination_after(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """The place after the verb: "à X", "en X", "dans la cité de X", "à l'Eurométropole de X"."""
    for i in range(verb.i + 1, clause.end - 1):
        if ctx.lowers[i] in _RELATIVES:
            return None  # "emmène la start-up X, qui a des clients à Y": Y is no destination
        if ctx.lowers[i] in DESTINATION_PREPS:
            j = i + 1
            while j < clause.end and ctx.tokens[j].pos_ == "DET":
                j += 1
            span = ctx.entity_at(j, PLACE_LABELS) if j < clause.end else None
            # "reçue à l'Eurométropole de X": the town inside the body's name.
            body = ctx.entity_at(j, ORG_LABELS) if j < clause.end else None
            inner = ctx.nested(body, PLACE_LABELS) if body is not None else []
            if span is not None or inner:
                return span or inner[-1]
            venue = _venue_town(ctx, j, clause)
            if venue is not None:
                return venue
    return None


def _venue_town(ctx: Context, j: int, clause: Span) -> Span | None:
    """ "reçue à l'hôtel de ville de X", "au siège de X": the town after a building's name."""
    for k in range(j, min(j + 6, clause.end - 1)):
        token = ctx.tokens[k]
        if ctx.lowers[k] in ("de", "du", "d'", "d’") and k > j:
            m = k + 1
            while m < clause.end and ctx.tokens[m].pos_ == "DET":
                m += 1
            place = _place_named(ctx, m) if m < clause.end else None
            if place is not None:
                return place
        elif not (token.is_lower and token.is_alpha) or ctx.by_token.get(k) is not None:
            return None
    return None


def _place_named(ctx: Context, m: int) -> Span | None:
    """The place at token `m`; for a bare name the model left inside a longer phrase
    ("l'hôtel de ville de X" read as one location), a mention of the same town elsewhere."""
    place = ctx.entity_at(m, PLACE_LABELS)
    token = ctx.tokens[m]
    if place is not None or ctx.by_token.get(m) is not None or not token.is_title:
        return place
    same = (s for s in ctx.spans if s.label_ in PLACE_LABELS and s.text == token.text)
    return next(same, None)


def _antecedent(ctx: Context, subject: Token) -> Token:
    """ "P, qui s'était rendu à X": the person a relative subject stands for."""
    if ctx.lowers[subject.i] != "qui" or subject.i < 2:
        return subject
    k = subject.i - 2 if ctx.lowers[subject.i - 1] == "," else subject.i - 1
    person = ctx.entity_at(k, _PERSON)
    return ctx.tokens[person.start] if person is not None else subject


def _from_home(ctx: Context, persons: list[Span], place: Span) -> bool:
    """Whether a traveller holds an office in the article's town (the city it names most)
    and goes elsewhere: an outgoing mission, not a visit."""
    home = town_fallback(ctx)
    if home is None or ctx.name(home) == ctx.name(place):
        return False
    held = [ctx.at_offsets(attrs(p).get("role_of")) for p in persons]
    return any(h is not None and ctx.name(h) == ctx.name(home) for h in held)


def find_verb_visits(ctx: Context, clause: Span) -> list[Event]:
    """Visits in the clause: a visit verb, a single traveller, a destination place."""
    found = []
    for verb in ctx.candidates(clause, VISIT_VERBS):
        subject = _subject(verb) if _is_visit_verb(verb) else None
        subject = _antecedent(ctx, subject) if subject is not None else None
        who = traveller(ctx, subject) if subject is not None else None
        place = destination_after(ctx, verb, clause) if who is not None else None
        place = place or (_visited(ctx, verb) if who is not None else None)
        if subject is not None and who is not None and place is not None:
            # "La ministre suédoise, P, s'est rendue à X": the name in apposition travels.
            named = who[0] or ctx.entities_in(subject.i, verb.i, _PERSON)[:1]
            event = _make_event(ctx, clause, verb, subject, (named, who[1]), place)
            found += [event, *_next_stops(ctx, event, place)]
    return found


def _visited(ctx: Context, verb: Token) -> Span | None:
    """ "La ministre a visité Lyon mardi": a town as the direct object of "visiter"."""
    if ctx.lemmas[verb.i] != "visiter":
        return None
    towns = (ctx.entity_at(c.i, _TOWNS) for c in verb.children if c.dep_ == "obj")
    return next((t for t in towns if t is not None), None)


def _next_stops(ctx: Context, event: Event, place: Span) -> list[Event]:
    """ "s'envolera pour X et Y": one more trip per town listed after the first.

    The travellers are told once, on the first stop (the later ones repeat them).
    """
    listed = collect_list(ctx, place.start, event.clause.end, frozenset({place.label_}))
    stops = []
    for other, _ in listed[1:]:
        rule = event.destinations[0][1]
        stop = Event(event.label, event.trigger, event.clause, destinations=[(other, rule, 0.7)])
        stop.dates = event.dates
        name_event(ctx, stop)
        stops.append(stop)
    return stops


def _make_event(
    ctx: Context,
    clause: Span,
    verb: Token,
    subject: Token,
    who: tuple[list[Span], list[Span]],
    place: Span,
) -> Event:
    """Build the visit (or mission) a motion verb tells, with its traveller and origin."""
    # Coming to or being received at X is a visit there; a delegation that goes
    # to X ("s'est rendue à X") is a mission; a named person's trip, a visit.
    label = EVENT_TRIGGERS.get(lemma(subject), "Visit")
    label = "Visit" if ctx.lemmas[verb.i] in _INBOUND or label != "Mission" else "Mission"
    if label == "Visit" and ctx.lemmas[verb.i] not in _INBOUND and _from_home(ctx, who[0], place):
        label = "Mission"  # "le maire de X s'est rendu à Y": the article's town goes out
    prefix = label.lower()
    event = Event(label, verb, clause, destinations=[(place, f"{prefix}.verb_destination", 0.75)])
    event.organisers = [(o, f"{prefix}.organiser", 0.7) for o in args.organisers(ctx, clause)]
    event.participants = [(p, f"{prefix}.verb_subject", 0.7) for p in who[0]]
    event.participants += [(p, f"{prefix}.led_by", 0.7) for p in led_by(ctx, clause)]
    event.origins = [(o, f"{prefix}.subject_of", 0.7) for o in who[1]]
    date = args.nearest_date(ctx, verb, clause)
    event.dates = [(date, f"{prefix}.date", 0.7)] if date is not None else []
    name_event(ctx, event)
    return event
