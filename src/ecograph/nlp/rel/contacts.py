"""in_contact_with: "en contact (étroit) avec", "noué des contacts avec", "prospecte", "négocie"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.actors import acting_orgs, objects_after
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import CONTACT_CUES, CONTACT_NOUNS, CONTACT_VERBS, ORG_LABELS
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
    return found


def extract(ctx: Context, clause: Span) -> None:
    """Write in_contact_with for each contact cue of the clause."""
    for cue, start in _contact_cue(ctx, clause):
        subjects, how = acting_orgs(ctx, cue.head if cue.pos_ == "ADP" else cue, clause)
        partners = objects_after(ctx, start, clause, ORG_LABELS)
        for subj in subjects:
            for obj in partners:
                if obj != subj:
                    add_relation(
                        ctx.doc,
                        "in_contact_with",
                        subj,
                        obj,
                        rule=f"contact.{how}",
                        confidence=0.7,
                        sentence=clause,
                    )
