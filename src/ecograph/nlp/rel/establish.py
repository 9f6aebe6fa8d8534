"""establishes_in: "X ouvre un bureau à Y", "s'implante en Y", "a choisi Y pour son usine",
"va investir N dans une usine à Y"; closing a site gives located_in instead."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import topic_org
from ecograph.nlp.rel.context import Context, feats
from ecograph.nlp.rel.lexicon import (
    ESTABLISH_NOMINALS,
    ESTABLISH_NOUNS,
    ESTABLISH_VERBS,
    INVEST_VERBS,
    PLACE_LABELS,
    ROLE_NOUNS,
)
from ecograph.nlp.rel.status import status_from_text
from ecograph.nlp.spans import add_relation

_IN = frozenset({"à", "a", "en", "au", "aux", "dans"})
_OF = frozenset({"de", "d'", "d’"})
_SITES = ESTABLISH_NOUNS | {"entrepôt", "centre"}
_NEW = frozenset({"un", "une", "nouveau", "nouvel", "nouvelle", "premier", "première"})
_TRIGGERS = ESTABLISH_NOMINALS | ESTABLISH_VERBS | INVEST_VERBS | {"choisir"}
# Subjects that are the company's money or project, not an actor: "L'argent frais
# servira à ouvrir un bureau à X" is about the company the text is about.
_MEANS = frozenset(
    {"argent", "fonds", "levée", "financement", "somme", "enveloppe", "opération", "projet"}
    | {"investissement", "capital", "rachat", "acquisition"}
)


def establishment_place(
    ctx: Context, verb: Token, clause: Span, *, reach: int = 10, new: bool = False
) -> Span | None:
    """The place after "ouvrir une antenne à X" / "s'implanter en X" / "son usine de X"
    (with `new`, only a new site: "une usine à X", not "son usine de X")."""
    reflexive = verb.i > 0 and ctx.lowers[verb.i - 1] in ("s'", "s’", "se")
    noun_at = verb.i if reflexive and ctx.lemmas[verb.i] != "ouvrir" else -1
    for i in range(verb.i + 1, min(verb.i + reach, clause.end - 1)):
        if ctx.lemmas[i] in _SITES and (not new or not _NEW.isdisjoint(ctx.lowers[i - 2 : i])):
            noun_at = i
        # "un bureau à X", and "son usine de X" right after the noun.
        of_noun = ctx.lowers[i] in _OF and i == noun_at + 1
        if noun_at >= 0 and (ctx.lowers[i] in _IN or of_noun):
            # "dans l'agglomération messine": a kind noun may come before the place.
            place = ctx.entity_after(i + 1, min(i + 4, clause.end), PLACE_LABELS)
            if place is not None:
                return place
    return None


def establishers(ctx: Context, verb: Token, clause: Span) -> tuple[list[Span], str]:
    """Who sets up: the acting organisations, not a name inside a job title ("directrice
    Europe du groupe"); the topic when the subject is the company's money or project."""
    orgs, how = acting_orgs(ctx, verb, clause)
    orgs = [o for o in orgs if not _in_title(ctx, o)]
    if how == "clause_subject" and _wanted_by_noun(verb):
        return [], "none"  # "X discute avec des studios désireux d'ouvrir ...": the studios
    if orgs:
        return orgs, how
    node: Token | None = verb
    for _ in range(4):
        if node is None:
            break
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            topic = topic_org(ctx, verb.i) if ctx.lemmas[subject.i] in _MEANS else None
            return ([topic], "topic") if topic is not None else ([], "none")
        node = node.head if node.dep_ in ("xcomp", "advcl", "conj") else None
    return [], "none"


def _wanted_by_noun(verb: Token) -> bool:
    """An infinitive hanging on an adjective or noun ("des studios désireux d'ouvrir")."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acl", "advcl") or node.head is node:
            return False
        node = node.head
        if node.pos_ in ("ADJ", "NOUN"):
            return True
    return False


def _in_title(ctx: Context, org: Span) -> bool:
    """ "la directrice Europe du groupe": a name right after a role noun is part of the title."""
    j = org.start - 1
    if j >= 0 and ctx.lowers[j] in _OF | {"du", "des"}:
        return False
    return j >= 0 and ctx.lemmas[j] in ROLE_NOUNS


def _chosen(ctx: Context, verb: Token, clause: Span) -> tuple[Span | None, int]:
    """ "X a choisi Y pour son premier entrepôt": the chosen place, and the noun's index."""
    place = ctx.entity_after(verb.i + 1, min(verb.i + 4, clause.end), PLACE_LABELS)
    if place is None or place.end + 3 >= clause.end or ctx.lowers[place.end] != "pour":
        return None, -1
    window = range(place.end + 1, min(place.end + 5, clause.end))
    noun = next((j for j in window if ctx.lemmas[j] in _SITES), -1)
    possessive = ctx.lowers[place.end + 1] in ("son", "sa", "ses", "leur", "leurs")
    return (place, noun) if noun >= 0 and possessive else (None, -1)


def extract(ctx: Context, clause: Span) -> None:
    """Write the establishes_in (and closing located_in) relations of one clause."""
    for verb in ctx.candidates(clause, _TRIGGERS):
        word = ctx.lemmas[verb.i]
        nominal = word in ESTABLISH_NOMINALS and verb.pos_ in ("NOUN", "")
        if word == "choisir" and verb.pos_ == "VERB":
            place, _ = _chosen(ctx, verb, clause)
            rule = "establish.chosen"
        elif word in INVEST_VERBS and verb.pos_ == "VERB":
            # "va investir N dans une usine de pièces à X": a new site there.
            place = establishment_place(ctx, verb, clause, reach=16, new=True)
            rule = "establish.invested_site"
        elif nominal or (word in ESTABLISH_VERBS and verb.pos_ in ("VERB", "")):
            place = establishment_place(ctx, verb, clause)
            rule = ""
        else:
            continue
        if place is not None:
            _write(ctx, verb, place, clause, rule)


def _write(ctx: Context, verb: Token, place: Span, clause: Span, rule: str) -> None:
    orgs, how = establishers(ctx, verb, clause)
    window = ctx.doc[max(verb.i - 4, clause.start) : place.end].text
    status = status_from_text(window, past=verb.dep_ != "xcomp" and _past(verb))
    # Closing a site says where the company is, not that it sets up there.
    closing = ctx.lemmas[verb.i] in ("fermer", "fermeture")
    rel_type, rule = ("located_in", "located.closing") if closing else ("establishes_in", rule)
    # "va ouvrir un centre à X, pour un investissement de N": the money goes there too.
    invests = "investissement" in ctx.lowers[verb.i : clause.end] and not closing
    for org in orgs:
        if invests:
            add_relation(
                ctx.doc,
                "invests_in",
                org,
                place,
                rule="invest.establishment",
                confidence=0.6,
                sentence=clause,
            )
        add_relation(
            ctx.doc,
            rel_type,
            org,
            place,
            rule=rule or f"establish.{how}",
            confidence=0.7,
            sentence=clause,
            status=status or "",
        )


def _past(verb: Token) -> bool:
    return any(c.dep_ == "aux:tense" for c in verb.children) or "Past" in feats(verb, "Tense")
