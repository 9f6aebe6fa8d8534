"""`ecograph query`: SPARQL over the graph, from a text, a .rq file or a named query."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ecograph.cli.app import app, console, errors_as_exit, warn


@app.command("query")
def query_command(
    query: Annotated[
        str | None, typer.Argument(help="SPARQL text (SELECT, ASK, CONSTRUCT or DESCRIBE).")
    ] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")
    ] = None,
    name: Annotated[
        str | None, typer.Option("--name", "-n", help="Run a named query (see --list).")
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help=(
                "Bind a variable: key=value (repeatable); a value in angle brackets"
                " or starting with http is an IRI, else a string."
            ),
        ),
    ] = None,
    store: Annotated[
        Path | None, typer.Option(help="Oxigraph store folder (default: outputs/store).")
    ] = None,
    graph: Annotated[
        Path | None, typer.Option(help="Graph file instead of a store (.trig, .ttl, .nq).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="table, csv, tsv, json or turtle.")
    ] = "table",
    timeout: Annotated[
        float, typer.Option(help="Stop the query after this many seconds (0: never).")
    ] = 60.0,
    allow_service: Annotated[bool, typer.Option(help="Allow SERVICE (federated queries).")] = False,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries and exit.")] = False,
) -> None:
    """Ask the graph a question in SPARQL; parameters are bound as values, never pasted in.

    Read-only: updates are refused, and SERVICE unless --allow-service. The default
    graph is the union of the articles' graphs, so a triple told by n articles comes
    n times: use DISTINCT, or GRAPH ?g { ... } to read article by article. Prefixes
    eco:, id:, skos:, rdfs:, prov:, dcterms:... need no PREFIX line.

    Example: ecograph query --name partners --param entity=Marseille
    """
    from ecograph.query.ask import answer, catalogue

    with errors_as_exit():
        if list_:
            console.print(catalogue())
            return
        output = answer(
            text=query,
            file=file,
            name=name,
            params=param or (),
            store=store,
            graph=graph,
            fmt=fmt,
            timeout=timeout,
            allow_service=allow_service,
            on_note=warn,
        )
    if isinstance(output, bytes):
        sys.stdout.buffer.write(output if output.endswith(b"\n") else output + b"\n")
        sys.stdout.flush()
    else:
        console.print(output)
