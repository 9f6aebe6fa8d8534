"""Partners of a trip: "La mission, montée par X et Y, ...", "Le déplacement est monté avec X"."""

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
