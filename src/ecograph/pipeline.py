"""Orchestrate the stages: ingest -> nlp -> extract -> link -> graph -> store -> map.

Each command of the CLI calls one function here. The library never prints: progress
and problems go through the `Reporter` the caller gives. Everything is streamed:
records go to disk as they are made, each article's graph goes to an Oxigraph store on
disk in bulk-loaded batches (a scratch store for `extract`, the user's store for `run`)
and the graph files are streamed out of it: memory does not grow with the corpus.
"""

from __future__ import annotations

import contextlib
import json
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ecograph import store
from ecograph.errors import InputError, InputWarning, NoInputError
from ecograph.fsio import atomic_write_text, remove_stale_temps
from ecograph.graph import FORMATS, write_files, write_split_files
from ecograph.link_stage import link_into, read_records, write_jsonl
from ecograph.linking import LinksFile
from ecograph.records import Article, Document, Record


@dataclass
class Reporter:
    """Callbacks through which a run tells the caller what happens (all optional)."""

    on_problem: Callable[[InputError], None] = lambda error: None
    on_start: Callable[[int], None] = lambda total_articles: None
    on_article: Callable[[Record], None] = lambda record: None
    on_unchanged: Callable[[], None] = lambda: None


@dataclass
class RunSummary:
    """What a run read, found and wrote: the CLI prints it."""

    articles: int = 0
    unchanged: int = 0
    replaced: int = 0
    problems: list[InputError] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    merges: int = 0
    files: list[Path] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        """How many inputs could not be used (warnings such as duplicates excluded)."""
        return sum(1 for p in self.problems if not p.is_warning)

    def count(self, record: Record) -> None:
        """Add one article's record to the counts."""
        self.articles += 1
        self.entities.update(e.category for e in record.entities)
        self.relations.update(r.type for r in record.relations)


def read_articles(
    paths: Sequence[Path], summary: RunSummary, reporter: Reporter
) -> Iterator[Article]:
    """Stream the articles under `paths`, reporting each unusable input once."""
    from ecograph.ingest import count_articles, read_corpus

    # A path that does not exist is reported by the walk like any other bad input.
    reporter.on_start(count_articles(paths))

    def problem(error: InputError) -> None:
        summary.problems.append(error)
        reporter.on_problem(error)

    yield from read_corpus(paths, on_error=problem)


def extract_records(
    articles: Iterator[Article],
    summary: RunSummary,
    reporter: Reporter,
    *,
    workers: int = 1,
    scheduler: str | None = None,
) -> Iterator[Record]:
    """Stream one record per article, loading the model once (and only if there is work);
    with `scheduler`, the dask cluster there does the work and the model stays there."""
    from ecograph.cluster import extract_on_cluster
    from ecograph.extract import extract_articles
    from ecograph.nlp.pipeline import load_nlp

    first = next(articles, None)
    if first is None:
        return
    records = (
        extract_on_cluster(_chain(first, articles), scheduler=scheduler)
        if scheduler
        else extract_articles(load_nlp(), _chain(first, articles), n_process=workers)
    )
    for record in records:
        summary.count(record)
        reporter.on_article(record)
        yield record


