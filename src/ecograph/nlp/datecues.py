"""Words without which a date rule cannot match: rules are skipped on texts that lack them.

Every rule scans the whole article; most articles hold no "trimestre", no
season and no "années", so a substring test on the lowered text (far cheaper
than a regex scan) spares those scans. The cues must be a superset: each rule's
matches contain one of its cues once lowered, whatever the case.
"""

from __future__ import annotations

import re

from ecograph.nlp.datewords import MONTHS

# Rules that need a month name, a digit or a year ("19xx"/"20xx") before anything else.
_MONTH = "month"
_DIGIT = "digit"
_YEAR = "year"
_ANY_DIGIT = re.compile(r"\d")

CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    # All groups must be met; a group is met by one of its words (or its test).
    "day_interval": ((_MONTH,), (_DIGIT,)),
    "month_interval": ((_MONTH,), (_YEAR,)),
    "year_interval": ((_YEAR,),),
    "decade": (("années",),),
    "first_months": (("mois",), ("premiers", "derniers")),
    "year_to_date": (("début",),),
    "part_of_year": (("trimestre", "semestre"),),
    "day": ((_MONTH,), (_DIGIT,)),
    "month_year": ((_MONTH,), (_YEAR,)),
    "relative_year": (("l'an", "l’an", "d'ann", "d’ann", "cette"),),
    "week": (("semaine",),),
    "relative_month": (("mois",),),
    "lone_month": ((_MONTH,),),
    "season": (("printemps", "été", "automne", "hiver"),),
    "year": ((_YEAR,),),
    "dateline": ((_DIGIT,), (_YEAR,)),
    "weekday": (("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),),
}


def lowered(text: str) -> str:
    """Lower `text` as the regex engine's IGNORECASE compares it.

    ``str.lower`` turns "İ" into "i" plus a combining dot, and leaves the dotless
    "ı" and the long "ſ", which IGNORECASE matches as "i" and "s": those are
    smoothed out so that no cue is missed.
    """
    low = text.lower()
    if not low.isascii():
        low = low.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
    return low


_GROUPS = tuple((name, tuple(frozenset(g) for g in groups)) for name, groups in CUES.items())
_WORDS = frozenset(word for groups in CUES.values() for g in groups for word in g) - {
    _MONTH,
    _DIGIT,
    _YEAR,
}


def cued_rules(text: str) -> frozenset[str]:
    """Return the names of the rules of `CUES` whose cues `text` holds."""
    low = lowered(text)
    met = {word for word in _WORDS if word in low}
    if any(month in low for month in MONTHS):
        met.add(_MONTH)
    if _ANY_DIGIT.search(text) is not None:
        met.add(_DIGIT)
    if "19" in low or "20" in low:
        met.add(_YEAR)
    return frozenset(
        name for name, groups in _GROUPS if all(not group.isdisjoint(met) for group in groups)
    )
