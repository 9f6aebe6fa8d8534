"""SHACL validation of the graphs ecograph writes, against `ontology/shapes.ttl`."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph

from ecograph.errors import GraphError

# A source checkout keeps the ontology at the repository root; a wheel may ship it
# inside the package as `ecograph/ontology/`.
_CHECKOUT_DIR = Path(__file__).resolve().parents[3] / "ontology"


def ontology_dir() -> Path:
    """Return the folder holding ecograph.ttl and shapes.ttl."""
    packaged = Path(str(resources.files("ecograph"))) / "ontology"
    for folder in (packaged, _CHECKOUT_DIR):
        if (folder / "shapes.ttl").is_file():
            return folder
    raise GraphError("ontology/shapes.ttl not found", fix="reinstall ecograph from its source tree")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """Return the SHACL shapes graph, parsed once."""
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """Return the OWL ontology graph, parsed once."""
    return Graph().parse(ontology_dir() / "ecograph.ttl", format="turtle")


def validate(graph: Graph) -> tuple[bool, str]:
    """Validate a graph (each named graph, for a dataset) against the shapes.

    Types are materialized by the mapping, so no inference and no ontology are
    needed. Returns (conforms, the pyshacl report as text).
    """
    from pyshacl import validate as shacl_validate

    conforms, _, report = shacl_validate(graph, shacl_graph=shapes_graph(), inference="none")
    return bool(conforms), str(report)
