"""located_in from a participle's subject: "X est installée à Y", "L'entreprise, basée à Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.anaphora import antecedent_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS, PLACE_LABELS
from ecograph.nlp.spans import add_relation

_IN = frozenset({"à", "en", "au", "aux", "dans"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
BASED = frozenset(
    {"basé", "basée", "basés", "basées", "situé", "située", "implanté", "implantée", "installé"}
    | {"installée", "établi", "établie", "domicilié", "domiciliée", "installés", "installées"}
)
# A public body *of* a territory governs it; saying it lies there adds nothing.
LOCAL_ORGS = ORG_LABELS - {"PublicBody", "PoliticalParty"}


_FOUNDED = frozenset({"créé", "créée", "fondé", "fondée", "né", "née"})


def _fronted(ctx: Context, clause: Span) -> None:
    """ "Créée en 2015 à Pau, la start-up X": a leading participle places the name after it."""
    first = clause[0]
    if first.lower_ not in BASED | _FOUNDED:
        return
    comma = next((t.i for t in clause if t.text == ","), None)
    if comma is None:
        return
    preps = [t.i for t in ctx.doc[first.i + 1 : comma] if t.lower_ in _IN]
    places = [ctx.entity_after(i + 1, comma, PLACE_LABELS) for i in preps]
    place = next((p for p in places if p is not None), None)
    org = ctx.entity_after(comma + 1, min(comma + 6, clause.end), LOCAL_ORGS)
    if place is not None and org is not None:
        add_relation(
            ctx.doc,
            "located_in",
            org,
            place,
            rule="located.fronted_participle",
            confidence=0.65,
            sentence=clause,
        )


def extract(ctx: Context, clause: Span) -> None:
    """ "X est installée à Y", "L'entreprise, basée à Y,": the participle's subject lies at Y."""
    _fronted(ctx, clause)
    for token in ctx.candidates(clause, (), words=BASED):
        if token.lower_ not in BASED:
            continue
        holder: Token | None = None
        if token.dep_ in ("acl", "appos", "amod"):
            holder = token.head  # "L'entreprise, basée à Y,"
        else:
            holder = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if holder is None:
            continue
        org = ctx.entity_at(holder.i, LOCAL_ORGS) or antecedent_org(ctx, holder)
        prep = next((t for t in ctx.doc[token.i + 1 : token.i + 4] if t.lower_ in _IN), None)
        place = ctx.entity_after(prep.i + 1, clause.end, PLACE_LABELS) if prep else None
        if org is not None and place is not None and org.label_ in LOCAL_ORGS:
            add_relation(
                ctx.doc,
                "located_in",
                org,
                place,
                rule="located.based_subject",
                confidence=0.7,
                sentence=clause,
            )
