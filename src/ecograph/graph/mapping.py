"""Records to RDF: the article, its entities and its relations, in the article's named graph."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset, Graph, Literal, URIRef

from ecograph.errors import GraphError
from ecograph.graph.entities import add_entity
from ecograph.graph.terms import (
    article_iri,
    child_iri,
    decimal,
    entity_node,
    graph_iri,
    integer,
    published,
    text,
)
from ecograph.namespaces import DCTERMS, ECO, OA, PROV, RDF, SKOS, TIME
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
PREFIXES = {"eco": ECO, "oa": OA, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS, "time": TIME}


def record_graph(record: Record) -> Graph:
    """Return the triples of one article as a graph named `graph_iri(document.id)`."""
    graph = Graph(identifier=graph_iri(record.document.id))
    bind_prefixes(graph)
    _fill(graph, record)
    return graph


def add_record(dataset: Dataset, record: Record) -> None:
    """Put the record's triples into its article's named graph, replacing what was there."""
    name = graph_iri(record.document.id)
    dataset.remove_graph(name)
    _fill(dataset.graph(name), record)


def build_dataset(records: Iterable[Record]) -> Dataset:
    """Return a dataset with one named graph per record (the default graph is their union)."""
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    for record in records:
        add_record(dataset, record)
    return dataset


def bind_prefixes(graph: Graph) -> None:
    """Bind the usual prefixes, so Turtle and TriG stay readable."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)


def _fill(graph: Graph, record: Record) -> None:
    article = article_iri(record.document.id)
    _add_article(graph, record, article)
    for entity in record.entities:
        add_entity(graph, entity, article)
    categories = {e.id: e.category for e in record.entities}
    for relation in record.relations:
        _add_relation(graph, relation, article, categories)


def _add_article(graph: Graph, record: Record, article: URIRef) -> None:
    doc = record.document
    graph.add((article, RDF.type, ECO.Article))
    graph.add((article, ECO.source, text(doc.source)))
    graph.add((article, ECO.sha256, text(doc.sha256)))
    graph.add((article, DCTERMS.language, text(doc.language)))
    if doc.title:
        graph.add((article, DCTERMS.title, text(doc.title, lang="fr")))
    if doc.published:
        graph.add((article, DCTERMS.date, published(doc.published)))


def _add_relation(
    graph: Graph, relation: Relation, article: URIRef, categories: dict[str, str]
) -> None:
    """Add the direct triple and its assertion node (sentence, offsets, rule, confidence)."""
    prop = PROPERTY_OF_RELATION.get(relation.type)
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
    graph.add((subject, prop, obj))
    evidence = relation.evidence
    node = child_iri(article, "assertion", *_assertion_key(relation))
    for p, o in (
        (RDF.type, ECO.Assertion),
        (RDF.subject, subject),
        (RDF.predicate, prop),
        (RDF.object, obj),
        (PROV.wasDerivedFrom, article),
        (ECO.evidenceText, text(evidence.text)),
        (ECO.evidenceStart, integer(evidence.start)),
        (ECO.evidenceEnd, integer(evidence.end)),
        (ECO.rule, text(relation.rule)),
        (ECO.confidence, decimal(relation.confidence)),
        (ECO.status, _attribute(relation, "status")),
        (ECO.role, _attribute(relation, "role")),
    ):
        if o is not None:
            graph.add((node, p, o))
    status = _attribute(relation, "status")
    # The status of a partnership or a mission belongs to the event node too.
    for end, entity_id in ((subject, relation.subject), (obj, relation.object)):
        if status is not None and categories[entity_id] == "Event":
            graph.add((end, ECO.status, status))


def _attribute(relation: Relation, key: str) -> Literal | None:
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
