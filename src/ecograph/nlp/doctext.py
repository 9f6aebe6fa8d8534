"""The text of a Doc, built once: ``doc.text`` joins every token anew on each call."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_KEY = "ecograph.text"


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, cached in ``doc.user_data`` (token texts never change)."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def span_text(span: Span) -> str:
    """Return ``span.text`` as a slice of the cached doc text (``Span.text`` joins tokens)."""
    return doc_text(span.doc)[span.start_char : span.end_char]
