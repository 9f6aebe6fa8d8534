"""Orchestrate the stages: ingest -> nlp -> extract -> graph -> store -> map.

Each command of the CLI calls one function here. The library never prints: progress
and problems go through the `Reporter` the caller gives.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ecograph.errors import InputError, NoInputError
from ecograph.fsio import atomic_open
from ecograph.records import Article, Record


@dataclass
class Reporter:
    """Callbacks through which a run tells the caller what happens (all optional)."""

    on_problem: Callable[[InputError], None] = lambda error: None
    on_start: Callable[[int], None] = lambda total_files: None
    on_article: Callable[[Record], None] = lambda record: None


@dataclass
class RunSummary:
    """What a run read, found and wrote: the CLI prints it."""

    articles: int = 0
    problems: list[InputError] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    files: list[Path] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        """How many inputs could not be used."""
        return len(self.problems)

    def count(self, record: Record) -> None:
        """Add one article's record to the counts."""
        self.articles += 1
        self.entities.update(e.category for e in record.entities)
        self.relations.update(r.type for r in record.relations)


def read_articles(paths: Sequence[Path], summary: RunSummary, reporter: Reporter) -> Iterator[Article]:
    """Stream the articles under `paths`, reporting each unusable input once."""
    from ecograph.ingest import iter_files, read_corpus

    missing = [p for p in paths if not p.exists()]
    if missing:
        raise NoInputError(f"no such file or folder: {missing[0]}", fix="check the path")
    reporter.on_start(sum(1 for _ in iter_files(paths)))

    def problem(error: InputError) -> None:
        summary.problems.append(error)
        reporter.on_problem(error)

    yield from read_corpus(paths, on_error=problem)


def extract_records(
    paths: Sequence[Path], summary: RunSummary, reporter: Reporter, *, workers: int = 1
) -> Iterator[Record]:
    """Stream one record per article, loading the model once."""
    from ecograph.extract import extract_articles
    from ecograph.nlp.pipeline import load_nlp

    articles = read_articles(paths, summary, reporter)
    first = next(articles, None)
    if first is None:
        if summary.problems:
            return
        raise NoInputError(
            f"no article found under {', '.join(map(str, paths))}",
            fix="give .txt, .md, .html or .jsonl files",
        )
    nlp = load_nlp()
    for record in extract_articles(nlp, _chain(first, articles), n_process=workers):
        summary.count(record)
        reporter.on_article(record)
        yield record


def _chain(first: Article, rest: Iterable[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def write_records(records: Iterable[Record], path: Path) -> Iterator[Record]:
    """Write records to `path` as JSON lines (atomically, at the end) and pass them on."""
    with atomic_open(path) as out:
        for record in records:
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
            yield record


def extract(
    paths: Sequence[Path],
    out_dir: Path,
    *,
    formats: Sequence[str] = ("jsonl", "trig", "ttl"),
    reporter: Reporter | None = None,
    workers: int = 1,
) -> RunSummary:
    """Extract `paths` into `out_dir`: records.jsonl and the graph files asked for."""
    from ecograph import graph

    reporter = reporter or Reporter()
    summary = RunSummary()
    records = extract_records(paths, summary, reporter, workers=workers)
    if "jsonl" in formats:
        records = write_records(records, out_dir / "records.jsonl")
    dataset = graph.build_dataset(records)
    if "jsonl" in formats:
        summary.files.append(out_dir / "records.jsonl")
    rdf_formats = tuple(f for f in formats if f != "jsonl")
    summary.files.extend(graph.write_graph_files(dataset, out_dir, formats=rdf_formats))
    return summary


def run(
    paths: Sequence[Path],
    out_dir: Path,
    *,
    store_dir: Path | None = None,
    reporter: Reporter | None = None,
    workers: int = 1,
) -> RunSummary:
    """Extract, build the graph and the store, and draw the map: the main job."""
    from ecograph import graph, store
    from ecograph.viz import write_map

    reporter = reporter or Reporter()
    store_dir = store_dir or out_dir / "store"
    with store.open_for_writing(store_dir) as db:
        summary = RunSummary()
        records = write_records(
            extract_records(paths, summary, reporter, workers=workers), out_dir / "records.jsonl"
        )
        dataset = graph.build_dataset(_into_store(records, db))
        summary.files.append(out_dir / "records.jsonl")
        summary.files.extend(graph.write_graph_files(dataset, out_dir, formats=("trig", "ttl")))
        summary.files.append(store_dir)
    map_path = out_dir / "map.html"
    write_map(dataset, map_path)
    summary.files.append(map_path)
    return summary


def _into_store(records: Iterable[Record], db: object) -> Iterator[Record]:
    """Replace each article's named graph in the store as its record passes by."""
    from ecograph import graph, store

    for record in records:
        store.replace_graph(db, str(graph.graph_iri(record.document.id)), graph.record_nquads(record))  # type: ignore[arg-type]
        yield record
