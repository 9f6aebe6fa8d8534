"""measure: tie a figure to what it counts ("152 délégations sont venues à X",
"le stand de X a reçu 6 000 visiteurs", "la mission à X comptait 100 participants")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.anaphora import antecedent_org
from ecograph.nlp.rel.context import Context, lemma
from ecograph.nlp.rel.event_rules import EventLog
from ecograph.nlp.rel.lexicon import (
    ACTOR_LABELS,
    COUNT_VERBS,
    DESTINATION_PREPS,
    MOTION_VERBS,
    ORG_LABELS,
    PLACE_LABELS,
)
from ecograph.nlp.rel.parties import antecedent
from ecograph.nlp.spans import add_relation

_FIGURE = frozenset({"Figure"})
_HOLDERS = frozenset({"stand", "salon", "pavillon", "site", "espace"})


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


def _counted_holder(ctx: Context, verb: Token, log: EventLog) -> tuple[list[Span], str]:
    """What the subject of "recevoir/compter" stands for: an entity, a stand's owner, an event."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "X, de son côté, revendique ...": the model hangs the verb on X
    if subject is None:
        return [], ""
    entity = ctx.entity_at(subject.i, ACTOR_LABELS)
    if entity is None and subject.lower_ == "qui":
        # "X, qui emploie 300 salariés": the relative's antecedent.
        entity = antecedent(ctx, subject.i, subject.sent, ACTOR_LABELS)
    if entity is None and subject.pos_ == "NOUN" and subject.is_lower:
        # "l'association X compte ...": the name after the kind noun the parse made head.
        entity = ctx.entity_after(subject.i, min(subject.i + 3, len(ctx.doc)), ORG_LABELS)
    if entity is None:
        entity = antecedent_org(ctx, subject)  # "L'entreprise emploie 300 salariés"
    if entity is not None:
        # "la ville a reçu ...": a common-noun mention is a weaker anchor than a name.
        named = any(t.pos_ == "PROPN" for t in entity)
        return [entity], "measure.subject" if named else "measure.subject_common_noun"
    if lemma(subject) in _HOLDERS:
        owners = [
            ctx.entity_at(c.i, ORG_LABELS)
            for c in subject.children
            if c.dep_ in ("nmod", "appos", "flat:name")
        ]
        if any(owners):
            return [o for o in owners if o is not None][:1], "measure.holder_owner"
    events = log.by_trigger.get(subject.i, [])
    return [d for e in events for d, _, _ in e.destinations], "measure.event_destination"


def measure_targets(
    ctx: Context, figure: Span, clause: Span, log: EventLog
) -> tuple[list[Span], str]:
    """What a figure counts, from its place in the parse, with the rule that said so."""
    root = figure.root
    verb = root.head
    owner = _aside_owner(ctx, figure, clause)
    if owner is not None:
        return [owner], "measure.aside"
    if root.dep_ in ("nsubj", "nsubj:pass") and ctx.lemmas[verb.i] in MOTION_VERBS:
        place = _came_to(ctx, verb, clause)
        return ([place], "measure.came_to") if place is not None else ([], "")
    # "X compte 450 adhérents": the model often reads "compte" as a noun heading the figure.
    counted = root.dep_ in ("obj", "obl:arg") or (root.dep_ == "nmod" and verb.dep_ == "ROOT")
    if counted and ctx.lemmas[verb.i] in COUNT_VERBS:
        return _counted_holder(ctx, verb, log)
    return _in_event(root, log)


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
        targets, rule = measure_targets(ctx, figure, clause, log)
        confidence = 0.45 if rule.endswith("common_noun") else 0.65
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
