"""RDF side of ecograph: records mapped onto the ontology, one named graph per article.

The mapping builds Oxigraph quads (`record_quads`) that the pipeline streams into the
store; graph files are dumped from the store (`write_files`). `views` gives the same
graphs as rdflib objects, and `shapes` validates them with pyshacl. The mapping follows
the RDF contract (see docs/ontology.md): typed entity nodes, the article with its
mentions (W3C Web Annotation positions), and every relation as a direct triple plus an
`eco:Assertion` carrying its provenance.
"""

from __future__ import annotations

from ecograph.graph.files import (
    FORMATS,
    merged_triples,
    record_nquads,
    record_ntriples,
    sorted_lines,
    split_quads,
    write_files,
    write_split_files,
)
from ecograph.graph.mapping import PROPERTY_OF_RELATION, record_quads
from ecograph.graph.shapes import ontology_graph, shapes_graph, validate
from ecograph.graph.terms import article_iri, graph_iri, graph_node
from ecograph.graph.views import (
    add_record,
    build_dataset,
    merged_graph,
    record_graph,
    to_store,
    write_graph_files,
)

__all__ = [
    "FORMATS",
    "PROPERTY_OF_RELATION",
    "add_record",
    "article_iri",
    "build_dataset",
    "graph_iri",
    "graph_node",
    "merged_graph",
    "merged_triples",
    "ontology_graph",
    "record_graph",
    "record_nquads",
    "record_ntriples",
    "record_quads",
    "shapes_graph",
    "sorted_lines",
    "split_quads",
    "to_store",
    "validate",
    "write_files",
    "write_graph_files",
    "write_split_files",
]
