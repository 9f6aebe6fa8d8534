"""Organisers of an event: "à l'initiative de X", "organisée en juin par X", "X organise"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.doctext import span_text
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS, PLACE_LABELS
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.rel.parties import antecedent

_ORGANISE_VERBS = frozenset({"organiser", "conduire", "piloter", "coordonner"})
_ORGANISER_CUES = (
    "à l'initiative de",
    "à l’initiative de",
    "organisée par",
    "organisé par",
    "sous l'égide de",
    "sous l’égide de",
    "pilotée par",
    "piloté par",
)


def organisers(ctx: Context, clause: Span) -> list[Span]:
    """Who organised the event: "à l'initiative de X", "organisée par X"."""
    text = span_text(clause).casefold()
    found = []
    for cue in _ORGANISER_CUES:
        at = text.find(cue)
        if at < 0:
            continue
        after = ctx.doc.char_span(
            clause.start_char + at + len(cue), clause.end_char, alignment_mode="expand"
        )
        if after is not None:
            # "pilotée par l'agence X et le pôle Y": every organisation of the list.
            found += [s for s, _ in collect_list(ctx, after.start, clause.end, ORG_LABELS)]
    return found or _agents(ctx, clause)


def _agents(ctx: Context, clause: Span) -> list[Span]:
    """ "organisée en juin par X": the agent of an organising participle, words apart."""
    for verb in ctx.candidates(clause, _ORGANISE_VERBS):
        if ctx.lemmas[verb.i] not in _ORGANISE_VERBS or verb.pos_ != "VERB":
            continue
        for child in verb.children:
            if child.dep_ == "obl:agent" and (org := ctx.entity_at(child.i, ORG_LABELS)):
                return [org]
    return []


def verb_organisers(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """ "X organise une mission": the subject of "organiser" whose object is the trigger."""
    verb = trigger.head
    if trigger.dep_ != "obj" or ctx.lemmas[verb.i] != "organiser":
        return []
    subjects = [
        ctx.entity_at(c.i, ORG_LABELS) or council_of(ctx, c.i)
        for c in verb.children
        if c.dep_ == "nsubj"
    ]
    found = [s for s in subjects if s is not None]
    if not found:
        # A long name often breaks the parse: take the organisation just before the verb.
        left = antecedent(ctx, verb.i, clause, ORG_LABELS)
        between = list(trigger.doc[left.end : verb.i]) if left is not None else []
        if left is not None and not any(t.pos_ in ("VERB", "AUX") for t in between):
            found = [left]
    return found


def council_of(ctx: Context, i: int) -> Span | None:
    """ "Le Grand Est a organisé une mission": the region named stands for its council, the
    public body of the doc whose name holds it ("Région Grand Est")."""
    place = ctx.entity_at(i, PLACE_LABELS)
    if place is None:
        return None
    name = ctx.name(place)
    bodies = (s for s in ctx.spans if s.label_ == "PublicBody" and s.start != place.start)
    return next((b for b in bodies if ctx.name(b).endswith(f" {name}")), None)
