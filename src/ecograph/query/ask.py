"""What `ecograph query` does, as one function: pick the query, open the source, run, format."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from rich.table import Table
from rich.text import Text

from ecograph.errors import QueryError
from ecograph.query.execute import run_query
from ecograph.query.library import check_params, get_named, named_queries
from ecograph.query.output import FORMATS, render
from ecograph.query.params import parse_params
from ecograph.query.source import empty_note, open_source


def answer(
    *,
    text: str | None = None,
    file: Path | None = None,
    name: str | None = None,
    params: Sequence[str] = (),
    store: Path | None = None,
    graph: Path | None = None,
    fmt: str = "table",
    timeout: float | None = None,
    allow_service: bool = False,
    on_note: Callable[[str], None] | None = None,
) -> bytes | Table:
    """Run one query given as text, a .rq file or a name; return the formatted result.

    A note (the store holds no article) goes to `on_note`.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}", fix=f"use one of {', '.join(FORMATS)}")
    bound = parse_params(params)
    if sum(x is not None for x in (text, file, name)) != 1:
        raise QueryError(
            "give exactly one query: a SPARQL text, --file F.rq or --name NAME",
            fix="see `ecograph query --list` for the named queries",
        )
    named = get_named(name) if name is not None else None
    if named is not None:
        check_params(named, bound)
    query_text = named.text if named is not None else _read(file) if file else str(text)
    source = open_source(store=store, graph=graph)
    note = empty_note(source)
    if note and on_note is not None:
        on_note(note)
    result = run_query(
        source, query_text, params=bound, timeout=timeout, allow_service=allow_service
    )
    hide = [p.name for p in named.params] if named is not None else list(bound)
    return render(result, fmt, hide=hide, hide_ids=named is not None)


def catalogue() -> Table:
    """Return the named queries as a table: name, parameters and description."""
    grid = Table("name", "parameters", "description", caption="name? = optional")
    for query in named_queries().values():
        params = " ".join(p.name if p.required else f"{p.name}?" for p in query.params)
        grid.add_row(Text(query.name), Text(params), Text(query.description))
    return grid


def _read(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"cannot read {file}: {e}", fix="pass a UTF-8 .rq file") from e