def _chain(first: Article, rest: Iterable[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def _require_articles(summary: RunSummary, paths: Sequence[Path]) -> None:
    """Stop a run that read no article at all: there is nothing to write."""
    if summary.articles == 0 and summary.unchanged == 0:
        raise NoInputError(
            f"no article found under {', '.join(map(str, paths))}",
            fix="give .txt, .md, .html or .jsonl files",
            reported=summary.skipped > 0,
        )


def extract(
    paths: Sequence[Path],
    out_dir: Path,
    *,
    formats: Sequence[str] = ("jsonl", "trig", "ttl"),
    links_path: Path | None = None,
    reporter: Reporter | None = None,
    workers: int = 1,
    scheduler: str | None = None,
) -> RunSummary:
    """Extract `paths` into `out_dir`: records.jsonl and the graph files asked for
    (on `workers` local processes, or on the dask cluster at `scheduler`)."""
    reporter = reporter or Reporter()
    summary = RunSummary()
    raw = out_dir / ".records.raw.jsonl"
    articles = read_articles(paths, summary, reporter)
    made = extract_records(articles, summary, reporter, workers=workers, scheduler=scheduler)
    write_jsonl(made, raw)
    _require_articles(summary, paths)
    records_path = out_dir / "records.jsonl"
    rdf = [f for f in formats if f in FORMATS]
    links = LinksFile.read(links_path)

    nquads = (out_dir / ".graph.all.nq.tmp", out_dir / ".graph.own.nq.tmp")

    def link_and_write(db: ox.Store) -> None:
        summary.merges = link_into(raw, db, records_path, links=links, state=None, split_to=nquads)
        summary.files.extend(write_split_files(db, nquads, out_dir, rdf))

    # Every graph goes to an N-Quads file and, for the Turtle merge, what articles may
    # share goes to a scratch store on disk: memory stays flat however large the corpus.
    try:
        store.with_scratch_store(out_dir / ".graph.store.tmp", link_and_write)
    finally:
        for temp in (raw, *nquads):
            temp.unlink(missing_ok=True)
    if "jsonl" in formats:
        summary.files.insert(0, records_path)
    else:
        records_path.unlink()
    remove_stale_temps(out_dir)
    return summary


def run(
    paths: Sequence[Path],
    out_dir: Path,
    *,
    store_dir: Path | None = None,
    links_path: Path | None = None,
    reporter: Reporter | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    force: bool = False,
) -> RunSummary:
    """The main job: extract new or changed articles (on `workers` local processes, or
    on the dask cluster at `scheduler`), link them with what the store already holds,
    update the store, write the graph files and draw the map."""
    reporter = reporter or Reporter()
    store_dir = store_dir or out_dir / "store"
    summary = RunSummary()
    fresh = not store_dir.exists()
    new_out = not out_dir.exists()
    try:
        return _run_into(
            store_dir,
            paths,
            out_dir,
            summary,
            reporter,
            force=force,
            links_path=links_path,
            workers=workers,
            scheduler=scheduler,
        )
    except (NoInputError, KeyboardInterrupt) as e:
        if fresh:  # leave no empty store behind that later commands would take as real
            traceback.clear_frames(e.__traceback__)  # they hold the open store
            store.remove(store_dir)
        if new_out:
            with contextlib.suppress(OSError):  # not empty: something else was put there
                out_dir.rmdir()
        raise


def _run_into(
    store_dir: Path,
    paths: Sequence[Path],
    out_dir: Path,
    summary: RunSummary,
    reporter: Reporter,
    *,
    force: bool,
    links_path: Path | None,
    workers: int,
    scheduler: str | None,
) -> RunSummary:
    """`run` once the store is chosen: read, extract, link, load, write the files and the map."""
    from ecograph.viz import write_map

    records_path = out_dir / "records.jsonl"
    with store.open_for_writing(store_dir) as db:
        known = _known_articles(records_path)
        articles = read_articles(paths, summary, reporter)
        articles = _only_new(
            _note_replaced(articles, known, summary, reporter),
            known,
            summary,
            reporter,
            force=force,
        )
        new = out_dir / ".records.new.jsonl"
        made = extract_records(articles, summary, reporter, workers=workers, scheduler=scheduler)
        write_jsonl(made, new)
        _require_articles(summary, paths)
        raw = _merge_records(records_path, new)
        state_path = store_dir.with_name(f".{store_dir.name}.state.json")
        state = json.loads(state_path.read_text()) if state_path.exists() else {}
        links = LinksFile.read(links_path)
        merges_path = out_dir / "merges.jsonl"
        summary.merges = link_into(
            raw, db, records_path, links=links, state=state, merges_out=merges_path
        )
        db.flush()
        atomic_write_text(state_path, json.dumps(state, indent=0, sort_keys=True))
        for temp in (new, raw):
            temp.unlink()
        summary.files += [records_path, merges_path, store_dir]
        summary.files += write_files(db, out_dir, ("trig", "ttl"))
        map_path = out_dir / "map.html"
        write_map(db, map_path)
        # Still under the store's lock: no other run is writing these folders.
        for folder in {out_dir, store_dir.parent}:
            remove_stale_temps(folder)
    summary.files.append(map_path)
    return summary


def _known_articles(records_path: Path) -> dict[str, Document]:
    """Map each article already extracted to its document (source, hash, pipeline version)."""
    return {r.document.id: r.document for r in read_records(records_path)}


def _note_replaced(
    articles: Iterator[Article],
    known: dict[str, Document],
    summary: RunSummary,
    reporter: Reporter,
) -> Iterator[Article]:
    """Pass the articles on; note each one that takes the id of an article from another source."""
    for article in articles:
        old = known.get(article.id)
        if old is not None and old.source != article.source:
            summary.replaced += 1
            note = InputWarning(
                f"article {article.id}",
                f"replaced: {old.source} -> {article.source}",
                fix="same file name, so the same id: rename one file to keep both",
            )
            summary.problems.append(note)
            reporter.on_problem(note)
        yield article


def _only_new(
    articles: Iterator[Article],
    known: dict[str, Document],
    summary: RunSummary,
    reporter: Reporter,
    *,
    force: bool,
) -> Iterator[Article]:
    """Skip articles whose content and pipeline version are already in the store."""
    from ecograph.extract import pipeline_version

    version = pipeline_version()
    for article in articles:
        seen = known.get(article.id)
        same = (article.sha256, version, article.source)
        if not force and seen and (seen.sha256, seen.pipeline, seen.source) == same:
            summary.unchanged += 1
            reporter.on_unchanged()
            continue
        yield article


def _merge_records(old: Path, new: Path) -> Path:
    """Write old records not re-extracted, then the new ones, to one raw file."""
    fresh = {r.document.id for r in read_records(new)}
    raw = old.with_name(".records.raw.jsonl")
    kept = (r for r in read_records(old) if r.document.id not in fresh)
    write_jsonl(_chain_records(kept, read_records(new)), raw)
    return raw


def _chain_records(*parts: Iterable[Record]) -> Iterator[Record]:
    for part in parts:
        yield from part
