"""The text of a Doc, built once: ``doc.text`` joins every token anew on each call."""

from __future__ import annotations

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

_KEY = "ecograph.text"
# Hash -> string of the words seen: a dict look-up is cheaper than the StringStore's,
# which decodes a new str each time. Hashes name the same string in every vocabulary.
_STRINGS: dict[int, str] = {}


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, cached in ``doc.user_data`` (token texts never change)."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        spaces = doc.to_array(SPACY).tolist()
        words = column_strings(doc, ORTH)
        text = "".join(
            [word + " " if space else word for word, space in zip(words, spaces, strict=True)]
        )
        doc.user_data[_KEY] = text
    return text


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
