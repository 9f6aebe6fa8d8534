"""`ecograph map` (first slice; the matching issue fills it in)."""

from __future__ import annotations

from ecograph.cli.app import app, err_console


@app.command("map")
def map_command() -> None:
    """Not built yet.

    Example: ecograph map --help
    """
    err_console.print("ecograph map: not built yet")
    raise SystemExit(2)
