"""Short French date forms: wire datelines and lone weekday names (pure, no spaCy).

- A wire dispatch opens on a dateline with an abbreviated month: 'ABIDJAN, 19 nov
  2025 (AFP) -', '4 févr. 2024'. The year is required: 'sept' and 'mars' alone are
  also a number and a planet, an abbreviation without a year is no date.
- 'lundi', 'ce mardi', 'lundi et mardi': the press dates a recent event by its
  weekday, counted back from the publication day ('a signé ce lundi' in a Tuesday
  paper is the day before); 'prochain' or a future clause counts forward. Without
  an exact publication day the weekday is left alone (no value to give it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ecograph.nlp.dateanchor import PUBLISHED, Anchor
from ecograph.nlp.daterules import Found, iso_day, relative
from ecograph.nlp.datescan import scan
from ecograph.nlp.datewords import DAY, DIGITS, FORWARD, PAST_WORDING, YEAR, sentence_around

_I = re.IGNORECASE

# Abbreviations of the wire services and of tables ('janv.', 'févr.', 'sept.').
ABBREVIATED_MONTHS = {
    "janv": 1,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "déc": 12,
    "dec": 12,
}
_ABBREVIATED = "|".join(sorted(ABBREVIATED_MONTHS, key=len, reverse=True))
_DATELINE = re.compile(
    rf"(?<![\d,.])\b(?P<d>{DAY})\s+(?P<m>{_ABBREVIATED})\.?\s+(?P<y>{YEAR})\b(?![\d,])", _I
)

WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}
WEEKDAY_WORDS = tuple(WEEKDAYS)
_WEEKDAY = re.compile(
    rf"\b(?P<w>{'|'.join(WEEKDAYS)})(?:\s+et\s+(?P<w2>{'|'.join(WEEKDAYS)}))?\b"
    r"(?:\s+(?P<dir>prochain|dernier))?"
    # 'mardi 4 mars' is a day date; 'lundi-vendredi' a range of opening days.
    r"(?!\s*\d)(?!-)",
    _I,
)
# 'chaque mardi', 'le lundi' (every Monday), 'du lundi au vendredi': no single day.
_HABIT_BEFORE = re.compile(
    r"\b(?:chaque|les?|tous\s+les|du|au|un|une|par|certains|quelques)\s+$", _I
)
_CE_BEFORE = re.compile(r"\bce\s+$", _I)
# A verb in the simple future ('se rendra', 'signeront'): accents left out of the stem
# keep nouns in -éra ('caméra', 'opéra') away.
_FUTURE_VERB = re.compile(r"\b[a-zàâçèêîïôûù]{3,}(?:ra|ront)\b")


def dateline(text: str, anchor: Anchor | None) -> list[Found]:
    """'19 nov 2025', '4 févr. 2024' -> ISO day (the year is written)."""
    hits = []
    for m in scan(_DATELINE, text, DIGITS):
        value = iso_day(int(m["y"]), ABBREVIATED_MONTHS[m["m"].casefold()], int(m["d"]))
        if value is not None:
            hits.append(Found(m.start(), m.end(), value, False, None, "dateline"))
    return hits


def weekday(text: str, anchor: Anchor | None) -> list[Found]:
    """'lundi', 'ce mardi', 'jeudi prochain' -> the ISO day, counted from the publication day."""
    if anchor is None or anchor.kind != PUBLISHED or anchor.day is None:
        return []
    today = date(anchor.year, anchor.month, anchor.day)
    hits = []
    for m in scan(_WEEKDAY, text, WEEKDAY_WORDS):
        if _HABIT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        ce = _CE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        start = ce.start() if ce else m.start()
        forward = _forward(text, m)
        days = [WEEKDAYS[m["w"].casefold()]] + ([WEEKDAYS[m["w2"].casefold()]] if m["w2"] else [])
        # 'lundi et mardi': two days in a row, an interval ending on the later one.
        last = _weekday_date(today, days[-1], forward=forward, direction=m["dir"])
        first = last - timedelta(days=(days[-1] - days[0]) % 7)
        value = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
        hits.append(relative(start, m.end(), value, anchor, "weekday"))
    return hits


def _forward(text: str, m: re.Match[str]) -> bool:
    """'prochain', or a clause that only looks ahead ('se rendra lundi à Lyon')."""
    if m["dir"]:
        return m["dir"].casefold() == "prochain"
    sentence = sentence_around(text, m.start(), m.end())
    ahead = FORWARD.search(sentence) or _FUTURE_VERB.search(sentence)
    return ahead is not None and PAST_WORDING.search(sentence) is None


def _weekday_date(today: date, wanted: int, *, forward: bool, direction: str | None) -> date:
    """The nearest `wanted` weekday on or before `today` (after it when `forward`).

    'lundi dernier' and 'lundi prochain' never mean the publication day itself.
    """
    if forward:
        ahead = (wanted - today.weekday()) % 7
        return today + timedelta(days=ahead or (7 if direction else 0))
    back = (today.weekday() - wanted) % 7
    return today - timedelta(days=back or (7 if direction else 0))
