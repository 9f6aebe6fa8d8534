"""Score records against gold files: match each gold file to its record, then sum per kind."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from ecograph.errors import GoldError
from ecograph.evaluation.facts import ENTITY_KINDS, RELATION_KINDS, Fact
from ecograph.evaluation.gold import Gold, load_gold
from ecograph.evaluation.predicted import load_records, record_facts
from ecograph.evaluation.report import Report
from ecograph.evaluation.score import Score, score_facts, sum_scores
from ecograph.records import Record

Scores = dict[str, list[Score]]  # kind -> one score per document


def evaluate_files(records_path: str | Path, gold_path: str | Path) -> Report:
    """Score the records of `records_path` against the gold file(s) at `gold_path`."""
    return evaluate(load_records(records_path), load_gold(gold_path))


def evaluate(records: Iterable[Record], golds: Sequence[Gold]) -> Report:
    """Score records against gold files matched to them by document name.

    A gold file matches the record whose `document.source` file name (or its stem), or whose
    `document.id`, is the gold's "document" name or the gold file's stem. Gold files that
    match no record are listed in `Report.unmatched_gold`; records without gold are skipped.
    """
    records = list(records)
    found = [(gold, _find_record(records, gold)) for gold in golds]
    pairs = [(gold, record) for gold, record in found if record is not None]
    if not pairs:
        raise _no_record_error(golds)
    entity_scores, relation_scores = _score_documents(pairs, named=len(golds) > 1)
    return Report(
        documents=tuple(record.document.source for _, record in pairs),
        entities=_ordered(entity_scores, ENTITY_KINDS, keep=ENTITY_KINDS),
        relations=_ordered(relation_scores, RELATION_KINDS, keep=()),
        unmatched_gold=tuple(gold.path for gold, record in found if record is None),
    )


def _no_record_error(golds: Sequence[Gold]) -> GoldError:
    names = ", ".join(sorted(n for g in golds for n in g.names))
    return GoldError(
        f"no record is about a gold document ({names})",
        fix="a gold file's 'document' must be a record's source file name or document id",
    )


def _score_documents(pairs: list[tuple[Gold, Record]], *, named: bool) -> tuple[Scores, Scores]:
    """Score each document; when `named`, errors start with the document's file name."""
    entity_scores: Scores = {}
    relation_scores: Scores = {}
    for gold, record in pairs:
        prefix = f"{Path(record.document.source).name}: " if named else ""
        pred_entities, pred_relations = record_facts(record)
        _score_into(entity_scores, gold.entities, pred_entities, prefix=prefix)
        _score_into(relation_scores, gold.relations, pred_relations, prefix=prefix)
    return entity_scores, relation_scores


def _find_record(records: list[Record], gold: Gold) -> Record | None:
    for record in records:
        source = Path(record.document.source)
        if {source.name, source.stem, record.document.id} & gold.names:
            return record
    return None


def _score_into(
    scores: Scores, golds: Sequence[Fact], preds: Sequence[Fact], *, prefix: str
) -> None:
    """Add one document's score of each kind its gold or predicted facts hold."""
    for kind in dict.fromkeys([f.kind for f in golds] + [f.kind for f in preds]):
        kind_golds = [f for f in golds if f.kind == kind]
        kind_preds = [f for f in preds if f.kind == kind]
        scores.setdefault(kind, []).append(score_facts(kind, kind_golds, kind_preds, prefix=prefix))


def _ordered(scores: Scores, order: Sequence[str], *, keep: Sequence[str]) -> tuple[Score, ...]:
    """Scores in `order`, then the others; a kind with nothing to count shows only if kept."""
    kinds = [k for k in order if k in scores or k in keep]
    kinds += sorted(k for k in scores if k not in order)
    summed = (sum_scores(kind, scores.get(kind, [])) for kind in kinds)
    return tuple(s for s in summed if s.tp + s.fp + s.fn or s.kind in keep)
