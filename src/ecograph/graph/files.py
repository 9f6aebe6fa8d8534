"""Graph files and canonical bytes: TriG / JSON-LD / N-Quads keep named graphs, Turtle merges.

Files are written by Oxigraph (about 5x faster than rdflib's TriG writer); the
merge rule lives in one place, `merged_triples`, which also works on the store.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ecograph.errors import GraphError
from ecograph.fsio import atomic_open
from ecograph.graph.mapping import PREFIXES, add_record, bind_prefixes, record_graph
from ecograph.namespaces import SKOS
from ecograph.records import Record

# format name -> (file name, Oxigraph format)
FORMATS: dict[str, tuple[str, ox.RdfFormat]] = {
    "trig": ("graph.trig", ox.RdfFormat.TRIG),
    "ttl": ("graph.ttl", ox.RdfFormat.TURTLE),
    "jsonld": ("graph.jsonld", ox.RdfFormat.JSON_LD),
    "nq": ("graph.nq", ox.RdfFormat.N_QUADS),
}
FILE_PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    **{prefix: str(namespace) for prefix, namespace in PREFIXES.items()},
}
_PREF, _ALT = ox.NamedNode(str(SKOS.prefLabel)), ox.NamedNode(str(SKOS.altLabel))
_ALL_BUT_LABELS = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} FILTER(?p != <{SKOS.prefLabel}> && ?p != <{SKOS.altLabel}>) }}"""
_LABEL_VOTES = f"""SELECT ?s ?p ?label (COUNT(DISTINCT ?g) AS ?votes) WHERE {{
  GRAPH ?g {{ ?s ?p ?label }} VALUES ?p {{ <{SKOS.prefLabel}> <{SKOS.altLabel}> }}
}} GROUP BY ?s ?p ?label"""


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


def merged_triples(store: ox.Store) -> Iterator[ox.Triple]:
    """Yield the triples of every named graph of `store`, one skos:prefLabel per language.

    An entity written "Saint-Étienne" in one article and "Saint Etienne" in another
    has one IRI; SKOS allows one prefLabel per language, so the name most articles
    use stays preferred (ties: alphabetical) and the others become skos:altLabel.
    """
    yield from store.query(_ALL_BUT_LABELS)  # type: ignore[misc]
    rows = [(r["s"], r["p"], r["label"], int(r["votes"].value)) for r in store.query(_LABEL_VOTES)]  # type: ignore[union-attr]
    best: dict[tuple[object, str | None], tuple[int, str]] = {}
    for s, p, label, votes in rows:
        if p == _PREF:
            key, rank = (s, label.language), (-votes, label.value)
            best[key] = min(best.get(key, rank), rank)
    preferred = {(s, lang, value) for (s, lang), (_, value) in best.items()}
    labels = {
        ox.Triple(s, _PREF if (s, label.language, label.value) in preferred else _ALT, label)
        for s, _, label, _ in rows
    }
    yield from sorted(labels, key=str)


def merged_graph(dataset: Dataset) -> Graph:
    """Return every named graph of `dataset` merged into one rdflib graph (see `merged_triples`)."""
    data = ox.serialize(merged_triples(to_store(dataset)), format=ox.RdfFormat.N_TRIPLES)
    merged = Graph()
    bind_prefixes(merged)
    return merged.parse(data=data, format="nt")


def to_store(dataset: Dataset) -> ox.Store:
    """Copy an rdflib dataset into an in-memory Oxigraph store."""
    store = ox.Store()
    store.load(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


def write_graph_files(
    dataset: Dataset, out_dir: Path, *, formats: Sequence[str] = ("trig", "ttl")
) -> list[Path]:
    """Write `graph.<format>` files into `out_dir`, each atomically; return their paths.

    `trig`, `jsonld` and `nq` keep one named graph per article; `ttl` is every
    graph merged into one default graph (see `merged_triples`).
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise GraphError(f"unknown graph format {unknown[0]!r}", fix=f"use {', '.join(FORMATS)}")
    store = to_store(dataset)
    return [_write(store, out_dir / FORMATS[f][0], FORMATS[f][1]) for f in dict.fromkeys(formats)]


def _write(store: ox.Store, path: Path, rdf_format: ox.RdfFormat) -> Path:
    prefixes = FILE_PREFIXES if rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else None
    try:
        with atomic_open(path, "wb", encoding=None) as handle:
            if rdf_format.supports_datasets:
                store.dump(handle, format=rdf_format, prefixes=prefixes)  # type: ignore[arg-type]
            else:
                ox.serialize(merged_triples(store), handle, format=rdf_format, prefixes=prefixes)  # type: ignore[arg-type]
    except OSError as e:
        raise GraphError(f"cannot write {path}: {e}", fix="check the folder and free space") from e
    return path


def _sorted_lines(data: bytes) -> bytes:
    return b"".join(sorted({line for line in data.splitlines(keepends=True) if line.strip()}))
