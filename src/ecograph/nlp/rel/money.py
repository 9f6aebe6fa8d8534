"""Whose a sum of money is: "a réalisé un chiffre d'affaires de N", "N de chiffre
d'affaires", "pour un investissement de N", "Notre mise de départ est de N", "X, qui ...
réalise N de ventes"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import resolve_org, topic_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import INVEST_VERBS, ORG_LABELS, PLACE_LABELS
from ecograph.nlp.rel.origins import kind_of_adjective
from ecograph.nlp.rel.speaker import speaker_org
from ecograph.nlp.spans import attrs

# Nouns a sum of money is the amount of: the holder is whoever the verb's subject is.
MONEY_NOUNS = frozenset(
    {"chiffre", "investissement", "levée", "subvention", "enveloppe", "montant", "budget"}
    | {"financement", "prêt", "valorisation", "bénéfice", "résultat", "vente", "mise"}
)
_CLIMB = frozenset({"nmod", "obj", "obl", "obl:mod", "obl:arg", "conj"})


def money_holder(ctx: Context, figure: Span, clause: Span) -> tuple[list[Span], str]:
    """ "a réalisé un chiffre d'affaires de N", "N de chiffre d'affaires", "pour un
    investissement de N": the organisation the amount is about, through the verb governing it."""
    if attrs(figure).get("unit") == "%" or "%" in figure.text:
        return [], ""  # shares: whose they are is arguable
    node = figure.root
    money = any(ctx.lemmas[c.i] in MONEY_NOUNS for c in node.children if c.dep_ in ("nmod", "obl"))
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        money = money or ctx.lemmas[node.i] in MONEY_NOUNS
        if node.dep_ not in _CLIMB:
            node = _verb_before(ctx, figure, clause) or node
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        # "Notre mise de départ est de N": the figure heads a copula, the money noun subject.
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None or ctx.lemmas[subject.i] not in MONEY_NOUNS:
            return [], ""
        return _money_owner(ctx, subject), "measure.money_noun"
    # "380 millions de francs de chiffre d'affaires": the money noun after the figure.
    money = money or not MONEY_NOUNS.isdisjoint(ctx.lemmas[figure.end : figure.end + 5])
    if ctx.lemmas[node.i] in INVEST_VERBS and figure.root.dep_ == "obj":
        return _invested(ctx, node, clause)
    if not money:
        # "La mise de départ s'élève à N": the money noun is the verb's subject.
        owner = _money_subject(ctx, node)
        return (owner, "measure.money_noun") if owner else ([], "")
    relative = _relative_antecedent(ctx, node, clause)
    if relative is not None:
        return [relative], "measure.money_noun"
    orgs, _ = acting_orgs(ctx, node, clause)
    if not orgs:
        orgs = _money_subject(ctx, node)
    return orgs[:1], "measure.money_noun"


# Determiners of a money-noun subject: "Notre mise de départ est de N", "La mise de départ
# s'élève à N".
_OWN = frozenset({"notre", "nos"})
_THE = frozenset({"la", "le", "l'", "l’", "sa", "son", "leur"})


def _money_subject(ctx: Context, verb: Token) -> list[Span]:
    """The company the money-noun subject of `verb` belongs to (see `_money_owner`)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or ctx.lemmas[subject.i] not in MONEY_NOUNS:
        return []
    return _money_owner(ctx, subject)


def _money_owner(ctx: Context, subject: Token) -> list[Span]:
    """The company a money noun with no name belongs to: the interview's company for
    "notre", the text's topic for a definite article or a possessive."""
    if subject.i == 0:
        return []
    # "Le chiffre d'affaires de X a atteint N": the company named after the noun.
    last = min(subject.i + 4, len(ctx.lowers) - 1)
    of = [j for j in range(subject.i + 1, last) if ctx.lowers[j] in ("de", "du")]
    named = ctx.entity_at(of[-1] + 1, ORG_LABELS) if of else None
    if named is not None:
        return [named]
    det = ctx.lowers[subject.i - 1]
    found = speaker_org(ctx, subject.i - 1) if det in _OWN else None
    if det in _THE:
        found = topic_org(ctx, subject.i)
    return [found] if found is not None else []


def _verb_before(ctx: Context, figure: Span, clause: Span) -> Token | None:
    """ "a réalisé l'an dernier N de chiffre d'affaires" misparsed: the verb a few words
    before a figure followed by its money noun."""
    if MONEY_NOUNS.isdisjoint(ctx.lemmas[figure.end : figure.end + 5]):
        return None
    for j in range(figure.start - 1, max(figure.start - 5, clause.start - 1), -1):
        if ctx.tokens[j].pos_ == "VERB":
            return ctx.tokens[j]
    return None


def _relative_antecedent(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """ "X, qui emploie 180 salariés et réalise N de ventes": the name before "qui"."""
    node = verb
    while node.dep_ == "conj" and node.head is not node and node.head.i >= clause.start:
        node = node.head
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is None or ctx.lowers[subject.i] != "qui" or subject.i < clause.start + 2:
        return None
    before = subject.i - 1 - (ctx.lowers[subject.i - 1] == ",")
    named = ctx.entity_at(before, ORG_LABELS)
    if named is not None:
        return named
    # "du groupe suisse, qui revendique", "Le repreneur, qui a réalisé": the company meant.
    place = ctx.entity_at(before, PLACE_LABELS)
    meant = kind_of_adjective(ctx, place) if place is not None else None
    return meant or resolve_org(ctx, ctx.tokens[before])


def _invested(ctx: Context, verb: Token, clause: Span) -> tuple[list[Span], str]:
    """ "X a investi N dans l'entreprise": the company funded; "... dans une usine": X."""
    doers, _ = acting_orgs(ctx, verb, clause)
    after = range(verb.i + 1, clause.end)
    into = next((j for j in after if ctx.lowers[j] == "dans"), None)
    if into is not None:
        exclude = doers[0] if doers else None
        for j in range(into + 1, min(into + 4, clause.end)):
            target = resolve_org(ctx, ctx.tokens[j], exclude=exclude)
            if target is not None and target not in doers:
                return [target], "measure.invested_in"
    if ctx.lemmas[verb.i] == "injecter":
        return [], ""  # "Y a injecté N": the company that receives it (funding.stake)
    return doers[:1], "measure.investor"
