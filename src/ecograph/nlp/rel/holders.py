"""Who a figure belongs to when the parse does not say it plainly: headcounts after a
count verb the model misread ("compte aujourd'hui 620 salariés"), a trip's members, a
site's staff. Sums of money are read by `money`.
"""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel.anaphora import clause_topic
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.counted import employer_of
from ecograph.nlp.rel.event_rules import EventLog
from ecograph.nlp.rel.events import Event
from ecograph.nlp.rel.lexicon import COUNT_VERBS
from ecograph.nlp.rel.money import money_holder
from ecograph.nlp.spans import attrs

__all__ = ["COUNT", "count_before", "money_holder", "site_staff", "trip_members"]

# Count verbs: what the subject employs, gathers or runs (lexicon.COUNT_VERBS and more).
COUNT = COUNT_VERBS | {"équiper", "recruter", "embaucher", "gérer", "créer", "compter", "viser"}
# Between a count verb and its figure: "compte aujourd'hui quelque 620 salariés".
_FILLERS = frozenset({"aujourd'hui", "quelque", "près", "de", "d'", "plus", "environ", "déjà"})
# Count verbs the model reads as nouns: "compte 38 salariés et équipe 45 magasins".
_COUNT_FORMS = frozenset({"compte", "équipe", "emploie", "fédère", "regroupe", "réunit"})
_COUNT_FORMS |= frozenset({"revendique", "revendiquent", "emploient", "comptent"})
_PERSON = frozenset({"Person"})
_SUMS = frozenset({"%", "EUR", "USD", "GBP", "CHF"})


def count_before(ctx: Context, figure: Span, clause: Span) -> tuple[list[Span], str]:
    """ "le groupe, spécialisé ..., compte aujourd'hui 620 salariés" parsed as a noun phrase:
    a count verb just before the figure gives it to the clause's topic."""
    j = figure.start - 1
    while j > clause.start and (ctx.lowers[j] in _FILLERS or ctx.tokens[j].pos_ == "ADV"):
        j -= 1
    if j < clause.start or (ctx.lemmas[j] not in COUNT and ctx.lowers[j] not in _COUNT_FORMS):
        return [], ""
    # "X, dont la directrice, P, revendique 140 salariés": the employer of the person.
    person = ctx.entity_at(j - 2, _PERSON) if ctx.lowers[j - 1] == "," else None
    employer = employer_of(ctx, person) if person is not None else None
    if employer is not None:
        return [employer], "measure.employer"
    holder = clause_topic(ctx, j)
    return ([holder], "measure.count_topic") if holder is not None else ([], "")


# Trips whose members a figure counts, and what the members do on them.
_TRIPS = frozenset({"Mission", "Visit"})
_JOIN_TRIP = frozenset({"participer", "accompagner", "visiter", "prendre", "composer"})
_TRIP_NOUNS = frozenset({"mission", "délégation", "visite", "voyage", "déplacement"})


def trip_members(ctx: Context, figure: Span, clause: Span, log: EventLog) -> tuple[list[Span], str]:
    """ "avec une quinzaine d'entreprises" in a mission's clause, "N entreprises ont participé
    à une mission à X", "La mission réunissait N dirigeants": the trip's destination."""
    if attrs(figure).get("unit") in _SUMS or "%" in figure.text:
        return [], ""
    root = figure.root
    verb = root.head
    with_it = figure.start > clause.start and ctx.lowers[figure.start - 1] == "avec"
    joins = root.dep_.startswith("nsubj") and ctx.lemmas[verb.i] in _JOIN_TRIP
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    gathers = subject is not None and ctx.lemmas[subject.i] in _TRIP_NOUNS
    if not (with_it or joins or (gathers and ctx.lemmas[verb.i] in COUNT)):
        return [], ""
    event = _trip_before(ctx, figure.end, log)
    if event is None:
        return [], ""
    return [d for d, _, _ in event.destinations], "measure.trip_members"


def _trip_before(ctx: Context, i: int, log: EventLog) -> Event | None:
    """The last mission or visit whose trigger is in the clause of token `i` or the one before."""
    n = ctx.clause_of(i)
    first = ctx.parts[max(n - 1, 0)].start
    found = [
        e
        for events in log.by_trigger.values()
        for e in events
        if e.label in _TRIPS and first <= e.trigger.i < ctx.parts[n].end and e.destinations
    ]
    return max(found, key=lambda e: e.trigger.i, default=None)


# "son atelier de X, où travaillent 45 personnes": the staff of a company's site.
_WORK_FORMS = frozenset({"travaillent", "travaille", "travaillaient", "travaillait"})
_SITE_NOUNS = frozenset({"atelier", "usine", "site", "entrepôt", "bureau", "centre", "agence"})


def site_staff(ctx: Context, figure: Span, clause: Span) -> tuple[list[Span], str]:
    """ "la fermeture de son usine de X, où travaillent N personnes": the company's staff."""
    verb = figure.start - 1
    if verb - 1 < clause.start or ctx.lowers[verb] not in _WORK_FORMS:
        return [], ""
    if ctx.lowers[verb - 1] != "où":
        return [], ""
    window = range(max(verb - 8, clause.start), verb - 1)
    if not any(ctx.lemmas[j] in _SITE_NOUNS for j in window):
        return [], ""
    holder = clause_topic(ctx, verb)
    return ([holder], "measure.site_staff") if holder is not None else ([], "")
