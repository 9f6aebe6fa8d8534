"""measure: tie a figure to what it counts ("152 délégations sont venues à X",
"le stand de X a reçu 6 000 visiteurs", "la mission à X comptait 100 participants")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import holders
from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import clause_topic, resolve_org
from ecograph.nlp.rel.context import Context, lemma
from ecograph.nlp.rel.event_rules import EventLog
from ecograph.nlp.rel.lexicon import (
    ACTOR_LABELS,
    DESTINATION_PREPS,
    ESTABLISH_NOUNS,
    MOTION_VERBS,
    ORG_LABELS,
    PLACE_LABELS,
)
from ecograph.nlp.rel.parties import antecedent
from ecograph.nlp.spans import add_relation, attrs

_FIGURE = frozenset({"Figure"})
_HOLDERS = frozenset({"stand", "salon", "pavillon", "site", "espace"})
_SITES = ESTABLISH_NOUNS | {"entrepôt"}
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


def _subject_of(verb: Token) -> Token | None:
    """The subject of `verb`, or of the verb it is coordinated with or complement of."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None or node.dep_ not in ("conj", "xcomp") or node.head is node:
            return subject
        node = node.head
    return None


def _relative_head(verb: Token, qui: Token) -> Token | None:
    """The noun a relative clause hangs on: "le groupe, qui compte ..." -> "groupe"
    (the word before "qui" when the model hangs the relative elsewhere)."""
    node = verb
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ == "acl:relcl":
        return node.head
    before = qui.i - 1 - (qui.i > 0 and qui.nbor(-1).text == ",")
    return qui.doc[before] if before >= 0 else None


def _counted_holder(
    ctx: Context, verb: Token, clause: Span, log: EventLog
) -> tuple[list[Span], str]:
    """What the subject of "recevoir/compter" stands for: an entity, a stand's owner, an event."""
    subject = _subject_of(verb)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "X, de son côté, revendique ...": the model hangs the verb on X
    if subject is None:
        return [], ""
    entity = ctx.entity_at(subject.i, ACTOR_LABELS)
    if entity is None and subject.lower_ == "qui":
        head = _relative_head(verb, subject)
        site = _establishment(ctx, head) if head is not None else None
        if site is not None:
            # "un bureau à X, qui comptera dix ingénieurs": the company that opens it.
            return acting_orgs(ctx, site.head, clause)[0][:1], "measure.establishment"
        entity = ctx.entity_at(head.i, ACTOR_LABELS) or resolve_org(ctx, head) if head else None
        # "X, qui emploie 300 salariés": the relative's antecedent.
        entity = entity or antecedent(ctx, subject.i, clause, ACTOR_LABELS)
    if entity is None:
        # "l'association X compte ...", "L'entreprise emploie ...", "Il emploie ...".
        entity = resolve_org(ctx, subject)
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


def _establishment(ctx: Context, head: Token) -> Token | None:
    """The site noun a relative is about: "un entrepôt, qui ...", "un bureau à X, qui ..."."""
    if ctx.lemmas[head.i] in _SITES:
        return head
    if ctx.entity_at(head.i, PLACE_LABELS) is None:
        return None
    before = range(max(head.i - 4, 0), head.i)
    return next((ctx.tokens[j] for j in reversed(before) if ctx.lemmas[j] in _SITES), None)


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
        found = _counted_holder(ctx, verb, clause, log)
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
