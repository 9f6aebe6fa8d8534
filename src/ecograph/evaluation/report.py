"""The report over every evaluated document, as JSON data or as tables and error lines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rich.table import Table

from ecograph.evaluation.score import Score, sum_scores


@dataclass(frozen=True, slots=True)
class Report:
    """Scores per entity category and per relation type, over every evaluated document."""

    documents: tuple[str, ...]
    entities: tuple[Score, ...]
    relations: tuple[Score, ...]
    unmatched_gold: tuple[str, ...] = ()

    @property
    def entity_overall(self) -> Score:
        """Micro-averaged score over all entity categories."""
        return sum_scores("overall", self.entities)

    @property
    def relation_overall(self) -> Score:
        """Micro-averaged score over all relation types."""
        return sum_scores("overall", self.relations)

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        """Return the report as plain JSON data."""
        return {
            "documents": list(self.documents),
            "unmatched_gold": list(self.unmatched_gold),
            "entities": {
                "overall": self.entity_overall.to_dict(errors=False),
                "by_category": {s.kind: s.to_dict(errors=errors) for s in self.entities},
            },
            "relations": {
                "overall": self.relation_overall.to_dict(errors=False),
                "by_type": {s.kind: s.to_dict(errors=errors) for s in self.relations},
            },
        }


def report_tables(report: Report) -> tuple[Table, Table]:
    """Return the entity and the relation table: P, R, F1, counts and attributes per row."""
    return (
        _table("Entities", "category", report.entities, report.entity_overall),
        _table("Relations", "type", report.relations, report.relation_overall),
    )


def error_lines(report: Report) -> Iterator[str]:
    """Yield one line per missed gold fact, per false hit and per wrong attribute, kind by kind."""
    for score in (*report.entities, *report.relations):
        for label in score.misses:
            yield f"{score.kind}  missed  {label}"
        for label in score.false_hits:
            yield f"{score.kind}  false   {label}"
        for line in score.mismatches:
            yield f"{score.kind}  attr    {line}"


def _table(title: str, heading: str, scores: tuple[Score, ...], overall: Score) -> Table:
    table = Table(title=title, title_justify="left")
    for column in (heading, "P", "R", "F1", "TP", "FP", "FN", "attributes"):
        table.add_column(column, justify="left" if column in (heading, "attributes") else "right")
    for score in scores:
        table.add_row(*_row(score))
    table.add_row(*_row(overall), style="bold", end_section=True)
    return table


def _row(score: Score) -> tuple[str, ...]:
    attributes = " ".join(f"{name} {ok}/{n}" for name, ok, n in score.attributes)
    figures = (f"{score.precision:.2f}", f"{score.recall:.2f}", f"{score.f1:.2f}")
    counts = (str(score.tp), str(score.fp), str(score.fn))
    return (score.kind, *figures, *counts, attributes)
