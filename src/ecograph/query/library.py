"""The named queries: `.rq` files in `ecograph/queries/`, each with its description and params.

A file starts with comment lines: `# <one-line description>`, then one
`# param: <name> <what it is>` line per parameter (`<name>?` when optional).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ecograph.errors import QueryError

_PARAM = re.compile(r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)(\??)\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter of a named query, bound to the SPARQL variable of the same name."""

    name: str
    description: str
    required: bool


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A SPARQL query shipped with ecograph, with its description and parameters."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str

    def param(self, name: str) -> Param | None:
        """Return the parameter called `name`, or None."""
        return next((p for p in self.params if p.name == name), None)


def parse_named(name: str, text: str) -> NamedQuery:
    """Read the header comments of a `.rq` text into a NamedQuery."""
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line.strip())
    if not header or header[0].startswith("# param:"):
        raise QueryError(
            f"named query {name!r} has no description",
            fix="start the .rq file with `# <one-line description>`",
        )
    params = []
    for line in header[1:]:
        found = _PARAM.match(line)
        if found:
            params.append(Param(found[1], found[3].strip(), required=not found[2]))
    return NamedQuery(name, header[0].lstrip("# ").strip(), tuple(params), text)


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """Return every named query by name (file name without `.rq`), read once."""
    folder = resources.files("ecograph") / "queries"
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name.removesuffix(".rq")
            found[name] = parse_named(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def get_named(name: str) -> NamedQuery:
    """Return the named query `name`, or raise QueryError listing the known names."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(
            f"no named query {name!r}",
            fix=f"use one of: {', '.join(queries)} (see `ecograph query --list`)",
        )
    return queries[name]


def check_params(query: NamedQuery, params: dict[str, str]) -> None:
    """Raise QueryError for an unknown parameter or a missing required one."""
    for key in params:
        if query.param(key) is None:
            known = ", ".join(p.name for p in query.params) or "none"
            raise QueryError(
                f"named query {query.name!r} has no parameter {key!r}",
                fix=f"its parameters: {known}",
            )
    for param in query.params:
        if param.required and param.name not in params:
            raise QueryError(
                f"named query {query.name!r} needs --param {param.name}=...",
                fix=f"{param.name}: {param.description}",
            )
