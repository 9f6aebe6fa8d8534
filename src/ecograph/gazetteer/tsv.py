"""Read the tab-separated data files shipped in ``gazetteer/data``."""

from __future__ import annotations

from importlib import resources


def read_rows(filename: str) -> list[list[str]]:
    """Return the rows of a data file, without comment lines (``#``) and header."""
    text = resources.files("ecograph.gazetteer").joinpath("data", filename).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    if rows and rows[0][0] == "name":
        rows = rows[1:]
    return rows
