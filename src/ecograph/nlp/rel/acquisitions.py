"""acquires: "X rachète Y", "Y a été repris par X", "le rachat de Y par X", "X s'offre Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.finders import first_after, write
from ecograph.nlp.rel.lexicon import ACQUIRE_NOUNS, ACQUIRE_PHRASES, ACQUIRE_VERBS, ORG_LABELS

_DATE = frozenset({"Date"})


def extract_at(ctx: Context, token: Token, clause: Span) -> None:
    """Write acquires when `token` is a takeover verb, noun or phrase."""
    word = ctx.lemmas[token.i]
    if word == "offrir" and not (token.i > 0 and token.doc[token.i - 1].lower_ in ("s'", "s’")):
        return  # only "X s'offre Y" is a takeover
    if word in ("prendre", "mettre"):
        _phrase_takeover(ctx, token, clause)
    elif word in ACQUIRE_VERBS and token.pos_ == "VERB":
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        other = first_after(ctx, token.i - 1, clause, ("par",) if passive else (), ORG_LABELS)
        target = None if passive else _direct_object(ctx, token, clause)
        for org in acting_orgs(ctx, token, clause)[0]:
            if passive and other is not None:
                write(ctx, "acquires", other, org, "acquire.passive", clause)
            elif target is not None:
                write(ctx, "acquires", org, target, "acquire.verb", clause)
    elif word in ACQUIRE_NOUNS:
        target = first_after(ctx, token.i, clause, ("de", "du", "d'", "d’"), ORG_LABELS, reach=4)
        buyer = first_after(ctx, token.i, clause, ("par",), ORG_LABELS)
        if target is not None and buyer is not None:
            write(ctx, "acquires", buyer, target, "acquire.noun", clause)


def _phrase_takeover(ctx: Context, verb: Token, clause: Span) -> None:
    """ "X prend le contrôle de Y", "X met la main sur Y"."""
    after = ctx.doc[verb.i + 1 : min(verb.i + 8, clause.end)].text.casefold()
    cue = next((c for c in ACQUIRE_PHRASES if after.startswith(c)), None)
    if cue is None:
        return
    target = ctx.entity_after(verb.i + 1 + len(cue.split()), clause.end, ORG_LABELS)
    if target is not None:
        for org in acting_orgs(ctx, verb, clause)[0]:
            write(ctx, "acquires", org, target, "acquire.control", clause)


def _direct_object(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """The organisation right after the verb (past determiners): "rachète la société X"."""
    for j in range(verb.i + 1, min(verb.i + 9, clause.end)):
        span = ctx.entity_at(j, ORG_LABELS)
        if span is not None:
            return span
        if ctx.entity_at(j, frozenset({"Date"})) is not None or ctx.doc[j].lower_ in (
            "an",
            "dernier",
        ):
            continue  # "a racheté l'an dernier la société X"
        if ctx.doc[j].lower_ == "par" and ctx.doc[j + 1].lower_ == "ailleurs":
            continue  # "rachète par ailleurs son concurrent X"
        if ctx.doc[j].pos_ in ("VERB", "ADP") or ctx.doc[j].text in ",.":
            return None
    return None
