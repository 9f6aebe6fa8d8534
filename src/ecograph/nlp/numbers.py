"""Find French figures in text: value, unit (counted noun, %, currency) and qualifier (pure).

"plus de 6 000 visiteurs" -> (6000, "visiteur", "more_than"); "une quarantaine
d'entreprises" -> (40, "entreprise", "approx"); "3,5 M€" -> (3500000, "EUR");
"contre quatre en 2016" takes the unit of the figure before it in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ecograph.nlp import figunits
from ecograph.nlp.figwords import (
    AP,
    APPROX,
    APPROX_NOUNS,
    DIGITS,
    QUALIFIER,
    QUALIFIER_OF,
    SP,
    STREET_WORDS,
    WORDS,
    digits_value,
    words_value,
)


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


_CORE = re.compile(
    rf"(?P<dur>(?P<hn>{DIGITS}|(?i:{WORDS})){SP}*(?i:heures?|h){SP}*"
    rf"(?P<hm>(?i:trente|quinze|quarante-cinq)|\d{{2}})\b)"
    rf"|(?P<appr>(?:(?P<amul>{DIGITS}|(?i:{WORDS})){SP}+|(?i:une|la|une{SP}+bonne){SP}+)?"
    rf"(?P<anoun>(?i:{APPROX}))s?)\b"
    rf"|(?<![\w.,])(?P<dig>{DIGITS})(?![\w]|[.,]\d)"
    rf"|\b(?P<wrd>(?i:{WORDS}))\b"
)
_ELISION_CUE = re.compile(rf"(?:contre|et|dont|soit|puis|,|{AP}){SP}*$", re.IGNORECASE)
_SKIP_BEFORE = re.compile(rf"(?:n°|numéro|no\.?|à|vers){SP}*$", re.IGNORECASE)


NounTest = Callable[[int, int], bool | None]
"""Tells whether ``text[start:end]`` is a noun (None when it does not know)."""


def find_figures(
    text: str, *, blocked: Iterable[tuple[int, int]] = (), is_noun: NounTest | None = None
) -> list[FigureMatch]:
    """Return the figures of `text` in order, skipping numbers inside `blocked` ranges.

    `is_noun` lets a tagged document veto counted nouns that are verbs or
    prepositions; without it a stop list does that work.
    """
    taken = list(blocked)
    found: list[FigureMatch] = []
    for core in _CORE.finditer(text):
        if any(core.start() < end and start < core.end() for start, end in taken):
            continue
        figure = _read(text, core, found, is_noun)
        if figure is not None:
            found.append(figure)
    return found


def parse_figure(text: str) -> tuple[float, str | None, str] | None:
    """Return (value, unit, qualifier) of the first figure of `text`, or None."""
    found = find_figures(text)
    return (found[0].value, found[0].unit, found[0].qualifier) if found else None


def _read(
    text: str, core: re.Match[str], before: list[FigureMatch], is_noun: NounTest | None
) -> FigureMatch | None:
    """Read value, unit and qualifier around a number core; None if it is no figure."""
    value, rule = _core_value(core)
    if value is None or (
        _SKIP_BEFORE.search(text, max(0, core.start() - 10), core.start()) and not core["appr"]
    ):
        return None
    if STREET_WORDS.match(text, _skip_space(text, core.end())):
        return None
    if _lone_article(text, core):
        return None
    unit, end, value = figunits.read_unit(
        text, core.end(), value, de_ok=bool(core["appr"]), is_noun=is_noun
    )
    if core["dur"]:
        unit, end = "heure", core.end()
    if unit is None:
        unit = _elided_unit(text, core, before)
        if unit is None:
            return None
    start, qualifier = _qualifier(text, core.start(), approx=bool(core["appr"]))
    # 152.0 reads as 152 in the record; 2.5 hours stays a decimal.
    number = int(value) if float(value).is_integer() else round(value, 6)
    return FigureMatch(start, end, text[start:end], number, unit, qualifier, rule)


def _core_value(core: re.Match[str]) -> tuple[float | None, str]:
    try:
        if core["dur"]:
            hours, minutes = core["hn"], core["hm"]
            mins = float(minutes) if minutes.isdigit() else words_value(minutes)
            return _number(hours) + mins / 60, "figure.duration"
        if core["appr"]:
            base = APPROX_NOUNS[core["anoun"].casefold()]
            return base * (_number(core["amul"]) if core["amul"] else 1), "figure.approx_noun"
        if core["dig"]:
            return digits_value(core["dig"]), "figure.digits"
        return words_value(core["wrd"]), "figure.words"
    except ValueError:
        return None, ""  # text2num refuses sequences that are no number ("un deux").


def _lone_article(text: str, core: re.Match[str]) -> bool:
    """'un accord' is an article and a noun; 'un million' is a figure."""
    if core["wrd"] is None or core["wrd"].casefold() not in ("un", "une"):
        return False
    return figunits.scale_at(text, core.end()) is None


def _number(text: str) -> float:
    return digits_value(text) if text[0].isdigit() else words_value(text)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _qualifier(text: str, start: int, *, approx: bool) -> tuple[int, str]:
    """Extend the figure back over "plus de", "près de", "environ"... and name the qualifier."""
    found = QUALIFIER.search(text, max(0, start - 30), start)
    if found is None:
        return start, "approx" if approx else "exact"
    word = found["q"].split()[0].casefold().split("'")[0].split("’")[0]
    return found.start(), QUALIFIER_OF.get(word, "approx")


def _elided_unit(text: str, core: re.Match[str], before: list[FigureMatch]) -> str | None:
    """A number with no noun counts what the previous figure of its sentence counts."""
    if not before or not before[-1].unit:
        return None
    gap = text[before[-1].end : core.start()]
    if any(mark in gap for mark in ".!?\n"):
        return None
    if core["wrd"] and not _ELISION_CUE.search(text, max(0, core.start() - 12), core.start()):
        return None
    return before[-1].unit
