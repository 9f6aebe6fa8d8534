"""Shareholders and control: "X devient actionnaire de Y", "X, actionnaire majoritaire de Y",
"Y passe sous le contrôle de X".

A shareholder invests in the company (invests_in); a majority shareholder, or one that
takes control, acquires it (acquires).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.finders import write
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.modality import hedged

SHAREHOLDER = frozenset({"actionnaire", "actionnaires"})
_BECOME = frozenset({"devenir", "être", "rester", "demeurer"})
_OF = frozenset({"de", "du", "d'", "d’"})
# "passe sous le contrôle de X": the subject is taken over.
_UNDER = ["sous", "le", "contrôle"]


def _held(ctx: Context, i: int, clause: Span) -> tuple[Span | None, bool]:
    """The company after "actionnaire [majoritaire|minoritaire|de référence] de", and whether
    the holding is a majority one."""
    j, majority = i + 1, False
    while j < clause.end - 1 and ctx.lowers[j] not in _OF:
        if ctx.tokens[j].pos_ not in ("ADJ", "ADV") or j > i + 3:
            return None, False
        majority = majority or ctx.lowers[j] == "majoritaire"
        j += 1
    if j >= clause.end - 1:
        return None, False
    if ctx.lowers[j + 1] == "référence" and j + 3 < clause.end:
        j += 2  # "actionnaire de référence de Y"
    return ctx.entity_after(j + 1, min(j + 5, clause.end), ORG_LABELS), majority


def _holders(ctx: Context, noun: Token, clause: Span) -> list[Span]:
    """ "X devient actionnaire", "X, actionnaire de Y,": who holds the shares."""
    j = noun.i - 1
    while j > clause.start and ctx.lowers[j] in ("l'", "l’", "le", "un", "son", "premier"):
        j -= 1
    if ctx.lemmas[j] in _BECOME and ctx.tokens[j].pos_ in ("VERB", "AUX"):
        return acting_orgs(ctx, ctx.tokens[j], clause)[0]
    if ctx.lowers[j] == "," and j > clause.start:
        named = ctx.entity_at(j - 1, ORG_LABELS)
        return [named] if named is not None else []
    return []


def extract_at(ctx: Context, token: Token, clause: Span) -> None:
    """Write the holding or takeover told at `token` ("actionnaire", "passe sous le contrôle")."""
    i = token.i
    if ctx.lowers[i] in SHAREHOLDER:
        target, majority = _held(ctx, i, clause)
        if target is None:
            return
        holders = _holders(ctx, token, clause)
        if holders and not hedged(ctx, i, clause):
            kind, rule = ("acquires", "acquire.majority") if majority else ("invests_in", "")
            for holder in holders:
                write(ctx, kind, holder, target, rule or "invest.shareholder", clause)
    elif ctx.lemmas[i] == "passer" and ctx.lowers[i + 1 : i + 4] == _UNDER:
        if i + 5 >= clause.end or ctx.lowers[i + 4] not in _OF or hedged(ctx, i, clause):
            return
        buyer = ctx.entity_after(i + 5, min(i + 9, clause.end), ORG_LABELS)
        if buyer is None:
            return
        for taken in acting_orgs(ctx, token, clause)[0]:
            write(ctx, "acquires", buyer, taken, "acquire.under_control", clause)
