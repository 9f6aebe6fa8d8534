"""The text of a Doc, built once: ``doc.text`` joins every token anew on each call."""

from __future__ import annotations

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

_KEY = "ecograph.text"
# Hash -> string of the words seen: a dict look-up is cheaper than the StringStore's,
# which decodes a new str each time. Hashes name the same string in every vocabulary.
_STRINGS: dict[int, str] = {}
# Hash -> the word and one space after it: no new str per spaced token of each doc.
_SPACED: dict[int, str] = {}


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, cached in ``doc.user_data`` (token texts never change)."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = "".join(_words_with_spaces(doc))
        doc.user_data[_KEY] = text
    return text


def _words_with_spaces(doc: Doc) -> list[str]:
    """Each token's text with its trailing space, read from the ORTH and SPACY columns."""
    if len(_STRINGS) > 100_000 or len(_SPACED) > 100_000:
        _STRINGS.clear()  # bounded over a long corpus
        _SPACED.clear()
    known, spaced, strings = _STRINGS, _SPACED, doc.vocab.strings
    columns = doc.to_array([ORTH, SPACY])
    words = []
    for key, space in zip(columns[:, 0].tolist(), columns[:, 1].tolist(), strict=True):
        table = spaced if space else known
        word = table.get(key)
        if word is None:
            word = table[key] = strings[key] + " " if space else strings[key]
        words.append(word)
    return words


def column_strings(doc: Doc, attr: int) -> list[str]:
    """The string of token attribute `attr` (ORTH, LOWER, ...) for each token of `doc`.

    Read from the attribute's column: ``token.lower_`` makes a Token and a str per word.
    """
    if len(_STRINGS) > 100_000:
        _STRINGS.clear()  # bounded over a long corpus
    known, strings = _STRINGS, doc.vocab.strings
    return [
        known.get(key) or known.setdefault(key, strings[key]) for key in doc.to_array(attr).tolist()
    ]


def span_text(span: Span) -> str:
    """Return ``span.text`` as a slice of the cached doc text (``Span.text`` joins tokens)."""
    return doc_text(span.doc)[span.start_char : span.end_char]
