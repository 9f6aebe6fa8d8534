"""French seasons as month intervals: "au printemps 2024", "cet automne", "l'été dernier"."""

from __future__ import annotations

import re

from ecograph.nlp.dateanchor import FUTURE, PAST, Anchor, month_after
from ecograph.nlp.daterules import Found, relative, tense
from ecograph.nlp.datescan import scan
from ecograph.nlp.datewords import AP, YEAR, starting_with

# Seasons run from the month of their equinox or solstice to the next one's.
_SEASONS = {"printemps": (3, 6), "été": (6, 9), "automne": (9, 12), "hiver": (12, 3)}
# "la fin de l'été", "début du printemps": only the closing or opening month.
_EDGE_BEFORE = re.compile(rf"\b(?P<e>fin|début)\s+(?:de\s+l{AP}|du\s+)$", re.IGNORECASE)
# "été" is also the participle of "être" ("a été"): only the noun takes "l'", "cet", "en".
_SEASON = starting_with(
    "aceéhp",  # "au", "ce", "en", then the season names' initials
    rf"\b(?:au\s+|ce\s+|en\s+)?(?P<name>(?:printemps|(?<=l{AP})(?:été|automne|hiver)"
    rf"|(?<=cet\s)(?:été|automne|hiver)|(?<=en\s)(?:été|automne|hiver))"
    rf"(?:\s+(?P<y>{YEAR})|\s+(?P<w>prochain|dernier))?)\b",
    re.IGNORECASE,
)


_SINCE_BEFORE = re.compile(r"\bdepuis\s+(?:le\s+|l['’])?$", re.IGNORECASE)


def season(text: str, anchor: Anchor | None) -> list[Found]:
    """'au printemps 2024' -> '2024-03/2024-05'; 'l'hiver prochain' from the anchor."""
    hits = []
    for m in scan(_SEASON, text, ("au", "ce", "en", "printemps", "été", "automne", "hiver")):
        first, last = _SEASONS[m["name"].split()[0].casefold()]
        start, end = m.start("name"), m.end("name")
        edge = _EDGE_BEFORE.search(text, max(0, start - 12), start)
        if edge is not None:
            first = last = first if edge["e"].casefold() == "début" else last
            start = edge.start()
        if m["y"]:
            year = int(m["y"])
            hits.append(Found(start, end, _interval(year, first, last), False, None, "season"))
            continue
        value = None
        if anchor is not None:
            word = (m["w"] or "").casefold()
            when = {"prochain": FUTURE, "dernier": PAST}.get(word) or tense(text, start, end)
            if _SINCE_BEFORE.search(text, max(0, start - 12), start):
                when = PAST  # "échange depuis le printemps": a season that has begun
            year = month_after(anchor, first, tense=when)
            if word == "dernier" and (year + (last < first), last) >= (anchor.year, anchor.month):
                year -= 1  # "l'été dernier" written in July: the summer before
            value = _interval(year, first, last)
        hits.append(relative(start, end, value, anchor, "season"))
    return hits


def _interval(year: int, first: int, last: int) -> str:
    """'2024-12/2025-03' for a winter, which ends in the next year; '2024-09' for one month."""
    if first == last:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}/{year + (last < first)}-{last:02d}"
