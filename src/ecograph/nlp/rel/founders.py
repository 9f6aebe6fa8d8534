"""holds_role told by a passive participle: "X, fondée en 2015 par P", "Cofondée par P, X ..."."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.anaphora import resolve_org, topic_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.deal_sides import last_buyer
from ecograph.nlp.rel.kinds import designated, is_kind
from ecograph.nlp.rel.lexicon import DETERMINERS, ORG_LABELS, ROLE_NOUNS
from ecograph.nlp.rel.words import feats
from ecograph.nlp.spans import add_relation

_PERSON = frozenset({"Person"})
_DATE = frozenset({"Date"})
# The office each participle gives its agent, by the participle's stem.
_STEMS = {
    "fondé": "fondateur",
    "cofondé": "cofondateur",
    "co-fondé": "cofondateur",
    "créé": "fondateur",
    "dirigé": "dirigeant",
    "présidé": "président",
}
_FORMS = {stem + end: role for stem, role in _STEMS.items() for end in ("", "e", "s", "es")}
_POSSESSIVES = frozenset({"son", "sa", "leur", "ses"})
_RELATIVES = frozenset({"qui", "dont", "que", "qu'", "qu’", "où"})
_STOPS = frozenset({".", ";", ":", "(", ")", "«", "»"})


def _par(ctx: Context, token: Token, clause: Span) -> int:
    """Index of "par" after the participle, past a date or adverb ("fondée en 2015 par"), or -1."""
    for i in range(token.i + 1, min(token.i + 7, clause.end)):
        if ctx.lowers[i] == "par":
            return i
        skippable = ctx.entity_at(i, _DATE) is not None or ctx.lowers[i] in ("en", "depuis")
        if not (skippable or ctx.tokens[i].pos_ in ("ADV", "NUM")):
            return -1
    return -1


def _agents(ctx: Context, i: int, clause: Span) -> tuple[list[Span], str | None, int]:
    """The persons after "par" ("P, médecin, et Q, ingénieur"), a role noun before the first
    ("par son fondateur, P"), and where the agent phrase ends."""
    persons: list[Span] = []
    role: str | None = None
    while i < clause.end:
        person = ctx.entity_at(i, _PERSON)
        word = ctx.lowers[i]
        if person is not None:
            persons.append(person)
            i = person.end
        elif word in (",", "et") or (not persons and word in DETERMINERS | _POSSESSIVES):
            i += 1
        elif not persons and ctx.lemmas[i] in ROLE_NOUNS:
            role, i = word, i + 1
        elif persons and ctx.lowers[i - 1] == "," and (end := _aside_end(ctx, i, clause)) > i:
            i = end  # "P, médecin généraliste, et Q": the description of P
        else:
            break
    return persons, role, i


def _aside_end(ctx: Context, i: int, clause: Span) -> int:
    """The closing comma of a description after a name, or -1 ("qui ..." is no description)."""
    if ctx.lowers[i] in _RELATIVES or not ctx.tokens[i].is_lower:
        return -1
    for j in range(i, min(i + 10, clause.end)):
        token = ctx.tokens[j]
        if token.text in _STOPS or (
            token.pos_ in ("VERB", "AUX") and "Fin" in feats(token, "VerbForm")
        ):
            return -1
        if token.text == ",":
            return j
    return -1


def resolve(ctx: Context, token: Token) -> Span | None:
    """The organisation an anaphoric kind noun or pronoun stands for ("le chantier")."""
    return resolve_org(ctx, token)


def _noun_org(ctx: Context, token: Token) -> Span | None:
    """The organisation a noun names or stands for ("X", "l'entreprise")."""
    return ctx.entity_at(token.i, ORG_LABELS) or resolve(ctx, token)


def _led_org(ctx: Context, participle: Token, clause: Span, stop: int) -> Span | None:
    """What the participle says was founded or led.

    Fronted ("Cofondée en 2020 par P, X compte ..."): the subject after the agents;
    passive verb ("X est dirigée par P"): its subject; else the noun it follows.
    """
    if participle.i == clause.start:
        return ctx.entity_after(stop, clause.end, ORG_LABELS) or (
            _noun_org(ctx, ctx.tokens[stop + 1]) if stop + 1 < clause.end else None
        )
    subject = next((c for c in participle.children if c.dep_ == "nsubj:pass"), None)
    if subject is not None:
        return _noun_org(ctx, subject)
    k = participle.i - 1
    if ctx.lowers[k] != "," and ctx.tokens[k].pos_ == "NOUN" and ctx.tokens[k].is_lower:
        # "la troisième acquisition du groupe présidé par P": "du" is definite too.
        kind = ctx.tokens[k]
        deal = k >= 2 and ctx.lemmas[k - 2] in ("acquisition", "rachat", "reprise")
        found = last_buyer(ctx, k) if deal else None  # "la 3e acquisition du groupe présidé par"
        found = found or resolve(ctx, kind) or designated(ctx, kind)
        return found or (topic_org(ctx, k) if is_kind(ctx, k) else None)
    if ctx.lowers[k] != ",":
        return None
    comma = k
    k -= 1
    if ctx.lowers[k] == ")":  # "X (desc), fondée par P"
        while k > clause.start and ctx.lowers[k] != "(":
            k -= 1
        k -= 1
    while k > clause.start and ctx.tokens[k].pos_ == "ADJ" and ctx.by_token.get(k) is None:
        k -= 1  # "L'entreprise familiale, dirigée par P"
    first = k
    while k > clause.start and ctx.tokens[k].is_title and ctx.by_token.get(k) is None:
        k -= 1  # a name only partly tagged: its tagged first words
    found = _noun_org(ctx, ctx.tokens[k]) if k >= clause.start else None
    start = k + (not ctx.tokens[k].is_title)
    return found or _named_before(ctx, start, first + 1, comma)


def _named_before(ctx: Context, start: int, end: int, comma: int) -> Span | None:
    """ "X, dirigée par P" where this mention of X went untagged: the organisation tagged
    elsewhere in the doc under the same words."""
    if end != comma or end - start > 6:
        return None
    text = ctx.doc[start:end].text
    return next((s for s in ctx.spans if s.label_ in ORG_LABELS and s.text == text), None)


def extract(ctx: Context, clause: Span) -> None:
    """Write holds_role for the persons a founding or leading participle names as agents."""
    for token in ctx.candidates(clause, (), words=_FORMS):
        role = _FORMS.get(ctx.lowers[token.i])
        par = _par(ctx, token, clause) if role is not None else -1
        if par < 0:
            continue
        persons, noun_role, stop = _agents(ctx, par + 1, clause)
        org = _led_org(ctx, token, clause, stop) if persons else None
        if org is None:
            continue
        for person in persons:
            add_relation(
                ctx.doc,
                "holds_role",
                person,
                org,
                rule="role.participle_agent",
                confidence=0.65,
                sentence=clause,
                role=noun_role or str(role),
            )
