"""`ecograph push`: send the store's article graphs to a Graph Store Protocol server."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ecograph.cli.app import app, console, errors_as_exit
from ecograph.push import DEFAULT_GRAPH_STORE_PATH, push_store


@app.command("push")
def push_command(
    endpoint: Annotated[
        str, typer.Option(help="The server, http://HOST:PORT (or its graph store URL).")
    ],
    store: Annotated[Path, typer.Option(help="Oxigraph store folder.")] = Path("outputs/store"),
    graph_store_path: Annotated[
        str,
        typer.Option(help="Path of the Graph Store Protocol service (Fuseki: /DATASET/data)."),
    ] = DEFAULT_GRAPH_STORE_PATH,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each request.")] = 60.0,
) -> None:
    """Send each article's named graph to a SPARQL 1.1 Graph Store Protocol server.

    One HTTP PUT per graph (?graph=IRI): the server replaces that graph, so pushing
    again updates, never duplicates.

    `ecograph serve` (port 7878) is read-only and refuses writes: push to a writable
    server, e.g. `oxigraph serve --location shared-db --bind localhost:7879` (path /store,
    the default), or Fuseki with --graph-store-path /DATASET/data.

    Example: ecograph push --store outputs/store --endpoint http://localhost:7879
    """
    with errors_as_exit():
        summary = push_store(store, endpoint, graph_store_path=graph_store_path, timeout=timeout)
    console.print(f"pushed {summary.graphs} graphs ({summary.triples} triples) to {endpoint}")
