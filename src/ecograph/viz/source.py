"""Open what a map or an export reads: the store folder or an RDF file.

The store folder goes through `ecograph.store` (read-only, safe beside a
writer); a file (.trig, .nq, .ttl, .nt, .jsonld, .rdf) is loaded into an
in-memory Oxigraph store, whose SPARQL is fast enough for large graphs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ecograph import store as store_module
from ecograph.errors import GraphError


def open_source(*, store: Path | None = None, graph: Path | None = None) -> Any:
    """Return a queryable source for a store folder or a graph file (exactly one of them)."""
    if (store is None) == (graph is None):
        raise GraphError(
            "give either a store folder or a graph file",
            fix="pass --store outputs/store or --graph outputs/graph.trig",
        )
    if store is not None:
        return store_module.open_read_only(store)
    assert graph is not None
    return load_file(graph)


def load_file(path: Path) -> ox.Store:
    """Load an RDF file into an in-memory store, its format told by its extension."""
    rdf_format = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    if rdf_format is None:
        raise GraphError(
            f"{path}: unknown RDF file extension", fix="use .trig, .nq, .ttl, .nt, .jsonld or .rdf"
        )
    memory = ox.Store()
    try:
        memory.load(path=str(path), format=rdf_format)
    except (OSError, SyntaxError) as e:
        raise GraphError(
            f"cannot read the graph file {path}: {e}",
            fix="check the path and that the file is valid RDF",
        ) from e
    return memory
