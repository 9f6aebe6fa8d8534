"""Visits told by "hôte": "P était l'hôte de X" (P visits X), "X était l'hôte d'une délégation"
(X receives it). French "hôte" is both host and guest: the "de" phrase decides."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.events import Event
from ecograph.nlp.rel.lexicon import ORG_LABELS, PLACE_LABELS
from ecograph.nlp.rel.travellers import ENVOYS, OF, PERSON, finish, origin_of, town_of, visit_event
from ecograph.nlp.rel.words import feats

# "Les visiteurs", "onze dirigeants", "une délégation": the guests a host receives.
_GUESTS = ENVOYS | frozenset({"visiteur", "visiteuse", "dirigeant", "chef", "industriel"})
# "était lundi et mardi l'hôte": day words between the copula and the noun.
_WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
_WHEN = frozenset(_WEEKDAYS | {"et", "hier", "matin", "soir", "alors"})


def _of_phrase(ctx: Context, token: Token, clause: Span) -> tuple[int, int]:
    """Token range of the "de ..." phrase after `token`, up to a verb or a closing mark."""
    i = token.i + 1
    if i >= clause.end or ctx.lowers[i] not in OF:
        return i, i
    j = i + 1
    while j < clause.end and ctx.lowers[j] not in (";", ":", "(") and ctx.lowers[j] != "pour":
        if ctx.tokens[j].pos_ in ("VERB", "AUX") and "Fin" in feats(ctx.tokens[j], "VerbForm"):
            break
        j += 1
    return i + 1, j


def _copula(ctx: Context, token: Token, clause: Span) -> int:
    """Index of "être" before "l'hôte" past date words ("était lundi l'hôte"), else -1."""
    j = token.i - 2
    while j > clause.start and (
        ctx.lowers[j] in _WHEN or ctx.time_words(j, token.i) or ctx.tokens[j].pos_ == "ADV"
    ):
        j -= 1
    return j if j >= clause.start and ctx.lemmas[j] == "être" else -1


def _host(ctx: Context, token: Token, clause: Span) -> Event | None:
    """ "P était l'hôte de X" (P visits X) or "X était l'hôte de onze dirigeants" (X receives).

    French "hôte" is both host and guest: the "de" phrase decides. People after it
    are guests of the subject; a town or body after it receives the subject."""
    cop = _copula(ctx, token, clause) if ctx.lowers[token.i - 1] in ("l'", "l’") else -1
    start, end = _of_phrase(ctx, token, clause)
    if cop < 0 or start == end:
        return None
    marks = [j for j in range(clause.start, cop) if ctx.lowers[j] in (":", ";")]
    first = marks[-1] + 1 if marks else clause.start  # "... le programme : la ville était"
    persons = ctx.entities_in(first, cop, PERSON)
    guests = [i for i in range(start, end) if ctx.lemmas[i] in _GUESTS]
    guests += [s.start for s in ctx.entities_in(start, end, PERSON)]
    body = ctx.entity_after(start, end, PLACE_LABELS | ORG_LABELS)
    if body is not None and (not guests or body.start < min(guests)):
        envoys = [i for i in range(first, cop) if ctx.lemmas[i] in ENVOYS]
        place = town_of(ctx, body)
        if place is None or not (persons or envoys):
            return None
        event = visit_event(ctx, token, clause, place, "visit.guest_of", persons[:1])
        return finish(ctx, event, origin_of(ctx, persons[:1], first, cop))
    hosts = ctx.entities_in(first, cop, PLACE_LABELS | ORG_LABELS)
    place = next((t for h in hosts if (t := town_of(ctx, h)) is not None), None)
    if place is None or not guests:
        return None  # "le salon était l'hôte de la conférence": no travellers
    event = visit_event(ctx, token, clause, place, "visit.host_of", [])
    leaders = [p for p, _, _ in event.participants]
    return finish(ctx, event, origin_of(ctx, leaders, start, end))


def find_hosts(ctx: Context, clause: Span) -> list[Event]:
    """Visits told by "être l'hôte de"."""
    found = []
    for token in ctx.candidates(clause, ("hôte",)):
        if ctx.lemmas[token.i] == "hôte" and token.pos_ in ("NOUN", "PROPN") and token.i > 0:
            event = _host(ctx, token, clause)
            found += [event] if event is not None else []
    return found
