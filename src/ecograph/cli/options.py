"""Options that several commands share, declared once (typer reads the `Annotated` types)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ecograph.cluster import available_cores

Links = Annotated[
    Path | None,
    typer.Option(help="TOML file of forced merges ([[same]]) and splits ([[different]])."),
]
Workers = Annotated[
    int,
    typer.Option(min=1, help="Worker processes for the model (default: the cores available)."),
]
Scheduler = Annotated[
    str | None,
    typer.Option(help="Run the extraction on this dask.distributed scheduler (tcp://HOST:PORT)."),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]

DEFAULT_WORKERS = available_cores()
