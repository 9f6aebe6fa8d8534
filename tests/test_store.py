"""The on-disk Oxigraph store: named graphs replaced per article, one writer at a time."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from ecograph.errors import GraphError, StoreLockedError
from ecograph.store import (
    graph_names,
    load_graph,
    load_graphs,
    open_for_writing,
    open_read_only,
    triple_count,
    with_scratch_store,
)

G1 = "https://w3id.org/ecograph/graph/a1"


def _nquads(graph: str, *objects: str) -> bytes:
    lines = [f'<https://x.test/s> <https://x.test/p> "{o}" .' for o in objects]
    return ("\n".join(lines) + "\n").encode()


def test_store_replacing_a_graph_does_not_duplicate(tmp_path: Path) -> None:
    with open_for_writing(tmp_path / "store") as db:
        load_graph(db, G1, _nquads(G1, "un", "deux"))
        load_graph(db, G1, _nquads(G1, "trois"))
        assert triple_count(db) == 1
        assert graph_names(db) == {G1}


def test_store_second_writer_gets_a_clear_error(tmp_path: Path) -> None:
    with (
        open_for_writing(tmp_path / "store"),
        pytest.raises(StoreLockedError, match="another ecograph process"),
        open_for_writing(tmp_path / "store"),
    ):
        pass


def test_store_missing_store_is_named(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="no store at"):
        open_read_only(tmp_path / "nope")


def _graph(name: str, *objects: str) -> tuple[ox.NamedNode, list[ox.Quad]]:
    node = ox.NamedNode(name)
    subject, predicate = ox.NamedNode("https://x.test/s"), ox.NamedNode("https://x.test/p")
    return node, [ox.Quad(subject, predicate, ox.Literal(o), node) for o in objects]


def test_store_load_graphs_in_small_batches_keeps_every_graph(tmp_path: Path) -> None:
    names = [f"{G1}-{n}" for n in range(7)]
    with open_for_writing(tmp_path / "store") as db:
        loaded = load_graphs(db, (_graph(n, "un", "deux") for n in names), batch_quads=3)
        assert loaded == 7
        assert graph_names(db) == set(names)
        assert triple_count(db) == 14


def test_store_load_graphs_replaces_a_graph_given_again(tmp_path: Path) -> None:
    with open_for_writing(tmp_path / "store") as db:
        load_graphs(db, [_graph(G1, "un", "deux")])
        # A graph given twice in one call, and again in a later call: the last one wins.
        load_graphs(db, [_graph(G1, "trois"), _graph(G1, "quatre")])
        assert {q.object.value for q in db} == {"quatre"}  # type: ignore[union-attr]
        load_graphs(db, [_graph(G1, "cinq")], replace=False)
        assert triple_count(db) == 2  # without replace, a new graph is only added to


def test_store_scratch_store_starts_empty_and_is_removed(tmp_path: Path) -> None:
    folder = tmp_path / ".scratch"
    assert with_scratch_store(folder, lambda db: load_graphs(db, [_graph(G1, "un")])) == 1
    assert not folder.exists()
    folder.mkdir()
    (folder / "leftover").write_text("killed run", encoding="utf-8")
    assert with_scratch_store(folder, triple_count) == 0
    assert not folder.exists()
