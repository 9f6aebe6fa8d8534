"""Capital relations: invests_in ("investit dans", "entre au capital de", "lève auprès de")
and acquires ("rachète", "le rachat de Y par X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context, collect_list, lemma
from ecograph.nlp.rel.lexicon import (
    ACQUIRE_NOUNS,
    ACQUIRE_PHRASES,
    ACQUIRE_VERBS,
    INVEST_VERBS,
    ORG_LABELS,
    PLACE_LABELS,
)
from ecograph.nlp.spans import add_relation

_TARGETS = ORG_LABELS | PLACE_LABELS
_FIGURE = frozenset({"Figure"})
_INTO = ("dans", "au", "chez")


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
        # "investir 20 M€ dans son site de Y": else the first place named after the verb.
        places = ctx.entities_in(verb.i + 1, min(verb.i + 16, clause.end), PLACE_LABELS)
        target = target or (places[0] if places else None)
        if target is not None:
            for org in acting_orgs(ctx, verb, clause)[0]:
                _write(ctx, "invests_in", org, target, "invest.verb", clause)
    elif word == "entrer" and ctx.doc[verb.i + 1 : verb.i + 3].text.casefold() == "au capital":
        target = _first_after(ctx, verb.i + 2, clause, ("de", "du", "d'", "d’"), ORG_LABELS)
        if target is not None:
            for org in acting_orgs(ctx, verb, clause)[0]:
                _write(ctx, "invests_in", org, target, "invest.capital", clause)
    elif word in ("lever", "levée") or (
        word == "tour" and ctx.doc[verb.i + 1 : verb.i + 3].text.casefold() == "de table"
    ):
        _funds_raised(ctx, verb, clause)
    elif word == "participation" and (at := _first_after(ctx, verb.i, clause, _INTO, ORG_LABELS)):
        # "X prend une participation dans Y", "la prise de participation de X au capital de Y"
        for org in acting_orgs(ctx, verb, clause)[0]:
            _write(ctx, "invests_in", org, at, "invest.stake", clause)


def _led_by(token: Token) -> bool:
    return token.lower_ in ("menée", "mené", "conduite", "conduit") and token.nbor().lower_ == "par"


def _funds_raised(ctx: Context, verb: Token, clause: Span) -> None:
    """ "X a levé 3 M€ auprès de Y et de Z": the money goes from Y and Z into X."""
    # "auprès de Y", or a round "menée par Y" (its lead investor).
    window = ctx.doc[verb.i : min(verb.i + 16, clause.end - 1)]
    at = next((t.i for t in window if t.lower_ == "auprès" or _led_by(t)), None)
    if at is None:
        return
    start = at + (2 if _led_by(ctx.doc[at]) else 1)
    investors = [s for s, _ in collect_list(ctx, start, clause.end, ORG_LABELS)]
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
    if word == "offrir" and not (token.i > 0 and token.doc[token.i - 1].lower_ in ("s'", "s’")):
        return  # only "X s'offre Y" is a takeover
    if word in ("prendre", "mettre"):
        _phrase_takeover(ctx, token, clause)
    elif word in ACQUIRE_VERBS and token.pos_ == "VERB":
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


def _phrase_takeover(ctx: Context, verb: Token, clause: Span) -> None:
    """ "X prend le contrôle de Y", "X met la main sur Y"."""
    after = ctx.doc[verb.i + 1 : min(verb.i + 8, clause.end)].text.casefold()
    cue = next((c for c in ACQUIRE_PHRASES if after.startswith(c)), None)
    if cue is None:
        return
    target = ctx.entity_after(verb.i + 1 + len(cue.split()), clause.end, ORG_LABELS)
    if target is not None:
        for org in acting_orgs(ctx, verb, clause)[0]:
            _write(ctx, "acquires", org, target, "acquire.control", clause)


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
