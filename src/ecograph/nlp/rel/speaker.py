"""First person outside quotes: in an interview's answers, "nous", "notre" and "nos" are the
company the piece is about ("Nous avons repris X", "Notre mise de départ est de N").

Inside quotation marks the speaker may belong to any organisation of the article, so a
quoted "nous" is left alone.
"""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.discourse import topics
from ecograph.nlp.rel.lexicon import ORG_LABELS

FIRST_PERSON = frozenset({"nous", "notre", "nos"})
_OPEN = frozenset({"«", "“"})
_CLOSE = frozenset({"»", "”"})
# The lead names the company: its topic within the first clauses.
_LEAD = 3


def quoted(ctx: Context, i: int) -> bool:
    """Whether token `i` is inside quotation marks opened in its paragraph."""
    depth, straight = 0, False
    j = i - 1
    while j >= 0 and "\n" not in ctx.tokens[j].text:
        word = ctx.lowers[j]
        if word in _CLOSE and depth == 0:
            return False
        if word in _OPEN:
            return True
        straight = not straight if word == '"' else straight
        j -= 1
    return straight


def speaker_org(ctx: Context, i: int) -> Span | None:
    """The organisation a first-person word at token `i` stands for, outside quotes: the
    topic of the article's lead."""
    if ctx.lowers[i] not in FIRST_PERSON or quoted(ctx, i):
        return None
    found = topics(ctx)
    lead = next((t.org for t in found[:_LEAD] if t.org is not None), None)
    if lead is not None or not ctx.parts:
        return lead
    # A lead the parse missed: the first company it names.
    first = ctx.parts[0]
    named = ctx.entities_in(first.start, first.end, ORG_LABELS)
    return next((s for s in named if s.label_ == "Company"), named[0] if named else None)
