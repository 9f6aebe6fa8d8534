"""Records to RDF: the article, its entities and its relations, in the article's named graph."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import URIRef

from ecograph.errors import GraphError
from ecograph.graph.countries import country_triples
from ecograph.graph.entities import DERIVED, TYPE, Triple, entity_triples
from ecograph.graph.terms import (
    article_node,
    child_iri,
    decimal,
    entity_node,
    graph_node,
    integer,
    ox_iri,
    published,
    text,
)
from ecograph.namespaces import DCTERMS, ECO, RDF
from ecograph.records import Record, Relation

PROPERTY_OF_RELATION: dict[str, URIRef] = {
    "party": ECO.party,
    "destination": ECO.destination,
    "origin": ECO.origin,
    "participant": ECO.participant,
    "organiser": ECO.organiser,
    "date": ECO.date,
    "measure": ECO.measures,
    "located_in": ECO.locatedIn,
    "has_sector": ECO.hasSector,
    "holds_role": ECO.holdsRole,
    "member_of": ECO.memberOf,
    "in_contact_with": ECO.inContactWith,
    "establishes_in": ECO.establishesIn,
    "invests_in": ECO.investsIn,
    "acquires": ECO.acquires,
}
_PROPERTY = {kind: ox_iri(prop) for kind, prop in PROPERTY_OF_RELATION.items()}
_ARTICLE, _ASSERTION = ox_iri(ECO.Article), ox_iri(ECO.Assertion)
_SOURCE, _SHA, _LANGUAGE = ox_iri(ECO.source), ox_iri(ECO.sha256), ox_iri(DCTERMS.language)
_TITLE, _DATE = ox_iri(DCTERMS.title), ox_iri(DCTERMS.date)
_SUBJECT, _PREDICATE, _OBJECT = ox_iri(RDF.subject), ox_iri(RDF.predicate), ox_iri(RDF.object)
_EVIDENCE, _START, _END = (
    ox_iri(ECO.evidenceText),
    ox_iri(ECO.evidenceStart),
    ox_iri(ECO.evidenceEnd),
)
_RULE, _CONFIDENCE = ox_iri(ECO.rule), ox_iri(ECO.confidence)
_STATUS, _ROLE = ox_iri(ECO.status), ox_iri(ECO.role)


def record_quads(record: Record) -> list[ox.Quad]:
    """Return the triples of one article, each once, in its named graph `graph_iri(document.id)`."""
    name = graph_node(record.document.id)
    triples = dict.fromkeys(record_triples(record))
    return [ox.Quad(s, p, o, name) for s, p, o in triples]


def record_triples(record: Record) -> Iterator[Triple]:
    """Yield the article's triples (a triple may come more than once)."""
    article = article_node(record.document.id)
    yield from _article(record, article)
    for entity in record.entities:
        yield from entity_triples(entity, article)
    categories = {e.id: e.category for e in record.entities}
    for relation in record.relations:
        yield from _relation(relation, article, categories)
    yield from country_triples(record)


def _article(record: Record, article: ox.NamedNode) -> Iterator[Triple]:
    doc = record.document
    yield article, TYPE, _ARTICLE
    yield article, _SOURCE, text(doc.source)
    yield article, _SHA, text(doc.sha256)
    yield article, _LANGUAGE, text(doc.language)
    if doc.title:
        yield article, _TITLE, text(doc.title, lang="fr")
    if doc.published:
        yield article, _DATE, published(doc.published)


def _relation(
    relation: Relation, article: ox.NamedNode, categories: dict[str, str]
) -> Iterator[Triple]:
    """Yield the direct triple and its assertion node (sentence, offsets, rule, confidence)."""
    prop = _PROPERTY.get(relation.type)
    if prop is None:
        raise GraphError(
            f"unknown relation type {relation.type!r}", fix="use one of records.RELATION_TYPES"
        )
    missing = [i for i in (relation.subject, relation.object) if i not in categories]
    if missing:
        raise GraphError(
            f"{relation.type} relation refers to {missing[0]!r}, not an entity of the record",
            fix="relations may only join entities of the same article",
        )
    subject, obj = entity_node(relation.subject), entity_node(relation.object)
    yield subject, prop, obj
    evidence = relation.evidence
    node = child_iri(article, "assertion", *_assertion_key(relation))
    status = _attribute(relation, "status")
    for p, o in (
        (TYPE, _ASSERTION),
        (_SUBJECT, subject),
        (_PREDICATE, prop),
        (_OBJECT, obj),
        (DERIVED, article),
        (_EVIDENCE, text(evidence.text)),
        (_START, integer(evidence.start)),
        (_END, integer(evidence.end)),
        (_RULE, text(relation.rule)),
        (_CONFIDENCE, decimal(relation.confidence)),
        (_STATUS, status),
        (_ROLE, _attribute(relation, "role")),
    ):
        if o is not None:
            yield node, p, o
    # The status of a partnership or a mission belongs to the event node too.
    for end, entity_id in ((subject, relation.subject), (obj, relation.object)):
        if status is not None and categories[entity_id] == "Event":
            yield end, _STATUS, status


def _attribute(relation: Relation, key: str) -> ox.Literal | None:
    value = relation.attributes.get(key)
    return text(str(value)) if value else None


def _assertion_key(relation: Relation) -> tuple[str, ...]:
    evidence = relation.evidence
    attributes = repr(sorted(relation.attributes.items()))
    return (
        relation.type,
        relation.subject,
        relation.object,
        str(evidence.start),
        str(evidence.end),
        relation.rule,
        attributes,
    )
