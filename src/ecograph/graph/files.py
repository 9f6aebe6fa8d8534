"""Graph files and canonical bytes: TriG / JSON-LD / N-Quads keep named graphs, Turtle merges.

Files are streamed out of an Oxigraph store, never held whole in memory: the named-graph
formats are the store's own dump; Turtle merges the graphs subject by subject
(`merged_triples`), reading each subject's quads from the store's index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path

import pyoxigraph as ox

from ecograph.errors import GraphError
from ecograph.fsio import atomic_open
from ecograph.graph.entities import ALT, PREF
from ecograph.graph.mapping import record_quads
from ecograph.namespaces import ARTICLE, GRAPH, TIME
from ecograph.records import Record
from ecograph.store import PREFIXES

GRAPH_BASE, ARTICLE_BASE = str(GRAPH), str(ARTICLE)
# format name -> (file name, Oxigraph format)
FORMATS: dict[str, tuple[str, ox.RdfFormat]] = {
    "trig": ("graph.trig", ox.RdfFormat.TRIG),
    "ttl": ("graph.ttl", ox.RdfFormat.TURTLE),
    "jsonld": ("graph.jsonld", ox.RdfFormat.JSON_LD),
    "nq": ("graph.nq", ox.RdfFormat.N_QUADS),
}
# The query prefixes plus time: (the ontology's durations) for readable Turtle/TriG files.
FILE_PREFIXES = {**PREFIXES, "time": str(TIME)}


def record_nquads(record: Record) -> bytes:
    """Return the record's named graph as UTF-8 N-Quads, one sorted line per quad.

    Sorted, so the bytes are the same in every process: fit for a digest that skips
    unchanged articles.
    """
    return sorted_lines(ox.serialize(record_quads(record), format=ox.RdfFormat.N_QUADS))


def record_ntriples(record: Record) -> bytes:
    """Return the record's triples as UTF-8 N-Triples, one sorted line per triple."""
    triples = (quad.triple for quad in record_quads(record))
    return sorted_lines(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))


def sorted_lines(data: bytes | None) -> bytes:
    """Return the lines of N-Triples or N-Quads bytes, each once, in byte order."""
    return b"".join(
        sorted({line for line in (data or b"").splitlines(keepends=True) if line.strip()})
    )


def merged_triples(store: ox.Store) -> Iterator[ox.Triple]:
    """Yield the triples of every named graph of `store`, each once, one prefLabel per language.

    An entity written "Saint-Étienne" in one article and "Saint Etienne" in another
    has one IRI; SKOS allows one prefLabel per language, so the name most articles
    use stays preferred (ties: alphabetical) and the others become skos:altLabel.
    Each subject is merged once, in the graph of its first quad in the store's index:
    memory holds one article's subjects and one subject's quads, never the whole graph.
    The article's own nodes (its IRI, mentions, assertions) only ever appear in its
    graph, so their triples pass straight through (labels, if any, still voted on).
    """
    for name in store.named_graphs():
        own = _article_prefix(name)
        local: dict[object, list[ox.Quad]] = {}
        seen: set[object] = set()
        for quad in store.quads_for_pattern(None, None, None, name):
            subject = quad.subject
            if own and isinstance(subject, ox.NamedNode) and _is_own(subject.value, own):
                if quad.predicate in (PREF, ALT):
                    local.setdefault(subject, []).append(quad)
                else:
                    yield quad.triple
            elif subject not in seen:
                seen.add(subject)
                quads = _named(store.quads_for_pattern(subject, None, None, None))
                first = next(quads)
                if first.graph_name == name:
                    yield from _merged_subject(subject, chain((first,), quads))
        for node, own_quads in local.items():
            yield from _merged_subject(node, own_quads)


def _article_prefix(name: object) -> str | None:
    """The article IRI of an article's named graph (None for any other graph)."""
    if isinstance(name, ox.NamedNode) and name.value.startswith(GRAPH_BASE):
        return ARTICLE_BASE + name.value[len(GRAPH_BASE) :]
    return None


def _is_own(iri: str, article: str) -> bool:
    return iri == article or iri.startswith(article + "/")


def _named(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    return (q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph))


