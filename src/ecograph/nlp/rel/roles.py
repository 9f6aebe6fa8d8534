"""People's offices: holds_role (with the role text) and party membership (member_of)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from ecograph.nlp.rel.context import Context, feats, lemma
from ecograph.nlp.rel.lexicon import ACTOR_LABELS, ORG_LABELS, ROLE_NOUNS
from ecograph.nlp.spans import add_relation, attrs, relations

PERSON = frozenset({"Person"})
_STOPS = frozenset({",", "(", ")", ".", ";", ":", "«", "»", "!", "?"})
_OF = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux"})
# An "adjoint au maire" with no town named serves the town whose mayor the article named.
_TOWN_ROLES = frozenset({"maire", "mairie", "municipal", "municipale", "ville"})


def _is_party(span: Span) -> bool:
    """A party label after a role noun ("le maire LR"): typed so, or a short acronym."""
    return span.label_ == "PoliticalParty" or (span.text.isupper() and len(span.text) <= 5)


def role_phrase(ctx: Context, start: int, clause: Span) -> tuple[int, Span | None, list[Span]]:
    """Read a role phrase from its noun: return where its text ends, its object and parties.

    "maire LR de X" -> end before "de", object X, party LR;
    "adjoint au maire délégué à l'international" -> the whole phrase, no object.
    """
    doc, i, end = ctx.doc, start + 1, start + 1
    obj: Span | None = None
    parties: list[Span] = []
    while i < clause.end and doc[i].text not in _STOPS and "Fin" not in feats(doc[i], "VerbForm"):
        span = ctx.by_token.get(i)
        if span is not None and span.label_ == "Person":
            break
        if span is not None and span.label_ in ORG_LABELS and _is_party(span) and i == end:
            parties.append(span)
            i = span.end
            continue
        if doc[i].lower_ in _OF and i + 1 < clause.end:
            nxt = ctx.entity_at(i + 1, ACTOR_LABELS) or ctx.entity_at(i + 2, ACTOR_LABELS)
            if nxt is not None and not _is_party(nxt):
                return end, nxt, parties
        i += 1
        end = i
    return end, obj, parties


def _role_text(ctx: Context, start: int, end: int, parties: list[Span]) -> str:
    skip = {i for p in parties for i in range(p.start, p.end)}
    text = "".join(t.text_with_ws for t in ctx.doc[start:end] if t.i not in skip)
    return " ".join(text.split())


def _town_fallback(ctx: Context) -> Span | None:
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


def _persons_near(ctx: Context, role: int, clause: Span) -> Span | None:
    """The person a role noun describes: "P, maire de X" (before) or "le maire de X, P" (after)."""
    j = role - 1
    while j >= clause.start and (ctx.doc[j].pos_ in ("DET", "ADJ") or ctx.doc[j].text == ","):
        j -= 1
    return ctx.entity_at(j, PERSON) if j >= clause.start and ctx.doc[j + 1].text == "," else None


def _span_at(ctx: Context, offsets: object) -> Span | None:
    """The entity mention at (start_char, end_char), as eco_people records it."""
    if not isinstance(offsets, list | tuple) or len(offsets) != 2:
        return None
    found = (s for s in set(ctx.by_token.values()) if (s.start_char, s.end_char) == tuple(offsets))
    return next(found, None)


def _from_person_attrs(ctx: Context, clause: Span) -> set[int]:
    """Roles eco_people already read on the person mentions; return the persons done."""
    done = set()
    for person in ctx.entities_in(clause.start, clause.end, PERSON):
        data = attrs(person)
        role = data.get("role")
        if not role:
            continue
        done.add(person.start)
        obj, rule, conf = _span_at(ctx, data.get("role_of")), "role.person_attrs", 0.8
        if obj is None and set(str(role).casefold().split()) & _TOWN_ROLES:
            obj, rule, conf = _town_fallback(ctx), "role.town_default", 0.5
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
        party = _span_at(ctx, data.get("member_of"))
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


def extract(ctx: Context, clause: Span) -> None:
    """Write holds_role and member_of for every role noun tied to a named person."""
    done = _from_person_attrs(ctx, clause)
    for token in clause:
        if lemma(token) not in ROLE_NOUNS or token.pos_ not in ("NOUN", "PROPN", ""):
            continue
        if ctx.by_token.get(token.i) is not None:
            continue
        end, obj, parties = role_phrase(ctx, token.i, clause)
        person = _persons_near(ctx, token.i, clause) or _person_after(ctx, end, obj, clause)
        if person is None or person.start in done:
            continue
        role = _role_text(ctx, token.i, end, parties)
        rule, conf = "role.apposition", 0.8
        if obj is None and set(role.casefold().split()) & _TOWN_ROLES:
            obj, rule, conf = _town_fallback(ctx), "role.town_default", 0.5
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
    while i < clause.end and ctx.doc[i].text == ",":
        i += 1
    return ctx.entity_at(i, PERSON) if i < clause.end else None
