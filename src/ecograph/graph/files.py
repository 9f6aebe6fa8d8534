"""Graph files and canonical bytes: TriG / JSON-LD / N-Quads keep named graphs, Turtle merges."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.term import Node

from ecograph.errors import GraphError
from ecograph.fsio import atomic_open
from ecograph.graph.mapping import add_record, bind_prefixes, record_graph
from ecograph.namespaces import SKOS
from ecograph.records import Record

# format name -> (file name, rdflib serializer)
FORMATS: dict[str, tuple[str, str]] = {
    "trig": ("graph.trig", "trig"),
    "ttl": ("graph.ttl", "turtle"),
    "jsonld": ("graph.jsonld", "json-ld"),
    "nq": ("graph.nq", "nquads"),
}


def record_nquads(record: Record) -> bytes:
    """Return the record's named graph as UTF-8 N-Quads, one sorted line per quad.

    Sorted, so the bytes are the same in every process (rdflib's own order follows
    Python's per-process string hashing): fit for a digest that skips unchanged articles.
    """
    dataset = Dataset()
    add_record(dataset, record)
    return _sorted_lines(dataset.serialize(format="nquads", encoding="utf-8"))


def record_ntriples(record: Record) -> bytes:
    """Return the record's triples as UTF-8 N-Triples, one sorted line per triple."""
    return _sorted_lines(record_graph(record).serialize(format="nt", encoding="utf-8"))


def write_graph_files(
    dataset: Dataset, out_dir: Path, *, formats: Sequence[str] = ("trig", "ttl")
) -> list[Path]:
    """Write `graph.<format>` files into `out_dir`, each atomically; return their paths.

    `trig`, `jsonld` and `nq` keep one named graph per article; `ttl` is every
    graph merged into one default graph (see `merged_graph`).
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise GraphError(f"unknown graph format {unknown[0]!r}", fix=f"use {', '.join(FORMATS)}")
    written = []
    for fmt in dict.fromkeys(formats):
        name, serializer = FORMATS[fmt]
        source: Graph = merged_graph(dataset) if fmt == "ttl" else dataset
        written.append(_write(source, out_dir / name, serializer))
    return written


def merged_graph(dataset: Dataset) -> Graph:
    """Merge every named graph into one graph, keeping one skos:prefLabel per language.

    An entity written "Saint-Étienne" in one article and "Saint Etienne" in another
    has one IRI; SKOS allows one prefLabel per language, so the name most articles
    use stays preferred (ties: alphabetical) and the others become skos:altLabel.
    """
    merged = Graph()
    bind_prefixes(merged)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    votes = Counter((s, o) for s, _, o, _ in dataset.quads((None, SKOS.prefLabel, None, None)))
    for subject in set(merged.subjects(SKOS.prefLabel, None)):
        _demote_extra_labels(merged, subject, votes)
    return merged


def _demote_extra_labels(graph: Graph, subject: Node, votes: Counter[tuple[Node, Node]]) -> None:
    labels = [o for o in graph.objects(subject, SKOS.prefLabel) if isinstance(o, Literal)]
    for lang in {label.language for label in labels}:
        same = sorted((x for x in labels if x.language == lang), key=str)
        keep = max(same, key=lambda x: votes[(subject, x)])
        for label in same:
            if label != keep:
                graph.remove((subject, SKOS.prefLabel, label))
                graph.add((subject, SKOS.altLabel, label))


def _sorted_lines(data: bytes) -> bytes:
    return b"".join(sorted({line for line in data.splitlines(keepends=True) if line.strip()}))


def _write(source: Graph, path: Path, serializer: str) -> Path:
    try:
        with atomic_open(path, "wb", encoding=None) as handle:
            source.serialize(destination=handle, format=serializer, encoding="utf-8")  # type: ignore[arg-type]
    except OSError as e:
        raise GraphError(f"cannot write {path}: {e}", fix="check the folder and free space") from e
    return path
