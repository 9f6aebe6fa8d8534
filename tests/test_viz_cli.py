"""`ecograph map` on the command line (hand-written fixture graph, invented names)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import ecograph.cli.map  # noqa: F401  (registers the command)
from ecograph.cli.app import app

DATA = Path(__file__).parent / "data" / "map"


def run(*args: str):
    result = CliRunner().invoke(app, ["map", *args])
    result.text = " ".join(result.output.split())  # rich may wrap long paths
    return result


def test_viz_cli_map_writes_page_and_summary(tmp_path):
    out = tmp_path / "m.html"
    result = run("--graph", str(DATA / "small.trig"), "--out", str(out), "--max-nodes", "4")
    assert result.exit_code == 0, result.output
    assert "4 nodes" in result.text and "11 nodes" in result.text
    assert "moins cités omis" in result.text
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_viz_cli_map_focus_query_and_types(tmp_path):
    query = tmp_path / "q.rq"
    query.write_text(
        "PREFIX eco: <https://w3id.org/ecograph/ontology#>\nSELECT ?e WHERE { ?e a eco:Place }"
    )
    args = ["--graph", str(DATA / "small.trig"), "--out", str(tmp_path / "m.html")]
    result = run(
        *args,
        "--query",
        str(query),
        "--focus",
        "Lyon",
        "--depth",
        "1",
        "--types",
        "City",
        "--types",
        "Country",
    )
    assert result.exit_code == 0, result.output
    assert "2 nodes, 1 edges" in result.text


def test_viz_cli_map_unknown_focus_exits_with_one_line(tmp_path):
    result = run(
        "--graph",
        str(DATA / "small.trig"),
        "--out",
        str(tmp_path / "m.html"),
        "--focus",
        "Atlantide",
    )
    assert result.exit_code == 1
    assert "no entity named 'Atlantide'" in result.text
    assert not (tmp_path / "m.html").exists()


def test_viz_cli_map_bad_graph_file_fails_clearly(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    result = run("--graph", str(bad), "--out", str(tmp_path / "m.html"))
    assert result.exit_code != 0
    assert "cannot read the graph file" in result.text
