"""Partnerships told by a verb: "X s'associe à Y", "X coopère avec Y", "X s'allie avec Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.events import Event, name_event
from ecograph.nlp.rel.first_person import we_subject
from ecograph.nlp.rel.lexicon import ACTOR_LABELS, ORG_LABELS
from ecograph.nlp.rel.parties import subject_party
from ecograph.nlp.rel.words import lemma

# Reflexive verbs only count with "se" ("associer des salariés" is no deal).
_REFLEXIVE = frozenset({"associer", "allier"})
_PLAIN = frozenset({"coopérer", "collaborer"})
# Towns are twinned: "X est jumelée avec Y", "la commune de X, jumelée avec Y".
_TWIN = "jumeler"
# "X et Y unissent leurs forces": a partnership of the subjects.
_UNITE = "unir"
_VERBS = _REFLEXIVE | _PLAIN | {_TWIN, _UNITE}
_THOSE = frozenset({"celles", "celle", "ceux", "celui"})
_OF = frozenset({"de", "du", "d'", "d’"})
_WITH = frozenset({"avec", "à", "au", "aux"})


def _is_deal_verb(verb: Token) -> bool:
    word = lemma(verb)
    if verb.pos_ != "VERB":
        return False
    if word in _REFLEXIVE:
        return verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("s'", "s’", "se")
    return word in _PLAIN


def _other_side(
    ctx: Context, verb: Token, clause: Span, labels: frozenset[str] = ORG_LABELS
) -> Span | None:
    """The organisation (or town, for a twinning) right after "avec"/"à" after the verb."""
    i = verb.i + 1
    while i < clause.end and (skip := ctx.time_words(i, clause.end)):
        i += skip  # "sera jumelée l'an prochain avec Y"
    for j in range(i, min(i + 4, clause.end - 1)):
        if ctx.lowers[j] in _WITH:
            k = j + 1
            if k + 1 < clause.end and ctx.lowers[k] in _THOSE and ctx.lowers[k + 1] in _OF:
                k += 2  # "unit ses forces à celles de Y"
            return ctx.entity_after(k, clause.end, labels)
    return None


def _event(ctx: Context, verb: Token, clause: Span, sides: list[Span], rule: str) -> Event:
    event = Event("Partnership", verb, clause)
    event.parties = [(s, rule, 0.65) for s in sides]
    name_event(ctx, event)
    return event


def _twinned(ctx: Context, verb: Token, clause: Span) -> list[Span]:
    """The two towns of "X est jumelée avec Y" or "la commune de X, jumelée avec Y"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None and verb.dep_ in ("acl", "amod"):
        subject = verb.head
    town = ctx.entity_at(subject.i, ACTOR_LABELS) if subject is not None else None
    if town is None and subject is not None:
        named = (ctx.entity_at(c.i, ACTOR_LABELS) for c in subject.children)
        town = next((t for t in named if t is not None), None)  # "la ville de X, jumelée"
    other = _other_side(ctx, verb, clause, ACTOR_LABELS)
    if town is None or other is None or ctx.name(town) == ctx.name(other):
        return []
    return [town, other]


def _forces_joined(ctx: Context, verb: Token, clause: Span) -> list[Span]:
    """ "X et Y unissent leurs forces", "X unit ses forces à celles de Y": the sides."""
    force = next((c for c in verb.children if ctx.lemmas[c.i] == "force"), None)
    if force is None:
        return []
    other = _other_side(ctx, verb, clause)
    sides = subject_party(ctx, force, clause) + ([other] if other is not None else [])
    return sides if len({ctx.name(s) for s in sides}) >= 2 else []


def find_verb_deals(ctx: Context, clause: Span) -> list[Event]:
    """Partnerships whose two sides are the verb's subject and its "avec" object."""
    found = []
    for verb in ctx.candidates(clause, _VERBS):
        word = ctx.lemmas[verb.i]
        if word == _TWIN and (towns := _twinned(ctx, verb, clause)):
            found.append(_event(ctx, verb, clause, towns, "partnership.twinned"))
        elif word == _UNITE and (sides := _forces_joined(ctx, verb, clause)):
            found.append(_event(ctx, verb, clause, sides, "partnership.forces"))
        if not _is_deal_verb(verb):
            continue
        subjects, how = acting_orgs(ctx, verb, clause)
        if how != "subject" and (we := we_subject(ctx, verb)) is not None:
            subjects, how = [we], "subject"  # "Nous nous associons à Y"
        other = _other_side(ctx, verb, clause)
        if how != "subject" or other is None:
            continue
        event = Event("Partnership", verb, clause)
        sides = [s for s in subjects if s != other] + [other]
        event.parties = [(s, "partnership.verb", 0.65) for s in sides]
        if len(sides) >= 2:
            name_event(ctx, event)
            found.append(event)
    return found
