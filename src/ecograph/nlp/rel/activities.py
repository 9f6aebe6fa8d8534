"""has_sector from what a company makes: "X développe des logiciels de cybersécurité"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.anaphora import antecedent_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.spans import add_relation

_SECTOR = frozenset({"Sector"})
# Verbs whose object is the company's trade ("proposer", "fournir" say too little).
_MAKES = frozenset(
    {"fabriquer", "produire", "concevoir", "développer", "commercialiser", "distribuer", "éditer"}
)
# Present forms the lemmatizer leaves as they are ("fabrique" -> "fabrique").
_MAKE_FORMS = frozenset(
    {"fabrique", "fabriquent", "produit", "produisent", "conçoit", "conçoivent", "développe"}
    | {"développent", "commercialise", "commercialisent", "distribue", "distribuent", "édite"}
)


def _maker(ctx: Context, verb: Token) -> Span | None:
    """The verb's subject: a named organisation, "qui" after one, or "la société" before."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        # "X développe ...": the model may cut the sentence after an unknown name.
        return ctx.entity_at(verb.i - 1, ORG_LABELS) if verb.i > 0 else None
    if subject.lower_ == "qui" and verb.dep_ == "acl:relcl":
        return ctx.entity_at(verb.head.i, ORG_LABELS)
    # "la start-up X développe": the model may make a piece of the kind noun the subject.
    for i in range(subject.left_edge.i, subject.right_edge.i + 1):
        span = ctx.entity_at(i, ORG_LABELS)
        if span is not None:
            return span
    return antecedent_org(ctx, subject)


def extract(ctx: Context, clause: Span) -> None:
    """Write has_sector for the sectors named in the object of a making verb."""
    for verb in ctx.candidates(clause, _MAKES, words=_MAKE_FORMS):
        known = ctx.lemmas[verb.i] in _MAKES or ctx.lowers[verb.i] in _MAKE_FORMS
        if not known or verb.pos_ != "VERB":
            continue
        # "fabrique des pompes": the model may read "des" as a preposition (obl:arg).
        obj = next((c for c in verb.children if c.dep_ in ("obj", "obl:arg")), None)
        maker = _maker(ctx, verb) if obj is not None else None
        if obj is None or maker is None:
            continue
        for sector in ctx.entities_in(obj.left_edge.i, obj.right_edge.i + 1, _SECTOR):
            add_relation(
                ctx.doc,
                "has_sector",
                maker,
                sector,
                rule="sector.activity_object",
                confidence=0.65,
                sentence=clause,
            )
