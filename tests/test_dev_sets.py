"""Development sets: the real pipeline on articles written apart from the rules.

`tests/data/heldout/` (6 articles, `docs/heldout.md`), `tests/data/dev2/` (10 articles,
`docs/dev2.md`) and `tests/data/dev3/` (12 articles in other press styles, `docs/dev3.md`)
were written for these tests (invented companies and people, French and foreign cities),
each with its hand annotation in `*.gold.json`. All are now used to develop rules, so their
scores are optimistic; the untouched measure is the blind set (`tests/test_blind.py`).

The floors sit a little below what the pipeline scored when they were set, so a change
that makes extraction worse on these texts fails here even if the sample article still
scores well. Raise them when the pipeline improves; never lower them to pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from ecograph.evaluate import Report
from support import score_set

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = [pytest.mark.model, pytest.mark.slow]

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class DevSet:
    """A gold folder, its article count and the F1 floors it must stay above."""

    name: str
    articles: int
    entity_floor: float
    relation_floor: float


SETS = (
    # Measured 2026-11-26 on 139a1a5: entity F1 1.000, relation F1 0.954; minus 0.05.
    DevSet("heldout", 6, 0.95, 0.90),
    # First run, before any tuning on it (8903220): entity F1 0.90, relation F1 0.49.
    # Measured 2026-11-26 on 139a1a5: entity F1 0.984, relation F1 0.969; minus 0.05.
    DevSet("dev2", 10, 0.93, 0.91),
    # Other styles (wire, business daily, interview, "En bref"...), written blind to the code:
    # first run (at ac534e1) entity F1 0.857, relation F1 0.449. Measured 2026-11-26 on 034ba58:
    # entity F1 0.983, relation F1 0.939; minus 0.05.
    DevSet("dev3", 12, 0.93, 0.89),
)


@pytest.fixture(scope="module", params=SETS, ids=[s.name for s in SETS])
def scored(request: pytest.FixtureRequest, nlp: Language) -> tuple[DevSet, Report]:
    """Extract one set's articles with the real pipeline and score them against gold."""
    dev: DevSet = request.param
    return dev, score_set(nlp, DATA / dev.name)


def test_dev_sets_every_gold_file_is_scored(scored: tuple[DevSet, Report]) -> None:
    dev, report = scored
    golds = sorted((DATA / dev.name).glob("*.gold.json"))
    assert len(golds) == dev.articles
    assert report.unmatched_gold == ()
    assert len(report.documents) == len(golds)


def test_dev_sets_entity_f1_above_floor(scored: tuple[DevSet, Report]) -> None:
    dev, report = scored
    score = report.entity_overall
    assert score.f1 >= dev.entity_floor, (
        f"{dev.name} entity F1 {score.f1:.3f} < {dev.entity_floor}; "
        f"misses: {[m for s in report.entities for m in s.misses][:20]}"
    )


def test_dev_sets_relation_f1_above_floor(scored: tuple[DevSet, Report]) -> None:
    dev, report = scored
    score = report.relation_overall
    assert score.f1 >= dev.relation_floor, (
        f"{dev.name} relation F1 {score.f1:.3f} < {dev.relation_floor}; "
        f"false hits: {[h for s in report.relations for h in s.false_hits][:20]}"
    )


def test_dev_sets_every_entity_category_is_found(scored: tuple[DevSet, Report]) -> None:
    # Each category has gold facts in both sets: none may drop to zero recall.
    dev, report = scored
    for score in report.entities:
        assert score.tp > 0, f"no {score.kind} entity found on {dev.name}"
