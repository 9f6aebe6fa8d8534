"""More ways French tells talks: "a pris langue avec Y", "échange depuis mars avec Y",
"Des discussions sont en cours avec Y" (no subject: the text's topic), "a rencontré les
équipes de Y" (Y, not its staff)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.anaphora import topic_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import CONTACT_NOUNS, DETERMINERS, ORG_LABELS
from ecograph.nlp.rel.modality import denied
from ecograph.nlp.rel.parties import subject_party

# Verbs that tell talks only with "avec": "X échange depuis mars avec Y".
CONTACT_WITH_VERBS = frozenset({"échanger", "dialoguer", "converser"})
# Nouns that tell talks only after one verb: "X a pris langue avec Y".
CONTACT_IDIOMS = {"langue": "prendre"}

IDIOM_WORDS = frozenset(CONTACT_IDIOMS) | CONTACT_WITH_VERBS
# "sont en cours avec", "se poursuivent avec": between a talks noun and its "avec".
_ONGOING = ("en cours", "se poursuivent", "ont lieu", "sont engagées", "sont ouvertes")
# "les équipes de Y", "la direction de Y": the staff of the partner, not the partner.
_STAFF = frozenset({"équipe", "direction", "dirigeant", "responsable", "représentant"})
_STAFF |= frozenset({"patron", "cadre", "ingénieur", "service"})
# "échange", "dialogue": verb forms the model may read as the nouns.
_VERB_FORMS = frozenset({"échange", "échangent", "dialogue", "dialoguent"})
# Talks told of both sides at once: "X et Y sont en négociation", "X et Y négocient".
_MUTUAL_NOUNS = frozenset({"discussion", "négociation", "pourparlers", "pourparler"})
_MUTUAL_VERBS = frozenset({"négocier", "discuter"})
_MUTUAL = _MUTUAL_NOUNS | _MUTUAL_VERBS
_OF = frozenset({"de", "des", "aux", "d'", "d’", "les", "ces", "nos", "leurs", "ses"})
_WHEN = frozenset({"depuis", "dès", "déjà", "désormais", "régulièrement", "aussi", "plusieurs"})
# "depuis le printemps", "depuis des mois": time words the date rules may have left.
_WHEN |= frozenset({"printemps", "été", "automne", "hiver", "mois", "semaines", "années"})


def _avec_from(ctx: Context, i: int, clause: Span, reach: int) -> int:
    """Index after the "avec" found from token `i` past time words ("depuis le printemps"),
    within `reach` tokens, else -1."""
    j, last = i, min(i + reach, clause.end - 1)
    while j < last:
        if ctx.lowers[j] == "avec":
            return j + 1
        skip = ctx.time_words(j, clause.end)
        if not skip and ctx.lowers[j] not in _WHEN | DETERMINERS:
            return -1
        j += max(skip, 1)
    return -1


def _ongoing(ctx: Context, token: Token, clause: Span) -> int:
    """ "Des discussions sont en cours avec Y": index of Y's first word, else -1."""
    after = " ".join(ctx.lowers[token.i + 1 : min(token.i + 5, clause.end)])
    for cue in _ONGOING:
        at = after.find(cue)
        if 0 <= at <= len("sont "):
            end = token.i + 1 + after[: at + len(cue)].count(" ") + 1
            if end < clause.end and ctx.lowers[end] == "avec":
                return end + 1
    return -1


def _talks_verb(ctx: Context, token: Token) -> bool:
    """ "échange avec": a talks verb, or its form the model read as a noun ("X, basé à Y,
    échange depuis mars avec Z": no determiner before it)."""
    i = token.i
    if ctx.lemmas[i] in CONTACT_WITH_VERBS and token.pos_ == "VERB":
        return True
    return ctx.lowers[i] in _VERB_FORMS and i > 0 and ctx.lowers[i - 1] not in _OF | DETERMINERS


def extra_cues(ctx: Context, clause: Span) -> list[tuple[Token, int]]:
    """Cues of talks with where their partners start."""
    found = []
    for token in ctx.candidates(clause, IDIOM_WORDS | CONTACT_NOUNS):
        i, word = token.i, ctx.lemmas[token.i]
        if word in CONTACT_IDIOMS and i > 0 and ctx.lemmas[i - 1] == CONTACT_IDIOMS[word]:
            start = _avec_from(ctx, i + 1, clause, 3)  # "a pris langue avec Y"
        elif _talks_verb(ctx, token):
            start = _avec_from(ctx, i + 1, clause, 7)  # "échange depuis le printemps avec Y"
        elif word in CONTACT_NOUNS and token.dep_.startswith("nsubj"):
            start = _ongoing(ctx, token, clause)
        else:
            continue
        if start >= 0:
            found.append((token, start))
    return found


def talks_topic(ctx: Context, cue: Token) -> Span | None:
    """Who talks when the talks noun is the subject ("Des discussions sont en cours avec Y"):
    the organisation the text is about."""
    if not cue.dep_.startswith("nsubj") or ctx.lemmas[cue.i] not in CONTACT_NOUNS:
        return None
    return topic_org(ctx, cue.i)


def past_staff(ctx: Context, i: int, clause: Span) -> int:
    """From token `i`, the index after "les équipes de" (or `i` when no staff noun is there)."""
    j = i
    while j < clause.end and ctx.lowers[j] in DETERMINERS:
        j += 1
    if j + 1 < clause.end and ctx.lemmas[j] in _STAFF and ctx.lowers[j + 1] in ("de", "d'", "d’"):
        return j + 2
    return i


def mutual_talks(ctx: Context, clause: Span) -> list[tuple[Span, Span]]:
    """ "X et Y sont en négociation pour une fusion", "X et Y négocient": talks between the
    subjects, when no "avec" names another partner."""
    if not ctx.mentions(clause, _MUTUAL) or "avec" in ctx.lowers[clause.start : clause.end]:
        return []
    for token in ctx.words(clause):
        i, word = token.i, ctx.lemmas[token.i]
        noun = word in _MUTUAL_NOUNS and i > 0 and ctx.lowers[i - 1] == "en"
        verb = word in _MUTUAL_VERBS and token.pos_ == "VERB" and token.dep_ != "acl"
        if not (noun or verb) or denied(ctx, i, clause):
            continue
        # The sides listed before the cue (the parse often misses a conjoined name).
        subjects = [s for s in subject_party(ctx, token, clause) if s.label_ in ORG_LABELS]
        sides = list({ctx.name(s): s for s in subjects}.values())
        if len(sides) >= 2:
            return [(sides[0], other) for other in sides[1:]]
    return []
