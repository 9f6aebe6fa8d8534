"""The `ecograph` command line: a thin layer, one function call per command."""

from __future__ import annotations

from ecograph.cli import evaluate, extract, map, query, run, serve  # noqa: F401  (registers)
from ecograph.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `ecograph` console script."""
    app()
