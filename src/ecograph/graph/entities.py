"""Entity nodes: materialized types, French labels, links, values and mention positions."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pyoxigraph as ox

from ecograph.errors import GraphError
from ecograph.graph.terms import child_iri, decimal, entity_node, integer, ox_iri, text
from ecograph.namespaces import ECO, OA, OWL, PROV, RDF, RDFS, SKOS, TIME, WD, XSD
from ecograph.records import CATEGORY_OF_TYPE, Entity

Pair = tuple[ox.NamedNode, ox.NamedNode | ox.Literal]
Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]

LINK_PROPERTIES: dict[str, ox.NamedNode] = {
    "geonames": ox_iri(ECO.geonamesId),
    "wikidata": ox_iri(ECO.wikidataId),
    "nace": ox_iri(ECO.naceCode),
    "iso3166": ox_iri(ECO.iso3166),
}
# OWL-Time reading of a point date; an interval "a/b" keeps only its ISO string.
_TIME_OF_DATE = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), ox_iri(TIME.inXSDDate), ox_iri(XSD.date)),
    (re.compile(r"^\d{4}-\d{2}$"), ox_iri(TIME.inXSDgYearMonth), ox_iri(XSD.gYearMonth)),
    (re.compile(r"^\d{4}$"), ox_iri(TIME.inXSDgYear), ox_iri(XSD.gYear)),
)
_WIKIDATA = re.compile(r"^Q\d+$")
TYPE, MENTIONS, REFERS_TO = ox_iri(RDF.type), ox_iri(ECO.mentions), ox_iri(ECO.refersTo)
PREF, LABEL, ALT = ox_iri(SKOS.prefLabel), ox_iri(RDFS.label), ox_iri(SKOS.altLabel)
MENTION, SELECTOR = ox_iri(ECO.Mention), ox_iri(OA.TextPositionSelector)
START, END, EXACT = ox_iri(OA.start), ox_iri(OA.end), ox_iri(OA.exact)
SENTENCE, DERIVED = ox_iri(ECO.sentenceIndex), ox_iri(PROV.wasDerivedFrom)
VALUE, UNIT, QUALIFIER = ox_iri(ECO.value), ox_iri(ECO.unit), ox_iri(ECO.qualifier)
SAME_AS, CONCEPT = ox_iri(OWL.sameAs), ox_iri(SKOS.Concept)


def entity_triples(entity: Entity, article: ox.NamedNode) -> Iterator[Triple]:
    """Yield the entity node, its labels and attributes, and its mentions in `article`."""
    node = entity_node(entity.id)
    for cls in entity_classes(entity):
        yield node, TYPE, cls
    name = text(entity.name, lang="fr")
    yield node, PREF, name
    yield node, LABEL, name
    for alias in entity.aliases:
        if alias != entity.name:
            yield node, ALT, text(alias, lang="fr")
    for p, o in (*_links(entity.links), *_values(entity)):
        yield node, p, o
    yield article, MENTIONS, node
    for mention in entity.mentions:
        anchor = child_iri(article, "mention", entity.id, str(mention.start), str(mention.end))
        for p, o in (
            (TYPE, MENTION),
            (TYPE, SELECTOR),
            (START, integer(mention.start)),
            (END, integer(mention.end)),
            (EXACT, text(mention.text)),
            (SENTENCE, integer(mention.sentence)),
            (REFERS_TO, node),
            (DERIVED, article),
        ):
            yield anchor, p, o


def entity_classes(entity: Entity) -> tuple[ox.NamedNode, ...]:
    """Return the fine-type and category classes (plus skos:Concept for sectors)."""
    if CATEGORY_OF_TYPE.get(entity.type) != entity.category:
        raise GraphError(
            f"entity {entity.name!r} has type {entity.type!r} under category {entity.category!r}",
            fix="use a fine type of records.FINE_TYPES under its own category",
        )
    classes = (ox_iri(ECO[entity.type]), ox_iri(ECO[entity.category]))
    return (*classes, CONCEPT) if entity.category == "Sector" else classes


def _links(links: dict[str, str]) -> Iterator[Pair]:
    for key, value in sorted(links.items()):
        prop = LINK_PROPERTIES.get(key)
        if prop is not None and value:
            yield prop, text(str(value))
    qid = str(links.get("wikidata") or "")
    if _WIKIDATA.match(qid):
        yield SAME_AS, ox.NamedNode(f"{WD}{qid}")


def _values(entity: Entity) -> Iterator[Pair]:
    if entity.category == "Figure":
        number = decimal(entity.value)
        if number is not None:
            yield VALUE, number
    elif entity.category == "Date" and entity.value is not None:
        value = str(entity.value)
        yield VALUE, text(value)
        for pattern, prop, datatype in _TIME_OF_DATE:
            if pattern.match(value):
                yield prop, ox.Literal(value, datatype=datatype)
    if entity.unit is not None:
        yield UNIT, text(entity.unit)
    if entity.qualifier is not None:
        yield QUALIFIER, text(entity.qualifier)
