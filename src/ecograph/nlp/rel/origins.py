"""located_in told by a place adjective or an apposition: "le toulousain X", "l'allemand X",
"X, jeune pousse toulousaine", "le groupe lillois" (the company meant), "Y, première région
industrielle de Pologne", "Y, la grande ville technologique du centre de la Corée du Sud"."""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel.anaphora import resolve_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.kinds import KINDS, designated, is_kind
from ecograph.nlp.rel.lexicon import CONTAINER_LABELS, ORG_LABELS, PLACE_LABELS
from ecograph.nlp.rel.seats import LOCAL_ORGS
from ecograph.nlp.spans import add_relation

_DEFINITE = frozenset({"le", "la", "l'", "l’", "du", "au"})
_ARTICLES = frozenset({"un", "une", "le", "la", "l'", "l’"})
# "Y, la grande ville ... de Z": nouns of a place inside a wider one.
_PLACE_NOUNS = frozenset({"ville", "région", "capitale", "métropole", "province", "port"})
_PLACE_NOUNS |= frozenset({"commune", "cité", "agglomération", "département", "état", "land"})
_OF = frozenset({"de", "du", "d'", "d’"})


def _write(ctx: Context, org: Span, place: Span, rule: str, clause: Span) -> None:
    if org.start != place.start:
        add_relation(ctx.doc, "located_in", org, place, rule=rule, confidence=0.65, sentence=clause)


def extract(ctx: Context, clause: Span) -> None:
    """Write the located_in relations told by place adjectives and appositions."""
    for place in ctx.entities_in(clause.start, clause.end, PLACE_LABELS):
        i = place.start
        if len(place) != 1 or not ctx.tokens[i].is_lower or i == clause.start:
            if place.label_ in ("City", "Region", "Place"):
                _place_apposition(ctx, place, clause)
            continue
        mention = place  # eco_places tags place adjectives: "lillois" names Lille
        before, after = ctx.lowers[i - 1], ctx.by_token.get(i + 1)
        if before in _DEFINITE and after is not None and after.label_ in LOCAL_ORGS:
            _write(ctx, after, mention, "located.demonym_noun", clause)  # "le toulousain X"
            continue
        org = _apposed_kind(ctx, i, clause) or _meant_kind(ctx, i, clause)
        if org is not None and org.label_ in LOCAL_ORGS:
            _write(ctx, org, mention, "located.demonym_kind", clause)


def _apposed_kind(ctx: Context, i: int, clause: Span) -> Span | None:
    """ "X, jeune pousse toulousaine spécialisée ...", "X, une PME lyonnaise": the name before
    the comma that opens the kind noun the adjective at `i` describes."""
    j = i - 1
    for _ in range(4):
        kind_word = ctx.lowers[j] in KINDS  # "jeune pousse", read as a verb by the model
        if j <= clause.start or (
            ctx.tokens[j].pos_ not in ("NOUN", "ADJ", "DET") and not kind_word
        ):
            break
        j -= 1
    if ctx.lowers[j] != "," or j - 1 < clause.start:
        return None
    if not any(is_kind(ctx, k) or ctx.lowers[k] in KINDS for k in range(j + 1, i)):
        return None
    if i + 1 < clause.end and ctx.tokens[i + 1].is_title:
        return None  # "X, le cartonnier spinalien Y": the adjective describes the next name
    return ctx.entity_at(j - 1, ORG_LABELS)


def _meant_kind(ctx: Context, i: int, clause: Span) -> Span | None:
    """ "le groupe lillois acquiert ...", "du groupe suisse": the company a definite kind noun
    before the adjective stands for, when no name follows."""
    k = i - 1
    if k - 1 < clause.start or ctx.lowers[k - 1] not in _DEFINITE:
        return None
    nxt = ctx.by_token.get(i + 1)
    if nxt is not None and nxt.label_ in ORG_LABELS:
        return None  # "le groupe lillois X": the demonym lists read it
    if ctx.tokens[k].pos_ != "NOUN" or not is_kind(ctx, k):
        return None
    if ctx.entities_in(clause.start, k, ORG_LABELS):
        return None  # "X, qui avait racheté l'entreprise roubaisienne": another company
    return designated(ctx, ctx.tokens[k]) or resolve_org(ctx, ctx.tokens[k])


def _place_apposition(ctx: Context, place: Span, clause: Span) -> None:
    """ "Y, première région industrielle de Pologne", "Y, la grande ville technologique du
    centre de la Corée du Sud": a place noun apposed to Y, then the wider place."""
    i = place.end
    if i + 3 >= clause.end or ctx.lowers[i] != ",":
        return
    j = i + 1
    while j < min(i + 4, clause.end) and ctx.lowers[j] not in _PLACE_NOUNS:
        if ctx.tokens[j].pos_ not in ("DET", "ADJ", "NUM"):
            return
        j += 1
    if j >= clause.end or ctx.lowers[j] not in _PLACE_NOUNS:
        return
    for k in range(j + 1, min(j + 9, clause.end - 1)):
        if ctx.lowers[k] in (",", ";", "(", ")", "qui", "où", "dont"):
            return
        wider = ctx.entity_at(k + 1, CONTAINER_LABELS) if ctx.lowers[k] in _OF else None
        if wider is None and ctx.lowers[k] in _OF and ctx.lowers[k + 1] in _ARTICLES:
            wider = ctx.entity_at(k + 2, CONTAINER_LABELS)  # "de la Corée du Sud"
        if wider is not None and wider.start > place.end:
            _write(ctx, place, wider, "located.place_apposition", clause)
            return


def kind_of_adjective(ctx: Context, place: Span) -> Span | None:
    """ "du groupe suisse", "de la chambre tchèque": the organisation the kind noun before a
    place adjective stands for (the noun's designation, else its resolution), else None."""
    if len(place) != 1 or not ctx.tokens[place.start].is_lower:
        return None
    k = place.start - 1
    while k > 0 and ctx.tokens[k].pos_ == "ADJ":
        k -= 1  # "l'autorité portuaire espagnole"
    if k <= 0 or ctx.tokens[k].pos_ != "NOUN" or not ctx.tokens[k].is_lower:
        return None
    kind = ctx.tokens[k]  # "du groupe suisse": "du" is definite too
    return designated(ctx, kind) or resolve_org(ctx, kind)
