"""Where queries read from: the Oxigraph store folder, or a graph file loaded in memory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ecograph.errors import EcographError, QueryError

DEFAULT_STORE = Path("outputs/store")
DEFAULT_GRAPH = Path("outputs/graph.trig")
MERGED_GRAPH = "https://w3id.org/ecograph/graph/merged"


@dataclass(frozen=True)
class Source:
    """An opened graph: `kind` is "store" (a folder) or "graph" (a file), `path` where it lives."""

    kind: str
    path: Path
    store: ox.Store = field(repr=False, compare=False)


def open_source(*, store: Path | str | None = None, graph: Path | str | None = None) -> Source:
    """Open a store folder (read-only) or load a graph file.

    Default: outputs/store if it exists, else outputs/graph.trig.
    Example: `open_source(store="outputs/store")`.
    """
    if store is not None and graph is not None:
        raise QueryError("give either a store or a graph file, not both", fix="drop one of them")
    if store is not None:
        return _open_store(Path(store))
    if graph is not None:
        return _load_graph(Path(graph))
    if DEFAULT_STORE.is_dir():
        return _open_store(DEFAULT_STORE)
    if DEFAULT_GRAPH.is_file():
        return _load_graph(DEFAULT_GRAPH)
    raise QueryError(
        f"nothing to query: neither {DEFAULT_STORE}/ nor {DEFAULT_GRAPH} exists",
        fix="run `ecograph run corpus/ --out outputs/` first, or pass --store DIR or --graph FILE",
    )


_HAS_ARTICLE = (
    "ASK { { ?a a <https://w3id.org/ecograph/ontology#Article> } "
    "UNION { GRAPH ?g { ?a a <https://w3id.org/ecograph/ontology#Article> } } }"
)


def empty_note(source: Source) -> str | None:
    """Say so in one line when a store holds no article (no run has filled it).

    A graph file is any RDF the user chose to read: it is not checked.
    """
    if source.kind != "store" or source.store.query(_HAS_ARTICLE):
        return None
    return (
        f"the store {source.path} holds no article: every answer will be empty "
        "(fill it with `ecograph run corpus/ --out outputs/`)"
    )


def _open_store(path: Path) -> Source:
    from ecograph.store import open_read_only

    if not path.is_dir():
        raise QueryError(
            f"no store at {path}",
            fix="run `ecograph run corpus/ --out outputs/` first, or pass the folder with --store",
        )
    try:
        return Source("store", path, open_read_only(path))
    except EcographError as e:
        raise QueryError(f"cannot open the store {path}: {e.message}", fix=e.fix) from e


def _load_graph(path: Path) -> Source:
    if not path.is_file():
        raise QueryError(
            f"no graph file at {path}",
            fix="pass a .trig, .ttl, .nq, .nt or .jsonld file written by `ecograph run`",
        )
    rdf_format = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    if rdf_format is None:
        raise QueryError(
            f"cannot tell the RDF format of {path}", fix="use .trig, .ttl, .nq, .nt or .jsonld"
        )
    store = ox.Store()
    # Named queries read facts article by article (GRAPH ?g): a merged file with no
    # named graphs (.ttl, .nt) is loaded as one graph, so they still find them.
    graph = None if rdf_format.supports_datasets else ox.NamedNode(MERGED_GRAPH)
    try:
        store.bulk_load(path=str(path), format=rdf_format, to_graph=graph)
    except (SyntaxError, ValueError, OSError) as e:
        first = " ".join(str(e).split())[:200]
        raise QueryError(f"cannot read the graph file {path}: {first}", fix="regenerate it") from e
    return Source("graph", path, store)
