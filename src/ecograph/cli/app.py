"""The typer application and the one place where errors become a line and an exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperOption

from ecograph.errors import EcographError, NoInputError

app = typer.Typer(
    name="ecograph",
    help=(
        "Turn French economic news into a knowledge graph you can query and browse.\n\n"
        "Example: ecograph run corpus/ --out outputs/"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


def _no_type_for_flags(self: TyperOption, ctx: Any) -> str | None:
    """Show no value type for an on/off flag: `--force`, not `--force <bool>`."""
    return None if self.is_flag else _display_type_rich(self, ctx)


# typer prints a type column for every option, "<bool>" even for flags that take no value.
_display_type_rich = TyperOption.display_type_rich
TyperOption.display_type_rich = _no_type_for_flags  # type: ignore[method-assign]

err_console = Console(stderr=True, highlight=False)
console = Console(highlight=False)

F = TypeVar("F", bound=Callable[..., object])


def warn(message: str) -> None:
    """Print one warning line on stderr (the command goes on)."""
    err_console.print(f"[yellow]warning:[/] {escape(message)}", markup=True, soft_wrap=True)


def fail(error: EcographError) -> NoReturn:
    """Print one clear line for `error` and exit with its code."""
    err_console.print(f"[bold red]error:[/] {escape(str(error))}", markup=True, soft_wrap=True)
    sys.exit(error.exit_code)


# Exit status after Ctrl-C, as shells report a process killed by SIGINT (128 + 2).
EXIT_INTERRUPTED = 130


@contextmanager
def errors_as_exit(*, interrupted: str = "interrupted") -> Iterator[None]:
    """Turn any `EcographError` raised inside into one line on stderr and an exit code;
    Ctrl-C into the line `interrupted` and exit status 130."""
    try:
        yield
    except KeyboardInterrupt:
        err_console.print(escape(interrupted), soft_wrap=True)
        sys.exit(EXIT_INTERRUPTED)
    except NoInputError as e:
        if e.reported:  # each skipped input already has its line: say nothing twice
            sys.exit(e.exit_code)
        fail(e)
    except EcographError as e:
        fail(e)
