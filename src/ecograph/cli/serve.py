"""`ecograph serve` (first slice; the matching issue fills it in)."""

from __future__ import annotations

from ecograph.cli.app import app, err_console


@app.command("serve")
def serve_command() -> None:
    """Not built yet.

    Example: ecograph serve --help
    """
    err_console.print("ecograph serve: not built yet")
    raise SystemExit(2)
