"""Facts a clause denies, negates or only supposes: "n'a aucune discussion avec", "a démenti
avoir engagé des négociations", "ne se rendra pas à", "aurait approché", "pourrait signer".

Researchers must not find in the graph a talk the company denied: these words, read just
before the word that tells the fact, keep the rules from writing it.
"""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel.context import Context, feats

_NE = frozenset({"ne", "n'", "n’"})
# The second half of a French negation: "ne ... pas", "n'a jamais", "n'a aucune".
_NEGATIONS = frozenset({"pas", "jamais", "plus", "aucun", "aucune", "guère", "nullement", "rien"})
_NO = frozenset({"aucun", "aucune", "nul", "nulle"})
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
    """Whether the fact told at token `i` is negated, denied or hypothetical."""
    lowers = ctx.lowers
    window = _window(ctx, i, clause)
    for j in window:
        if lowers[j] in _NE:
            after = range(j + 1, min(j + 5, clause.end))
            # "ne ... que" restricts, it does not negate.
            if any(lowers[k] in _NEGATIONS for k in after):
                return True
        elif lowers[j] in _NO or ctx.lemmas[j] in _DENY:
            return True
    for j in window:
        token = ctx.tokens[j]
        if not ctx.lowers[j].endswith(_CONDITIONAL_ENDS) or ctx.lemmas[j] in _PLANNING:
            continue  # the morphology is slow to read: only for verb forms that may be
        if token.pos_ in ("VERB", "AUX") and "Cnd" in feats(token, "Mood"):
            return True  # "aurait approché", "pourrait signer", "envisagerait"
    return False
