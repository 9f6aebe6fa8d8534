"""participant from a verb: "X participe à la mission", "dix sociétés y participeront, dont X"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context, find_token, lemma
from ecograph.nlp.rel.event_rules import EventLog
from ecograph.nlp.rel.lexicon import EVENT_TRIGGERS, ORG_LABELS
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.spans import add_relation

_PERSON_OR_ORG = ORG_LABELS | frozenset({"Person"})
_VERBS = frozenset({"participer"})


def _target(verb: Token, log: EventLog) -> Span | None:
    """The event joined: "à la mission" (its trigger) or "y" (the last mission before)."""
    doc = verb.doc
    for i in range(verb.i + 1, min(verb.i + 9, len(doc))):
        if EVENT_TRIGGERS.get(lemma(doc[i])) in ("Mission", "Visit"):
            return next((s for s in log.written if s.start <= i < s.end), None)
    if any(c.lower_ == "y" for c in verb.children) or (
        verb.i > 0 and doc[verb.i - 1].lower_ == "y"
    ):
        return log.latest_before(verb.i, "Mission")
    return None


def _joiners(ctx: Context, verb: Token, clause: Span) -> list[Span]:
    """Who takes part: a named subject, or the names after "dont" ("dix sociétés, dont X")."""
    subjects, how = acting_orgs(ctx, verb, clause)
    found = subjects if how in ("subject", "generic_noun_list") else []
    dont = find_token(clause, "dont")
    if dont is not None:
        found += [s for s, _ in collect_list(ctx, dont.i + 1, clause.end, _PERSON_OR_ORG)]
    return found


def extract(ctx: Context, clause: Span, log: EventLog) -> None:
    """Write a participant relation for each organisation joining a known event."""
    for verb in clause:
        if lemma(verb) not in _VERBS:
            continue
        event = _target(verb, log)
        if event is None:
            continue
        for who in _joiners(ctx, verb, clause):
            add_relation(
                ctx.doc,
                "participant",
                who,
                event,
                rule="participant.verb",
                confidence=0.65,
                sentence=clause,
            )
