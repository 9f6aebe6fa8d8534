"""Find French figures in text: value, unit (counted noun, %, currency) and qualifier (pure).

"plus de 6 000 visiteurs" -> (6000, "visiteur", "more_than"); "une quarantaine
d'entreprises" -> (40, "entreprise", "approx"); "3,5 M€" -> (3500000, "EUR");
"contre quatre en 2016" takes the unit of the figure before it in the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

from ecograph.nlp import figcore, figfilters, figunits
from ecograph.nlp.figcore import APPROX_KIND, DURATION_KIND, Core, find_cores
from ecograph.nlp.figwords import AP, QUALIFIER, QUALIFIER_OF, SP


@dataclass(frozen=True, slots=True)
class FigureMatch:
    """One figure: offsets, surface text, value, unit and qualifier."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None
    qualifier: str
    rule: str


_ELISION_CUE = re.compile(rf"(?:contre|et|dont|soit|puis|,|{AP}){SP}*$", re.IGNORECASE)
_RANGE_LINK = re.compile(rf"{SP}*(?:et|à|ou|-|–){SP}*")
_DIGIT_NEXT = re.compile(rf"{SP}*\d")


NounTest = Callable[[int, int], bool | None]
"""Tells whether ``text[start:end]`` is a noun (None when it does not know)."""


def find_figures(
    text: str, *, blocked: Iterable[tuple[int, int]] = (), is_noun: NounTest | None = None
) -> list[FigureMatch]:
    """Return the figures of `text` in order, skipping numbers inside `blocked` ranges.

    `is_noun` lets a tagged document veto counted nouns that are verbs or
    prepositions; without it a stop list does that work.
    """
    figcore.forget()
    overlaps = _overlap_test(blocked)
    found: list[FigureMatch] = []
    for core in find_cores(text):
        if overlaps(core.start, core.end):
            continue
        figure = _read(text, core, found, is_noun)
        if figure is not None:
            found.append(figure)
    return found


def _overlap_test(ranges: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Return a test of whether [start, end) overlaps one of `ranges`, by bisection."""
    ordered = sorted(ranges)
    starts = [start for start, _ in ordered]
    # reach[i]: the furthest end among the first i ranges (those starting earliest).
    reach = list(accumulate((end for _, end in ordered), max, initial=-1))

    def overlaps(start: int, end: int) -> bool:
        return reach[bisect_left(starts, end)] > start

    return overlaps


def parse_figure(text: str) -> tuple[float, str | None, str] | None:
    """Return (value, unit, qualifier) of the first figure of `text`, or None."""
    found = find_figures(text)
    return (found[0].value, found[0].unit, found[0].qualifier) if found else None


def _read(
    text: str, core: Core, before: list[FigureMatch], is_noun: NounTest | None
) -> FigureMatch | None:
    """Read unit and qualifier around a number core; None if it is no figure."""
    approx = core.kind == APPROX_KIND
    if figfilters.not_a_count(text, core):
        return None
    unit: str | None = "heure"
    end, value = core.end, core.value
    if core.kind != DURATION_KIND:
        unit, end, value = figunits.read_unit(
            text, core.end, core.value, de_ok=approx, is_noun=is_noun
        )
    if unit is None and (shared := _range_unit(text, core, is_noun)) is not None:
        unit, factor = shared
        value *= factor
    if unit is None:
        unit = _elided_unit(text, core, before)
        if unit is None:
            return None
    if figfilters.anaphoric(text, core, unit):
        return None
    start, qualifier = _qualifier(text, core.start, approx=approx)
    # 152.0 reads as 152 in the record; 2.5 hours stays a decimal.
    number = int(value) if float(value).is_integer() else round(value, 6)
    return FigureMatch(start, end, text[start:end], number, unit, qualifier, f"figure.{core.kind}")


def _qualifier(text: str, start: int, *, approx: bool) -> tuple[int, str]:
    """Extend the figure back over "plus de", "près de", "environ"... and name the qualifier."""
    found = QUALIFIER.search(text, max(0, start - 30), start)
    if found is None:
        return start, "approx" if approx else "exact"
    word = found["q"].split()[0].casefold().split("'")[0].split("’")[0]
    return found.start(), QUALIFIER_OF.get(word, "approx")


def _range_unit(text: str, core: Core, is_noun: NounTest | None) -> tuple[str, float] | None:
    """'entre 200 et 300 salariés', 'de 2 à 3 millions d'euros': the first number
    shares the unit (and scale) written after the second."""
    link = _RANGE_LINK.match(text, core.end)
    if link is None:
        return None
    following = next(find_cores(text, link.end()), None)
    if following is None or following.start != link.end() or following.kind == DURATION_KIND:
        return None
    unit, _, scaled = figunits.read_unit(
        text, following.end, following.value, de_ok=False, is_noun=is_noun
    )
    if unit is None or not following.value:
        return None
    return unit, scaled / following.value


def _elided_unit(text: str, core: Core, before: list[FigureMatch]) -> str | None:
    """A number with no noun counts what the previous figure of its sentence counts.

    Only after a comparison or list word ("contre quatre", "et 96", ", 12"), so
    that a phone number or a score is not read as more of the same.
    """
    if not before or not before[-1].unit:
        return None
    gap = text[before[-1].end : core.start]
    if any(mark in gap for mark in ".!?\n") or _DIGIT_NEXT.match(text, core.end):
        return None
    if not _ELISION_CUE.search(text, max(0, core.start - 12), core.start):
        return None
    return before[-1].unit
