"""`ecograph push` against a real `oxigraph serve` on loopback: replace, never duplicate.

The graphs here are small hand-written N-Triples with invented names.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from ecograph import store
from ecograph.cli import app
from ecograph.errors import GraphError
from ecograph.push import graph_store_url, push_store
from ecograph.serve import free_port, oxigraph_binary

ID = "https://w3id.org/ecograph/id/"
GRAPH = "https://w3id.org/ecograph/graph/"
LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
LOCATED = "<https://w3id.org/ecograph/ontology#locatedIn>"
ARTICLES = {
    "a1": f'<{ID}org/valmorin> {LABEL} "Valmorin"@fr .\n'
    f"<{ID}org/valmorin> {LOCATED} <{ID}place/lyon> .\n"
    f'<{ID}place/lyon> {LABEL} "Lyon"@fr .\n',
    "a2": f'<{ID}org/nordelec> {LABEL} "Nordelec"@fr .\n<{ID}place/lyon> {LABEL} "Lyon"@fr .\n',
}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A writable Oxigraph server on a free loopback port; yields its base URL."""
    port = free_port()
    command = [oxigraph_binary(), "serve", "--location", str(tmp_path / "remote")]
    process = subprocess.Popen(
        [*command, "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(150):
        if process.poll() is not None:
            raise RuntimeError("oxigraph serve stopped")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("oxigraph serve did not answer")


@pytest.fixture
def local_store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    db = ox.Store(str(folder))
    for article, ntriples in ARTICLES.items():
        store.load_graph(db, GRAPH + article, ntriples.encode())
    db.flush()
    del db
    return folder


def _remote_count(url: str) -> tuple[int, int]:
    """(triples in named graphs, named graphs) on the server, through its SPARQL endpoint."""
    query = "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?g) WHERE { GRAPH ?g { ?s ?p ?o } }"
    answer = httpx.post(
        f"{url}/query",
        data={"query": query},
        headers={"Accept": "application/sparql-results+json"},
    ).json()
    row = answer["results"]["bindings"][0]
    return int(row["n"]["value"]), int(row["g"]["value"])


def test_push_twice_gives_the_same_triple_count(local_store: Path, server: str) -> None:
    first = push_store(local_store, server)
    after_first = _remote_count(server)
    second = push_store(local_store, server)
    assert (first.graphs, first.triples) == (2, 5)
    assert after_first == (5, 2)
    assert (second.graphs, second.triples) == (2, 5)
    assert _remote_count(server) == after_first


def test_push_replaces_a_graph_that_changed(local_store: Path, server: str) -> None:
    push_store(local_store, server)
    db = ox.Store(str(local_store))
    store.load_graph(db, GRAPH + "a1", f'<{ID}org/valmorin> {LABEL} "Valmorin"@fr .\n'.encode())
    db.flush()
    del db
    push_store(local_store, server)
    assert _remote_count(server) == (3, 2)  # a1 went from 3 triples to 1, not 3 + 1


def test_push_command_reports_what_it_sent(local_store: Path, server: str) -> None:
    import ecograph.cli.push  # noqa: F401  (registers the command, as cli/__init__ does)

    result = CliRunner().invoke(
        app, ["push", "--store", str(local_store), "--endpoint", f"{server}/store"]
    )
    assert result.exit_code == 0, result.output
    assert "pushed 2 graphs (5 triples)" in result.output
    assert _remote_count(server) == (5, 2)


def test_push_unreachable_server_is_a_clear_error(local_store: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(GraphError, match="cannot reach the graph store"):
        push_store(local_store, url, timeout=2.0)


@pytest.mark.parametrize(
    ("endpoint", "path", "expected"),
    [
        ("http://h:7878", "/store", "http://h:7878/store"),
        ("http://h:7878/", "/store", "http://h:7878/store"),
        ("http://h:7878/store", "/store", "http://h:7878/store"),
        ("http://h:3030", "/ds/data", "http://h:3030/ds/data"),
        ("https://h/rdf-graphs/service", "", "https://h/rdf-graphs/service"),
    ],
)
def test_push_graph_store_url(endpoint: str, path: str, expected: str) -> None:
    assert graph_store_url(endpoint, path) == expected


def test_push_rejects_a_non_http_endpoint() -> None:
    with pytest.raises(GraphError, match="not an HTTP URL"):
        graph_store_url("localhost:7878")
