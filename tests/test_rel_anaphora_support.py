"""Shared helpers of the WP1 relation tests (anaphora, measures, capital, membership, contacts,
establishments): parse with the real model, place entity mentions by hand, run eco_relations.

No test here; the texts of the tests that use these helpers are our own short French
sentences with invented names (none from the sample, held-out or dev2 articles).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.relations import RelationExtractor
from ecograph.nlp.spans import SPANS_KEY, add_entity, attrs, entity_spans, relations

Fact = tuple[str, str, str]
Entities = list[tuple[str, str]]


def parse(nlp: Language, text: str, entities: Entities) -> Doc:
    """The model's parse of `text` with the given (surface, label) mentions, every occurrence."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("eco_"):
            doc = proc(doc)
    doc.spans[SPANS_KEY] = []
    for surface, label in entities:
        start = text.find(surface)
        while start >= 0:
            span = doc.char_span(start, start + len(surface), alignment_mode="expand")
            assert span is not None
            add_entity(doc, span.start, span.end, label, name=surface)
            start = text.find(surface, start + len(surface))
    return doc


def annotate(nlp: Language, text: str, entities: Entities) -> Doc:
    """`parse`, then the relation component."""
    return RelationExtractor()(parse(nlp, text, entities))


def facts(doc: Doc, *types: str) -> set[Fact]:
    """(type, subject name, object name) of the doc's relations (of `types` when given)."""
    names = {(s.start_char, s.end_char, s.label_): str(attrs(s)["name"]) for s in entity_spans(doc)}
    return {
        (r["type"], names[r["subject"]], names[r["object"]])
        for r in relations(doc)
        if not types or r["type"] in types
    }
