"""has_sector from how an article describes a company.

"X (bureau d'études en électronique)", "X, un spécialiste des lasers,", "X (APC),
premier groupement de maraîchers", "le constructeur indien X", "La moutarderie X",
and a definite noun standing for the company named before: "L'entreprise,
spécialisée dans la construction de navires," / "L'hébergeur de données, dont ...".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ecograph.nlp.rel.anaphora import resolve_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import GENERIC_ORG_NOUNS, ORG_LABELS
from ecograph.nlp.rel.sector_heads import (
    TRADE_HEADS,
    gathers,
    names_next,
    of_members,
    qualifier,
    sector_of_head,
)
from ecograph.nlp.rel.words import lemma
from ecograph.nlp.spans import add_relation

_SECTOR = frozenset({"Sector"})
_COMPANY = frozenset({"Company"})
# An apposition that describes what a company does ("X, spécialiste de la santé,").
_DESCRIBERS = frozenset({"spécialiste", "spécialiser", "spécialisé", "acteur", "leader", "expert"})
_DESCRIBERS |= frozenset({"société", "actif", "présent", "positionner"})
_DESCRIBERS |= frozenset({"entreprise", "start-up", "startup", "éditeur", "fabricant", "groupe"})
_DESCRIBERS |= frozenset({"pme", "eti", "tpe", "sous-traitant", "sous-traiter", "filiale"})
_ACTIVITY_VERBS = frozenset(
    {"fabriquer", "produire", "concevoir", "développer", "commercialiser", "distribuer"}
    | {"éditer", "exploiter", "opérer", "fournir", "proposer"}
)
# The lemmatizer misses some present forms ("fabrique" -> "fabrique"): their stems.
_ACTIVITY_STEMS = ("fabriqu", "produi", "conçoi", "développ", "commercialis", "distribu")
# Definite kind nouns standing for the company named before: "L'entreprise, spécialisée dans".
_KINDS = GENERIC_ORG_NOUNS | {"chantier", "coopérative", "association", "fintech", "filiale"}
_DEFINITE = frozenset({"le", "la", "l'", "l’"})
# Trade nouns naming a company by its activity: "l'hébergeur", "le logisticien".
_AGENT_ENDINGS = ("eur", "euse", "ier", "ière", "iste", "ien", "ienne", "aire", "erie")
# "un", "dernier": determiners and adjectives an apposition may open with.
_MAX_OPENERS = 2
_MAX_SENTENCE = 60


def describes(token: Token) -> bool:
    """Whether an apposition starting here says what a company does: "X, spécialiste de",
    "X, PME du", "X, qui conçoit des", "X, un spécialiste des", "X, dernier filateur de"."""
    doc, i = token.doc, token.i
    while i < token.i + _MAX_OPENERS and i + 1 < len(doc) and _opener(doc[i]):
        i += 1
    head = doc[i]
    if lemma(head) in _DESCRIBERS or (head.pos_ == "NOUN" and head.is_lower):
        return True
    if head.lower_ == "pousse" and doc[head.i - 1].lower_ == "jeune":
        return True  # "X, jeune pousse spécialisée dans ...": the tagger reads a verb
    return i == token.i and token.lower_ == "qui" and i + 1 < len(doc) and makes(doc[i + 1])


def makes(token: Token) -> bool:
    """A verb of what a company makes or sells ("fabrique", "développe", "distribuent")."""
    return lemma(token) in _ACTIVITY_VERBS or token.lower_.startswith(_ACTIVITY_STEMS)


def _opener(token: Token) -> bool:
    return token.is_lower and token.pos_ in ("DET", "ADJ", "NUM")


def _after_acronym(doc: Doc, i: int, end: int) -> int:
    """Past "(APC)" right after a name: the description may follow it."""
    if i + 2 < end and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper:
        return i + 3
    return i


def _until_pause(doc: Doc, start: int, end: int) -> int:
    """The first comma, full stop or semicolon from `start` (else `end`)."""
    return next((t.i for t in doc[start:end] if t.text in ",.;"), end)


def _link(
    ctx: Context, org: Span, sectors: list[Span], clause: Span, rule: str, conf: float
) -> None:
    for sector in sectors:
        add_relation(
            ctx.doc, "has_sector", org, sector, rule=rule, confidence=conf, sentence=clause
        )


def _sectors_described(ctx: Context, org: Span, clause: Span) -> None:
    """ "X (bureau d'étude en électronique)" or "X, spécialiste du logiciel,": has_sector."""
    doc = ctx.doc
    limit = _sentence_end(doc, org, clause)
    i = _after_acronym(doc, org.end, limit)
    if i < limit and doc[i].text == "(":
        end = next((t.i for t in doc[i:limit] if t.text == ")"), limit)
        rule = "sector.bracket"
    elif i + 2 < limit and doc[i].text == "," and describes(doc[i + 1]):
        end = _until_pause(doc, i + 1, limit)
        rule = "sector.apposition"
    elif i + 3 < limit and doc[i].text == "," and gathers(ctx, org, i + 1):
        # "le réseau X, qui rassemble 190 entreprises de la cosmétique": its members' trade.
        end = _until_pause(doc, i + 1, limit)
        sectors = [s for s in ctx.entities_in(i + 1, end, _SECTOR) if of_members(ctx, s)]
        _link(ctx, org, sectors, clause, "sector.members", 0.7)
        return
    else:
        return
    sectors = ctx.entities_in(i + 1, end, _SECTOR)
    # "A, le cartonnier vosgien B et C": the trade noun of the next listed company.
    sectors = [s for s in sectors if not names_next(ctx, s, end)]
    _link(ctx, org, sectors, clause, rule, 0.8)


def _sentence_end(doc: Doc, org: Span, clause: Span) -> int:
    """Where the sentence of `org` ends: past the clause when the clause was cut after
    the full stop of 'Inc.' ('X Inc., un spécialiste des ...')."""
    if org.end < clause.end or doc[org.end - 1].text != ".":
        return clause.end
    ends = (t.i for t in doc[org.end : org.end + _MAX_SENTENCE] if t.text in (".", "!", "?"))
    return next(ends, min(len(doc), org.end + _MAX_SENTENCE))


def _sector_before(ctx: Context, org: Span, clause: Span) -> None:
    """ "le groupe agroalimentaire X", "le constructeur indien X": a sector before the name."""
    j = org.start - 1
    while j > clause.start and qualifier(ctx, j) and ctx.entity_at(j, _SECTOR) is None:
        j -= 1  # "le groupe agroalimentaire chinois X", "le motoriste munichois X"
    sector = ctx.entity_at(j, _SECTOR) if j >= clause.start else None
    if sector is not None and sector.end <= org.start:
        _link(ctx, org, [sector], clause, "sector.before_name", 0.7)


def _anaphor_sectors(ctx: Context, clause: Span) -> None:
    """ "L'entreprise, spécialisée dans X,": the kind noun stands for the company before."""
    doc = ctx.doc
    for token in ctx.candidates(clause, _KINDS):
        i = token.i
        if ctx.lemmas[i] not in _KINDS or not clause.start < i < clause.end - 2:
            continue
        if ctx.lowers[i - 1] not in _DEFINITE or ctx.lowers[i + 1] != ",":
            continue
        if not describes(doc[i + 2]):
            continue
        sectors = ctx.entities_in(i + 2, _until_pause(doc, i + 2, clause.end), _SECTOR)
        org = _antecedent(ctx, token, clause) if sectors else None
        if org is not None:
            _link(ctx, org, sectors, clause, "sector.anaphor", 0.6)


def _trade_anaphor(ctx: Context, clause: Span) -> None:
    """ "L'hébergeur de données, dont le siège ...": a trade noun opening the sentence."""
    first = clause.start + 1
    if first >= clause.end or ctx.lowers[clause.start] not in _DEFINITE:
        return
    sector = ctx.entity_at(first, _SECTOR)
    if sector is None and ctx.lemmas[first] in TRADE_HEADS:
        sector = sector_of_head(ctx, first + 1, clause.end)
    elif sector is not None and not ctx.lowers[first].endswith(_AGENT_ENDINGS):
        return
    if sector is None or sector.start < first:
        return
    if ctx.entities_in(sector.end, min(sector.end + _MAX_OPENERS + 1, clause.end), ORG_LABELS):
        return  # "La moutarderie (bourguignonne) X": the name follows, no anaphor
    org = resolve_org(ctx, ctx.tokens[first]) or _previous_org(ctx, clause)
    if org is not None and org.label_ != "Company" and ctx.lemmas[first] in TRADE_HEADS:
        # "Le fabricant suédois d'électrolyseurs" after "l'agence annonce l'arrivée de X": X.
        org = _previous_org(ctx, clause, labels=_COMPANY)
    if org is not None:
        _link(ctx, org, [sector], clause, "sector.anaphor", 0.6)


def _antecedent(ctx: Context, token: Token, clause: Span) -> Span | None:
    """The company a definite kind noun stands for (none when one is named before it)."""
    if ctx.entities_in(clause.start, token.i, ORG_LABELS):
        return None
    return resolve_org(ctx, token) or _previous_org(ctx, clause)


def _previous_org(
    ctx: Context, clause: Span, *, labels: frozenset[str] = ORG_LABELS
) -> Span | None:
    """The first organisation of the nearest of the two clauses before `clause` (when
    the discourse topic is unknown: 'Le plus attendu concerne X. L'hébergeur ...')."""
    ctx.clause_of(clause.start)  # cuts the doc's clauses once, not on every call
    before = [c for c in ctx.parts if c.end <= clause.start][-2:]
    for earlier in reversed(before):
        found = ctx.entities_in(earlier.start, earlier.end, labels)
        if found:
            return found[0]
    return None


def extract(ctx: Context, clause: Span) -> None:
    """Write the has_sector edges that descriptions of companies give in one clause."""
    for org in ctx.entities_in(clause.start, clause.end, ORG_LABELS):
        _sectors_described(ctx, org, clause)
        _sector_before(ctx, org, clause)
    _anaphor_sectors(ctx, clause)
    _trade_anaphor(ctx, clause)
