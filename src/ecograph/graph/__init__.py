"""RDF side of ecograph: records mapped onto the ontology, one named graph per article.

Only this package, `store`, `query` and the generated `namespaces` import rdflib.
The mapping follows the RDF contract (see docs/ontology.md): typed entity nodes,
the article with its mentions (W3C Web Annotation positions), and every relation
as a direct triple plus an `eco:Assertion` carrying its provenance.
"""

from __future__ import annotations

from ecograph.graph.files import (
    FORMATS,
    merged_graph,
    merged_triples,
    record_nquads,
    record_ntriples,
    to_store,
    write_graph_files,
)
from ecograph.graph.mapping import PROPERTY_OF_RELATION, add_record, build_dataset, record_graph
from ecograph.graph.shapes import ontology_graph, shapes_graph, validate
from ecograph.graph.terms import article_iri, graph_iri

__all__ = [
    "FORMATS",
    "PROPERTY_OF_RELATION",
    "add_record",
    "article_iri",
    "build_dataset",
    "graph_iri",
    "merged_graph",
    "merged_triples",
    "ontology_graph",
    "record_graph",
    "record_nquads",
    "record_ntriples",
    "shapes_graph",
    "to_store",
    "validate",
    "write_graph_files",
]
