"""Definite kind nouns standing for a company named before: "L'entreprise, basée à X"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.context import Context, clauses, feats
from ecograph.nlp.rel.lexicon import GENERIC_ORG_NOUNS, ORG_LABELS

# "la société", "l'association": a definite article, not "une société" nor "ces sociétés".
_DEFINITE = frozenset({"le", "la", "l'", "l’"})
_KINDS = GENERIC_ORG_NOUNS | {"association", "coopérative", "structure", "agence"}


def is_anaphor(ctx: Context, token: Token) -> bool:
    """Whether `token` is a bare definite singular kind noun ("la PME", not "la PME X")."""
    if ctx.lemmas[token.i] not in _KINDS or ctx.by_token.get(token.i) is not None:
        return False
    if "Plur" in feats(token, "Number") or token.i == 0:
        return False
    det = token.doc[token.i - 1]
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    named_after = following is not None and ctx.entity_at(following.i, ORG_LABELS) is not None
    return det.lower_ in _DEFINITE and not named_after


def antecedent_org(ctx: Context, token: Token) -> Span | None:
    """The first organisation named in the nearest earlier clause that names one.

    French news opens a sentence with its topic, so the first name of the sentence
    before is what "l'entreprise" goes on about; only two clauses back are read.
    """
    if not is_anaphor(ctx, token):
        return None
    before = [c for c in clauses(ctx.doc) if c.end <= token.i or c.start < token.i < c.end]
    own = before[-1] if before and before[-1].start <= token.i < before[-1].end else None
    if own is not None and ctx.entities_in(own.start, token.i, ORG_LABELS):
        return None  # a name earlier in the same clause: the clause's own rules read it
    earlier = [c for c in before if c.end <= token.i][-2:]
    for clause in reversed(earlier):
        found = ctx.entities_in(clause.start, clause.end, ORG_LABELS)
        if found:
            return found[0]
    return None
