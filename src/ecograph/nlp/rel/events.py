"""Event nodes: what a found event carries, and how it is written into the doc."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ecograph.link import fold
from ecograph.nlp.doctext import span_text
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.status import cue_status
from ecograph.nlp.rel.words import feats, lemma
from ecograph.nlp.spans import add_entity, add_relation

Arg = tuple[Span, str, float]
"""An argument of an event: the entity, the rule that found it, its confidence."""

_NOUN_OF = {"Partnership": "partenariat", "Agreement": "accord", "Mission": "mission"}
_NOUN_OF |= {"Visit": "visite"}
_DEALS = frozenset({"Partnership", "Agreement"})
_TRIPS = frozenset({"Mission", "Visit"})


@dataclass
class Event:
    """An event found around a trigger, with its arguments by role."""

    label: str
    trigger: Token
    clause: Span
    destinations: list[Arg] = field(default_factory=list)
    origins: list[Arg] = field(default_factory=list)
    parties: list[Arg] = field(default_factory=list)
    participants: list[Arg] = field(default_factory=list)
    organisers: list[Arg] = field(default_factory=list)
    dates: list[Arg] = field(default_factory=list)
    sectors: list[Arg] = field(default_factory=list)
    key: str = ""
    name: str = ""
    unnamed_side: bool = False


def is_past(tokens: Sequence[Token]) -> bool:
    """True when the clause's verb is in a past tense (passé composé, imparfait)."""
    for token in tokens:
        if token.dep_ == "aux:tense" and "Part" in feats(token.head, "VerbForm"):
            return True
        # "était en visite": a copula carries the tense of a noun predicate.
        verbal = token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "cop")
        if not verbal or "Fin" not in feats(token, "VerbForm"):
            continue  # reading the morphology is slow: only for finite verbs
        if set(feats(token, "Tense")) & {"Imp", "Past"}:
            return True
    return False


def is_future(tokens: Sequence[Token]) -> bool:
    """True when a verb of the clause is in the future tense ("se rendra", "signera")."""
    return any("Fut" in feats(t, "Tense") for t in tokens if t.pos_ in ("VERB", "AUX"))


def _to(dest: Span, place: str) -> str:
    """French "to" before a place name: "à Lyon", "en Italie", "au Japon", "aux Pays-Bas"."""
    if dest.label_ not in ("Country", "Region"):
        return "à"
    if place.endswith("s"):
        return "aux"
    feminine = place.endswith("e") and not place.endswith(("que", "ge"))
    return "en" if feminine or place[:1].casefold() in "aeiouéèîï" else "au"


def name_event(ctx: Context, event: Event) -> None:
    """Give the event its canonical name and its key (unique per event in the article)."""
    noun = _NOUN_OF.get(event.label, lemma(event.trigger))
    if event.destinations:
        dest = event.destinations[0][0]
        place = ctx.name(dest)
        event.name = f"{noun} {_to(dest, place)} {place}"
        event.key = f"{event.label}|{fold(place)}"
    else:
        names = sorted({ctx.name(span) for span, _, _ in event.parties})
        event.name = f"{noun} {' – '.join(names)}"
        event.key = f"{event.label}|{'|'.join(fold(n) for n in names)}"


def anchor(doc: Doc, event: Event) -> tuple[int, int]:
    """Token range of the event mention: the trigger, up to its destination when it follows."""
    end = event.trigger.i + 1
    if event.destinations:
        place = event.destinations[0][0]
        if place.start > event.trigger.i and place.end <= event.clause.end:
            end = place.end
    return event.trigger.i, end


def _clause_status(ctx: Context, clause: Span) -> str | None:
    """`status_from_text` of the clause, reading the tenses only when no cue says it."""
    status = cue_status(span_text(clause))
    if status is not None:
        return status
    words = ctx.words(clause)  # the doc's tokens made once, not new ones per clause
    if is_future(words):
        return "planned"
    return "done" if is_past(words) else None


def _fit_status(label: str, status: str | None) -> str | None:
    """A deal told in the past was signed ("ont noué un partenariat"); a trip whose clause
    also tells a signature ("En déplacement à X, P a signé") was made, not signed."""
    if label in _DEALS and status == "done":
        return "signed"
    if label in _TRIPS and status == "signed":
        return "done"
    return status


def emit(ctx: Context, event: Event, *, span_range: tuple[int, int] | None = None) -> Span:
    """Add the event as an entity span and write all its edges, with its status."""
    doc = ctx.doc
    start, end = span_range or anchor(doc, event)
    clause = event.clause
    status = ctx.statuses.get((clause.start, clause.end), "")
    if status == "":  # events of one clause share its status: read it once
        status = _clause_status(ctx, clause)
        ctx.statuses[(clause.start, clause.end)] = status
    status = _fit_status(event.label, status)
    span = add_entity(
        doc, start, end, event.label, name=event.name, key=event.key, status=status, rule="event"
    )
    sent = event.clause
    outgoing = (
        ("destination", event.destinations),
        ("origin", event.origins),
        ("party", event.parties),
        ("date", event.dates),
        ("has_sector", event.sectors),
    )
    for rel_type, args in outgoing:
        for obj, rule, conf in args:
            add_relation(
                doc,
                rel_type,
                span,
                obj,
                rule=rule,
                confidence=conf,
                sentence=sent,
                status=status or "",
            )
    for rel_type, args in (("participant", event.participants), ("organiser", event.organisers)):
        for subj, rule, conf in args:
            add_relation(
                doc,
                rel_type,
                subj,
                span,
                rule=rule,
                confidence=conf,
                sentence=sent,
                status=status or "",
            )
    return span
