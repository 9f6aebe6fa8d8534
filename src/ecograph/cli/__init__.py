"""The `ecograph` command line: a thin layer, one function call per command."""

from __future__ import annotations

from ecograph.cli import (  # noqa: F401  (importing registers the commands)
    evaluate,
    export,
    extract,
    map,
    push,
    query,
    run,
    serve,
)
from ecograph.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `ecograph` console script."""
    app()
