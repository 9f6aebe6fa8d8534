"""`ecograph serve`: a real SPARQL client over HTTP; updates, SERVICE and writes are refused.

The store holds the hand-made fixture of `tests/data/query/` (invented firms and people).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from ecograph.errors import QueryError
from ecograph.query import named_queries, open_source, run_named
from ecograph.serve import free_port, running
from test_query_named import build_fixture

ECOGRAPH = str(Path(sys.executable).parent / "ecograph")
COUNT = (
    "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <https://w3id.org/ecograph/ontology#Company> }"
)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture(tmp_path_factory.mktemp("serve"))[1]


@pytest.fixture(scope="module")
def endpoint(store_dir: Path) -> Iterator[str]:
    """`ecograph serve` started as a user would, on a free loopback port."""
    port = free_port()
    command = [ECOGRAPH, "serve", "--store", str(store_dir), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # printed once the endpoint answers
        assert "read-only" in line, (line, process.stderr.read() if process.stderr else "")
        yield f"http://127.0.0.1:{port}/query"
    finally:
        process.terminate()
        process.wait(timeout=10)


def client(url: str, text: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url, updateEndpoint=url)
    sparql.setQuery(text)
    sparql.setReturnFormat(JSON)
    return sparql


def count_companies(url: str) -> int:
    answer = client(url, COUNT).queryAndConvert()
    return int(answer["results"]["bindings"][0]["n"]["value"])  # type: ignore[index,call-overload]


def test_serve_answers_a_sparql_client(endpoint: str) -> None:
    assert count_companies(endpoint) == 3


def test_serve_named_query_over_http_gives_the_local_rows(endpoint: str, store_dir: Path) -> None:
    text = named_queries()["companies-by-sector"].text
    answer = client(endpoint, text).queryAndConvert()
    remote = {b["company"]["value"] for b in answer["results"]["bindings"]}  # type: ignore[index,call-overload]
    local = {r["company"] for r in run_named(open_source(store=store_dir), "companies-by-sector")}
    assert remote == local == {"Hydrolia", "Vertiga", "Kestrel Labs"}


def test_serve_refuses_an_update_from_a_sparql_client(endpoint: str) -> None:
    sparql = client(
        endpoint,
        "INSERT DATA { <http://example.org/a> a <https://w3id.org/ecograph/ontology#Company> }",
    )
    sparql.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as refused:
        sparql.query()
    assert refused.value.code == 403
    assert b"updates are refused" in refused.value.read()
    assert count_companies(endpoint) == 3


@pytest.mark.parametrize(
    ("method", "path", "data", "kind"),
    [
        ("POST", "/update", b"update=DROP%20ALL", "application/x-www-form-urlencoded"),
        ("POST", "/query", b"DROP ALL", "application/sparql-update"),
        ("PUT", "/store?default", b"<http://a> <http://b> <http://c> .", "application/n-triples"),
        ("DELETE", "/store?default", b"", "text/plain"),
    ],
)
def test_serve_refuses_writes(
    endpoint: str, method: str, path: str, data: bytes, kind: str
) -> None:
    url = endpoint.removesuffix("/query") + path
    request = urllib.request.Request(url, data, method=method, headers={"Content-Type": kind})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    assert count_companies(endpoint) == 3


def test_serve_refuses_service_before_any_connection(endpoint: str) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
        with pytest.raises(urllib.error.HTTPError) as refused:
            client(endpoint, text).query()
        assert refused.value.code == 403 and b"SERVICE" in refused.value.read()
        with pytest.raises(TimeoutError):
            listener.accept()


def test_serve_malformed_query_gets_400_with_position(endpoint: str) -> None:
    url = endpoint + "?query=" + urllib.request.quote("SELECT * WHERE { ?s ?p }")
    with pytest.raises(urllib.error.HTTPError) as bad:
        urllib.request.urlopen(url, timeout=10)
    assert bad.value.code == 400 and b"1:" in bad.value.read()


def test_serve_stops_a_query_that_runs_too_long(tmp_path: Path) -> None:
    store = ox.Store(str(tmp_path / "big"))
    p, g = ox.NamedNode("http://example.org/p"), ox.NamedNode("http://example.org/g")
    store.extend(
        ox.Quad(ox.NamedNode(f"http://example.org/{i}"), p, ox.Literal(str(i)), g)
        for i in range(3000)
    )
    del store
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    with (
        running(tmp_path / "big", port=free_port(), timeout=1) as live,
        pytest.raises(urllib.error.HTTPError) as stopped,
    ):
        urllib.request.urlopen(live.url + "?query=" + urllib.request.quote(cross), timeout=60)
    assert stopped.value.code == 503 and b"query stopped" in stopped.value.read()


def test_serve_stops_the_oxigraph_server_on_exit(store_dir: Path) -> None:
    with running(store_dir, port=free_port()) as live:
        assert count_companies(live.url) == 3
        backend = live.backend
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{backend}/query?query=ASK%7B%7D", timeout=2)


def test_serve_missing_store_is_one_error_line(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no store at"), running(tmp_path / "nowhere"):
        pass
    done = subprocess.run(
        [ECOGRAPH, "serve", "--store", str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("error: no store at") and len(done.stderr.splitlines()) == 1
