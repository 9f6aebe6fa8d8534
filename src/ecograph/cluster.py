"""Spread extraction over worker processes or over a dask.distributed cluster.

Workers get batches of plain `Article`s and send back plain `Record`s: no spaCy `Doc`
crosses a process boundary, so whatever the components keep in `span._` and `doc._`
is read where it was made, and the parent only reads files and writes records. At
most a few batches per worker are in flight, so memory does not grow with the corpus,
and records come back in input order.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Protocol

from ecograph.errors import EcographError
from ecograph.records import Article, Record

if TYPE_CHECKING:
    from spacy.language import Language

TASK_SIZE = 16
"""Articles per task: small enough that the last tasks do not leave a worker idle long."""

_worker_nlp: Language | None = None
"""The model of this worker process, loaded (or inherited) once."""


class _Future(Protocol):
    def result(self) -> list[Record]: ...


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Cut a stream of articles into lists of at most `size`."""
    stream = iter(articles)
    while batch := list(islice(stream, size)):
        yield batch


def extract_batch(articles: list[Article]) -> list[Record]:
    """Worker side: extract a batch with this process's model (loaded on first use)."""
    global _worker_nlp
    from ecograph.extract import extract_articles

    if _worker_nlp is None:
        from ecograph.nlp.pipeline import load_nlp

        _worker_nlp = load_nlp()
    return list(extract_articles(_worker_nlp, articles))


def _adopt_model(nlp: Language, parent: int) -> None:
    """Pool initializer: the forked worker uses the parent's model, already in memory."""
    global _worker_nlp
    _worker_nlp = nlp
    _die_with(parent)


_PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """End this worker when its parent ends, even by SIGKILL (Linux; elsewhere a no-op).

    The pool stops its workers on a normal exit, but a killed parent would leave them
    orphaned, idle and holding memory for good.
    """
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return
    prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent was gone before the guard was set
        os._exit(1)


def in_order(
    submit: Callable[[list[Article]], _Future], work: Iterable[list[Article]], *, window: int
) -> Iterator[Record]:
    """Submit batches with at most `window` in flight; yield their records in order."""
    pending: deque[_Future] = deque()
    for batch in work:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def extract_in_processes(
    nlp: Language, articles: Iterable[Article], *, workers: int, task_size: int = TASK_SIZE
) -> Iterator[Record]:
    """Extract with `workers` forked processes sharing the parent's loaded model."""
    from ecograph.extract import extract_articles

    stream = iter(articles)
    head = list(islice(stream, task_size + 1))
    if len(head) <= task_size:
        # One task's worth: starting processes would only add their start-up time.
        yield from extract_articles(nlp, head)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_adopt_model,
        initargs=(nlp, os.getpid()),
    ) as pool:
        work = batches(chain(head, stream), task_size)
        yield from in_order(
            lambda batch: pool.submit(extract_batch, batch), work, window=2 * workers
        )


def extract_on_cluster(
    articles: Iterable[Article], *, scheduler: str, task_size: int = TASK_SIZE
) -> Iterator[Record]:
    """Extract on the dask.distributed cluster at `scheduler` (one model per worker)."""
    client = _connect(scheduler)
    try:
        slots = max(1, sum(w.get("nthreads", 1) for w in _workers(client)))
        work = batches(articles, task_size)
        # pure=False: two equal batches are still two tasks (no result sharing by hash).
        yield from in_order(
            lambda batch: client.submit(extract_batch, batch, pure=False),
            work,
            window=2 * slots,
        )
    finally:
        client.close()


def _connect(scheduler: str) -> Any:
    try:
        from dask.distributed import Client
    except ImportError as e:
        raise EcographError(
            "dask.distributed is not installed", fix="pip install 'ecograph[cluster]'"
        ) from e
    try:
        return Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as e:
        raise EcographError(
            f"cannot reach the dask scheduler at {scheduler}",
            fix="start one with `dask scheduler` and workers with `dask worker ADDRESS`",
        ) from e


def _workers(client: Any) -> list[dict[str, Any]]:
    info: dict[str, Any] = client.scheduler_info()
    return list(info.get("workers", {}).values())
