"""Capital relations: invests_in ("investit dans", "entre au capital de", "lève auprès de")
and acquires ("rachète", "le rachat de Y par X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import acquisitions, aid, funding, holdings, stakes
from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import resolve_org, topic_place
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.finders import first_after, same_org, write
from ecograph.nlp.rel.lexicon import (
    ACQUIRE_NOUNS,
    ACQUIRE_VERBS,
    INVEST_VERBS,
    ORG_LABELS,
    PLACE_LABELS,
)
from ecograph.nlp.rel.modality import hedged
from ecograph.nlp.spans import add_relation

# Every lemma `_investments` and `acquisitions.extract_at` act on.
_TRIGGERS = (
    INVEST_VERBS
    | ACQUIRE_VERBS
    | ACQUIRE_NOUNS
    | {"entrer", "lever", "levée", "tour", "participation", "offrir", "prendre", "mettre"}
    | {"soutien", "appui", "injecte", "détenir", "tour", "mise"}
    | funding.GIVE_VERBS
    | aid.AID_NOUNS
    | {"passer"}
)
_WORDS = funding.RAISE_WORDS | aid.FINANCED | holdings.SHAREHOLDER
# "avec le soutien de X, qui a apporté une subvention de N": X funds the clause's subject.
_GIVE_VERBS = frozenset({"apporter", "accorder", "verser", "octroyer", "allouer", "consentir"})
_AID_NOUNS = frozenset({"subvention", "prêt", "aide", "avance", "financement", "dotation"})
_NEW_SITE = frozenset({"un", "une", "nouveau", "nouvel", "nouvelle"})

_TARGETS = ORG_LABELS | PLACE_LABELS
_INTO = ("dans", "au", "chez")


def _investments(ctx: Context, verb: Token, clause: Span) -> None:
    word = ctx.lemmas[verb.i]
    if word not in _TRIGGERS and ctx.lowers[verb.i] not in _WORDS:
        return
    if word == "injecte" or (word == "mise" and ctx.lowers[verb.i + 1 : verb.i + 2] == ["de"]):
        # "le fonds X injecte N" (the model may read the verb as a noun), "une mise de N
        # dans un nouvel atelier à Y": money put in, like "investir".
        word = "injecter"
    if hedged(ctx, verb.i, clause):
        return  # "ne prendra pas de participation", "pourraient entrer au capital"
    if funding.round_at(ctx, verb, clause):
        return
    if word in aid.AID_NOUNS:
        aid.aid_at(ctx, verb, clause)
    elif ctx.lowers[verb.i] in aid.FINANCED:
        aid.financed_at(ctx, verb, clause)
    elif word in INVEST_VERBS:
        cues = ("dans", "en", "à", "au", "chez")
        # "investir 12 M€ dans une usine de pièces pour moteurs à X": the place may come late.
        target = first_after(ctx, verb.i, clause, cues, _TARGETS, reach=20)
        # "investir 20 M€ dans son site de Y": else the first place named after the verb.
        places = ctx.entities_in(verb.i + 1, min(verb.i + 20, clause.end), PLACE_LABELS)
        # "20 millions de dollars canadiens": a currency's adjective is no place money goes to.
        places = [p for p in places if not _currency_adjective(ctx, p)]
        target = None if target is not None and _currency_adjective(ctx, target) else target
        target = target or (places[0] if places else None)
        investors = acting_orgs(ctx, verb, clause)[0]
        rule = "invest.verb"
        if target is None:
            target, rule = _unnamed_target(ctx, verb, clause, investors)
        if target is not None:
            for org in investors:
                write(ctx, "invests_in", org, target, rule, clause)
            if target.label_ in ORG_LABELS:
                _money_into(ctx, verb, target, clause)  # "injecte N dans X": measures X
        else:
            stakes.stake(ctx, verb, clause, named=None)  # "Y a injecté N" in a round
    elif word == "entrer" and ctx.lowers[verb.i + 1 : verb.i + 3] == ["au", "capital"]:
        target = _capital_of(ctx, verb.i + 2, clause)
        if target is not None:
            for org in acting_orgs(ctx, verb, clause)[0]:
                write(ctx, "invests_in", org, target, "invest.capital", clause)
        else:
            stakes.stake(ctx, verb, clause, named=None)  # "Y, entré au capital en 2021"
    elif word in ("soutien", "appui") and token_is_noun(verb):
        _support(ctx, verb, clause)
    elif word == "participation" and verb.pos_ == "NOUN":
        # "X prend une participation dans Y", "détenait une participation de 20 % au capital
        # de la manufacture", "prennent chacun une participation minoritaire"
        at = first_after(ctx, verb.i, clause, _INTO, ORG_LABELS) or _capital_of(ctx, verb.i, clause)
        if at is not None:
            for org in acting_orgs(ctx, verb, clause)[0]:
                write(ctx, "invests_in", org, at, "invest.stake", clause)
        stakes.stake(ctx, verb, clause, named=at)
    elif word in funding.GIVE_VERBS and verb.pos_ == "VERB":
        stakes.stake(ctx, verb, clause, named=None)  # "Y remet N au pot"


def _money_into(ctx: Context, verb: Token, target: Span, clause: Span) -> None:
    """ "Y injecte N dans X": the sum measures the company that receives it."""
    for amount in ctx.entities_in(verb.i + 1, target.start, _FIGURE):
        if funding.is_money(amount):
            add_relation(
                ctx.doc,
                "measure",
                amount,
                target,
                rule="measure.invested_in",
                confidence=0.6,
                sentence=clause,
            )


_FIGURE = frozenset({"Figure"})
_CURRENCIES = frozenset({"dollars", "francs", "livres", "couronnes", "yens", "pesos", "dinars"})


def _currency_adjective(ctx: Context, place: Span) -> bool:
    """ "dollars canadiens", "francs suisses": the place word qualifies a currency."""
    return place.start > 0 and ctx.lowers[place.start - 1] in _CURRENCIES


def _capital_of(ctx: Context, i: int, clause: Span) -> Span | None:
    """The company after "capital de" from token `i`: named, or meant ("de la manufacture")."""
    window = range(i, min(i + 8, clause.end - 2))
    at = next((j for j in window if ctx.lowers[j] == "capital"), None)
    if at is None or ctx.lowers[at + 1] not in ("de", "du", "d'", "d’"):
        return None
    named = ctx.entity_after(at + 2, clause.end, ORG_LABELS)
    if named is not None:
        return named
    k = at + 2 + (ctx.lowers[at + 2] in ("la", "l'", "l’"))
    investors = acting_orgs(ctx, ctx.tokens[i], clause)[0]
    meant = resolve_org(ctx, ctx.tokens[k], exclude=investors[0] if investors else None)
    if meant is None or any(same_org(ctx, meant, s) for s in investors):
        return None
    return meant


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
    if ctx.lowers[clitic] == "y":
        # "conserve le site de X et promet d'y investir": a town named before in the clause.
        named = ctx.entities_in(clause.start, clitic, PLACE_LABELS)
        named = [p for p in named if not ctx.tokens[p.start].is_lower]
        if named:
            return named[-1], "invest.place"
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


def token_is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "")


def extract(ctx: Context, clause: Span) -> None:
    """Write invests_in and acquires for the clause."""
    for token in ctx.candidates(clause, _TRIGGERS, words=_WORDS):
        if ctx.lemmas[token.i] not in _TRIGGERS and ctx.lowers[token.i] not in _WORDS:
            continue  # most words of a clause with a trigger are none
        _investments(ctx, token, clause)
        acquisitions.extract_at(ctx, token, clause)
        holdings.extract_at(ctx, token, clause)
