"""Anaphora: which organisation "il", "elle", "le groupe" or "la coopérative" stands for.

French news names a company once ("Le logisticien X a choisi ...") and goes on with
a pronoun, a definite kind noun ("L'entreprise va investir ...") or a clause whose
subject is no organisation at all. The topic of every clause (`discourse.topics`)
is computed once per doc; these functions read it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.deal_sides import deal_side
from ecograph.nlp.rel.discourse import CARRY, kind_org, step_back, topics
from ecograph.nlp.rel.kinds import is_anaphor, is_pronoun, named_head
from ecograph.nlp.rel.lexicon import PLACE_LABELS
from ecograph.nlp.rel.speaker import FIRST_PERSON, speaker_org
from ecograph.nlp.rel.words import feats
from ecograph.nlp.spans import relations

__all__ = [
    "antecedent_org",
    "clause_topic",
    "is_anaphor",
    "is_pronoun",
    "resolve_actor",
    "resolve_org",
    "topic_org",
    "topic_place",
]

_PERSON = frozenset({"Person"})
# Where a person leads from: subject, agent of a passive ("conduite par P"), apposition.
_PERSON_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent", "appos", "ROOT"})
# Relations whose object is where the company sets up: "y investira" goes there.
_PLACE_RELATIONS = frozenset({"establishes_in", "destination"})


def topic_org(ctx: Context, i: int, *, exclude: Span | None = None) -> Span | None:
    """The organisation the text is about just before token `i` (not `exclude`).

    The clause's own subject counts when it comes before `i`; else the topic of an
    earlier clause carries over, at most `CARRY` clauses back (a paragraph break
    counts as one more).
    """
    found = topics(ctx)
    n = ctx.clause_of(i)
    distance = 0
    for k in range(n, -1, -1):
        topic = found[k]
        if k < n:
            distance += step_back(ctx, k)  # a heading line between counts for nothing
            if distance > CARRY:
                return None
        usable = topic.org is not None and topic.org != exclude
        if usable and (k < n or topic.at < i) and topic.org is not None:
            return topic.org
    return None


def clause_topic(ctx: Context, i: int) -> Span | None:
    """The organisation the clause of token `i` is about, when named (or resolved) before `i`."""
    topic = topics(ctx)[ctx.clause_of(i)]
    return topic.org if topic.org is not None and topic.at < i else None


def resolve_org(ctx: Context, token: Token, *, exclude: Span | None = None) -> Span | None:
    """The organisation `token` names or stands for (never `exclude`), else None.

    A name is itself ("le transporteur X" gives X); a subject "il"/"elle" (not
    impersonal) is the current topic unless a person was the last subject; a
    definite kind noun ("le groupe", "l'hébergeur", "le nouveau venu") is the
    organisation the same noun designated earlier ("le groupe X"), else the topic.
    """
    named = named_head(ctx, token)
    if named is not None:
        return named
    if is_pronoun(ctx, token):
        return _pronoun_org(ctx, token.i, exclude)
    side = deal_side(ctx, token)  # "le repreneur", "la cible": a side of the last takeover
    if side is not None and side != exclude:
        return side
    if ctx.lowers[token.i] in FIRST_PERSON:  # "Nous avons repris X" in an interview's answer
        speaker = speaker_org(ctx, token.i)
        return speaker if speaker != exclude else None
    if not is_anaphor(ctx, token):
        return None
    return kind_org(ctx, token, ctx.clause_of(token.i), exclude=exclude)


def antecedent_org(ctx: Context, token: Token) -> Span | None:
    """Former name of `resolve_org` (kept for the rules that call it)."""
    return resolve_org(ctx, token)


def _pronoun_org(ctx: Context, i: int, exclude: Span | None) -> Span | None:
    """ "Il avait déjà racheté ...": the topic, unless the last subject was a person."""
    found = topics(ctx)
    n = ctx.clause_of(i)
    own = found[n]
    if own.at < i and (own.person or own.org is not None):
        return None if own.person else topic_org(ctx, i, exclude=exclude)
    for k in range(n - 1, max(n - 1 - CARRY, -1), -1):
        if found[k].person:
            return None
        if found[k].org is not None:
            break
    return topic_org(ctx, i, exclude=exclude)


def resolve_actor(ctx: Context, token: Token) -> Span | None:
    """The person a subject "il"/"elle" stands for: "P, présidente de X, ... Elle conduira".

    The person subject (or agent, or apposition) of the clause before, or of the one
    before it; None when an organisation was the subject in between.
    """
    if not is_pronoun(ctx, token):
        return None
    found = topics(ctx)
    n = ctx.clause_of(token.i)
    gender = feats(token, "Gender")
    for k in range(n - 1, max(n - 3, -1), -1):
        clause = ctx.parts[k]
        for person in ctx.entities_in(clause.start, clause.end, _PERSON):
            if person.root.dep_ in _PERSON_DEPS:
                return person
        if found[k].org is not None and not gender:
            return None
        if found[k].org is not None:
            return None
    return None


def topic_place(ctx: Context, i: int, *, strict: bool = False) -> Span | None:
    """The place "y" stands for before token `i`: "ouvrira un centre à X. Il y investira".

    The last place where a relation of the clause or the two before sets something
    up ("establishes_in", a trip's destination), else (unless `strict`) the last place
    of the clause before.
    """
    n = ctx.clause_of(i)
    first = ctx.parts[max(n - 2, 0)]
    window = (first.start_char, ctx.tokens[i].idx)
    best: tuple[int, int] | None = None
    for rel in relations(ctx.doc):
        if rel["type"] not in _PLACE_RELATIONS:
            continue
        start, end, label = rel["object"]
        if label in PLACE_LABELS and window[0] <= start < window[1]:
            best = (start, end) if best is None or start > best[0] else best
    if best is not None:
        return ctx.at_offsets(best)
    if n == 0 or strict:
        return None
    before = ctx.parts[n - 1]
    places = ctx.entities_in(before.start, before.end, PLACE_LABELS)
    return places[-1] if places else None
