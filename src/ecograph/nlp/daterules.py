"""Rules for explicit French dates: intervals, days, months with a year, years."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ecograph.nlp.dateanchor import FUTURE, PAST, Anchor, month_after
from ecograph.nlp.datescan import scan
from ecograph.nlp.datewords import (
    AP,
    DAY,
    DIGITS,
    FORWARD,
    MONTH,
    MONTH_INITIALS,
    MONTH_WORDS,
    PAST_WORDING,
    WEEKDAY,
    YEAR,
    day_number,
    month_number,
    sentence_around,
    starting_with,
)

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Found:
    """A raw rule hit: character offsets, ISO value (None if unresolved), provenance."""

    start: int
    end: int
    value: str | None
    relative: bool
    anchor_kind: str | None
    rule: str


def relative(start: int, end: int, value: str | None, anchor: Anchor | None, rule: str) -> Found:
    """A hit whose value depends on the anchor."""
    return Found(start, end, value, True, anchor.kind if anchor else None, rule)


def tense(text: str, start: int, end: int) -> str | None:
    """Does the date's sentence look ahead ("prévu", "est attendu") or back ("a signé")?"""
    sentence = sentence_around(text, start, end)
    if FORWARD.search(sentence):
        return FUTURE
    return PAST if PAST_WORDING.search(sentence) else None


# Patterns start on their most selective part (a digit, a month name); optional words
# before it ("mardi 4 mars", "mois de mai 2016") are read backwards from there, which
# keeps the scan fast.
_DAY = starting_with(
    "0-9", rf"(?<![\d,.])\b(?P<d>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b", _I
)
_WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAY}\s+$", _I)
_MOIS_DE_BEFORE = re.compile(rf"\bmois\s+(?:de\s+|d{AP})$", _I)


def extend_back(text: str, start: int, before: re.Pattern[str]) -> int:
    """Return where `before` ends right at `start` begins (else `start`)."""
    found = before.search(text, max(0, start - 16), start)
    return found.start() if found else start


def day(text: str, anchor: Anchor | None) -> list[Found]:
    """'4 septembre 2017' -> '2017-09-04'; '1er mars' reads its year from the anchor."""
    hits = []
    for m in scan(_DAY, text, DIGITS):
        month, number = month_number(m["m"]), day_number(m["d"])
        start = extend_back(text, m.start(), _WEEKDAY_BEFORE)
        if m["y"]:
            value = iso_day(int(m["y"]), month, number)
            if value:
                hits.append(Found(start, m.end(), value, False, None, "day"))
            continue
        value = None
        if anchor is not None:
            when = tense(text, m.start(), m.end())
            value = iso_day(month_after(anchor, month, tense=when), month, number)
        hits.append(relative(start, m.end(), value, anchor, "day"))
    return hits


def iso_day(year: int, month: int, number: int) -> str | None:
    """Return 'YYYY-MM-DD', or None for a day the calendar lacks ('31 avril')."""
    try:
        return date(year, month, number).isoformat()
    except ValueError:
        return None


_MONTH_YEAR = starting_with(MONTH_INITIALS, rf"\b(?P<m>{MONTH})\s+(?P<y>{YEAR})\b", _I)


def month_year(text: str, anchor: Anchor | None) -> list[Found]:
    """'mai 2016' or 'mois de mai 2016' -> '2016-05'."""
    hits = []
    for m in scan(_MONTH_YEAR, text, MONTH_WORDS):
        value = f"{m['y']}-{month_number(m['m']):02d}"
        start = extend_back(text, m.start(), _MOIS_DE_BEFORE)
        hits.append(Found(start, m.end(), value, False, None, "month_year"))
    return hits


# Words ending in -s that may follow a year ("en 2023 les ventes", "2023 dans"): the other
# plural nouns after a 19xx/20xx number make it a count ("2000 participants").
_NOT_COUNTED = (
    r"les|des|ses|ces|mes|tes|nos|vos|leurs|plus|moins|sous|dans|puis|mais|après|vers|depuis"
    r"|très|pas|tous|toutes|alors|lors|sans|hors|dès|jamais|toujours|ailleurs|ensuite|parmi"
    r"|auprès|près|tandis|désormais|néanmoins|parfois|plusieurs|divers|certains|certaines"
    r"|quelques|nous|vous|ils|elles|ceux|celles|aux|contre|avec|grâce"
)
_COUNTED = rf"(?!(?:{_NOT_COUNTED})\b)[a-zàâçéèêëîïôûùüÿœ]{{2,}}[sx]|km|m2|m²"
# A year is four digits 1900-2099 that are not part of a larger number ("2 017 000")
# or an amount ("2000 euros").
_YEAR = starting_with(
    "12",  # YEAR: 19xx or 20xx
    rf"(?<![\d.,])(?<!\d[\s\u00a0\u202f])\b(?P<y>{YEAR})\b"
    r"(?![\s\u00a0\u202f]?\d)(?![.,]\d)(?!\s*(?i:%|€|\$|euros?\b|dollars?\b|k€|m€))"
    # A count, not a year: "2025 personnes", "1990 salariés".
    rf"(?![\s\u00a0]+(?:{_COUNTED})\b)",
)
# "plus de 2000", "près de 2000": an approximate count, never a year.
_COUNT_BEFORE = re.compile(
    r"\b(?:plus|près|moins|autour)\s+de\s+$|\b(?:environ|quelque|quelques)\s+$", _I
)


# "le plan France 2030", "Marseille Provence 2013": a year right after a capitalised word
# inside a sentence ends a name. Sentence-initial words ("En 2016") do not count.
_NAME_BEFORE = re.compile(r"(?<![.!?\n:«\"]\s)(?<!^)\b[A-ZÀ-Ý][\w-]*\s$")


def year(text: str, anchor: Anchor | None) -> list[Found]:
    """'en 2016' -> '2016'."""
    return [
        Found(m.start(), m.end(), m["y"], False, None, "year")
        for m in scan(_YEAR, text, ("19", "20"))
        if not _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        and not _COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start())
    ]
