"""`ecograph serve`: a read-only SPARQL 1.1 Protocol endpoint over the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ecograph.cli.app import app, console, errors_as_exit


@app.command("serve")
def serve_command(
    store: Annotated[Path, typer.Option(help="Oxigraph store folder.")] = Path("outputs/store"),
    host: Annotated[
        str, typer.Option(help="Address to listen on (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 7878,
    timeout: Annotated[float, typer.Option(help="Stop a query after this many seconds.")] = 60.0,
    allow_service: Annotated[bool, typer.Option(help="Allow SERVICE (federated queries).")] = False,
) -> None:
    """Serve the store read-only at http://HOST:PORT/query for any SPARQL client (Ctrl-C stops).

    Runs the Oxigraph server behind a guard that refuses updates, SERVICE and
    writes; the default graph is the union of the articles' graphs. The same
    address opens a query page in a browser. Answers come from the store as it was
    when the server started: after an `ecograph run`, stop and start it again.

    Example: ecograph serve --store outputs/store --port 7878
    """
    from ecograph.serve import Endpoint, serve

    def ready(endpoint: Endpoint) -> None:
        console.print(f"SPARQL endpoint (read-only): {endpoint.url}  (Ctrl-C to stop)")

    with errors_as_exit():
        serve(
            store,
            on_ready=ready,
            host=host,
            port=port,
            timeout=timeout,
            allow_service=allow_service,
        )
