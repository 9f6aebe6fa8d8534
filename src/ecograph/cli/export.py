"""`ecograph export`: the entity network as GraphML, GEXF or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ecograph.cli.app import app, console, errors_as_exit, warn


@app.command("export")
def export_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write (a folder for csv).")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="One of: graphml, gexf, csv.")
    ] = "graphml",
    store: Annotated[Path | None, typer.Option(help="Oxigraph store folder to read.")] = None,
    graph: Annotated[
        Path | None, typer.Option(help="RDF file to read instead (.trig, .nq, .ttl, ...).")
    ] = None,
) -> None:
    """Export the entity network for Gephi (graphml, gexf) or a spreadsheet (csv).

    Reads --store or --graph (default: outputs/store, else outputs/graph.trig). csv writes
    OUT/nodes.csv and OUT/edges.csv; cells a spreadsheet would run as a formula start with a
    quote.

    Example: ecograph export --format gexf --store outputs/store --out outputs/graph.gexf
    """
    from ecograph.export import export_graph  # the map stack is slow to import
    from ecograph.query.source import empty_note, open_source

    with errors_as_exit():
        opened = open_source(store=store, graph=graph)
        note = empty_note(opened)
        if note:
            warn(note)
        source = opened.store
        paths = export_graph(source, out, fmt=fmt)
    for path in paths:
        console.print(f"wrote {path}", soft_wrap=True)
