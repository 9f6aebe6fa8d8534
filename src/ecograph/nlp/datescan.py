"""Date patterns tried only where their first words stand, not at every position (pure).

A case-blind regex scan tests each position of an article; searching the
lowered text for the few words a pattern can open on, then matching there,
finds the same matches several times faster on long articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """Yield what ``pattern.finditer(text)`` yields, trying the pattern only at `starts`.

    `starts` must be sorted and hold every offset where a match can begin: the
    engine then skips the stretches between them instead of testing each position.
    """
    end = 0
    for start in starts:
        if start >= end and (found := pattern.match(text, start)) is not None:
            end = found.end()
            yield found


def scan(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern whose matches all begin with one of `words`.

    `words` are lowercase beginnings ("les", "mai", a digit); a case-blind regex
    engine tests every position of an article, a lowered-text search only finds
    where the words stand (also inside longer words: "mai" in "maison").
    """
    starts = word_starts(text, words)
    return pattern.finditer(text) if starts is None else finditer_at(pattern, text, starts)


@lru_cache(maxsize=64)
def word_starts(text: str, words: tuple[str, ...]) -> tuple[int, ...] | None:
    """Return the sorted offsets where one of `words` begins in `text`, whatever its case.

    None when lowering would shift offsets ("İ" lowers to two characters).
    """
    low = _lower(text)
    if low is None:
        return None
    starts = set()
    for word in words:
        at = low.find(word)
        while at != -1:
            starts.add(at)
            at = low.find(word, at + 1)
    return tuple(sorted(starts))


def forget() -> None:
    """Drop the offsets kept for earlier texts: they serve the passes over one article only.

    Called once per article, so that repeated texts (a benchmark) are read anew.
    """
    word_starts.cache_clear()
    _lower.cache_clear()


@lru_cache(maxsize=4)
def _lower(text: str) -> str | None:
    """`text` lowered as the case-blind regex engine compares letters, offsets kept."""
    if "\u0130" in text:
        return None
    low = text.lower()
    if not low.isascii():
        # The engine also reads the dotless "ı" as "i" and the long "ſ" as "s".
        low = low.replace("ı", "i").replace("ſ", "s")
    return low
