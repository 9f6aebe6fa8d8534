"""Helpers shared by several test modules (imported as `support`; tests/ is on pytest's path)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ecograph.evaluate import Report, evaluate, load_gold
from ecograph.extract import extract_articles
from ecograph.ingest import read_corpus

ENTITY_COMPONENTS = ("eco_model_entities", "eco_places", "eco_orgs", "eco_people")


def blank_entity_pipeline() -> Language:
    """A model-free French pipeline with ecograph's organisation, place and person components."""
    nlp = spacy.blank("fr")
    for name in ENTITY_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def run(nlp: Language, text: str, ents: Iterable[tuple[str, str]] = ()) -> Doc:
    """Tag the given (surface, model label) pairs as the model would, then run our components."""
    doc = nlp.make_doc(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def _raise(error: Exception) -> None:
    raise error


def score_set(nlp: Language, folder: Path) -> Report:
    """Extract `folder/articles.jsonl` with the real pipeline; score it against its gold."""
    articles = list(read_corpus([folder / "articles.jsonl"], on_error=_raise))
    return evaluate(list(extract_articles(nlp, articles)), load_gold(folder))
