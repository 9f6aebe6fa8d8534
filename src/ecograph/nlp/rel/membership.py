"""member_of: "P (PS)", "X, membre du réseau Y", "X a rejoint le pôle Y", "X adhère à Y",
"Membre de Y, X ...", "Y, dont X est membre", "ses adhérents, parmi lesquels A, B et C"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import clause_topic, resolve_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.discourse import topics
from ecograph.nlp.rel.first_person import we_subject
from ecograph.nlp.rel.joining import more_members
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.rel.modality import denied
from ecograph.nlp.rel.parties import antecedent
from ecograph.nlp.spans import add_relation

_MEMBERS = ORG_LABELS | frozenset({"Person"})
_JOIN_VERBS = frozenset({"rejoindre", "adhérer", "intégrer"})
_MEMBER_NOUNS = frozenset({"membre", "adhérent"})
_MEMBER_WORDS = _JOIN_VERBS | _MEMBER_NOUNS
_PREPS = frozenset({"à", "au", "aux", "de", "du", "d'", "d’"})
# "ses adhérents, parmi lesquels A, B et C" / "dont A et B" / ": A, B".
_LIST_CUES = frozenset({"parmi", "dont", "notamment", ":"})
_POSSESSIVES = frozenset({"ses", "leurs", "son", "sa"})


def _bracketed_party(ctx: Context, person: Span, clause: Span) -> Span | None:
    """ "Anne Roux (PS)": a party in brackets right after a name."""
    doc, i = ctx.doc, person.end
    if i + 2 >= clause.end or doc[i].text != "(":
        return None
    party = ctx.entity_at(i + 1, frozenset({"PoliticalParty"}))
    return party if party is not None and doc[party.end].text == ")" else None


def _group_after(ctx: Context, token: Token, clause: Span) -> Span | None:
    """The group named after a join word, past a date and a preposition: "a adhéré le mois
    dernier au réseau Y", "membre du pôle Y"."""
    j = token.i + 1
    while j < clause.end and (skip := ctx.time_words(j, clause.end)):
        j += skip
    if j < clause.end and ctx.lowers[j] in _PREPS:
        j += 1
    return ctx.entity_after(j, clause.end, ORG_LABELS)


def _joiner(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """Who joins: the (resolved) subject; else what the clause is about ("Membre de X depuis
    2015, la start-up vient de rejoindre Y"); else the nearest name on the left."""
    orgs, how = acting_orgs(ctx, verb, clause)
    if orgs and how == "subject":
        return orgs[0]
    # Before the first name of the clause, which may sit in the fronted phrase.
    return clause_topic(ctx, verb.i) or (orgs[0] if orgs else None)


def _noun_member(ctx: Context, token: Token, clause: Span) -> Span | None:
    """ "X, membre du réseau Y" (X), "Membre de Y, la PME ..." (the clause's topic)."""
    if token.i == clause.start:
        return topics(ctx)[ctx.clause_of(token.i)].org
    if token.dep_ == "appos":
        named = ctx.entity_at(token.head.i, _MEMBERS) or resolve_org(ctx, token.head)
        if named is not None:
            return named
    return antecedent(ctx, token.i, clause, _MEMBERS)


def _member_word(ctx: Context, clause: Span) -> list[tuple[Span, Span, str]]:
    """ "X, membre du réseau Y" and "X a rejoint / adhère à / intègre Y"."""
    found = []
    for token in ctx.candidates(clause, _MEMBER_WORDS):
        word = ctx.lemmas[token.i]
        joins = word in _JOIN_VERBS and token.pos_ == "VERB"
        if word not in _MEMBER_NOUNS and not joins:
            continue
        if not joins and (listed := _listed_members(ctx, token, clause)):
            found.extend(listed)
            continue
        if not joins and (whose := _dont_member(ctx, token, clause)):
            found.append(whose)
            continue
        if not joins and ctx.lowers[token.i - 1] in _POSSESSIVES:
            continue  # "Y compte parmi ses membres X": Y is the group (see `joining`)
        group = _group_after(ctx, token, clause)
        if group is None:
            continue
        member = _joiner(ctx, token, clause) if joins else _noun_member(ctx, token, clause)
        member = member or we_subject(ctx, token)  # "nous sommes adhérents du cluster Y"
        # "Nouveaux adhérents au club X" (a heading the model read as a name): no member.
        if member is not None and member != group and not member.start <= token.i < member.end:
            found.append((member, group, "member.join" if joins else "member.noun"))
    return found


def _dont_member(ctx: Context, token: Token, clause: Span) -> tuple[Span, Span, str] | None:
    """ "le pôle Y, dont X est membre (depuis 2015)": X is a member of Y."""
    start = max(token.i - 8, clause.start)
    dont = next((j for j in range(token.i - 1, start, -1) if ctx.lowers[j] == "dont"), None)
    if dont is None or ctx.lemmas[token.i - 1] != "être":
        return None
    members = ctx.entities_in(dont + 1, token.i, _MEMBERS)
    group = antecedent(ctx, dont, clause, ORG_LABELS)
    if len(members) != 1 or group is None or group == members[0]:
        return None
    return members[0], group, "member.dont"


def _listed_members(ctx: Context, token: Token, clause: Span) -> list[tuple[Span, Span, str]]:
    """ "X ... ses adhérents, parmi lesquels A, B et C": each listed name is a member of X."""
    i = token.i
    if ctx.lowers[i - 1] not in _POSSESSIVES or i + 2 >= clause.end:
        return []
    j = i + 1 + (ctx.lowers[i + 1] == ",")
    if ctx.lowers[j] not in _LIST_CUES:
        return []
    j += 1
    while j < clause.end and ctx.lowers[j] in ("lesquels", "lesquelles", "eux", "elles"):
        j += 1
    owner = clause_topic(ctx, i)
    if owner is None:
        return []
    listed = [s for s, _ in collect_list(ctx, j, clause.end, ORG_LABELS)]
    return [(m, owner, "member.listed") for m in listed if m != owner]


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
    for member, group, rule in _member_word(ctx, clause) + more_members(ctx, clause):
        if denied(ctx, group.start, clause):
            continue  # "X n'est plus membre de Y", "X pourrait rejoindre Y"
        add_relation(
            ctx.doc, "member_of", member, group, rule=rule, confidence=0.6, sentence=clause
        )
