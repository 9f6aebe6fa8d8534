"""Cheap checks on article text and metadata: is it French, is its date readable.

No language model is loaded here: French running text is about a third
function words (de, la, le, et, les, des...), other languages almost none.
"""

from __future__ import annotations

import re
from datetime import date

import dateparser

FIX_DATE = "write it as ISO 8601, e.g. 2017-10-05"

# Frequent French function words that are rare as words in English, German,
# Spanish or Italian text ("a" and "en" are left out: both are common elsewhere).
_FRENCH_WORDS = """
le la les de des du et est un une dans pour sur par au aux qui que ne pas
plus avec ce cette ces se son sa ses leur leurs il elle ils elles nous vous
été être sont ont mais ou où entre après avant depuis selon lors chez
"""
FRENCH_WORDS = frozenset(_FRENCH_WORDS.split())
MIN_WORDS = 20
MIN_FRENCH_SHARE = 0.08

_WORD = re.compile(r"[^\W\d_]+")
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T ])")
# Absolute dates only: relative words ("hier") would depend on the day of the run.
_DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "DATE_ORDER": "DMY",
    "REQUIRE_PARTS": ["day", "month", "year"],
}


def french_share(text: str) -> float:
    """Return the share of words of `text` that are French function words."""
    words = _WORD.findall(text.lower())
    return sum(w in FRENCH_WORDS for w in words) / len(words) if words else 0.0


def looks_french(text: str) -> bool:
    """Return False only for text long enough to judge with almost no French words."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return True
    return french_share(text) >= MIN_FRENCH_SHARE


def iso_date(value: str) -> str | None:
    """Return `value` as an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), or None."""
    value = value.strip()
    match = _ISO.match(value)
    if match:
        return _valid_iso(match.group(0))
    parsed = dateparser.parse(value, languages=["fr", "en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None


def _valid_iso(value: str) -> str | None:
    """Return an ISO prefix if it names a real year, month or day."""
    padded = value + "-01-01"[len(value) - 4 :]
    try:
        date.fromisoformat(padded)
    except ValueError:
        return None
    return value
