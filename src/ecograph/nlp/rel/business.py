"""Company relations: establishes_in, and has_sector from descriptions."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import activities, capital, contacts
from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.context import Context, feats, lemma
from ecograph.nlp.rel.lexicon import (
    ESTABLISH_NOMINALS,
    ESTABLISH_NOUNS,
    ESTABLISH_VERBS,
    ORG_LABELS,
    PLACE_LABELS,
)
from ecograph.nlp.rel.status import status_from_text
from ecograph.nlp.spans import add_relation

_SECTOR = frozenset({"Sector"})
_IN = frozenset({"à", "a", "en", "au", "aux", "dans"})
# An apposition that describes what a company does ("X, spécialiste de la santé,").
_DESCRIBERS = frozenset({"spécialiste", "spécialiser", "spécialisé", "acteur", "leader", "expert"})
_DESCRIBERS |= frozenset({"société", "actif", "présent", "positionner"})
_ACTIVITY_VERBS = frozenset(
    {"fabriquer", "produire", "concevoir", "développer", "commercialiser", "distribuer"}
    | {"éditer", "exploiter", "opérer", "fournir", "proposer"}
)

_ESTABLISH = ESTABLISH_NOMINALS | ESTABLISH_VERBS
_DESCRIBERS |= frozenset({"entreprise", "start-up", "startup", "éditeur", "fabricant", "groupe"})


def _describes(token: Token) -> bool:
    """Whether an apposition starting here says what a company does: "X, spécialiste de",
    "X, fabricant de", "X, PME du", "X, qui conçoit des"."""
    if lemma(token) in _DESCRIBERS or (token.pos_ == "NOUN" and token.is_lower):
        return True
    return token.lower_ == "qui" and lemma(token.nbor()) in _ACTIVITY_VERBS


def _sectors_described(ctx: Context, org: Span, clause: Span) -> None:
    """ "X (bureau d'étude en électronique)" or "X, spécialiste du logiciel,": has_sector."""
    doc, i = ctx.doc, org.end
    if i < clause.end and doc[i].text == "(":
        end = next((t.i for t in doc[i : clause.end] if t.text == ")"), clause.end)
        rule = "sector.bracket"
    elif i + 2 < clause.end and doc[i].text == "," and _describes(doc[i + 1]):
        end = next((t.i for t in doc[i + 1 : clause.end] if t.text in ",.;"), clause.end)
        rule = "sector.apposition"
    else:
        return
    for sector in ctx.entities_in(i + 1, end, _SECTOR):
        add_relation(doc, "has_sector", org, sector, rule=rule, confidence=0.8, sentence=clause)


def _sector_before(ctx: Context, org: Span, clause: Span) -> None:
    """ "le groupe agroalimentaire X", "l'école d'animation X": a sector just before the name."""
    j = org.start - 1
    while j > clause.start and ctx.doc[j].pos_ == "ADJ" and ctx.entity_at(j, _SECTOR) is None:
        j -= 1  # "le groupe agroalimentaire chinois X"
    sector = ctx.entity_at(j, _SECTOR) if j >= clause.start else None
    if sector is not None and sector.end <= org.start:
        add_relation(
            ctx.doc,
            "has_sector",
            org,
            sector,
            rule="sector.before_name",
            confidence=0.7,
            sentence=clause,
        )


def _establishment_place(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """The place after "ouvrir une antenne à X" / "s'implanter en X"."""
    doc = ctx.doc
    reflexive = verb.i > 0 and doc[verb.i - 1].lower_ in ("s'", "s’", "se")
    noun_at = verb.i if reflexive and ctx.lemmas[verb.i] != "ouvrir" else -1
    for i in range(verb.i + 1, min(verb.i + 10, clause.end - 1)):
        if lemma(doc[i]) in ESTABLISH_NOUNS:
            noun_at = i
        # "un bureau à X", and "son usine de X" right after the noun.
        of_noun = doc[i].lower_ in ("de", "d'", "d’") and i == noun_at + 1
        if noun_at >= 0 and (doc[i].lower_ in _IN or of_noun):
            place = ctx.entity_at(i + 1, PLACE_LABELS) or ctx.entity_at(i + 2, PLACE_LABELS)
            if place is not None:
                return place
    return None


def _establishments(ctx: Context, clause: Span) -> None:
    for verb in ctx.candidates(clause, _ESTABLISH):
        word = ctx.lemmas[verb.i]
        nominal = word in ESTABLISH_NOMINALS and verb.pos_ in ("NOUN", "")
        if not nominal and (word not in ESTABLISH_VERBS or verb.pos_ not in ("VERB", "")):
            continue
        place = _establishment_place(ctx, verb, clause)
        if place is None:
            continue
        orgs, how = acting_orgs(ctx, verb, clause)
        window = ctx.doc[max(verb.i - 4, clause.start) : place.end].text
        status = status_from_text(window, past=verb.dep_ != "xcomp" and _past(verb))
        # Closing a site says where the company is, not that it sets up there.
        closing = ctx.lemmas[verb.i] in ("fermer", "fermeture")
        rel_type, rule = ("located_in", "located.closing") if closing else ("establishes_in", "")
        for org in orgs:
            add_relation(
                ctx.doc,
                rel_type,
                org,
                place,
                rule=rule or f"establish.{how}",
                confidence=0.7,
                sentence=clause,
                status=status or "",
            )


def _past(verb: Token) -> bool:
    return any(c.dep_ == "aux:tense" for c in verb.children) or "Past" in feats(verb, "Tense")


def extract(ctx: Context, clause: Span) -> None:
    """Write the company relations of one clause."""
    for org in ctx.entities_in(clause.start, clause.end, ORG_LABELS):
        _sectors_described(ctx, org, clause)
        _sector_before(ctx, org, clause)
    contacts.extract(ctx, clause)
    _establishments(ctx, clause)
    capital.extract(ctx, clause)
    activities.extract(ctx, clause)
