"""Closed namespaces and IRI bases of ecograph: GENERATED, do not edit.

Regenerate with `.venv/bin/python scripts/gen_namespaces.py` after changing
`ontology/ecograph.ttl`; `tests/test_ontology.py` fails when they disagree.
`ECO` is closed (`_fail = True`): a misspelt term raises AttributeError.
"""

from __future__ import annotations

from rdflib.namespace import (
    DCTERMS,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

SCHEMA = SDO
ARTICLE = Namespace("https://w3id.org/ecograph/article/")
GRAPH = Namespace("https://w3id.org/ecograph/graph/")
ID = Namespace("https://w3id.org/ecograph/id/")
WD = Namespace("http://www.wikidata.org/entity/")


class OA(DefinedNamespace):
    """W3C Web Annotation terms ecograph uses (rdflib ships no OA namespace)."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    end: URIRef
    exact: URIRef
    hasSelector: URIRef
    hasSource: URIRef
    hasTarget: URIRef
    start: URIRef


class ECO(DefinedNamespace):
    """The ecograph ontology: every class and property of ontology/ecograph.ttl."""

    _fail = True
    _NS = Namespace("https://w3id.org/ecograph/ontology#")

    # classes
    Acquisition: URIRef  # Acquisition
    Agency: URIRef  # Agency
    Agreement: URIRef  # Agreement
    Article: URIRef  # Article
    Assertion: URIRef  # Assertion
    Association: URIRef  # Association
    Chamber: URIRef  # Chamber
    City: URIRef  # City
    Company: URIRef  # Company
    Country: URIRef  # Country
    Date: URIRef  # Date
    Department: URIRef  # Department
    Establishment: URIRef  # Establishment
    Event: URIRef  # Event
    Figure: URIRef  # Figure
    Investment: URIRef  # Investment
    Mention: URIRef  # Mention
    Mission: URIRef  # Mission
    Organisation: URIRef  # Organisation
    Partnership: URIRef  # Partnership
    Person: URIRef  # Person
    Place: URIRef  # Place
    PoliticalParty: URIRef  # Political party
    PublicBody: URIRef  # Public body
    Region: URIRef  # Region
    Sector: URIRef  # Sector
    Visit: URIRef  # Visit

    # properties
    acquires: URIRef  # acquires
    confidence: URIRef  # confidence
    date: URIRef  # date
    destination: URIRef  # destination
    establishesIn: URIRef  # establishes in
    evidenceEnd: URIRef  # evidence end
    evidenceStart: URIRef  # evidence start
    evidenceText: URIRef  # evidence text
    geonamesId: URIRef  # GeoNames id
    hasSector: URIRef  # has sector
    holdsRole: URIRef  # holds role in
    inContactWith: URIRef  # in contact with
    investsIn: URIRef  # invests in
    iso3166: URIRef  # ISO 3166 code
    locatedIn: URIRef  # located in
    measures: URIRef  # measures
    memberOf: URIRef  # member of
    mentions: URIRef  # mentions
    naceCode: URIRef  # NACE code
    organiser: URIRef  # organiser of
    origin: URIRef  # origin
    participant: URIRef  # participant in
    party: URIRef  # party
    qualifier: URIRef  # qualifier
    refersTo: URIRef  # refers to
    relation: URIRef  # relation
    role: URIRef  # role
    rule: URIRef  # rule
    sentenceIndex: URIRef  # sentence index
    sha256: URIRef  # SHA-256 digest
    source: URIRef  # source
    status: URIRef  # status
    unit: URIRef  # unit
    value: URIRef  # value
    wikidataId: URIRef  # Wikidata id


__all__ = [
    "ARTICLE",
    "DCTERMS",
    "ECO",
    "GRAPH",
    "ID",
    "OA",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SDO",
    "SH",
    "SKOS",
    "TIME",
    "WD",
    "XSD",
]
