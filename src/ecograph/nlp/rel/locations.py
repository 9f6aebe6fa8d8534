"""located_in: "Ville (Pays)", "la chambre de commerce de X", "sociétés italiennes : A, B"."""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.link import fold
from ecograph.nlp.rel import origins, seats
from ecograph.nlp.rel.adjectives import demonym_lists
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import (
    CONTAINER_LABELS,
    ESTABLISH_NOUNS,
    ORG_LABELS,
    PLACE_LABELS,
)
from ecograph.nlp.rel.seats import BASED, LOCAL_ORGS
from ecograph.nlp.rel.words import lemma
from ecograph.nlp.spans import add_relation

_IN = frozenset({"à", "en", "au", "aux", "dans"})
_OF = frozenset({"de", "d'", "d’", "à"})


def _comma_region(ctx: Context, span: Span, clause: Span) -> None:
    """ "Vannes, en Bretagne," / "Gap, dans les Hautes-Alpes,": a wider place after a town."""
    doc, i = ctx.doc, span.end
    if span.label_ not in ("City", "Place") or i + 2 >= clause.end or ctx.lowers[i] != ",":
        return
    if span.label_ == "Place" and ctx.lowers[i + 1] == "à":
        # "le parc technologique X, à Y": a site inside a town.
        town = ctx.entity_at(i + 2, _CITY)
        if town is not None:
            add_relation(
                doc,
                "located_in",
                span,
                town,
                rule="located.site_town",
                confidence=0.7,
                sentence=clause,
            )
        return
    if ctx.lowers[i + 1] not in ("en", "dans", "au", "aux"):
        return
    wider = ctx.entity_after(i + 2, clause.end, CONTAINER_LABELS)
    if wider is not None and wider.start <= i + 4:
        add_relation(
            doc,
            "located_in",
            span,
            wider,
            rule="located.comma_region",
            confidence=0.7,
            sentence=clause,
        )


def _bracketed(ctx: Context, span: Span, clause: Span) -> None:
    """ "Porto (Portugal)", "Millau (Aveyron)": a wider place in brackets right after."""
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
        if cue in BASED and doc[i + 1].lower_ in ("à", "en", "au"):
            place = ctx.entity_at(i + 2, PLACE_LABELS) if i + 2 < clause.end else None
        elif cue in _OF and (facility or span.label_ != "Company"):
            place = ctx.entity_at(i + 1, PLACE_LABELS)
    # "les Ateliers de X, un sous-traitant installé à Y": the apposition says where the
    # company is; the town in its name may be its origin only.
    apposed = _apposition_place(ctx, i, clause) if i > span.end else None
    place = apposed or place
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


def _apposition_place(ctx: Context, i: int, clause: Span) -> Span | None:
    """ "X, spécialiste de ... installé à Y," / "X, près de Y," / "X, dernier filateur de Y,"."""
    lowers, tokens = ctx.lowers, ctx.tokens  # made once per doc: no new Token per look-up
    if i >= clause.end or tokens[i].pos_ == "AUX":
        return None  # "X, filiale de Y, est installée à Z": the main verb, not Y's apposition
    if lowers[i] == "à" and i + 2 < clause.end:
        # "l'acquisition de X, à Y, en 2023": a town set apart right after the name.
        town = ctx.entity_at(i + 1, _CITY)
        if town is not None and town.end < clause.end and lowers[town.end] in (",", ")"):
            return town
    end = next((k for k in range(i, clause.end) if lowers[k] in _APART), clause.end)
    for j in range(i, min(end, i + 12) - 1):
        word, nxt = lowers[j], lowers[j + 1]
        # "installée depuis 2010 à Y", "dont le siège est à Y"
        prep = next((k for k in range(j + 1, min(j + 5, end)) if lowers[k] in _IN), None)
        based = (word in BASED or word == "siège") and prep is not None
        near = word in ("près", "proche") and nxt in ("de", "d'", "d’")
        # "dernier filateur de Y": a kind noun right after the comma, then "de" a place.
        kind = j <= i + 2 and tokens[j].pos_ == "NOUN" and nxt in ("de", "d'", "d’")
        if based or near or kind:
            start = prep + 1 if based and prep is not None else j + 2
            place = ctx.entity_after(start, end, PLACE_LABELS)
            # "X, le bureau d'études messin Y et ...": the adjective describes the next name.
            names_next = place is not None and place.end < end and tokens[place.end].is_title
            if place is not None and not (kind and names_next):
                return place
    return None


_CITY = frozenset({"City"})
_APART = frozenset({",", ";", ".", "(", ")"})


def _named_tail(ctx: Context, span: Span) -> Span | None:
    """ "chambre économique de X" typed as one name: X when the doc names a place X."""
    tail = [t for t in span if t.lower_ in _OF]
    if not tail or tail[-1].i + 1 >= span.end:
        return None
    words = fold(span.doc[tail[-1].i + 1 : span.end].text)
    # In text order: a set of Spans iterates by memory address, which differs run to run.
    known = sorted(set(ctx.by_token.values()), key=lambda s: (s.start, s.end))
    return next((s for s in known if s.label_ in PLACE_LABELS and fold(ctx.name(s)) == words), None)


def extract(ctx: Context, clause: Span) -> None:
    """Write the located_in relations of one clause."""
    seats.extract(ctx, clause)
    for span in ctx.entities_in(clause.start, clause.end, PLACE_LABELS | ORG_LABELS):
        if span.label_ in PLACE_LABELS | ORG_LABELS:
            _bracketed(ctx, span, clause)
            _comma_region(ctx, span, clause)
        if span.label_ in LOCAL_ORGS:
            _place_of_org(ctx, span, clause)
    demonym_lists(ctx, clause)
    origins.extract(ctx, clause)
