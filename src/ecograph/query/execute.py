"""Run one SPARQL query on a source, read-only, with bound parameters and an optional deadline.

A deadline needs a child process: pyoxigraph releases the GIL while it evaluates,
but a running query cannot be cancelled from Python, so a thread would keep
burning a core after the timeout. The child is killed instead.
"""

from __future__ import annotations

import multiprocessing as mp
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from ecograph.errors import QueryError
from ecograph.query.params import substitutions
from ecograph.query.safety import check_query, syntax_message
from ecograph.query.source import Source
from ecograph.store import PREFIXES

JSON = ox.QueryResultsFormat.JSON


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A finished query: `kind` is select, ask or graph; `data` SPARQL JSON results or N-Triples."""

    kind: str
    data: bytes


def run_query(
    source: Source,
    text: str,
    *,
    params: dict[str, str] | None = None,
    timeout: float | None = None,
    allow_service: bool = False,
) -> QueryResult:
    """Check and run `text` on `source`; stop it after `timeout` seconds when given."""
    check_query(text, allow_service=allow_service)
    params = dict(params or {})
    if not timeout or timeout <= 0:
        return execute(source.store, text, params)
    return _run_in_child(source, text, params, timeout)


def execute(store: ox.Store, text: str, params: dict[str, str]) -> QueryResult:
    """Evaluate the query in this process (the union of all named graphs is the default graph)."""
    try:
        answer = store.query(
            text,
            use_default_graph_as_union=True,
            prefixes=PREFIXES,
            substitutions=substitutions(params),
        )
        if isinstance(answer, ox.QuerySolutions):
            return QueryResult("select", answer.serialize(format=JSON) or b"")
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", answer.serialize(format=JSON) or b"")
        return QueryResult("graph", ox.serialize(answer, format=ox.RdfFormat.N_TRIPLES) or b"")
    except SyntaxError as e:
        raise QueryError(syntax_message(text, e), fix="check the SPARQL near that position") from e
    except RuntimeError as e:
        raise QueryError(_runtime_message(e), fix=_runtime_fix(e)) from e
    except OSError as e:
        raise QueryError(f"the query failed: {e}", fix="check the store and the query") from e


def _runtime_message(error: RuntimeError) -> str:
    text = str(error)
    if "SELECT projection" in text:
        return f"a parameter is not a variable of the query: {text}"
    return f"the query failed: {text}"


def _runtime_fix(error: RuntimeError) -> str:
    if "SELECT projection" in str(error):
        return "a bound --param must name a variable of the SELECT clause (or use SELECT *)"
    return "check the query"


def _run_in_child(source: Source, text: str, params: dict[str, str], timeout: float) -> QueryResult:
    fork = "fork" in mp.get_all_start_methods()
    context: Any = mp.get_context("fork" if fork else "spawn")
    receiver, sender = context.Pipe(duplex=False)
    # A forked child inherits an in-memory graph; a store folder is opened afresh.
    inherited = source.store if fork and source.kind == "graph" else None
    child = context.Process(
        target=_child, args=(source.kind, source.path, inherited, text, params, sender), daemon=True
    )
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryError(
                f"query stopped: it ran longer than {timeout:g} s",
                fix="add LIMIT or narrow the patterns, or raise --timeout",
            )
        outcome = receiver.recv()
    except EOFError as e:
        raise QueryError("the query process died", fix="run it again with --timeout 0") from e
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if isinstance(outcome, QueryResult):
        return outcome
    raise QueryError(outcome[0], fix=outcome[1])


def _child(
    kind: str,
    path: object,
    store: ox.Store | None,
    text: str,
    params: dict[str, str],
    sender: Connection,
) -> None:
    """Body of the child process: open the source unless inherited, run, send the outcome."""
    from ecograph.query.source import open_source

    try:
        opened = store if store is not None else open_source(**{kind: path}).store  # type: ignore[arg-type]
        sender.send(execute(opened, text, params))
    except QueryError as e:
        sender.send((e.message, e.fix))
    except Exception as e:  # the parent turns it into one line
        sender.send((f"the query failed: {e}", "check the query"))
    finally:
        sender.close()
