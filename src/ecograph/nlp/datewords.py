"""French calendar words and regex fragments shared by the date rules (pure, no spaCy)."""

from __future__ import annotations

import re

from babel.dates import get_month_names
from text_to_num import text2num

# Month names come from CLDR through babel, so spelling variants stay in one place.
_CLDR_MONTHS = get_month_names("wide", locale="fr")
MONTHS: dict[str, int] = {str(name).casefold(): num for num, name in _CLDR_MONTHS.items()}
# The press writes "fevrier", "aout" and "decembre" without accents often enough to matter.
MONTHS.update({"fevrier": 2, "aout": 8, "decembre": 12})

AP = "['’]"  # French elision is typed with either apostrophe.
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
MONTH_INITIALS = "".join(sorted({name[0] for name in MONTHS}))
WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
DAY = r"(?:1er|[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:19|20)\d{2}"
NUMWORD = (
    r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\d{1,2})"  # counts of months
)

ORDINALS = {
    "premier": 1,
    "1er": 1,
    "deuxième": 2,
    "second": 2,
    "2e": 2,
    "troisième": 3,
    "3e": 3,
    "quatrième": 4,
    "4e": 4,
}
ORDINAL = "(?:" + "|".join(ORDINALS) + ")"

# First words of date patterns, for `datescan.scan`.
MONTH_WORDS = tuple(MONTHS)
DIGITS = tuple("0123456789")


def starting_with(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile `pattern`, every match of which starts with a character of the class `first`.

    Python's engine tries a pattern at every position of the text; a lookahead on
    the first character turns most positions down at once (the date rules scan
    whole articles and ran about twice as slow without it).
    """
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)


# Words after which the future is meant: "est attendu en février", "prévu en novembre".
FORWARD = re.compile(
    r"\b(?:prévue?s?|prévoi\w*|attendue?s?|devrai(?:t|ent)|aura lieu|se tiendra|se déroulera|"
    r"programmée?s?|envisagée?s?|prochaine?s?|à venir|doi(?:t|vent)|vont|va|sera|seront|"
    r"iront|ira|viendra|viendront|projette|compte|prochainement|d['’]ici)\b",
    re.IGNORECASE,
)


# Compound past ("a ouvert", "ont signé", "avait été"): the date is behind the writer.
PAST_WORDING = re.compile(
    # "a lieu" is the present of "avoir lieu"; "a eu lieu" is past through "eu".
    r"\b(?:a|ont|avait|avaient|était|étaient)\s+(?:(?!lieu\b)\w+\s+)?"
    r"(?:été|(?!lieu\b)\w+(?:ée?s?|is|it|ert|u|us|int))\b",
    re.IGNORECASE,
)


def month_number(word: str) -> int:
    """Return the month number of a French month name ('Février' -> 2)."""
    return MONTHS[word.casefold()]


def day_number(word: str) -> int:
    """Return the day of a French day token ('1er' -> 1, '04' -> 4)."""
    return 1 if word.casefold() == "1er" else int(word)


def count_number(word: str) -> int:
    """Return a small count written in digits or words ('neuf' -> 9)."""
    return int(word) if word.isdigit() else int(text2num(word.casefold(), "fr"))


def sentence_around(text: str, start: int, end: int) -> str:
    """Return the sentence-like stretch of `text` holding ``text[start:end]``."""
    left = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    rights = [i for i in (text.find(mark, end) for mark in ".!?\n") if i != -1]
    return text[left : min(rights) if rights else len(text)]
