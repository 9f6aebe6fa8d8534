"""member_of: "P (PS)", "X, membre du réseau Y", "X a rejoint le pôle Y", "X adhère à Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.anaphora import antecedent_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.parties import antecedent
from ecograph.nlp.spans import add_relation

_MEMBERS = ORG_LABELS | frozenset({"Person"})
_JOIN_VERBS = frozenset({"rejoindre", "adhérer", "intégrer"})
_MEMBER_WORDS = _JOIN_VERBS | {"membre", "adhérent"}


def _bracketed_party(ctx: Context, person: Span, clause: Span) -> Span | None:
    """ "Anne Roux (PS)": a party in brackets right after a name."""
    doc, i = ctx.doc, person.end
    if i + 2 >= clause.end or doc[i].text != "(":
        return None
    party = ctx.entity_at(i + 1, frozenset({"PoliticalParty"}))
    return party if party is not None and doc[party.end].text == ")" else None


def _parsed_member(ctx: Context, token: Token, joins: bool) -> Span | None:
    """The member the parse names: the head of "X, membre de", the subject of "X adhère à"."""
    if joins:
        node = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    else:
        node = token.head if token.dep_ == "appos" else None
    if node is None:
        return None
    # "La société, membre du réseau Y,": the company the sentence before named.
    return ctx.entity_at(node.i, _MEMBERS) or antecedent_org(ctx, node)


def _member_word(ctx: Context, clause: Span) -> list[tuple[Span, Span, str]]:
    """ "X, membre du réseau Y" and "X a rejoint / adhère à / intègre Y"."""
    found = []
    for token in ctx.candidates(clause, _MEMBER_WORDS):
        word = ctx.lemmas[token.i]
        joins = word in _JOIN_VERBS and token.pos_ == "VERB"
        if word not in ("membre", "adhérent") and not joins:
            continue
        group = ctx.entity_after(token.i + 1, clause.end, ORG_LABELS)
        if group is None and token.i + 2 < clause.end:
            group = ctx.entity_after(token.i + 2, clause.end, ORG_LABELS)  # "membre du ..."
        member = _parsed_member(ctx, token, joins) or antecedent(ctx, token.i, clause, _MEMBERS)
        if group is not None and member is not None and member != group:
            found.append((member, group, "member.join" if joins else "member.noun"))
    return found


def extract(ctx: Context, clause: Span) -> None:
    """Write member_of for the clause."""
    for person in ctx.entities_in(clause.start, clause.end, frozenset({"Person"})):
        party = _bracketed_party(ctx, person, clause)
        if party is not None:
            add_relation(
                ctx.doc,
                "member_of",
                person,
                party,
                rule="member.bracket",
                confidence=0.8,
                sentence=clause,
            )
    for member, group, rule in _member_word(ctx, clause):
        add_relation(
            ctx.doc, "member_of", member, group, rule=rule, confidence=0.6, sentence=clause
        )
