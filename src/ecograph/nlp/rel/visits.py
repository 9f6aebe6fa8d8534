"""Visits told by a verb: "le ministre de X est attendu à Y", "la déléguée se rend à Z"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import arguments as args
from ecograph.nlp.rel.adjectives import origin_adjective
from ecograph.nlp.rel.context import Context, feats, lemma
from ecograph.nlp.rel.events import Event, name_event
from ecograph.nlp.rel.lexicon import (
    ACTOR_LABELS,
    DESTINATION_PREPS,
    EVENT_TRIGGERS,
    ORG_LABELS,
    PLACE_LABELS,
    ROLE_NOUNS,
    VISIT_VERBS,
)

_TRAVELLERS = ROLE_NOUNS | frozenset({"délégation", "mission", "délégué", "déléguée", "ministre"})
# Verbs told from the place that receives: their traveller is a visitor.
_INBOUND = frozenset({"attendre", "recevoir", "accueillir", "venir"})
_LED_BY = ("conduite par", "conduit par", "menée par", "mené par", "emmenée par", "présidée par")


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
    adjective = origin_adjective(ctx, subject)
    return [], [adjective] if adjective is not None else origins[:1]


def destination_after(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """The place after the verb: "à X", "en X", "dans la cité de X", "à l'Eurométropole de X"."""
    for i in range(verb.i + 1, clause.end - 1):
        if ctx.doc[i].lower_ in DESTINATION_PREPS:
            j = i + 1
            while j < clause.end and ctx.doc[j].pos_ == "DET":
                j += 1
            span = ctx.entity_at(j, PLACE_LABELS) if j < clause.end else None
            # "reçue à l'Eurométropole de X": the town inside the body's name.
            body = ctx.entity_at(j, ORG_LABELS) if j < clause.end else None
            inner = ctx.nested(body, PLACE_LABELS) if body is not None else []
            if span is not None or inner:
                return span or inner[-1]
    return None


def _led_by(ctx: Context, clause: Span) -> list[Span]:
    """ "une délégation conduite par le ministre X": who leads the trip."""
    text = clause.text.casefold()
    for cue in _LED_BY:
        at = text.find(cue)
        after = (
            ctx.doc.char_span(
                clause.start_char + at + len(cue), clause.end_char, alignment_mode="expand"
            )
            if at >= 0
            else None
        )
        leader = _first_named(ctx, after) if after is not None else None
        if leader is not None:
            return [leader]
    return []


def _first_named(ctx: Context, span: Span) -> Span | None:
    """The first person or organisation in the first words of `span`."""
    labels = ORG_LABELS | frozenset({"Person"})
    found = ctx.entities_in(span.start, min(span.start + 8, span.end), labels)
    persons = [s for s in found if s.label_ == "Person"]
    best = persons or found
    return best[0] if best else None


def find_verb_visits(ctx: Context, clause: Span) -> list[Event]:
    """Visits in the clause: a visit verb, a single traveller, a destination place."""
    found = []
    for verb in ctx.candidates(clause, VISIT_VERBS):
        subject = _subject(verb) if _is_visit_verb(verb) else None
        who = traveller(ctx, subject) if subject is not None else None
        place = destination_after(ctx, verb, clause) if who is not None else None
        if subject is not None and who is not None and place is not None:
            found.append(_make_event(ctx, clause, verb, subject, who, place))
    return found


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
    prefix = label.lower()
    event = Event(label, verb, clause, destinations=[(place, f"{prefix}.verb_destination", 0.75)])
    event.organisers = [(o, f"{prefix}.organiser", 0.7) for o in args.organisers(ctx, clause)]
    event.participants = [(p, f"{prefix}.verb_subject", 0.7) for p in who[0]]
    event.participants += [(p, f"{prefix}.led_by", 0.7) for p in _led_by(ctx, clause)]
    event.origins = [(o, f"{prefix}.subject_of", 0.7) for o in who[1]]
    date = args.nearest_date(ctx, verb, clause)
    event.dates = [(date, f"{prefix}.date", 0.7)] if date is not None else []
    name_event(ctx, event)
    return event
