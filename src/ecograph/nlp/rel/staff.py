"""Headcounts told beside a name or of a new site: "X, un sous-traitant de 180 salariés",
"ouvre une agence à Y, avec huit salariés", "un centre ..., qui emploiera 20 techniciens",
"Une trentaine de personnes y travailleront", "450 emplois sont attendus"."""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import resolve_org, topic_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.kinds import is_kind
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.spans import attrs, relations

_ARTICLES = frozenset({"un", "une", "le", "la", "l'", "l’"})
# Future headcount verbs before the figure: "qui emploiera 20 techniciens".
_HIRES = frozenset({"emploiera", "emploieront", "accueillera", "accueilleront", "comptera"})
_HIRES |= frozenset({"compteront", "recrutera", "recruteront", "embauchera", "embaucheront"})
_HIRES |= frozenset({"créera", "créeront"})
# After the figure: "N personnes y travailleront", "N emplois sont attendus".
_LATER = frozenset({"travailleront", "travaillera", "attendus", "attendues", "prévus", "prévues"})
_LATER |= frozenset({"créés", "créées", "recrutés", "recrutées", "embauchés", "embauchées"})
# Nouns of hiring before the figure: "le recrutement de 35 artisans".
_HIRING = frozenset({"recrutement", "embauche", "création", "arrivée"})
_SET_UP = frozenset({"establishes_in"})
_PEOPLE: tuple[str, ...] = ("salarié", "personne", "emploi", "collaborateur", "technicien")
_PEOPLE += ("ingénieur", "commercial", "artisan", "chercheur", "ouvrier", "agent", "employé")


def counts_people(figure: Span) -> bool:
    """A count of persons or jobs (not money, shares, areas or things)."""
    unit = str(attrs(figure).get("unit") or "")
    return unit.startswith(_PEOPLE)


def apposed_owner(ctx: Context, figure: Span, clause: Span) -> Span | None:
    """ "X, un sous-traitant de 180 salariés", "X, une PME de 45 salariés basée à Y": the name
    the apposed kind noun describes."""
    j = figure.start - 1
    if j - 3 < clause.start or ctx.lowers[j] not in ("de", "d'", "d’"):
        return None
    j -= 1
    for _ in range(3):  # "un sous-traitant", "une jeune PME"
        if ctx.tokens[j].pos_ not in ("NOUN", "ADJ", "PROPN") or j <= clause.start:
            break
        j -= 1
    if ctx.lowers[j] not in _ARTICLES or ctx.lowers[j - 1] != ",":
        return None
    return ctx.entity_at(j - 2, ORG_LABELS)


def new_site_staff(ctx: Context, figure: Span, clause: Span) -> Span | None:
    """The company whose new site the figure staffs: the last one set up in this clause or
    the two before, else the text's topic when the clause says the staff is to come."""
    i, end = figure.start, figure.end
    before = ctx.lowers[i - 1] if i > clause.start else ""
    later = ctx.lowers[end : min(end + 3, clause.end)]
    future = before in _HIRES or bool(_LATER.intersection(later))
    hiring = i - 2 >= clause.start and ctx.lemmas[i - 2] in _HIRING and before in ("de", "d'")
    with_staff = before == "avec"
    if not (future or hiring or with_staff) or not counts_people(figure):
        return None
    founder = _set_up_before(ctx, i)
    if founder is not None:
        return founder
    if with_staff:
        # "Nous ouvrirons les bureaux avec 15 personnes": the subject of the verb before.
        verbs = [j for j in range(clause.start, i) if ctx.tokens[j].pos_ == "VERB"]
        orgs, how = acting_orgs(ctx, ctx.tokens[verbs[-1]], clause) if verbs else ([], "")
        return orgs[0] if orgs and how == "subject" else None
    return topic_org(ctx, i)


def _set_up_before(ctx: Context, i: int) -> Span | None:
    """The organisation of the last establishes_in written in the clause of `i` or two before."""
    n = ctx.clause_of(i)
    first = ctx.parts[max(n - 2, 0)].start_char
    last = ctx.parts[n].end_char
    best: tuple[int, list[int]] | None = None
    for rel in relations(ctx.doc):
        sent = rel["sentence"][0]
        if rel["type"] in _SET_UP and first <= sent < last and (best is None or sent >= best[0]):
            best = (sent, list(rel["subject"][:2]))
    return ctx.at_offsets(best[1]) if best is not None else None


# "X, où se côtoient 160 membres", "X, où travaillent 45 personnes": the name before "où".
_GATHER = frozenset({"côtoient", "retrouvent", "réunissent", "rassemblent", "travaillent"})
# Units counted in a network's membership: "Il compte 420 entreprises".
_MEMBERS = ("entreprise", "membre", "adhérent", "industriel", "commune", "société", "start-up")
_NETWORKS = frozenset({"cluster", "réseau", "pôle", "association", "club", "fédération"})
_NETWORKS |= frozenset({"groupement", "collectif", "alliance", "syndicat"})
_COUNTS = frozenset({"compte", "regroupe", "rassemble", "réunit", "fédère", "comptait"})


def where_gather(ctx: Context, figure: Span, clause: Span) -> Span | None:
    """ "le pôle X, où se côtoient 160 membres": X."""
    i = figure.start
    j = i - 1
    if j - 3 < clause.start or ctx.lowers[j] not in _GATHER:
        return None
    j -= 1 if ctx.lowers[j - 1] not in ("se", "s'", "s’") else 2
    if ctx.lowers[j] != "où" or ctx.lowers[j - 1] != ",":
        return None
    return ctx.entity_at(j - 2, ORG_LABELS)


def network_pronoun(ctx: Context, figure: Span, clause: Span) -> Span | None:
    """ "nous sommes adhérents du cluster X. Il compte 420 entreprises": the network named in
    the clause before, when a pronoun subject counts members."""
    i = figure.start
    if i - 2 != clause.start or ctx.lowers[i - 1] not in _COUNTS:
        return None
    unit = str(attrs(figure).get("unit") or "")
    if ctx.lowers[i - 2] not in ("il", "elle") or not unit.startswith(_MEMBERS):
        return None
    n = ctx.clause_of(i)
    if n == 0:
        return None
    before = ctx.parts[n - 1]
    named = ctx.entities_in(before.start, before.end, ORG_LABELS)
    found = [s for s in named if s.label_ == "Association" or _network_before(ctx, s)]
    return found[-1] if found else None


def _network_before(ctx: Context, span: Span) -> bool:
    return span.start > 0 and ctx.lemmas[span.start - 1] in _NETWORKS


def total_staff(ctx: Context, figure: Span, clause: Span) -> Span | None:
    """ "L'opération porte l'effectif du groupe à 310 personnes", "l'effectif de X atteint N":
    the company whose staff it is."""
    i = figure.start
    if i - 3 < clause.start:
        return None
    # "porte l'effectif du groupe à N", "l'effectif de X atteint N", "son effectif est de N"
    window = range(max(clause.start, i - 6), i - 1)
    at = next((j for j in window if ctx.lemmas[j] == "effectif"), None)
    if at is None or not counts_people(figure):
        return None
    if ctx.lowers[at + 1] in ("du", "de") and at + 2 < i:
        named = ctx.entity_after(at + 2, i, ORG_LABELS)
        kind = is_kind(ctx, at + 2)  # "du groupe": the company the text is about
        return (
            named or resolve_org(ctx, ctx.tokens[at + 2]) or (topic_org(ctx, at) if kind else None)
        )
    return topic_org(ctx, at) if ctx.lowers[at - 1] in ("son", "ses", "leur", "leurs") else None
