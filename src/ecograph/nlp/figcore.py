"""Find the number at the heart of a French figure: digits, words, approximate nouns, durations."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ecograph.nlp import datescan
from ecograph.nlp.datescan import word_starts
from ecograph.nlp.figwords import (
    APPROX,
    APPROX_NOUNS,
    DIGITS,
    NUMBER_WORDS,
    SP,
    WORDS,
    digits_value,
    words_value,
)

DIGITS_KIND = "digits"
WORDS_KIND = "words"
APPROX_KIND = "approx_noun"
DURATION_KIND = "duration"


@dataclass(frozen=True, slots=True)
class Core:
    """A number in the text: its offsets, value and how it was written."""

    start: int
    end: int
    value: float
    kind: str
    text: str


# One cheap scan finds the numbers; the rarer suffixes are tried only where one stands.
# Every number opens on a digit or on the initial of a number word: the lookahead
# turns the other positions down at once (the scan took twice as long without it).
_INITIALS = "".join(sorted({word[0] for word in NUMBER_WORDS} | {n[0] for n in APPROX_NOUNS}))
_NUMBER = re.compile(
    rf"(?=\d|(?i:[{_INITIALS}]))"
    rf"(?:(?<![\w.,])(?P<dig>{DIGITS})(?![\w]|[.,]\d)"
    rf"|\b(?P<wrd>(?i:{WORDS}))\b"
    rf"|\b(?P<anoun>(?i:{APPROX}))s?\b)"
)
# "deux centaines", "une quarantaine": a count of approximate nouns.
_APPROX_AFTER = re.compile(rf"{SP}+(?P<anoun>(?i:{APPROX}))s?\b")
# "deux heures trente", "3h30": hours and minutes.
_DURATION_AFTER = re.compile(
    rf"{SP}*(?i:heures?|h){SP}*(?P<hm>(?i:trente|quinze|quarante-cinq)|\d{{2}})\b"
)
# "la douzaine", "une bonne dizaine": the determiner belongs to the figure's text.
_APPROX_BEFORE = re.compile(rf"(?i:une{SP}+bonne|la){SP}+$")


# Where a number can begin: a run of digits, or a number word or approximate noun
# ("vingt" and "cent" stand for "vingts?" and "cents?").
_DIGIT_RUN = re.compile(r"\d+")
_FIRST_WORDS = tuple(sorted({w.removesuffix("s?") for w in NUMBER_WORDS} | set(APPROX_NOUNS)))


def find_cores(text: str, pos: int = 0) -> Iterator[Core]:
    """Yield the numbers of `text` from `pos` on, in order, each read with its suffix."""
    starts = _starts(text)
    if starts is None:
        while (found := _NUMBER.search(text, pos)) is not None:
            core = _read(text, found)
            pos = found.end() if core is None else core.end
            if core is not None:
                yield core
        return
    # The same numbers as the search loop above, trying the pattern only where one may begin.
    for start in starts[bisect_left(starts, pos) :]:
        if start < pos or (found := _NUMBER.match(text, start)) is None:
            continue
        core = _read(text, found)
        pos = found.end() if core is None else core.end
        if core is not None:
            yield core


def forget() -> None:
    """Drop the number offsets kept for earlier texts (see `datescan.forget`)."""
    _starts.cache_clear()
    datescan.forget()


@lru_cache(maxsize=4)
def _starts(text: str) -> tuple[int, ...] | None:
    """Sorted offsets where a number may begin (None when lowered offsets would shift)."""
    words = word_starts(text, _FIRST_WORDS)
    if words is None:
        return None
    return tuple(sorted({*words, *(m.start() for m in _DIGIT_RUN.finditer(text))}))


def _read(text: str, found: re.Match[str]) -> Core | None:
    start, end = found.span()
    try:
        if found["anoun"]:
            before = _APPROX_BEFORE.search(text, max(0, start - 12), start)
            start = before.start() if before else start
            return _core(text, start, end, APPROX_NOUNS[found["anoun"].casefold()], APPROX_KIND)
        base = digits_value(found["dig"]) if found["dig"] else words_value(found["wrd"])
    except ValueError:
        return None  # text2num refuses sequences that are no number ("un deux").
    kind = DIGITS_KIND if found["dig"] else WORDS_KIND
    if approx := _APPROX_AFTER.match(text, end):
        value = base * APPROX_NOUNS[approx["anoun"].casefold()]
        return _core(text, start, approx.end(), value, APPROX_KIND)
    if duration := _DURATION_AFTER.match(text, end):
        minutes = duration["hm"]
        mins = float(minutes) if minutes.isdigit() else words_value(minutes)
        return _core(text, start, duration.end(), base + mins / 60, DURATION_KIND)
    return _core(text, start, end, base, kind)


def _core(text: str, start: int, end: int, value: float, kind: str) -> Core:
    return Core(start, end, value, kind, text[start:end])
