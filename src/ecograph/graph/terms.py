"""IRIs and literals of the mapping: minted deterministically, safe for every RDF syntax."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from urllib.parse import quote

from rdflib import Literal, URIRef

from ecograph.errors import GraphError
from ecograph.namespaces import ARTICLE, GRAPH, XSD

_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`\x00-\x20\x7f]+$")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def article_iri(doc_id: str) -> URIRef:
    """Return the article's IRI: its id, percent-encoded, under the article base."""
    return URIRef(ARTICLE[_segment(doc_id)])


def graph_iri(doc_id: str) -> URIRef:
    """Return the IRI of the named graph holding every triple drawn from the article."""
    return URIRef(GRAPH[_segment(doc_id)])


def child_iri(parent: URIRef, kind: str, *parts: str) -> URIRef:
    """Return `parent/kind/<hash of parts>`: a stable IRI for a mention or an assertion."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return URIRef(f"{parent}/{kind}/{digest[:16]}")


def entity_node(value: str) -> URIRef:
    """Return an entity id as an IRI, refusing text that would break a serialization."""
    if not _IRI.match(value):
        raise GraphError(
            f"entity id {value!r} is not a valid IRI", fix="mint ids with ecograph.link.entity_iri"
        )
    return URIRef(value)


def text(value: str, *, lang: str | None = None) -> Literal:
    """Return a string literal; lone surrogates (undecodable bytes) become U+FFFD."""
    return Literal(_SURROGATE.sub("\ufffd", value), lang=lang)


def integer(value: int) -> Literal:
    """Return an xsd:integer literal."""
    return Literal(int(value), datatype=XSD.integer)


def decimal(value: object) -> Literal | None:
    """Return a finite xsd:decimal literal, or None when `value` is no number."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        # French writes "1 500,5": drop (narrow) spaces, read the comma as the point.
        number = Decimal(_SPACES.sub("", str(value)).replace(",", "."))
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    # The canonical xsd:decimal form always has a point ("0.0", "2.5"): every
    # serializer then writes the same lexical form and graphs compare equal.
    text = f"{number:f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return Literal(f"{text}.0" if "." not in text else text, datatype=XSD.decimal)


def published(value: str) -> Literal:
    """Return a publication date: xsd:date when it is a full valid date, else a plain string."""
    if _FULL_DATE.match(value):
        try:
            return Literal(date.fromisoformat(value).isoformat(), datatype=XSD.date)
        except ValueError:
            pass
    return text(value)


def _segment(doc_id: str) -> str:
    if not doc_id:
        raise GraphError("empty document id", fix="give every article an id")
    return quote(doc_id, safe="-._~")
