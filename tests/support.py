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
from ecograph.nlp.spans import SPANS_KEY, add_entity, attrs, entity_spans

ENTITY_COMPONENTS = ("eco_model_entities", "eco_places", "eco_orgs", "eco_people")
PLACES = ("City", "Country", "Region", "Department", "Place")
ORGS = ("Company", "PublicBody", "Agency", "Chamber", "Association", "Organisation")


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


def parse_with_mentions(nlp: Language, text: str, entities: Iterable[tuple[str, str]]) -> Doc:
    """The model's parse of `text` (no ecograph component) with each (surface, label) mention
    placed by hand at every occurrence of the surface ("X#2": at its second occurrence only)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("eco_"):
            doc = proc(doc)
    doc.spans[SPANS_KEY] = []
    for written, label in entities:
        surface, _, nth = written.partition("#")
        start, seen = text.find(surface), 0
        while start >= 0:
            seen += 1
            span = doc.char_span(start, start + len(surface), alignment_mode="expand")
            assert span is not None, surface
            if not nth or seen == int(nth):
                add_entity(doc, span.start, span.end, label, name=surface)
            start = text.find(surface, start + 1)
    return doc


def places(doc: Doc) -> set[tuple[str, str, str]]:
    """(text, type, canonical name) of the doc's place mentions."""
    return {(s.text, s.label_, attrs(s)["name"]) for s in entity_spans(doc) if s.label_ in PLACES}


def _raise(error: Exception) -> None:
    raise error


def score_set(nlp: Language, folder: Path) -> Report:
    """Extract `folder/articles.jsonl` with the real pipeline; score it against its gold."""
    articles = list(read_corpus([folder / "articles.jsonl"], on_error=_raise))
    return evaluate(list(extract_articles(nlp, articles)), load_gold(folder))


def parse(nlp: Language, text: str, published: str = "2024-02-13") -> Doc:
    """The whole pipeline on `text`, published on `published` (a Tuesday)."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def names(doc: Doc, labels: tuple[str, ...]) -> set[str]:
    """Canonical names of the doc's entity mentions with one of `labels`."""
    return {attrs(s)["name"] for s in entity_spans(doc) if s.label_ in labels}


def texts(doc: Doc, labels: tuple[str, ...]) -> set[str]:
    """Surface texts of the doc's entity mentions with one of `labels`."""
    return {s.text for s in entity_spans(doc) if s.label_ in labels}
