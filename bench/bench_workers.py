"""Speed-up of extraction from 1 to 2 worker processes on a synthetic corpus.

The model is loaded once; the same articles go through `extract_articles` with
`n_process=1` then `n_process=2` (forked workers sharing the model). Wall time gives
the speed-up (target >= 1.6 on 2,000 articles); CPU seconds (parent + workers) show
what the parallel run costs, and the load average says how busy the machine was.

Run: .venv/bin/python bench/bench_workers.py [--articles 2000] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import time

from common import texts, words

from ecograph.extract import extract_articles
from ecograph.ingest import make_article
from ecograph.nlp.pipeline import load_nlp


def _cpu() -> float:
    now = os.times()
    return now.user + now.system + now.children_user + now.children_system


def measure(nlp: object, articles: list, workers: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and record count of one extraction."""
    cpu, start = _cpu(), time.perf_counter()
    count = sum(1 for _ in extract_articles(nlp, articles, n_process=workers))  # type: ignore[arg-type]
    return time.perf_counter() - start, _cpu() - cpu, count


def main() -> None:
    """Print the wall time, rate and speed-up of each worker count."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    corpus = list(texts(args.articles))
    total = sum(words(t) for t in corpus)
    articles = [make_article(t, source=f"bench/{i}") for i, t in enumerate(corpus)]
    nlp = load_nlp()
    list(extract_articles(nlp, articles[:10]))  # warm-up
    print(
        f"{args.articles} articles, {total} words; cores available: {len(os.sched_getaffinity(0))}"
    )
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    results = {}
    for workers in (1, args.workers):
        wall, cpu, count = measure(nlp, articles, workers)
        assert count == len(articles)
        results[workers] = wall
        print(
            f"  workers={workers}: {wall:7.1f} s wall, {cpu:7.1f} s CPU, "
            f"{total / wall:6.0f} words/s, load average {os.getloadavg()[0]:.2f}"
        )
    print(f"speed-up 1 -> {args.workers} workers: {results[1] / results[args.workers]:.2f}")


if __name__ == "__main__":
    main()
