"""Shared helpers of the WP1 relation tests (anaphora, measures, capital, membership, contacts,
establishments): parse with the real model, place entity mentions by hand, run eco_relations.

No test here; the texts of the tests that use these helpers are our own short French
sentences with invented names (none from the sample, held-out or dev2 articles).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.relations import RelationExtractor
from ecograph.nlp.spans import attrs, entity_spans, relations
from support import parse_with_mentions

Fact = tuple[str, str, str]
Entities = list[tuple[str, str]]


def parse(nlp: Language, text: str, entities: Entities) -> Doc:
    """The model's parse of `text` with the given (surface, label) mentions, every occurrence."""
    return parse_with_mentions(nlp, text, entities)


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


def figure_facts(nlp: Language, text: str, entities: Entities, *types: str) -> set[Fact]:
    """`annotate` with the mentions of `entities` found in `text`, figures given the value and
    unit eco_figures would give ("2 millions d'euros": EUR; "45 salariés": salarié)."""
    doc = parse(nlp, text, [n for n in entities if n[0] in text])
    for span in entity_spans(doc):
        if span.label_ == "Figure":
            words = span.text.split()
            attrs(span)["unit"] = "EUR" if words[-1].endswith("euros") else words[-1].rstrip("s")
            if words[0].isdigit():
                attrs(span)["value"] = int(words[0])
    return facts(RelationExtractor()(doc), *types)
