"""The sides of a takeover named by their part: "le repreneur", "l'acquéreur", "la cible",
and the price of the deal ("pour un montant de N", "le montant de la transaction s'élève
à N"), which measures the company taken over."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.context import Context
from ecograph.nlp.spans import relations

# "le repreneur, qui a réalisé N", "la cible": the buyer and the target of the last takeover.
BUYER_NOUNS = frozenset({"repreneur", "acquéreur", "acheteur", "racheteur"})
TARGET_NOUNS = frozenset({"cible"})
_DEFINITE = frozenset({"le", "la", "l'", "l’", "du", "de"})
# "pour un montant de N", "le prix de N", "le montant de la transaction s'élève à N".
_PRICE_NOUNS = frozenset({"montant", "prix", "valorisation"})
_DEAL_NOUNS = frozenset({"transaction", "opération", "rachat", "acquisition", "reprise", "cession"})
_FIGURE = frozenset({"Figure"})


def deal_side(ctx: Context, token: Token) -> Span | None:
    """The organisation "le repreneur" (the buyer) or "la cible" (the target) stands for:
    a side of the last acquires relation written before `token`."""
    word = ctx.lemmas[token.i]
    if word not in BUYER_NOUNS and word not in TARGET_NOUNS:
        return None
    if token.i == 0 or ctx.lowers[token.i - 1] not in _DEFINITE:
        return None
    side = "subject" if word in BUYER_NOUNS else "object"
    return _last_deal_side(ctx, token.idx, side)


def _last_deal_side(ctx: Context, before: int, side: str, *, since: int = 0) -> Span | None:
    """A side of the last acquires relation whose sentence starts in [since, before)."""
    found: list[int] | None = None
    for rel in relations(ctx.doc):  # written in text order
        if rel["type"] == "acquires" and since <= rel["sentence"][0] < before:
            found = list(rel[side][:2])
    return ctx.at_offsets(found) if found is not None else None


def deal_price(ctx: Context, figure: Span, clause: Span) -> Span | None:
    """The company taken over whose price `figure` is: "pour un montant de N" in a takeover
    clause, "le montant de la transaction s'élève à N"."""
    start = max(clause.start, figure.start - 8)
    if not any(ctx.lemmas[j] in _PRICE_NOUNS for j in range(start, figure.start)):
        return None
    window = ctx.lowers[start : figure.start]
    lemmas = ctx.lemmas[start : figure.start]
    deal_named = bool(_DEAL_NOUNS.intersection(lemmas)) or "pour" in window
    if not deal_named:
        return None
    # The takeover is told in this clause or the one before.
    since = ctx.parts[max(ctx.clause_of(clause.start) - 1, 0)].start_char
    return _last_deal_side(ctx, clause.end_char + 1, "object", since=since)


def last_buyer(ctx: Context, i: int) -> Span | None:
    """The buyer of the last takeover told before token `i` ("la troisième acquisition du
    groupe": the group that made them)."""
    return _last_deal_side(ctx, ctx.tokens[i].idx, "subject")
