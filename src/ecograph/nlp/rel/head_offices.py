"""located_in told by a head office: "X, dont le siège (social) est (situé) à Y", "Notre
siège reste à Y" (an interview's company), "Son siège est à Y" (the text's topic)."""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel.anaphora import resolve_org, topic_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS, PLACE_LABELS
from ecograph.nlp.rel.speaker import FIRST_PERSON, speaker_org
from ecograph.nlp.spans import add_relation

_IN = frozenset({"à", "en", "au", "aux", "dans"})
# A public body *of* a territory governs it; saying it lies there adds nothing.
LOCAL_ORGS = ORG_LABELS - {"PublicBody", "PoliticalParty"}


def head_office(ctx: Context, clause: Span) -> None:
    """ "L'hébergeur, dont le siège est à Y,": the company (named or meant) lies at Y."""
    for seat in ctx.candidates(clause, ("siège",)):
        i = seat.i
        if i < clause.start + 4 or ctx.lowers[i - 2] != "dont" or i + 4 >= clause.end:
            continue
        # "dont le siège (social) est (situé) à Y"
        verb = i + 1 + (ctx.lowers[i + 1] == "social")
        if ctx.lemmas[verb] != "être":
            continue
        before = i - 3 - (ctx.tokens[i - 3].text == ",")
        org = ctx.entity_at(before, LOCAL_ORGS) or resolve_org(ctx, ctx.tokens[before])
        if org is None:
            # "L'hébergeur de données, dont ...": the kind noun heads a longer phrase.
            org = resolve_org(ctx, ctx.tokens[before].head)
        prep = verb + 1 + (ctx.lowers[verb + 1] in ("situé", "installé", "établi"))
        place = ctx.entity_after(prep + 1, min(prep + 4, clause.end), PLACE_LABELS)
        if ctx.lowers[prep] not in _IN or place is None or org is None:
            continue
        if org.label_ in LOCAL_ORGS:
            add_relation(
                ctx.doc,
                "located_in",
                org,
                place,
                rule="located.head_office",
                confidence=0.7,
                sentence=clause,
            )


_STAYS = frozenset({"est", "reste", "demeure", "sera", "restera", "trouve", "situe"})


def own_seat(ctx: Context, clause: Span) -> None:
    """ "Notre siège reste à Y", "Le siège social reste à Y, où nous employons ...", "Son
    siège est à Y": the interview's company (first person) or the text's topic."""
    for seat in ctx.candidates(clause, ("siège",)):
        i = seat.i
        if ctx.lemmas[i] != "siège" or (i == clause.start and ctx.lowers[i] != "siège"):
            continue
        det = ctx.lowers[i - 1] if i > clause.start else ""
        j = i + 1 + (i + 1 < clause.end and ctx.lowers[i + 1] in ("social", "européen", "mondial"))
        j += j < clause.end and ctx.lowers[j] in ("se", "s'")
        if j + 2 >= clause.end or ctx.lowers[j] not in _STAYS or ctx.lowers[j + 1] not in _IN:
            continue
        place = ctx.entity_after(j + 2, min(j + 5, clause.end), PLACE_LABELS)
        own = [k for k in range(clause.start, clause.end) if ctx.lowers[k] in FIRST_PERSON]
        if det in ("son", "sa"):
            org = topic_org(ctx, i)
        elif det in ("notre", "le") and own:
            org = speaker_org(ctx, own[0])
        else:
            org = None
        if place is not None and org is not None and org.label_ in LOCAL_ORGS:
            add_relation(
                ctx.doc,
                "located_in",
                org,
                place,
                rule="located.own_seat",
                confidence=0.6,
                sentence=clause,
            )
