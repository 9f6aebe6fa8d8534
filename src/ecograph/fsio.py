"""Atomic file writes: a killed run leaves the previous file whole, never half-written."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def _umask() -> int:
    """The process's umask (read by setting it, then putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_open(
    path: Path, mode: str = "w", *, encoding: str | None = "utf-8"
) -> Iterator[IO[str]]:
    """Open a temporary file beside `path`; on success it replaces `path` in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file 0600; outputs get the mode any new file gets under the umask.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)  # os.replace: atomic on POSIX
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` to `path` atomically."""
    with atomic_open(path) as handle:
        handle.write(text)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_open(path, "wb", encoding=None) as handle:
        handle.write(data)  # type: ignore[arg-type]


# What a killed run leaves in an output folder: the temporary twins of our own outputs
# (".records.jsonl.k3j9_x2a.tmp", from `atomic_open`) and the run's intermediate files.
# Only these names: anything else in the folder belongs to the user.
_OURS = (
    r"(?:records\.jsonl|merges\.jsonl|map\.html|graph\.[a-z]+|\.records\.(?:new|raw)\.jsonl"
    r"|\.graph\.(?:all|own)\.nq\.tmp|\.[\w.-]+\.state\.json)"
)
_STALE = re.compile(rf"\.{_OURS}\.[a-z0-9_]{{8}}\.tmp|\.graph\.(?:all|own)\.nq\.tmp")


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete the temporary files a killed ecograph run left in `folder`; return them.

    Call it only while no other ecograph process writes to `folder`.
    """
    if not folder.is_dir():
        return []
    stale = [p for p in folder.iterdir() if p.is_file() and _STALE.fullmatch(p.name)]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale
