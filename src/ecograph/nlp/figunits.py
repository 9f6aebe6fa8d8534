"""Read what a French number counts: scale words, currency, percent or the counted noun (pure)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ecograph.nlp.datewords import MONTHS
from ecograph.nlp.figwords import (
    AP,
    CURRENCIES,
    CURRENCY,
    NOT_NOUNS,
    NUMBER_WORDS,
    PERCENT,
    PRE_ADJECTIVES,
    SCALE,
    SCALES,
    SP,
    singular,
)

_SCALE = re.compile(rf"{SP}*(?P<s>{SCALE})")
_DE = rf"(?:d{AP}|de{SP}+)"
_CURRENCY = re.compile(rf"{SP}*(?:{_DE})?(?P<c>{CURRENCY})", re.IGNORECASE)
_PERCENT = re.compile(rf"{SP}*{PERCENT}", re.IGNORECASE)
_NOUN_WORD = r"[a-zà-ÿœæ]+(?:-[a-zà-ÿœæ]+)*"
_NOUN = re.compile(rf"{SP}*(?P<de>{_DE})?(?P<n>{_NOUN_WORD})\b")
_COMPOUND = re.compile(
    rf"{SP}+(?P<t>d{AP}entreprises?|d{AP}emplois?|de{SP}projets?|d{AP}affaires|carrés?|cubes?)\b",
    re.IGNORECASE,
)
COMPOUND_NOUNS = frozenset(
    (
        "chef d'entreprise",
        "créateur d'entreprise",
        "créatrice d'entreprise",
        "demandeur d'emploi",
        "offre d'emploi",
        "chef de projet",
        "porteur de projet",
        "chiffre d'affaires",
        "mètre carré",
        "mètre cube",
    )
)
_NOT_UNITS = NOT_NOUNS | set(NUMBER_WORDS) | set(MONTHS)


def scale_at(text: str, pos: int) -> re.Match[str] | None:
    """Return the scale word ("millions", "M", "k") right after `pos`, if any."""
    return _SCALE.match(text, pos)


def read_unit(
    text: str,
    pos: int,
    value: float,
    *,
    de_ok: bool,
    is_noun: Callable[[int, int], bool | None] | None = None,
) -> tuple[str | None, int, float]:
    """Return (unit, end offset, scaled value) for the words after a number at `pos`.

    `de_ok` allows "de"/"d'" before the noun, as after approximate nouns
    ("une centaine de participants"); scale words allow it too ("3 millions d'euros").
    """
    scale = _SCALE.match(text, pos)
    if scale is not None:
        factor = SCALES[scale["s"].casefold().rstrip("s") or "m"]
        value, pos, de_ok = value * factor, scale.end(), True
    currency = _CURRENCY.match(text, pos)
    if currency is not None and (de_ok or not currency.group(0).strip().startswith("d")):
        return _currency_code(currency["c"]), currency.end(), value
    percent = _PERCENT.match(text, pos)
    if percent is not None:
        return "%", percent.end(), value
    unit, end = _noun(text, pos, de_ok=de_ok, is_noun=is_noun)
    if unit is None and scale is not None:
        return None, scale.end(), value
    return unit, end, value


def _currency_code(word: str) -> str:
    key = " ".join(word.casefold().split())
    for name, code in CURRENCIES.items():
        if key == name or key.rstrip("s") == name or key.replace("s ", " ").rstrip("s") == name:
            return code
    return "EUR"


def _noun(
    text: str, pos: int, *, de_ok: bool, is_noun: Callable[[int, int], bool | None] | None
) -> tuple[str | None, int]:
    """Return the counted noun's lemma after `pos`, skipping one pre-nominal adjective."""
    found = _NOUN.match(text, pos)
    if found is None or (found["de"] and not de_ok):
        return None, pos
    word = found["n"]
    if word.casefold() in PRE_ADJECTIVES:
        after = _NOUN.match(text, found.end())
        if after is None or after["de"]:
            return None, pos
        found, word = after, after["n"]
    if word.casefold() in _NOT_UNITS:
        return None, pos
    if is_noun is not None and is_noun(found.start("n"), found.end("n")) is False:
        return None, pos
    compound = _COMPOUND.match(text, found.end())
    if compound is not None:
        # "chefs d'entreprise" counts people, "délégations d'entreprises" delegations.
        tail = compound["t"].casefold().replace("’", "'")
        tail = tail if tail.endswith("affaires") else tail.removesuffix("s")
        lemma = f"{singular(word)}{' ' if tail[0].isalpha() else ''}{tail}"
        if lemma in COMPOUND_NOUNS:
            return lemma, compound.end()
    return singular(word), found.end()
