"""Extraction on a dask.distributed cluster gives the records of a local run.

Test texts other than the sample article are short French sentences written for these
tests, with invented names.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ecograph.cluster import extract_on_cluster
from ecograph.errors import EcographError
from ecograph.extract import extract_articles
from ecograph.ingest import make_article
from ecograph.pipeline import extract
from ecograph.records import Article

if TYPE_CHECKING:
    from spacy.language import Language

TEXTS = (
    "La société Hélioparc a ouvert une usine à Grenoble en avril 2023.",
    "Paul Verrier, président de Datanova, a signé un accord avec Biomedix à Rennes.",
    "Océanis Logistique investit 25 millions d'euros dans le port de Rouen.",
)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A local two-process cluster, as a remote one would be reached: by its address."""
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close()


@pytest.fixture(scope="module")
def articles(sample_text: str) -> list[Article]:
    texts = (sample_text, *TEXTS)
    return [
        make_article(t, source=f"cluster/{i}", published="2024-06-01") for i, t in enumerate(texts)
    ]


def _dicts(records: Any) -> list[dict[str, Any]]:
    return sorted((r.to_dict() for r in records), key=lambda d: d["document"]["id"])


@pytest.mark.model
@pytest.mark.slow
def test_cluster_records_equal_the_local_run(
    nlp: Language, articles: list[Article], scheduler: str
) -> None:
    remote = list(extract_on_cluster(iter(articles), scheduler=scheduler, task_size=1))
    local = list(extract_articles(nlp, articles))
    assert [r.document.id for r in remote] == [a.id for a in articles]  # input order kept
    # Same code on both sides (a different tag means the sources changed mid-test).
    assert {r.document.pipeline for r in remote} == {r.document.pipeline for r in local}
    assert _dicts(remote) == _dicts(local)


@pytest.mark.model
@pytest.mark.slow
def test_cluster_extract_command_path_writes_the_local_records(
    scheduler: str, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, text in enumerate(TEXTS):
        (corpus / f"c{number}.txt").write_text(text, encoding="utf-8")
    remote = extract([corpus], tmp_path / "remote", formats=("jsonl",), scheduler=scheduler)
    local = extract([corpus], tmp_path / "local", formats=("jsonl",), workers=1)
    assert remote.articles == local.articles == len(TEXTS)
    read = (tmp_path / "remote" / "records.jsonl").read_text(encoding="utf-8")
    assert read == (tmp_path / "local" / "records.jsonl").read_text(encoding="utf-8")


def test_cluster_unreachable_scheduler_is_a_clear_error() -> None:
    pytest.importorskip("dask.distributed")
    article = make_article("Une phrase.", source="x")
    with pytest.raises(EcographError, match="cannot reach the dask scheduler"):
        list(extract_on_cluster(iter([article]), scheduler="tcp://127.0.0.1:9"))


def test_cluster_run_command_takes_the_scheduler(tmp_path: Path) -> None:
    """`ecograph run --scheduler` sends the extraction to that scheduler (model-free:
    an address nobody listens on gives the clear error, not a local run)."""
    from typer.testing import CliRunner

    from ecograph.cli import app

    pytest.importorskip("dask.distributed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "c0.txt").write_text(TEXTS[0], encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["run", str(corpus), "--out", str(out), "--quiet", "--scheduler", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code != 0
    assert "cannot reach the dask scheduler" in result.output
    assert not (out / "records.jsonl").exists()


@pytest.mark.model
@pytest.mark.slow
def test_cluster_run_command_path_writes_the_local_records(scheduler: str, tmp_path: Path) -> None:
    from ecograph.pipeline import run

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, text in enumerate(TEXTS):
        (corpus / f"c{number}.txt").write_text(text, encoding="utf-8")
    remote = run([corpus], tmp_path / "remote", scheduler=scheduler)
    local = run([corpus], tmp_path / "local", workers=1)
    assert remote.articles == local.articles == len(TEXTS)
    read = (tmp_path / "remote" / "records.jsonl").read_text(encoding="utf-8")
    assert read == (tmp_path / "local" / "records.jsonl").read_text(encoding="utf-8")
