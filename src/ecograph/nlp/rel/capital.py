"""Capital relations: invests_in ("investit dans", "entre au capital de", "lève auprès de")
and acquires ("rachète", "le rachat de Y par X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import acquisitions
from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import resolve_org, topic_place
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.finders import first_after, write
from ecograph.nlp.rel.lexicon import (
    ACQUIRE_NOUNS,
    ACQUIRE_VERBS,
    INVEST_VERBS,
    ORG_LABELS,
    PLACE_LABELS,
)
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.spans import add_relation

# Every lemma `_investments` and `acquisitions.extract_at` act on.
_TRIGGERS = (
    INVEST_VERBS
    | ACQUIRE_VERBS
    | ACQUIRE_NOUNS
    | {"entrer", "lever", "levée", "tour", "participation", "offrir", "prendre", "mettre"}
    | {"soutien", "appui"}
)
# "avec le soutien de X, qui a apporté une subvention de N": X funds the clause's subject.
_GIVE_VERBS = frozenset({"apporter", "accorder", "verser", "octroyer", "allouer", "consentir"})
_AID_NOUNS = frozenset({"subvention", "prêt", "aide", "avance", "financement", "dotation"})
_NEW_SITE = frozenset({"un", "une", "nouveau", "nouvel", "nouvelle"})

_TARGETS = ORG_LABELS | PLACE_LABELS
_FIGURE = frozenset({"Figure"})
_INTO = ("dans", "au", "chez")


def _investments(ctx: Context, verb: Token, clause: Span) -> None:
    word = ctx.lemmas[verb.i]
    if word in INVEST_VERBS:
        cues = ("dans", "en", "à", "au", "chez")
        # "investir 12 M€ dans une usine de pièces pour moteurs à X": the place may come late.
        target = first_after(ctx, verb.i, clause, cues, _TARGETS, reach=16)
        # "investir 20 M€ dans son site de Y": else the first place named after the verb.
        places = ctx.entities_in(verb.i + 1, min(verb.i + 16, clause.end), PLACE_LABELS)
        target = target or (places[0] if places else None)
        investors = acting_orgs(ctx, verb, clause)[0]
        rule = "invest.verb"
        if target is None:
            target, rule = _unnamed_target(ctx, verb, clause, investors)
        if target is not None:
            for org in investors:
                write(ctx, "invests_in", org, target, rule, clause)
    elif word == "entrer" and ctx.doc[verb.i + 1 : verb.i + 3].text.casefold() == "au capital":
        target = first_after(ctx, verb.i + 2, clause, ("de", "du", "d'", "d’"), ORG_LABELS)
        if target is not None:
            for org in acting_orgs(ctx, verb, clause)[0]:
                write(ctx, "invests_in", org, target, "invest.capital", clause)
    elif word in ("lever", "levée") or (
        word == "tour" and ctx.doc[verb.i + 1 : verb.i + 3].text.casefold() == "de table"
    ):
        _funds_raised(ctx, verb, clause)
    elif word in ("soutien", "appui") and token_is_noun(verb):
        _support(ctx, verb, clause)
    elif word == "participation" and (at := first_after(ctx, verb.i, clause, _INTO, ORG_LABELS)):
        # "X prend une participation dans Y", "la prise de participation de X au capital de Y"
        for org in acting_orgs(ctx, verb, clause)[0]:
            write(ctx, "invests_in", org, at, "invest.stake", clause)


def _unnamed_target(
    ctx: Context, verb: Token, clause: Span, investors: list[Span]
) -> tuple[Span | None, str]:
    """Where the money goes when no name follows: "dans l'entreprise" (the company meant),
    "y investira" or "dans un entrepôt" (the place just set up in)."""
    window = range(verb.i + 1, min(verb.i + 12, clause.end - 2))
    into = next((j for j in window if ctx.lowers[j] == "dans"), None)
    if into is not None:
        for j in range(into + 1, into + 3):
            company = resolve_org(ctx, ctx.tokens[j], exclude=investors[0] if investors else None)
            if company is not None and company not in investors:
                return company, "invest.anaphor"
    clitic = verb.i - 1 if ctx.lowers[verb.i - 1] == "y" else verb.i - 2
    site = into is not None and ctx.lowers[into + 1] in _NEW_SITE
    if ctx.lowers[clitic] == "y" or site:
        # "y" always points back; "dans une usine" only to a place just set up in.
        return topic_place(ctx, verb.i, strict=ctx.lowers[clitic] != "y"), "invest.place"
    return None, ""


def _support(ctx: Context, token: Token, clause: Span) -> None:
    """ "X a investi ..., avec le soutien de Y, qui a apporté une subvention de N"."""
    backer = first_after(ctx, token.i, clause, ("de", "du", "d'", "d’"), ORG_LABELS, reach=4)
    if backer is None or backer.end + 2 >= clause.end or ctx.lowers[backer.end + 1] != "qui":
        return
    after = range(backer.end + 2, min(backer.end + 8, clause.end))
    gives = any(ctx.lemmas[j] in _GIVE_VERBS for j in after)
    if not gives or not any(ctx.lemmas[j] in _AID_NOUNS for j in after):
        return
    for org in acting_orgs(ctx, token.head, clause)[0]:
        write(ctx, "invests_in", backer, org, "invest.support", clause)


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
            write(ctx, "invests_in", investor, org, "invest.raise", clause)
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


def token_is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "")


def extract(ctx: Context, clause: Span) -> None:
    """Write invests_in and acquires for the clause."""
    for token in ctx.candidates(clause, _TRIGGERS):
        _investments(ctx, token, clause)
        acquisitions.extract_at(ctx, token, clause)
