"""More member_of cues: "X fait partie du cluster Y", "Y accueille trois nouveaux adhérents :
A, B et C" (a list after a colon)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import clause_topic
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import DETERMINERS, EVENT_TRIGGERS, ORG_LABELS
from ecograph.nlp.rel.lists import collect_list

Found = tuple[Span, Span, str]
_MEMBERS = ORG_LABELS | frozenset({"Person"})
_OF = frozenset({"de", "du", "des", "d'", "d’"})
# A group one joins: "font partie du voyage / de la délégation" name a trip, not a group.
_TRIP_WORDS = frozenset(k for k, v in EVENT_TRIGGERS.items() if v in ("Mission", "Visit"))
_NEWCOMERS = frozenset({"adhérent", "membre"})
WORDS = frozenset({"partie"}) | _NEWCOMERS
_POSSESSIVES = frozenset({"ses", "leurs"})


def _part_of(ctx: Context, token: Token, clause: Span) -> Found | None:
    """ "X fait partie du cluster Y" (not "font partie du voyage")."""
    i = token.i
    if i == 0 or ctx.lemmas[i - 1] != "faire" or i + 1 >= clause.end:
        return None
    if ctx.lowers[i + 1] not in _OF:
        return None
    j = i + 2
    while j < clause.end and (ctx.lowers[j] in DETERMINERS or ctx.tokens[j].is_lower):
        if ctx.lemmas[j] in _TRIP_WORDS or ctx.lemmas[j] in _NEWCOMERS:
            return None  # a trip's people, or "des membres de Y" (the noun rule reads it)
        j += 1
    group = ctx.entity_at(j, ORG_LABELS) if j < clause.end else None
    members, how = acting_orgs(ctx, ctx.tokens[i - 1], clause)
    if group is None or how not in ("subject", "nearest_left"):
        return None
    member = next((m for m in members if m != group), None)
    return (member, group, "member.part_of") if member is not None else None


def _newcomers(ctx: Context, token: Token, clause: Span) -> list[Found]:
    """ "Le club accueille quatre nouveaux adhérents : A, B et C": each is a member of the
    subject (the group the clause is about)."""
    i = token.i
    if i + 2 >= clause.end or ctx.lowers[i + 1] != ":":
        return []
    group = _group_subject(ctx, token, clause)
    if group is None:
        return []
    listed = collect_list(ctx, i + 2, clause.end, _MEMBERS)
    return [(m, group, "member.newcomers") for m, _ in listed if m != group]


def _possessed(ctx: Context, token: Token, clause: Span) -> list[Found]:
    """ "Le pôle Y compte parmi ses membres A et B", "Y compte A parmi ses adhérents": the
    names the group's own members noun lists (or that come before "parmi ses")."""
    i = token.i
    if ctx.lowers[i - 1] not in _POSSESSIVES or i + 1 >= clause.end:
        return []
    listed = [m for m, _ in collect_list(ctx, i + 1, clause.end, _MEMBERS)]
    if not listed and i >= 2 and ctx.lowers[i - 2] == "parmi":
        verb = next((t.i for t in ctx.tokens[clause.start : i] if t.pos_ == "VERB"), i)
        listed = ctx.entities_in(verb + 1, i - 2, _MEMBERS)
    group = _group_subject(ctx, token, clause) if listed else None
    if group is None or group.label_ == "Company":
        return []  # a company's "membres" are its staff, not member organisations
    return [(m, group, "member.possessed") for m in listed if m != group]


def _group_subject(ctx: Context, token: Token, clause: Span) -> Span | None:
    verb = token.head
    groups, how = acting_orgs(ctx, verb, clause) if verb.pos_ == "VERB" else ([], "none")
    if how == "subject" and groups:
        return groups[0]
    return clause_topic(ctx, token.i)


def more_members(ctx: Context, clause: Span) -> list[Found]:
    """member_of facts of "faire partie de" and of newcomer lists."""
    found: list[Found] = []
    for token in ctx.candidates(clause, WORDS):
        word = ctx.lemmas[token.i]
        if word == "partie":
            fact = _part_of(ctx, token, clause)
            found += [fact] if fact is not None else []
        elif word in _NEWCOMERS:
            found += _newcomers(ctx, token, clause) or _possessed(ctx, token, clause)
    return found
