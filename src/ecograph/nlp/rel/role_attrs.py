"""Roles eco_people already read on person mentions, and the town an unnamed office serves."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS, ROLE_NOUNS
from ecograph.nlp.rel.origins import kind_of_adjective
from ecograph.nlp.rel.role_owners import dont_owner, kind_noun_owner, only_org_named, possessor
from ecograph.nlp.spans import add_relation, attrs, relations

PERSON = frozenset({"Person"})
# An "adjoint au maire" with no town named serves the town whose mayor the article named.
POSSESSIVES = frozenset({"son", "sa", "leur"})
TOWN_ROLES = frozenset({"maire", "mairie", "municipal", "municipale", "ville"})


def town_fallback(ctx: Context) -> Span | None:
    """The town an article's unnamed "maire" refers to: a mayor's town already linked, else
    the city the article names most."""
    for rel in reversed(relations(ctx.doc)):
        own = rel["rule"] == "role.own_town"  # "son maire": another town's mayor
        if rel["type"] == "holds_role" and rel["attributes"].get("role") == "maire" and not own:
            start, end, _ = rel["object"]
            return ctx.doc.char_span(start, end, label=rel["object"][2])
    cities = [s for s in set(ctx.by_token.values()) if s.label_ == "City"]
    counts = Counter(ctx.name(s) for s in cities)
    best = max(cities, key=lambda s: (counts[ctx.name(s)], -s.start), default=None)
    return best


def _own_town(ctx: Context, person: Span) -> Span | None:
    """ "une délégation venue de X ... Autour de son maire, P": with a possessive before the
    office, the last town named before it, not the article's main town."""
    window = ctx.lowers[max(person.start - 4, 0) : person.start]
    if not POSSESSIVES.intersection(window):
        return None
    towns = [s for s in ctx.spans if s.label_ == "City" and s.end <= person.start - 2]
    recent = [s for s in towns if s.start >= person.start - 40]
    return recent[-1] if recent else None


def _possessive_before(ctx: Context, person: Span) -> Span | None:
    """ "sa présidente, P": the organisation a possessive before the role points to."""
    window = ctx.doc[max(person.start - 6, 0) : person.start]
    mark = next((t for t in window if t.lower_ in POSSESSIVES), None)
    role = str(attrs(person).get("role") or "")
    return possessor(ctx, mark.i, role=role) if mark is not None else None


def _named_after_adjective(ctx: Context, obj: Span) -> Span | None:
    """ "PDG du studio nantais X": a town adjective before a company name is not the employer;
    "présidente de la chambre tchèque", "directeur du groupe suisse": with no name after,
    the organisation the kind noun stands for (none when unresolved)."""
    if obj.label_ in ORG_LABELS or len(obj) != 1 or not ctx.tokens[obj.start].is_lower:
        return obj
    named = ctx.entity_at(obj.end, ORG_LABELS) if obj.end < len(ctx.doc) else None
    if named is not None:
        return named
    k = obj.start - 1
    while k > 0 and ctx.tokens[k].pos_ == "ADJ":
        k -= 1  # "l'autorité portuaire espagnole"
    if k <= 0 or ctx.tokens[k].pos_ != "NOUN" or not ctx.tokens[k].is_lower:
        return obj if obj.root.pos_ != "ADJ" else None
    if ctx.lemmas[k] in ROLE_NOUNS:
        return obj  # "le ministre luxembourgeois": the office is the country's
    return kind_of_adjective(ctx, obj) or only_org_named(ctx, ctx.lemmas[k])


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
            own = _own_town(ctx, person)
            obj, rule, conf = own or town_fallback(ctx), "role.town_default", 0.5
            rule = "role.own_town" if own is not None else rule
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
