"""Records -> RDF: the contract triples, provenance by SPARQL, SHACL, hostile text, determinism.

Model-free. The French texts below are written for these tests, with invented
names (Hydrolia, Claire Dubreuil...); none comes from the sample article.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from ecograph import graph, link
from ecograph.errors import GraphError
from ecograph.namespaces import DCTERMS, ECO, OA, OWL, PROV, RDF, SKOS, WD, XSD
from ecograph.records import Document, Entity, Evidence, Mention, Record, Relation

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "La start-up grenobloise Hydrolia, spécialisée dans le traitement de l'eau, "
    "ouvrira une antenne à Lyon en mars 2025. "
    "Selon Claire Dubreuil, maire de Valence, la ville prépare un partenariat avec Porto. "
    "Une délégation de 30 entreprises se rendra à Montréal du 3 au 7 juin 2025."
)
DOC_ID = "t-hydrolia"


def _sentence(n: int) -> Evidence:
    """The n-th sentence of TEXT with its offsets."""
    starts = [0, TEXT.index("Selon"), TEXT.index("Une délégation")]
    ends = [*(s - 1 for s in starts[1:]), len(TEXT)]
    return Evidence(TEXT[starts[n] : ends[n]], starts[n], ends[n])


def _entity(
    category: str, fine: str, name: str, surface: str, sentence: int, **kw: object
) -> Entity:
    start = TEXT.index(surface)
    links = dict(kw.pop("links", {}))  # type: ignore[call-overload]
    iri = link.entity_iri(category, fine, name, links=links, article_id=DOC_ID)
    mention = Mention(surface, start, start + len(surface), sentence)
    return Entity(iri, category, fine, name, (mention,), links=links, **kw)  # type: ignore[arg-type]


E = {
    "hydrolia": _entity("Organisation", "Company", "Hydrolia", "Hydrolia", 0),
    "grenoble": _entity(
        "Place",
        "City",
        "Grenoble",
        "grenobloise",
        0,
        aliases=("grenobloise",),
        links={"geonames": "3014728", "wikidata": "Q1289"},
    ),
    "eau": _entity("Sector", "Sector", "eau", "traitement de l'eau", 0, links={"nace": "E36"}),
    "lyon": _entity("Place", "City", "Lyon", "Lyon", 0),
    "mars": _entity("Date", "Date", "mars 2025", "mars 2025", 0, value="2025-03"),
    "dubreuil": _entity("Person", "Person", "Claire Dubreuil", "Claire Dubreuil", 1),
    "valence": _entity("Place", "City", "Valence", "Valence", 1),
    "porto": _entity("Place", "City", "Porto", "Porto", 1),
    "partenariat": _entity("Event", "Partnership", "partenariat Valence Porto", "partenariat", 1),
    "mission": _entity("Event", "Mission", "délégation Montréal", "délégation", 2),
    "trente": _entity(
        "Figure",
        "Figure",
        "30 entreprises",
        "30 entreprises",
        2,
        value=30,
        unit="entreprise",
        qualifier="exact",
    ),
    "montreal": _entity("Place", "City", "Montréal", "Montréal", 2),
    "juin": _entity(
        "Date",
        "Date",
        "du 3 au 7 juin 2025",
        "du 3 au 7 juin 2025",
        2,
        value="2025-06-03/2025-06-07",
    ),
}


def _rel(kind: str, s: str, o: str, n: int, **attributes: str) -> Relation:
    return Relation(kind, E[s].id, E[o].id, _sentence(n), 0.75, f"test_{kind}", attributes)


RELATIONS = (
    _rel("establishes_in", "hydrolia", "lyon", 0, status="planned"),
    _rel("located_in", "hydrolia", "grenoble", 0),
    _rel("has_sector", "hydrolia", "eau", 0),
    _rel("holds_role", "dubreuil", "valence", 1, role="maire"),
    _rel("party", "partenariat", "valence", 1, status="proposed"),
    _rel("party", "partenariat", "porto", 1, status="proposed"),
    _rel("destination", "mission", "montreal", 2),
    _rel("date", "mission", "juin", 2),
    _rel("measure", "trente", "mission", 2),
)
RECORD = Record(
    Document(DOC_ID, "tests/hydrolia.txt", "0f" * 32, "Hydrolia s'installe", "2025-01-15"),
    tuple(E.values()),
    RELATIONS,
)
HOSTILE = 'Eau "pure" <script>alert(1)</script>\n""" \\ fin\x00\x07\x1b\ud800 \'x\''


