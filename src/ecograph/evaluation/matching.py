"""Which predicted fact fits which gold fact, matched one-to-one (maximum bipartite matching)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from ecograph.evaluation.facts import Fact, Keys

G = TypeVar("G")
P = TypeVar("P")


def fits(gold: Fact, pred: Fact) -> bool:
    """Whether every end of `pred` meets the names of the matching end of `gold`."""
    if len(gold.ends) != len(pred.ends):
        return False
    if gold.unordered:
        # Parties are a set: every gold party needs its own predicted party.
        return len(match(gold.ends, pred.ends, _end_fits)) == len(gold.ends)
    return all(_end_fits(g, p) for g, p in zip(gold.ends, pred.ends, strict=True))


def _end_fits(gold: Keys | None, pred: Keys | None) -> bool:
    return gold is None or bool(pred and gold & pred)


def match(golds: Sequence[G], preds: Sequence[P], fits: Callable[[G, P], bool]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths): gold index -> prediction index."""
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g, gold in enumerate(golds):
            if g in seen or not fits(gold, preds[p]):
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(len(preds)):
        augment(p, set())
    return owner
