"""Scores of one kind of fact: counts, misses, false hits and attribute accuracy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ecograph.evaluation.facts import Fact
from ecograph.evaluation.matching import fits, match

Tally = tuple[tuple[str, int, int], ...]  # (attribute, correct, compared), sorted by attribute


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one kind of fact, with the facts missed and the false hits."""

    kind: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: tuple[str, ...] = ()
    false_hits: tuple[str, ...] = ()
    attributes: Tally = ()
    # Matched facts with a wrong attribute: "label: role 'maire' (found 'adjoint')".
    mismatches: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        """Share of predicted facts that are right (1.0 when nothing was there to find)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        """Share of gold facts that were found (1.0 when nothing was predicted wrongly)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        """Return the score as plain JSON data (misses and false hits when `errors`)."""
        data: dict[str, Any] = {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "attributes": {
                name: {"correct": ok, "compared": n, "accuracy": round(ok / n, 4)}
                for name, ok, n in self.attributes
            },
        }
        if errors:
            data["misses"] = list(self.misses)
            data["false_hits"] = list(self.false_hits)
            data["attribute_mismatches"] = list(self.mismatches)
        return data


def score_facts(kind: str, golds: list[Fact], preds: list[Fact], *, prefix: str = "") -> Score:
    """Match one-to-one; predictions that fit only an optional gold fact are not counted.

    Attributes are scored on the matched pairs; `prefix` starts every miss and false hit label.
    """
    required = [g for g in golds if not g.optional]
    pairs = match(required, preds, fits)
    misses = [g for i, g in enumerate(required) if i not in pairs]
    false_hits = _false_hits(preds, set(pairs.values()), [g for g in golds if g.optional])
    checks = (c for g, p in pairs.items() for c in _attribute_checks(required[g], preds[p]))
    wrong = (w for g, p in pairs.items() for w in _mismatches(required[g], preds[p]))
    return Score(
        kind,
        tp=len(pairs),
        fp=len(false_hits),
        fn=len(misses),
        misses=tuple(prefix + f.label for f in misses),
        false_hits=tuple(prefix + f.label for f in false_hits),
        attributes=_tally(checks),
        mismatches=tuple(prefix + w for w in wrong),
    )


def _false_hits(preds: list[Fact], matched: set[int], optional: list[Fact]) -> list[Fact]:
    """Predictions left unmatched, but for those that fit an optional gold fact."""
    leftover = [p for i, p in enumerate(preds) if i not in matched]
    return [p for p in leftover if not any(fits(g, p) for g in optional)]


def _attribute_checks(gold: Fact, pred: Fact) -> Iterator[tuple[str, int, int]]:
    """One (attribute, correct, 1) per attribute the gold fact gives."""
    found = dict(pred.attrs)
    for name, keys in gold.attrs:
        yield name, int(bool(keys & found.get(name, frozenset()))), 1


def _mismatches(gold: Fact, pred: Fact) -> Iterator[str]:
    """One line per attribute of the gold fact that the matched prediction gets wrong."""
    found = dict(pred.attrs)
    for name, keys in gold.attrs:
        got = found.get(name, frozenset())
        if not keys & got:
            wanted = " | ".join(sorted(keys))
            shown = f"'{' | '.join(sorted(got))}'" if got else "nothing"
            yield f"{gold.label}: {name} '{wanted}' (found {shown})"


def sum_scores(kind: str, scores: Iterable[Score]) -> Score:
    """Add up scores (micro-average): counts, misses, false hits and attribute tallies."""
    scores = list(scores)
    return Score(
        kind,
        tp=sum(s.tp for s in scores),
        fp=sum(s.fp for s in scores),
        fn=sum(s.fn for s in scores),
        misses=tuple(m for s in scores for m in s.misses),
        false_hits=tuple(h for s in scores for h in s.false_hits),
        attributes=_tally(a for s in scores for a in s.attributes),
        mismatches=tuple(w for s in scores for w in s.mismatches),
    )


def _tally(counts: Iterable[tuple[str, int, int]]) -> Tally:
    totals: dict[str, list[int]] = {}
    for name, ok, n in counts:
        total = totals.setdefault(name, [0, 0])
        total[0] += ok
        total[1] += n
    return tuple((name, ok, n) for name, (ok, n) in sorted(totals.items()))
