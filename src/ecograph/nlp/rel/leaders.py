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


def _leader(ctx: Context, verb: Token) -> Span | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return ctx.entity_at(subject.i, _PERSON) if subject is not None else None


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
    for token in ctx.candidates(clause, _LEAD_VERBS, words=("tête",)):
        role = _LEAD_VERBS.get(ctx.lemmas[token.i]) if token.pos_ == "VERB" else None
        org: Span | None = None
        verb = token
        if role is not None:
            org = ctx.entity_after(token.i + 1, clause.end, ORG_LABELS)
        elif (found := _at_the_head(ctx, token, clause)) is not None:
            (verb, org), role = found, "dirigeant"
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
