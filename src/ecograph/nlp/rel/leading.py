"""Leaders of a trip: "une délégation conduite par P" (in the trip's clause), "La délégation
sera conduite par P", "Conduite par P, la délégation ..." (after it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ecograph.nlp.doctext import span_text
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.words import feats

if TYPE_CHECKING:
    from ecograph.nlp.rel.event_rules import EventLog

_PERSON = frozenset({"Person"})
_LED_BY: tuple[str, ...] = ("conduite par", "conduit par", "menée par", "mené par")
_LED_BY += ("emmenée par", "emmené par", "présidée par")
# Plural travellers: "onze dirigeants, emmenés par P", "vingt PME, conduites par P".
_LED_BY += ("emmenés par", "emmenées par", "conduits par", "conduites par", "menés par")
_LED_BY += ("menées par", "à sa tête", "à leur tête")
_LEAD_WORDS = frozenset({"par", "tête"})
# Participles of leading, as written (the model reads a fronted "Conduite" as the noun).
_LED = frozenset(
    {"conduite", "conduit", "menée", "mené", "emmenée", "emmené", "présidée", "présidé"}
    | {"conduites", "conduits", "menées", "menés", "emmenées", "emmenés"}
)
# What is led: a group of travellers or their trip.
_TRIP_NOUNS = frozenset({"délégation", "mission", "visite", "voyage", "déplacement"})
# "Autour de son maire, P, la délégation ...": the person the delegation gathers round.
_AROUND = ("autour de son ", "autour de sa ", "autour de leur ")
_STOPS = frozenset({".", ";", ":", "«", "»", "(", ")"})


def _led_noun(ctx: Context, participle: Token, clause: Span) -> bool:
    """Whether the participle says who leads a trip noun: its subject, its head, or the
    subject after a fronted participle ("Conduite par P, la délégation a ...")."""
    near = [participle.head, *participle.children]
    if any(ctx.lemmas[t.i] in _TRIP_NOUNS for t in near if t.i != participle.i):
        return True
    fronted = participle.i == clause.start
    return fronted and any(ctx.lemmas[i] in _TRIP_NOUNS for i in range(clause.start, clause.end))


def _agent(ctx: Context, participle: Token, clause: Span) -> Span | None:
    """The person after "par": "par P", "par le ministre de X, P" (up to the next verb)."""
    i = participle.i + 1
    if i >= clause.end or ctx.lowers[i] != "par":
        return None
    for j in range(i + 1, min(i + 14, clause.end)):
        person = ctx.entity_at(j, _PERSON)
        if person is not None:
            return person
        if ctx.tokens[j].text in _STOPS or _finite(ctx.tokens[j]):
            return None
    return None


def _finite(token: Token) -> bool:
    """A conjugated verb ends the leader's phrase ("la vice-présidente chargée de X, P" goes
    on past the participle)."""
    return token.pos_ in ("VERB", "AUX") and "Part" not in feats(token, "VerbForm")


def led_by(ctx: Context, clause: Span) -> list[Span]:
    """ "une délégation conduite par le ministre X": who leads the trip."""
    if not ctx.mentions(clause, (), words=_LEAD_WORDS):
        return []  # every cue has "par" or "tête": most clauses have neither
    text = span_text(clause).casefold()
    for cue in _LED_BY:
        at = text.find(cue)
        after = (
            ctx.doc.char_span(
                clause.start_char + at + len(cue), clause.end_char, alignment_mode="expand"
            )
            if at >= 0
            else None
        )
        leader = first_named(ctx, after) if after is not None else None
        if leader is not None:
            return [leader]
    return []


def first_named(ctx: Context, span: Span) -> Span | None:
    """The first person or organisation in the first words of `span`.

    "emmenée par le ministre de l'Industrie de l'État, P": a person named after a
    long role phrase is still the leader, up to the next verb.
    """
    labels = ORG_LABELS | frozenset({"Person"})
    end = min(span.start + 14, span.end)
    verb = next((t.i for t in ctx.tokens[span.start : end] if _finite(t)), end)
    found = ctx.entities_in(span.start, min(span.start + 8, span.end), labels)
    persons = ctx.entities_in(span.start, verb, _PERSON)
    best = persons or found
    return best[0] if best else None


def _around(ctx: Context, clause: Span, log: EventLog) -> Iterator[tuple[Span, Span]]:
    """ "Autour de son maire, P, la délégation comptait 24 personnes": P leads the trip
    told before."""
    text = span_text(clause).casefold()
    at = next((text.find(cue) for cue in _AROUND if cue in text), -1)
    if at < 0 or not any(ctx.lemmas[i] in _TRIP_NOUNS for i in range(clause.start, clause.end)):
        return
    after = ctx.doc.char_span(clause.start_char + at, clause.end_char, alignment_mode="expand")
    start = after.start if after is not None else clause.end
    persons = ctx.entities_in(start, min(start + 10, clause.end), _PERSON)
    trip = log.latest_trip(clause.start)
    if persons and trip is not None:
        yield persons[0], trip


def led_trips(ctx: Context, clause: Span, log: EventLog) -> Iterator[tuple[Span, Span]]:
    """(leader, trip) for each leading participle of the clause whose trip was written,
    and for a leader the delegation gathers "autour de" (see `_around`)."""
    if ctx.mentions(clause, (), words=("autour",)):
        yield from _around(ctx, clause, log)
    for token in ctx.candidates(clause, (), words=_LED):
        if ctx.lowers[token.i] not in _LED or not _led_noun(ctx, token, clause):
            continue
        leader = _agent(ctx, token, clause)
        own = [s for s in log.written if clause.start <= s.start < clause.end]
        trip = log.latest_trip(clause.end if own else token.i)
        if leader is not None and trip is not None:
            yield leader, trip
