"""Enumerations: "X (desc), Y (desc) et Z", "la société X", "l'équipementier catalan X"."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.kinds import compound_end
from ecograph.nlp.rel.lexicon import DETERMINERS, GENERIC_ORG_NOUNS, LIST_GLUE

# "la ville de X", "la région X": a kind noun before a place name.
_PLACE_KINDS = frozenset(
    {"ville", "cité", "commune", "région", "pays", "métropole", "province", "municipalité"}
)


_RELATIVE_OPENERS = frozenset({"dont", "qui"})
_ASIDE_STOPS = frozenset({".", ";", ":", "(", ")", "«", "»"})


def skip_parenthesis(tokens: Sequence[Token], i: int, end: int) -> int:
    """Return the index after the parenthesis opening at `i` (or `i` when none opens).

    `tokens` is the doc's token list made once (`Context.tokens`): ``doc[j]`` makes a
    new Token on every look-up."""
    if i >= end or tokens[i].text != "(":
        return i
    depth = 0
    for j in range(i, end):
        depth += {"(": 1, ")": -1}.get(tokens[j].text, 0)
        if depth == 0:
            return j + 1
    return end


def collect_list(
    ctx: Context, start: int, end: int, labels: frozenset[str]
) -> list[tuple[Span, tuple[int, int]]]:
    """Read an enumeration "X (desc), Y (desc) et Z" from token `start`.

    Return each member with the token range of its parenthesised description
    (empty range when none). Stop at the first word that is neither a member,
    a determiner nor list glue.
    """
    lowers = ctx.lowers
    found: list[tuple[Span, tuple[int, int]]] = []
    i = start
    while i < end:
        span = ctx.entity_at(i, labels)
        if span is not None and _modifier(ctx, span) and i + 1 < end and ctx.by_token.get(i + 1):
            i += 1  # "catalan" in "l'équipementier catalan X" describes X, it is no member
        elif span is not None:
            after = min(span.end, end)
            closed = skip_parenthesis(ctx.tokens, after, end)
            found.append((span, (after + 1, closed - 1) if closed > after else (after, after)))
            i = closed
        elif found and (aside := _relative_aside(ctx, i, end, labels)) > i:
            i = aside  # "entre le pôle X, dont Y est membre, et Z"
        elif lowers[i] in LIST_GLUE or lowers[i] in DETERMINERS or ctx.tokens[i].is_space:
            i += 1
        elif (member := _titled(ctx, i, end, labels)) > i:
            i = member  # "la société X", "l'équipementier catalan X", "la ville de X"
        else:
            break
    return found


def _relative_aside(ctx: Context, i: int, end: int, labels: frozenset[str]) -> int:
    """Where the list goes on past ", dont/qui ... ," opening at `i`, else -1.

    The aside must close with a comma followed by "et"/"ou" or another member.
    """
    doc = ctx.tokens
    if doc[i].text != "," or i + 1 >= end:
        return -1
    # ", dont ...,", ", qui ...,", and ", installée à X," (a participle describing the member).
    opener = doc[i + 1]
    described = opener.is_lower and opener.pos_ in ("VERB", "ADJ")
    participle = described and ctx.by_token.get(i + 1) is None
    if ctx.lowers[i + 1] not in _RELATIVE_OPENERS and not participle:
        return -1
    for j in range(i + 2, min(i + 14, end - 1)):
        if doc[j].text in _ASIDE_STOPS:
            return -1
        if doc[j].text == ",":
            nxt = doc[j + 1]
            go_on = nxt.lower_ in ("et", "ou") or ctx.entity_at(nxt.i, labels) is not None
            go_on = go_on or (participle and ctx.lowers[j + 1] in DETERMINERS)
            return j + 1 if go_on else -1
    return -1


def _titled(ctx: Context, i: int, end: int, labels: frozenset[str]) -> int:
    """Where the member starts when token `i` is a kind noun before it, else -1.

    "la société X", "le distributeur X", "l'équipementier catalan X" (adjectives,
    including place adjectives, may sit between), "la ville de X".
    """
    doc = ctx.tokens
    kind = ctx.lemmas[i]
    if kind not in GENERIC_ORG_NOUNS | _PLACE_KINDS and not (
        doc[i].pos_ == "NOUN" and doc[i].is_lower
    ):
        return -1
    j = compound_end(ctx, i)  # "la start-up X": the model cuts "start", "-", "up"
    last = j + 3
    if j < end and doc[j].lower_ in ("de", "d'", "d’") and kind in _PLACE_KINDS:
        j += 1
    elif (
        j + 1 < end
        and doc[j].lower_ in ("de", "d'", "d’", "en")  # "le négociant en vins X"
        and doc[j + 1].is_lower
        and doc[j + 1].pos_ == "NOUN"
        and ctx.entity_at(j + 1, labels) is None
    ):
        j += 2  # "le pôle de compétitivité X", "l'éditeur de logiciels X" (a sector word)
    while j < min(end, last) and (
        ctx.entity_at(j, labels) is None or is_adjective(ctx.by_token[j])
    ):
        if doc[j].pos_ != "ADJ" and ctx.by_token.get(j) is None:
            return -1
        j += 1
    return j if j < end and ctx.entity_at(j, labels) is not None else -1


def _modifier(ctx: Context, span: Span) -> bool:
    """A one-word lower-case mention before a name: "catalan" in "le catalan X", which the
    model may read as a noun ("l'allemand X")."""
    return len(span) == 1 and ctx.tokens[span.start].is_lower


def is_adjective(span: Span) -> bool:
    """A one-word lower-case mention such as "catalan" or "lyonnaise": a place adjective."""
    return len(span) == 1 and span[0].is_lower and span[0].pos_ in ("ADJ", "")
