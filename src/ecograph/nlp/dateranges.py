"""Rules for French date intervals: "du 4 au 8 septembre 2017", "de janvier à mars", "2015-2018"."""

from __future__ import annotations

import re

from ecograph.nlp.dateanchor import Anchor, month_after
from ecograph.nlp.daterules import Found, iso_day, relative, tense
from ecograph.nlp.datescan import scan
from ecograph.nlp.datewords import (
    AP,
    DAY,
    DIGITS,
    MONTH,
    YEAR,
    day_number,
    month_number,
    starting_with,
)

_I = re.IGNORECASE


_DAY_INTERVAL = starting_with(
    "del0-9",  # "du", "entre", "les", a day number
    rf"\b(?:(?:du|entre\s+le)\s+(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?)?"
    rf"\s+(?:au|et\s+le)\s+"
    # "les 3 et 4 décembre", "les 12, 13 et 14 novembre", "12-14 mars 2025".
    rf"|les\s+(?P<d3>{DAY})(?:\s*,\s*{DAY})*\s+et\s+|(?P<d4>{DAY})\s*[-–]\s*(?={DAY}\s))"
    rf"(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:\s+(?P<y2>{YEAR}))?\b",
    _I,
)


def day_interval(text: str, anchor: Anchor | None) -> list[Found]:
    """'du 4 au 8 septembre 2017' -> '2017-09-04/2017-09-08' (year from the anchor if absent)."""
    hits = []
    for m in scan(_DAY_INTERVAL, text, ("du", "entre", "les", *DIGITS)):
        m2 = month_number(m["m2"])
        m1 = month_number(m["m1"]) if m["m1"] else m2
        y2 = int(m["y2"]) if m["y2"] else None
        if y2 is None and anchor is not None:
            y2 = month_after(anchor, m2, tense=tense(text, m.start(), m.end()))
        if y2 is None:
            hits.append(relative(m.start(), m.end(), None, anchor, "day_interval"))
            continue
        y1 = int(m["y1"]) if m["y1"] else (y2 - 1 if m1 > m2 else y2)
        first = iso_day(y1, m1, day_number(m["d1"] or m["d3"] or m["d4"]))
        last = iso_day(y2, m2, day_number(m["d2"]))
        if first is None or last is None:
            continue
        value = f"{first}/{last}"
        if m["y2"]:
            hits.append(Found(m.start(), m.end(), value, False, None, "day_interval"))
        else:
            hits.append(relative(m.start(), m.end(), value, anchor, "day_interval"))
    return hits


_MONTH_INTERVAL = starting_with(
    "de",
    rf"\b(?:de\s+|d{AP}|entre\s+)(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s+(?:à|et)\s+"
    rf"(?P<m2>{MONTH})\s+(?P<y2>{YEAR})\b",
    _I,
)
_YEAR_INTERVAL = starting_with(
    "de12",  # "de", "entre", a year
    rf"\b(?:(?:de|entre)\s+(?P<a>{YEAR})\s+(?:à|et)\s+(?P<b>{YEAR})|(?P<c>{YEAR})\s*[-–]\s*(?P<d>{YEAR}))\b",
    _I,
)


def month_interval(text: str, anchor: Anchor | None) -> list[Found]:
    """'de janvier à mars 2018' -> '2018-01/2018-03'."""
    hits = []
    for m in scan(_MONTH_INTERVAL, text, ("de", "d'", "d’", "entre")):
        m1, m2, y2 = month_number(m["m1"]), month_number(m["m2"]), int(m["y2"])
        y1 = int(m["y1"]) if m["y1"] else (y2 - 1 if m1 > m2 else y2)
        value = f"{y1}-{m1:02d}/{y2}-{m2:02d}"
        hits.append(Found(m.start(), m.end(), value, False, None, "month_interval"))
    return hits


def year_interval(text: str, anchor: Anchor | None) -> list[Found]:
    """'de 2015 à 2018' or '2015-2018' -> '2015/2018'."""
    hits = []
    for m in scan(_YEAR_INTERVAL, text, ("de", "entre", "19", "20")):
        first, last = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
        if int(first) < int(last):
            hits.append(Found(m.start(), m.end(), f"{first}/{last}", False, None, "year_interval"))
    return hits


_DECADE = starting_with("lda", r"\b(?:les|des|aux)\s+années\s+(?P<y>(?:19|20)\d0)\b", re.IGNORECASE)


def decade(text: str, anchor: Anchor | None) -> list[Found]:
    """'les années 1990' -> '1990/1999': a decade, not the year that names it."""
    return [
        Found(m.start(), m.end(), f"{m['y']}/{int(m['y']) + 9}", False, None, "decade")
        for m in scan(_DECADE, text, ("les", "des", "aux"))
    ]
