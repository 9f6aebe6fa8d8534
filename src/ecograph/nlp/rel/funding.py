"""Funding rounds: "X lève N grâce à Y", "Le fonds Y mène le tour de table, aux côtés de Z",
"Y prend une participation minoritaire", "Y, entré au capital en 2021", "Y remet N au pot".

The money goes from the investors into the company that raises it; the amount measures
that company. A round is often told over two sentences ("X lève N. Le fonds Y mène le
tour de table"): the investors of the second one fund the raiser of the first.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.discourse import topics
from ecograph.nlp.rel.finders import same_org
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.spans import add_relation, attrs

_FIGURE = frozenset({"Figure"})
# Forms of "lever" and the round nouns that say a company raises money.
RAISE_WORDS = frozenset(
    {"lève", "lèvent", "levé", "levée", "levés", "lever", "lèvera", "lèveront", "levait"}
)
_RAISE_CUES = RAISE_WORDS | {"tour"}
_CLOSE_ROUND = frozenset({"boucler", "finaliser", "réaliser", "clore", "clôturer", "conclure"})
_LEAD_ROUND = frozenset({"mener", "conduire", "piloter", "emmener", "diriger"})
# "X lève N grâce au fonds Y", "auprès de Y", "avec Y", "menée par Y": the investors follow.
_INVESTOR_CUES = frozenset({"auprès", "grâce", "menée", "mené", "conduite", "pilotée", "avec"})
# "Y remet N au pot", "Y apporte N", "Y met N": a share of a round told just before.
GIVE_VERBS = frozenset({"remettre", "apporter", "mettre", "verser", "souscrire", "investir"})
GIVE_VERBS |= frozenset({"injecter", "engager", "miser"})


def is_money(span: Span) -> bool:
    """A sum of money: its unit is a currency code (EUR, USD, CHF, CAD...)."""
    unit = str(attrs(span).get("unit") or "")
    if not unit:  # a mention with no unit read: its words tell
        return any(w in span.text.casefold() for w in ("euro", "€", "dollar", "franc", "livre"))
    return len(unit) == 3 and unit.isupper()


def _round_noun(ctx: Context, i: int) -> bool:
    """ "tour de table" at token `i`."""
    return ctx.lowers[i] == "tour" and ctx.lowers[i + 1 : i + 3] == ["de", "table"]


def raises(ctx: Context, i: int, clause: Span) -> bool:
    """Whether token `i` says the clause's company raises money ("lève", "a bouclé un tour
    de table"), not that an investor leads the round ("mène le tour de table")."""
    if ctx.lowers[i] in RAISE_WORDS:
        return True
    if not _round_noun(ctx, i):
        return False
    verbs = [j for j in range(max(clause.start, i - 4), i) if ctx.tokens[j].pos_ == "VERB"]
    return bool(verbs) and ctx.lemmas[verbs[-1]] in _CLOSE_ROUND


def raiser_before(ctx: Context, i: int, *, exclude: list[Span]) -> Span | None:
    """The company that raised money in the clause of token `i` or the two before."""
    n = ctx.clause_of(i)
    found = topics(ctx)
    for k in range(n, max(n - 3, -1), -1):
        clause = ctx.parts[k]
        if not ctx.mentions(clause, (), words=_RAISE_CUES):
            continue
        says = any(raises(ctx, j, clause) for j in range(clause.start, min(clause.end, i)))
        org = found[k].org
        if says and org is not None and org not in exclude:
            return org
    return None


def amounts_in(ctx: Context, start: int, end: int) -> list[Span]:
    return [f for f in ctx.entities_in(start, end, _FIGURE) if is_money(f)]


def _investors_after(ctx: Context, i: int, clause: Span) -> list[Span]:
    """Organisations after "grâce à", "auprès de", "menée par", "aux côtés de" from token `i`."""
    found: list[Span] = []
    for j in range(i, clause.end - 1):
        word = ctx.lowers[j]
        sides = word == "côtés" and ctx.lowers[j - 1] in ("aux", "à")
        if word in _INVESTOR_CUES or sides:
            found += [s for s in _listed(ctx, j + 1, clause) if s not in found]
    return found


_PREPS = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux", "par"})


def _listed(ctx: Context, k: int, clause: Span) -> list[Span]:
    """ "à Y et au fonds Z": the organisations listed from token `k`, each after its
    preposition."""
    found: list[Span] = []
    while k < clause.end:
        while k < clause.end and ctx.lowers[k] in _PREPS:
            k += 1
        members = collect_list(ctx, k, clause.end, ORG_LABELS)
        if not members:
            break
        found += [s for s, _ in members]
        k = max(s.end for s, _ in members)
        if k + 1 >= clause.end or ctx.lowers[k] != "et" or ctx.lowers[k + 1] not in _PREPS:
            break
        k += 1
    return found


def write_funding(
    ctx: Context,
    investors: list[Span],
    target: Span,
    amounts: list[Span],
    rule: str,
    clause: Span,
    *,
    confidence: float = 0.65,
) -> None:
    """Write invests_in from each investor to `target` and the amounts as its measures."""
    for investor in investors:
        if not same_org(ctx, investor, target):
            add_relation(
                ctx.doc,
                "invests_in",
                investor,
                target,
                rule=f"invest.{rule}",
                confidence=confidence,
                sentence=clause,
            )
    for amount in amounts:
        add_relation(
            ctx.doc,
            "measure",
            amount,
            target,
            rule=f"measure.{rule}",
            confidence=0.6,
            sentence=clause,
        )


def round_at(ctx: Context, token: Token, clause: Span) -> bool:
    """Write a round told at `token` ("lève", "tour de table"); return whether one was read."""
    i = token.i
    if raises(ctx, i, clause):
        raisers = acting_orgs(ctx, token, clause)[0][:1]
        if not raisers:
            return False
        end = next(
            (j for j in range(i + 1, clause.end) if ctx.lowers[j] in _INVESTOR_CUES), clause.end
        )
        amounts = amounts_in(ctx, i + 1, end)
        write_funding(
            ctx, _investors_after(ctx, i + 1, clause), raisers[0], amounts, "raise", clause
        )
        return True
    if _round_noun(ctx, i) and i > clause.start and ctx.lemmas[i - 2] in _LEAD_ROUND:
        # "Le fonds Y mène le tour de table, aux côtés de Z": Y and Z fund the raiser.
        leads = acting_orgs(ctx, ctx.tokens[i - 2], clause)[0]
        investors = leads + [s for s in _investors_after(ctx, i + 3, clause) if s not in leads]
        target = raiser_before(ctx, i, exclude=investors)
        if target is not None:
            write_funding(ctx, investors, target, [], "round_lead", clause)
        return target is not None
    return False
