"""Worker processes give the same records as one process; unchanged articles are skipped.

Test texts other than the sample article are short French sentences written for these
tests, with invented names.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ecograph import cluster, extract
from ecograph.extract import extract_articles
from ecograph.ingest import make_article
from ecograph.pipeline import run
from ecograph.records import Article

if TYPE_CHECKING:
    from spacy.language import Language

TEXTS = (
    "La société Valmorin Industries a signé un contrat de 40 millions d'euros à Lyon "
    "le 3 mars 2024.",
    "Claire Dumontel, directrice générale de Nordelec, a rencontré des investisseurs "
    "à Bordeaux en février.",
    "Le groupe Agrisol investit 12 millions d'euros dans l'agroalimentaire au Maroc.",
    "Une délégation du Japon est attendue à Nantes du 4 au 8 septembre 2025.",
)


@pytest.fixture(scope="module")
def articles(sample_text: str) -> list[Article]:
    texts = (sample_text, *TEXTS)
    return [
        make_article(t, source=f"test/{i}", published="2024-05-01") for i, t in enumerate(texts)
    ]


def _dicts(records: Iterator[Any]) -> list[dict[str, Any]]:
    return sorted((r.to_dict() for r in records), key=lambda d: d["document"]["id"])


@pytest.mark.model
def test_workers_two_processes_give_the_records_of_one(
    nlp: Language, articles: list[Article]
) -> None:
    one = _dicts(extract_articles(nlp, articles))
    # task_size=2 forces several tasks over the two processes, even with five articles.
    two = _dicts(cluster.extract_in_processes(nlp, articles, workers=2, task_size=2))
    assert two == one
    assert sum(len(d["relations"]) for d in one) > 0


@pytest.mark.model
def test_workers_spacy_n_process_keeps_span_and_doc_extensions(
    nlp: Language, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without fork, extract_articles falls back on spaCy's nlp.pipe(n_process=2): docs
    # come back as bytes and span._.eco, doc._.eco_relations must survive the trip.
    monkeypatch.setattr(extract.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    two = _dicts(extract.extract_articles(nlp, articles, n_process=2, batch_size=2))
    assert two == _dicts(extract.extract_articles(nlp, articles))


@pytest.mark.model
def test_workers_few_articles_stay_in_process(
    nlp: Language, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started for one task's worth of articles")

    monkeypatch.setattr(cluster, "ProcessPoolExecutor", no_pool)
    records = list(extract_articles(nlp, articles, n_process=2))
    assert [r.document.id for r in records] == [a.id for a in articles]


def test_workers_in_order_keeps_order_and_bounds_the_window() -> None:
    pulled: list[int] = []
    in_flight: list[int] = []

    def work() -> Iterator[list[Article]]:
        for number in range(10):
            pulled.append(number)
            yield [make_article(f"texte {number}", source=str(number))]

    def submit(batch: list[Article]) -> Future[list[Any]]:
        future: Future[list[Any]] = Future()
        future.set_result([batch[0].source])
        return future

    out = []
    for source in cluster.in_order(submit, work(), window=3):
        in_flight.append(len(pulled) - len(out) - 1)
        out.append(source)
    assert out == [str(n) for n in range(10)]
    assert max(in_flight) <= 3


def test_workers_batches_cut_a_stream() -> None:
    items = [make_article(f"texte {n}", source=str(n)) for n in range(5)]
    assert [len(b) for b in cluster.batches(iter(items), 2)] == [2, 2, 1]


def test_workers_available_cores_is_positive() -> None:
    assert cluster.available_cores() >= 1


@pytest.mark.model
@pytest.mark.slow
def test_workers_second_run_skips_the_model_and_force_does_not(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ecograph.nlp.pipeline as nlp_pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, text in enumerate(TEXTS):
        (corpus / f"t{number}.txt").write_text(text, encoding="utf-8")
    loads: list[int] = []

    def counted_load(**kwargs: object) -> Language:
        loads.append(1)
        return nlp

    monkeypatch.setattr(nlp_pipeline, "load_nlp", counted_load)
    out = tmp_path / "out"
    first = run([corpus], out, workers=1)
    again = run([corpus], out, workers=1)
    forced = run([corpus], out, workers=1, force=True)
    assert (first.articles, first.unchanged) == (len(TEXTS), 0)
    assert (again.articles, again.unchanged) == (0, len(TEXTS))
    assert (forced.articles, forced.unchanged) == (len(TEXTS), 0)
    assert len(loads) == 2  # the first run and the forced one, not the second


@pytest.mark.model
def test_workers_memory_zones_keep_records_and_free_strings(
    nlp: Language, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _dicts(extract_articles(nlp, articles))
    monkeypatch.setattr(extract, "ZONE_SIZE", 2)  # several zones over five articles
    fresh = make_article("La société Zorvaquine a ouvert un atelier à Quimperlé.", source="z")
    before = len(nlp.vocab.strings)
    zoned = _dicts(extract_articles(nlp, articles))
    list(extract_articles(nlp, [fresh]))
    assert zoned == whole
    assert len(nlp.vocab.strings) == before  # the new words left with their zone
