"""Find the arguments of an event trigger in its clause: places, parties, dates, sectors."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.context import Context, collect_list, lemma, skip_parenthesis
from ecograph.nlp.rel.lexicon import (
    ACTOR_LABELS,
    DESTINATION_PREPS,
    DETERMINERS,
    ORG_LABELS,
    PLACE_LABELS,
    RELATIVE_PRONOUNS,
)
from ecograph.nlp.spans import attrs

PERSON = frozenset({"Person"})
PERSON_OR_ORG = ORG_LABELS | PERSON
_DATE = frozenset({"Date"})
_SECTOR = frozenset({"Sector"})
# "à l'étranger (Japon, Chine)": a vague place followed by the real list in brackets.
_VAGUE_PLACES = frozenset({"étranger", "international", "export"})
_SECTOR_CUES = frozenset({"axer", "axé", "centrer", "centré", "consacrer", "dédier", "thème"})
_SECTOR_CUES |= frozenset({"secteur", "filière", "sur", "autour", "spécialiser"})


def _after_modifiers(trigger: Token, end: int) -> int:
    """Index of the first token after the trigger's adjectives ("mission commerciale")."""
    doc, i = trigger.doc, trigger.i + 1
    while i < end and i <= trigger.i + 4:
        if doc[i].pos_ in ("ADJ", "ADV"):
            i += 1
        elif doc[i].lower_ in ("de", "d'", "d’") and i + 1 < end and doc[i + 1].pos_ == "NOUN":
            i += 2  # "mission d'affaires au X", "mission de prospection en X"
        else:
            break
    return i


