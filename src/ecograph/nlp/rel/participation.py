"""participant from a verb: "X participe à la mission", "dix sociétés y participeront, dont X"."""

from __future__ import annotations

from itertools import chain

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs, objects_after
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.event_rules import EventLog
from ecograph.nlp.rel.leading import led_trips
from ecograph.nlp.rel.lexicon import EVENT_TRIGGERS, ORG_LABELS
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.rel.modality import denied
from ecograph.nlp.rel.trip_partners import composed_of, set_up_by
from ecograph.nlp.rel.words import find_token, lemma
from ecograph.nlp.spans import add_relation

_PERSON_OR_ORG = ORG_LABELS | frozenset({"Person"})
# "X participe / prend part à la mission", "X accompagnera la délégation",
# "parmi les participants figurent X et Y", "X fera partie de la délégation".
_VERBS = frozenset({"participer", "accompagner", "figurer"})
_PHRASES = {"prendre": "part", "faire": "partie"}
_TRIGGERS = _VERBS | frozenset(_PHRASES)
_EVENTS = ("Mission", "Visit")
# Nouns for the people of a trip: "parmi les participants", "les membres de la délégation".
_POINTERS = frozenset({"participant", "délégué"})


def _target(verb: Token, log: EventLog) -> Span | None:
    """The event joined: "à la mission" (its trigger) or "y" (the last mission before)."""
    doc = verb.doc
    sent = verb.sent
    # "Parmi les participants à la mission figuraient X": the trigger may come first.
    order = [*range(verb.i + 1, min(verb.i + 9, sent.end)), *range(verb.i - 1, sent.start - 1, -1)]
    for i in order:
        if EVENT_TRIGGERS.get(lemma(doc[i])) in _EVENTS:
            written = next((s for s in log.written if s.start <= i < s.end), None)
            # "la mission" told again: the doc's last (or, before any, first) mission.
            return written or log.latest_before(verb.i, "Mission") or _first(log)
    if any(c.lower_ == "y" for c in verb.children) or (
        verb.i > 0 and doc[verb.i - 1].lower_ == "y"
    ):
        return log.latest_before(verb.i, "Mission")
    # "Parmi les participants figurent X et Y": the trip told just before.
    if any(lemma(t) in _POINTERS for t in doc[sent.start : verb.i]):
        return log.latest_trip(verb.i)
    return None


def _first(log: EventLog) -> Span | None:
    return next((s for s in log.written if s.label_ in _EVENTS), None)


def _joins(verb: Token) -> bool:
    """Whether `verb` says taking part: a verb of the list or "prendre part", "faire partie"."""
    word = lemma(verb)
    if word in _PHRASES:
        return any(lemma(t) == _PHRASES[word] for t in verb.doc[verb.i + 1 : verb.i + 3])
    return word in _VERBS and verb.pos_ in ("VERB", "")


def _joiners(ctx: Context, verb: Token, clause: Span) -> list[Span]:
    """Who takes part: a named subject, or the names after "dont" ("dix sociétés, dont X")."""
    if ctx.lemmas[verb.i] == "figurer":
        # "parmi les participants figurent les sociétés X et Y": the names follow the verb.
        return objects_after(ctx, verb.i + 1, clause, _PERSON_OR_ORG)
    subjects, how = acting_orgs(ctx, verb, clause)
    found = subjects if how in ("subject", "generic_noun_list") else []
    if how == "subject" and subjects[0].start < verb.i:
        # "X, Y et Z font partie du voyage": the whole list before the verb.
        listed = collect_list(ctx, subjects[0].start, verb.i, _PERSON_OR_ORG)
        found += [s for s, _ in listed if s not in found]
    # "dix sociétés, dont X", "une quinzaine d'entreprises, parmi lesquelles X et Y".
    cue = find_token(clause, "dont") or find_token(clause, "parmi")
    if cue is not None:
        j = cue.i + 1
        j += ctx.lowers[j] in ("lesquels", "lesquelles", "elles", "eux")
        found += [s for s, _ in collect_list(ctx, j, clause.end, _PERSON_OR_ORG)]
    return found


def extract(ctx: Context, clause: Span, log: EventLog) -> None:
    """Write a participant relation for each organisation joining a known event,
    and for the leader of a trip told before ("La délégation sera conduite par P")."""
    for leader, trip in led_trips(ctx, clause, log):
        add_relation(
            ctx.doc,
            "participant",
            leader,
            trip,
            rule="participant.led_by",
            confidence=0.65,
            sentence=clause,
        )
    for partner, trip in chain(set_up_by(ctx, clause, log), composed_of(ctx, clause, log)):
        add_relation(
            ctx.doc,
            "participant",
            partner,
            trip,
            rule="participant.trip_partner",
            confidence=0.6,
            sentence=clause,
        )
    for verb in ctx.candidates(clause, _TRIGGERS):
        if not _joins(verb):
            continue
        event = _target(verb, log)
        if event is None or denied(ctx, verb.i, clause):
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
