"""holds_role told by a verb: "P dirige X", "P préside X", "P est à la tête de X"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import founders
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.spans import add_relation

_PERSON = frozenset({"Person"})
# The office a verb of leading implies (the role attribute of the relation).
_LEAD_VERBS = {"diriger": "dirigeant", "présider": "président", "fonder": "fondateur"}
_OF = ("de", "du", "des", "d'", "d’")
_WORDS = frozenset({"tête"})  # "à la tête de X"
# "X, que dirige P": read on the lower form (the model tags the verb as a name there).
_INVERTED = {"dirige": "dirigeant", "dirigent": "dirigeant", "préside": "président"}
_WORDS |= _INVERTED.keys()


def _leader(ctx: Context, verb: Token) -> Span | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and ctx.lowers[subject.i] == "qui" and subject.i > 1:
        # "P, qui dirige X depuis 2019": the person before the relative.
        before = subject.i - 1 - (ctx.lowers[subject.i - 1] == ",")
        return ctx.entity_at(before, _PERSON)
    return ctx.entity_at(subject.i, _PERSON) if subject is not None else None


def _led_before(ctx: Context, verb: Token, clause: Span) -> tuple[Span, Span] | None:
    """ "X, que dirige P depuis 2019": the organisation before "que", the person after."""
    i = verb.i
    if i - 3 < clause.start or ctx.lowers[i - 1] not in ("que", "qu'", "qu’"):
        return None
    if ctx.lowers[i - 2] != ",":
        return None
    org = ctx.entity_at(i - 3, ORG_LABELS)
    person = ctx.entity_after(i + 1, min(i + 3, clause.end), _PERSON)
    return (org, person) if org is not None and person is not None else None


def _at_the_head(ctx: Context, token: Token, clause: Span) -> tuple[Token, Span] | None:
    """ "à la tête de X": the verb the phrase hangs on, and X."""
    doc = ctx.doc
    if token.lower_ != "tête" or token.i < 2 or doc[token.i - 2].lower_ not in ("à", "a"):
        return None
    if token.i + 1 >= clause.end or doc[token.i + 1].lower_ not in _OF:
        return None
    org = ctx.entity_after(token.i + 2, clause.end, ORG_LABELS)
    return (token.head, org) if org is not None else None


def extract(ctx: Context, clause: Span) -> None:
    """Write holds_role for a named person leading a named organisation."""
    founders.extract(ctx, clause)  # "X, fondée en 2015 par P"
    for token in ctx.candidates(clause, _LEAD_VERBS, words=_WORDS):
        role = _LEAD_VERBS.get(ctx.lemmas[token.i]) if token.pos_ == "VERB" else None
        org: Span | None = None
        verb = token
        person: Span | None = None
        inverted = _led_before(ctx, token, clause) if ctx.lowers[token.i] in _INVERTED else None
        role = _INVERTED[ctx.lowers[token.i]] if inverted is not None else role
        if inverted is not None:
            org, person = inverted
        elif role is not None:
            org = ctx.entity_after(token.i + 1, clause.end, ORG_LABELS)
        elif (found := _at_the_head(ctx, token, clause)) is not None:
            (verb, org), role = found, "dirigeant"
        if person is None:
            person = _leader(ctx, verb) if org is not None else None
        if person is None or org is None or role is None:
            continue
        add_relation(
            ctx.doc,
            "holds_role",
            person,
            org,
            rule="role.lead_verb",
            confidence=0.6,
            sentence=clause,
            role=role,
        )
