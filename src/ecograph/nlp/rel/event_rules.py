"""Walk the clauses in order and write their events, resolving ellipsis and anaphora."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from ecograph.nlp.doctext import span_text
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.deal_verbs import find_verb_deals
from ecograph.nlp.rel.events import Event, emit, name_event
from ecograph.nlp.rel.hosts import find_hosts
from ecograph.nlp.rel.lexicon import ELLIPSIS_CUES, PLACE_LABELS, VENUE_TRIGGERS
from ecograph.nlp.rel.modality import denied
from ecograph.nlp.rel.noun_visits import find_noun_visits
from ecograph.nlp.rel.stays import find_stays
from ecograph.nlp.rel.triggers import find_noun_events
from ecograph.nlp.rel.trips import find_lead_trips
from ecograph.nlp.rel.visits import find_verb_visits
from ecograph.nlp.rel.words import lemma

_DATE = frozenset({"Date"})
_DEAL = frozenset({"Partnership", "Agreement"})
_TRIPS = frozenset({"Mission", "Visit"})
_TOWN_NOUNS = frozenset({"ville", "commune", "cité", "métropole", "municipalité"})
# "une seconde convention", "un autre accord": a further deal of the same party.
_ANOTHER = frozenset({"second", "seconde", "deuxième", "autre", "nouvel", "nouvelle", "nouveau"})


@dataclass
class EventLog:
    """Events written so far: the last one of each type, and by trigger token the first of
    each type (a tour told by one verb is indexed by its first stop)."""

    last: dict[str, Event] = field(default_factory=dict)
    by_trigger: dict[int, list[Event]] = field(default_factory=dict)
    written: list[Span] = field(default_factory=list)
    trips: list[Event] = field(default_factory=list)  # missions and visits, in text order

    def add(self, event: Event, span: Span) -> None:
        self.last[event.label] = event
        if event.label in _TRIPS:
            self.trips.append(event)
        known = self.by_trigger.setdefault(event.trigger.i, [])
        # "s'envolera pour X et Y": the figures and people of a tour go to its first stop.
        if not any(e.label == event.label for e in known):
            known.append(event)
        self.written.append(span)

    def latest_before(self, i: int, label: str) -> Span | None:
        """The last event mention of type `label` that starts before token `i`."""
        found = [s for s in self.written if s.label_ == label and s.start < i]
        return max(found, key=lambda s: s.start, default=None)

    def latest_trip(self, i: int) -> Span | None:
        """The last mission or visit written before token `i` (the first stop of a tour)."""
        found = [s for s in self.written if s.label_ in _TRIPS and s.start < i]
        return max(found, key=lambda s: s.start, default=None)


def extract_events(ctx: Context, clauses: list[Span]) -> EventLog:
    """Find, complete and write every event of the doc; return the log for later rules."""
    log = EventLog()
    for n, clause in enumerate(clauses):
        fallback = _paragraph_date(ctx, clauses, n, log)
        for event, anaphoric in find_noun_events(ctx, clause):
            if denied(ctx, event.trigger.i, clause):
                continue  # "aucun accord n'a été signé", "pourrait nouer un partenariat"
            if anaphoric and not event.destinations and event.label in log.last:
                _write_anaphor(ctx, event, log)
                continue
            if not event.destinations and n > 0:
                _destination_before(ctx, event, clauses[n - 1])
            if event.label in log.last and is_elliptic(clause):
                _inherit_sides(event, log.last[event.label])
            elif event.label in log.last and _is_another(ctx, event):
                _inherit_first_side(event, log.last[event.label])
            if event.label in _DEAL and len(event.parties) < 2:
                _trip_towns(ctx, event, log)
            if is_complete(event):
                for part in split_by_destination(ctx, event):
                    _write(ctx, part, log, fallback)
        verbal = find_verb_visits(ctx, clause) + find_lead_trips(ctx, clause)
        verbal += find_hosts(ctx, clause) + find_stays(ctx, clause, log)
        for event in verbal + find_noun_visits(ctx, clause):
            if not denied(ctx, event.trigger.i, clause):
                _write(ctx, event, log, fallback)
        if not any(clause.start <= s.start < clause.end for s in log.written):
            for event in find_verb_deals(ctx, clause):  # "X s'associe à Y"
                if not denied(ctx, event.trigger.i, clause):
                    _write(ctx, event, log, None)
    return log


def _write(ctx: Context, event: Event, log: EventLog, fallback: Span | None) -> None:
    if not event.dates and fallback is not None:
        # "Les opérations menées en 2017 ... Les missions au Japon": a date
        # stated just before, in the same paragraph, frames the event.
        event.dates = [(fallback, f"{event.label.lower()}.paragraph_date", 0.5)]
    log.add(event, emit(ctx, event))


def _destination_before(ctx: Context, event: Event, previous: Span) -> None:
    """ "Le Canada attire. Une mission y sera organisée": "y" points to the place before."""
    # "il y a" is no place pronoun.
    lowers, clause = ctx.lowers, event.clause
    pointers = [
        i for i in range(clause.start, clause.end) if lowers[i] == "y" and lowers[i - 1] != "il"
    ]
    if event.label not in ("Mission", "Visit") or not pointers:
        return
    places = ctx.entities_in(previous.start, previous.end, PLACE_LABELS)
    if places:
        event.destinations = [(places[-1], f"{event.label.lower()}.y_destination", 0.55)]


def _write_anaphor(ctx: Context, event: Event, log: EventLog) -> None:
    """ "Cette dernière mission ...": the same event as the last one of its type."""
    previous = log.last[event.label]
    event.key, event.name = previous.key, previous.name
    event.destinations = []
    span = emit(ctx, event, span_range=(event.trigger.i, event.trigger.i + 1))
    log.written.append(span)


def _inherit_sides(event: Event, previous: Event) -> None:
    """ "Même chose pour X, avec laquelle ...": X plus the sides the previous deal was with."""
    names = {(s.start, s.end) for s, _, _ in event.parties}
    for span, rule, conf in previous.parties:
        if rule == "partnership.with" and (span.start, span.end) not in names:
            event.parties.append((span, "partnership.ellipsis", conf * 0.8))


def _is_another(ctx: Context, event: Event) -> bool:
    """ "Une seconde convention, avec X": one more deal of the same first side, told with
    its other side only."""
    if event.label not in _DEAL or len({(s.start, s.end) for s, _, _ in event.parties}) != 1:
        return False
    i = event.trigger.i
    return any(ctx.lowers[j] in _ANOTHER for j in range(max(i - 2, 0), i))


def _inherit_first_side(event: Event, previous: Event) -> None:
    """The sides the previous deal's subject gave it ("X a signé une convention avec Y")."""
    names = {(s.start, s.end) for s, _, _ in event.parties}
    for span, rule, conf in previous.parties:
        if rule != "partnership.with" and (span.start, span.end) not in names:
            event.parties.append((span, "partnership.another", conf * 0.8))


