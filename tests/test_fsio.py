"""Atomic writes leave the old file whole when a write fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ecograph.fsio import atomic_open, atomic_write_text


def test_fsio_atomic_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    atomic_write_text(target, "un")
    atomic_write_text(target, "deux")
    assert target.read_text() == "deux"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_fsio_failed_write_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    atomic_write_text(target, "ancien contenu")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write("moitié")
        raise RuntimeError("killed")
    assert target.read_text() == "ancien contenu"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_fsio_written_file_has_the_umask_mode(tmp_path: Path) -> None:
    # mkstemp alone would leave 0600: a shared output folder must stay readable by the group.
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "out.txt", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o644
