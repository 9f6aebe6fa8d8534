"""Entity nodes: materialized types, French labels, links, values and mention positions."""

from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef

from ecograph.errors import GraphError
from ecograph.graph.terms import child_iri, decimal, entity_node, integer, text
from ecograph.namespaces import ECO, OA, OWL, PROV, RDF, RDFS, SKOS, TIME, WD, XSD
from ecograph.records import CATEGORY_OF_TYPE, Entity

LINK_PROPERTIES: dict[str, URIRef] = {
    "geonames": ECO.geonamesId,
    "wikidata": ECO.wikidataId,
    "nace": ECO.naceCode,
    "iso3166": ECO.iso3166,
}
# OWL-Time reading of a point date; an interval "a/b" keeps only its ISO string.
_TIME_OF_DATE = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), TIME.inXSDDate, XSD.date),
    (re.compile(r"^\d{4}-\d{2}$"), TIME.inXSDgYearMonth, XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), TIME.inXSDgYear, XSD.gYear),
)
_WIKIDATA = re.compile(r"^Q\d+$")


def add_entity(graph: Graph, entity: Entity, article: URIRef) -> None:
    """Add the entity node, its labels and attributes, and its mentions in `article`."""
    node = entity_node(entity.id)
    for cls in entity_classes(entity):
        graph.add((node, RDF.type, cls))
    name = text(entity.name, lang="fr")
    graph.add((node, SKOS.prefLabel, name))
    graph.add((node, RDFS.label, name))
    for alias in entity.aliases:
        if alias != entity.name:
            graph.add((node, SKOS.altLabel, text(alias, lang="fr")))
    _add_links(graph, node, entity.links)
    _add_values(graph, node, entity)
    graph.add((article, ECO.mentions, node))
    for mention in entity.mentions:
        anchor = child_iri(article, "mention", entity.id, str(mention.start), str(mention.end))
        for p, o in (
            (RDF.type, ECO.Mention),
            (RDF.type, OA.TextPositionSelector),
            (OA.start, integer(mention.start)),
            (OA.end, integer(mention.end)),
            (OA.exact, text(mention.text)),
            (ECO.sentenceIndex, integer(mention.sentence)),
            (ECO.refersTo, node),
            (PROV.wasDerivedFrom, article),
        ):
            graph.add((anchor, p, o))


def entity_classes(entity: Entity) -> tuple[URIRef, ...]:
    """Return the fine-type and category classes (plus skos:Concept for sectors)."""
    if CATEGORY_OF_TYPE.get(entity.type) != entity.category:
        raise GraphError(
            f"entity {entity.name!r} has type {entity.type!r} under category {entity.category!r}",
            fix="use a fine type of records.FINE_TYPES under its own category",
        )
    classes = (URIRef(ECO[entity.type]), URIRef(ECO[entity.category]))
    return (*classes, SKOS.Concept) if entity.category == "Sector" else classes


def _add_links(graph: Graph, node: URIRef, links: dict[str, str]) -> None:
    for key, value in sorted(links.items()):
        prop = LINK_PROPERTIES.get(key)
        if prop is not None and value:
            graph.add((node, prop, text(str(value))))
    qid = str(links.get("wikidata") or "")
    if _WIKIDATA.match(qid):
        graph.add((node, OWL.sameAs, WD[qid]))


def _add_values(graph: Graph, node: URIRef, entity: Entity) -> None:
    if entity.category == "Figure":
        number = decimal(entity.value)
        if number is not None:
            graph.add((node, ECO.value, number))
    elif entity.category == "Date" and entity.value is not None:
        value = str(entity.value)
        graph.add((node, ECO.value, text(value)))
        for pattern, prop, datatype in _TIME_OF_DATE:
            if pattern.match(value):
                graph.add((node, prop, Literal(value, datatype=datatype)))
    if entity.unit is not None:
        graph.add((node, ECO.unit, text(entity.unit)))
    if entity.qualifier is not None:
        graph.add((node, ECO.qualifier, text(entity.qualifier)))