def _node(key: str) -> URIRef:
    return URIRef(E[key].id)


def test_graph_entity_nodes_carry_fine_type_category_and_french_labels() -> None:
    g = graph.record_graph(RECORD)
    assert {ECO.Company, ECO.Organisation} <= set(g.objects(_node("hydrolia"), RDF.type))
    assert {ECO.Mission, ECO.Event} <= set(g.objects(_node("mission"), RDF.type))
    assert {ECO.Sector, SKOS.Concept} <= set(g.objects(_node("eau"), RDF.type))
    assert list(g.objects(_node("lyon"), SKOS.prefLabel)) == [Literal("Lyon", lang="fr")]
    assert Literal("grenobloise", lang="fr") in set(g.objects(_node("grenoble"), SKOS.altLabel))
    assert (_node("grenoble"), OWL.sameAs, WD.Q1289) in g
    assert (_node("eau"), ECO.naceCode, Literal("E36")) in g


def test_graph_literals_have_the_contract_datatypes() -> None:
    g = graph.record_graph(RECORD)
    (value,) = g.objects(_node("trente"), ECO.value)
    assert isinstance(value, Literal)
    assert value.datatype == XSD.decimal and value.toPython() == Decimal(30)
    assert (_node("juin"), ECO.value, Literal("2025-06-03/2025-06-07")) in g
    article = graph.article_iri(DOC_ID)
    assert (article, DCTERMS.date, Literal("2025-01-15", datatype=XSD.date)) in g
    confidences = [c for c in g.objects(None, ECO.confidence) if isinstance(c, Literal)]
    assert len(confidences) == len(RELATIONS)
    assert all(c.datatype == XSD.decimal for c in confidences)
    month = dataclasses.replace(RECORD.document, published="2025-01")
    g2 = graph.record_graph(dataclasses.replace(RECORD, document=month))
    assert (article, DCTERMS.date, Literal("2025-01")) in g2


def test_graph_article_mentions_every_entity_with_text_positions() -> None:
    g = graph.record_graph(RECORD)
    article = graph.article_iri(DOC_ID)
    assert set(g.objects(article, ECO.mentions)) == {URIRef(e.id) for e in E.values()}
    anchors = set(g.subjects(RDF.type, OA.TextPositionSelector))
    assert len(anchors) == sum(len(e.mentions) for e in E.values())
    for anchor in anchors:
        start, end = (int(str(g.value(anchor, p))) for p in (OA.start, OA.end))
        assert TEXT[start:end] == str(g.value(anchor, OA.exact))
        assert (anchor, PROV.wasDerivedFrom, article) in g


def test_graph_every_relation_gives_a_direct_triple_and_an_assertion() -> None:
    g = graph.record_graph(RECORD)
    for relation in RELATIONS:
        s, o = URIRef(relation.subject), URIRef(relation.object)
        prop = graph.PROPERTY_OF_RELATION[relation.type]
        assert (s, prop, o) in g
        found = [
            a
            for a in g.subjects(RDF.subject, s)
            if (a, RDF.predicate, prop) in g and (a, RDF.object, o) in g
        ]
        assert len(found) == 1 and (found[0], RDF.type, ECO.Assertion) in g
    assert len(set(g.subjects(RDF.type, ECO.Assertion))) == len(RELATIONS)


def test_graph_status_and_role_go_onto_assertion_and_event() -> None:
    g = graph.record_graph(RECORD)
    assert set(g.objects(_node("partenariat"), ECO.status)) == {Literal("proposed")}
    assert not set(g.objects(_node("lyon"), ECO.status))
    assert Literal("maire") in set(g.objects(None, ECO.role))


PROVENANCE = """
SELECT ?g ?text ?start ?end ?rule WHERE {
  GRAPH ?g {
    ?a a eco:Assertion ; rdf:subject ?s ; rdf:predicate eco:establishesIn ; rdf:object ?o ;
       prov:wasDerivedFrom ?article ; eco:evidenceText ?text ;
       eco:evidenceStart ?start ; eco:evidenceEnd ?end ; eco:rule ?rule .
    ?s skos:prefLabel "Hydrolia"@fr .
    ?o skos:prefLabel "Lyon"@fr .
  }
}
"""


