"""`ecograph map`: draw the graph as one offline HTML network map."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ecograph.cli.app import app, console, errors_as_exit, warn
from ecograph.errors import GraphError


@app.command("map")
def map_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path(
        "outputs/map.html"
    ),
    store: Annotated[Path | None, typer.Option(help="Oxigraph store folder to read.")] = None,
    graph: Annotated[
        Path | None, typer.Option(help="RDF file to read instead (.trig, .nq, .ttl, ...).")
    ] = None,
    focus: Annotated[
        str | None, typer.Option(help="Draw the network around the entity with this name.")
    ] = None,
    depth: Annotated[int, typer.Option(min=0, help="Hops around --focus.")] = 2,
    query: Annotated[
        Path | None, typer.Option(help="SPARQL SELECT file (.rq) picking ?s ?p ?o or nodes.")
    ] = None,
    types: Annotated[
        list[str] | None,
        typer.Option("--types", help="Keep these types or categories: --types City,Company."),
    ] = None,
    max_nodes: Annotated[
        int | None, typer.Option(min=1, help="Keep the most mentioned nodes, say what is left out.")
    ] = None,
) -> None:
    """Draw the graph as one self-contained HTML page (works offline).

    Reads --store or --graph (default: outputs/store, else outputs/graph.trig). Colour and
    shape show the class, size the number of articles; click a node for its identifiers and
    evidence sentences.

    Example: ecograph map --store outputs/store --out marseille.html --focus Marseille --depth 2
    """
    # Imported here: the map stack (networkx, igraph, numpy) slows every other command.
    from ecograph.query.source import empty_note, open_source
    from ecograph.viz import write_map

    with errors_as_exit():
        opened = open_source(store=store, graph=graph)
        note = empty_note(opened)
        if note:
            warn(note)
        source = opened.store
        summary = write_map(
            source,
            out,
            focus=focus,
            depth=depth,
            types=_split(types) if types else None,
            max_nodes=max_nodes,
            query=_read(query) if query else None,
        )
    console.print(
        f"wrote {summary.path}: {summary.nodes} nodes, {summary.edges} edges "
        f"(graph: {summary.total_nodes} nodes, {summary.total_edges} edges)",
        soft_wrap=True,
    )
    if focus is not None:
        # --focus matches folded names and parts of names: say which entities it took.
        console.print(f"  focus {focus!r}: {', '.join(summary.focus)}", soft_wrap=True)
    for note in summary.notes:
        console.print(f"  {note}", soft_wrap=True)


def _split(values: list[str]) -> list[str]:
    """Accept both --types City --types Company and --types City,Company."""
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise GraphError(
            f"cannot read the query file {path}: {e.strerror}", fix="check the path"
        ) from e
