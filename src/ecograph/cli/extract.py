"""`ecograph extract`: articles to records.jsonl and graph files, no store, no map."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ecograph.cli.app import app, errors_as_exit
from ecograph.cli.options import DEFAULT_WORKERS, Links, Quiet, Scheduler, Workers
from ecograph.cli.progress import INTERRUPTED, finish, progress_reporter
from ecograph.pipeline import extract


class Format(StrEnum):
    jsonl = "jsonl"
    trig = "trig"
    ttl = "ttl"
    jsonld = "jsonld"
    nq = "nq"


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Articles: folders, .txt/.md/.html/.jsonl files.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")],
    formats: Annotated[
        list[Format] | None,
        typer.Option("--format", "-f", help="Output formats (repeat). Default: jsonl, trig, ttl."),
    ] = None,
    links: Links = None,
    workers: Workers = DEFAULT_WORKERS,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Extract records (the JSONL contract) and RDF files from articles.

    With --scheduler, the articles go in batches to the workers of a dask.distributed
    cluster (each loads the model once) and the records come back here.

    Example: ecograph extract corpus/ --out outputs/eval --format jsonl --format jsonld
    """
    chosen = [f.value for f in formats] if formats else ["jsonl", "trig", "ttl"]
    with errors_as_exit(interrupted=INTERRUPTED), progress_reporter(quiet=quiet) as reporter:
        summary = extract(
            paths,
            out,
            formats=chosen,
            links_path=links,
            reporter=reporter,
            workers=workers,
            scheduler=scheduler,
        )
    finish(summary)