def test_graph_sparql_returns_the_sentence_and_offsets_of_a_fact() -> None:
    dataset = graph.build_dataset([RECORD])
    ns = {"eco": ECO, "rdf": RDF, "prov": PROV, "skos": SKOS}
    rows = list(dataset.query(PROVENANCE, initNs=ns))
    assert len(rows) == 1
    g, text, start, end, rule = rows[0]  # type: ignore[misc]
    assert g == graph.graph_iri(DOC_ID)
    assert str(text) == TEXT[int(start) : int(end)] == _sentence(0).text
    assert str(rule) == "test_establishes_in"


def test_graph_written_graphs_validate() -> None:
    conforms, report = graph.validate(graph.record_graph(RECORD))
    assert conforms, report
    dataset = graph.build_dataset([RECORD])
    conforms, report = graph.validate(dataset)
    assert conforms, report
    dataset.graph(graph.graph_iri(DOC_ID)).set((_node("partenariat"), ECO.status, Literal("x")))
    assert not graph.validate(dataset)[0]  # each named graph of a dataset is checked


def _break_figure_value(g: Graph) -> None:
    g.remove((_node("trente"), ECO.value, None))


def _break_status(g: Graph) -> None:
    g.set((_node("partenariat"), ECO.status, Literal("bogus")))


def _break_confidence(g: Graph) -> None:
    for a in list(g.subjects(RDF.type, ECO.Assertion))[:1]:
        g.set((a, ECO.confidence, Literal(Decimal("1.5"), datatype=XSD.decimal)))


def _break_offsets(g: Graph) -> None:
    for a in list(g.subjects(RDF.type, ECO.Assertion))[:1]:
        g.set((a, ECO.evidenceStart, Literal(9999, datatype=XSD.integer)))


def _break_evidence(g: Graph) -> None:
    for a in list(g.subjects(RDF.type, ECO.Assertion))[:1]:
        g.remove((a, ECO.evidenceText, None))


def _break_located_in(g: Graph) -> None:
    g.add((_node("hydrolia"), ECO.locatedIn, _node("dubreuil")))


def _break_holds_role(g: Graph) -> None:
    g.add((_node("hydrolia"), ECO.holdsRole, _node("valence")))


def _break_pref_label(g: Graph) -> None:
    g.add((_node("lyon"), SKOS.prefLabel, Literal("Lugdunum", lang="fr")))


@pytest.mark.parametrize(
    ("breaker", "expected"),
    [
        (_break_figure_value, "value"),
        (_break_status, "status"),
        (_break_confidence, "confidence"),
        (_break_offsets, "evidenceStart"),
        (_break_evidence, "evidenceText"),
        (_break_located_in, "class eco:Place"),
        (_break_holds_role, "class eco:Person"),
        (_break_pref_label, "prefLabel"),
    ],
)
def test_graph_broken_graph_does_not_validate(breaker: object, expected: str) -> None:
    g = graph.record_graph(RECORD)
    breaker(g)  # type: ignore[operator]
    conforms, report = graph.validate(g)
    assert not conforms
    assert expected in report


def _hostile_record() -> Record:
    hydrolia = dataclasses.replace(E["hydrolia"], name=HOSTILE, aliases=(HOSTILE + "2",))
    evidence = Evidence(HOSTILE, 0, len(HOSTILE))
    relation = dataclasses.replace(RELATIONS[0], evidence=evidence, rule=HOSTILE)
    doc = dataclasses.replace(RECORD.document, id="art 7/é?#", title=HOSTILE, source=HOSTILE)
    entities = (hydrolia, E["lyon"])
    return Record(doc, entities, (relation,))


@pytest.mark.parametrize(
    ("fmt", "parser"), [("trig", "trig"), ("jsonld", "json-ld"), ("nq", "nquads")]
)
def test_graph_hostile_text_round_trips_through_named_graph_formats(
    tmp_path: Path, fmt: str, parser: str
) -> None:
    dataset = graph.build_dataset([_hostile_record()])
    assert graph.validate(dataset)[0]
    (path,) = graph.write_graph_files(dataset, tmp_path, formats=(fmt,))
    back = Dataset()
    back.parse(path, format=parser)
    name = graph.graph_iri("art 7/é?#")
    assert isomorphic(back.graph(name), dataset.graph(name))
    assert any("<script>" in str(o) and '"""' in str(o) for o in back.graph(name).objects())


