"""acquires: "X rachète Y", "Y a été repris par X", "le rachat de Y par X", "X s'offre Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import resolve_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.finders import first_after, write
from ecograph.nlp.rel.lexicon import ACQUIRE_NOUNS, ACQUIRE_PHRASES, ACQUIRE_VERBS, ORG_LABELS
from ecograph.nlp.rel.modality import hedged
from ecograph.nlp.spans import attrs

_TAKEOVER = ACQUIRE_VERBS | ACQUIRE_NOUNS | {"prendre", "mettre"}
# "X s'offre Y", "X s'est offert Y", "X s'était offert Y": the reflexive before the verb.
_REFLEXIVE = frozenset({"s'", "s’"})
_FIGURE = frozenset({"Figure"})
_AUX = frozenset({"est", "était", "sera", "serait"})


def extract_at(ctx: Context, token: Token, clause: Span) -> None:
    """Write acquires when `token` is a takeover verb, noun or phrase."""
    word = ctx.lemmas[token.i]
    if word not in _TAKEOVER:
        return
    if word == "offrir" and not _reflexive(ctx, token.i):
        return  # only "X s'offre Y" is a takeover
    if hedged(ctx, token.i, clause):
        return  # "ne reprendra pas l'usine X", "a démenti vouloir racheter Y"
    if word in ("prendre", "mettre"):
        _phrase_takeover(ctx, token, clause)
    elif word in ACQUIRE_VERBS and token.pos_ == "VERB":
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        other = first_after(ctx, token.i - 1, clause, ("par",) if passive else (), ORG_LABELS)
        target = None if passive else _direct_object(ctx, token, clause)
        for org in acting_orgs(ctx, token, clause)[0]:
            if passive and other is not None:
                write(ctx, "acquires", other, org, "acquire.passive", clause)
            elif target is not None and _minority(ctx, token.i, target):
                # "rachète 30 % de Y": a minority stake is an investment, not a takeover.
                write(ctx, "invests_in", org, target, "invest.minority_share", clause)
            elif target is not None:
                write(ctx, "acquires", org, target, "acquire.verb", clause)
            elif not passive and (meant := _anaphoric_object(ctx, token, clause, org)):
                write(ctx, "acquires", org, meant, "acquire.anaphor", clause)
    elif word in ACQUIRE_NOUNS:
        target = first_after(ctx, token.i, clause, ("de", "du", "d'", "d’"), ORG_LABELS, reach=4)
        buyer = first_after(ctx, token.i, clause, ("par",), ORG_LABELS)
        if target is not None and buyer is not None:
            write(ctx, "acquires", buyer, target, "acquire.noun", clause)
        elif target is not None and _reported(ctx, token):
            # "X a annoncé l'acquisition de Y": the one announcing buys.
            for org in acting_orgs(ctx, token.head, clause)[0]:
                write(ctx, "acquires", org, target, "acquire.announced", clause)


def _minority(ctx: Context, i: int, target: Span) -> bool:
    """Whether a share under 50 % stands between the verb and the company bought into."""
    for share in ctx.entities_in(i + 1, target.start, _FIGURE):
        value = attrs(share).get("value")
        if "%" in share.text and isinstance(value, int | float) and value < 50:
            return True
    return False


def _reflexive(ctx: Context, i: int) -> bool:
    """ "s'offre", "s'est offert", "s'était offert"."""
    if i > 0 and ctx.lowers[i - 1] in _REFLEXIVE:
        return True
    return i > 1 and ctx.lowers[i - 1] in _AUX and ctx.lowers[i - 2] in _REFLEXIVE


# Verbs that report or complete a takeover named by a noun: "a finalisé le rachat de Y".
_REPORTS = frozenset(
    {"annoncer", "finaliser", "officialiser", "boucler", "conclure", "réaliser", "confirmer"}
    | {"achever", "signer", "mener", "opérer", "dévoiler"}
)


def _reported(ctx: Context, noun: Token) -> bool:
    """Whether the takeover noun is the object of a reporting verb ("a annoncé l'acquisition")."""
    return noun.dep_ == "obj" and noun.head.pos_ == "VERB" and ctx.lemmas[noun.head.i] in _REPORTS


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


def _anaphoric_object(ctx: Context, verb: Token, clause: Span, buyer: Span) -> Span | None:
    """ "X, qui avait racheté l'entreprise roubaisienne": the company the kind noun means."""
    for j in range(verb.i + 1, min(verb.i + 4, clause.end)):
        if ctx.tokens[j].pos_ in ("NOUN", "PROPN"):
            return resolve_org(ctx, ctx.tokens[j], exclude=buyer)
    return None


def _direct_object(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """The organisation right after the verb, past determiners, kind nouns, a date or an
    adverb: "rachète la société X", "a racheté en 2022 la PME X", "rachète par ailleurs X"."""
    return ctx.entity_after(verb.i + 1, clause.end, ORG_LABELS)
