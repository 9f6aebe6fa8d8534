"""located_in from a participle's subject: "X est installée à Y", "L'entreprise, basée à Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import head_offices
from ecograph.nlp.rel.anaphora import antecedent_org, resolve_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import PLACE_LABELS
from ecograph.nlp.spans import add_relation

_IN = frozenset({"à", "en", "au", "aux", "dans"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
BASED = frozenset(
    {"basé", "basée", "basés", "basées", "situé", "située", "implanté", "implantée", "installé"}
    | {"installée", "établi", "établie", "domicilié", "domiciliée", "installés", "installées"}
)
# A public body *of* a territory governs it; saying it lies there adds nothing.
LOCAL_ORGS = head_offices.LOCAL_ORGS


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
    if org is None:
        # "Fondé en 1987 à X, le groupe, ...": the company the kind noun stands for.
        kinds = (resolve_org(ctx, t) for t in ctx.tokens[comma + 1 : min(comma + 4, clause.end)])
        org = next((k for k in kinds if k is not None and k.label_ in LOCAL_ORGS), None)
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


# "X, qui emploie 85 salariés à Y": where a company's staff work is where it is.
_STAFF_VERBS = frozenset({"employer", "compter", "emploie"})


def _staff_place(ctx: Context, clause: Span) -> None:
    """ "X, qui emploie 85 salariés à Y" / "La société, qui emploie 400 personnes à Y"."""
    for qui in ctx.candidates(clause, (), words=("qui",)):
        verb = qui.i + 1
        if ctx.lowers[qui.i] != "qui" or verb + 3 >= clause.end:
            continue
        if ctx.lemmas[verb] not in _STAFF_VERBS or qui.i < clause.start + 2:
            continue
        figure = ctx.entity_at(verb + 1, frozenset({"Figure"}))
        if figure is None or ctx.lowers[figure.end] not in ("à", "en", "au"):
            continue
        place = ctx.entity_at(figure.end + 1, PLACE_LABELS)
        before = qui.i - 1 - (ctx.tokens[qui.i - 1].text == ",")
        org = ctx.entity_at(before, LOCAL_ORGS) or resolve_org(ctx, ctx.tokens[before])
        if place is not None and org is not None and org.label_ in LOCAL_ORGS:
            add_relation(
                ctx.doc,
                "located_in",
                org,
                place,
                rule="located.staff_place",
                confidence=0.6,
                sentence=clause,
            )


_LIES = frozenset({"trouve", "trouvent", "situe", "situent"})


def _where_lies(ctx: Context, clause: Span) -> None:
    """ "prise à Y, où se trouve la maison mère, X": X lies at Y."""
    for where in ctx.candidates(clause, (), words=("où",)):
        i = where.i
        if ctx.lowers[i] != "où" or i + 3 >= clause.end or i < clause.start + 2:
            continue
        if ctx.lowers[i + 1] not in ("se", "s'") or ctx.lowers[i + 2] not in _LIES:
            continue
        place = ctx.entity_at(i - 1 - (ctx.tokens[i - 1].text == ","), PLACE_LABELS)
        orgs = ctx.entities_in(i + 3, min(i + 10, clause.end), LOCAL_ORGS)
        # "la maison mère, X" names X; "les stands de X" are only X's.
        between = ctx.lowers[i + 3 : orgs[0].start] if orgs else []
        if place is not None and orgs and not {"de", "du", "des", "d'"} & set(between):
            add_relation(
                ctx.doc,
                "located_in",
                orgs[0],
                place,
                rule="located.where_lies",
                confidence=0.65,
                sentence=clause,
            )


def extract(ctx: Context, clause: Span) -> None:
    """ "X est installée à Y", "L'entreprise, basée à Y,": the participle's subject lies at Y."""
    _fronted(ctx, clause)
    _staff_place(ctx, clause)
    head_offices.head_office(ctx, clause)
    head_offices.own_seat(ctx, clause)
    _where_lies(ctx, clause)
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
