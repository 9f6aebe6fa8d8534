"""Facts a clause does not assert: negated, hypothetical, denied or rumoured.

"ne reprendra pas l'usine X", "qui pourrait ouvrir un site à Y", "a démenti vouloir
racheter Z", "l'hypothèse d'une entrée au capital de W a été écartée": the trigger is
there, the fact is not. A rule asks `hedged` before writing its relation.
"""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.words import feats

_NE = frozenset({"ne", "n'", "n’"})
_NEGATIVES = frozenset({"pas", "jamais", "plus", "point", "guère", "aucun", "aucune", "rien"})
# "aucun rachat n'est à l'ordre du jour", "sans reprendre": a negative word before the noun.
_NO = frozenset({"aucun", "aucune", "sans", "nul", "nulle"})
# Modal verbs and conditionals right before the trigger: "pourrait ouvrir", "aurait approché".
_MODALS = frozenset(
    {"pourrait", "pourraient", "aurait", "auraient", "envisagerait", "envisageraient"}
    | {"exclut", "excluent", "exclure", "rêve", "rêvent", "évoquer"}
)
# Words anywhere in the clause that deny or report a rumour about what it tells.
_DENIALS = frozenset(
    {"démenti", "démentie", "démentis", "dément", "démentent", "démentir", "démentait"}
    | {"rumeur", "rumeurs", "écarté", "écartée", "hypothèse", "évoqué", "évoquée"}
    | {"infirmé", "infirme", "conditionnel", "spéculations"}
)
_STOPS = frozenset({",", ";", ":", ".", "«", "»", "(", ")"})


def hedged(ctx: Context, i: int, clause: Span) -> bool:
    """Whether the deal told at token `i` is negated, hypothetical, denied or a rumour."""
    if denied(ctx, i, clause):
        return True
    lowers = ctx.lowers
    start = max(clause.start, i - 5)
    if any(w in _DENIALS for w in lowers[clause.start : clause.end]):
        return True
    if _negated(lowers, i, start, clause.end):
        return True
    if lowers[i].endswith(("rait", "raient")) and ctx.tokens[i].pos_ in ("VERB", "AUX"):
        return True  # "ouvrirait", "rachèterait": a conditional
    before = lowers[max(clause.start, i - 10) : i]  # "n'exclut pas, à terme, d'ouvrir"
    return bool(_MODALS.intersection(before)) or (i > clause.start and lowers[i - 1] in _NO)


def _negated(lowers: list[str], i: int, start: int, end: int) -> bool:
    """ "ne reprendra pas", "n'a pas racheté", "n'a jamais investi": "ne" before the verb
    and a negative word between it and two words after the verb, no comma between."""
    for j in range(i - 1, start - 1, -1):
        if lowers[j] in _STOPS:
            return False
        if lowers[j] in _NE:
            window = lowers[j + 1 : min(i + 3, end)]
            return any(w in _NEGATIVES for w in window)
    return False


_NEGATIONS = _NEGATIVES | {"nullement"}
_NO_BEFORE = frozenset({"aucun", "aucune", "nul", "nulle"})
# Verbs that deny or rule out what follows: "a démenti avoir signé", "a écarté l'hypothèse".
_DENY = frozenset({"démentir", "nier", "réfuter", "écarter", "exclure", "contester"})
# Conditionals that plan or wish ("devrait signer", "souhaiterait rejoindre") are no doubt.
_PLANNING = frozenset({"devoir", "souhaiter", "vouloir", "aimer"})
_REACH = 8
# Endings of the French conditional ("aurait", "pourraient", "serions").
_CONDITIONAL_ENDS = ("rais", "rait", "rions", "riez", "raient")


def _window(ctx: Context, i: int, clause: Span) -> range:
    """The words before token `i` that bear on it: up to `_REACH`, not past a comma
    ("X, qui n'a pas souhaité commenter, a signé avec Y": the negation is the relative's)."""
    start = max(clause.start, i - _REACH)
    for j in range(i - 1, start - 1, -1):
        if ctx.lowers[j] == ",":
            return range(j + 1, i)
    return range(start, i)


def denied(ctx: Context, i: int, clause: Span) -> bool:
    """A negation, a denying verb or a conditional in the words just before token `i`
    ("n'a aucune discussion avec", "a démenti avoir signé", "aurait approché").

    The narrow test, for events and links told by a noun or a verb deep in a sentence
    ("... pourrait être signée lors de la venue de P": the visit itself is not in doubt);
    `hedged` adds rumours and modals further back, for deal verbs.
    """
    lowers = ctx.lowers
    window = _window(ctx, i, clause)
    for j in window:
        if lowers[j] in _NE:
            after = range(j + 1, min(j + 5, clause.end))
            # "ne ... que" restricts, it does not negate.
            if any(lowers[k] in _NEGATIONS for k in after):
                return True
        elif lowers[j] in _NO_BEFORE or ctx.lemmas[j] in _DENY:
            return True
    for j in window:
        token = ctx.tokens[j]
        if not ctx.lowers[j].endswith(_CONDITIONAL_ENDS) or ctx.lemmas[j] in _PLANNING:
            continue  # the morphology is slow to read: only for verb forms that may be
        if token.pos_ in ("VERB", "AUX") and "Cnd" in feats(token, "Mood"):
            return True  # "aurait approché", "pourrait signer", "envisagerait"
    return False
