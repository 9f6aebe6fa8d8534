"""The link and RDF stage of `extract` and `run`: records linked across articles,
written, mapped to RDF and loaded into the store, one record at a time.

Nothing here holds the corpus: records are read from and written to JSONL files as a
stream, the linker keeps only its name index, and graphs reach the store in batches.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from ecograph import store
from ecograph.fsio import atomic_open
from ecograph.graph import graph_node, record_quads, sorted_lines, split_quads
from ecograph.linking import Linker, LinksFile
from ecograph.records import Record


def read_records(path: Path) -> Iterator[Record]:
    """Stream the records of a records.jsonl file (none if it does not exist)."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield Record.from_dict(json.loads(line))


def write_jsonl(records: Iterable[Record], path: Path) -> None:
    """Write records to a JSONL file atomically, one line each, as they come."""
    with atomic_open(path) as out:
        for record in records:
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


def link_into(
    raw: Path,
    db: ox.Store,
    records_out: Path,
    *,
    links: LinksFile,
    state: dict[str, str] | None,
    merges_out: Path | None = None,
    split_to: tuple[Path, Path] | None = None,
) -> int:
    """Link the records of `raw` across articles, write them to `records_out` (and the
    merge log to `merges_out`) and load each article's graph into `db`; return the
    number of merges.

    Streamed: the linker keeps only its name index, each record is written and mapped
    as it is read, and graphs go to the store in batches. With `state` (article id ->
    digest of its graph), only graphs that changed are replaced; without, `db` is new
    and every graph is loaded. With `split_to` (two N-Quads files, for a new `db`),
    every graph is written to the first, the articles' own quads to the second, and
    only the quads that may merge across articles go to the store (see
    `graph.split_quads`): the graph files are then made from the three.
    """
    linker = Linker(links=links).learn(read_records(raw))
    merges = 0
    with atomic_open(records_out) as out, _optional_open(merges_out) as log:

        def changed() -> Iterator[tuple[ox.NamedNode, list[ox.Quad]]]:
            nonlocal merges
            for record in read_records(raw):
                record, made = linker.link(record)
                merges += len(made)
                for merge in made:
                    log.write(json.dumps(merge.to_dict(), ensure_ascii=False) + "\n")
                out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
                quads = record_quads(record)
                if state is not None:
                    digest = _digest(quads)
                    if state.get(record.document.id) == digest:
                        continue
                    state[record.document.id] = digest
                yield graph_node(record.document.id), quads

        graphs = changed() if split_to is None else _split(changed(), split_to)
        store.load_graphs(db, graphs, replace=state is not None)
    return merges


def _split(
    graphs: Iterable[tuple[ox.NamedNode, list[ox.Quad]]], paths: tuple[Path, Path]
) -> Iterator[tuple[ox.NamedNode, list[ox.Quad]]]:
    """Write every graph, and its own part, to two N-Quads files; pass on the rest."""
    with (
        atomic_open(paths[0], "wb", encoding=None) as every,
        atomic_open(paths[1], "wb", encoding=None) as own_out,
    ):
        for name, quads in graphs:
            own, shared = split_quads(quads)
            every.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))  # type: ignore[arg-type]
            own_out.write(ox.serialize(own, format=ox.RdfFormat.N_QUADS))  # type: ignore[arg-type]
            yield name, shared


def _digest(quads: list[ox.Quad]) -> str:
    """The digest of a graph's canonical N-Quads: equal graphs, equal digests."""
    return hashlib.sha256(
        sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    ).hexdigest()


@contextmanager
def _optional_open(path: Path | None) -> Iterator[IO[str]]:
    """Open `path` atomically for writing, or a sink that forgets what it is given."""
    if path is None:
        yield io.StringIO()  # extract keeps no merge log, only the count
        return
    with atomic_open(path) as handle:
        yield handle
