"""Find the arguments of an event trigger in its clause: places, parties, dates, sectors."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import (
    ACTOR_LABELS,
    DESTINATION_PREPS,
    DETERMINERS,
    ORG_LABELS,
    PLACE_LABELS,
    ROLE_NOUNS,
)
from ecograph.nlp.rel.lists import collect_list, skip_parenthesis
from ecograph.nlp.rel.organisers import organisers as organisers
from ecograph.nlp.rel.organisers import verb_organisers as verb_organisers
from ecograph.nlp.rel.words import feats, lemma

PERSON = frozenset({"Person"})
PERSON_OR_ORG = ORG_LABELS | PERSON
_DATE = frozenset({"Date"})
_SECTOR = frozenset({"Sector"})
# "à l'étranger (Japon, Chine)": a vague place followed by the real list in brackets.
_VAGUE_PLACES = frozenset({"étranger", "international", "export"})
_SECTOR_CUES = frozenset({"axer", "axé", "centrer", "centré", "consacrer", "dédier", "thème"})
# "est prévue à X", "sera organisée en X": participles that plan a trip, not a motion.
_PLANNED = frozenset({"prévoir", "programmer", "organiser", "planifier", "envisager", "fixer"})
_SECTOR_CUES |= frozenset({"secteur", "filière", "sur", "autour", "spécialiser"})


def _after_modifiers(trigger: Token, end: int) -> int:
    """Index of the first token after the trigger's adjectives ("mission commerciale").

    "Une mission rouennaise est d'ailleurs prévue à X": a planning participle (with
    its auxiliary and adverbs) may stand between the trigger and its place.
    """
    doc, i = trigger.doc, trigger.i + 1
    reach = trigger.i + 4
    while i < end and i <= reach:
        if doc[i].pos_ in ("ADJ", "ADV"):
            i += 1
        elif doc[i].lower_ in ("de", "d'", "d’") and i + 1 < end and doc[i + 1].pos_ == "NOUN":
            i += 2  # "mission d'affaires au X", "mission de prospection en X"
        elif doc[i].lower_ in ("d'", "d’") and i + 1 < end and doc[i + 1].pos_ == "ADV":
            i += 2  # "d'ailleurs"
        elif doc[i].pos_ == "AUX" and i + 1 < end:
            i, reach = i + 1, trigger.i + 7
        elif doc[i].pos_ == "VERB" and lemma(doc[i]) in _PLANNED:
            i += 1
        else:
            break
    return i


def _after_visitor(doc: Doc, start: int, end: int) -> int:
    """The first destination preposition after the visitor's words ("du maire de X, P,
    dans ..."), before any conjugated verb; -1 when none."""
    for token in doc[start:end]:
        if token.lower_ in DESTINATION_PREPS:
            return token.i
        if token.pos_ in ("VERB", "AUX") and "Fin" in feats(token, "VerbForm"):
            return -1
    return -1


def destinations(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """Places a mission or visit goes to: "mission à X", "mission X", "à l'étranger (X, Y)"."""
    doc, end = ctx.doc, clause.end
    i = _after_modifiers(trigger, end)
    if i + 1 < end and doc[i].lower_ in ("de", "du", "d'", "d’"):
        # "la visite du ministre X à Y", "la venue d'une délégation à Y": past the visitor.
        j = _after_visitor(doc, i + 1, min(i + 16, end))
        i = j if j > 0 and doc[j].lower_ != "pour" else i
    if i < end and ctx.entity_at(i, PLACE_LABELS):
        return [s for s, _ in collect_list(ctx, i, end, PLACE_LABELS)]
    if i >= end or doc[i].lower_ not in DESTINATION_PREPS:
        return []
    i += 1
    while i < end and doc[i].lower_ in DETERMINERS:
        i += 1
    if i + 1 < end and doc[i].lower_ in _VAGUE_PLACES and doc[i + 1].text == "(":
        close = skip_parenthesis(ctx.tokens, i + 1, end)
        return [s for s, _ in collect_list(ctx, i + 2, close, PLACE_LABELS)]
    return [s for s, _ in collect_list(ctx, i, end, PLACE_LABELS)]


def venue(ctx: Context, clause: Span) -> list[Span]:
    """The first place of the clause introduced by "à" or "en" ("À X, le salon ...")."""
    for token in ctx.candidates(clause, (), words=("à", "a", "en", "au")):
        if token.lower_ in ("à", "a", "en", "au") and token.i + 1 < clause.end:
            span = ctx.entity_at(token.i + 1, PLACE_LABELS)
            if span is not None:
                return [span]
    return []


def nearest_date(ctx: Context, trigger: Token, clause: Span) -> Span | None:
    """The date of the clause closest to the trigger."""
    dates = ctx.entities_in(clause.start, clause.end, _DATE)
    return min(dates, key=lambda s: abs(s.start - trigger.i), default=None)


def sectors(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """Sectors an event is about: "mission axée sur le numérique", "salon de l'aéronautique"."""
    window = ctx.entities_in(trigger.i + 1, min(trigger.i + 8, clause.end), _SECTOR)
    found = []
    for span in window:
        between = ctx.doc[trigger.i + 1 : span.start]
        if len(between) <= 2 or any(lemma(t) in _SECTOR_CUES for t in between):
            found.append(span)
    return found


def origin_of_visitor(ctx: Context, trigger: Token, clause: Span) -> Span | None:
    """ "la venue à X de la maire de Y": the place the visitor's office belongs to."""
    doc = trigger.doc
    for i in range(trigger.i + 1, min(trigger.i + 12, clause.end - 2)):
        if doc[i].text in ",;.":
            return None
        if lemma(doc[i]) in ROLE_NOUNS and doc[i + 1].lower_ in ("de", "du", "d'", "d’"):
            return ctx.entity_after(i + 2, clause.end, ACTOR_LABELS)
    return None


def stand_owner(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """ "le stand de X": the organisation that holds the stand."""
    i = trigger.i + 1
    if i + 1 < clause.end and ctx.doc[i].lower_ in ("de", "du", "d'", "d’"):
        span = ctx.entity_at(i + 1, PERSON_OR_ORG)
        return [span] if span is not None else []
    return []
