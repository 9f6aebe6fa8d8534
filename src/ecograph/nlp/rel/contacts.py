"""in_contact_with: "en contact (étroit) avec", "noué des contacts avec", "prospecte", "négocie"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs, objects_after
from ecograph.nlp.rel.anaphora import resolve_org
from ecograph.nlp.rel.contact_cues import extra_cues, mutual_talks, past_staff, talks_topic
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.first_person import we_subject
from ecograph.nlp.rel.lexicon import (
    CONTACT_CUES,
    CONTACT_NOUNS,
    CONTACT_VERBS,
    DETERMINERS,
    ORG_LABELS,
)
from ecograph.nlp.rel.modality import denied
from ecograph.nlp.spans import add_relation

_CUE_LEMMAS = CONTACT_NOUNS | CONTACT_VERBS
_CUE_SECOND = frozenset(cue.split()[1] for cue in CONTACT_CUES)


def _avec_after(token: Token, reach: int) -> int | None:
    """Index of an "avec" within `reach` tokens after `token`."""
    window = token.doc[token.i + 1 : token.i + 1 + reach]
    return next((t.i for t in window if t.lower_ == "avec"), None)


def _contact_cue(ctx: Context, clause: Span) -> list[tuple[Token, int]]:
    """Contact cues with where their partners start: "en contact (étroit) avec", "prospecte"."""
    found = []
    lowers = ctx.lowers
    # "en" is everywhere: a cue pair needs its second word ("contact", "relation"),
    # which may be the token just after the clause.
    second = not _CUE_SECOND.isdisjoint(lowers[clause.start + 1 : clause.end + 1])
    words = ctx.words(clause) if second else ctx.candidates(clause, _CUE_LEMMAS)
    for token in words:
        i = token.i
        pair = f"{lowers[i]} {lowers[i + 1]}" if i + 1 < len(lowers) else ""
        if pair in CONTACT_CUES:
            avec = next(
                (j for j in range(i + 2, min(i + 5, len(lowers))) if lowers[j] == "avec"), None
            )
            if avec is not None:
                found.append((token, avec + 1))
        elif ctx.lemmas[token.i] in CONTACT_NOUNS and (at := _avec_after(token, 3)) is not None:
            found.append((token, at + 1))  # "a noué des contacts avec X"
        elif ctx.lemmas[token.i] in CONTACT_VERBS and token.pos_ == "VERB" and token.dep_ != "acl":
            nxt = token.i + 1
            found.append(
                (token, nxt + (token.doc[nxt].lower_ == "avec" if nxt < clause.end else 0))
            )
    return found + extra_cues(ctx, clause)


def _partners(ctx: Context, start: int, clause: Span, subjects: list[Span]) -> list[Span]:
    """The partners listed from `start`, and after each further "et avec" of the same
    phrase ("avec l'hôpital X et avec l'assureur Y"); a kind noun stands for the company
    it means ("avec le nouveau venu")."""
    start = past_staff(ctx, start, clause)  # "a rencontré les équipes de Y"
    found = objects_after(ctx, start, clause, ORG_LABELS)
    if not found:
        # "avec le néerlandais X": a nationality before the name.
        j = start
        while j < clause.end and (ctx.lowers[j] in DETERMINERS or ctx.tokens[j].pos_ == "ADJ"):
            j += 1
        meant = ctx.entity_at(j, ORG_LABELS) if j < clause.end else None
        meant = meant or _anaphoric_partner(ctx, start, clause, subjects)
        found = [meant] if meant is not None else []
    for j in range(start, clause.end - 1):
        word = ctx.lowers[j]
        if word == "pour" or (word == "," and ctx.tokens[j + 1].pos_ in ("VERB", "AUX")):
            break
        if word == "avec" and ctx.lowers[j - 1] in ("et", ",", "ou"):
            found += [s for s in objects_after(ctx, j + 1, clause, ORG_LABELS) if s not in found]
    return found


def _anaphoric_partner(ctx: Context, start: int, clause: Span, subjects: list[Span]) -> Span | None:
    """ "X est en discussion avec le nouveau venu": the company the kind noun means."""
    exclude = subjects[0] if subjects else None
    for j in range(start, min(start + 3, clause.end)):
        if ctx.tokens[j].pos_ in ("NOUN", "ADJ", "VERB"):
            meant = resolve_org(ctx, ctx.tokens[j], exclude=exclude)
            if meant is not None and meant not in subjects:
                return meant
    return None


def _other_subject(ctx: Context, verb: Token) -> bool:
    """Whether `verb` has a subject that is a common noun, not a name ("la délégation")."""
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and ctx.by_token.get(c.i) is None
        for c in verb.children
    )


def _doer(cue: Token) -> Token:
    """The word whose subject makes the contact: the verb of "a noué des contacts"."""
    if cue.pos_ == "ADP" or (cue.pos_ == "NOUN" and cue.head.pos_ in ("VERB", "AUX")):
        return cue.head
    return cue


def extract(ctx: Context, clause: Span) -> None:
    """Write in_contact_with for each contact cue of the clause, and between the sides of
    talks told of both at once ("X et Y sont en négociation")."""
    for subj, obj in mutual_talks(ctx, clause):
        add_relation(
            ctx.doc,
            "in_contact_with",
            subj,
            obj,
            rule="contact.mutual",
            confidence=0.65,
            sentence=clause,
        )
    for cue, start in _contact_cue(ctx, clause):
        if denied(ctx, cue.i, clause):
            continue  # "n'a aucune discussion avec", "a démenti avoir engagé des négociations"
        doer = _doer(cue)
        subjects, how = acting_orgs(ctx, doer, clause)
        if how == "nearest_left" and _other_subject(ctx, doer):
            continue  # "la délégation a rencontré ...": not the name before it
        if not subjects and (topic := talks_topic(ctx, cue)) is not None:
            subjects, how = [topic], "talks_topic"
        elif not subjects and (we := we_subject(ctx, doer)) is not None:
            subjects, how = [we], "first_person"  # "Nous avons rencontré les équipes de Y"
        partners = _partners(ctx, start, clause, subjects)
        for subj in subjects:
            for obj in partners:
                if obj != subj and ctx.name(obj) != ctx.name(subj):
                    add_relation(
                        ctx.doc,
                        "in_contact_with",
                        subj,
                        obj,
                        rule=f"contact.{how}",
                        confidence=0.7,
                        sentence=clause,
                    )
