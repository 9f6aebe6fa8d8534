"""Seed the entity spans with the model's own entities, coarsely typed."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.spans import SPANS_KEY, add_entity

# MISC is left out: later components decide what its spans are.
MODEL_LABELS = {"LOC": "Place", "ORG": "Organisation", "PER": "Person"}


class ModelEntities:
    """Copy ``doc.ents`` into ``doc.spans["eco"]`` with a coarse fine type."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = []
        for ent in doc.ents:
            label = MODEL_LABELS.get(ent.label_)
            if label:
                add_entity(doc, ent.start, ent.end, label, rule="model")
        return doc


@Language.factory("eco_model_entities")
def make_model_entities(nlp: Language, name: str) -> ModelEntities:
    return ModelEntities()
