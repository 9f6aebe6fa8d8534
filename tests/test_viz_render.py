"""The map page: self-contained, escaped, readable, fast for large maps.

Fixture graphs are hand-written (tests/data/map) or synthetic, with invented names.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from ecograph.viz import write_map
from ecograph.viz.layout import LARGE

DATA = Path(__file__).parent / "data" / "map"
ID = "https://w3id.org/ecograph/id/"
ECO = "https://w3id.org/ecograph/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")


def load(name: str) -> ox.Store:
    store = ox.Store()
    store.load(path=str(DATA / name), format=ox.RdfFormat.TRIG)
    return store


def synthetic_store(n: int) -> ox.Store:
    """A chain-and-hub graph of `n` invented companies and cities."""
    store = ox.Store()
    article = ox.NamedNode("https://w3id.org/ecograph/article/s1")
    for i in range(n):
        node = ox.NamedNode(f"{ID}org/s{i}")
        kind = "Company" if i % 2 else "City"
        category = "Organisation" if i % 2 else "Place"
        store.add(ox.Quad(node, RDF_TYPE, ox.NamedNode(ECO + kind)))
        store.add(ox.Quad(node, RDF_TYPE, ox.NamedNode(ECO + category)))
        store.add(ox.Quad(node, PREF, ox.Literal(f"Entité {i}", language="fr")))
        store.add(ox.Quad(article, ox.NamedNode(ECO + "mentions"), node))
        if i:
            target = ox.NamedNode(f"{ID}org/s{(i - 1) // 3}")
            store.add(ox.Quad(node, ox.NamedNode(ECO + "inContactWith"), target))
    return store


def page_data(html: str) -> dict:
    found = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', html, re.S)
    assert found, "the page carries its data block"
    return json.loads(found.group(1))


def inline_scripts(html: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", html, re.S)


@pytest.fixture(scope="module")
def small_html(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("map") / "small.html"
    write_map(load("small.trig"), out)
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_html(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("map") / "hostile.html"
    write_map(load("hostile.trig"), out, title="<b onmouseover=alert(1)>titre</b>")
    return out.read_text(encoding="utf-8")


def test_viz_render_page_is_self_contained(small_html):
    assert "vis.Network" in small_html and "vis-network" in small_html
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)\s*=", small_html, re.I)
    assert not re.search(r"\b(src|href)\s*=\s*[\"']?\s*(https?:)?//", small_html, re.I)
    assert "bootstrap" not in small_html.lower()
    assert "cdnjs" not in small_html and "jsdelivr" not in small_html


def test_viz_render_csp_allows_only_our_inline_scripts(small_html):
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', small_html)
    csp = html.unescape(found.group(1))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    scripts = inline_scripts(small_html)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_viz_render_hostile_text_never_becomes_markup(hostile_html):
    for raw in ("<img src=x", "<script>window.__xss", "<a href=", "<svg onload", "<b onmouseover"):
        assert raw not in hostile_html
    assert "&lt;b onmouseover=alert(1)&gt;titre&lt;/b&gt;" in hostile_html
    data = page_data(hostile_html)
    labels = {n["label"] for n in data["nodes"]}
    assert '<img src=x onerror="window.__xss=1;alert(1)">' in labels  # intact, shown as text
    assert "</script><script>window.__xss=1</script>" in labels


def test_viz_render_page_js_builds_text_only():
    js = (Path(__file__).parents[1] / "src/ecograph/viz/template/map.js").read_text()
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", js)


def test_viz_render_styles_nodes_by_class_and_mentions(small_html):
    data = page_data(small_html)
    by_label = {n["label"]: n for n in data["nodes"]}
    assert by_label["Lyon"]["color"] != by_label["Brindel"]["color"]
    assert by_label["Lyon"]["shape"] != by_label["Brindel"]["shape"]
    assert by_label["Brindel"]["size"] > by_label["Fonderie Azur"]["size"]  # 2 articles vs 1
    assert by_label["mars 2021"]["size"] < by_label["Fonderie Azur"]["size"]
    legend = {row["type"]: row["count"] for row in data["legend"]}
    assert legend["Company"] == 2 and legend["City"] == 2
    assert {e.get("label") for e in data["edges"]} >= {"s'implante à", "situé à"}


def test_viz_render_tooltip_data_has_identifiers_and_evidence(small_html):
    data = page_data(small_html)
    index = {n["label"]: n["id"] for n in data["nodes"]}
    lyon = data["info"][index["Lyon"]]
    assert lyon["ids"] == {"geonames": "2996944", "wikidata": "Q456"}
    assert lyon["iri"] == ID + "place/lyon"
    sentences = [ev["text"] for info in data["edgeInfo"] for ev in info["evidence"]]
    assert "Des discussions sont en cours avec Fonderie Azur." in sentences
    assert data["articles"]["https://w3id.org/ecograph/article/a2"]["title"].startswith("Brindel")
    assert data["sectors"] == ["logistique"]


def test_viz_render_small_map_polishes_with_physics(small_html):
    data = page_data(small_html)
    assert data["options"]["physics"]["enabled"] is True
    assert all("x" in n and "y" in n for n in data["nodes"])


def test_viz_render_large_map_is_laid_out_in_python(tmp_path):
    summary = write_map(synthetic_store(LARGE + 50), tmp_path / "large.html")
    data = page_data((tmp_path / "large.html").read_text(encoding="utf-8"))
    assert summary.physics is False and data["options"]["physics"]["enabled"] is False
    positions = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(positions) == LARGE + 50  # every node placed, none stacked
    assert any("Grande carte" in note for note in data["notes"])


def test_viz_write_map_max_nodes_says_what_it_left_out(tmp_path):
    summary = write_map(load("small.trig"), tmp_path / "m.html", max_nodes=3)
    data = page_data((tmp_path / "m.html").read_text(encoding="utf-8"))
    assert (summary.nodes, summary.total_nodes, len(summary.left_out)) == (3, 11, 8)
    assert {n["label"] for n in data["nodes"]} >= {"Brindel", "Lyon"}
    assert any("8 nœuds moins cités omis" in note for note in data["notes"])
    assert any("Fonderie Azur" in note for note in summary.notes)


def test_viz_write_map_focus_and_types(tmp_path):
    summary = write_map(
        load("small.trig"), tmp_path / "f.html", focus="valence", depth=1, types=["Place"]
    )
    assert summary.focus == ("Valence",)
    data = page_data((tmp_path / "f.html").read_text(encoding="utf-8"))
    assert [n["label"] for n in data["nodes"]] == ["Valence"]
