"""Small finders shared by the capital rules: the entity after a cue word, a guarded edge."""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.link import fold
from ecograph.nlp.rel.context import Context
from ecograph.nlp.spans import add_relation


def first_after(
    ctx: Context,
    i: int,
    clause: Span,
    cues: tuple[str, ...],
    labels: frozenset[str],
    *,
    reach: int = 8,
) -> Span | None:
    """The first entity after one of the words `cues`, within `reach` tokens of `i`."""
    for j in range(i + 1, min(i + reach, clause.end - 1)):
        if ctx.doc[j].lower_ in cues:
            found = ctx.entity_after(j + 1, clause.end, labels)
            if found is not None:
                return found
    return None


def write(ctx: Context, rel: str, subj: Span, obj: Span, rule: str, clause: Span) -> None:
    if subj != obj and not same_org(ctx, subj, obj):
        add_relation(ctx.doc, rel, subj, obj, rule=rule, confidence=0.7, sentence=clause)


def same_org(ctx: Context, a: Span, b: Span) -> bool:
    """Two mentions of one organisation: "X & Cie" and "X & Cie SA" (a name and its long form)."""
    first, second = fold(ctx.name(a)), fold(ctx.name(b))
    return first == second or first.startswith(second + " ") or second.startswith(first + " ")
