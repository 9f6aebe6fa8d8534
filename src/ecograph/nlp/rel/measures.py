"""measure: tie a figure to what it counts ("152 délégations sont venues à X",
"le stand de X a reçu 6 000 visiteurs", "la mission à X comptait 100 participants")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import holders, staff
from ecograph.nlp.rel.anaphora import clause_topic
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.counted import counted_holder
from ecograph.nlp.rel.deal_sides import deal_price
from ecograph.nlp.rel.event_rules import EventLog
from ecograph.nlp.rel.lexicon import (
    DESTINATION_PREPS,
    MOTION_VERBS,
    ORG_LABELS,
    PLACE_LABELS,
)
from ecograph.nlp.spans import add_relation, attrs

_FIGURE = frozenset({"Figure"})
_DURATIONS = frozenset({"jour", "semaine", "mois", "an", "année", "heure", "h", "minute", "nuit"})
# Figures of people or things a company has ("les 47 salariés de X"), not sums or shares.
_NOT_OWNED = frozenset({"%", "EUR", "USD", "GBP", "CHF"})


def _came_to(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """The place after a motion verb: "sont venues à X"."""
    for child in verb.children:
        if child.dep_.startswith("obl") and any(
            c.lower_ in DESTINATION_PREPS for c in child.children
        ):
            place = ctx.entity_at(child.i, PLACE_LABELS)
            if place is not None:
                return place
    return None


def _of_owner(ctx: Context, figure: Span, clause: Span) -> Span | None:
    """ "les 47 salariés de X": a count of people or things followed by its owner."""
    i = figure.end
    if attrs(figure).get("unit") in _NOT_OWNED or i + 1 >= clause.end:
        return None
    if ctx.lowers[i] not in ("de", "d'", "d’", "du"):
        return None
    return ctx.entity_at(i + 1, ORG_LABELS)


def measure_targets(
    ctx: Context, figure: Span, clause: Span, log: EventLog
) -> tuple[list[Span], str]:
    """What a figure counts, from its place in the parse, with the rule that said so."""
    root = figure.root
    verb = root.head
    owner = _aside_owner(ctx, figure, clause)
    if owner is not None:
        return [owner], "measure.aside"
    for name, find in _FIRST_RULES:
        owner = find(ctx, figure, clause)
        if owner is not None:
            return [owner], name
    if root.dep_ in ("nsubj", "nsubj:pass") and ctx.lemmas[verb.i] in MOTION_VERBS:
        place = _came_to(ctx, verb, clause)
        return ([place], "measure.came_to") if place is not None else ([], "")
    if root.dep_ in ("nsubj", "nsubj:pass") and ctx.lemmas[verb.i] == "choisir":
        # "14 entreprises ont choisi la région": where they chose to come.
        objects = [c for c in verb.children if c.dep_ == "obj"]
        place = ctx.entity_at(objects[0].i, PLACE_LABELS) if objects else None
        return ([place], "measure.chose") if place is not None else ([], "")
    owner = _of_owner(ctx, figure, clause)
    if owner is not None:
        return [owner], "measure.of_owner"
    # "X compte 450 adhérents": the model often reads "compte" as a noun heading the figure.
    counted = root.dep_ in ("obj", "obl:arg") or (root.dep_ == "nmod" and verb.dep_ == "ROOT")
    if counted and ctx.lemmas[verb.i] in holders.COUNT:
        found = counted_holder(ctx, verb, clause, log)
        found = found if found[0] else holders.trip_members(ctx, figure, clause, log)
        topic = clause_topic(ctx, verb.i)
        if not found[0] and topic is not None:
            return [topic], "measure.count_topic"  # "Cofondée par P, X compte 38 salariés"
        return found
    for rule in (holders.money_holder, holders.count_before, holders.site_staff):
        found = rule(ctx, figure, clause)
        if found[0]:
            return found
    found = _in_event(root, log)
    return found if found[0] else holders.trip_members(ctx, figure, clause, log)


# Owners read from the words around the figure before the parse is asked.
_FIRST_RULES = (
    ("measure.apposed_kind", staff.apposed_owner),  # "X, un sous-traitant de 180 salariés"
    ("measure.deal_price", deal_price),  # "pour un montant de N": the company taken over
    ("measure.new_site", staff.new_site_staff),  # "une agence à Y, avec huit salariés"
    ("measure.where_gather", staff.where_gather),  # "le pôle X, où se côtoient N membres"
    ("measure.network_pronoun", staff.network_pronoun),  # "X. Il compte N entreprises"
    ("measure.total_staff", staff.total_staff),  # "porte l'effectif du groupe à N"
)


def _aside_owner(ctx: Context, figure: Span, clause: Span) -> Span | None:
    """ "X (120 salariés)" or "X, 120 salariés,": a figure set right after a name."""
    doc, i = ctx.doc, figure.start - 1
    closes = figure.end < clause.end and doc[figure.end].text in (")", ",")
    if i - 1 < clause.start or not closes or doc[i].text not in ("(", ","):
        return None
    if (doc[i].text == "(") != (doc[figure.end].text == ")"):
        return None
    return ctx.entity_at(i - 1, ORG_LABELS)


def _in_event(root: Token, log: EventLog) -> tuple[list[Span], str]:
    """ "une délégation de 35 entreprises s'est rendue à X", "emmènera 40 négociants à X":
    a figure inside the words of a trip counts its people, at its destination."""
    node = root
    for _ in range(3):
        events = log.by_trigger.get(node.i, []) or log.by_trigger.get(node.head.i, [])
        if events:
            places = [d for e in events for d, _, _ in e.destinations]
            return places, "measure.trip_destination"
        if node.dep_ not in ("nmod", "nsubj", "nsubj:pass", "obj") or node.head is node:
            break
        node = node.head
    return [], ""


def extract(ctx: Context, clause: Span, log: EventLog) -> None:
    """Write a measure relation for each figure of the clause whose target is found."""
    for figure in ctx.entities_in(clause.start, clause.end, _FIGURE):
        if attrs(figure).get("unit") in _DURATIONS:
            continue  # "une mission de quatre jours": how long, not how many
        targets, rule = measure_targets(ctx, figure, clause, log)
        confidence = 0.45 if rule.endswith("common_noun") else 0.65
        confidence = 0.55 if rule == "measure.count_topic" else confidence
        for target in targets:
            add_relation(
                ctx.doc,
                "measure",
                figure,
                target,
                rule=rule,
                confidence=confidence,
                sentence=clause,
            )
