"""First-person subjects: "nous" in an interview's answers or in a quote speaks for the
company the article is about ("Nous sommes adhérents du cluster X depuis juillet")."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.speaker import speaker_org
from ecograph.nlp.spans import attrs

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_PERSON = frozenset({"Person"})
_CLOSING = frozenset({"»", '"', "”"})


def main_company(ctx: Context) -> Span | None:
    """The company the article names most, at least twice (the first named on a tie)."""
    companies = [s for s in ctx.spans if s.label_ == "Company"]
    counts = Counter(ctx.name(s) for s in companies)
    if not counts:
        return None
    name, seen = counts.most_common(1)[0]
    return next((s for s in companies if ctx.name(s) == name), None) if seen >= 2 else None


def we_subject(ctx: Context, word: Token) -> Span | None:
    """The company "nous" stands for when it is the subject of `word` or of a word above it
    ("nous nous associons à Y", "nous sommes adhérents de Y")."""
    node = word
    for _ in range(3):
        if any(c.dep_ in _SUBJECTS and ctx.lowers[c.i] == "nous" for c in node.children):
            return _speaker(ctx, word.i)
        if node.head is node:
            return None
        node = node.head
    return None


def _speaker(ctx: Context, i: int) -> Span | None:
    """Who says "nous" at token `i`: in a quote told by a person ("« Nous ... », raconte P,
    associée de X"), that person's organisation (nobody when it is unknown); else (an
    interview's answer) the company the article is about."""
    end = min(i + 40, len(ctx.lowers))
    close = next((j for j in range(i, end) if ctx.lowers[j] in _CLOSING), -1)
    told = ctx.entities_in(close, min(close + 12, len(ctx.lowers)), _PERSON) if close >= 0 else []
    if not told:
        # An interview's answer: the company of the lead (`speaker`), else the one named most.
        return speaker_org(ctx, i) or main_company(ctx)
    held = ctx.at_offsets(attrs(told[0]).get("role_of"))
    return held if held is not None and held.label_ in ORG_LABELS else None
