"""`ecograph evaluate`: score extraction records against hand-made gold files."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ecograph.cli.app import app, console, err_console, errors_as_exit
from ecograph.evaluation import error_lines, evaluate_files, report_tables


class OutputFormat(StrEnum):
    """How the scores are printed."""

    table = "table"
    json = "json"


@app.command("evaluate")
def evaluate_command(
    records: Annotated[Path, typer.Argument(help="records.jsonl written by `ecograph extract`.")],
    gold: Annotated[
        Path, typer.Option("--gold", help="A *.gold.json file or a directory of them.")
    ],
    output: Annotated[
        OutputFormat, typer.Option("--format", help="table for people, json for scripts.")
    ] = OutputFormat.table,
    show_errors: Annotated[
        bool,
        typer.Option(
            "--show-errors/--no-show-errors",
            help="List misses, false hits and matched facts with a wrong attribute.",
        ),
    ] = True,
) -> None:
    """Print precision, recall and F1 per entity category and relation type.

    Example: ecograph evaluate outputs/eval/records.jsonl --gold ../shared/gold/
    """
    with errors_as_exit():
        report = evaluate_files(records, gold)
    for path in report.unmatched_gold:
        err_console.print(f"warning: {path} names no document of {records}; skipped")
    if output is OutputFormat.json:
        typer.echo(json.dumps(report.to_dict(errors=show_errors), ensure_ascii=False, indent=2))
        return
    for table in report_tables(report):
        console.print(table)
    if show_errors:
        for line in error_lines(report):
            console.print(line, markup=False, soft_wrap=True)
