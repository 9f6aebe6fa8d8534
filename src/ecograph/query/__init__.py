"""SPARQL over the ecograph graph: open a source, run a query or a named query, format rows.

Notebook use::

    from ecograph.query import open_source, run_named, to_dataframe
    source = open_source(store="outputs/store")
    rows = run_named(source, "partners", entity="Marseille")
    to_dataframe(rows)  # needs pandas
"""

from __future__ import annotations

from typing import Any

from ecograph.query.execute import QueryResult, run_query
from ecograph.query.library import NamedQuery, check_params, get_named, named_queries
from ecograph.query.output import FORMATS, render, rows, to_dataframe
from ecograph.query.safety import check_query
from ecograph.query.source import Source, open_source

__all__ = [
    "FORMATS",
    "NamedQuery",
    "QueryResult",
    "Source",
    "check_query",
    "get_named",
    "named_queries",
    "open_source",
    "render",
    "rows",
    "run_named",
    "run_named_query",
    "run_query",
    "to_dataframe",
]


def run_named_query(
    source: Source,
    name: str,
    *,
    params: dict[str, str] | None = None,
    timeout: float | None = None,
) -> QueryResult:
    """Run the named query `name` with its parameters bound; raise QueryError when unknown."""
    query = get_named(name)
    params = dict(params or {})
    check_params(query, params)
    return run_query(source, query.text, params=params, timeout=timeout)


def run_named(source: Source, name: str, /, **params: str) -> list[dict[str, Any]]:
    """Run a named query and return its rows as dicts.

    Example: `run_named(source, "partners", entity="Lyon")`.
    """
    return rows(run_named_query(source, name, params=params))
