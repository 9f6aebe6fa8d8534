"""Place adjectives: "sociétés israéliennes : A, B", "le groupe munichois X", "délégation X"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ecograph.link import fold
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.demonyms import country_of_demonym
from ecograph.nlp.rel.lexicon import GENERIC_ORG_NOUNS, ORG_LABELS, PLACE_LABELS
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.rel.words import feats, find_token
from ecograph.nlp.spans import add_entity, add_relation, attrs

# Endings of French demonyms: "nantais", "niçoise", "parisienne", "toulousain", "catalans".
_DEMONYM_END = re.compile(r"(ais|ois|ien|ienn|ain|in|an)e?s?$")


def country_span(ctx: Context, i: int, country: str) -> Span:
    """The place span on a demonym token: the existing one, else a Country mention there.

    Its attributes are copied from another mention of the same country in the
    doc, so both group into one entity (same key and gazetteer links).
    """
    existing = ctx.entity_at(i, PLACE_LABELS)
    if existing is not None:
        return existing
    same = [s for s in ctx.spans if fold(ctx.name(s)) == fold(country)]
    data = dict(attrs(same[0])) if same else {}
    data.update(name=country, rule="relations.demonym")
    span = add_entity(ctx.doc, i, i + 1, same[0].label_ if same else "Country", **data)
    ctx.index(i, span)
    return span


def demonym_lists(ctx: Context, clause: Span) -> None:
    """ "quatre sociétés israéliennes ... : A (..), B" and "la start-up italienne A"."""
    # Members are organisations named after the adjective: none past the last one.
    last = _last_org(ctx, clause)
    for token in ctx.words(clause):
        if token.i >= last:
            break
        if token.i == 0:
            continue
        kind = ctx.tokens[_kind_before(ctx, token.i, clause)]
        generic = ctx.lemmas[kind.i] in GENERIC_ORG_NOUNS
        # "le motoriste munichois X": any kind noun before a name; a list after ":"
        # only for a noun that stands for companies ("quatre sociétés israéliennes : ...").
        if not (generic or (kind.pos_ == "NOUN" and kind.is_lower)):
            continue
        place = _adjective_place(ctx, token)  # the costlier test, after the kind noun
        if place is None:
            continue
        members = collect_list(
            ctx, _past_complement(ctx, token.i + 1, clause), clause.end, ORG_LABELS
        )
        # "la PME tourquennoise X" names one company, and so does "le bureau d'études
        # messin X" (a singular adjective after a plural complement).
        if "Plur" not in feats(kind, "Number") or "Sing" in feats(token, "Number"):
            members = members[:1]
        rule = "located.demonym_apposition"
        colon = find_token(clause, ":", start=token.i)
        if not members and colon is not None and generic:
            members = collect_list(ctx, colon.i + 1, clause.end, ORG_LABELS)
            rule = "located.demonym_list"
        if members:
            span = _as_span(ctx, token.i, place)
            for org, _ in members:
                add_relation(
                    ctx.doc, "located_in", org, span, rule=rule, confidence=0.75, sentence=clause
                )
            last = _last_org(ctx, clause)  # the new place mention may cover an organisation


def _kind_before(ctx: Context, i: int, clause: Span) -> int:
    """The kind noun a place adjective follows, past other adjectives: "le groupe horloger
    genevois X" -> "groupe" (the token just before when none)."""
    j = i - 1
    while j - 1 > clause.start and ctx.tokens[j].pos_ == "ADJ" and ctx.tokens[j].is_lower:
        j -= 1
    return j if ctx.tokens[j].pos_ == "NOUN" and ctx.tokens[j].is_lower else i - 1


def _past_complement(ctx: Context, i: int, clause: Span) -> int:
    """ "le fabricant italien de machines à café X": the name past the kind's complement
    (lower-case words after "de", at most six), else `i`."""
    if i >= clause.end or ctx.lowers[i] not in ("de", "d'", "d’"):
        return i
    for j in range(i + 1, min(i + 7, clause.end)):
        span = ctx.by_token.get(j)
        if span is not None and span.label_ in ORG_LABELS:
            return j
        if not ctx.tokens[j].is_lower:
            return i
    return i


def _last_org(ctx: Context, clause: Span) -> int:
    """The last token of `clause` inside an organisation mention (-1 when none)."""
    for i in range(clause.end - 1, clause.start - 1, -1):
        span = ctx.by_token.get(i)
        if span is not None and span.label_ in ORG_LABELS:
            return i
    return -1


def _adjective_place(ctx: Context, token: Token) -> Span | str | None:
    """The place an adjective names: a place mention eco_places found on it ("lyonnaise"),
    the country of a demonym ("allemandes"), a town of the doc it derives from
    ("munichois" when "Munich" is named), else None."""
    if token.i == 0:
        return None
    return (
        ctx.entity_at(token.i, PLACE_LABELS)
        or country_of_demonym(token.text)
        or _town_of_adjective(ctx, token)
    )


def _town_of_adjective(ctx: Context, token: Token) -> Span | None:
    """ "casablancais" from "Casablanca", "toulousaine" from "Toulouse": a shared stem."""
    if not token.is_lower:
        return None
    word = fold(token.text)
    if not _DEMONYM_END.search(word):
        return None
    for name, span in _place_names(ctx):
        shared = _shared_prefix(word, name)
        # "nantais"/"Nantes", "catalan"/"Catalogne", "roubaisien"/"Roubaix".
        if shared >= 4 and shared >= 0.55 * len(name):
            return span
    return None


def _place_names(ctx: Context) -> list[tuple[str, Span]]:
    """Folded names of the doc's place mentions, computed once per doc."""
    if ctx.place_names is None:
        ctx.place_names = [
            (fold(ctx.name(s)).replace(" ", ""), s) for s in ctx.spans if s.label_ in PLACE_LABELS
        ]
    return ctx.place_names


def origin_adjective(ctx: Context, noun: Token) -> Span | None:
    """ "une délégation chinoise": the place an adjective of the noun names, as a mention."""
    for token in noun.doc[noun.i + 1 : noun.i + 3]:
        place = _adjective_place(ctx, token)
        if place is not None:
            return _as_span(ctx, token.i, place)
    return None


def _as_span(ctx: Context, i: int, place: Span | str) -> Span:
    """A mention for the place an adjective names: a town's existing mention stays elsewhere,
    so the adjective gets its own mention with the same attributes."""
    if isinstance(place, str):
        return country_span(ctx, i, place)
    if place.start <= i < place.end:
        return place
    return country_span(ctx, i, ctx.name(place))


def _shared_prefix(a: str, b: str) -> int:
    """Length of the common beginning of two words."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
