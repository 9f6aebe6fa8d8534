"""French seasons as month intervals: "au printemps 2024", "cet automne", "l'été dernier"."""

from __future__ import annotations

import re

from ecograph.nlp.dateanchor import FUTURE, PAST, Anchor, month_after
from ecograph.nlp.daterules import Found, relative, tense
from ecograph.nlp.datewords import AP, YEAR

# Meteorological seasons, by the months that open and close them.
_SEASONS = {"printemps": (3, 5), "été": (6, 8), "automne": (9, 11), "hiver": (12, 2)}
# "été" is also the participle of "être" ("a été"): only the noun takes "l'", "cet", "en".
_SEASON = re.compile(
    rf"\b(?:au\s+|ce\s+|en\s+)?(?P<name>(?:printemps|(?<=l{AP})(?:été|automne|hiver)"
    rf"|(?<=cet\s)(?:été|automne|hiver)|(?<=en\s)(?:été|automne|hiver))"
    rf"(?:\s+(?P<y>{YEAR})|\s+(?P<w>prochain|dernier))?)\b",
    re.IGNORECASE,
)


def season(text: str, anchor: Anchor | None) -> list[Found]:
    """'au printemps 2024' -> '2024-03/2024-05'; 'l'hiver prochain' from the anchor."""
    hits = []
    for m in _SEASON.finditer(text):
        first, last = _SEASONS[m["name"].split()[0].casefold()]
        start, end = m.start("name"), m.end("name")
        if m["y"]:
            year = int(m["y"])
            hits.append(Found(start, end, _interval(year, first, last), False, None, "season"))
            continue
        value = None
        if anchor is not None:
            word = (m["w"] or "").casefold()
            when = {"prochain": FUTURE, "dernier": PAST}.get(word) or tense(text, start, end)
            year = month_after(anchor, first, tense=when)
            if word == "dernier" and (year + (last < first), last) >= (anchor.year, anchor.month):
                year -= 1  # "l'été dernier" written in July: the summer before
            value = _interval(year, first, last)
        hits.append(relative(start, end, value, anchor, "season"))
    return hits


def _interval(year: int, first: int, last: int) -> str:
    """'2024-12/2025-02' for a winter: it ends in the next year."""
    return f"{year}-{first:02d}/{year + (last < first)}-{last:02d}"
