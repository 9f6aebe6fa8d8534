"""Partners and members of a trip: "La mission, montée par X et Y, ...", "Le déplacement est
monté avec X", "La délégation comprend X, Y et Z", "se compose de dix PME, dont X et Y"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import DETERMINERS, EVENT_TRIGGERS, ORG_LABELS
from ecograph.nlp.rel.lists import collect_list

if TYPE_CHECKING:
    from ecograph.nlp.rel.event_rules import EventLog

_PERSON_OR_ORG = ORG_LABELS | frozenset({"Person"})
# "monter une mission avec X": to set it up together; its partners take part.
_SET_UP = frozenset({"monter", "co-organiser", "coorganiser"})
_TRIPS = ("Mission", "Visit")
# Between the trip noun and the participle: "La mission, montée", "Le voyage a été monté".
_GLUE = frozenset({",", "est", "a", "été", "sera", "avait", "était", "fut"})
_BY = frozenset({"par", "avec"})
# "La délégation comprend / réunit / se compose de X et Y": who makes up the trip.
_COMPOSE = frozenset({"comprendre", "réunir", "rassembler", "inclure", "regrouper", "composer"})
_BY_THE_WAY = frozenset({"notamment", "également", "aussi", "entre", "autres"})
_LIST_CUES = frozenset({"dont", "parmi", ":"})


def _trip_noun(ctx: Context, i: int, clause: Span) -> int:
    """Index of the trip noun just before the participle at `i`, else -1."""
    j = i - 1
    while j >= clause.start and j > i - 5 and ctx.lowers[j] in _GLUE:
        j -= 1
    noun = j >= clause.start and EVENT_TRIGGERS.get(ctx.lemmas[j]) in _TRIPS
    return j if noun else -1


def set_up_by(ctx: Context, clause: Span, log: EventLog) -> Iterator[tuple[Span, Span]]:
    """(partner, trip) for each organisation a trip is set up with or by."""
    for token in ctx.candidates(clause, _SET_UP):
        i = token.i
        if ctx.lemmas[i] not in _SET_UP or i + 1 >= clause.end or ctx.lowers[i + 1] not in _BY:
            continue
        noun = _trip_noun(ctx, i, clause)
        if noun < 0:
            continue
        # The trip the noun names here, else ("La mission, montée par") the last one told.
        trip = next((s for s in log.written if s.start <= noun < s.end), None)
        trip = trip or log.latest_trip(noun)
        j = i + 2
        while j < clause.end and ctx.lowers[j] in DETERMINERS:
            j += 1
        if trip is not None:
            for partner, _ in collect_list(ctx, j, clause.end, _PERSON_OR_ORG):
                yield partner, trip


def _members_from(ctx: Context, j: int, clause: Span) -> list[Span]:
    """The names listed from token `j`, or after "dont" / "parmi lesquels" / ":" when the
    object is a count ("douze entreprises, dont X et Y")."""
    while j < clause.end and (ctx.lowers[j] in DETERMINERS or ctx.lowers[j] in _BY_THE_WAY):
        j += 1
    listed = [s for s, _ in collect_list(ctx, j, clause.end, _PERSON_OR_ORG)]
    if listed:
        return listed
    for k in range(j, clause.end - 1):
        if ctx.lowers[k] in _LIST_CUES:
            k += 1 + (ctx.lowers[k + 1] in ("lesquels", "lesquelles"))
            return [s for s, _ in collect_list(ctx, k, clause.end, _PERSON_OR_ORG)]
    return []


def composed_of(ctx: Context, clause: Span, log: EventLog) -> Iterator[tuple[Span, Span]]:
    """(member, trip) for "La délégation comprend X et Y", "La mission réunit notamment X"."""
    for token in ctx.candidates(clause, _COMPOSE):
        i = token.i
        if ctx.lemmas[i] not in _COMPOSE or token.pos_ != "VERB":
            continue
        j = i - 1 if ctx.lowers[i - 1] in ("se", "s'", "s’") else i
        noun = _trip_noun(ctx, j, clause)
        if noun < 0:
            continue
        trip = next((s for s in log.written if s.start <= noun < s.end), None)
        trip = trip or log.latest_trip(noun)
        start = i + 1 + (i + 1 < clause.end and ctx.lowers[i + 1] in ("de", "d'", "d’"))
        if trip is not None:
            for member in _members_from(ctx, start, clause):
                yield member, trip
