"""The ontology, its generated closed namespace and the SHACL shapes agree with the records."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection

from ecograph import graph
from ecograph.namespaces import ECO, OA, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SH, SKOS, TIME
from ecograph.records import (
    CATEGORIES,
    FINE_TYPES,
    RELATION_TYPES,
    STATUSES,
    Document,
    Entity,
    Evidence,
    Mention,
    Record,
    Relation,
)

ROOT = Path(__file__).resolve().parent.parent
ECO_NS = str(ECO._NS)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ROOT / "ontology" / "ecograph.ttl", format="turtle")


def _terms(onto: Graph, kind: URIRef) -> set[URIRef]:
    return {
        t for t in onto.subjects(RDF.type, kind) if isinstance(t, URIRef) and t.startswith(ECO_NS)
    }


def _all_terms(onto: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return set().union(*(_terms(onto, k) for k in kinds))


def test_ontology_every_term_has_french_and_english_label_and_comment(onto: Graph) -> None:
    terms = _all_terms(onto)
    assert len(terms) > 50
    for term in terms:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in onto.objects(term, prop) if isinstance(o, Literal)}
            assert {"fr", "en"} <= langs, f"{term} lacks a fr or en {prop}"


def test_ontology_has_a_class_for_every_record_type(onto: Graph) -> None:
    names = {*CATEGORIES, *(t for ts in FINE_TYPES.values() for t in ts)}
    names |= {"Article", "Mention", "Assertion"}
    assert {URIRef(ECO[n]) for n in names} <= _terms(onto, OWL.Class)


def test_ontology_has_a_relation_property_for_every_relation_type(onto: Graph) -> None:
    assert set(graph.PROPERTY_OF_RELATION) == set(RELATION_TYPES)
    for prop in graph.PROPERTY_OF_RELATION.values():
        assert (prop, RDF.type, OWL.ObjectProperty) in onto
        assert (prop, RDFS.subPropertyOf, ECO.relation) in onto


@pytest.mark.parametrize(
    ("term", "link", "standard"),
    [
        (ECO.Organisation, RDFS.subClassOf, SCHEMA.Organization),
        (ECO.Organisation, RDFS.subClassOf, ORG.Organization),
        (ECO.Place, RDFS.subClassOf, SCHEMA.Place),
        (ECO.City, RDFS.subClassOf, SCHEMA.City),
        (ECO.Country, RDFS.subClassOf, SCHEMA.Country),
        (ECO.Event, RDFS.subClassOf, SCHEMA.Event),
        (ECO.Person, RDFS.subClassOf, SCHEMA.Person),
        (ECO.Sector, RDFS.subClassOf, SKOS.Concept),
        (ECO.Date, RDFS.subClassOf, TIME.TemporalEntity),
        (ECO.Article, RDFS.subClassOf, PROV.Entity),
        (ECO.Mention, RDFS.subClassOf, OA.TextPositionSelector),
        (ECO.Assertion, RDFS.subClassOf, RDF.Statement),
        (ECO.memberOf, RDFS.subPropertyOf, ORG.memberOf),
        (ECO.date, RDFS.subPropertyOf, TIME.hasTime),
        (ECO.holdsRole, SKOS.closeMatch, ORG.holds),
    ],
)
def test_ontology_aligns_with_standard_vocabularies(
    onto: Graph, term: URIRef, link: URIRef, standard: URIRef
) -> None:
    assert (term, link, standard) in onto


def test_ontology_namespace_module_lists_exactly_the_ontology_terms(onto: Graph) -> None:
    declared = {URIRef(ECO[name]) for name in ECO.__annotations__}
    assert declared == _all_terms(onto)


def test_ontology_namespace_module_is_regenerated_from_the_ontology() -> None:
    script = ROOT / "scripts" / "gen_namespaces.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_ontology_eco_namespace_is_closed() -> None:
    assert str(ECO.locatedIn) == ECO_NS + "locatedIn"
    with pytest.raises(AttributeError):
        _ = ECO.locatedln  # a typo: lower-case L instead of I


def _record_with_every_type_and_relation() -> Record:
    """One entity of every fine type and one relation of every type, all with attributes."""
    entities = tuple(
        Entity(
            f"https://w3id.org/ecograph/id/test/{fine.lower()}",
            category,
            fine,
            f"{fine} exemple",
            (Mention("exemple", 0, 7, 0),),
            value="2024" if category in ("Date", "Figure") else None,
            unit="emploi",
            qualifier="approx",
            links={"geonames": "1", "wikidata": "Q1", "nace": "C10", "iso3166": "FR"},
        )
        for category, fines in FINE_TYPES.items()
        for fine in fines
    )
    event = next(e for e in entities if e.category == "Event")
    relations = tuple(
        Relation(
            kind,
            event.id,
            entities[0].id,
            Evidence("Exemple.", 0, 8),
            0.5,
            "r",
            {"status": "signed", "role": "maire"},
        )
        for kind in RELATION_TYPES
    )
    document = Document("t-onto", "x.txt", "ab" * 32, "Titre", "2024-05-06")
    return Record(document, entities, relations)


def test_ontology_mapping_uses_only_declared_terms(onto: Graph) -> None:
    g = graph.record_graph(_record_with_every_type_and_relation())
    used = {t for triple in g for t in triple if str(t).startswith(ECO_NS)}
    assert len(used) > 50
    assert used <= _all_terms(onto)


def _sh_in_values(shapes: Graph, path: URIRef) -> list[set[str]]:
    found = []
    for prop_shape in shapes.subjects(SH.path, path):
        for head in shapes.objects(prop_shape, SH["in"]):
            found.append({str(v) for v in Collection(shapes, head)})
    return found


def test_ontology_shapes_statuses_are_the_record_statuses() -> None:
    found = _sh_in_values(graph.shapes_graph(), ECO.status)
    assert found and all(values == set(STATUSES) for values in found)


def test_ontology_shapes_predicates_are_the_mapping_properties() -> None:
    (values,) = _sh_in_values(graph.shapes_graph(), RDF.predicate)
    assert values == {str(p) for p in graph.PROPERTY_OF_RELATION.values()}


def test_ontology_sector_concepts_satisfy_the_shapes() -> None:
    sectors = Graph().parse(ROOT / "ontology" / "sectors.ttl", format="turtle")
    assert len(set(sectors.subjects(RDF.type, ECO.Sector))) > 10
    conforms, report = graph.validate(sectors)
    assert conforms, report
