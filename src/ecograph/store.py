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
    """Open an existing store for reading (safe while a writer is at work)."""
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


def replace_graph(store: ox.Store, graph_iri: str, nquads: bytes) -> None:
    """Replace one article's named graph by the N-Quads given (all in that graph)."""
    name = ox.NamedNode(graph_iri)
    store.remove_graph(name)
    store.load(nquads, format=ox.RdfFormat.N_QUADS)


def graph_names(store: ox.Store) -> set[str]:
    """Return the IRIs of the named graphs in the store."""
    return {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}


def triple_count(store: ox.Store) -> int:
    """Return the number of quads in the store."""
    return len(store)
