"""Facts a clause does not assert: negated, hypothetical, denied or rumoured.

"ne reprendra pas l'usine X", "qui pourrait ouvrir un site à Y", "a démenti vouloir
racheter Z", "l'hypothèse d'une entrée au capital de W a été écartée": the trigger is
there, the fact is not. A rule asks `hedged` before writing its relation.
"""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel.context import Context

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
    """Whether the trigger at token `i` is negated, hypothetical, denied or a rumour."""
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
