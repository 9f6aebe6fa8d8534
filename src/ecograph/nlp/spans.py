"""Helpers every ecograph component uses to read and write entity spans and relations."""

from __future__ import annotations

from bisect import insort
from typing import Any

from spacy.tokens import Doc, Span

# Importing userdata registers the ``span._.eco`` and ``doc._.eco_relations`` extensions.
from ecograph.nlp.userdata import doc_relations, set_span_value, span_value

SPANS_KEY = "eco"

SpanRef = tuple[int, int, str]
"""A span named by its character offsets and label: msgpack-safe across processes."""

if not Doc.has_extension("published"):
    # The article's publication date (ISO string or None), set before the pipeline
    # runs so that relative dates ("en février") can be anchored.
    Doc.set_extension("published", default=None)


# The last sorted mentions: (doc, its span group, the group's length, the spans).
# Components ask again and again between two additions, and spaCy makes the Span
# objects of a group anew on every pass. A group is only ever appended to or
# replaced (`add_entity`, `remove_entities`), so the same group with the same
# length holds the same spans, and a longer one holds them plus the ones added.
_last: list[Any] = [None, None, 0, []]


def _order(span: Span) -> tuple[int, int]:
    """Text order: by start, the longer span first."""
    return (span.start_char, -span.end_char)


def entity_spans(doc: Doc) -> list[Span]:
    """Return the entity mentions found so far, in text order."""
    if SPANS_KEY not in doc.spans:
        return []
    group = doc.spans[SPANS_KEY]
    size = len(group)
    if _last[0] is doc and _last[1] is group and _last[2] <= size:
        found = _last[3]
        # Only appended since the last call: insert the new spans where a stable sort
        # of the whole group puts them (after equal keys), not re-sort every span.
        for n in range(_last[2], size):
            insort(found, group[n], key=_order)
    else:
        found = sorted(group, key=_order)
    _last[:] = [doc, group, size, found]
    return list(found)


def attrs(span: Span) -> dict[str, Any]:
    """Return the attribute dict of an entity span (empty if none was set)."""
    value = span_value(span)
    return value if isinstance(value, dict) else {}


def add_entity(doc: Doc, start: int, end: int, label: str, **attributes: Any) -> Span:
    """Add the tokens ``doc[start:end]`` as an entity mention of fine type `label`."""
    span = Span(doc, start, end, label=label)
    set_span_value(span, {k: v for k, v in attributes.items() if v is not None})
    if SPANS_KEY not in doc.spans:
        doc.spans[SPANS_KEY] = []
    doc.spans[SPANS_KEY].append(span)
    return span


def remove_entities(doc: Doc, spans: list[Span]) -> None:
    """Drop `spans` from the entity mentions."""
    gone = {ref(s) for s in spans}
    keep = [s for s in entity_spans(doc) if ref(s) not in gone]
    doc.spans[SPANS_KEY] = keep
    # `keep` is in text order already: the next `entity_spans` has nothing to sort.
    _last[:] = [doc, doc.spans[SPANS_KEY], len(keep), keep]


def ref(span: Span) -> SpanRef:
    """Return the reference of a span: (start_char, end_char, label)."""
    return (span.start_char, span.end_char, span.label_)


def relations(doc: Doc) -> list[dict[str, Any]]:
    """Return the relation list of `doc`, creating it on first use."""
    found: list[dict[str, Any]] | None = doc_relations(doc)
    if found is None:
        found = []
        doc._.eco_relations = found
    return found


def add_relation(
    doc: Doc,
    rel_type: str,
    subject: Span,
    obj: Span,
    *,
    rule: str,
    confidence: float,
    sentence: Span | None = None,
    **attributes: str,
) -> None:
    """Record a relation between two entity spans, with the sentence it came from."""
    sent = sentence if sentence is not None else subject.sent
    relations(doc).append(
        {
            "type": rel_type,
            "subject": ref(subject),
            "object": ref(obj),
            "sentence": (sent.start_char, sent.end_char),
            "rule": rule,
            "confidence": confidence,
            "attributes": {k: v for k, v in attributes.items() if v},
        }
    )
