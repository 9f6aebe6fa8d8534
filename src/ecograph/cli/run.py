"""`ecograph run`: the main job, corpus to graph, store and map."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ecograph.cli.app import app, errors_as_exit
from ecograph.cli.options import DEFAULT_WORKERS, Links, Quiet, Scheduler, Workers
from ecograph.cli.progress import INTERRUPTED, finish, progress_reporter
from ecograph.pipeline import run


@app.command("run")
def run_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Articles: folders, .txt/.md/.html/.jsonl files (default: corpus/).",
            show_default=False,
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    store: Annotated[
        Path | None, typer.Option(help="Oxigraph store folder (default: OUT/store).")
    ] = None,
    links: Links = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-extract articles already in the store.")
    ] = False,
    workers: Workers = DEFAULT_WORKERS,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Extract entities and relations, build the graph and the store, and draw the map.

    Writes OUT/records.jsonl, OUT/merges.jsonl, OUT/graph.trig, OUT/graph.ttl, OUT/store/
    and OUT/map.html. Running again only extracts new or changed articles; the store
    keeps one named graph per article, replaced when the article is re-run.
    With --scheduler, the articles go in batches to the workers of a dask.distributed
    cluster (each loads the model once) and the records come back here.
    Exit status: 0 when every input was used, 4 when some were skipped (each named on stderr),
    2 when no article was found, 130 after Ctrl-C (the previous outputs are kept).

    Example: ecograph run corpus/ --out outputs/
    """
    with errors_as_exit(interrupted=INTERRUPTED), progress_reporter(quiet=quiet) as reporter:
        summary = run(
            paths or [Path("corpus")],
            out,
            store_dir=store,
            links_path=links,
            reporter=reporter,
            workers=workers,
            scheduler=scheduler,
            force=force,
        )
    finish(summary)
