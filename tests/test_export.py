"""GraphML, GEXF and CSV exports (hand-written fixture graphs with invented names)."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

import ecograph.cli.export  # noqa: F401  (registers the command)
from ecograph.cli.app import app
from ecograph.errors import EcographError
from ecograph.export import export_graph, neutralise

DATA = Path(__file__).parent / "data" / "map"
ID = "https://w3id.org/ecograph/id/"


def load(name: str) -> ox.Store:
    store = ox.Store()
    store.load(path=str(DATA / name), format=ox.RdfFormat.TRIG)
    return store


@pytest.mark.parametrize(("fmt", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_gephi_formats_read_back(tmp_path, fmt, reader):
    (path,) = export_graph(load("small.trig"), tmp_path / f"g.{fmt}", fmt=fmt)
    graph = reader(path)
    assert graph.number_of_nodes() == 11 and graph.number_of_edges() == 11
    lyon = graph.nodes[ID + "place/lyon"]
    assert (lyon["label"], lyon["type"], lyon["geonames"]) == ("Lyon", "City", "2996944")
    assert int(graph.nodes[ID + "org/brindel"]["articles"]) == 2
    relations = {d["relation"] for *_, d in graph.edges(data=True)}
    assert {"establishesIn", "locatedIn", "holdsRole"} <= relations


def test_export_csv_writes_nodes_and_edges_with_evidence(tmp_path):
    nodes_path, edges_path = export_graph(load("small.trig"), tmp_path / "csv", fmt="csv")
    nodes = list(csv.DictReader(nodes_path.open(encoding="utf-8")))
    edges = list(csv.DictReader(edges_path.open(encoding="utf-8")))
    assert len(nodes) == 11 and len(edges) == 11
    contact = next(e for e in edges if e["relation"] == "inContactWith")
    assert (contact["source_label"], contact["target_label"]) == ("Brindel", "Fonderie Azur")
    assert contact["evidence"] == "Des discussions sont en cours avec Fonderie Azur."
    assert contact["articles"] == "https://w3id.org/ecograph/article/a2"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+33 1 23", "'+33 1 23"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Lyon", "Lyon"),
        ("a=b", "a=b"),
        (None, ""),
    ],
)
def test_export_neutralise_formula_cells(value, expected):
    assert neutralise(value) == expected


def test_export_csv_neutralises_hostile_names(tmp_path):
    store = load("small.trig")
    node = ox.NamedNode(ID + "org/hostile")
    eco = "https://w3id.org/ecograph/ontology#"
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    store.add(ox.Quad(node, rdf_type, ox.NamedNode(eco + "Company")))
    store.add(ox.Quad(node, rdf_type, ox.NamedNode(eco + "Organisation")))
    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    store.add(ox.Quad(node, label, ox.Literal("=cmd|' /C calc'!A0")))
    nodes_path, _ = export_graph(store, tmp_path / "csv", fmt="csv")
    rows = list(csv.DictReader(nodes_path.open(encoding="utf-8")))
    assert "'=cmd|' /C calc'!A0" in {r["label"] for r in rows}
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())


def test_export_unknown_format_raises(tmp_path):
    with pytest.raises(EcographError, match="unknown export format"):
        export_graph(load("small.trig"), tmp_path / "x", fmt="xlsx")


def test_export_cli_writes_gexf(tmp_path):
    out = tmp_path / "g.gexf"
    result = CliRunner().invoke(
        app, ["export", "--format", "gexf", "--graph", str(DATA / "small.trig"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(out).number_of_nodes() == 11


def test_export_cli_missing_store_fails_in_one_line(tmp_path):
    result = CliRunner().invoke(
        app, ["export", "--store", str(tmp_path / "none"), "--out", str(tmp_path / "g.graphml")]
    )
    assert result.exit_code != 0
    assert "no store at" in result.output


TWO_LOCATED = """
@prefix eco: <https://w3id.org/ecograph/ontology#> .
@prefix id: <https://w3id.org/ecograph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/ecograph/graph/b1> {
  <https://w3id.org/ecograph/article/b1> a eco:Article ;
    eco:mentions id:org-a, id:org-b, id:city-a, id:city-b .
  id:org-a a eco:Company, eco:Organisation ; skos:prefLabel "Tissages Morvan"@fr .
  id:org-b a eco:Company, eco:Organisation ; skos:prefLabel "Biscuiterie Le Goff"@fr .
  id:city-a a eco:City, eco:Place ; skos:prefLabel "Quimper"@fr .
  id:city-b a eco:City, eco:Place ; skos:prefLabel "Lorient"@fr .
  id:org-a eco:locatedIn id:city-a .
  id:org-b eco:locatedIn id:city-b .
  id:org-a eco:inContactWith id:org-b .
}
"""


@pytest.mark.parametrize(("fmt", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_edge_ids_are_unique(tmp_path, fmt, reader):
    from xml.etree import ElementTree

    store = ox.Store()
    store.load(TWO_LOCATED.encode(), format=ox.RdfFormat.TRIG)
    (path,) = export_graph(store, tmp_path / f"g.{fmt}", fmt=fmt)
    ids = [e.get("id") for e in ElementTree.parse(path).iter() if e.tag.endswith("}edge")]
    assert len(ids) == 3 and None not in ids
    assert len(set(ids)) == len(ids), ids
    relations = sorted(d["relation"] for *_, d in reader(path).edges(data=True))
    assert relations == ["inContactWith", "locatedIn", "locatedIn"]
