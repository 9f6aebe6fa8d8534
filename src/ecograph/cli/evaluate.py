"""`ecograph evaluate`: score extraction records against hand-made gold files."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ecograph.cli.app import app, console, err_console, errors_as_exit
from ecograph.evaluate import Report, Score, evaluate_files


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
        bool, typer.Option("--show-errors/--no-show-errors", help="List misses and false hits.")
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
    console.print(_table("Entities", "category", report.entities, report.entity_overall))
    console.print(_table("Relations", "type", report.relations, report.relation_overall))
    if show_errors:
        _print_errors(report)


def _table(title: str, heading: str, scores: tuple[Score, ...], overall: Score) -> Table:
    table = Table(title=title, title_justify="left")
    for column in (heading, "P", "R", "F1", "TP", "FP", "FN", "attributes"):
        table.add_column(column, justify="left" if column in (heading, "attributes") else "right")
    for score in scores:
        table.add_row(*_row(score))
    table.add_row(*_row(overall), style="bold", end_section=True)
    return table


def _row(score: Score) -> tuple[str, ...]:
    attributes = " ".join(f"{name} {ok}/{n}" for name, ok, n in score.attributes)
    figures = (f"{score.precision:.2f}", f"{score.recall:.2f}", f"{score.f1:.2f}")
    counts = (str(score.tp), str(score.fp), str(score.fn))
    return (score.kind, *figures, *counts, attributes)


def _print_errors(report: Report) -> None:
    for score in (*report.entities, *report.relations):
        for label in score.misses:
            console.print(f"{score.kind}  missed  {label}", markup=False)
        for label in score.false_hits:
            console.print(f"{score.kind}  false   {label}", markup=False)
