"""What the subject of a count verb stands for: "X compte 450 adhérents", "le groupe, qui
compte ...", "un bureau à X, qui comptera dix ingénieurs", "la ville a reçu 600 visiteurs"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import resolve_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.event_rules import EventLog
from ecograph.nlp.rel.kinds import is_kind
from ecograph.nlp.rel.lexicon import ACTOR_LABELS, ESTABLISH_NOUNS, ORG_LABELS, PLACE_LABELS
from ecograph.nlp.rel.origins import kind_of_adjective
from ecograph.nlp.rel.parties import antecedent
from ecograph.nlp.rel.words import lemma
from ecograph.nlp.spans import relations

_PERSON = frozenset({"Person"})

_HOLDERS = frozenset({"stand", "salon", "pavillon", "site", "espace"})
_SITES = ESTABLISH_NOUNS | {"entrepôt"}


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


def counted_holder(
    ctx: Context, verb: Token, clause: Span, log: EventLog
) -> tuple[list[Span], str]:
    """What the subject of "recevoir/compter" stands for: an entity, a stand's owner, an event."""
    subject = _subject_of(verb)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "X, de son côté, revendique ...": the model hangs the verb on X
    if subject is None:
        return [], ""
    entity = ctx.entity_at(subject.i, ACTOR_LABELS)
    if entity is None:
        # "sa directrice, P, revendique ...": the person's employer.
        entity = employer_of(ctx, ctx.entity_at(subject.i, _PERSON))
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
    if entity is not None and entity.label_ in PLACE_LABELS:
        # "du groupe suisse, qui revendique ...": the company the kind noun stands for;
        # "X, une PME de Y qui emploie ...": the company the apposition describes.
        entity = kind_of_adjective(ctx, entity) or _apposed_to_place(ctx, entity) or entity
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


def _apposed_to_place(ctx: Context, place: Span) -> Span | None:
    """ "X, une PME de Y qui ...": X, when the town follows an apposed kind noun."""
    j = place.start - 1
    if j < 4 or ctx.lowers[j] not in ("de", "d'", "d’") or not is_kind(ctx, j - 1):
        return None
    if ctx.lowers[j - 2] not in ("un", "une") or ctx.lowers[j - 3] != ",":
        return None
    return ctx.entity_at(j - 4, ORG_LABELS)


def employer_of(ctx: Context, person: Span | None) -> Span | None:
    """The organisation a holds_role relation already gives `person`."""
    if person is None:
        return None
    for rel in relations(ctx.doc):
        if rel["type"] == "holds_role" and tuple(rel["subject"][:2]) == (
            person.start_char,
            person.end_char,
        ):
            employer = ctx.at_offsets(list(rel["object"][:2]))
            return employer if employer is not None and employer.label_ in ORG_LABELS else None
    return None


def _establishment(ctx: Context, head: Token) -> Token | None:
    """The site noun a relative is about: "un entrepôt, qui ...", "un bureau à X, qui ..."."""
    if ctx.lemmas[head.i] in _SITES:
        return head
    if ctx.entity_at(head.i, PLACE_LABELS) is None:
        return None
    before = range(max(head.i - 4, 0), head.i)
    return next((ctx.tokens[j] for j in reversed(before) if ctx.lemmas[j] in _SITES), None)
