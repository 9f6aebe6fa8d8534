"""Public aid and loans: "X a bénéficié d'une aide de N de Y", "Y accompagne le projet par
une avance de N", "Y accorde une subvention de N à X", "le rachat est financé par Y".

The giver invests in the company that receives (invests_in), and the amount measures
the receiver. "le projet", "le site", "l'opération" stand for the company the text is
about.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs
from ecograph.nlp.rel.anaphora import resolve_org, topic_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.funding import is_money, write_funding
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.rel.modality import hedged

AID_NOUNS = frozenset({"aide", "subvention", "avance", "prêt", "dotation", "financement"})
# The receiver is the subject: "X a bénéficié d'une aide", "X obtient un prêt".
_RECEIVE = frozenset({"bénéficier", "obtenir", "recevoir", "décrocher", "toucher", "percevoir"})
# The giver is the subject: "Y accompagne le projet par une avance", "Y accorde un prêt à X".
_GIVE = frozenset({"accompagner", "soutenir", "aider", "appuyer", "financer", "accorder"})
_GIVE |= frozenset({"verser", "octroyer", "allouer", "attribuer", "consentir", "apporter"})
FINANCED = frozenset({"financé", "financée", "financés", "financées", "cofinancé", "cofinancée"})
# Subjects that are the company's project or site, not an actor.
_MEANS = frozenset({"projet", "site", "usine", "opération", "bâtiment", "programme", "rachat"})
_MEANS |= frozenset({"acquisition", "reprise", "investissement", "implantation", "chantier"})
_FIGURE = frozenset({"Figure"})


def _receiver(ctx: Context, token: Token, exclude: list[Span]) -> Span | None:
    """The organisation `token` names or stands for; a project noun is the text's topic."""
    if ctx.lemmas[token.i] in _MEANS:
        return topic_org(ctx, token.i, exclude=exclude[0] if exclude else None)
    found = resolve_org(ctx, token, exclude=exclude[0] if exclude else None)
    return found if found is not None and found not in exclude else None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def aid_at(ctx: Context, noun: Token, clause: Span) -> None:
    """Write the aid told by the aid noun `noun` and the verb before it."""
    if noun.pos_ != "NOUN" or hedged(ctx, noun.i, clause):
        return
    verbs = [t for t in ctx.tokens[max(clause.start, noun.i - 8) : noun.i] if t.pos_ == "VERB"]
    if not verbs:
        return
    verb = verbs[-1]
    amounts = [
        f for f in ctx.entities_in(noun.i + 1, min(noun.i + 6, clause.end), _FIGURE) if is_money(f)
    ]
    after = ctx.entities_in(noun.i + 1, min(noun.i + 14, clause.end), ORG_LABELS)
    if ctx.lemmas[verb.i] in _RECEIVE:
        givers = after[:1]
        subject = _subject(verb)
        receiver = _receiver(ctx, subject, givers) if subject is not None else None
        receiver = receiver or next(iter(acting_orgs(ctx, verb, clause)[0]), None)
    elif ctx.lemmas[verb.i] in _GIVE:
        givers = acting_orgs(ctx, verb, clause)[0][:1]
        to = next((j for j in range(noun.i, clause.end) if ctx.lowers[j] in ("à", "au")), None)
        named = ctx.entity_after(to + 1, clause.end, ORG_LABELS) if to is not None else None
        objects = [c for c in verb.children if c.dep_ == "obj" and c.i < noun.i]
        receiver = named or (_receiver(ctx, objects[0], givers) if objects else None)
        receiver = receiver or (topic_org(ctx, verb.i, exclude=givers[0]) if givers else None)
    else:
        return
    if receiver is not None and receiver not in givers and (givers or amounts):
        write_funding(ctx, givers, receiver, amounts, "aid", clause, confidence=0.6)


def financed_at(ctx: Context, token: Token, clause: Span) -> None:
    """ "L'opération est financée en partie par Y, ..., ainsi que par Z": Y and Z fund the
    subject (the text's topic when the subject is the deal or the project)."""
    if ctx.lowers[token.i] not in FINANCED or hedged(ctx, token.i, clause):
        return
    pars = [j for j in range(token.i + 1, clause.end) if ctx.lowers[j] == "par"]
    if not pars or pars[0] > token.i + 4:
        return
    givers: list[Span] = []
    for j in pars:
        givers += [s for s, _ in collect_list(ctx, j + 1, clause.end, ORG_LABELS)]
    subject = _subject(token) or (token.head if token.dep_ in ("acl", "amod") else None)
    receiver = _receiver(ctx, subject, givers) if subject is not None else None
    if receiver is not None and givers:
        write_funding(ctx, givers, receiver, [], "aid", clause, confidence=0.6)
