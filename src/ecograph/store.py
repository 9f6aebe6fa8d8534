"""The embedded Oxigraph store on disk: one named graph per article, one writer at a time."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import filelock
import pyoxigraph as ox

from ecograph.errors import GraphError, StoreLockedError

LOCK_NAME = "ecograph.lock"
T = TypeVar("T")
# Quads per bulk load: about 40 MB of Python objects, and few enough RocksDB files.
BATCH_QUADS = 100_000


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


def with_scratch_store(folder: Path, work: Callable[[ox.Store], T]) -> T:
    """Return `work(store)` for a new, empty store in `folder`, deleted afterwards.

    A leftover of a killed run is cleared first. The store is only lent to `work`:
    RocksDB closes its files when the last reference goes, before the folder is removed.
    """
    shutil.rmtree(folder, ignore_errors=True)
    try:
        return _use(_open(folder, read_only=False), work)
    finally:
        gc.collect()
        shutil.rmtree(folder, ignore_errors=True)


def remove(store_dir: Path) -> None:
    """Delete a store folder and its lock file (once nothing holds the store open)."""
    gc.collect()
    shutil.rmtree(store_dir, ignore_errors=True)
    lock_path(store_dir).unlink(missing_ok=True)


def _use(store: ox.Store, work: Callable[[ox.Store], T]) -> T:
    return work(store)


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


def load_graph(store: ox.Store, graph_iri: str, ntriples: bytes) -> None:
    """Replace one article's named graph by the N-Triples given."""
    name = ox.NamedNode(graph_iri)
    store.remove_graph(name)
    store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=name)


def load_graphs(
    store: ox.Store,
    graphs: Iterable[tuple[ox.NamedNode, list[ox.Quad]]],
    *,
    replace: bool = True,
    batch_quads: int = BATCH_QUADS,
) -> int:
    """Load named graphs given as (name, quads) into `store` in batches; return how many.

    Each batch is one bulk load (RocksDB files written beside the store, then added in
    one step): memory holds one batch, never the corpus. With `replace`, a graph
    already in the store is removed first, so re-loading an article never duplicates.
    """
    return sum(1 for _ in loading(store, graphs, replace=replace, batch_quads=batch_quads))


def loading(
    store: ox.Store,
    graphs: Iterable[tuple[ox.NamedNode, list[ox.Quad]]],
    *,
    replace: bool = True,
    batch_quads: int = BATCH_QUADS,
) -> Iterator[tuple[ox.NamedNode, list[ox.Quad]]]:
    """Pass the graphs through, loading them as `load_graphs` does (the last batch
    is loaded when the graphs run out), so that a writer can stream them too."""
    batch: list[ox.Quad] = []
    names: set[ox.NamedNode] = set()
    for name, quads in graphs:
        if name in names or len(batch) >= batch_quads:
            _flush(store, batch, names, replace=replace)
            batch, names = [], set()
        batch.extend(quads)
        names.add(name)
        yield name, quads
    _flush(store, batch, names, replace=replace)


def _flush(
    store: ox.Store, batch: list[ox.Quad], names: set[ox.NamedNode], *, replace: bool
) -> None:
    if replace:
        for name in names:
            store.remove_graph(name)
    if batch:
        store.bulk_extend(batch)
