"""`ecograph query` (first slice; the matching issue fills it in)."""

from __future__ import annotations

from ecograph.cli.app import app, err_console


@app.command("query")
def query_command() -> None:
    """Not built yet.

    Example: ecograph query --help
    """
    err_console.print("ecograph query: not built yet")
    raise SystemExit(2)