def test_graph_hostile_text_round_trips_through_merged_turtle(tmp_path: Path) -> None:
    dataset = graph.build_dataset([_hostile_record()])
    (path,) = graph.write_graph_files(dataset, tmp_path, formats=("ttl",))
    back = Graph().parse(path, format="turtle")
    assert isomorphic(back, graph.merged_graph(dataset))
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_graph_same_records_give_identical_graphs() -> None:
    reordered = dataclasses.replace(
        RECORD, entities=RECORD.entities[::-1], relations=RECORD.relations[::-1]
    )
    first, second = graph.record_graph(RECORD), graph.record_graph(reordered)
    assert isomorphic(first, second)
    assert set(first) == set(second)  # no blank nodes: equal even without canonicalization
    assert not any(isinstance(term, BNode) for triple in first for term in triple)
    assert graph.record_nquads(RECORD) == graph.record_nquads(RECORD)


_DIGEST = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from test_graph import RECORD
from ecograph import graph
print(hashlib.sha256(graph.record_nquads(RECORD) + graph.record_ntriples(RECORD)).hexdigest())
"""


def test_graph_canonical_bytes_are_the_same_in_every_process() -> None:
    here = str(Path(__file__).parent)
    digests = {
        subprocess.run(
            [sys.executable, "-c", _DIGEST, here],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1
    back = Dataset()
    back.parse(data=graph.record_nquads(RECORD), format="nquads")
    assert isomorphic(back.graph(graph.graph_iri(DOC_ID)), graph.record_graph(RECORD))
    assert isomorphic(
        Graph().parse(data=graph.record_ntriples(RECORD), format="nt"), graph.record_graph(RECORD)
    )


def test_graph_add_record_replaces_the_article_graph() -> None:
    dataset = graph.build_dataset([RECORD])
    smaller = dataclasses.replace(RECORD, relations=RELATIONS[:1])
    graph.add_record(dataset, smaller)
    name = graph.graph_iri(DOC_ID)
    assert isomorphic(dataset.graph(name), graph.record_graph(smaller))
    assert len(set(dataset.graph(name).subjects(RDF.type, ECO.Assertion))) == 1


def test_graph_merged_turtle_keeps_one_pref_label_per_language(tmp_path: Path) -> None:
    variant = dataclasses.replace(E["hydrolia"], name="HYDROLIA")
    other = Record(dataclasses.replace(RECORD.document, id="t-other"), (variant,), ())
    third = Record(dataclasses.replace(RECORD.document, id="t-third"), (variant,), ())
    dataset = graph.build_dataset([RECORD, other, third])
    paths = graph.write_graph_files(dataset, tmp_path, formats=("trig", "ttl", "jsonld", "nq"))
    assert [p.name for p in paths] == ["graph.trig", "graph.ttl", "graph.jsonld", "graph.nq"]
    merged = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    labels = set(merged.objects(_node("hydrolia"), SKOS.prefLabel))
    assert labels == {Literal("HYDROLIA", lang="fr")}  # two articles out of three
    assert Literal("Hydrolia", lang="fr") in set(merged.objects(_node("hydrolia"), SKOS.altLabel))
    assert graph.validate(merged)[0]


def test_graph_article_iri_encodes_any_document_id() -> None:
    assert str(graph.article_iri("abc-12_x.y")) == "https://w3id.org/ecograph/article/abc-12_x.y"
    assert str(graph.graph_iri("a b/é")) == "https://w3id.org/ecograph/graph/a%20b%2F%C3%A9"
    with pytest.raises(GraphError, match="empty document id"):
        graph.article_iri("")


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            dataclasses.replace(
                RECORD, relations=(dataclasses.replace(RELATIONS[0], type="likes"),)
            ),
            "unknown relation",
        ),
        (
            dataclasses.replace(
                RECORD, relations=(dataclasses.replace(RELATIONS[0], object="https://x.test/o"),)
            ),
            "not an entity",
        ),
        (
            dataclasses.replace(
                RECORD, entities=(dataclasses.replace(E["lyon"], id="Lyon <city>"),)
            ),
            "not a valid IRI",
        ),
        (
            dataclasses.replace(RECORD, entities=(dataclasses.replace(E["lyon"], type="Company"),)),
            "category",
        ),
    ],
)
def test_graph_bad_records_raise_a_named_error(record: Record, message: str) -> None:
    with pytest.raises(GraphError, match=message):
        graph.record_graph(record)


def test_graph_unknown_file_format_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="unknown graph format"):
        graph.write_graph_files(graph.build_dataset([RECORD]), tmp_path, formats=("ttl", "rdfxml"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.model
def test_graph_real_pipeline_output_validates(nlp: Language, sample_text: str) -> None:
    from ecograph.extract import extract_articles
    from ecograph.ingest import make_article

    own = (
        "La société lilloise Brixtel a signé un accord avec la ville de Gand. "
        "Marc Lefèvre, maire de Roubaix, conduira une délégation de 25 entreprises "
        "à Séville en octobre 2024. Brixtel ouvrira une usine à Douai."
    )
    articles = [
        make_article(sample_text, source="corpus/sample.txt", published="2017-10-01"),
        make_article(own, source="tests/own.txt", title="Brixtel"),
    ]
    records = list(extract_articles(nlp, articles))
    dataset = graph.build_dataset(records)
    conforms, report = graph.validate(dataset)
    assert conforms, report
    assert sum(len(r.entities) for r in records) > 10
    assert len(set(dataset.quads((None, RDF.type, ECO.Article, None)))) == 2


def test_graph_merged_labels_keep_pref_and_alt_apart() -> None:
    one = dataclasses.replace(E["hydrolia"], name="Hydrolia", aliases=("Hydrolia SAS",))
    two = dataclasses.replace(E["hydrolia"], name="Hydrolia SAS", aliases=("Hydrolia",))
    records = [
        Record(dataclasses.replace(RECORD.document, id=f"t-{n}"), (entity,), ())
        for n, entity in enumerate((one, two))
    ]
    merged = graph.merged_graph(graph.build_dataset(records))
    pref = set(merged.objects(_node("hydrolia"), SKOS.prefLabel))
    alt = set(merged.objects(_node("hydrolia"), SKOS.altLabel))
    assert pref == {Literal("Hydrolia", lang="fr")}  # a tie: alphabetical order decides
    assert alt == {Literal("Hydrolia SAS", lang="fr")}


def test_graph_split_files_equal_the_files_of_a_full_store(tmp_path: Path) -> None:
    """`extract` writes its files from an N-Quads file plus a store of the shared part:
    the same quads, and the same merged Turtle, as from a store holding everything."""
    import pyoxigraph as ox

    variant = dataclasses.replace(E["hydrolia"], name="HYDROLIA", aliases=("Hydrolia SAS",))
    records = [
        RECORD,
        Record(dataclasses.replace(RECORD.document, id="t-other"), (variant, E["lyon"]), ()),
        Record(dataclasses.replace(RECORD.document, id="t-third"), (variant,), ()),
        _hostile_record(),
    ]
    quads = [quad for record in records for quad in graph.record_quads(record)]
    own, mergeable = graph.split_quads(quads)
    parts = (tmp_path / "all.nq", tmp_path / "own.nq")
    for path, part in zip(parts, (quads, own), strict=True):
        path.write_bytes(ox.serialize(part, format=ox.RdfFormat.N_QUADS) or b"")
    shared, full = ox.Store(), ox.Store()
    shared.extend(mergeable)
    full.extend(quads)
    assert 0 < len(shared) < len(full)
    (tmp_path / "split").mkdir()
    (tmp_path / "full").mkdir()
    formats = ("trig", "ttl", "nq")
    graph.write_split_files(shared, parts, tmp_path / "split", formats)
    graph.write_files(full, tmp_path / "full", formats)
    for name, fmt in (("graph.trig", "TRIG"), ("graph.ttl", "TURTLE"), ("graph.nq", "N_QUADS")):
        split, whole = (
            set(ox.parse(path=tmp_path / side / name, format=getattr(ox.RdfFormat, fmt)))
            for side in ("split", "full")
        )
        assert split == whole, name
    merged = Graph().parse(tmp_path / "split" / "graph.ttl", format="turtle")
    labels = set(merged.objects(_node("hydrolia"), SKOS.prefLabel))
    assert labels == {Literal("HYDROLIA", lang="fr")}


@pytest.mark.parametrize("value", [0, "-0", 15, "15,0", 2.5, "1 500,50", 0.75, "0.001", 1e-7])
def test_graph_decimals_are_minted_as_the_store_keeps_them(value: object) -> None:
    """A file written from the mapping and one dumped from the store hold the same literal."""
    import pyoxigraph as ox

    from ecograph.graph.terms import decimal

    literal = decimal(value)
    assert literal is not None
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("https://x.test/s"), ox.NamedNode("https://x.test/p"), literal))
    assert next(iter(store)).object == literal
