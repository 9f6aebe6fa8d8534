"""Capital relations: invests_in ("investit dans", "entre au capital de", "lève auprès de")
and acquires ("rachète", "le rachat de Y par X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context, collect_list, lemma
from ecograph.nlp.rel.lexicon import (
    ACQUIRE_NOUNS,
    ACQUIRE_VERBS,
    INVEST_VERBS,
    ORG_LABELS,
    PLACE_LABELS,
)
from ecograph.nlp.spans import add_relation

_TARGETS = ORG_LABELS | PLACE_LABELS
_FIGURE = frozenset({"Figure"})


def _first_after(
    ctx: Context,
    i: int,
    clause: Span,
    cues: tuple[str, ...],
    labels: frozenset[str],
    *,
    reach: int = 8,
) -> Span | None:
    """The first entity after one of the words `cues`, within `reach` tokens of `i`."""
    for j in range(i + 1, min(i + reach, clause.end - 1)):
        if ctx.doc[j].lower_ in cues:
            found = ctx.entity_after(j + 1, clause.end, labels)
            if found is not None:
                return found
    return None


def _write(ctx: Context, rel: str, subj: Span, obj: Span, rule: str, clause: Span) -> None:
    if subj != obj:
        add_relation(ctx.doc, rel, subj, obj, rule=rule, confidence=0.7, sentence=clause)


def _investments(ctx: Context, verb: Token, clause: Span) -> None:
    word = lemma(verb)
    if word in INVEST_VERBS:
        cues = ("dans", "en", "à", "au", "chez")
        # "investir 12 M€ dans une usine de pièces pour moteurs à X": the place may come late.
        target = _first_after(ctx, verb.i, clause, cues, _TARGETS, reach=16)
        if target is not None:
            for org in acting_orgs(ctx, verb, clause)[0]:
                _write(ctx, "invests_in", org, target, "invest.verb", clause)
    elif word == "entrer" and ctx.doc[verb.i + 1 : verb.i + 3].text.casefold() == "au capital":
        target = _first_after(ctx, verb.i + 2, clause, ("de", "du", "d'", "d’"), ORG_LABELS)
        if target is not None:
            for org in acting_orgs(ctx, verb, clause)[0]:
                _write(ctx, "invests_in", org, target, "invest.capital", clause)
    elif word in ("lever", "levée"):
        _funds_raised(ctx, verb, clause)


def _funds_raised(ctx: Context, verb: Token, clause: Span) -> None:
    """ "X a levé 3 M€ auprès de Y et de Z": the money goes from Y and Z into X."""
    at = next(
        (t.i for t in ctx.doc[verb.i : min(verb.i + 16, clause.end)] if t.lower_ == "auprès"), None
    )
    if at is None:
        return
    investors = [s for s, _ in collect_list(ctx, at + 1, clause.end, ORG_LABELS)]
    raisers = acting_orgs(ctx, verb, clause)[0]
    for org in raisers:
        for investor in investors:
            _write(ctx, "invests_in", investor, org, "invest.raise", clause)
        for amount in ctx.entities_in(verb.i + 1, at, _FIGURE):
            add_relation(
                ctx.doc,
                "measure",
                amount,
                org,
                rule="measure.funds_raised",
                confidence=0.65,
                sentence=clause,
            )


def _acquisitions(ctx: Context, token: Token, clause: Span) -> None:
    word = lemma(token)
    if word in ACQUIRE_VERBS and token.pos_ == "VERB":
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        other = _first_after(ctx, token.i - 1, clause, ("par",) if passive else (), ORG_LABELS)
        target = None if passive else _direct_object(ctx, token, clause)
        for org in acting_orgs(ctx, token, clause)[0]:
            if passive and other is not None:
                _write(ctx, "acquires", other, org, "acquire.passive", clause)
            elif target is not None:
                _write(ctx, "acquires", org, target, "acquire.verb", clause)
    elif word in ACQUIRE_NOUNS:
        target = _first_after(ctx, token.i, clause, ("de", "du", "d'", "d’"), ORG_LABELS, reach=4)
        buyer = _first_after(ctx, token.i, clause, ("par",), ORG_LABELS)
        if target is not None and buyer is not None:
            _write(ctx, "acquires", buyer, target, "acquire.noun", clause)


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
        if ctx.doc[j].pos_ in ("VERB", "ADP") or ctx.doc[j].text in ",.":
            return None
    return None


def extract(ctx: Context, clause: Span) -> None:
    """Write invests_in and acquires for the clause."""
    for token in clause:
        _investments(ctx, token, clause)
        _acquisitions(ctx, token, clause)
