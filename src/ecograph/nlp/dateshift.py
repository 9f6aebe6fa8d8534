"""French dates counted from the anchor: "il y a deux ans", "hier", "la semaine dernière"."""

from __future__ import annotations

import re
from datetime import timedelta

from ecograph.nlp.dateanchor import Anchor, parse_with_dateparser
from ecograph.nlp.daterules import Found, relative
from ecograph.nlp.datescan import scan
from ecograph.nlp.datewords import AP, NUMWORD, starting_with

_I = re.IGNORECASE

_SHIFT = starting_with(
    "idah",  # "il y a", "dans", "d'ici", "avant-hier", "hier", "après-demain", "demain"
    rf"\b(?:il\s+y\s+a|dans|d{AP}ici)\s+(?:{NUMWORD}|un|une)\s+"
    rf"(?P<u>ans?|années?|mois|semaines?|jours?)\b"
    # "aujourd'hui" is left out: in the press it mostly means "nowadays".
    rf"|\b(?P<d>avant-hier|hier|après-demain|demain)\b",
    _I,
)

_SHIFT_WORDS = ("il", "dans", "d'ici", "d’ici", "avant-hier", "hier", "après-demain", "demain")


def _precision(unit: str) -> int:
    """ISO length of the answer: "il y a deux ans" names a year, "dans dix jours" a day."""
    if unit.startswith("an"):
        return 4
    return 7 if unit == "mois" else 10


def shifted(text: str, anchor: Anchor | None) -> list[Found]:
    """'il y a deux ans', 'dans trois mois', 'hier': dateparser counts from the anchor.

    Days ("hier", "dans dix jours") need an exact publication day; an anchor
    inferred from the article's own dates only knows the month.
    """
    hits = []
    for m in scan(
        _SHIFT,
        text,
        ("il", "dans", "d'ici", "d’ici", "avant-hier", "hier", "après-demain", "demain"),
    ):
        unit = (m["u"] or "jour").casefold()
        size = _precision(unit)
        value = None
        if anchor is not None and (size < 10 or anchor.day):
            # dateparser reads "dans cinq ans" but not "d'ici cinq ans".
            phrase = re.sub(rf"^d{AP}ici", "dans", m[0], flags=re.I)
            parsed = parse_with_dateparser(phrase, anchor, future=not phrase.startswith("il"))
            value = parsed.date().isoformat()[:size] if parsed else None
        hits.append(relative(m.start(), m.end(), value, anchor, "shifted"))
    return hits


_WEEK = starting_with(
    "lc", r"\b(?:la\s+semaine\s+(?P<w>dernière|passée|prochaine)|cette\s+semaine)\b", _I
)
_WEEK_SHIFT = {"dernière": -1, "passée": -1, "prochaine": 1}


def week(text: str, anchor: Anchor | None) -> list[Found]:
    """'la semaine dernière' -> Monday to Sunday of the week before the publication day."""
    hits = []
    for m in scan(_WEEK, text, ("la", "cette")):
        value = None
        if anchor is not None and anchor.day:
            day = anchor.base().date()
            monday = day - timedelta(days=day.weekday())
            monday += timedelta(weeks=_WEEK_SHIFT.get((m["w"] or "").casefold(), 0))
            value = f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        hits.append(relative(m.start(), m.end(), value, anchor, "week"))
    return hits


_MONTH_REL = starting_with(
    "lcad",  # "le mois", "ce mois-ci", "au cours du mois", "du mois"
    r"\b(?:le\s+mois\s+(?P<w>dernier|passé|prochain)|ce\s+mois-ci|(?:au\s+cours\s+)?du\s+mois"
    r"\s+(?P<w2>dernier|passé|prochain))\b",
    _I,
)
_MONTH_SHIFT = {"dernier": -1, "passé": -1, "prochain": 1}


def relative_month(text: str, anchor: Anchor | None) -> list[Found]:
    """'le mois dernier' -> the month before the publication month; 'ce mois-ci' -> itself."""
    hits = []
    for m in scan(_MONTH_REL, text, ("le", "ce", "au", "du")):
        value = None
        if anchor is not None:
            shift = _MONTH_SHIFT.get((m["w"] or m["w2"] or "").casefold(), 0)
            index = anchor.year * 12 + anchor.month - 1 + shift
            value = f"{index // 12}-{index % 12 + 1:02d}"
        hits.append(relative(m.start(), m.end(), value, anchor, "relative_month"))
    return hits