def destinations(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """Places a mission or visit goes to: "mission à X", "mission X", "à l'étranger (X, Y)"."""
    doc, end = ctx.doc, clause.end
    i = _after_modifiers(trigger, end)
    if i < end and ctx.entity_at(i, PLACE_LABELS):
        return [s for s, _ in collect_list(ctx, i, end, PLACE_LABELS)]
    if i >= end or doc[i].lower_ not in DESTINATION_PREPS:
        return []
    i += 1
    while i < end and doc[i].lower_ in DETERMINERS:
        i += 1
    if i + 1 < end and doc[i].lower_ in _VAGUE_PLACES and doc[i + 1].text == "(":
        close = skip_parenthesis(doc, i + 1, end)
        return [s for s, _ in collect_list(ctx, i + 2, close, PLACE_LABELS)]
    return [s for s, _ in collect_list(ctx, i, end, PLACE_LABELS)]


def venue(ctx: Context, clause: Span) -> list[Span]:
    """The first place of the clause introduced by "à" or "en" ("À X, le salon ...")."""
    for token in clause:
        if token.lower_ in ("à", "a", "en", "au") and token.i + 1 < clause.end:
            span = ctx.entity_at(token.i + 1, PLACE_LABELS)
            if span is not None:
                return [span]
    return []


def antecedent(ctx: Context, i: int, clause: Span, labels: frozenset[str]) -> Span | None:
    """The nearest entity left of token `i` in the clause, skipping bracketed asides."""
    j = i - 1
    while j >= clause.start:
        if ctx.doc[j].text == ")":
            while j > clause.start and ctx.doc[j].text != "(":
                j -= 1
        span = ctx.entity_at(j, labels)
        if span is not None:
            return span
        j -= 1
    return None


def with_list(ctx: Context, start: int, clause: Span, labels: frozenset[str]) -> list[Span]:
    """Entities after the first "avec"/"entre" from `start`: a list, or a relative's antecedent."""
    doc = ctx.doc
    for i in range(start, clause.end - 1):
        if doc[i].lower_ not in ("avec", "entre"):
            continue
        if doc[i + 1].lower_ in RELATIVE_PRONOUNS:
            found = antecedent(ctx, i, clause, labels)
            return [found] if found is not None else []
        j = i + 1
        while j < clause.end and doc[j].lower_ in DETERMINERS:
            j += 1
        return [s for s, _ in collect_list(ctx, j, clause.end, labels)]
    return []


def has_with(trigger: Token, clause: Span) -> bool:
    """True when an "avec" follows the trigger in its clause."""
    return any(t.lower_ == "avec" for t in clause if t.i > trigger.i)


def relative_party(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """ "X, avec laquelle un accord ...": the antecedent of a relative before the trigger."""
    for i in range(clause.start, trigger.i - 1):
        if ctx.doc[i].lower_ in ("avec", "entre") and ctx.doc[i + 1].lower_ in RELATIVE_PRONOUNS:
            found = antecedent(ctx, i, clause, ACTOR_LABELS)
            return [found] if found is not None else []
    return []


def subject_party(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """The subject of the verb chain governing the trigger ("X souhaite conclure un accord").

    The parse is read first; the clause-initial list ("X et Y ont signé ...") completes
    it, as the model often attaches only one conjunct to the verb.
    """
    surface = _initial_list(ctx, trigger, clause)
    node = trigger
    while node.dep_ in ("obj", "xcomp", "ccomp", "nsubj:pass", "obl:arg") and node.head != node:
        node = node.head
        for child in node.children:
            if child.dep_ not in ("nsubj", "expl:subj"):
                continue
            span = ctx.entity_at(child.i, ACTOR_LABELS) or role_holder(ctx, child.i)
            if span is not None:
                if span in surface:
                    return surface
                conj = [ctx.entity_at(c.i, ACTOR_LABELS) for c in child.conjuncts]
                return [span, *[c for c in conj if c is not None]]
    return surface


def _initial_list(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """The entities listed at the head of the clause, before its first verb."""
    first = ctx.entities_in(clause.start, trigger.i, ACTOR_LABELS | PERSON)
    verbs = [t for t in clause if t.i < trigger.i and t.pos_ in ("VERB", "AUX")]
    if not first or (verbs and first[0].start > verbs[0].i):
        return []
    listed = collect_list(ctx, first[0].start, trigger.i, ACTOR_LABELS | PERSON)
    sides = [role_holder(ctx, s.start) if s.label_ == "Person" else s for s, _ in listed]
    return [s for s in sides if s is not None]


def role_holder(ctx: Context, i: int) -> Span | None:
    """For a person subject, the town or body their role is held in ("le maire de X signe")."""
    person = ctx.entity_at(i, PERSON)
    if person is None:
        return None
    offsets = attrs(person).get("role_of")
    if not isinstance(offsets, list | tuple) or len(offsets) != 2:
        return None
    found = (s for s in set(ctx.by_token.values()) if (s.start_char, s.end_char) == tuple(offsets))
    return next(found, None)


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


_ORGANISER_CUES = (
    "à l'initiative de",
    "à l’initiative de",
    "organisée par",
    "organisé par",
    "sous l'égide de",
    "sous l’égide de",
    "pilotée par",
    "piloté par",
)


def organisers(ctx: Context, clause: Span) -> list[Span]:
    """Who organised the event: "à l'initiative de X", "organisée par X"."""
    text = clause.text.casefold()
    found = []
    for cue in _ORGANISER_CUES:
        at = text.find(cue)
        if at < 0:
            continue
        after = ctx.doc.char_span(
            clause.start_char + at + len(cue), clause.end_char, alignment_mode="expand"
        )
        if after is not None:
            names = ctx.entities_in(after.start, min(after.start + 4, clause.end), ORG_LABELS)
            found += names[:1]
    return found


def verb_organisers(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """ "X organise une mission": the subject of "organiser" whose object is the trigger."""
    verb = trigger.head
    if trigger.dep_ != "obj" or lemma(verb) != "organiser":
        return []
    subjects = [ctx.entity_at(c.i, ORG_LABELS) for c in verb.children if c.dep_ == "nsubj"]
    found = [s for s in subjects if s is not None]
    if not found:
        # A long name often breaks the parse: take the organisation just before the verb.
        left = antecedent(ctx, verb.i, clause, ORG_LABELS)
        between = list(trigger.doc[left.end : verb.i]) if left is not None else []
        if left is not None and not any(t.pos_ in ("VERB", "AUX") for t in between):
            found = [left]
    return found


def stand_owner(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """ "le stand de X": the organisation that holds the stand."""
    i = trigger.i + 1
    if i + 1 < clause.end and ctx.doc[i].lower_ in ("de", "du", "d'", "d’"):
        span = ctx.entity_at(i + 1, PERSON_OR_ORG)
        return [span] if span is not None else []
    return []
