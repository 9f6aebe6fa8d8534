"""Read a title and a publication date from the head of a plain-text article.

A .txt article carries no metadata, but wire copy and press releases put both at
the top: a short headline line, then a dateline ("Bordeaux, le 20 mai 2025.",
"LILLE, 4 mars 2025 (AFP) -", "Publié le 12/03/2025", "12 mars 2025 -"). Only
the first lines are looked at and only strict patterns are accepted: a date in
the middle of the body is a fact of the article, not its publication date. The
text itself is never changed (the extraction offsets refer to it).
"""

from __future__ import annotations

import re
from datetime import date

MAX_TITLE = 200
# The dateline is on the first or second line of the text after the title (a
# "Publié le ..." line may come before the first paragraph).
DATELINE_LINES = 2

_MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
_WEEKDAY = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
_DATE = (
    rf"(?:{_WEEKDAY}(?P<d>1er|\d{{1,2}})\s+(?P<m>(?i:{'|'.join(_MONTHS)}))\s+(?P<y>\d{{4}})"
    r"|(?P<nd>\d{1,2})/(?P<nm>\d{1,2})/(?P<ny>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
)
# A place name: capitalised words joined by spaces, hyphens, apostrophes or small
# links (Aix-en-Provence, SAINT-ÉTIENNE, Boulogne-sur-Mer, L'Isle-d'Abeau, Le Havre);
# a lower-case word ("Le groupe a annoncé, le 3 mai...") makes it a sentence, not a place.
_CAPWORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*"
_LINK = r"(?:sur|sous|en|de|du|des|la|le|les|lès|aux?|d|l)"
_PLACE = rf"{_CAPWORD}(?:(?:[ -]{_LINK}[ '’-]|[ '’-]){_CAPWORD}){{0,5}}"
_DATELINES = (
    # "Publié le 12/03/2025", "Publié le mardi 4 mars 2025 à 10h".
    re.compile(rf"Publié\s+le\s+{_DATE}(?![\d/])", re.I),
    # "Bordeaux, le 20 mai 2025.", "LILLE, 4 mars 2025 (AFP) -", "Paris (AFP), 4 mars 2025 -".
    re.compile(rf"{_PLACE}\s*(?:\([^()\n]{{1,20}}\)\s*)?,\s*(?:le\s+)?{_DATE}\s*[-–—.,:(]"),
    # "12 mars 2025 - Le groupe ...", "4 mars 2025 (AFP) - ..." (not "Le 4 mars 2025, ...":
    # a sentence that starts with a date tells when something happened).
    re.compile(rf"{_DATE}\s*(?:\(\w+\)\s*)?[-–—]"),
)


def read_head(text: str, *, markdown: bool = False) -> tuple[str | None, str | None]:
    """Return the (title, ISO publication date) found at the head of `text`, each or None."""
    lines = [line.strip() for line in text.lstrip("\ufeff").split("\n")]
    title = _markdown_title(lines) if markdown else None
    if title is None:
        title = _text_title(lines)
        if title is not None and _dateline([title]):
            title = None  # "Publié le 12/03/2025" alone on the first line is no headline
    body = [line for line in lines if line]
    if title is not None:
        body = body[1:]
    return title, _dateline(body[:DATELINE_LINES])


def _text_title(lines: list[str]) -> str | None:
    """The first line, if short, without a final period and followed by a blank line."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None or first + 1 >= len(lines) or lines[first + 1]:
        return None
    title = lines[first]
    if len(title) > MAX_TITLE or title.endswith((".", ",", ";", ":")):
        return None
    return title


def _markdown_title(lines: list[str]) -> str | None:
    """The first line's text if it is a Markdown heading ("# Titre")."""
    first = next((line for line in lines if line), "")
    return first.lstrip("#").strip() or None if first.startswith("#") else None


def _dateline(lines: list[str]) -> str | None:
    for line in lines:
        for pattern in _DATELINES:
            found = pattern.match(line)
            if found:
                return _iso(found)
    return None


def _iso(found: re.Match[str]) -> str | None:
    """Return the matched date as YYYY-MM-DD if it is a real day."""
    if found["y"]:
        day = 1 if found["d"] == "1er" else int(found["d"])
        parts = (int(found["y"]), _MONTHS[found["m"].lower()], day)
    elif found["ny"]:
        parts = (int(found["ny"]), int(found["nm"]), int(found["nd"]))
    else:
        parts = (int(found["iy"]), int(found["im"]), int(found["id"]))
    try:
        return date(*parts).isoformat()
    except ValueError:
        return None
