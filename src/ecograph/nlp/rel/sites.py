"""Where a new site is: "ouvre un bureau à Y", "s'implante en Y", "son usine de Y",
"installe à Y sa première agence", "pose ses valises à Y", "l'implantation de X sur la
zone industrielle de Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ESTABLISH_NOUNS, PLACE_LABELS

IN = frozenset({"à", "a", "en", "au", "aux", "dans"})
OF = frozenset({"de", "d'", "d’"})
SITES = ESTABLISH_NOUNS | {"entrepôt", "centre"}
NEW = frozenset({"un", "une", "nouveau", "nouvel", "nouvelle", "premier", "première"})
# Present and future forms the model may lemmatize wrongly ("implante" -> "impler") or tag
# as adjectives in a headline: read on the lower form.
FORMS = {
    stem + end: lemma
    for stem, lemma in (
        ("implant", "implanter"),
        ("install", "installer"),
        ("inaugur", "inaugurer"),
    )
    for end in ("e", "ent", "era", "eront")
} | {"ouvre": "ouvrir", "ouvrent": "ouvrir", "ouvrira": "ouvrir", "ouvriront": "ouvrir"}
FORM_WORDS = frozenset(FORMS) | frozenset({"pose", "posent", "posera", "poseront", "posé"})
# "X pose ses valises à Y": an idiom for setting up.
_LUGGAGE = frozenset({"valises", "bagages"})
POSE = frozenset({"pose", "posent", "posera", "poseront", "posé", "posée", "poser"})
# Prepositions that place a new site: "à Y", "en Y", "sur la zone industrielle de Y".
_AT = IN | {"sur"}


def establishment_place(
    ctx: Context, verb: Token, clause: Span, *, reach: int = 10, new: bool = False
) -> Span | None:
    """The place after "ouvrir une antenne à X" / "s'implanter en X" / "son usine de X"
    (with `new`, only a new site: "une usine à X", not "son usine de X")."""
    reflexive = verb.i > 0 and ctx.lowers[verb.i - 1] in ("s'", "s’", "se")
    noun_at = verb.i if reflexive and ctx.lemmas[verb.i] != "ouvrir" else -1
    # "l'implantation de X sur ...", "pose ses valises à Y": the trigger is the site itself.
    noun_at = verb.i if ctx.lemmas[verb.i] in SITES or luggage(ctx, verb.i) else noun_at
    i = verb.i
    while i + 1 < min(verb.i + reach, clause.end - 1):
        i += 1
        if ctx.lemmas[i] in SITES and (not new or not NEW.isdisjoint(ctx.lowers[i - 2 : i])):
            # "installe son siège régional pour l'Afrique de l'Ouest à Y": the site's own
            # complement may be long.
            reach = max(reach, i - verb.i + 12) if noun_at < 0 else reach
            noun_at = i
        # "un bureau à X", and "son usine de X" right after the noun.
        of_noun = ctx.lowers[i] in OF and i == noun_at + 1
        if noun_at >= 0 and (ctx.lowers[i] in _AT or of_noun):
            # "dans l'agglomération messine", "sur la zone industrielle de Y": a kind noun
            # (and its complement, after "sur") may come before the place.
            far = 7 if ctx.lowers[i] == "sur" else 4
            place = ctx.entity_after(i + 1, min(i + far, clause.end), PLACE_LABELS)
            if place is None and ctx.lowers[i] == "sur":
                place = _of_place(ctx, i + 1, min(i + far, clause.end))
            if place is not None:
                return _town_of_site(ctx, place, clause)
        if noun_at < 0 and ctx.lowers[i] in IN and not new:
            place = _place_before_site(ctx, i, clause)  # "installe à Y sa première agence"
            if place is not None:
                return place
    return None


def _town_of_site(ctx: Context, place: Span, clause: Span) -> Span:
    """ "sur le parc technologique X, à Y": the town the site is in, where the company sets up."""
    j = place.end
    if place.label_ != "Place" or j + 2 >= clause.end or ctx.lowers[j] != ",":
        return place
    town = ctx.entity_at(j + 2, _CITY) if ctx.lowers[j + 1] == "à" else None
    return town or place


_CITY = frozenset({"City"})


def luggage(ctx: Context, i: int) -> bool:
    """ "pose ses valises": the idiom for setting up."""
    return ctx.lowers[i] in POSE and _LUGGAGE.intersection(ctx.lowers[i + 1 : i + 3]) != set()


def _of_place(ctx: Context, start: int, end: int) -> Span | None:
    """ "la zone industrielle de Y": the place after "de" in the words from `start`."""
    for j in range(start, end - 1):
        if ctx.lowers[j] in OF:
            place = ctx.entity_at(j + 1, PLACE_LABELS)
            if place is not None:
                return place
    return None


def _place_before_site(ctx: Context, i: int, clause: Span) -> Span | None:
    """ "installe de son côté à Y sa première agence": a place, then a new site noun."""
    place = ctx.entity_at(i + 1, PLACE_LABELS)
    if place is None or ctx.tokens[place.start].is_lower:
        return None
    if place.end >= clause.end or ctx.lowers[place.end] not in NEW | {"son", "sa", "ses"}:
        return None
    after = range(place.end + 1, min(place.end + 3, clause.end))
    return place if any(ctx.lemmas[j] in SITES for j in after) else None
