"""The on-disk Oxigraph store: named graphs replaced per article, one writer at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecograph.errors import GraphError, StoreLockedError
from ecograph.store import (
    graph_names,
    load_graph,
    open_for_writing,
    open_read_only,
    triple_count,
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
