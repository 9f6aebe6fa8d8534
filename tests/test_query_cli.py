"""`ecograph query` from the command line: outputs, and one clear line plus exit code 2 on errors.

The graph is the hand-made fixture of `tests/data/query/` (invented firms and people).
"""

from __future__ import annotations

import csv
import io
import json
import socket
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from ecograph.cli import app
from ecograph.query import named_queries
from test_query_named import build_fixture

runner = CliRunner()


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_fixture(tmp_path_factory.mktemp("query_cli"))


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["query", *args])
    return result.exit_code, result.stdout, result.stderr


def assert_one_error_line(code: int, err: str, *needles: str) -> None:
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, (needle, err)


def test_query_cli_list_shows_every_named_query_with_description() -> None:
    code, out, _ = run("--list")
    assert code == 0
    flat = " ".join(out.split())
    for query in named_queries().values():
        assert query.name in out
        assert " ".join(query.description.split()[:3]) in flat


def test_query_cli_named_query_as_table_hides_parameter_columns(paths: tuple[Path, Path]) -> None:
    code, out, _ = run("--store", str(paths[1]), "--name", "partners", "--param", "entity=Lyon")
    assert code == 0
    assert "Porto" in out and "Leipzig" in out and "signed" in out and "2 rows" in out
    assert "entity" not in out.splitlines()[1] and "partnerId" not in out
    code, out, _ = run(
        "--store", str(paths[1]), "-n", "partners", "-p", "entity=Lyon", "--format", "csv"
    )
    assert code == 0 and out.splitlines()[0].split(",")[-2:] == ["partnerId", "entity"]


def test_query_cli_csv_tsv_json(paths: tuple[Path, Path]) -> None:
    base = ["--graph", str(paths[0]), "--name", "companies-by-sector", "--param", "sector=J62"]
    code, out, _ = run(*base, "--format", "csv")
    assert code == 0
    table = list(csv.DictReader(io.StringIO(out)))
    assert {r["company"] for r in table} == {"Kestrel Labs", "Vertiga"}
    assert {r["sector"] for r in table} == {"J62"}
    code, out, _ = run(*base, "--format", "tsv")
    assert code == 0 and out.splitlines()[0].startswith("?activity\t?nace\t?company")
    code, out, _ = run(*base, "--format", "json")
    data = json.loads(out)
    assert code == 0 and len(data["results"]["bindings"]) == 2


def test_query_cli_query_text_file_ask_and_construct(
    paths: tuple[Path, Path], tmp_path: Path
) -> None:
    rq = tmp_path / "firms.rq"
    rq.write_text(
        "SELECT ?name WHERE { ?c a eco:Company ; skos:prefLabel ?name }", encoding="utf-8"
    )
    code, out, _ = run("--graph", str(paths[0]), "--file", str(rq), "--format", "csv")
    assert code == 0 and set(out.split()) == {"name", "Hydrolia", "Vertiga", "Kestrel", "Labs"}
    code, out, _ = run("--graph", str(paths[0]), "ASK { ?c a eco:Company }")
    assert (code, out.strip()) == (0, "yes")
    code, out, _ = run(
        "--graph", str(paths[0]), "DESCRIBE ?c WHERE { ?c skos:prefLabel 'Vertiga'@fr }"
    )
    assert code == 0 and "eco:Company" in out and "eco:hasSector" in out


def test_query_cli_malformed_query(paths: tuple[Path, Path]) -> None:
    code, _, err = run("--graph", str(paths[0]), "SELECT ?s WHERE {\n  ?s ?p ?o\n  FILTER(?s = }")
    assert_one_error_line(code, err, "malformed query at line 3, column 3")


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/x.ttl>",
        "DROP ALL",
    ],
)
def test_query_cli_update_refused(paths: tuple[Path, Path], text: str) -> None:
    code, _, err = run("--store", str(paths[1]), text)
    assert_one_error_line(code, err, "refused", "read-only")


def test_query_cli_service_refused_before_any_connection(paths: tuple[Path, Path]) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
        code, _, err = run("--graph", str(paths[0]), text)
        assert_one_error_line(code, err, "SERVICE", "--allow-service")
        with pytest.raises(TimeoutError):
            listener.accept()  # nobody called


def test_query_cli_service_allowed_fails_cleanly_when_unreachable(paths: tuple[Path, Path]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, not listening: connection refused
        text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
        code, _, err = run("--graph", str(paths[0]), "--allow-service", "--timeout", "20", text)
    assert_one_error_line(code, err, "the query failed")


def test_query_cli_unknown_named_query(paths: tuple[Path, Path]) -> None:
    code, _, err = run("--graph", str(paths[0]), "--name", "partner")
    assert_one_error_line(code, err, "no named query 'partner'", "partners", "--list")


def test_query_cli_missing_param_and_bad_param(paths: tuple[Path, Path]) -> None:
    code, _, err = run("--graph", str(paths[0]), "--name", "figures")
    assert_one_error_line(code, err, "needs --param entity=")
    code, _, err = run("--graph", str(paths[0]), "--name", "figures", "--param", "entity")
    assert_one_error_line(code, err, "is not key=value")


def test_query_cli_missing_store_or_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run("--store", str(tmp_path / "nowhere"), "ASK {}")
    assert_one_error_line(code, err, "no store at", "ecograph run")
    code, _, err = run("--graph", str(tmp_path / "nowhere.trig"), "ASK {}")
    assert_one_error_line(code, err, "no graph file at")
    monkeypatch.chdir(tmp_path)  # no outputs/ here
    code, _, err = run("ASK {}")
    assert_one_error_line(code, err, "nothing to query", "outputs/store")


def test_query_cli_default_source_is_outputs_store_else_graph_trig(
    paths: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "outputs").mkdir()
    (tmp_path / "outputs" / "graph.trig").write_bytes(paths[0].read_bytes())
    monkeypatch.chdir(tmp_path)
    count = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a eco:Company }"
    code, out, _ = run("--format", "csv", count)
    assert (code, out.split()) == (0, ["n", "3"])
    empty = ox.Store(str(tmp_path / "outputs" / "store"))
    del empty  # an empty store folder now wins over graph.trig
    code, out, _ = run("--format", "csv", count)
    assert (code, out.split()) == (0, ["n", "0"])


def test_query_cli_no_query_or_two_queries(paths: tuple[Path, Path]) -> None:
    code, _, err = run("--graph", str(paths[0]))
    assert_one_error_line(code, err, "give exactly one query")
    code, _, err = run("--graph", str(paths[0]), "--name", "people", "ASK {}")
    assert_one_error_line(code, err, "give exactly one query")


def test_query_cli_timeout(tmp_path: Path) -> None:
    lines = [f'<http://example.org/{i}> <http://example.org/p> "{i}" .' for i in range(3000)]
    big = tmp_path / "big.nt"
    big.write_text("\n".join(lines), encoding="utf-8")
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    code, _, err = run("--graph", str(big), "--timeout", "1", cross)
    assert_one_error_line(code, err, "query stopped", "--timeout")
