"""Helpers of the relation-rule tests: parse with the real model, place entity mentions by
hand, run eco_people's role reading and eco_relations (imported by tests/test_rel_*.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.people import PeopleTyper
from ecograph.nlp.relations import RelationExtractor
from ecograph.nlp.spans import attrs, entity_spans, relations
from support import parse_with_mentions

Annotate = Callable[[str, list[tuple[str, str]]], Doc]
Fact = tuple[str, str, str]


def annotator(nlp: Language) -> Annotate:
    """A function that parses `text`, puts each (surface, label) mention at every place the
    surface occurs ("X#2": at its second occurrence only), reads the people's roles and
    runs the relation rules."""
    people, extractor = PeopleTyper(), RelationExtractor()

    def run(text: str, entities: list[tuple[str, str]]) -> Doc:
        doc = parse_with_mentions(nlp, text, entities)
        return extractor(people(doc))

    return run


def facts(doc: Doc) -> set[Fact]:
    """(type, subject name, object name) of every relation of the doc."""
    names = {(s.start_char, s.end_char, s.label_): str(attrs(s)["name"]) for s in entity_spans(doc)}
    return {(r["type"], names[r["subject"]], names[r["object"]]) for r in relations(doc)}


def of_type(doc: Doc, rel_type: str) -> set[tuple[str, str]]:
    """(subject, object) names of the relations of one type."""
    return {(s, o) for t, s, o in facts(doc) if t == rel_type}


def events(doc: Doc, label: str) -> list[str]:
    """Sorted names of the event mentions of one type."""
    return sorted({str(attrs(s)["name"]) for s in entity_spans(doc) if s.label_ == label})


def roles(doc: Doc) -> set[tuple[str, str, str]]:
    """(person, organisation, role) of every holds_role relation."""
    names = {(s.start_char, s.end_char, s.label_): str(attrs(s)["name"]) for s in entity_spans(doc)}
    return {
        (names[r["subject"]], names[r["object"]], str(r["attributes"].get("role", "")))
        for r in relations(doc)
        if r["type"] == "holds_role"
    }
