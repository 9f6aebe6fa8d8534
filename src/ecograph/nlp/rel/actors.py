"""Who does what: the organisations acting as subject of a verb, or listed after it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.anaphora import resolve_org, topic_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import DETERMINERS, GENERIC_ORG_NOUNS, ORG_LABELS
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.rel.parties import antecedent
from ecograph.nlp.rel.words import feats, find_token, lemma

_UP = frozenset({"xcomp", "ccomp", "acl", "amod", "advcl", "conj", "obj"})


def listed_after(ctx: Context, noun: Token, clause: Span) -> list[Span]:
    """Organisations a generic noun stands for: "sociétés A, B" or "sociétés ... : A, B"."""
    i = noun.i + 1
    while i < clause.end and (ctx.doc[i].pos_ == "ADJ" or ctx.doc[i].lower_ in DETERMINERS):
        i += 1
    members = collect_list(ctx, i, clause.end, ORG_LABELS)
    colon = find_token(clause, ":", start=noun.i)
    if not members and colon is not None:
        members = collect_list(ctx, colon.i + 1, clause.end, ORG_LABELS)
    return [span for span, _ in members]


def acting_orgs(ctx: Context, verb: Token, clause: Span) -> tuple[list[Span], str]:
    """The organisations doing `verb`, with the rule that found them.

    Walks up the parse ("X souhaite ouvrir", "des groupes décidés à ouvrir")
    to a subject or to a generic noun whose members are listed; falls back to
    the nearest organisation on the left within the clause.
    """
    node: Token | None = verb
    for _ in range(4):
        if node is None:
            break
        for child in node.children:
            # "La PME est entrée au capital de Y": the model reads être + participle as passive.
            if child.dep_ in ("nsubj", "nsubj:pass"):
                found = _entity_or_members(ctx, child, clause)
                if found:
                    return found, "subject"
        if node is not verb and lemma(node) in GENERIC_ORG_NOUNS:
            return listed_after(ctx, node, clause), "generic_noun_list"
        # The model may hang a verb on one of the sentence before: stay in the clause.
        up = node.dep_ in _UP and node.head is not node
        node = node.head if up and clause.start <= node.head.i < clause.end else None
    if "Inf" in feats(verb, "VerbForm"):
        # "X lève des fonds auprès de Y afin d'ouvrir ...": an infinitive's doer is the
        # clause's subject, named before its first conjugated verb, not the nearest name.
        head = _clause_subject(ctx, verb, clause)
        if head is not None:
            return [head], "clause_subject"
    left = antecedent(ctx, verb.i, clause, ORG_LABELS)
    # "la start-up X, fondée par P, qui a noué ...": a relative's doer is its antecedent.
    relative = left is not None and "qui" in ctx.lowers[left.end : verb.i]
    if left is not None and not relative and _governed_elsewhere(left, verb):
        # "X s'appuie sur le fonds Y, entré à son capital": Y is another verb's object,
        # the doer is what the text is about.
        topic = topic_org(ctx, verb.i)
        return ([topic], "topic") if topic is not None else ([], "none")
    return ([left], "nearest_left") if left is not None else ([], "none")


def _governed_elsewhere(span: Span, verb: Token) -> bool:
    """Whether `span` is the object or oblique of a verb other than `verb`, or sits in a
    relative clause: then it is not who does `verb`."""
    node = span.root
    for _ in range(6):
        if node.dep_ == "acl:relcl" or node.head is node:
            return node.dep_ == "acl:relcl"
        if node.dep_ in ("obj", "obl", "obl:arg", "iobj") and node.head.pos_ == "VERB":
            return node.head != verb and verb not in list(node.head.ancestors)
        node = node.head
    return False


def _clause_subject(ctx: Context, verb: Token, clause: Span) -> Span | None:
    """The first organisation of the clause when it comes before the first finite verb."""
    # "L'Alsace n'est pas en reste : la start-up X lève ...": a colon opens a new clause.
    colons = [t.i for t in clause if t.text == ":" and t.i < verb.i]
    start = colons[-1] + 1 if colons else clause.start
    finite = next(
        (t.i for t in clause[start - clause.start :] if "Fin" in feats(t, "VerbForm")), verb.i
    )
    first = ctx.entities_in(start, min(finite, verb.i), ORG_LABELS)
    return first[0] if first else None


def _entity_or_members(ctx: Context, token: Token, clause: Span) -> list[Span]:
    span = ctx.entity_at(token.i, ORG_LABELS)
    if span is not None:
        conj = [ctx.entity_at(c.i, ORG_LABELS) for c in token.conjuncts]
        return [span, *[c for c in conj if c is not None]]
    members = listed_after(ctx, token, clause) if ctx.lemmas[token.i] in GENERIC_ORG_NOUNS else []
    if members:
        return members
    # "La PME est entrée au capital de Y", "Il a noué des contacts avec Y", "le
    # transporteur X": the name after the kind noun, or what the pronoun stands for.
    earlier = resolve_org(ctx, token)
    return [earlier] if earlier is not None else []


def objects_after(ctx: Context, i: int, clause: Span, labels: frozenset[str]) -> list[Span]:
    """Entities listed from token `i` (after dets), or the members of a generic noun there."""
    while i < clause.end and ctx.doc[i].lower_ in DETERMINERS:
        i += 1
    found = [span for span, _ in collect_list(ctx, i, clause.end, labels)]
    if found:
        return found
    for j in range(i, min(i + 3, clause.end)):
        if lemma(ctx.doc[j]) in GENERIC_ORG_NOUNS:
            return listed_after(ctx, ctx.doc[j], clause)
    return []
