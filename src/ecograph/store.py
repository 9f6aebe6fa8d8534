"""The embedded Oxigraph store on disk: one named graph per article, one writer at a time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock
import pyoxigraph as ox

from ecograph.errors import GraphError, StoreLockedError

LOCK_NAME = "ecograph.lock"


def lock_path(store_dir: Path) -> Path:
    """The lock file that keeps a second writer out, beside the store folder."""
    return store_dir.with_name(f".{store_dir.name}.{LOCK_NAME}")


@contextmanager
def open_for_writing(store_dir: Path) -> Iterator[ox.Store]:
    """Open the store for writing, holding its lock; a second writer gets StoreLockedError."""
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(str(lock_path(store_dir)), timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout as e:
        raise StoreLockedError(
            f"the store {store_dir} is being written by another ecograph process",
            fix="wait for it to finish, or use another --store folder",
        ) from e
    try:
        store = _open(store_dir, read_only=False)
        try:
            yield store
            store.flush()
        finally:
            del store
    finally:
        lock.release()


def open_read_only(store_dir: Path) -> ox.Store:
    """Open an existing store for reading.

    Oxigraph documents a read-only open beside a live writer as unsupported: read a
    store when no `ecograph run` is writing it.
    """
    if not store_dir.is_dir():
        raise GraphError(
            f"no store at {store_dir}", fix="run `ecograph run` first, or pass --store DIR"
        )
    return _open(store_dir, read_only=True)


def _open(store_dir: Path, *, read_only: bool) -> ox.Store:
    try:
        return ox.Store.read_only(str(store_dir)) if read_only else ox.Store(str(store_dir))
    except OSError as e:
        raise GraphError(f"cannot open the store {store_dir}: {e}", fix="check the folder") from e


def graph_names(store: ox.Store) -> set[str]:
    """Return the IRIs of the named graphs in the store."""
    return {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}


def triple_count(store: ox.Store) -> int:
    """Return the number of quads in the store."""
    return len(store)


PREFIXES = {
    "eco": "https://w3id.org/ecograph/ontology#",
    "id": "https://w3id.org/ecograph/id/",
    "article": "https://w3id.org/ecograph/article/",
    "graph": "https://w3id.org/ecograph/graph/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": "http://www.wikidata.org/entity/",
}

# File name and pyoxigraph format of each graph output.
GRAPH_FILES = {
    "trig": ("graph.trig", ox.RdfFormat.TRIG),
    "ttl": ("graph.ttl", ox.RdfFormat.TURTLE),
    "jsonld": ("graph.jsonld", ox.RdfFormat.JSON_LD),
    "nq": ("graph.nq", ox.RdfFormat.N_QUADS),
}


def load_graph(store: ox.Store, graph_iri: str, ntriples: bytes) -> None:
    """Replace one article's named graph by the N-Triples given."""
    name = ox.NamedNode(graph_iri)
    store.remove_graph(name)
    store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=name)


def dump_files(store: ox.Store, out_dir: Path, formats: tuple[str, ...]) -> list[Path]:
    """Write the store's graph files atomically.

    TriG, N-Quads and JSON-LD keep one named graph per article; Turtle holds all
    triples merged into one graph.
    """
    from ecograph.fsio import atomic_open

    written = []
    for fmt in formats:
        name, rdf_format = GRAPH_FILES[fmt]
        path = out_dir / name
        with atomic_open(path, "wb", encoding=None) as out:
            if rdf_format.supports_datasets:
                store.dump(out, format=rdf_format, prefixes=_prefixes(rdf_format))  # type: ignore[arg-type]
            else:
                from ecograph.graph import merged_triples

                triples = merged_triples(store)
                ox.serialize(triples, out, format=rdf_format, prefixes=_prefixes(rdf_format))  # type: ignore[arg-type]
        written.append(path)
    return written


def _prefixes(rdf_format: ox.RdfFormat) -> dict[str, str] | None:
    return PREFIXES if rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else None
