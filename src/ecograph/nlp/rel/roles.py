"""People's offices: holds_role (with the role text) and party membership (member_of)."""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ACTOR_LABELS, ORG_LABELS, PLACE_LABELS, ROLE_NOUNS
from ecograph.nlp.rel.lists import skip_parenthesis
from ecograph.nlp.rel.origins import kind_of_adjective
from ecograph.nlp.rel.role_attrs import (
    PERSON,
    POSSESSIVES,
    TOWN_ROLES,
    from_person_attrs,
    town_fallback,
)
from ecograph.nlp.rel.role_owners import possessor
from ecograph.nlp.rel.words import feats
from ecograph.nlp.spans import add_relation

_STOPS = frozenset({",", "(", ")", ".", ";", ":", "«", "»", "!", "?"})
_OF = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux"})


def _is_party(span: Span) -> bool:
    """A party label after a role noun ("le maire LR"): typed so, or a short acronym."""
    return span.label_ == "PoliticalParty" or (span.text.isupper() and len(span.text) <= 5)


def role_phrase(ctx: Context, start: int, clause: Span) -> tuple[int, Span | None, list[Span]]:
    """Read a role phrase from its noun: return where its text ends, its object and parties.

    "maire LR de X" -> end before "de", object X, party LR;
    "adjoint au maire délégué à l'international" -> the whole phrase, no object.
    """
    tokens, i, end = ctx.tokens, start + 1, start + 1
    obj: Span | None = None
    parties: list[Span] = []
    while (
        i < clause.end
        and tokens[i].text not in _STOPS
        and "Fin" not in feats(tokens[i], "VerbForm")
    ):
        span = ctx.by_token.get(i)
        if span is not None and span.label_ == "Person":
            break
        if span is not None and span.label_ in ORG_LABELS and _is_party(span) and i == end:
            parties.append(span)
            i = span.end
            continue
        if ctx.lowers[i] in _OF and i + 1 < clause.end:
            # "PDG du studio nantais X": the company, past a kind noun and a town adjective.
            nxt = ctx.entity_after(i + 1, clause.end, ORG_LABELS) or ctx.entity_after(
                i + 1, clause.end, ACTOR_LABELS
            )
            if nxt is not None and nxt.label_ in PLACE_LABELS and len(nxt) == 1:
                # "présidente de la chambre tchèque": the body the kind noun stands for.
                kind = kind_of_adjective(ctx, nxt)
                before = ctx.lemmas[nxt.start - 1] if nxt.start > 0 else ""
                if kind is not None or (tokens[nxt.start].is_lower and before not in ROLE_NOUNS):
                    nxt = kind
            if nxt is not None and not _is_party(nxt):
                return end, nxt, parties
        i += 1
        end = i
    return end, obj, parties


def _role_text(ctx: Context, start: int, end: int, parties: list[Span]) -> str:
    skip = {i for p in parties for i in range(p.start, p.end)}
    text = "".join(t.text_with_ws for t in ctx.doc[start:end] if t.i not in skip)
    return " ".join(text.split())


def _persons_near(ctx: Context, role: int, clause: Span) -> Span | None:
    """The person a role noun describes: "P, maire de X" (before) or "le maire de X, P" (after)."""
    j = role - 1
    tokens = ctx.tokens
    while j >= clause.start and (tokens[j].pos_ in ("DET", "ADJ") or tokens[j].text == ","):
        j -= 1
    return ctx.entity_at(j, PERSON) if j >= clause.start and tokens[j + 1].text == "," else None


def extract(ctx: Context, clause: Span) -> None:
    """Write holds_role and member_of for every role noun tied to a named person."""
    done = from_person_attrs(ctx, clause)
    for token in ctx.candidates(clause, ROLE_NOUNS):
        if ctx.lemmas[token.i] not in ROLE_NOUNS or token.pos_ not in ("NOUN", "PROPN", ""):
            continue
        if ctx.by_token.get(token.i) is not None:
            continue
        end, obj, parties = role_phrase(ctx, token.i, clause)
        person = _persons_near(ctx, token.i, clause) or _person_after(ctx, end, obj, clause)
        if person is None or person.start in done:
            continue
        role = _role_text(ctx, token.i, end, parties)
        rule, conf = "role.apposition", 0.8
        if obj is None and set(role.casefold().split()) & TOWN_ROLES:
            obj, rule, conf = town_fallback(ctx), "role.town_default", 0.5
        elif obj is None and token.i > 0 and ctx.doc[token.i - 1].lower_ in POSSESSIVES:
            obj, rule, conf = possessor(ctx, token.i, role=role), "role.possessive", 0.5
        if obj is not None:
            add_relation(
                ctx.doc,
                "holds_role",
                person,
                obj,
                rule=rule,
                confidence=conf,
                sentence=clause,
                role=role,
            )
        for party in parties:
            add_relation(
                ctx.doc,
                "member_of",
                person,
                party,
                rule="role.party_label",
                confidence=0.7,
                sentence=clause,
            )


def _person_after(ctx: Context, end: int, obj: Span | None, clause: Span) -> Span | None:
    """ "le maire de X, P" or "le ministre P": the name right after the role phrase."""
    i = obj.end if obj is not None else end
    i = skip_parenthesis(ctx.tokens, i, clause.end)  # "le président de la Métropole (MEL), P"
    while i < clause.end and ctx.doc[i].text == ",":
        i += 1
    return ctx.entity_at(i, PERSON) if i < clause.end else None
