"""`ecograph evaluate` (first slice; the matching issue fills it in)."""

from __future__ import annotations

from ecograph.cli.app import app, err_console


@app.command("evaluate")
def evaluate_command() -> None:
    """Not built yet.

    Example: ecograph evaluate --help
    """
    err_console.print("ecograph evaluate: not built yet")
    raise SystemExit(2)
