"""establishes_in: "X ouvre un bureau à Y", "s'implante en Y", "a choisi Y pour son usine",
"va investir N dans une usine à Y"; closing a site gives located_in instead."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import topic_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import (
    ESTABLISH_NOMINALS,
    ESTABLISH_VERBS,
    INVEST_VERBS,
    ORG_LABELS,
    PLACE_LABELS,
    ROLE_NOUNS,
)
from ecograph.nlp.rel.modality import hedged
from ecograph.nlp.rel.sites import (
    FORM_WORDS,
    FORMS,
    OF,
    POSE,
    SITES,
    establishment_place,
    luggage,
)
from ecograph.nlp.rel.status import status_from_text
from ecograph.nlp.rel.words import feats
from ecograph.nlp.spans import add_relation

_TRIGGERS = ESTABLISH_NOMINALS | ESTABLISH_VERBS | INVEST_VERBS | {"choisir", "mise"}
# Subjects that are the company's money or project, not an actor: "L'argent frais
# servira à ouvrir un bureau à X" is about the company the text is about.
_MEANS = frozenset(
    {"argent", "fonds", "levée", "financement", "somme", "enveloppe", "opération", "projet"}
    | {"investissement", "capital", "rachat", "acquisition"}
)


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
    if j >= 0 and ctx.lowers[j] in OF | {"du", "des"}:
        return False
    return j >= 0 and ctx.lemmas[j] in ROLE_NOUNS


def _chosen(ctx: Context, verb: Token, clause: Span) -> tuple[Span | None, int]:
    """ "X a choisi Y pour son premier entrepôt": the chosen place, and the noun's index."""
    place = ctx.entity_after(verb.i + 1, min(verb.i + 4, clause.end), PLACE_LABELS)
    if place is None or place.end + 3 >= clause.end or ctx.lowers[place.end] != "pour":
        return None, -1
    window = range(place.end + 1, min(place.end + 5, clause.end))
    noun = next((j for j in window if ctx.lemmas[j] in SITES), -1)
    possessive = ctx.lowers[place.end + 1] in ("son", "sa", "ses", "leur", "leurs")
    return (place, noun) if noun >= 0 and possessive else (None, -1)


def extract(ctx: Context, clause: Span) -> None:
    """Write the establishes_in (and closing located_in) relations of one clause."""
    for verb in ctx.candidates(clause, _TRIGGERS, words=FORM_WORDS):
        lower = ctx.lowers[verb.i]
        word = FORMS.get(lower) or ctx.lemmas[verb.i]
        if word not in _TRIGGERS and lower not in POSE:
            continue
        nominal = word in ESTABLISH_NOMINALS and verb.pos_ in ("NOUN", "")
        if lower in FORMS or (lower in POSE and luggage(ctx, verb.i)):
            nominal = True  # a form read on its lower form: the model's tag may be wrong
        if word == "choisir" and verb.pos_ == "VERB":
            place, _ = _chosen(ctx, verb, clause)
            rule = "establish.chosen"
        elif (word in INVEST_VERBS and verb.pos_ == "VERB") or _stake_noun(ctx, verb.i):
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


def _stake_noun(ctx: Context, i: int) -> bool:
    """ "une mise de 9 millions d'euros dans un nouvel atelier": money put into a site."""
    return ctx.lemmas[i] == "mise" and ctx.lowers[i + 1 : i + 2] == ["de"]


def _write(ctx: Context, verb: Token, place: Span, clause: Span, rule: str) -> None:
    if hedged(ctx, verb.i, clause):
        return  # "n'exclut pas d'ouvrir une antenne à Y", "pourrait ouvrir un hangar à Z"
    orgs, how = establishers(ctx, verb, clause)
    if ctx.lemmas[verb.i] in ESTABLISH_NOMINALS:
        # "l'implantation de X sur la zone de Y": the company named after the noun.
        named = ctx.entity_after(verb.i + 2, min(verb.i + 8, clause.end), ORG_LABELS)
        if ctx.lowers[verb.i + 1] in OF | {"du"} and named is not None:
            orgs, how = [named], "nominal_of"
    window = ctx.doc[max(verb.i - 4, clause.start) : place.end].text
    past = verb.dep_ != "xcomp" and _past(verb)
    status = status_from_text(window, past=past, future="Fut" in feats(verb, "Tense"))
    if status is None and verb.pos_ == "VERB" and "Pres" in feats(verb, "Tense"):
        status = "in_progress"  # "X installe son siège à Y", "s'implante à Y": under way
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
