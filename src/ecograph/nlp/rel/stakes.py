"""Stakes with no company named: "Y prend une participation minoritaire", "Y, entré au
capital en 2021", "Y remet N au pot", "Notre actionnaire, le fonds Y, a injecté N".

The company is the one raising money just before (`funding.raiser_before`), the
interview's company for a first-person possessive, else the company the text is about.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import topic_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.funding import GIVE_VERBS, amounts_in, raiser_before, write_funding
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.modality import hedged
from ecograph.nlp.rel.speaker import speaker_org


def stake(ctx: Context, token: Token, clause: Span, *, named: Span | None) -> None:
    """ "Y prend une participation minoritaire", "Y, entré au capital en 2021", "Y remet N au
    pot": with no company named (`named` is None), the one raising money just before, else
    the company the text is about."""
    if named is not None or hedged(ctx, token.i, clause):
        return
    investors = _with_coordinated(ctx, acting_orgs(ctx, token, clause)[0], clause)
    if not investors:
        return
    giving = ctx.lemmas[token.i] in GIVE_VERBS or ctx.lemmas[token.i] == "injecte"
    target = raiser_before(ctx, token.i, exclude=investors)
    if target is None:
        # "Notre actionnaire, le fonds Y, a injecté N": the interview's company.
        own = [j for j in range(clause.start, token.i) if ctx.lowers[j] in ("notre", "nos")]
        target = speaker_org(ctx, own[0]) if own else None
    if target is None and not giving:
        target = topic_org(ctx, token.i, exclude=investors[0])
    if target is None or target in investors:
        return
    stop = next(
        (j for j in range(token.i + 1, clause.end) if ctx.lowers[j] in (",", ";")), clause.end
    )
    amounts = amounts_in(ctx, token.i + 1, stop)
    if giving and not amounts:
        return
    write_funding(ctx, investors, target, amounts, "stake", clause)


def _with_coordinated(ctx: Context, investors: list[Span], clause: Span) -> list[Span]:
    """ "Y et le fonds émirati Z prennent chacun une participation": Y too, when the parse
    gives only Z."""
    if len(investors) != 1:
        return investors
    j = investors[0].start - 1
    while j > clause.start and (ctx.tokens[j].pos_ in ("DET", "ADJ") or ctx.tokens[j].is_lower):
        if ctx.lowers[j] == "et":
            other = ctx.entity_at(j - 1, ORG_LABELS)
            return [other, *investors] if other is not None else investors
        j -= 1
    return investors
