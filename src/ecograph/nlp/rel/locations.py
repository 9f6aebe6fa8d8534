"""located_in: "Ville (Pays)", "la chambre de commerce de X", "sociétés italiennes : A, B"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.link import fold
from ecograph.nlp.rel.context import Context, collect_list, find_token, lemma
from ecograph.nlp.rel.demonyms import country_of_demonym
from ecograph.nlp.rel.lexicon import (
    CONTAINER_LABELS,
    ESTABLISH_NOUNS,
    GENERIC_ORG_NOUNS,
    ORG_LABELS,
    PLACE_LABELS,
)
from ecograph.nlp.spans import add_entity, add_relation, attrs

_OF = frozenset({"de", "d'", "d’", "à"})
_BASED = frozenset({"basé", "basée", "basés", "basées", "situé", "située", "implanté", "implantée"})
# A public body *of* a territory governs it; saying it lies there adds nothing.
_LOCAL_ORGS = ORG_LABELS - {"PublicBody", "PoliticalParty"}


def _bracketed(ctx: Context, span: Span, clause: Span) -> None:
    """ "Turin (Italie)", "Gap (Hautes-Alpes)": a wider place in brackets right after."""
    doc = ctx.doc
    if span.end + 2 >= clause.end or doc[span.end].text != "(":
        return
    inner = ctx.entity_at(span.end + 1, PLACE_LABELS)
    if inner is None or inner.end >= clause.end or doc[inner.end].text != ")":
        return
    if span.label_ in PLACE_LABELS and inner.label_ not in CONTAINER_LABELS:
        return
    add_relation(
        doc, "located_in", span, inner, rule="located.bracket", confidence=0.85, sentence=clause
    )


def _place_of_org(ctx: Context, span: Span, clause: Span) -> None:
    """ "la chambre économique de X", "l'usine F de X", "F, basée à X"."""
    doc = ctx.doc
    inside = [p for p in ctx.nested(span, PLACE_LABELS) if doc[p.start - 1].lower_ in _OF]
    place = inside[-1] if inside else None
    i = span.end + (1 if span.end < clause.end and doc[span.end].text == "," else 0)
    facility = span.start > 0 and lemma(doc[span.start - 1]) in ESTABLISH_NOUNS
    if place is None and i + 1 < clause.end:
        cue = doc[i].lower_
        if cue in _BASED and doc[i + 1].lower_ in ("à", "en", "au"):
            place = ctx.entity_at(i + 2, PLACE_LABELS) if i + 2 < clause.end else None
        elif cue in _OF and (facility or span.label_ != "Company"):
            place = ctx.entity_at(i + 1, PLACE_LABELS)
    if place is None and span.label_ != "Company":
        place = _named_tail(ctx, span)
    if place is not None and place.start != span.start:
        add_relation(
            doc,
            "located_in",
            span,
            place,
            rule="located.org_of_place",
            confidence=0.75,
            sentence=clause,
        )


def _named_tail(ctx: Context, span: Span) -> Span | None:
    """ "chambre économique de X" typed as one name: X when the doc names a place X."""
    tail = [t for t in span if t.lower_ in _OF]
    if not tail or tail[-1].i + 1 >= span.end:
        return None
    words = fold(span.doc[tail[-1].i + 1 : span.end].text)
    places = (s for s in set(ctx.by_token.values()) if s.label_ in PLACE_LABELS)
    return next((s for s in places if fold(ctx.name(s)) == words), None)


def country_span(ctx: Context, i: int, country: str) -> Span:
    """The place span on a demonym token: the existing one, else a Country mention there.

    Its attributes are copied from another mention of the same country in the
    doc, so both group into one entity (same key and gazetteer links).
    """
    existing = ctx.entity_at(i, PLACE_LABELS)
    if existing is not None:
        return existing
    same = [s for s in set(ctx.by_token.values()) if fold(ctx.name(s)) == fold(country)]
    data = dict(attrs(same[0])) if same else {}
    data.update(name=country, rule="relations.demonym")
    span = add_entity(ctx.doc, i, i + 1, "Country", **data)
    ctx.by_token[i] = span
    return span


def _demonym_lists(ctx: Context, clause: Span) -> None:
    """ "quatre sociétés israéliennes ... : A (..), B" and "la start-up italienne A"."""
    for token in clause:
        place = _adjective_place(ctx, token)
        if place is None or lemma(token.doc[token.i - 1]) not in GENERIC_ORG_NOUNS:
            continue
        members = collect_list(ctx, token.i + 1, clause.end, ORG_LABELS)
        rule = "located.demonym_apposition"
        colon = find_token(clause, ":", start=token.i)
        if not members and colon is not None:
            members = collect_list(ctx, colon.i + 1, clause.end, ORG_LABELS)
            rule = "located.demonym_list"
        if members:
            span = country_span(ctx, token.i, place) if isinstance(place, str) else place
            for org, _ in members:
                add_relation(
                    ctx.doc, "located_in", org, span, rule=rule, confidence=0.75, sentence=clause
                )


def _adjective_place(ctx: Context, token: Token) -> Span | str | None:
    """The place an adjective names: a place mention eco_places found on it ("lyonnaise"),
    else the country of a demonym ("allemandes"), else None."""
    if token.i == 0:
        return None
    return ctx.entity_at(token.i, PLACE_LABELS) or country_of_demonym(token.text)


def origin_adjective(ctx: Context, noun: Token) -> Span | None:
    """ "une délégation chinoise": the place an adjective of the noun names, as a mention."""
    for token in noun.doc[noun.i + 1 : noun.i + 3]:
        place = _adjective_place(ctx, token)
        if place is not None:
            return country_span(ctx, token.i, place) if isinstance(place, str) else place
    return None


def extract(ctx: Context, clause: Span) -> None:
    """Write the located_in relations of one clause."""
    seen = set()
    for span in sorted(set(ctx.by_token.values()), key=lambda s: s.start):
        if not (clause.start <= span.start < clause.end) or span.start in seen:
            continue
        seen.add(span.start)
        if span.label_ in PLACE_LABELS | ORG_LABELS:
            _bracketed(ctx, span, clause)
        if span.label_ in _LOCAL_ORGS:
            _place_of_org(ctx, span, clause)
    _demonym_lists(ctx, clause)
