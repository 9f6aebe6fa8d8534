"""Results as Python rows, a readable table, CSV/TSV, SPARQL JSON results or Turtle."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
from rich.table import Table
from rich.text import Text

from ecograph.errors import QueryError
from ecograph.query.execute import JSON, QueryResult
from ecograph.store import PREFIXES

FORMATS = ("table", "csv", "tsv", "json", "turtle")
WIDE = 8  # more columns than this: the table shows one block per row
_RESULTS_FORMAT = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
_NUMBERS: dict[str, type] = {
    "http://www.w3.org/2001/XMLSchema#integer": int,
    "http://www.w3.org/2001/XMLSchema#decimal": float,
    "http://www.w3.org/2001/XMLSchema#double": float,
    "http://www.w3.org/2001/XMLSchema#float": float,
}
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
# Turtle would escape the "/" of ids (`id:org\/x`): keep prefixes for vocabularies only.
_TURTLE_PREFIXES = {k: v for k, v in PREFIXES.items() if k not in ("id", "article", "graph")}


def solutions(result: QueryResult) -> ox.QuerySolutions | ox.QueryBoolean:
    """Parse the result data back into pyoxigraph solutions (or a boolean for ASK)."""
    return ox.parse_query_results(result.data, format=JSON)


def rows(result: QueryResult) -> list[dict[str, Any]]:
    """Return SELECT results as dicts of plain values: IRI/text as str, numbers as numbers."""
    if result.kind == "graph":
        raise QueryError("a CONSTRUCT/DESCRIBE gives triples, not rows", fix="use SELECT")
    parsed = solutions(result)
    if isinstance(parsed, ox.QueryBoolean):
        return [{"boolean": bool(parsed)}]
    names = [v.value for v in parsed.variables]
    return [{n: plain(s[n]) for n in names} for s in parsed]


def plain(term: object) -> Any:
    """Return a term as a plain Python value (None when unbound)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        kind = _NUMBERS.get(term.datatype.value)
        if kind is not None:
            try:
                return kind(term.value)
            except (ValueError, ArithmeticError):
                return term.value
        return term.value == "true" if term.datatype.value == _BOOLEAN else term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return getattr(term, "value", str(term))


def render(
    result: QueryResult, fmt: str, *, hide: Iterable[str] = (), hide_ids: bool = False
) -> bytes | Table:
    """Return the result in `fmt`: a rich Table for "table" on SELECT, else bytes.

    The table leaves out the `hide` columns, and with `hide_ids` the `...Id` columns
    (IRIs, kept in CSV/TSV/JSON) so that names stay readable.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}", fix=f"use one of {', '.join(FORMATS)}")
    if result.kind == "graph":
        return _graph_bytes(result, fmt)
    if fmt == "json":
        return result.data
    if fmt in _RESULTS_FORMAT:
        return solutions(result).serialize(format=_RESULTS_FORMAT[fmt]) or b""
    if result.kind == "ask":
        return b"yes\n" if bool(solutions(result)) else b"no\n"
    if fmt == "turtle":
        raise QueryError("a SELECT gives rows, not triples", fix="use --format table, csv or json")
    return table(result, hide=hide, hide_ids=hide_ids)


def table(result: QueryResult, *, hide: Iterable[str] = (), hide_ids: bool = False) -> Table:
    """Return SELECT results as a rich Table, IRIs shortened with the usual prefixes."""
    parsed = solutions(result)
    assert isinstance(parsed, ox.QuerySolutions)
    hidden = set(hide)
    names = [v.value for v in parsed.variables if v.value not in hidden]
    names = [n for n in names if not (hide_ids and n.endswith("Id"))]
    found = [[Text(short(solution[n])) for n in names] for solution in parsed]
    # Many columns squeeze every cell to a few letters: show one block per row instead.
    grid = _vertical(names, found) if len(names) > WIDE else _horizontal(names, found)
    grid.caption = f"{len(found)} row{'s' if len(found) != 1 else ''}"
    grid.caption_justify = "left"
    return grid


def _horizontal(names: list[str], found: list[list[Text]]) -> Table:
    grid = Table()
    for name in names:
        grid.add_column(name, overflow="fold")
    for cells in found:
        # Text cells: a value like "[red]" is data, never rich markup.
        grid.add_row(*cells)
    return grid


def _vertical(names: list[str], found: list[list[Text]]) -> Table:
    grid = Table("field", "value", show_lines=False)
    for index, cells in enumerate(found):
        if index:
            grid.add_section()
        for name, cell in zip(names, cells, strict=True):
            grid.add_row(Text(name), cell)
    return grid


def short(term: object) -> str:
    """Return a term for display: `prefix:name` for known IRIs, the text of literals."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, base in PREFIXES.items():
            if term.value.startswith(base) and len(term.value) > len(base):
                return f"{prefix}:{term.value[len(base) :]}"
        return f"<{term.value}>"
    return str(plain(term)) if isinstance(term, ox.BlankNode) else str(getattr(term, "value", term))


def _graph_bytes(result: QueryResult, fmt: str) -> bytes:
    triples = ox.parse(result.data, format=ox.RdfFormat.N_TRIPLES)
    if fmt in ("table", "turtle"):
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_TURTLE_PREFIXES) or b""
    if fmt == "json":
        return ox.serialize(triples, format=ox.RdfFormat.JSON_LD, prefixes=_TURTLE_PREFIXES) or b""
    raise QueryError(
        f"a CONSTRUCT/DESCRIBE gives triples, which have no {fmt.upper()} form",
        fix="use --format table (Turtle) or json (JSON-LD)",
    )


def to_dataframe(table_rows: list[dict[str, Any]]) -> Any:
    """Return the rows as a pandas DataFrame (pandas is optional: install it to use this)."""
    try:
        import pandas
    except ImportError as e:
        raise QueryError("pandas is not installed", fix="pip install pandas") from e
    return pandas.DataFrame.from_records(table_rows)
