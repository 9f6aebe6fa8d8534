"""Rules for French dates read against the anchor: lone months, 'l'an dernier', year parts."""

from __future__ import annotations

import re

from ecograph.nlp.dateanchor import FUTURE, PAST, Anchor, month_after
from ecograph.nlp.daterules import Found, relative, tense
from ecograph.nlp.datescan import scan
from ecograph.nlp.datewords import (
    AP,
    MONTH,
    MONTH_INITIALS,
    MONTH_WORDS,
    NUMWORD,
    ORDINAL,
    ORDINALS,
    YEAR,
    count_number,
    month_number,
    starting_with,
)

_I = re.IGNORECASE

_FIRST_MONTHS = starting_with(
    "lcd",
    rf"\b(?:les|ces|des)\s+(?P<n>{NUMWORD})\s+(?:premiers|derniers)\s+mois"
    rf"(?:\s+de\s+(?:l{AP}année(?:\s+(?P<y1>{YEAR}))?|(?P<y2>{YEAR})))?",
    _I,
)


def first_months(text: str, anchor: Anchor | None) -> list[Found]:
    """'les neuf premiers mois de l'année' -> 'Y-01/Y-09' (Y from the text or the anchor)."""
    hits = []
    for m in scan(_FIRST_MONTHS, text, ("les", "ces", "des")):
        if "derniers" in m[0].casefold():
            continue  # "the last N months" runs back from the anchor: too vague to date.
        stated = m["y1"] or m["y2"]
        year = int(stated) if stated else (anchor.year if anchor else None)
        value = f"{year}-01/{year}-{count_number(m['n']):02d}" if year else None
        if stated:
            hits.append(Found(m.start(), m.end(), value, False, None, "first_months"))
        else:
            hits.append(relative(m.start(), m.end(), value, anchor, "first_months"))
    return hits


_PART_OF_YEAR = starting_with(
    "ladc",
    rf"\b(?:le|au|du|ce)\s+(?P<name>(?P<o>{ORDINAL})\s+(?P<p>trimestre|semestre)(?:\s+(?P<y>{YEAR}))?)",
    _I,
)


def part_of_year(text: str, anchor: Anchor | None) -> list[Found]:
    """'au deuxième trimestre 2018' -> '2018-04/2018-06'; 'premier semestre' -> 'Y-01/Y-06'."""
    hits = []
    for m in scan(_PART_OF_YEAR, text, ("le", "au", "du", "ce")):
        size = 3 if m["p"].casefold() == "trimestre" else 6
        last = ORDINALS[m["o"].casefold()] * size
        year = int(m["y"]) if m["y"] else (anchor.year if anchor else None)
        ok = last <= 12 and year is not None
        value = f"{year}-{last - size + 1:02d}/{year}-{last:02d}" if ok else None
        start, end = m.start("name"), m.end("name")
        if m["y"]:
            hits.append(Found(start, end, value, False, None, "part_of_year"))
        else:
            hits.append(relative(start, end, value, anchor, "part_of_year"))
    return hits


_YEAR_TO_DATE = starting_with("d", rf"\bdepuis\s+le\s+début\s+de\s+l{AP}année\b", _I)


def year_to_date(text: str, anchor: Anchor | None) -> list[Found]:
    """'depuis le début de l'année' -> from January of the anchor year to the anchor."""
    hits = []
    for m in scan(_YEAR_TO_DATE, text, ("depuis",)):
        value = None
        if anchor is not None:
            if anchor.day:
                value = f"{anchor.year}-01-01/{anchor.base().date().isoformat()}"
            else:
                value = f"{anchor.year}-01/{anchor.year}-{anchor.month:02d}"
        hits.append(relative(m.start(), m.end(), value, anchor, "year_to_date"))
    return hits


_YEAR_SHIFT = {"dernier": -1, "dernière": -1, "passé": -1, "passée": -1}
_YEAR_SHIFT |= {"prochain": 1, "prochaine": 1, "en cours": 0}
_RELATIVE_YEAR = starting_with(
    "ldc",  # "l'an", "l'année", "d'année", "cette année"
    # "en début d'année prochaine", "fin d'année dernière": the year is what can be dated.
    rf"\b(?:l{AP}an|l{AP}année|d{AP}année)\s+(?P<w>derni(?:er|ère)|passée?|prochaine?|en\s+cours)\b"
    r"|\bcette\s+année\b(?!-là)",  # "cette année-là" points back into the story
    _I,
)


def relative_year(text: str, anchor: Anchor | None) -> list[Found]:
    """'l'an dernier' -> anchor year - 1; 'l'année prochaine' -> + 1; 'cette année' -> itself."""
    hits = []
    for m in scan(_RELATIVE_YEAR, text, ("l'an", "l’an", "d'ann", "d’ann", "cette")):
        shift = _YEAR_SHIFT[" ".join(m["w"].casefold().split())] if m["w"] else 0
        value = str(anchor.year + shift) if anchor else None
        hits.append(relative(m.start(), m.end(), value, anchor, "relative_year"))
    return hits


_LONE_MONTH = starting_with(
    MONTH_INITIALS,
    rf"\b(?P<m>{MONTH})\b(?:\s+(?P<w>prochain|dernier)\b)?"
    # "mars 12" is no date; "s'est offert en janvier 51 % du capital" is one.
    r"(?![\s\u00a0\u202f]*\d+(?!\d)(?![\s\u00a0\u202f]*(?:%|pour\s*cent)))",
    _I,
)
# What makes a lone month a date: "au mois de", "en", "dès", "début", "mi-"...
_MONTH_CUE = re.compile(
    rf"(?:(?P<mois>\bmois\s+(?:de\s+|d{AP}))|\brentrée\s+de\s+|(?P<de>\bde\s+|\bd{AP})"
    rf"|\b(?:en|dès|depuis|jusqu{AP}en|d{AP}ici|début|fin"
    rf"|courant|avant|après)\s+|\bmi-)$",
    _I,
)


def lone_month(text: str, anchor: Anchor | None) -> list[Found]:
    """'au mois de février', 'en février', 'mars prochain': the month in the anchor's frame."""
    hits = []
    for m in scan(_LONE_MONTH, text, MONTH_WORDS):
        cue = _MONTH_CUE.search(text, max(0, m.start() - 16), m.start())
        if cue is None and not m["w"]:
            continue  # "Mai" alone may be a name; a month needs its cue.
        if cue is not None and cue["de"] and not m["m"].islower():
            continue  # "la place de Mai": French writes months in lowercase.
        start = cue.start() if cue is not None and cue["mois"] else m.start()
        month, value = month_number(m["m"]), None
        if anchor is not None:
            word = (m["w"] or "").casefold()
            when = {"prochain": FUTURE, "dernier": PAST}.get(word) or tense(text, start, m.end())
            if when is None and cue is not None and cue[0].casefold().startswith("dès"):
                when = FUTURE  # "pour lancer dès septembre une ligne": from then on
            year = month_after(anchor, month, tense=when)
            if word == "dernier" and month == anchor.month:
                year = anchor.year - 1  # "en juin dernier" written in June: last year's
            value = f"{year}-{month:02d}"
        hits.append(relative(start, m.end(), value, anchor, "lone_month"))
    return hits
