"""A rich progress bar and the run summary, shared by `run` and `extract`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ecograph.cli.app import console, err_console
from ecograph.errors import InputError
from ecograph.pipeline import Reporter, RunSummary
from ecograph.records import Record

# Exit status of `run` and `extract` when some inputs were skipped but the rest was done.
EXIT_SKIPPED = 4
# Atomic writes: an interrupted run replaced none of the previous outputs.
INTERRUPTED = "interrupted: previous outputs kept"


@contextmanager
def progress_reporter(*, quiet: bool = False) -> Iterator[Reporter]:
    """Yield a Reporter that draws a progress bar on stderr and prints each problem once."""
    progress = Progress(
        TextColumn("[bold]extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        # Off a terminal rich cannot redraw a bar; it would only leave a blank line on stderr.
        disable=quiet or not err_console.is_terminal,
    )
    task = progress.add_task("extract", total=None)

    def problem(error: InputError) -> None:
        # Article text, titles and file names are data: escape them, never read them as markup.
        label = "[cyan]note:[/]" if error.is_warning else "[yellow]skipped:[/]"
        progress.console.print(f"{label} {escape(str(error))}", markup=True, soft_wrap=True)

    def article(record: Record) -> None:
        progress.advance(task)

    def unchanged() -> None:
        progress.advance(task)

    def start(total: int) -> None:
        progress.update(task, total=total)

    with progress:
        yield Reporter(
            on_problem=problem, on_start=start, on_article=article, on_unchanged=unchanged
        )


def finish(summary: RunSummary) -> None:
    """Print what was read, found and written; exit with EXIT_SKIPPED when inputs were skipped."""
    table = Table(title="ecograph summary", show_header=True, header_style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles read", str(summary.articles))
    table.add_row("articles unchanged (not re-extracted)", str(summary.unchanged))
    if summary.replaced:
        table.add_row("articles replaced (same id, other source)", str(summary.replaced))
    table.add_row("inputs skipped", str(summary.skipped))
    table.add_row("cross-article merges", str(summary.merges))
    for category, n in sorted(summary.entities.items()):
        table.add_row(f"entities: {category}", str(n))
    for rel_type, n in sorted(summary.relations.items()):
        table.add_row(f"relations: {rel_type}", str(n))
    console.print(table)
    for path in summary.files:
        console.print(f"wrote {escape(str(path))}")
    if summary.skipped:
        raise typer.Exit(EXIT_SKIPPED)
