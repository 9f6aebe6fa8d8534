"""Roles eco_people already read on person mentions, and the town an unnamed office serves."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.role_owners import dont_owner, kind_noun_owner, possessor
from ecograph.nlp.spans import add_relation, attrs, relations

PERSON = frozenset({"Person"})
# An "adjoint au maire" with no town named serves the town whose mayor the article named.
POSSESSIVES = frozenset({"son", "sa", "leur"})
TOWN_ROLES = frozenset({"maire", "mairie", "municipal", "municipale", "ville"})


def town_fallback(ctx: Context) -> Span | None:
    """The town an article's unnamed "maire" refers to: a mayor's town already linked, else
    the city the article names most."""
    for rel in reversed(relations(ctx.doc)):
        if rel["type"] == "holds_role" and rel["attributes"].get("role") == "maire":
            start, end, _ = rel["object"]
            return ctx.doc.char_span(start, end, label=rel["object"][2])
    cities = [s for s in set(ctx.by_token.values()) if s.label_ == "City"]
    counts = Counter(ctx.name(s) for s in cities)
    best = max(cities, key=lambda s: (counts[ctx.name(s)], -s.start), default=None)
    return best


def _possessive_before(ctx: Context, person: Span) -> Span | None:
    """ "sa présidente, P": the organisation a possessive before the role points to."""
    window = ctx.doc[max(person.start - 6, 0) : person.start]
    mark = next((t for t in window if t.lower_ in POSSESSIVES), None)
    role = str(attrs(person).get("role") or "")
    return possessor(ctx, mark.i, role=role) if mark is not None else None


def _named_after_adjective(ctx: Context, obj: Span) -> Span:
    """ "PDG du studio nantais X": a town adjective before a company name is not the employer."""
    if obj.label_ in ORG_LABELS or obj.root.pos_ != "ADJ" or obj.end >= len(ctx.doc):
        return obj
    return ctx.entity_at(obj.end, ORG_LABELS) or obj


def from_person_attrs(ctx: Context, clause: Span) -> set[int]:
    """Roles eco_people already read on the person mentions; return the persons done."""
    done = set()
    for person in ctx.entities_in(clause.start, clause.end, PERSON):
        data = attrs(person)
        role = data.get("role")
        if not role:
            continue
        done.add(person.start)
        obj, rule, conf = ctx.at_offsets(data.get("role_of")), "role.person_attrs", 0.8
        obj = _named_after_adjective(ctx, obj) if obj is not None else None
        if obj is None and set(str(role).casefold().split()) & TOWN_ROLES:
            obj, rule, conf = town_fallback(ctx), "role.town_default", 0.5
        elif obj is None:
            obj, role = kind_noun_owner(ctx, person, str(role))
            rule, conf = "role.kind_noun", 0.6
        if obj is None:
            obj, rule, conf = dont_owner(ctx, person), "role.dont", 0.7
        if obj is None:
            obj, rule, conf = _possessive_before(ctx, person), "role.possessive", 0.5
        if obj is not None:
            add_relation(
                ctx.doc,
                "holds_role",
                person,
                obj,
                rule=rule,
                confidence=conf,
                sentence=clause,
                role=str(role),
            )
        party = ctx.at_offsets(data.get("member_of"))
        if party is not None:
            add_relation(
                ctx.doc,
                "member_of",
                person,
                party,
                rule="role.person_attrs",
                confidence=0.7,
                sentence=clause,
            )
    return done
