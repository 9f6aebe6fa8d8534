"""Numbers that are no figures: references, clock times, addresses, articles, anaphora."""

from __future__ import annotations

import re

from ecograph.nlp import figunits
from ecograph.nlp.figcore import APPROX_KIND, DIGITS_KIND, DURATION_KIND, WORDS_KIND, Core
from ecograph.nlp.figwords import AP, SP, STREET_WORDS

# "n° 45" is a reference; "à 9h30" or "vers 14 h" is a clock time, not a duration.
_REFERENCE_BEFORE = re.compile(rf"(?:n°|numéro|no\.?){SP}*$", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(rf"\b(?:à|vers|dès|jusqu{AP}à|entre){SP}*$", re.IGNORECASE)
# "14 h", "18 heures": a number of hours, a clock time after the words above or in a
# range ("de 9 h à 12 h", "entre 8 h et 10 h").
_HOURS_AFTER = re.compile(rf"{SP}*(?:h|heures?)\b", re.IGNORECASE)
_HOUR = rf"\d{{1,2}}{SP}*(?:h|heures?)(?:{SP}*\d{{2}})?"
_RANGE_AFTER = re.compile(rf"{SP}*(?:h|heures?)(?:{SP}*\d{{2}})?{SP}*(?:à|et|-){SP}*{_HOUR}", re.I)
_RANGE_BEFORE = re.compile(rf"{_HOUR}{SP}*(?:à|et|-){SP}*$", re.IGNORECASE)
_STREET_AFTER = re.compile(rf"{SP}*{STREET_WORDS.pattern}", re.IGNORECASE)
# 'des deux sociétés', 'aux trois usines': 'de' or 'à' + 'les', the things already named.
_DETERMINER_BEFORE = re.compile(rf"\b(?:les|ces|leurs|nos|vos|ses|des|aux){SP}+$", re.IGNORECASE)
_COMMA_BEFORE = re.compile(rf",{SP}*$")
_KIND_NOUNS = frozenset(("filière", "secteur", "débouché", "domaine", "marché", "métier"))


def not_a_count(text: str, core: Core) -> bool:
    """'n° 45', 'à 9h30', '14 rue des Lilas', 'un accord': no figure, whatever follows."""
    window = max(0, core.start - 10)
    if core.kind != APPROX_KIND and _REFERENCE_BEFORE.search(text, window, core.start):
        return True
    if core.kind == DURATION_KIND and _CLOCK_BEFORE.search(text, window, core.start):
        return True
    if core.kind == DIGITS_KIND and _clock_hours(text, core):
        return True
    return bool(_STREET_AFTER.match(text, core.end)) or _lone_article(text, core)


def _clock_hours(text: str, core: Core) -> bool:
    """'dès 18 heures', 'de 9 h à 12 h': hours on the clock, not a count of hours."""
    if core.value > 24 or _HOURS_AFTER.match(text, core.end) is None:
        return False
    window = max(0, core.start - 16)
    if _CLOCK_BEFORE.search(text, max(0, core.start - 10), core.start):
        return True
    return bool(
        _RANGE_AFTER.match(text, core.end) or _RANGE_BEFORE.search(text, window, core.start)
    )


def anaphoric(text: str, core: Core, unit: str) -> bool:
    """'les deux sociétés' (both of them) and ', deux filières' (restating the
    words before) point back at things already named: they count nothing new."""
    if core.kind != WORDS_KIND:
        return False
    window = max(0, core.start - 8)
    if _DETERMINER_BEFORE.search(text, window, core.start):
        return True
    return unit in _KIND_NOUNS and _COMMA_BEFORE.search(text, window, core.start) is not None


def _lone_article(text: str, core: Core) -> bool:
    """'un accord' is an article and a noun; 'un million' is a figure."""
    if core.kind != WORDS_KIND or core.text.casefold() not in ("un", "une"):
        return False
    return figunits.scale_at(text, core.end) is None
