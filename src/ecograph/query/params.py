"""Parameter values as RDF terms, bound to query variables (never pasted into the text)."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from ecograph.errors import QueryError
from ecograph.store import PREFIXES

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def param_term(value: str) -> Term:
    """Read `<iri>`, `http(s)://...` or `prefix:name` (known prefix) as an IRI; else a string.

    Example: "Marseille" -> "Marseille", "eco:Company" -> <https://w3id.org/ecograph/ontology#Company>.
    """
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        return _iri(text[1:-1], value)
    if text.startswith(("http://", "https://")):
        return _iri(text, value)
    prefix, colon, local = text.partition(":")
    if colon and prefix in PREFIXES and local and " " not in local:
        return _iri(PREFIXES[prefix] + local, value)
    return ox.Literal(value)


def _iri(text: str, value: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(text)
    except ValueError as e:
        raise QueryError(f"parameter value {value!r} is not a valid IRI", fix=str(e)) from e


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """Split `key=value` strings (as given to --param) into a dict."""
    params = {}
    for pair in pairs:
        key, eq, value = pair.partition("=")
        key = key.strip().lstrip("?$")
        if not eq or not key.isidentifier():
            raise QueryError(
                f"--param {pair!r} is not key=value", fix="write e.g. --param city=Marseille"
            )
        params[key] = value
    return params


def substitutions(params: dict[str, str]) -> dict[ox.Variable, Term]:
    """Return the pyoxigraph substitutions binding each variable to its parameter value."""
    return {ox.Variable(key): param_term(value) for key, value in params.items()}
