"""Push the store's named graphs to a SPARQL 1.1 Graph Store Protocol server.

Each graph goes with one HTTP PUT to `<graph store URL>?graph=<graph IRI>`: the server
replaces that graph with the body, so pushing twice leaves the same data, never a
duplicate, and an article re-run here replaces its graph there. Works with any Graph
Store Protocol server (Oxigraph `/store`, Fuseki `/<dataset>/data`, GraphDB, ...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox

from ecograph import store
from ecograph.errors import GraphError

N_TRIPLES = "application/n-triples"
DEFAULT_GRAPH_STORE_PATH = "/store"


@dataclass
class PushSummary:
    """What a push sent."""

    graphs: int = 0
    triples: int = 0


def graph_store_url(endpoint: str, graph_store_path: str = DEFAULT_GRAPH_STORE_PATH) -> str:
    """The Graph Store Protocol URL: `endpoint` plus the path, unless it already ends so."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GraphError(
            f"not an HTTP URL: {endpoint!r}", fix="give the server as http://HOST:PORT"
        )
    path = "/" + graph_store_path.strip("/") if graph_store_path.strip("/") else ""
    base = endpoint.rstrip("/")
    return base if not path or parts.path.rstrip("/").endswith(path) else base + path


def push_store(
    store_dir: Path,
    endpoint: str,
    *,
    graph_store_path: str = DEFAULT_GRAPH_STORE_PATH,
    timeout: float = 60.0,
    on_graph: Callable[[str, int], None] | None = None,
) -> PushSummary:
    """PUT every named graph of the store at `store_dir` to the server at `endpoint`."""
    url = graph_store_url(endpoint, graph_store_path)
    db = store.open_read_only(store_dir)
    summary = PushSummary()
    with httpx.Client(timeout=timeout) as client:
        for name, body, count in _graphs(db):
            _put(client, url, name, body)
            summary.graphs += 1
            summary.triples += count
            if on_graph:
                on_graph(name, count)
    return summary


def _graphs(db: ox.Store) -> Iterator[tuple[str, bytes, int]]:
    """Yield (graph IRI, N-Triples body, triple count) per named graph, in IRI order."""
    names = sorted(g.value for g in db.named_graphs() if isinstance(g, ox.NamedNode))
    for name in names:
        triples = [q.triple for q in db.quads_for_pattern(None, None, None, ox.NamedNode(name))]
        yield name, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", len(triples)


def _put(client: httpx.Client, url: str, graph: str, body: bytes) -> None:
    try:
        response = client.put(
            url, params={"graph": graph}, content=body, headers={"Content-Type": N_TRIPLES}
        )
    except httpx.HTTPError as e:
        raise GraphError(
            f"cannot reach the graph store at {url}: {e}",
            fix="check that the server runs and the URL (and --graph-store-path) is right",
        ) from e
    if response.status_code >= 400:
        raise GraphError(
            f"the graph store at {url} refused graph {graph}: "
            f"HTTP {response.status_code} {response.text[:200]}",
            fix="check that the endpoint accepts Graph Store Protocol writes (PUT)",
        )
