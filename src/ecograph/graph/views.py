"""rdflib views of the mapping, for callers and tests that read graphs with rdflib.

The pipeline never uses them: it streams Oxigraph quads (`record_quads`) into the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ecograph.graph.files import (
    FILE_PREFIXES,
    merged_triples,
    record_nquads,
    record_ntriples,
    write_files,
)
from ecograph.graph.terms import graph_iri
from ecograph.records import Record


def record_graph(record: Record) -> Graph:
    """Return the triples of one article as a graph named `graph_iri(document.id)`."""
    graph = Graph(identifier=graph_iri(record.document.id))
    bind_prefixes(graph)
    return graph.parse(data=record_ntriples(record), format="nt")


def add_record(dataset: Dataset, record: Record) -> None:
    """Put the record's triples into its article's named graph, replacing what was there."""
    dataset.remove_graph(graph_iri(record.document.id))
    dataset.parse(data=record_nquads(record), format="nquads")


def build_dataset(records: Iterable[Record]) -> Dataset:
    """Return a dataset with one named graph per record (the default graph is their union)."""
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    for record in records:
        add_record(dataset, record)
    return dataset


def bind_prefixes(graph: Graph) -> None:
    """Bind the usual prefixes, so Turtle and TriG stay readable."""
    for prefix, namespace in FILE_PREFIXES.items():
        graph.bind(prefix, namespace)


def to_store(dataset: Dataset) -> ox.Store:
    """Copy an rdflib dataset into an in-memory Oxigraph store."""
    store = ox.Store()
    store.load(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


def merged_graph(dataset: Dataset) -> Graph:
    """Return every named graph of `dataset` merged into one rdflib graph (see `merged_triples`)."""
    data = ox.serialize(merged_triples(to_store(dataset)), format=ox.RdfFormat.N_TRIPLES)
    merged = Graph()
    bind_prefixes(merged)
    return merged.parse(data=data, format="nt")


def write_graph_files(
    dataset: Dataset, out_dir: Path, *, formats: Sequence[str] = ("trig", "ttl")
) -> list[Path]:
    """Write `graph.<format>` files of an rdflib dataset (see `files.write_files`)."""
    return write_files(to_store(dataset), out_dir, formats)
