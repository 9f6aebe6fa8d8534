"""Words and clauses of a doc as the relation rules read them: clauses re-cut where the
model errs, a token's lemma and morphology (cached by hash), a word found by its lower form."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

_SENTENCE_END = frozenset({".", "!", "?", "…", "»", ":", ";"})


def clauses(doc: Doc, *, lowers: Sequence[str] = ()) -> Iterator[Span]:
    """Yield the doc's sentences, re-cut where the model is known to err.

    The French model glues a title line to the next paragraph and splits inside
    hyphenated names ("Aix" / "-Marseille"): cut at every line break and keep a
    model boundary only after sentence-final punctuation. `lowers` is the doc's
    lower forms when read already (`Context.lowers`): the cut reads no Token, as
    ``doc[i]`` and iterating the doc make a new Token per word.
    """
    lowers = lowers or [t.lower_ for t in doc]
    opens = doc.to_array(SENT_START).tolist()  # 1 where the model starts a sentence
    start = 0
    for i, word in enumerate(lowers):
        if i == start:
            continue
        if "\n" in word:  # lower-casing keeps line breaks and punctuation as they are
            if start < i:
                yield doc[start:i]
            start = i + 1
        elif opens[i] == 1 and lowers[i - 1] in _SENTENCE_END and not _abbreviated(lowers, i - 1):
            yield doc[start:i]
            start = i
    if start < len(doc):
        yield doc[start:]


# Legal forms and titles written with a period: "X Inc. installe", "Y Co. Ltd".
_ABBREVIATIONS = frozenset({"inc", "co", "corp", "ltd", "cie", "bros"})


def _abbreviated(lowers: Sequence[str], i: int) -> bool:
    """Whether the period at `i` closes an abbreviation ("Inc."), not a sentence."""
    return lowers[i] == "." and i > 0 and lowers[i - 1] in _ABBREVIATIONS


def find_token(clause: Span, lower: str, *, start: int = 0) -> Token | None:
    """Return the first token of `clause` from index `start` whose lower form is `lower`."""
    doc = clause.doc
    return next(
        (doc[i] for i in range(max(start, clause.start), clause.end) if doc[i].lower_ == lower),
        None,
    )


# Lemma hash -> lower-cased lemma, shared with `Context.build` (lemmas repeat a lot).
LEMMAS: dict[int, str] = {}


def lemma(token: Token) -> str:
    """Return a token's lemma, lower-cased (falls back to the text on a blank pipeline)."""
    key = token.lemma  # the hash: no string lookup, and lemmas repeat a lot
    if not key:
        return token.text.casefold()
    found = LEMMAS.get(key)
    if found is None:
        if len(LEMMAS) > 100_000:
            LEMMAS.clear()  # bounded over a long corpus
        found = LEMMAS[key] = token.lemma_.casefold() or token.text.casefold()
    return found


_FEATS: dict[tuple[int, str], tuple[str, ...]] = {}


def feats(token: Token, feature: str) -> list[str]:
    """Return the values of one morphological feature of a token ("Number" -> ["Plur"])."""
    morph = token.morph
    key = (hash(morph), feature)  # the analysis' hash (its key): same key, same features
    found = _FEATS.get(key)
    if found is None:
        if len(_FEATS) > 100_000:
            _FEATS.clear()  # bounded over a long corpus
        found = _FEATS[key] = tuple(morph.get(feature, []))
    return list(found)