def _merged_subject(subject: object, quads: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
    """Yield one subject's triples over all graphs, labels voted on by the graphs saying them."""
    votes: dict[tuple[ox.NamedNode, object], int] = {}
    for quad in quads:
        key = (quad.predicate, quad.object)
        votes[key] = votes.get(key, 0) + 1
    best: dict[str | None, tuple[int, str]] = {}
    for (p, label), count in votes.items():
        if p == PREF and isinstance(label, ox.Literal):
            rank = (-count, label.value)
            best[label.language] = min(best.get(label.language, rank), rank)
    emitted: set[ox.Triple] = set()
    for p, o in votes:
        if p in (PREF, ALT) and isinstance(o, ox.Literal):
            chosen = best.get(o.language)
            p = PREF if chosen is not None and chosen[1] == o.value else ALT
        triple = ox.Triple(subject, p, o)  # type: ignore[arg-type]
        if triple not in emitted:
            emitted.add(triple)
            yield triple


def write_files(store: ox.Store, out_dir: Path, formats: Sequence[str]) -> list[Path]:
    """Write `graph.<format>` files of `store` into `out_dir`, each atomically; return their paths.

    `trig`, `jsonld` and `nq` keep one named graph per article; `ttl` is every
    graph merged into one default graph (see `merged_triples`).
    """
    _check(formats)
    return [_write(store, out_dir / FORMATS[f][0], FORMATS[f][1]) for f in dict.fromkeys(formats)]


def _check(formats: Sequence[str]) -> None:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise GraphError(f"unknown graph format {unknown[0]!r}", fix=f"use {', '.join(FORMATS)}")


def split_quads(quads: Iterable[ox.Quad]) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """Split quads into those of each article's own nodes (article, mentions,
    assertions), which no other article can say, and the rest (entity nodes, and any
    label), which `merged_triples` must merge across articles."""
    own: list[ox.Quad] = []
    shared: list[ox.Quad] = []
    graph: object = None
    prefix: str | None = None
    for quad in quads:
        if quad.graph_name != graph:  # an article's quads come together: one prefix each
            graph = quad.graph_name
            prefix = _article_prefix(graph)
        subject = quad.subject
        is_own = (
            prefix is not None
            and isinstance(subject, ox.NamedNode)
            and _is_own(subject.value, prefix)
            and quad.predicate not in (PREF, ALT)
        )
        (own if is_own else shared).append(quad)
    return own, shared


def write_split_files(
    shared: ox.Store, parts: tuple[Path, Path], out_dir: Path, formats: Sequence[str]
) -> list[Path]:
    """Write the graph files from two N-Quads files, every quad and the articles' own
    quads, and a store holding the shared quads (see `split_quads`): the same files as
    `write_files` on a store holding everything, at a fraction of the reads."""
    _check(formats)
    every, own = parts
    written = []
    for fmt in dict.fromkeys(formats):
        name, rdf_format = FORMATS[fmt]
        if rdf_format.supports_datasets:
            quads = ox.parse(path=every, format=ox.RdfFormat.N_QUADS)
            written.append(_write(quads, out_dir / name, rdf_format))
        else:
            triples = (q.triple for q in ox.parse(path=own, format=ox.RdfFormat.N_QUADS))
            merged = chain(triples, merged_triples(shared))
            written.append(_write(merged, out_dir / name, rdf_format))
    return written


def _write(
    source: ox.Store | Iterable[ox.Quad] | Iterable[ox.Triple], path: Path, rdf_format: ox.RdfFormat
) -> Path:
    prefixes = FILE_PREFIXES if rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else None
    try:
        with atomic_open(path, "wb", encoding=None) as handle:
            if not isinstance(source, ox.Store):
                ox.serialize(source, handle, format=rdf_format, prefixes=prefixes)  # type: ignore[arg-type]
            elif rdf_format.supports_datasets:
                source.dump(handle, format=rdf_format, prefixes=prefixes)  # type: ignore[arg-type]
            else:
                ox.serialize(merged_triples(source), handle, format=rdf_format, prefixes=prefixes)  # type: ignore[arg-type]
    except OSError as e:
        raise GraphError(f"cannot write {path}: {e}", fix="check the folder and free space") from e
    return path