def _trip_towns(ctx: Context, event: Event, log: EventLog) -> None:
    """ "Les deux villes ont renouvelé leur jumelage": after a visit, its host and guest towns."""
    clause, lowers = event.clause, ctx.lowers
    pairs = range(clause.start, clause.end - 1)
    if not any(lowers[j] == "deux" and ctx.lemmas[j + 1] in _TOWN_NOUNS for j in pairs):
        return
    # A further stop of the trip ("a fait étape à Y") is no town of the pair.
    trips = [t for t in log.trips if t.destinations and t.destinations[0][1] != "visit.stop"]
    trip = trips[-1] if trips else None
    if trip is None or not trip.origins:
        return
    origin = trip.origins[0][0]
    if origin.label_ in PLACE_LABELS:
        event.parties = [(trip.destinations[0][0], "partnership.trip_towns", 0.6)]
        event.parties.append((origin, "partnership.trip_towns", 0.6))


def _paragraph_date(ctx: Context, clauses: list[Span], n: int, log: EventLog) -> Span | None:
    """The single date of the previous clause when no line break separates the two.

    Only a clause without an event of its own frames the next one ("Les opérations
    menées en 2017 ... Les missions au Japon"); an event's date stays its own.
    """
    if n == 0:
        return None
    previous, clause = clauses[n - 1], clauses[n]
    # The tokens between two clauses are whitespace: look at their lower forms (which
    # keep line breaks), not at doc.text nor at new Tokens.
    if any("\n" in ctx.lowers[i] for i in range(previous.end - 1, clause.start)):
        return None
    if any(previous.start <= s.start < previous.end for s in log.written):
        return None
    dates = ctx.entities_in(previous.start, previous.end, _DATE)
    return dates[0] if len(dates) == 1 else None


def split_by_destination(ctx: Context, event: Event) -> list[Event]:
    """One event per destination: "missions au Japon et en Chine" are two missions."""
    if len(event.destinations) <= 1:
        name_event(ctx, event)
        return [event]
    events = []
    for dest in event.destinations:
        part = Event(event.label, event.trigger, event.clause, destinations=[dest])
        part.participants, part.dates, part.sectors = event.participants, event.dates, event.sectors
        name_event(ctx, part)
        events.append(part)
    return events


def is_elliptic(clause: Span) -> bool:
    """ "Même chose pour X": the clause repeats the previous event with another side."""
    text = span_text(clause).casefold().lstrip()
    return text.startswith(ELLIPSIS_CUES)


def is_complete(event: Event) -> bool:
    """A deal needs two sides; a trip needs a destination."""
    if event.label in _DEAL:
        sides = {(s.start, s.end) for s, _, _ in event.parties}
        return len(sides) >= 2 and not event.unnamed_side
    if lemma(event.trigger) in VENUE_TRIGGERS and not event.participants:
        return False  # a fair nobody is said to attend is no one's mission
    return bool(event.destinations)
