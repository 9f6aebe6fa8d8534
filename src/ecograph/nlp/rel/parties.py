"""Sides of a deal and subjects: "X ... avec Y", "X, avec laquelle ...", "X et Y signent"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.anaphora import resolve_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.first_person import we_subject
from ecograph.nlp.rel.lexicon import (
    ACTOR_LABELS,
    DESTINATION_PREPS,
    DETERMINERS,
    ORG_LABELS,
    PLACE_LABELS,
    RELATIVE_PRONOUNS,
)
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.spans import attrs

PERSON = frozenset({"Person"})
_CITY = frozenset({"City"})
_TOWNS = {"ville": _CITY, "cité": _CITY, "commune": _CITY, "métropole": _CITY}
_TOWNS["région"] = frozenset({"Region"})
# "pour développer", "afin de relier": a purpose clause, whose "entre X et Y" is no side.
_PURPOSE = frozenset({"pour", "afin"})
_INF_ENDS = ("er", "ir", "re")


def antecedent(ctx: Context, i: int, clause: Span, labels: frozenset[str]) -> Span | None:
    """The nearest entity left of token `i` in the clause, skipping bracketed asides."""
    j = i - 1
    tokens = ctx.tokens
    while j >= clause.start:
        if tokens[j].text == ")":
            while j > clause.start and tokens[j].text != "(":
                j -= 1
        span = ctx.entity_at(j, labels)
        if span is not None:
            return span
        j -= 1
    return None


def with_list(
    ctx: Context,
    start: int,
    clause: Span,
    labels: frozenset[str],
    *,
    cues: tuple[str, ...] = ("avec", "entre"),
) -> list[Span]:
    """Entities after the first "avec"/"entre" from `start`: a list, or a relative's antecedent."""
    lowers = ctx.lowers
    for i in range(start, clause.end - 1):
        if lowers[i] in _PURPOSE and _infinitive_at(ctx, i + 1, clause):
            return []  # "un partenariat pour relier X et Y": the purpose's words are no side
        if lowers[i] not in cues:
            continue
        if lowers[i + 1] in RELATIVE_PRONOUNS:
            found = antecedent(ctx, i, clause, labels)
            return [found] if found is not None else []
        j = i + 1
        while j < clause.end and lowers[j] in DETERMINERS:
            j += 1
        return [s for s, _ in collect_list(ctx, j, clause.end, labels)]
    return []


def _adjective(ctx: Context, span: Span) -> bool:
    return len(span) == 1 and ctx.tokens[span.start].is_lower


def _infinitive_at(ctx: Context, i: int, clause: Span) -> bool:
    """Whether an infinitive starts at token `i` ("pour développer", "afin de relier")."""
    if i < clause.end and ctx.lowers[i] in ("de", "d'", "d’"):
        i += 1
    return i < clause.end and ctx.tokens[i].pos_ == "VERB" and ctx.lowers[i].endswith(_INF_ENDS)


def has_with(ctx: Context, trigger: Token, clause: Span) -> bool:
    """True when an "avec" follows the trigger in its clause (read on the lower forms)."""
    return "avec" in ctx.lowers[max(trigger.i + 1, clause.start) : clause.end]


def relative_party(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """ "X, avec laquelle un accord ...": the antecedent of a relative before the trigger."""
    for i in range(clause.start, trigger.i - 1):
        if ctx.lowers[i] in ("avec", "entre") and ctx.lowers[i + 1] in RELATIVE_PRONOUNS:
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
            # A glued parse may take a subject from the sentence before the clause.
            if child.dep_ not in ("nsubj", "expl:subj") or child.i < clause.start:
                continue
            span = ctx.entity_at(child.i, ACTOR_LABELS) or role_holder(ctx, child.i)
            if span is not None and span.label_ in PLACE_LABELS and _adjective(ctx, span):
                span = None  # "le danois X": the place adjective is no side, X is
            pair = the_two(ctx, child, clause) if span is None else []
            if span is None and not pair:
                # "L'entreprise a conclu un accord avec Y", "elle noue une coopération avec Y".
                span = resolve_org(ctx, child) or we_subject(ctx, node)
            if pair:
                return pair
            if span is not None:
                if span in surface:
                    return surface
                conj = [ctx.entity_at(c.i, ACTOR_LABELS) for c in child.conjuncts]
                return [span, *[c for c in conj if c is not None]]
    return surface


def the_two(ctx: Context, noun: Token, clause: Span) -> list[Span]:
    """ "Les deux entreprises ont signé ...": the first two organisations (or places, for
    "les deux villes") of the sentence before; at the start of the text (the title named
    them), of the sentence after."""
    numbers = {c.lower_ for c in noun.children if c.dep_ == "nummod"}
    if numbers != {"deux"}:
        return []
    word = ctx.lemmas[noun.i]
    # "les deux villes" are two towns, not a town and the country a demonym names.
    labels = _TOWNS.get(word, ORG_LABELS)
    if clause.start == 0:
        start, end = clause.end, clause.end
        while end < len(ctx.doc) and not _ends_sentence(ctx.doc[end]):
            end += 1
    else:
        start, end = clause.start - 1, clause.start
        while start > 0 and not _ends_sentence(ctx.doc[start - 1]):
            start -= 1
    found: list[Span] = []
    for span in ctx.entities_in(start, end, labels):
        if ctx.name(span) not in {ctx.name(s) for s in found}:
            found.append(span)
    return found[:2] if len(found) >= 2 else []


def _ends_sentence(token: Token) -> bool:
    return token.text in (".", "!", "?") or "\n" in token.text


def _initial_list(ctx: Context, trigger: Token, clause: Span) -> list[Span]:
    """The entities listed at the head of the clause, before its first verb."""
    first = ctx.entities_in(clause.start, trigger.i, ACTOR_LABELS | PERSON)
    verbs = [t for t in ctx.tokens[clause.start : trigger.i] if t.pos_ in ("VERB", "AUX")]
    if not first or (verbs and first[0].start > verbs[0].i):
        return []
    if first[0].start > clause.start and ctx.lowers[first[0].start - 1] in DESTINATION_PREPS:
        return []  # "En déplacement à X, le maire de Y a signé ...": X is where, not who
    listed = collect_list(ctx, first[0].start, trigger.i, ACTOR_LABELS | PERSON)
    sides = [role_holder(ctx, s.start) if s.label_ == "Person" else s for s, _ in listed]
    return [s for s in sides if s is not None]


def role_holder(ctx: Context, i: int) -> Span | None:
    """For a person subject, the town or body their role is held in ("le maire de X signe")."""
    person = ctx.entity_at(i, PERSON)
    if person is None:
        return None
    return ctx.at_offsets(attrs(person).get("role_of"))
