"""Run SPARQL SELECTs over an rdflib Graph/Dataset or a pyoxigraph Store alike.

The map reads the store through plain SELECT queries kept in `.rq` files next
to this module. Both backends are duck-typed here, so `viz` never imports
rdflib or pyoxigraph: a pyoxigraph `Store.query` takes
`use_default_graph_as_union`; an rdflib Dataset answers over the union of its
named graphs once `default_union` is set.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.resources import files
from typing import Any

from ecograph.errors import QueryError

Row = dict[str, str]

# Class names of IRI terms in rdflib and pyoxigraph: a bound value that names a node.
_IRI_CLASSES = frozenset({"URIRef", "NamedNode"})


@cache
def load_query(name: str) -> str:
    """Return the text of the packaged query `name` (e.g. 'nodes'), read once."""
    return files("ecograph.viz").joinpath(f"{name}.rq").read_text(encoding="utf-8")


def select(source: Any, query: str) -> list[Row]:
    """Run a SELECT over the union of all graphs of `source`; rows map names to lexical values."""
    return [{k: lexical(v) for k, v in row.items()} for row in select_terms(source, query)]


def select_terms(source: Any, query: str) -> list[dict[str, Any]]:
    """Run a SELECT and return its bound terms as they come from the backend."""
    try:
        if _is_oxigraph(source):
            return _select_oxigraph(source, query)
        return _select_rdflib(source, query)
    except QueryError:
        raise
    except Exception as e:  # both backends raise their own syntax/evaluation errors
        raise QueryError(
            f"SPARQL query failed: {e}", fix="check the query syntax and its prefixes"
        ) from e


def lexical(term: Any) -> str:
    """Return the lexical form of an rdflib or pyoxigraph term."""
    return str(term) if isinstance(term, str) else str(term.value)


def is_iri(term: Any) -> bool:
    """Tell whether a bound term is an IRI (not a literal or a blank node)."""
    return type(term).__name__ in _IRI_CLASSES


def _is_oxigraph(source: Any) -> bool:
    return type(source).__module__.split(".")[0] == "pyoxigraph"


def _select_oxigraph(store: Any, query: str) -> list[dict[str, Any]]:
    result = store.query(query, use_default_graph_as_union=True)
    if not hasattr(result, "variables"):
        raise QueryError("the map needs a SELECT query", fix="write SELECT ?s ?p ?o WHERE {...}")
    names = [v.value for v in result.variables]
    return [{n: sol[n] for n in names if sol[n] is not None} for sol in result]


def _select_rdflib(graph: Any, query: str) -> list[dict[str, Any]]:
    with _union(graph):
        result = graph.query(query)
        if result.type != "SELECT":
            raise QueryError(
                "the map needs a SELECT query", fix="write SELECT ?s ?p ?o WHERE {...}"
            )
        return [{str(k): v for k, v in row.asdict().items()} for row in result]


@contextmanager
def _union(graph: Any) -> Iterator[None]:
    """Query an rdflib Dataset over the union of its named graphs, then restore it."""
    if not hasattr(graph, "default_union"):
        yield
        return
    before = graph.default_union
    graph.default_union = True
    try:
        yield
    finally:
        graph.default_union = before
